"""Dialogs for consents (R18–R22): a new consent, its withdrawal, an entry made by mistake, the
attached signed forms, and the unit's lists of kinds, units and data categories. Each keeps what
was typed when the register refuses it, shows why next to the field, and asks before closing
with unsaved input."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import (
    DEFAULT_CATEGORIES,
    DEFAULT_KINDS,
    DEFAULT_PURPOSE,
    DEFAULT_UNITS,
    SUGGESTED,
    Choice,
    Consent,
    ConsentForm,
    ConsentOptions,
    Disclosure,
    Withdrawal,
    WithdrawalMethod,
    last_valid_day,
    units_told_before,
)
from desktop.core.errors import AppError
from desktop.core.i18n import translate
from desktop.core.labels import label
from desktop.db.consent import AttachmentInfo, ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.forms import ERROR_STYLE, Form, widget_row
from desktop.ui.common.widgets import RecordDialog, qdate
from desktop.ui.participants.dialogs import date_edit, date_of, enum_combo


def day_field(value: date, latest: date | None = None) -> QDateEdit:
    """A date field starting on `value`; the register's clock, not the PC's, says what today
    is, so the upper bound is given rather than read from QDate.currentDate()."""
    edit = date_edit(value, allow_future=True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def size_text(size: int) -> str:
    """A file size as people say it: "312 kB", "2.4 MB" (in the user's number format)."""
    from PySide6.QtCore import QLocale

    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))}\u00a0kB"
    return QLocale().toString(size / (1024 * 1024), "f", 1) + "\u00a0MB"


def told_text(options: ConsentOptions, told: dict[str, frozenset[str]]) -> str:
    """Each unit and what it received: "Arbetsförmedlingen (AF): Action plan, Drug-test
    results"."""
    return "\n".join(
        "• {unit}: {what}".format(
            unit=options.unit_label(unit),
            what=", ".join(sorted(options.category_label(c) for c in categories)),
        )
        for unit, categories in told.items()
    )


def told_under(
    consent: Consent, disclosures: Sequence[Disclosure], withdrawn_on: date
) -> dict[str, frozenset[str]]:
    """The units the consent names that received data about the person up to the withdrawal:
    the ones to tell (a unit that had data only under another consent is not among them)."""
    return {
        unit: categories
        for unit, categories in units_told_before(disclosures, withdrawn_on).items()
        if unit in consent.units
    }


def _text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def _beside(field: QWidget, note: QLabel | None = None) -> QWidget:
    """A short field at its natural width, with an explanation beside it instead of under it."""
    box = widget_row(field, *([note] if note else []), stretch=note is None)
    if note is not None:
        line = box.layout()
        assert line is not None
        line.setStretch(1, 1)  # type: ignore[attr-defined]
        for widget in (field, note):  # level with the caption, however many lines the note has
            line.setAlignment(widget, Qt.AlignmentFlag.AlignTop)
        note.setStyleSheet("color: #5f6368;")
    box.setFocusProxy(field)
    return box


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def consent_heading(options: ConsentOptions, consent: Consent) -> QLabel:
    return _heading(
        QCoreApplication.translate("ConsentDialogs", "{kind}, given {date}").format(
            kind=options.kind_label(consent.kind), date=consent.given_on.isoformat()
        )
    )


class _ConsentDialog(RecordDialog):
    """A record dialog over the consent store. Like every record dialog, Escape, Cancel or the
    window's close button ask first when something was typed (RecordDialog), so a half-written
    consent is not lost by a slip."""

    def __init__(self, consents: ConsentRepository, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.consents = consents


class _ChoiceBoxes(QWidget):
    """A check box for every entry in use of one of the unit's lists, in two columns."""

    def __init__(self, choices: Sequence[Choice], name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        active = [c for c in choices if c.active]
        rows = (len(active) + 1) // 2
        for i, choice in enumerate(active):
            box = QCheckBox(choice.shown())
            self.boxes[choice.code] = box
            grid.addWidget(box, i % rows, i // rows)  # down the first column, then the second
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def checked(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_checked(self, codes: Sequence[str] | frozenset[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class NewConsentDialog(_ConsentDialog):
    """A consent given by the person (R18–R22): what it is for, which units may receive which
    data, when it was given and until when, in writing or orally, whether the programme's
    description was handed over."""

    def __init__(
        self, consents: ConsentRepository, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(consents, parent)
        self.person_id = person_id
        self.options = consents.options()
        today = consents.today()
        self.setWindowTitle(self.tr("New consent"))
        person = ParticipantRepository(consents.register).get(person_id)
        # Whose consent it is, in plain sight: one given for the wrong person must be voided.
        self.layout_.insertWidget(0, _heading(f"{person.name}  ·  {person.internal_no}"))
        add = self.form.add
        self.kind = QComboBox()
        for kind in self.options.kinds:
            if kind.active:
                self.kind.addItem(kind.shown(), kind.code)
        add("kind", self.tr("&Consent to"), self.kind)
        self.units = add(
            "units",
            self.tr("Receiving &units"),
            _ChoiceBoxes(self.options.units, self.tr("Receiving units")),
        )
        self.categories = add(
            "categories",
            self.tr("&Data they may receive"),
            _ChoiceBoxes(self.options.categories, self.tr("Data they may receive")),
        )
        self.purpose = add(
            "purpose",
            self.tr("&Purpose"),
            QLineEdit(QCoreApplication.translate("Consent", DEFAULT_PURPOSE)),
        )
        self.given_on = day_field(today, today)
        self.given_on.setAccessibleName(self.tr("Given on"))
        add("given_on", self.tr("&Given on"), _beside(self.given_on))
        self._default_until = last_valid_day(today)
        self.valid_until = day_field(self._default_until)
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        hint = QLabel(
            self.tr(
                "The last day it is in force: at most 12 months after it was given. It ends "
                "earlier at a discharge or a withdrawal."
            )
        )
        hint.setWordWrap(True)
        add("valid_until", self.tr("&Valid until"), _beside(self.valid_until, hint))
        self.written = QRadioButton(label(ConsentForm.WRITTEN))
        self.oral = QRadioButton(label(ConsentForm.ORAL))
        self.written.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.written)
        group.addButton(self.oral)
        add("form", self.tr("&Form"), widget_row(self.written, self.oral))
        self.handed_over = add(
            "description_handed_over",
            self.tr("Programme description"),
            QCheckBox(self.tr("&Handed over to the person, in writing")),
        )
        self.note = add("note", self.tr("&Note"), _text_box())
        self.result_consent: Consent | None = None

        self._suggested: frozenset[str] = frozenset()  # the ticks the last suggestion made
        self._kind_changed()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.given_on.dateChanged.connect(lambda _d: self._given_changed())
        self.finish_layout(self.tr("Save consent"), 560)

    def _ticks(self) -> frozenset[str]:
        return frozenset(
            {f"u:{c}" for c in self.units.checked()} | {f"c:{c}" for c in self.categories.checked()}
        )

    def _kind_changed(self) -> None:
        """The kind's usual units and data (SUGGESTED), unless the user ticked others."""
        if self._ticks() != self._suggested:
            return
        units, categories = SUGGESTED.get(str(self.kind.currentData()), ((), ()))
        self.units.set_checked(units)
        self.categories.set_checked(categories)
        self._suggested = self._ticks()

    def _given_changed(self) -> None:
        """Valid until follows the day given while it is still the default (12 months on)."""
        new_default = last_valid_day(date_of(self.given_on))
        if date_of(self.valid_until) == self._default_until:
            self.valid_until.setDate(qdate(new_default))
        self._default_until = new_default

    def values(self) -> object:
        return (
            self.kind.currentIndex(),
            self._ticks(),
            self.purpose.text(),
            date_of(self.given_on),
            date_of(self.valid_until),
            self.written.isChecked(),
            self.handed_over.isChecked(),
            self.note.toPlainText(),
        )

    def save(self) -> None:
        self.result_consent = self.consents.add(
            Consent(
                person_id=self.person_id,
                kind=str(self.kind.currentData() or ""),
                units=self.units.checked(),
                categories=self.categories.checked(),
                given_on=date_of(self.given_on),
                valid_until=date_of(self.valid_until),
                form=ConsentForm.WRITTEN if self.written.isChecked() else ConsentForm.ORAL,
                purpose=self.purpose.text(),
                description_handed_over=self.handed_over.isChecked(),
                note=self.note.toPlainText(),
            )
        )


class WithdrawDialog(_ConsentDialog):
    """The person withdraws a consent (GDPR art. 7.3: as easy as giving it). It takes effect on
    its day; the dialog shows which units received data under it, who must be told."""

    def __init__(
        self, consents: ConsentRepository, consent: Consent, parent: QWidget | None = None
    ) -> None:
        super().__init__(consents, parent)
        self.consent = consent
        self.options = consents.options()
        self.disclosures = consents.disclosures(consent.person_id)
        today = consents.today()
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.layout_.insertWidget(0, consent_heading(self.options, consent))
        add = self.form.add
        self.on = day_field(today, today)
        self.on.setAccessibleName(self.tr("Withdrawn on"))
        add("on", self.tr("&Withdrawn on"), _beside(self.on))
        self.method = add("method", self.tr("&How"), enum_combo(list(WithdrawalMethod)))
        self.note = add("note", self.tr("&Note"), _text_box())
        effect = QLabel(
            self.tr(
                "From this day on nothing under this consent may be shared. What was shared "
                "before stays shared: the units that received it are told that the consent is "
                "withdrawn."
            )
        )
        effect.setWordWrap(True)
        self.layout_.addWidget(effect)
        self.told_label = QLabel()
        self.told_label.setWordWrap(True)
        self.told_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.told_label)
        self.on.dateChanged.connect(lambda _d: self._show_told())
        self._show_told()
        self.result_consent: Consent | None = None
        self.told: dict[str, frozenset[str]] = {}
        self.finish_layout(self.tr("Withdraw consent"), 520)

    def told_now(self) -> dict[str, frozenset[str]]:
        return told_under(self.consent, self.disclosures, date_of(self.on))

    def _show_told(self) -> None:
        told = self.told_now()
        if told:
            self.told_label.setStyleSheet(ERROR_STYLE)
            self.told_label.setText(
                self.tr("These units have received data under this consent; tell them:")
                + "\n"
                + told_text(self.options, told)
            )
        else:
            self.told_label.setStyleSheet("")
            self.told_label.setText(
                self.tr("No unit has received data about the person under this consent.")
            )
        self.told_label.setAccessibleDescription(self.told_label.text())

    def values(self) -> object:
        return (date_of(self.on), self.method.currentIndex(), self.note.toPlainText())

    def save(self) -> None:
        assert self.consent.id is not None
        self.result_consent = self.consents.withdraw(
            self.consent.id,
            Withdrawal(
                date_of(self.on),
                WithdrawalMethod(self.method.currentData()),
                self.note.toPlainText(),
            ),
        )
        self.told = self.told_now()


class VoidDialog(_ConsentDialog):
    """A consent entered by mistake (wrong person, wrong dates): kept in the register, no longer
    counted. A change of mind is a withdrawal, not this."""

    FIELD_OF_MESSAGE = (("Write why", "reason"),)

    def __init__(
        self, consents: ConsentRepository, consent: Consent, parent: QWidget | None = None
    ) -> None:
        super().__init__(consents, parent)
        self.consent = consent
        options = consents.options()
        self.setWindowTitle(self.tr("Consent entered by mistake"))
        self.layout_.insertWidget(0, consent_heading(options, consent))
        explain = QLabel(
            self.tr(
                "Use this only for an entry that was a mistake, such as the wrong person or the "
                "wrong dates. If the person changed their mind, withdraw the consent instead."
            )
        )
        explain.setWordWrap(True)
        self.layout_.insertWidget(1, explain)
        self.reason = self.form.add("reason", self.tr("&Why it was a mistake"), QLineEdit())
        self.finish_layout(self.tr("Mark as entered by mistake"))

    def values(self) -> object:
        return self.reason.text()

    def save(self) -> None:
        assert self.consent.id is not None
        self.consents.void(self.consent.id, self.reason.text())


class _ImageView(QScrollArea):
    """An image held in memory only: the whole page in the window, or at actual size."""

    def __init__(self) -> None:
        super().__init__()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.image = QImage()
        self.fit = True

    def show_image(self, image: QImage) -> None:
        self.image = image
        self._draw()

    def show_text(self, text: str) -> None:
        self.image = QImage()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        self._draw()

    def clear(self) -> None:
        self.image = QImage()
        self.picture.clear()

    def _draw(self) -> None:
        if self.image.isNull():
            return
        image = self.image
        room = self.maximumViewportSize() - QSize(4, 4)  # the viewport may lag a resize
        too_big = image.width() > room.width() or image.height() > room.height()
        if self.fit and self.isVisible() and too_big and min(room.width(), room.height()) > 50:
            image = image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._draw()


class AttachmentsDialog(QDialog):
    """The signed forms attached to a consent, shown inside Färdväg: an image on screen, never
    written to a file. Färdväg cannot draw a PDF, so a PDF is named with its size only. Each
    viewing is in the audit log."""

    def __init__(
        self, consents: ConsentRepository, consent: Consent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.consents = consents
        self.setWindowTitle(self.tr("Signed consent form"))
        layout = QVBoxLayout(self)
        layout.addWidget(consent_heading(consents.options(), consent))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attached forms"))
        self.attachments = consents.attachments(consent.id) if consent.id is not None else []
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names = {u.username: u.display_name for u in consents.register.users()}
        for info in self.attachments:
            item = QListWidgetItem(
                self.tr("{name}\n{size} · added {date} by {user}").format(
                    name=info.file_name,
                    size=size_text(info.size),
                    date=info.added_at[:10],
                    user=names.get(info.added_by, info.added_by),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        self.view = _ImageView()
        self.view.setAccessibleName(self.tr("The chosen form"))
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 680])  # the list's own wish would take most of the width
        layout.addWidget(split, 1)
        self.actual_size = QCheckBox(self.tr("&Actual size"))
        self.actual_size.toggled.connect(lambda on: self.view.set_fit(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(widget_row(self.actual_size, buttons, stretch=False))
        self.list.currentRowChanged.connect(self._show)
        self.resize(900, 680)
        if self.attachments:
            self.list.setCurrentRow(len(self.attachments) - 1)  # the latest
        else:
            self.view.show_text(self.tr("No signed form is attached to this consent."))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.attachments):
            return
        info: AttachmentInfo = self.attachments[row]
        if info.media_type == "application/pdf":
            self.view.show_text(
                self.tr(
                    "PDF, {size}. Färdväg cannot show PDF files; the signed form is kept in "
                    "the register."
                ).format(size=size_text(info.size))
            )
            return
        try:
            data = self.consents.attachment_data(info.id)
        except AppError as error:
            self.view.show_text(error.user_message())
            return
        image = QImage.fromData(data)
        if image.isNull():
            kind = info.media_type.rsplit("/", 1)[-1].upper()
            self.view.show_text(
                self.tr("{kind}, {size}. This picture cannot be shown on this computer.").format(
                    kind=kind, size=size_text(info.size)
                )
            )
            return
        self.view.show_image(image)

    def done(self, result: int) -> None:
        self.view.clear()  # the picture leaves memory with the window
        super().done(result)


class _ChoiceList(QWidget):
    """One of the unit's lists: tick to keep an entry in use, double-click to rename, add; the
    programme's own entries and those consents use are set not in use rather than removed."""

    def __init__(self, choices: Sequence[Choice], defaults: Sequence[Choice], name: str) -> None:
        super().__init__()
        self.defaults = {c.code for c in defaults}
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        for choice in choices:
            self._add_item(choice)
        self.add_button = QPushButton(self.tr("&Add entry"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        column = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(column)
        self.add_button.clicked.connect(self.add_entry)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(lambda _r: self._selection_changed())
        self._selection_changed()
        self.setFocusProxy(self.list)

    def _add_item(self, choice: Choice) -> QListWidgetItem:
        item = QListWidgetItem(choice.shown())
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if choice.active else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, choice.code)
        item.setData(Qt.ItemDataRole.UserRole + 1, choice.label)
        self.list.addItem(item)
        return item

    def _selection_changed(self) -> None:
        item = self.list.currentItem()
        self.rename_button.setEnabled(item is not None)
        removable = item is not None and item.data(Qt.ItemDataRole.UserRole) not in self.defaults
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            ""
            if removable or item is None
            else self.tr("One of the programme's own entries: untick it to stop using it.")
        )

    def add_entry(self) -> QListWidgetItem:
        item = self._add_item(Choice("", ""))
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        return item

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) not in self.defaults:
            self.list.takeItem(self.list.row(item))

    def choices(self) -> tuple[Choice, ...]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            stored = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
            text = item.text()
            # Unchanged words keep the stored source string, so they stay translated.
            words = stored if stored and text == translate("Consent", stored) else text
            found.append(
                Choice(
                    str(item.data(Qt.ItemDataRole.UserRole) or ""),
                    words,
                    item.checkState() == Qt.CheckState.Checked,
                )
            )
        return tuple(found)


class ConsentListsDialog(_ConsentDialog):
    """Administrators: the kinds of consent, the receiving units and the data categories the
    unit's consent forms offer (R19: each unit and category named explicitly)."""

    def __init__(self, consents: ConsentRepository, parent: QWidget | None = None) -> None:
        super().__init__(consents, parent)
        options = consents.options()
        self.setWindowTitle(self.tr("Consent lists"))
        explain = QLabel(
            self.tr(
                "Ticked entries are offered on new consents. Double-click a name to change it. "
                "An entry that consents already use cannot be removed: untick it instead, and "
                "old consents keep its name."
            )
        )
        explain.setWordWrap(True)
        self.layout_.insertWidget(0, explain)
        self.tabs = QTabWidget()
        self.lists: dict[str, _ChoiceList] = {}
        for key, title, choices, defaults in (
            ("kinds", self.tr("&Kinds of consent"), options.kinds, DEFAULT_KINDS),
            ("units", self.tr("Receiving &units"), options.units, DEFAULT_UNITS),
            ("categories", self.tr("&Data categories"), options.categories, DEFAULT_CATEGORIES),
        ):
            page = QWidget()
            column = QVBoxLayout(page)
            form = Form(column)
            self.forms.append(form)
            self.lists[key] = form.add(
                key, "", _ChoiceList(choices, defaults, title.replace("&", ""))
            )
            self.tabs.addTab(page, title)
        self.layout_.addWidget(self.tabs, 1)
        self.result_options: ConsentOptions | None = None
        self.finish_layout(self.tr("Save lists"), 560)
        self.resize(600, 460)

    def values(self) -> object:
        return tuple(editor.choices() for editor in self.lists.values())

    def show_problem(self, error: AppError) -> None:
        super().show_problem(error)
        field = getattr(error, "field", None)
        if field in self.lists:
            self.tabs.setCurrentIndex(list(self.lists).index(field))

    def save(self) -> None:
        self.result_options = self.consents.save_options(
            ConsentOptions(
                self.lists["kinds"].choices(),
                self.lists["units"].choices(),
                self.lists["categories"].choices(),
            )
        )
        self._pristine = self.values()

"""The Consents tab of a participant's record (R18–R22): whether information may be shared and
until when, every consent with its state, the signed forms, the printed form and the register
extract, and the disclosure log: which units already received data, and after a withdrawal,
which of them must be told."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import (
    ENDING_SOON_DAYS,
    WITHDRAWAL_FOLLOW_UP_DAYS,
    Consent,
    ConsentOptions,
    ConsentState,
    Disclosure,
    consent_status,
)
from desktop.core.errors import AppError
from desktop.core.labels import entity_label, label
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.admin.settings import LANGUAGE_NAMES
from desktop.ui.common.forms import ERROR_STYLE, ErrorLabel
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.widgets import record_table
from desktop.ui.consent.dialogs import (
    AttachmentsDialog,
    NewConsentDialog,
    VoidDialog,
    WithdrawDialog,
    told_text,
    told_under,
)

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = "#b00020"  # the error red of forms.ERROR_STYLE: 7:1 on white
ENDED_COLOR = "#5f6368"  # grey for what no longer applies, still 6:1 on white
ATTACHMENT_FILTER = "(*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"


def _labels(words: Sequence[str]) -> str:
    return ", ".join(sorted(words, key=str.casefold))


class ConsentsTableModel(RecordTableModel[Consent]):
    KIND, UNITS, CATEGORIES, GIVEN, UNTIL, FORM, DESCRIPTION, STATE, ATTACHED = range(9)
    align_right = (ATTACHED,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = ConsentOptions()
        self.today = date.today()
        self.closings: list[date] = []

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Consent to"),
            self.tr("Receiving units"),
            self.tr("Data"),
            self.tr("Given"),
            self.tr("Valid until"),
            self.tr("Form"),
            self.tr("Description"),
            self.tr("State"),
            self.tr("Scans"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.DESCRIPTION: self.tr("The programme's description was handed over"),
                self.ATTACHED: self.tr("Signed forms attached"),
            }.get(section)
        return super().headerData(section, orientation, role)

    def state_text(self, c: Consent) -> str:
        state = c.state(self.today, self.closings)
        if state is ConsentState.IN_FORCE:
            left = (c.ends_on(self.closings) - self.today).days
            if left == 0:
                return self.tr("Expires today")
            if left == 1:
                return self.tr("Expires tomorrow")
            if left <= ENDING_SOON_DAYS:
                return self.tr("Expires in {days} days").format(days=left)
            return label(state)
        if state is ConsentState.WITHDRAWN and c.withdrawal is not None:
            return self.tr("Withdrawn on {date}").format(date=c.withdrawal.on.isoformat())
        if state is ConsentState.CASE_CLOSED:
            return self.tr("Ended at discharge {date}").format(
                date=c.ends_on(self.closings).isoformat()
            )
        if state is ConsentState.EXPIRED:
            return self.tr("Expired after {date}").format(date=c.valid_until.isoformat())
        return self.tr("From {date}").format(date=c.given_on.isoformat())

    def display(self, c: Consent, column: int) -> Any:
        o = self.options
        if column == self.KIND:
            return o.kind_label(c.kind)
        if column == self.UNITS:
            return _labels([o.unit_label(u) for u in c.units])
        if column == self.CATEGORIES:
            return _labels([o.category_label(k) for k in c.categories])
        if column == self.GIVEN:
            return c.given_on.isoformat()
        if column == self.UNTIL:
            return c.valid_until.isoformat()
        if column == self.FORM:
            return label(c.form)
        if column == self.DESCRIPTION:
            return self.tr("Yes") if c.description_handed_over else self.tr("No")
        if column == self.STATE:
            return self.state_text(c)
        return c.attachments

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            c = self.record(index.row())
            state = c.state(self.today, self.closings)
            if state is not ConsentState.IN_FORCE:
                return QBrush(QColor(ENDED_COLOR))
            if index.column() == self.STATE and (
                (c.ends_on(self.closings) - self.today).days <= ENDING_SOON_DAYS
            ):
                return QBrush(QColor(WARNING_COLOR))
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ToolTipRole
            and index.column() in (self.UNITS, self.CATEGORIES)
        ):
            return self.display(self.record(index.row()), index.column())
        return super().data(index, role)


class DisclosuresTableModel(RecordTableModel[Disclosure]):
    DATE, RECIPIENT, CATEGORIES, DOCUMENT, BY = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = ConsentOptions()
        self.users: dict[str, str] = {}
        self.flagged: set[int] = set()  # rows (by disclosure id) whose unit must be told

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("To"),
            self.tr("Data"),
            self.tr("Document"),
            self.tr("By"),
        )

    def display(self, d: Disclosure, column: int) -> Any:
        if column == self.DATE:
            return d.on.isoformat()
        if column == self.RECIPIENT:
            return self.options.unit_label(d.recipient)
        if column == self.CATEGORIES:
            return _labels([self.options.category_label(c) for c in d.categories])
        if column == self.DOCUMENT:
            return entity_label(d.document)
        return self.users.get(d.by, d.by)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.record(index.row()).id in self.flagged:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARNING_COLOR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class ConsentTab(QWidget):
    """Shown in the record window; `changed` tells the lists and the to-do list to reload."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consents: ConsentRepository | None = None
        self.person_id: int | None = None
        self.today = date.today()
        self.closings: list[date] = []
        self.viewer: AttachmentsDialog | None = None
        self.told_box: QMessageBox | None = None
        layout = QVBoxLayout(self)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New consent…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.attach_button = QPushButton(self.tr("&Attach signed form…"))
        self.view_button = QPushButton(self.tr("&Show form"))
        self.print_button = QPushButton(self.tr("&Print consent form"))
        print_menu = QMenu(self.print_button)
        for code, name in LANGUAGE_NAMES.items():  # the person reads the form: their language
            action = print_menu.addAction(name + "…")
            action.triggered.connect(lambda _c=False, lang=code: self.print_form(language=lang))
        self.print_button.setMenu(print_menu)
        self.extract_button = QPushButton(self.tr("Register &extract…"))
        self.void_button = QPushButton(self.tr("Entered by &mistake…"))
        for button in (
            self.new_button,
            self.withdraw_button,
            self.attach_button,
            self.view_button,
            self.print_button,
            self.extract_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)  # apart: rare, and not a withdrawal
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.model = ConsentsTableModel(self)
        self.table = record_table(self.model, self.tr("Consents"), ConsentsTableModel.UNITS)
        # Units and data are lists that would push the dates and the state out of sight: they
        # share the width left and show the rest in a tooltip and in the details below.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConsentsTableModel.CATEGORIES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConsentsTableModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ConsentsTableModel.KIND, 180)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The chosen consent"))

        log_box = QGroupBox(self.tr("Disclosure log: data about the participant that left Färdväg"))
        log_column = QVBoxLayout(log_box)
        self.follow_up = QLabel()
        self.follow_up.setStyleSheet(ERROR_STYLE)
        self.follow_up.setWordWrap(True)
        self.follow_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_up.hide()
        log_column.addWidget(self.follow_up)
        self.log = DisclosuresTableModel(self)
        self.log_table = record_table(
            self.log, self.tr("Disclosure log"), DisclosuresTableModel.CATEGORIES
        )
        # Who received it matters most: its column fits; data and document share the rest.
        self.log_table.horizontalHeader().setSectionResizeMode(
            DisclosuresTableModel.DOCUMENT, QHeaderView.ResizeMode.Stretch
        )
        log_column.addWidget(self.log_table)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.details)
        lower.addWidget(log_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 2)
        lower.setSizes([280, 720])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([130, 370])  # a person has few consents; the log and details need room
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_consent)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.view_button.clicked.connect(self.show_forms)
        self.extract_button.clicked.connect(lambda: self.register_extract())
        self.void_button.clicked.connect(self.void)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    # -- data

    def load(self, consents: ConsentRepository, person_id: int) -> None:
        self.consents, self.person_id = consents, person_id
        self.reload()

    def reload(self) -> None:
        if self.consents is None or self.person_id is None:
            return
        chosen = self.selected()
        store = self.consents
        self.today = store.today()
        self.closings = store.discharge_days([self.person_id]).get(self.person_id, [])
        options = store.options()
        held = store.consents(self.person_id)
        self.model.options, self.model.today, self.model.closings = (
            options,
            self.today,
            self.closings,
        )
        self.model.set_records(list(reversed(held)))  # the latest first
        self.log.options = options
        self.log.users = {u.username: u.display_name for u in store.register.users()}
        self.log.set_records(list(reversed(store.disclosures(self.person_id))))
        self._show_status(held)
        row = next(
            (
                i
                for i in range(self.model.rowCount())
                if chosen is not None and self.model.record(i).id == chosen.id
            ),
            0 if self.model.rowCount() else None,
        )
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def forget(self) -> None:
        """At lock: drop everything read from the register, and close a form being shown."""
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None
        if self.told_box is not None:
            self.told_box.close()
            self.told_box = None
        self.consents = None
        self.model.set_records([])
        self.log.set_records([])
        self.log.users = {}
        self.log.flagged = set()
        self.status.clear()
        self.follow_up.clear()
        self.follow_up.hide()
        self.details.clear()
        self.error.clear_error()
        self._selection_changed()

    def _show_status(self, held: Sequence[Consent]) -> None:
        status = consent_status(held, self.today, self.closings)
        if status.sharing is None or status.ends_on is None:
            text = self.tr(
                "No valid consent to share information: nothing about the participant may go "
                "to the partners."
            )
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            units = _labels([self.model.options.unit_label(u) for u in status.sharing.units])
            text = self.tr("Information may be shared until {date} with: {units}.").format(
                date=status.ends_on.isoformat(), units=units
            )
            left = (status.ends_on - self.today).days
            if status.ending_within(self.today):
                text += " " + self.tr("It ends in {days} days: ask for a new consent.").format(
                    days=left
                )
                self.status.setStyleSheet(ERROR_STYLE)
            else:
                self.status.setStyleSheet("")
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        loaded = self.consents is not None
        for button in (self.new_button, self.print_button, self.extract_button):
            button.setEnabled(loaded)
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawal is None)
        self.attach_button.setEnabled(chosen is not None)
        self.view_button.setEnabled(chosen is not None and chosen.attachments > 0)
        self.void_button.setEnabled(chosen is not None)
        self._flag_told(chosen)
        self.details.setHtml(self._details_html(chosen) if chosen else "")

    def _recent_withdrawals(self) -> list[Consent]:
        return [
            c
            for c in (self.model.record(i) for i in range(self.model.rowCount()))
            if c.withdrawal is not None
            and 0 <= (self.today - c.withdrawal.on).days < WITHDRAWAL_FOLLOW_UP_DAYS
        ]

    def _flag_told(self, chosen: Consent | None) -> None:
        """Mark the log's lines whose unit must be told of a withdrawal: those of the chosen
        consent if it is withdrawn, and of any withdrawal in the last 30 days, which the line
        above the log names too."""
        disclosures = [self.log.record(i) for i in range(self.log.rowCount())]
        recent = self._recent_withdrawals()
        withdrawn = list(recent)
        if chosen is not None and chosen.withdrawal is not None and chosen not in withdrawn:
            withdrawn.append(chosen)
        flagged: set[int] = set()
        for consent in withdrawn:
            assert consent.withdrawal is not None
            told = told_under(consent, disclosures, consent.withdrawal.on)
            flagged.update(
                d.id
                for d in disclosures
                if d.id is not None and d.recipient in told and d.on <= consent.withdrawal.on
            )
        self.log.beginResetModel()
        self.log.flagged = flagged
        self.log.endResetModel()
        lines = []
        for consent in recent:
            assert consent.withdrawal is not None
            told = told_under(consent, disclosures, consent.withdrawal.on)
            if told:
                lines.append(
                    self.tr(
                        "“{kind}” was withdrawn on {date}. Tell these units that the consent "
                        "is withdrawn:"
                    ).format(
                        kind=self.model.options.kind_label(consent.kind),
                        date=consent.withdrawal.on.isoformat(),
                    )
                    + "\n"
                    + told_text(self.model.options, told)
                )
        self.follow_up.setText("\n".join(lines))
        self.follow_up.setAccessibleDescription(self.follow_up.text())
        self.follow_up.setVisible(bool(lines))

    def _details_html(self, c: Consent) -> str:
        o = self.model.options

        def row(caption: str, value: str) -> str:
            # Caption above value: the pane is narrow, and a list of units needs the width.
            text = escape(value).replace("\n", "<br/>")
            return f"<p style='margin:0 0 6px 0'><b>{escape(caption)}</b><br/>{text}</p>"

        rows = [
            row(self.tr("Consent to"), o.kind_label(c.kind)),
            row(self.tr("State"), self.model.state_text(c)),
            row(self.tr("Purpose"), c.purpose),
            row(self.tr("Receiving units"), _labels([o.unit_label(u) for u in c.units])),
            row(self.tr("Data"), _labels([o.category_label(k) for k in c.categories])),
            row(
                self.tr("Given"),
                self.tr("{date}, {form}").format(
                    date=c.given_on.isoformat(), form=label(c.form).lower()
                ),
            ),
            row(self.tr("Valid until"), c.valid_until.isoformat()),
            row(
                self.tr("Programme description"),
                self.tr("Handed over") if c.description_handed_over else self.tr("Not handed over"),
            ),
        ]
        if c.note:
            rows.append(row(self.tr("Note"), c.note))
        if c.recorded_at is not None:
            rows.append(
                row(
                    self.tr("Recorded"),
                    self.tr("{date} by {user}").format(
                        date=c.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                        user=self.log.users.get(c.recorded_by, c.recorded_by),
                    ),
                )
            )
        if c.withdrawal is not None:
            w = c.withdrawal
            rows.append(
                row(
                    self.tr("Withdrawn"),
                    " · ".join(
                        x
                        for x in (
                            w.on.isoformat(),
                            label(w.method),
                            w.note,
                            self.log.users.get(w.recorded_by, w.recorded_by),
                        )
                        if x
                    ),
                )
            )
            disclosures = [self.log.record(i) for i in range(self.log.rowCount())]
            told = told_under(c, disclosures, w.on)
            rows.append(
                row(
                    self.tr("Received data before"),
                    told_text(o, told) if told else self.tr("No unit"),
                )
            )
        return "".join(rows)

    # -- actions

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def _store(self) -> ConsentRepository:
        if self.consents is None or self.person_id is None:
            raise AppError(self.tr("The register is locked."))
        return self.consents

    def new_consent(self) -> NewConsentDialog | None:
        if self.consents is None or self.person_id is None:
            return None
        return NewConsentDialog(self.consents, self.person_id, self).open_with(self._saved)

    def withdraw(self) -> WithdrawDialog | None:
        chosen = self.selected()
        if self.consents is None or chosen is None or chosen.withdrawal is not None:
            return None
        dialog = WithdrawDialog(self.consents, chosen, self)
        return dialog.open_with(lambda: self._withdrawn(dialog))

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        """After a withdrawal: say at once who must be told, as well as in the tab."""
        self._saved()
        if dialog.told:
            text = (
                self.tr("The consent is withdrawn. These units received data under it:")
                + "\n"
                + told_text(dialog.options, dialog.told)
                + "\n\n"
                + self.tr("Tell them that the consent is withdrawn.")
            )
        else:
            text = self.tr(
                "The consent is withdrawn. No unit had received data about the participant "
                "under it."
            )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Consent withdrawn"), text)
        box.setParent(self, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "told_box", None))
        self.told_box = box
        box.open()

    def void(self) -> VoidDialog | None:
        chosen = self.selected()
        if self.consents is None or chosen is None:
            return None
        return VoidDialog(self.consents, chosen, self).open_with(self._saved)

    def attach_file(self, path: Path | None = None) -> bool:
        """Keep a scan or photo of the signed form in the register (asking which file)."""
        chosen = self.selected()
        if self.consents is None or chosen is None or chosen.id is None:
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach the signed form"),
                folder,
                self.tr("Signed form, PDF or picture") + " " + ATTACHMENT_FILTER,
            )
            if not name:
                return False
            path = Path(name)
        self.error.clear_error()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.error.show_error(
                self.tr("{name} could not be read ({reason}).").format(
                    name=path.name, reason=error.strerror or type(error).__name__
                )
            )
            return False
        try:
            self.consents.attach(chosen.id, path.name, data)
        except AppError as error:
            self.error.show_error(error.user_message())
            return False
        self._saved()
        return True

    def show_forms(self) -> AttachmentsDialog | None:
        chosen = self.selected()
        if self.consents is None or chosen is None:
            return None
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = AttachmentsDialog(self.consents, chosen, self)
        self.viewer.finished.connect(lambda _r: setattr(self, "viewer", None))
        self.viewer.open()
        return self.viewer

    def print_form(self, path: Path | None = None, language: str = "sv") -> Path | None:
        """The consent form to sign, filled in for the participant: for the chosen consent, or
        blank when none is chosen."""
        if self.consents is None or self.person_id is None:
            return None
        from desktop.services.consent_documents import ConsentFormDocument

        chosen = self.selected()
        document = ConsentFormDocument(
            self.person_id,
            chosen.id if chosen else None,
            language,
            internal_no=self._internal_no(),
        )
        return self._export(document, self.tr("Save the consent form"), path)

    def register_extract(self, path: Path | None = None) -> Path | None:
        """Everything held about the participant, for them (GDPR art. 15)."""
        if self.consents is None or self.person_id is None:
            return None
        from desktop.services.consent_documents import RegisterExtractDocument

        document = RegisterExtractDocument(self.person_id, internal_no=self._internal_no())
        return self._export(document, self.tr("Save the register extract"), path)

    def _internal_no(self) -> str:
        """For the file name: the internal number (2026-007), never the person's name."""
        store = self._store()
        assert self.person_id is not None
        return ParticipantRepository(store.register).get(self.person_id).internal_no

    def _export(self, document: Any, title: str, path: Path | None) -> Path | None:
        """Through the one export door, asking where; then open it to print. The disclosure
        log shows the new line at once."""
        from desktop.services.exports import run_export

        store = self._store()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                title,
                str(Path(folder) / document.default_name()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.error.clear_error()
        try:
            written = run_export(store.register, document, path).path
        except AppError as error:
            self.error.show_error(error.user_message())
            return None
        self._saved()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

"""Administrators: the consent form's texts (issue 10), block by block in Swedish and English,
checked as they are typed, tried on a blank form without writing a file, and saved in the
register; every block can go back to the shipped standard wording."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import Choice
from desktop.core.errors import AppError
from desktop.core.forms import REQUIRED, TEXT_FIELDS, FormTexts
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import LANGUAGES, FieldError
from desktop.db.consent import ConsentRepository
from desktop.db.forms import (
    default_form_texts,
    load_form_texts,
    reset_form_texts,
    save_form_texts,
)
from desktop.db.settings import load_settings
from desktop.ui.admin.settings import LANGUAGE_NAMES
from desktop.ui.common.forms import ErrorLabel, widget_row
from desktop.ui.common.widgets import Unreadable

# The consent dialogs' way of asking before typed input is dropped (Escape, Cancel, the close
# button), shared rather than written again.
from desktop.ui.consent.dialogs import _ConsentDialog

CONTEXT = "FormTextsDialog"  # of the texts in GROUPS, marked with this context
MUTED = "color: #5f6368;"
ROLE = "unit_roles"
NOTE = "category_notes"


# Every block of FormTexts in the order it is printed, with a caption and where it appears on
# the paper. A block added to FormTexts later and missing here still gets an editor, under
# "Other texts", with its name as the caption.
GROUPS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "Top of the form"),
        (
            (
                "title",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Title"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "The form's heading, also at the top of every page."
                ),
            ),
            (
                "participant_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: participant"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "Above the person's details at the top, and above their signature.",
                ),
            ),
            (
                "name_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: name"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Under the line for the person's name."),
            ),
            (
                "personnummer_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: personnummer"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Under the line for the personnummer."),
            ),
            (
                "number_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: our number"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "Under the unit's internal number, which the signed form is filed by.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "The programme"),
        (
            (
                "programme_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: the programme"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the text below."),
            ),
            (
                "programme",
                QT_TRANSLATE_NOOP("FormTextsDialog", "The programme"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "What the unit does, and why it needs to share information."
                ),
            ),
            (
                "secrecy",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Secrecy"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "That what the person tells is confidential, and what the consent allows.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "What the consent covers"),
        (
            (
                "kind_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: kind of consent"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "Above the kinds of consent from the consent lists."
                ),
            ),
            (
                "tick_hint",
                QT_TRANSLATE_NOOP("FormTextsDialog", "How to tick"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "Blank forms only: how to tick what the person says yes to."
                ),
            ),
            (
                "recipients_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: receiving units"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "Above the receiving units and what each does with the data."
                ),
            ),
            (
                "recipients_intro",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Receiving units: introduction"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Before the list of receiving units."),
            ),
            (
                "gets_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Word before what a unit gets"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "Filled-in forms only: before the data each receiving unit gets.",
                ),
            ),
            (
                "categories_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: data"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the kinds of data."),
            ),
            (
                "categories_intro",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Data: introduction"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Before the list of kinds of data."),
            ),
            (
                "purpose_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: purpose"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the purpose."),
            ),
            (
                "purpose_blank",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Purpose on a blank form"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "A filled-in form prints the purpose written with the consent instead.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "How long it lasts, and how to withdraw it"),
        (
            (
                "valid_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: how long"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the text below."),
            ),
            (
                "valid_text",
                QT_TRANSLATE_NOOP("FormTextsDialog", "How long the consent lasts"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "{valid_until} is its last day; a blank form has a line to write it on.",
                ),
            ),
            (
                "withdraw_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: withdrawing"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "At the top of the framed box."),
            ),
            (
                "withdraw_text",
                QT_TRANSLATE_NOOP("FormTextsDialog", "How to withdraw"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "In the framed box: withdrawing must be as easy as giving consent.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "Rights and contact"),
        (
            (
                "rights_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: rights"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the text below."),
            ),
            (
                "rights_text",
                QT_TRANSLATE_NOOP("FormTextsDialog", "The person's rights"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "A register extract, corrections, and complaints to IMY."
                ),
            ),
            (
                "contact_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: contact"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the text below."),
            ),
            (
                "contact_text",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Contact"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "How to reach the unit."),
            ),
            (
                "contact_person_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: contact person"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "Under the name of the person's responsible staff member."
                ),
            ),
            (
                "phone_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: phone"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Under the line for a phone number."),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FormTextsDialog", "Signatures"),
        (
            (
                "handed_over",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Description handed over"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog",
                    "Beside a box: the programme's written description was handed over.",
                ),
            ),
            (
                "statement",
                QT_TRANSLATE_NOOP("FormTextsDialog", "What the person signs"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Just above the signatures."),
            ),
            (
                "staff_heading",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Heading: staff"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Above the staff member's signature."),
            ),
            (
                "signature_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: signature"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Under each signature line."),
            ),
            (
                "clarification_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: name in capitals"),
                QT_TRANSLATE_NOOP(
                    "FormTextsDialog", "Under the name written out (namnförtydligande)."
                ),
            ),
            (
                "date_label",
                QT_TRANSLATE_NOOP("FormTextsDialog", "Label: date"),
                QT_TRANSLATE_NOOP("FormTextsDialog", "Under the line for the date."),
            ),
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def page_count(pdf: bytes) -> int:
    """Pages in a PDF made by ReportLab, which writes every page object uncompressed with
    `/Type /Page` (the page tree is `/Type /Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def _flat(texts: FormTexts, keys: tuple[str, ...]) -> dict[str, str]:
    """Each block's text by key: a FormTexts field, or `unit_roles:CODE`/`category_notes:CODE`."""
    flat: dict[str, str] = {}
    for key in keys:
        kind, _, code = key.partition(":")
        if kind == ROLE:
            flat[key] = texts.unit_role(code)
        elif kind == NOTE:
            flat[key] = texts.category_note(code)
        else:
            flat[key] = str(getattr(texts, key))
    return flat


def _with(base: FormTexts, blocks: dict[str, str]) -> FormTexts:
    """`base` with the blocks replaced; roles and notes of codes not among them are kept."""
    roles = dict(base.unit_roles)
    notes = dict(base.category_notes)
    fields: dict[str, str] = {}
    for key, value in blocks.items():
        kind, _, code = key.partition(":")
        if kind == ROLE:
            roles[code] = value
        elif kind == NOTE:
            notes[code] = value
        else:
            fields[key] = value
    return replace(
        base, unit_roles=tuple(roles.items()), category_notes=tuple(notes.items()), **fields
    )


class TextBlockEdit(QTextEdit):
    """One block's plain text, as tall as the text (a long block reads whole, a one-word
    label takes one line, very long text scrolls); Tab moves on, Enter starts a new line."""

    left = Signal()  # focus went elsewhere: time to check what was typed
    MAX_LINES = 14

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        frame = 2 * self.frameWidth()
        line = self.fontMetrics().lineSpacing()
        margin = 2 * self.document().documentMargin()
        shortest = line + margin + frame
        tallest = line * self.MAX_LINES + margin + frame
        # Measured on a copy: the editor's own document is laid out only as far as can be
        # seen, so its height would keep the editor as short as it already is.
        copy = self.document().clone()
        copy.setTextWidth(self.viewport().width())
        wanted = copy.size().height() + frame
        self.setFixedHeight(int(max(shortest, min(tallest, wanted + 1))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the lines wrap anew
            self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class TextBlock(QWidget):
    """A caption, where the block is printed, the editor, the reason it cannot be saved, and a
    button back to the standard wording (shown only when the block holds other words)."""

    reset_requested = Signal(str)

    def __init__(self, key: str, caption: str, description: str) -> None:
        super().__init__()
        self.key = key
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 2)
        column.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.own = QLabel(self.tr("own wording"))
        self.own.setStyleSheet(MUTED + " font-style: italic;")
        self.reset_button = QPushButton(self.tr("Reset to standard text"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(self.tr("Put the shipped wording back in this block"))
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.key))
        for widget in (self.own, self.reset_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the caption row keeps its height
            widget.setSizePolicy(policy)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.own)
        top.addWidget(self.reset_button)
        column.addLayout(top)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setStyleSheet(MUTED)
        column.addWidget(self.description)
        self.description.setVisible(bool(description))
        self.edit = TextBlockEdit()
        self.edit.setAccessibleName(caption)
        self.edit.setAccessibleDescription(description)
        self.caption.setBuddy(self.edit)
        column.addWidget(self.edit)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def set_own(self, own: bool) -> None:
        self.own.setVisible(own)
        self.reset_button.setVisible(own)


class FormTextsDialog(_ConsentDialog):
    """The words on the consent form, for administrators: one editor per block, Swedish and
    English each kept while the other is shown, saved together. A block with a placeholder the
    form cannot fill in, or an unclosed brace, is refused next to the block before anything is
    saved, so the form is never made with broken wording."""

    def __init__(
        self,
        consents: ConsentRepository,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(consents, parent)
        register = consents.register
        options = consents.options()
        self.setWindowTitle(self.tr("Consent form texts"))
        self.defaults = {lang: default_form_texts(lang) for lang in LANGUAGES}
        self.stored = {lang: load_form_texts(register, lang) for lang in LANGUAGES}
        explain = QLabel(
            self.tr(
                "The words on the consent form that participants read and sign. When a form is "
                "made, {unit} becomes the unit's name, {municipality} the municipality and "
                "{valid_until} the consent's last day; for a brace itself, write {{ or }}. "
                "Changes in both languages are kept until you save or close. Have the "
                "municipality's lawyers read new wording before it is used."
            )
        )
        explain.setWordWrap(True)
        self.layout_.insertWidget(0, explain)

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        chosen = language or load_settings(register).language
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.shown = str(self.language.currentData())
        self.form.add("language", self.tr("Form &language"), widget_row(self.language))
        self.language.setAccessibleName(self.tr("Form language"))

        # The blocks, grouped as on the paper.
        self.blocks: dict[str, TextBlock] = {}
        page = QWidget()
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(4, 0, 12, 8)
        listed = {key for _, blocks in GROUPS for key, _, _ in blocks}
        for title, blocks in GROUPS:
            self._add_group(
                _tr(title), [(k, _tr(c), _tr(d)) for k, c, d in blocks if k in TEXT_FIELDS]
            )
        self._add_group(
            self.tr("Other texts"), [(k, k, "") for k in TEXT_FIELDS if k not in listed]
        )
        self._add_group(
            self.tr("What each receiving unit does"),
            self._choice_blocks(ROLE, options.units),
            self.tr(
                "Printed under each unit's name. The units themselves are named in the "
                "consent lists."
            ),
        )
        self._add_group(
            self.tr("What each kind of data is"),
            self._choice_blocks(NOTE, options.categories),
            self.tr(
                "Printed under the name of each kind of data. The kinds themselves are named in "
                "the consent lists."
            ),
        )
        self.page_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(page)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(self.tr("The form's texts"))
        self.layout_.addWidget(self.scroll_area, 1)
        self.keys = tuple(self.blocks)
        self.drafts = {lang: _flat(self.stored[lang], self.keys) for lang in LANGUAGES}

        # Trying the texts on a blank form, and the standard wording for every block.
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.setToolTip(
            self.tr("Make a blank form with these texts, without saving or writing a file")
        )
        self.preview_button.clicked.connect(self.preview)
        self.reset_all_button = QPushButton(self.tr("Reset &all to standard text…"))
        self.reset_all_button.setAutoDefault(False)
        self.reset_all_button.clicked.connect(self.reset_all)
        self.preview_result = QLabel()
        self.preview_result.setWordWrap(True)
        self.preview_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.preview_result, 1)
        row.addWidget(self.reset_all_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(row)

        self._show_language(self.shown)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.finish_layout(self.tr("Save texts"), 640)
        self.resize(780, 680)  # fits a 768-pixel-high laptop screen; the texts scroll

    # ------------------------------------------------------------------ building

    def _choice_blocks(self, kind: str, choices: tuple[Choice, ...]) -> list[tuple[str, str, str]]:
        blocks = []
        for choice in choices:
            caption = choice.shown()
            if not choice.active:
                caption = self.tr("{name} (not in use)").format(name=caption)
            blocks.append((f"{kind}:{choice.code}", caption, ""))
        return blocks

    def _add_group(self, title: str, blocks: list[tuple[str, str, str]], note: str = "") -> None:
        if not blocks:
            return
        heading = QLabel(title)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        if self.blocks:
            self.page_layout.addSpacing(10)
        self.page_layout.addWidget(heading)
        if note:
            explain = QLabel(note)
            explain.setWordWrap(True)
            explain.setStyleSheet(MUTED)
            self.page_layout.addWidget(explain)
        for key, caption, description in blocks:
            if key in REQUIRED:
                description = " ".join(
                    filter(None, (description, self.tr("It must not be empty.")))
                )
            block = TextBlock(key, caption, description)
            block.edit.textChanged.connect(lambda b=block: self._edited(b))
            block.edit.left.connect(lambda b=block: self._check_block(b))
            block.reset_requested.connect(self.reset_block)
            self.blocks[key] = block
            self.page_layout.addWidget(block)

    # ------------------------------------------------------------------ languages

    def _editor_texts(self) -> dict[str, str]:
        return {key: block.text() for key, block in self.blocks.items()}

    def _texts_of(self, language: str) -> dict[str, str]:
        """What the blocks hold for `language`: the editors for the language shown."""
        return self._editor_texts() if language == self.shown else self.drafts[language]

    def _show_language(self, language: str) -> None:
        self.shown = language
        for key, block in self.blocks.items():
            block.error.clear_error()
            block.set_text(self.drafts[language][key])
            self._mark(block)
        self.preview_result.clear()
        self.reset_all_button.setToolTip(
            self.tr("Put the shipped wording back in every block of the {language} form").format(
                language=LANGUAGE_NAMES.get(language, language)
            )
        )

    def _language_changed(self) -> None:
        """Keep what was typed for the language left, show the other's."""
        self.drafts[self.shown] = self._editor_texts()
        self._show_language(str(self.language.currentData()))
        self._check_all()

    # ------------------------------------------------------------------ checking

    def problem(self, key: str, text: str, language: str | None = None) -> str:
        """Why `text` cannot be saved in block `key`, in the user's words; "" when it can. The
        same check the register makes (FormTexts.validated), block by block, so every bad
        block is marked rather than only the first."""
        language = language or self.shown
        default = self.defaults[language]
        kind, _, code = key.partition(":")
        if kind in (ROLE, NOTE):
            has_default = (default.unit_role if kind == ROLE else default.category_note)(code)
            if not text.strip() and has_default:
                return self.tr(
                    "Left empty, the standard text would be printed here. Write your own words, "
                    "or put the standard text back."
                )
            # Alone among the roles or notes, so any error is this block's.
            trial = replace(default, unit_roles=(), category_notes=())
            trial = _with(trial, {key: text})
            field = kind
        else:
            trial = _with(default, {key: text})
            field = key
        try:
            trial.validated()
        except FieldError as error:
            if error.field == field:
                return error.user_message()
        return ""

    def _check_block(self, block: TextBlock) -> bool:
        message = self.problem(block.key, block.text())
        if message:
            block.error.show_error(message)
        else:
            block.error.clear_error()
        return not message

    def _check_all(self) -> list[TextBlock]:
        """Every block of the language shown checked, the reasons under the bad ones."""
        return [b for b in self.blocks.values() if not self._check_block(b)]

    def _problems(self, language: str) -> list[str]:
        texts = self._texts_of(language)
        return [key for key in self.keys if self.problem(key, texts[key], language)]

    def _edited(self, block: TextBlock) -> None:
        self._mark(block)
        self.preview_result.clear()  # said about other words
        if block.error.isVisible():  # fixed as it is typed: say so at once
            self._check_block(block)

    def _mark(self, block: TextBlock) -> None:
        default = _flat(self.defaults[self.shown], (block.key,))[block.key]
        block.set_own(block.text().strip() != default.strip())

    def _show_first(self, bad: list[TextBlock]) -> None:
        """The first block with a problem at the top of the view, its caption in sight."""
        if bad:
            self.scroll_area.verticalScrollBar().setValue(max(0, bad[0].y() - 4))
            bad[0].edit.setFocus()

    # ------------------------------------------------------------------ the standard wording

    def reset_block(self, key: str) -> None:
        """The shipped wording back in one block; asks first if typed words would go."""
        block = self.blocks[key]
        stored = _flat(self.stored[self.shown], (key,))[key]
        if block.text().strip() != stored.strip():
            answer = QMessageBox.question(
                self,
                self.tr("Reset this text?"),
                self.tr(
                    "What you typed in “{block}” has not been saved. Replace it with the "
                    "standard text?"
                ).format(block=block.caption.text()),
                QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Reset:
                return
        block.set_text(_flat(self.defaults[self.shown], (key,))[key])
        self._check_block(block)

    def reset_all(self) -> None:
        """The shipped wording back in every block of the language shown, after a question.
        Nothing is saved until Save."""
        defaults = _flat(self.defaults[self.shown], self.keys)
        if all(b.text().strip() == defaults[k].strip() for k, b in self.blocks.items()):
            self.preview_result.setText(self.tr("Every block already has the standard text."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset every text?"),
            self.tr(
                "Every block of the {language} form gets the standard text back, and your own "
                "wording and anything typed is replaced. Nothing is saved until you press Save "
                "texts."
            ).format(language=LANGUAGE_NAMES.get(self.shown, self.shown)),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Reset:
            return
        for key, block in self.blocks.items():
            block.set_text(defaults[key])
            block.error.clear_error()

    # ------------------------------------------------------------------ preview

    def preview(self) -> int | None:
        """A blank form with the texts as typed, made in memory only: the number of pages, or
        the blocks to fix first. Nothing is saved or written, so nothing is logged."""
        from desktop.reports.consent_form import render_consent_form
        from desktop.services.consent_documents import consent_form_data

        self.clear_problems()
        bad = self._check_all()
        if bad:
            self.preview_result.setText(self.tr("Fix the texts marked in red first."))
            self._show_first(bad)
            return None
        register = self.consents.register
        settings = load_settings(register)
        texts = _with(self.stored[self.shown], self._editor_texts()).validated()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = consent_form_data(
                texts=texts,
                unit_name=settings.unit_name,
                municipality=settings.municipality,
                options=self.consents.options(),
                made_on=self.consents.today(),
            )
            pages = page_count(render_consent_form(data))
        finally:
            QGuiApplication.restoreOverrideCursor()
        result = (
            self.tr("A blank form with these texts fills one page.")
            if pages == 1
            else self.tr("A blank form with these texts fills {pages} pages.").format(pages=pages)
        )
        result += " " + self.tr(
            "{unit} is printed as “{unit_name}”, {municipality} as “{municipality_name}”, and "
            "{valid_until} as a line to write the date on. Nothing has been saved yet."
        ).format(
            unit="{unit}",
            municipality="{municipality}",
            valid_until="{valid_until}",
            unit_name=settings.unit_name,
            municipality_name=settings.municipality,
        )
        self.preview_result.setText(result)
        return pages

    # ------------------------------------------------------------------ saving

    def values(self) -> object:
        """Both languages' blocks as typed (surrounding spaces do not count as a change)."""
        return tuple(
            (lang, tuple((k, v.strip()) for k, v in self._texts_of(lang).items()))
            for lang in LANGUAGES
        )

    def _stored_values(self) -> object:
        return tuple(
            (lang, tuple((k, v.strip()) for k, v in _flat(self.stored[lang], self.keys).items()))
            for lang in LANGUAGES
        )

    def unsaved_languages(self) -> list[str]:
        return [
            lang
            for lang in LANGUAGES
            if {k: v.strip() for k, v in self._texts_of(lang).items()}
            != {k: v.strip() for k, v in _flat(self.stored[lang], self.keys).items()}
        ]

    def save(self) -> None:
        """Each language with changes, checked block by block first. Wording equal to the
        standard text is stored as no wording of the unit's own, so a later version's
        improved standard text reaches this register too."""
        for language in self.unsaved_languages():
            if self._problems(language):
                if language != self.shown:
                    self.language.setCurrentIndex(self.language.findData(language))
                bad = self._check_all()
                self._show_first(bad)
                raise Unreadable(
                    "",
                    self.tr("Nothing was saved. Fix the texts marked in red: {blocks}.").format(
                        blocks=", ".join(b.caption.text() for b in bad)
                    ),
                )
        for language in self.unsaved_languages():
            register = self.consents.register
            texts = _with(self.stored[language], self._texts_of(language)).validated()
            try:
                if texts.to_json() == self.defaults[language].validated().to_json():
                    reset_form_texts(register, language)
                else:
                    save_form_texts(register, texts)
            except FieldError:
                if language != self.shown:
                    self.language.setCurrentIndex(self.language.findData(language))
                raise
            # As the form will print it (a block left out falls back to the standard).
            self.stored[language] = load_form_texts(register, language)
            self.drafts[language] = _flat(self.stored[language], self.keys)
            if language == self.shown:
                self._show_language(language)
            self._pristine = self._stored_values()

    def show_problem(self, error: AppError) -> None:
        """A block the register refused is marked under the block, with a line by the
        buttons, since the block may be scrolled out of sight."""
        field = getattr(error, "field", "")
        block = self.blocks.get(field) or next(
            (b for k, b in self.blocks.items() if k.startswith(f"{field}:") and b.text()), None
        )
        if isinstance(error, FieldError) and block is not None:
            block.error.show_error(error.user_message())
            self._show_first([block])
            self.error.show_error(
                self.tr("Not saved. Fix the text marked in red: {block}.").format(
                    block=block.caption.text()
                )
            )
            return
        super().show_problem(error)

    def clear_problems(self) -> None:
        super().clear_problems()
        for block in self.blocks.values():
            block.error.clear_error()

    def confirm_discard(self) -> bool:
        """Closing with changes: save them (the dialog closes only if that works), throw them
        away, or stay."""
        answer = QMessageBox.question(
            self,
            self.tr("Save the changed texts?"),
            self.tr("The form's texts have changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.accept()  # closes once saved; a refusal stays open with the reason shown
            return False
        return answer == QMessageBox.StandardButton.Discard

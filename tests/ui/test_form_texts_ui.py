"""The consent form's texts driven as an administrator would: a block edited, saved and seen again,
and on the form printed afterwards; a placeholder the form cannot fill in or an unclosed brace
refused next to the block with nothing saved; the standard text back for a block and for all;
the two languages kept apart; a preview that writes nothing; Escape with changes asks (Save,
Discard, Cancel); only administrators get the button."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from desktop.core.accounts import Role
from desktop.core.settings import UnitSettings
from desktop.db.consent import ConsentRepository
from desktop.db.forms import default_form_texts, load_form_texts, save_form_texts
from desktop.db.register import Register
from desktop.db.settings import save_settings
from desktop.services.consent_documents import ConsentFormDocument
from desktop.services.exports import run_export
from desktop.ui.admin.form_texts import FormTextsDialog, page_count
from desktop.ui.admin.settings import SettingsSection
from tests.conftest import NewRegister
from tests.ui.conftest import MakeApp, click, sign_in, type_into

Button = QMessageBox.StandardButton


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    return register


class Asked(list[str]):
    """The titles of the questions asked; each is answered with `answer`."""

    answer = Button.Cancel


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Asked:
    asked = Asked()

    def question(*args: object, **_kw: object) -> Button:
        asked.append(str(args[1]))
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def answer_with(asked: Asked, button: Button) -> None:
    asked.answer = button


def opened(qtbot, register: Register, language: str = "sv") -> FormTextsDialog:  # type: ignore[no-untyped-def]
    dialog = FormTextsDialog(ConsentRepository(register), language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_save(qtbot, dialog: FormTextsDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Save texts"
    click(qtbot, button)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def blank_form(register: Register, tmp_path: Path, language: str = "sv") -> bytes:
    out = tmp_path / f"blankett-{language}.pdf"
    run_export(register, ConsentFormDocument(None, None, language), out)
    return out.read_bytes()


UNCLOSED = "A { or } is not closed. For a brace in the text itself, write it twice."
NEW_PROGRAMME = "På {unit} i {municipality} får du stöd på vägen till ett arbete."


def test_a_block_edited_and_saved_is_there_again_and_on_the_printed_form(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
    answers: Asked,
) -> None:
    dialog = opened(qtbot, register)
    assert dialog.language.currentText() == "Svenska"
    block = dialog.blocks["programme"]
    assert block.caption.text() == "The programme"
    assert block.description.text() == "What the unit does, and why it needs to share information."
    assert not block.reset_button.isVisible()  # the standard text: nothing to reset
    type_into(qtbot, block.edit, NEW_PROGRAMME)
    assert block.own.isVisible() and block.reset_button.isVisible()
    press_save(qtbot, dialog)
    assert not dialog.isVisible() and answers == []
    assert load_form_texts(register, "sv").programme == NEW_PROGRAMME
    assert load_form_texts(register, "en") == default_form_texts("en")  # the other untouched
    assert [e.entity_id for e in register.audit_entries()][-1] == "consent_form_texts"

    again = opened(qtbot, register)
    assert again.blocks["programme"].text() == NEW_PROGRAMME
    assert again.blocks["programme"].own.isVisible()
    assert again.blocks["title"].text() == default_form_texts("sv").title
    again.close()
    assert not again.isVisible() and answers == []  # nothing changed: closes without asking

    printed = pdf_text(blank_form(register, tmp_path))
    assert "På Chansen i Borås stad får du stöd på vägen till ett arbete." in printed
    assert "{unit}" not in printed
    english = pdf_text(blank_form(register, tmp_path, "en"))
    assert "Chansen i Borås stad" not in english


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "Samtycke för {enhet}",
            "{enhet} is not something the form can fill in: use {unit}, {municipality} or "
            "{valid_until}.",
        ),
        (
            "Samtycke för {unit",
            "A { or } is not closed. For a brace in the text itself, write it twice.",
        ),
        ("Samtycke }", "A { or } is not closed. For a brace in the text itself, write it twice."),
    ],
)
def test_a_placeholder_the_form_cannot_fill_in_is_refused_at_the_block(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
    typed: str,
    message: str,
) -> None:
    before = len(list(register.audit_entries()))
    dialog = opened(qtbot, register)
    title = dialog.blocks["title"]
    type_into(qtbot, title.edit, typed)
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert title.error.isVisible() and title.error.text() == message
    assert dialog.error.text() == "Nothing was saved. Fix the texts marked in red: Title."
    assert title.text() == typed  # kept as typed
    assert load_form_texts(register, "sv") == default_form_texts("sv")
    assert len(list(register.audit_entries())) == before
    # The form is still made, with the standard title.
    assert default_form_texts("sv").title in pdf_text(blank_form(register, tmp_path))

    # Fixed as it is typed: the message goes at once, and then it saves.
    type_into(qtbot, title.edit, "Samtycke för {unit}, {{dubbelt}}")
    assert not title.error.isVisible()
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_form_texts(register, "sv").title == "Samtycke för {unit}, {{dubbelt}}"
    assert "Samtycke för Chansen, {dubbelt}" in pdf_text(blank_form(register, tmp_path))


def test_a_block_is_checked_when_the_user_moves_on(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, register)
    with qtbot.waitActive(dialog):  # focus moves only within the active window
        dialog.activateWindow()
    block = dialog.blocks["withdraw_text"]
    block.edit.setFocus()
    type_into(qtbot, block.edit, "Säg till oss på {enhet}.")
    assert not block.error.isVisible()  # not while typing
    qtbot.keyClick(block.edit, Qt.Key.Key_Tab)  # Tab moves on rather than into the text
    assert block.text() == "Säg till oss på {enhet}."
    qtbot.waitUntil(block.error.isVisible)
    assert "{enhet} is not something the form can fill in" in block.error.text()
    # A block the form cannot do without may not be emptied.
    type_into(qtbot, block.edit, "")
    assert block.error.text() == "This must be filled in."
    dialog.close_without_asking()


def test_the_standard_text_comes_back_for_a_block_and_for_all(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    answers: Asked,
) -> None:
    standard = default_form_texts("sv")
    save_form_texts(register, replace(standard, title="Vår egen rubrik", statement="Jag säger ja."))
    dialog = opened(qtbot, register)
    title = dialog.blocks["title"]
    assert title.text() == "Vår egen rubrik" and title.reset_button.isVisible()
    click(qtbot, title.reset_button)  # the saved wording, nothing typed: no question
    assert answers == []
    assert title.text() == standard.title and not title.reset_button.isVisible()

    statement = dialog.blocks["statement"]
    type_into(qtbot, statement.edit, "Jag säger ja, halvskrivet")
    click(qtbot, statement.reset_button)  # typed words would go: asks, and Cancel keeps them
    assert answers == ["Reset this text?"]
    assert statement.text() == "Jag säger ja, halvskrivet"
    answer_with(answers, Button.Reset)
    click(qtbot, statement.reset_button)
    assert statement.text() == standard.statement

    role = dialog.blocks["unit_roles:af"]
    type_into(qtbot, role.edit, "Beslutar om OSA.")
    answer_with(answers, Button.Cancel)
    click(qtbot, dialog.reset_all_button)
    assert answers[-1] == "Reset every text?" and role.text() == "Beslutar om OSA."
    answer_with(answers, Button.Reset)
    click(qtbot, dialog.reset_all_button)
    assert role.text() == standard.unit_role("af")
    assert not any(b.own.isVisible() for b in dialog.blocks.values())
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_form_texts(register, "sv") == standard


def test_an_emptied_unit_role_is_refused_rather_than_silently_restored(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
) -> None:
    dialog = opened(qtbot, register)
    role = dialog.blocks["unit_roles:ifo"]
    assert role.caption.text() == "Social services (IFO)"
    type_into(qtbot, role.edit, "")
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "the standard text would be printed here" in role.error.text()
    type_into(qtbot, role.edit, "Stöd med boende, {municipality}.")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_form_texts(register, "sv").unit_role("ifo") == "Stöd med boende, {municipality}."


def test_each_language_keeps_its_own_edits_and_both_are_saved(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
) -> None:
    dialog = opened(qtbot, register)
    type_into(qtbot, dialog.blocks["title"].edit, "Samtycke, egen rubrik")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.blocks["title"].text() == default_form_texts("en").title
    type_into(qtbot, dialog.blocks["title"].edit, "Consent, own {title")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.blocks["title"].text() == "Samtycke, egen rubrik"
    press_save(qtbot, dialog)
    # The English title cannot be saved: shown in its language, nothing of either saved.
    assert dialog.isVisible() and dialog.language.currentData() == "en"
    assert dialog.blocks["title"].error.isVisible()
    assert load_form_texts(register, "sv") == default_form_texts("sv")
    type_into(qtbot, dialog.blocks["title"].edit, "Consent, own title")
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_form_texts(register, "sv").title == "Samtycke, egen rubrik"
    assert load_form_texts(register, "en").title == "Consent, own title"


def test_the_preview_counts_the_pages_and_writes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
) -> None:
    before = len(list(register.audit_entries()))
    dialog = opened(qtbot, register)
    pages = dialog.preview()
    assert pages is not None and pages >= 2
    assert pages == len(PdfReader(io.BytesIO(blank_form(register, tmp_path))).pages)
    assert dialog.preview_result.text().startswith(f"A blank form with these texts fills {pages}")
    assert "{unit} is printed as “Chansen”" in dialog.preview_result.text()
    assert not list(tmp_path.glob("*.pdf"))[1:]  # only the one exported above

    # Much more text makes more pages, before anything is saved.
    long = " ".join(["Mycket lång text om programmet."] * 60)
    for key in ("programme", "secrecy", "rights_text"):
        dialog.blocks[key].edit.setPlainText(long)
    assert dialog.preview_result.text() == ""  # what it said was about other words
    click(qtbot, dialog.preview_button)
    longer = dialog.preview()
    assert longer is not None and longer > pages

    type_into(qtbot, dialog.blocks["contact_text"].edit, "Ring {telefon}.")
    assert dialog.preview() is None
    assert dialog.preview_result.text() == "Fix the texts marked in red first."
    assert dialog.blocks["contact_text"].error.isVisible()
    assert load_form_texts(register, "sv") == default_form_texts("sv")
    exported = 1  # blank_form above
    assert len(list(register.audit_entries())) == before + exported
    dialog.close_without_asking()


def test_page_count_reads_the_renderers_pdf() -> None:
    assert page_count(b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type /Page\n>>") == 2


def test_escape_with_changes_asks_save_discard_or_cancel(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    answers: Asked,
) -> None:
    untouched = opened(qtbot, register)
    qtbot.keyClick(untouched.blocks["title"].edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and answers == []

    dialog = opened(qtbot, register)
    edit = dialog.blocks["title"].edit
    type_into(qtbot, edit, "Samtycke, halvskrivet")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # the editor lets Escape through to the dialog
    assert dialog.isVisible() and answers == ["Save the changed texts?"]
    dialog.close()  # the window's close button asks the same
    assert dialog.isVisible() and len(answers) == 2
    assert dialog.blocks["title"].text() == "Samtycke, halvskrivet"
    answer_with(answers, Button.Discard)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert load_form_texts(register, "sv") == default_form_texts("sv")

    # Save from the question: saved when it can be, kept open with the reason when not.
    answer_with(answers, Button.Save)
    saving = opened(qtbot, register)
    type_into(qtbot, saving.blocks["title"].edit, "Samtycke {fel}")
    qtbot.keyClick(saving, Qt.Key.Key_Escape)
    assert saving.isVisible() and saving.blocks["title"].error.isVisible()
    type_into(qtbot, saving.blocks["title"].edit, "Samtycke, sparat vid stängning")
    qtbot.keyClick(saving, Qt.Key.Key_Escape)
    assert not saving.isVisible()
    assert load_form_texts(register, "sv").title == "Samtycke, sparat vid stängning"


def test_a_refusal_from_the_register_is_shown_and_the_text_kept(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
) -> None:
    new_register.register.add_user(
        "bo", "Bo Berg", Role.STAFF, "bos-startlösen-1", must_change=False
    )
    staff = new_register.reopen("bo", "bos-startlösen-1")
    dialog = opened(qtbot, staff)
    type_into(qtbot, dialog.blocks["title"].edit, "Bos rubrik")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert dialog.blocks["title"].text() == "Bos rubrik"
    assert load_form_texts(staff, "sv") == default_form_texts("sv")
    dialog.close_without_asking()


def test_settings_open_the_dialog_and_it_saves_into_the_register_after_a_lock(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
) -> None:
    section = SettingsSection()
    qtbot.addWidget(section)
    section.load(new_register.register)
    section.show()
    assert section.form_texts_button.isVisible()
    click(qtbot, section.form_texts_button)
    [dialog] = section.findChildren(FormTextsDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Consent form texts"
    type_into(qtbot, dialog.blocks["title"].edit, "Efter låset")
    section.clear()
    reopened = new_register.reopen()  # the lock closed it; sign-in opened it again
    section.load(reopened)
    press_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_form_texts(reopened, "sv").title == "Efter låset"


def test_only_administrators_get_the_button(
    qtbot,  # type: ignore[no-untyped-def]
    make_app: MakeApp,
    existing_register: Path,
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    assert app.register is not None and app.main_window is not None
    app.register.add_user("bo", "Bo Berg", Role.STAFF, "bos-startlösen-1", must_change=False)
    settings = app.main_window.section("settings")
    assert isinstance(settings, SettingsSection)
    assert settings.form_texts_button.text() == "Consent form &texts…"
    app.lock()
    sign_in(qtbot, app, "bo", "bos-startlösen-1")
    assert app.main_window.section("settings") is None
    texts = [
        b.text()
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        for b in w.findChildren(QPushButton)
    ]
    assert "Consent form &texts…" not in texts

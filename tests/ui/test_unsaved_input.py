"""Nothing typed is lost by a slip: every record dialog with unsaved input asks "Save changes?"
on Escape or closing (Save, Discard, Cancel); one without changes closes at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Contact, ContactRole, Person
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.ui.participants.dialogs import ContactDialog, NoteDialog
from tests.conftest import NewRegister
from tests.ui.conftest import type_into

Button = QMessageBox.StandardButton
TODAY = date(2026, 11, 23)


class Questions:
    """The questions asked, each answered with `answer`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = Button.Cancel

    def __call__(self, *args: object, **_kw: object) -> Button:
        self.asked.append(str(args[1]))
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(QMessageBox, "question", asked)
    return asked


@pytest.fixture
def repository(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def person(register: Register) -> int:
    start = TODAY - timedelta(days=30)
    path = [PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"})]
    [created] = ParticipantRepository(register).create_many(
        [(Person("Karin", "Lind"), path)], today=TODAY
    )
    assert created.id is not None
    return created.id


def type_on(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type after what the field holds, as type_into does (which starts from an empty field)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def opened(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_escape_on_a_typed_note_asks_and_cancel_keeps_the_text(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    questions: Questions,
) -> None:
    person_id = person(repository.register)
    dialog = opened(qtbot, NoteDialog(repository, person_id))
    lines = "Kom i tid.\nPratade om praktik.\nVill börja på lager.\nNytt möte nästa vecka."
    for number, line in enumerate(lines.split("\n")):
        if number:
            qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        type_on(qtbot, dialog.text, line)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible()
    assert dialog.text.toPlainText() == lines

    questions.answer = Button.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions.asked) == 2
    assert not dialog.isVisible()
    assert repository.notes(person_id) == []


def test_save_from_the_question_saves_the_note(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    questions: Questions,
) -> None:
    person_id = person(repository.register)
    dialog = opened(qtbot, NoteDialog(repository, person_id))
    type_into(qtbot, dialog.text, "Ringde och sa återbud.")
    questions.answer = Button.Save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    [note] = repository.notes(person_id)
    assert note.text == "Ringde och sa återbud."


def test_a_changed_phone_number_asks_on_closing(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    questions: Questions,
) -> None:
    person_id = person(repository.register)
    contact = repository.save_contact(
        person_id, Contact(ContactRole.PROBATION_OFFICER, "Eva Ek", phone="033-123 45")
    )
    dialog = opened(qtbot, ContactDialog(repository, person_id, contact))
    type_into(qtbot, dialog.phone, "070-111 22 33")

    dialog.close()  # the window's close button
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible() and dialog.phone.text() == "070-111 22 33"

    questions.answer = Button.Save
    dialog.close()
    assert not dialog.isVisible()
    [stored] = repository.contacts(person_id)
    assert stored.phone == "070-111 22 33"


def test_save_that_is_refused_keeps_the_dialog_open_with_the_reason(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    questions: Questions,
) -> None:
    person_id = person(repository.register)
    dialog = opened(qtbot, ContactDialog(repository, person_id))
    type_into(qtbot, dialog.email, "inte en adress")
    questions.answer = Button.Save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible()
    assert dialog.form.errors["email"].isVisible() or dialog.error.isVisible()
    assert dialog.email.text() == "inte en adress"
    assert repository.contacts(person_id) == []


def test_an_untouched_dialog_closes_without_asking(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    questions: Questions,
) -> None:
    person_id = person(repository.register)
    contact = repository.save_contact(person_id, Contact(ContactRole.PROBATION_OFFICER, "Eva Ek"))
    note = opened(qtbot, NoteDialog(repository, person_id))
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert not note.isVisible()
    existing = opened(qtbot, ContactDialog(repository, person_id, contact))
    existing.close()
    assert not existing.isVisible()
    # Typed and typed back is no change either.
    again = opened(qtbot, ContactDialog(repository, person_id, contact))
    type_into(qtbot, again.phone, "1")
    type_into(qtbot, again.phone, "")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert questions.asked == []

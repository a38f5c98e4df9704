"""The record window keeps what was typed on its Översikt tab: Escape or the close button with a
changed phone number asks "Save changes?" as every dialog does; and a closed record window is
freed, with the dialogs it opened, instead of staying in memory until the program ends."""

from __future__ import annotations

import gc
import weakref
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository
from desktop.ui.participants.dialogs import NoteDialog
from desktop.ui.participants.person_window import PersonWindow
from tests.conftest import NewRegister
from tests.ui.conftest import MakeApp, click, sign_in, type_into

Button = QMessageBox.StandardButton
TODAY = date(2026, 11, 23)


class Questions:
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


def add_person(register, first: str = "Karin", last: str = "Lind") -> int:  # type: ignore[no-untyped-def]
    start = TODAY - timedelta(days=30)
    path = [PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"})]
    [created] = ParticipantRepository(register).create_many(
        [(Person(first, last, phone="033-10 20 30"), path)], today=TODAY
    )
    assert created.id is not None
    return created.id


def record_window(qtbot, new_register: NewRegister) -> tuple[PersonWindow, ParticipantRepository]:  # type: ignore[no-untyped-def]
    repository = ParticipantRepository(new_register.register)
    window = PersonWindow(repository, add_person(new_register.register))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, repository


def test_escape_with_a_changed_phone_number_asks_and_cancel_keeps_it(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    questions: Questions,
) -> None:
    window, repository = record_window(qtbot, new_register)
    assert window.fields is not None
    type_into(qtbot, window.fields.phone, "070-111 22 33")

    qtbot.keyClick(window.fields.phone, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert window.isVisible() and window.fields.phone.text() == "070-111 22 33"

    questions.answer = Button.Discard
    window.close()  # the window's close button
    assert questions.asked == ["Save changes?", "Save changes?"]
    assert not window.isVisible()
    assert repository.get(window.person_id).phone == "033-10 20 30"


def test_save_from_the_question_stores_the_phone_number_and_closes(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    questions: Questions,
) -> None:
    window, repository = record_window(qtbot, new_register)
    assert window.fields is not None
    person_id = window.person_id
    window.show_tab("notes")  # closing from another tab still minds Översikt
    type_into(qtbot, window.fields.phone, "070-111 22 33")
    questions.answer = Button.Save
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert not window.isVisible()
    assert repository.get(person_id).phone == "070-111 22 33"


def test_a_refused_save_keeps_the_window_open_at_the_reason(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    questions: Questions,
) -> None:
    window, _ = record_window(qtbot, new_register)
    assert window.fields is not None
    type_into(qtbot, window.fields.personnummer, "850101-1234")  # wrong check digit
    window.show_tab("plan")
    questions.answer = Button.Save
    window.close()
    assert window.isVisible()
    assert window.tabs.currentWidget() is window.overview_page
    assert window.form.errors["personnummer"].isVisible()
    assert window.fields.personnummer.text() == "850101-1234"


def test_unchanged_or_saved_the_window_closes_without_asking(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    questions: Questions,
) -> None:
    window, repository = record_window(qtbot, new_register)
    assert window.fields is not None
    type_into(qtbot, window.fields.phone, "070-111 22 33")
    click(qtbot, window.save_person)
    assert window.saved_label.text() == "Saved."
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert questions.asked == []
    assert not window.isVisible()
    assert repository.get(window.person_id).phone == "070-111 22 33"


def collect() -> None:
    """What the event loop does after a window closes: deferred deletions, then Python's own."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()


def test_a_closed_record_window_is_freed_with_its_dialogs(
    qtbot,  # type: ignore[no-untyped-def]
    make_app: MakeApp,
    existing_register: Path,
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    person_id = add_person(app.register)
    window = main.open_person(person_id)
    assert window is not None
    qtbot.waitExposed(window)
    click(qtbot, window.new_note)
    [note] = window.findChildren(NoteDialog)
    note.reject()
    destroyed: list[str] = []
    window.destroyed.connect(lambda: destroyed.append("window"))
    note.destroyed.connect(lambda: destroyed.append("note"))
    record = weakref.ref(window)
    del window, note

    record().close()  # type: ignore[union-attr]
    collect()
    assert sorted(destroyed) == ["note", "window"]
    assert record() is None
    assert main.records == {}
    assert not main.findChildren(PersonWindow)

    again = main.open_person(person_id)  # and the person opens again as before
    assert again is not None and "Karin Lind" in again.heading.text()


def test_opening_and_closing_many_records_leaves_none_behind(
    qtbot,  # type: ignore[no-untyped-def]
    make_app: MakeApp,
    existing_register: Path,
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    people = [add_person(app.register, f"Person{n}", "Test") for n in range(5)]
    freed: list[int] = []
    for _ in range(4):
        for person_id in people:
            window = main.open_person(person_id)
            assert window is not None
            window.destroyed.connect(lambda _o=None, pid=person_id: freed.append(pid))
            window.close()
            del window
    collect()
    assert len(freed) == 20
    assert not main.findChildren(PersonWindow)

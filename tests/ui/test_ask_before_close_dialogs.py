"""The dialogs that closed without asking now ask, as the record dialogs do: adding a user, the
cost–benefit parameters and the contract's texts ask "Save changes?" (Save, Discard, Cancel)
when something was typed; the progress-sheet dialog asks before stopping sheets being made."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.core.steering import CostParameters
from desktop.db.forms import load_contract_texts
from desktop.db.participants import ParticipantRepository
from desktop.db.steering import SteeringRepository
from desktop.ui.common.dialogs import AddUserDialog
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.participants.progress_dialog import ContractTextsDialog, ProgressSheetDialog
from desktop.ui.reports.section import ReportsSection
from tests.conftest import NewRegister
from tests.progress_data import ProgressBook, build_progress_book
from tests.ui.conftest import type_into

Button = QMessageBox.StandardButton


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


def opened(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- a new user


def test_escape_on_a_half_added_user_asks_and_cancel_keeps_it(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, AddUserDialog(new_register.register))
    type_into(qtbot, dialog.username, "karin")
    type_into(qtbot, dialog.display_name, "Karin Lind")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible() and dialog.display_name.text() == "Karin Lind"

    questions.answer = Button.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [u.username for u in new_register.register.users()] == ["anna"]


def test_save_from_the_question_adds_the_user_or_says_why_not(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, AddUserDialog(new_register.register))
    type_into(qtbot, dialog.username, "karin")
    type_into(qtbot, dialog.display_name, "Karin Lind")
    type_into(qtbot, dialog.password, "sommar-regn-2026")
    type_into(qtbot, dialog.repeat, "sommar-regn-2027")
    questions.answer = Button.Save
    dialog.close()  # the window's close button
    assert dialog.isVisible()  # the passwords differ: stays, with the reason under the field
    assert dialog.form.errors["repeat"].isVisible()
    type_into(qtbot, dialog.repeat, "sommar-regn-2026")
    dialog.close()
    assert not dialog.isVisible()
    assert dialog.created is not None and dialog.created.display_name == "Karin Lind"


def test_an_untouched_dialog_closes_without_asking(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, AddUserDialog(new_register.register))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions.asked == [] and not dialog.isVisible()


# -- the cost-benefit parameters


@pytest.fixture
def reports(qtbot, new_register: NewRegister) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    section = ReportsSection(tasks)
    qtbot.addWidget(section)
    section.load(new_register.register)
    yield section
    tasks.shutdown()


def test_a_changed_parameter_asks_and_save_stores_it(
    qtbot, reports: ReportsSection, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    dialog = reports.edit_parameters()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    box = dialog.fields["participants_per_year"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "35")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible() and box.value() == 35
    assert SteeringRepository(new_register.register).parameters() == CostParameters()

    questions.answer = Button.Save
    dialog.close()
    assert not dialog.isVisible()
    stored = SteeringRepository(new_register.register).parameters()
    assert stored.participants_per_year == 35


# -- the contract's texts


def test_changed_contract_wording_asks_and_discard_keeps_the_register_as_it_was(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    register = new_register.register
    before = load_contract_texts(register, "sv")
    dialog = opened(qtbot, ContractTextsDialog(register, "sv"))
    type_into(qtbot, dialog.fields["title"], "Vårt eget kontrakt")
    qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Escape)
    assert questions.asked == ["Save changes?"]
    assert dialog.isVisible() and dialog.fields["title"].text() == "Vårt eget kontrakt"

    questions.answer = Button.Discard
    dialog.close()
    assert not dialog.isVisible()
    assert load_contract_texts(register, "sv") == before


def test_save_from_the_question_stores_the_contract_wording(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    register = new_register.register
    dialog = opened(qtbot, ContractTextsDialog(register, "sv"))
    type_into(qtbot, dialog.fields["title"], "Vårt eget kontrakt")
    questions.answer = Button.Save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert load_contract_texts(register, "sv").title == "Vårt eget kontrakt"


# -- progress sheets being made


def test_closing_while_sheets_are_made_asks_before_stopping(
    qtbot, new_register: NewRegister, questions: Questions, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    book: ProgressBook = build_progress_book(new_register.register)
    tasks = TaskRunner()
    gate = threading.Event()
    tasks.run(gate.wait, lambda _r: None, lambda _e: None)  # the worker is busy a moment
    try:
        dialog = opened(
            qtbot, ProgressSheetDialog(ParticipantRepository(book.register), None, tasks=tasks)
        )
        handle = dialog.make(tmp_path, replace=True)
        assert handle is not None and dialog.busy

        questions.answer = Button.No
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert questions.asked == ["Stop making the sheets?"]
        assert dialog.isVisible() and dialog.busy and not handle.cancelled

        questions.answer = Button.Yes
        dialog.close()
        assert not dialog.isVisible() and handle.cancelled
        gate.set()
        qtbot.waitUntil(lambda: handle.finished, timeout=20_000)
    finally:
        gate.set()
        tasks.shutdown()


def test_closing_when_nothing_is_being_made_does_not_ask(
    qtbot, new_register: NewRegister, questions: Questions
) -> None:  # type: ignore[no-untyped-def]
    book: ProgressBook = build_progress_book(new_register.register)
    dialog = opened(qtbot, ProgressSheetDialog(ParticipantRepository(book.register), book.asa))
    dialog.participant.setChecked(True)  # a choice, not typed work
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions.asked == [] and not dialog.isVisible()

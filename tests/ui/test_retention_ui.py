"""Records due for deletion, driven as an administrator would: open it from the File menu, read
who is due and what would go, tick one, confirm by typing the count, save the deletion list."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.core.accounts import Role
from desktop.core.path import EventKind, PathEvent
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.retention import RetentionRepository
from desktop.ui.admin.retention import ConfirmErasureDialog, DueTableModel, RetentionDialog
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.services.conftest import Casebook, build_casebook


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    book = build_casebook(new_register.register)
    people = ParticipantRepository(book.register)
    for person_id in (book.asa, book.bo):
        people.add_event(
            person_id, PathEvent(EventKind.DISCHARGE, date(2026, 11, 23), {"outcome": "studies"})
        )
    book.register._clock = lambda: datetime(2032, 6, 1, 9, tzinfo=UTC)
    return book


@pytest.fixture
def window(qtbot, book: Casebook) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(book.register)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _open(window: MainWindow, *, research_sample: bool = False) -> RetentionDialog:
    """The review, by default with the research sample turned off (Bo, born on the 15th, is
    in it)."""
    assert window.retention_action.isVisible()
    window.retention_action.trigger()
    dialogs = [d for d in window.findChildren(RetentionDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.research.isChecked()
    if not research_sample:
        dialog.research.click()
    return dialog


def _names(dialog: RetentionDialog) -> list[str]:
    model = dialog.model
    return [str(model.index(r, DueTableModel.NAME).data()) for r in range(model.rowCount())]


def _tick(qtbot, dialog: RetentionDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    row = _names(dialog).index(name)
    index = dialog.model.index(row, DueTableModel.CHOSEN)
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_tick_confirm_and_save_the_deletion_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, book: Casebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window, research_sample=True)
    assert _names(dialog) == ["Åsa Öberg"]
    assert "5 years after its last entry" in dialog.rule.text()
    assert "1 more are kept as the research sample" in dialog.rule.text()
    dialog.research.click()  # the unit follows its own archive rules
    assert _names(dialog) == ["Åsa Öberg", "Bo Berglund"]
    assert "research sample" not in dialog.rule.text()
    assert dialog.model.index(0, DueTableModel.LAST_ENTRY).data() == "2026-11-23"
    assert dialog.model.index(0, DueTableModel.DUE_SINCE).data() == "2031-11-24"
    preview = dialog.preview.toPlainText()
    assert "notes: 5" in preview and "scanned consent forms: 1" in preview
    assert "steps on the path (codes and dates): 10" in preview
    assert not dialog.delete_button.isEnabled()

    _tick(qtbot, dialog, "Åsa Öberg")
    assert dialog.delete_button.isEnabled()

    seen: list[list[str]] = []

    def answer(confirm: ConfirmErasureDialog) -> int:
        seen.append([confirm.names.item(i).text() for i in range(confirm.names.count())])
        assert not confirm.ok.isEnabled()
        qtbot.keyClicks(confirm.typed, "2")  # the wrong count does not open the door
        assert not confirm.ok.isEnabled()
        confirm.typed.clear()
        qtbot.keyClicks(confirm.typed, "1")
        assert confirm.ok.isEnabled() and confirm.ok.text() == "Delete for good (1)"
        confirm.ok.click()
        return confirm.result()

    monkeypatch.setattr(ConfirmErasureDialog, "exec", answer)
    saved = tmp_path / "arkiv.pdf"
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(saved), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.delete_button.click()
    assert dialog.progress.isVisible() and not dialog.delete_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")  # erased in the background
    assert not dialog.progress.isVisible()

    assert seen == [["Åsa Öberg  19900101-2393  (2026-001)"]]
    assert asked == ["raderingslista-1.pdf"]
    assert _names(dialog) == ["Bo Berglund"]  # only the ticked one went
    assert "Records deleted: 1 (deletion list 1)" in dialog.outcome.text()
    assert str(saved) in dialog.outcome.text()
    text = _pdf_text(saved)
    pseudonym = ParticipantRepository(book.register).get(book.asa).internal_no
    assert pseudonym in text and "2026-001" in text and "Åsa" not in text
    assert dialog.lists.count() == 1 and dialog.print_button.isEnabled()
    assert ParticipantRepository(book.register).get(book.bo).name == "Bo Berglund"


def test_cancelling_the_confirmation_deletes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window)
    dialog.all_button.click()
    assert dialog.model.chosen == {book.asa, book.bo}

    def cancel(confirm: ConfirmErasureDialog) -> int:
        qtbot.keyClicks(confirm.typed, "2")
        confirm.reject()
        return confirm.result()

    monkeypatch.setattr(ConfirmErasureDialog, "exec", cancel)
    dialog.delete_button.click()
    assert _names(dialog) == ["Åsa Öberg", "Bo Berglund"]
    assert ParticipantRepository(book.register).get(book.asa).name == "Åsa Öberg"
    assert dialog.outcome.text() == ""


def test_enter_confirms_only_the_typed_count(qtbot, book: Casebook) -> None:  # type: ignore[no-untyped-def]
    due = RetentionRepository(book.register).review()
    confirm = ConfirmErasureDialog(due)
    qtbot.addWidget(confirm)
    confirm.show()
    qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)  # a stray Enter
    qtbot.keyClicks(confirm.typed, "12")
    qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)
    assert confirm.isVisible() and confirm.result() != QDialog.DialogCode.Accepted
    confirm.typed.setText("")
    qtbot.keyClicks(confirm.typed, str(len(due)))
    qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)
    assert confirm.result() == QDialog.DialogCode.Accepted
    assert confirm.confirmed_count() == len(due) == 1


def test_hiding_the_window_forgets_the_names(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window)
    assert dialog.model.rowCount() == 2
    window.detach()  # what a lock does
    assert not dialog.isVisible() and dialog.model.rowCount() == 0
    assert dialog.preview.toPlainText() == ""


def test_staff_have_no_way_in(qtbot, new_register: NewRegister) -> None:  # type: ignore[no-untyped-def]
    new_register.register.add_user(
        "olle", "Olle Personal", Role.STAFF, "grön-gurka-2026", must_change=False
    )
    new_register.register.close()
    staff = Register.open(new_register.path, "olle", "grön-gurka-2026", kdf=CHEAP)
    try:
        window = MainWindow(staff)
        qtbot.addWidget(window)
        assert not window.retention_action.isVisible()
        assert window.review_retention() is None
        dialog = RetentionDialog(lambda: staff, TaskRunner())
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == 0
        window.close()
    finally:
        staff.close()
        new_register.register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_an_erased_person_leaves_the_lists_and_has_no_record_to_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.db.participants import RecordErased, SearchFilter

    people = ParticipantRepository(book.register)
    before = {row.id for row in people.rows(SearchFilter())}
    assert book.asa in before
    RetentionRepository(book.register).erase([book.asa], confirmed_count=1)

    after = {row.id for row in people.rows(SearchFilter())}
    assert after == before - {book.asa}
    assert people.count_matching(SearchFilter()) == len(after)
    with pytest.raises(RecordErased):
        people.open_record(book.asa)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.open_person(book.asa) is None
    assert told and "deleted when their retention period ended" in told[0]

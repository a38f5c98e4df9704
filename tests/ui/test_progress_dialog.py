"""Skapa utvecklingsblad and the contract, driven as a user would: one person's sheet made in
the background, a group's sheets into a folder, a cancel before anything is written, the
contract printed and its texts changed by an administrator."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop.db.forms import load_contract_texts
from desktop.db.participants import ParticipantRepository
from desktop.services.exports import ExportResult
from desktop.services.progress_documents import BatchResult
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.participants.person_window import PersonWindow
from desktop.ui.participants.progress_dialog import (
    ContractDialog,
    ContractTextsDialog,
    ProgressSheetDialog,
)
from tests.conftest import NewRegister
from tests.progress_data import ProgressBook, build_progress_book


@pytest.fixture
def book(new_register: NewRegister, monkeypatch: pytest.MonkeyPatch) -> ProgressBook:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    return build_progress_book(new_register.register)


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    tasks = TaskRunner()
    yield tasks  # type: ignore[misc]
    tasks.shutdown()


def test_one_persons_sheet_is_made_in_the_background(
    qtbot: QtBot, book: ProgressBook, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = ProgressSheetDialog(ParticipantRepository(book.register), book.asa, tasks=runner)
    qtbot.addWidget(dialog)
    assert "Åsa Öberg (2026-001)" in dialog.heading.text()
    assert not dialog.who.isVisible() and dialog.start.date().toString("yyyy-MM-dd") == "2026-06-09"
    dialog.participant.setChecked(True)
    assert not dialog.notes.isEnabled()
    dialog.excel.setChecked(True)
    handle = dialog.make(tmp_path / "blad.xlsx")
    assert handle is not None and not dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: handle.finished, timeout=20_000)
    assert (tmp_path / "blad.xlsx").exists()
    assert isinstance(dialog.outcome, ExportResult)
    assert "Saved" in dialog.done_label.text() and dialog.create_button.isEnabled()


def test_a_groups_sheets_go_into_a_folder(
    qtbot: QtBot, book: ProgressBook, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = ProgressSheetDialog(ParticipantRepository(book.register), None, tasks=runner)
    qtbot.addWidget(dialog)
    texts = [dialog.who.itemText(i) for i in range(dialog.who.count())]
    assert texts == ["Everyone enrolled (2)", "Vårgruppen 2026 (2)"]
    dialog.who.setCurrentIndex(1)
    assert dialog.start.isHidden()  # each person's own enrolment
    dialog.excel.setChecked(True)
    assert not dialog.combined.isEnabled()  # one combined file is a PDF
    dialog.pdf.setChecked(True)
    handle = dialog.make(tmp_path, replace=False)
    assert handle is not None
    qtbot.waitUntil(lambda: handle.finished, timeout=20_000)
    assert isinstance(dialog.outcome, BatchResult) and dialog.outcome.people == 2
    names = sorted(p.name for p in tmp_path.glob("utvecklingsblad-*"))
    assert names == [
        "utvecklingsblad-2026-001-2026-11-23.pdf",
        "utvecklingsblad-2026-002-2026-11-23.pdf",
    ]
    assert "Saved 2 files" in dialog.done_label.text()
    # The same again: files of those names are replaced only when the user says so.
    assert dialog.make(tmp_path, replace=False) is None
    dialog.combined.setChecked(True)
    handle = dialog.make(tmp_path / "grupp.pdf")
    assert handle is not None
    qtbot.waitUntil(lambda: handle.finished, timeout=20_000)
    assert (tmp_path / "grupp.pdf").exists()


def test_cancel_before_the_work_starts_writes_nothing(
    qtbot: QtBot, book: ProgressBook, runner: TaskRunner, tmp_path: Path
) -> None:
    gate = threading.Event()
    runner.run(gate.wait, lambda _r: None, lambda _e: None)  # the worker is busy
    dialog = ProgressSheetDialog(ParticipantRepository(book.register), None, tasks=runner)
    qtbot.addWidget(dialog)
    handle = dialog.make(tmp_path, replace=True)
    assert handle is not None and dialog.progress.isVisibleTo(dialog)
    dialog.progress.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=20_000)
    assert list(tmp_path.glob("utvecklingsblad-*")) == []
    assert "Cancelled" in dialog.done_label.text()
    assert [e for e in book.register.audit_entries() if e.entity == "progress_sheet"] == []


def test_the_record_opens_both_documents(qtbot: QtBot, book: ProgressBook, tmp_path: Path) -> None:
    window = PersonWindow(ParticipantRepository(book.register), book.asa)
    qtbot.addWidget(window)
    window.progress_button.click()
    sheets = [d for d in window.findChildren(ProgressSheetDialog)]
    assert len(sheets) == 1
    sheets[0].reject()
    window.contract_button.click()
    (contract,) = window.findChildren(ContractDialog)
    contract.open_when_done = False
    assert contract.save(tmp_path / "kontrakt.pdf") == tmp_path / "kontrakt.pdf"
    assert contract.edit_button.isVisibleTo(contract)  # anna is an administrator


def test_an_administrator_changes_the_contracts_words(qtbot: QtBot, book: ProgressBook) -> None:
    dialog = ContractTextsDialog(book.register, "sv")
    qtbot.addWidget(dialog)
    dialog.fields["statement"].setPlainText("")  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.form.errors["statement"].isVisibleTo(dialog)
    dialog.fields["statement"].setPlainText("Jag lovar.")  # type: ignore[union-attr]
    dialog.fields["title"].setText("Kontrakt och plan")  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    texts = load_contract_texts(book.register, "sv")
    assert (texts.title, texts.statement) == ("Kontrakt och plan", "Jag lovar.")

"""The import dialog, driven through its widgets: file, column mapping, preview, import."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from stdnum import luhn

from desktop.core.path import Phase, Status
from desktop.db.participants import ParticipantRepository
from desktop.importing import Target
from desktop.ui.participants.import_dialog import ImportDialog, ImportPreviewTableModel
from tests.conftest import NewRegister
from tests.ui.conftest import click, type_into

M = ImportPreviewTableModel


def pnr(birth: str, serial: str) -> str:
    return f"{birth}-{serial}{luhn.calc_check_digit(birth[2:] + serial)}"


def write_xlsx(path: Path, headers: Sequence[Any], rows: Sequence[Sequence[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


# "Nivå" is not a header the guess knows: the user maps it to the phase by hand.
HEADERS = ["Förnamn", "Efternamn", "Personnummer", "Remissdatum", "Inskriven", "Nivå"]
ROWS = [
    ["Åsa", "Öberg", pnr("19800101", "123"), date(2024, 1, 10), date(2024, 2, 1), "OSA"],
    ["Björn", "Ärlig", pnr("19751231", "456"), "2024-01-15", "2024-02-01", "Fas 2"],
]


@pytest.fixture
def repository(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def open_dialog(qtbot, repository: ParticipantRepository, path: Path | None) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(repository, path)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    return dialog


def settled(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    """Reading the file and checking the rows run in the background: wait for them."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def column(dialog: ImportDialog, col: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, col))) for row in range(model.rowCount())]


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry whose text contains `text`, as a user picks it from the list."""
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_map_preview_and_import(qtbot, repository: ParticipantRepository, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "deltagare.xlsx", HEADERS, ROWS)
    dialog = open_dialog(qtbot, repository, path)
    phase = dialog.combos[Target.PHASE]
    assert phase.currentText() == "— none —"
    assert dialog.combos[Target.FIRST_NAME].currentText() == "A: Förnamn"
    assert column(dialog, M.RESULT) == ["Accepted", "Accepted"]
    assert column(dialog, M.NAME) == ["Åsa Öberg", "Björn Ärlig"]
    assert column(dialog, M.PATH) == ["Enrolled 2024-02-01, Phase 1"] * 2
    assert dialog.summary.text().startswith("2 rows will be imported")
    assert dialog.import_button.isEnabled()

    choose(phase, "Nivå")
    settled(qtbot, dialog)
    assert column(dialog, M.PATH) == ["Enrolled 2024-02-01, OSA", "Enrolled 2024-02-01, Phase 2"]

    # Without a name column nothing can be checked, and nothing imported.
    choose(dialog.combos[Target.FIRST_NAME], "— none —")
    settled(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    assert "first and the last name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    choose(dialog.combos[Target.FIRST_NAME], "Förnamn")
    settled(qtbot, dialog)
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as imported:
        click(qtbot, dialog.import_button)
    assert imported.args == [2]
    assert dialog.result() == QDialog.DialogCode.Accepted
    people = {p.name: p for p in repository.search()}
    assert set(people) == {"Åsa Öberg", "Björn Ärlig"}
    assert (people["Åsa Öberg"].status, people["Åsa Öberg"].phase) == (Status.ENROLLED, Phase.OSA)
    assert people["Björn Ärlig"].phase is Phase.PHASE_2


def test_a_rejected_row_blocks_the_import_until_the_file_is_fixed(
    qtbot, repository: ParticipantRepository, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = [*ROWS, ["Cilla", "Ödmark", "19800101-0000", "2024-02-01", "2024-01-01", None]]
    path = write_xlsx(tmp_path / "deltagare.xlsx", HEADERS, bad)
    dialog = open_dialog(qtbot, repository, path)
    choose(dialog.combos[Target.PHASE], "Nivå")
    settled(qtbot, dialog)
    assert column(dialog, M.ROW) == ["2", "3", "4"]
    assert column(dialog, M.RESULT) == ["Accepted", "Accepted", "Rejected"]
    reasons = column(dialog, M.REASONS)[2]
    assert "Not a valid personnummer" in reasons
    assert "enrolment date (2024-01-01) is before the referral date (2024-02-01)" in reasons
    summary = dialog.summary.text()
    assert "2 rows could be imported, 1 row rejected" in summary
    assert "fix the rejected rows in the file or leave them out of it" in summary
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert repository.count() == 0

    # Fixed in Excel and read again: the chosen columns stay, every row is accepted.
    write_xlsx(path, HEADERS, ROWS)
    click(qtbot, dialog.reload_button)
    settled(qtbot, dialog)
    assert dialog.combos[Target.PHASE].currentText() == "F: Nivå"
    assert column(dialog, M.RESULT) == ["Accepted", "Accepted"]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert repository.count() == 2


def test_the_file_comes_from_the_chooser_or_is_typed(
    qtbot, repository: ParticipantRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, repository, None)
    assert "Choose the Excel file" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.combos[Target.NAME].isEnabled()

    chosen = write_xlsx(tmp_path / "lista.xlsx", HEADERS, ROWS)
    monkeypatch.setattr(dialog, "ask_for_file", lambda: chosen)
    click(qtbot, dialog.choose_button)
    settled(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.file_field.text() == str(chosen)

    not_excel = tmp_path / "Borås lista.xlsx"
    not_excel.write_text("Namn;Personnummer\n", encoding="utf-8")
    type_into(qtbot, dialog.file_field, str(not_excel))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    settled(qtbot, dialog)
    assert dialog.file_error.isVisible()
    assert "Borås lista.xlsx is not an Excel workbook" in dialog.file_error.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()

    typed = write_xlsx(tmp_path / "Deltagare Borås.xlsx", HEADERS, ROWS[:1])
    type_into(qtbot, dialog.file_field, str(typed))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    settled(qtbot, dialog)
    assert not dialog.file_error.isVisible()
    assert column(dialog, M.NAME) == ["Åsa Öberg"]
    assert dialog.summary.text().startswith("1 row will be imported")
    # Enter read the file; it did not import it as well.
    assert dialog.isVisible()
    assert not dialog.import_button.isDefault()
    assert repository.count() == 0


def test_someone_already_in_the_register_is_shown_as_rejected(
    qtbot, repository: ParticipantRepository, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "deltagare.xlsx", HEADERS, ROWS)
    first = open_dialog(qtbot, repository, path)
    with qtbot.waitSignal(first.imported):
        click(qtbot, first.import_button)
    again = open_dialog(qtbot, repository, path)
    assert column(again, M.RESULT) == ["Rejected", "Rejected"]
    assert all("already has this personnummer" in r for r in column(again, M.REASONS))
    assert not again.import_button.isEnabled()
    assert repository.count() == 2


def test_checking_shows_progress_and_can_be_cancelled(
    qtbot, repository: ParticipantRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A long check shows how far it has come; Cancel stops it and nothing can be imported."""
    from desktop.core.progress import Progress
    from desktop.ui.participants import import_dialog

    started = threading.Event()

    def slow_plan(*args: Any) -> Any:
        progress: Progress = args[-1]
        progress.report(40, 100)
        started.set()
        while True:  # until cancelled
            progress.check()
            time.sleep(0.005)

    path = write_xlsx(tmp_path / "deltagare.xlsx", HEADERS, ROWS)
    monkeypatch.setattr(import_dialog, "plan_rows", slow_plan)
    dialog = ImportDialog(repository, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the file read, the check begun
    qtbot.waitUntil(lambda: dialog.progress.bar.value() == 40)
    assert dialog.busy and dialog.progress.isVisible()
    assert dialog.progress.text.text() == "Checking the rows…"
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog.progress.cancel_button)
    settled(qtbot, dialog)
    assert not dialog.progress.isVisible()
    assert dialog.error.isVisible() and "cancelled" in dialog.error.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_reading_a_large_file_reports_progress(
    qtbot, repository: ParticipantRepository, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [[f"Förnamn{i}", f"Efternamn{i}", None, "2024-01-10", None, None] for i in range(1200)]
    path = write_xlsx(tmp_path / "stor.xlsx", HEADERS, rows)
    seen: list[tuple[int, int]] = []
    dialog = ImportDialog(repository)
    qtbot.addWidget(dialog)
    original = dialog.progress.report
    dialog.progress.report = lambda done, total, text="": (  # type: ignore[method-assign]
        seen.append((done, total)),
        original(done, total, text),
    )
    dialog.load(path)
    settled(qtbot, dialog)
    assert dialog.model.rowCount() == 1200
    assert seen, "no progress was shown"
    assert all(0 <= done <= total for done, total in seen if total)


def test_a_lock_while_checking_checks_again_after_sign_in(
    qtbot, make_app, existing_register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The register closes under the check: no crash, and the rows are checked again when the
    dialog comes back after signing in."""
    import sys

    from desktop.ui.participants import import_dialog
    from tests.ui.conftest import sign_in

    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: crashes.append(error))
    real = import_dialog.plan_rows
    started, go_on = threading.Event(), threading.Event()

    def held(*args: Any) -> Any:
        started.set()
        go_on.wait(10)
        return real(*args)

    monkeypatch.setattr(import_dialog, "plan_rows", held)
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    path = write_xlsx(tmp_path / "deltagare.xlsx", HEADERS, ROWS)
    dialog = window.import_from_excel()
    dialog.load(path)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    app.lock()
    go_on.set()
    qtbot.waitUntil(lambda: not window.tasks.pending, timeout=10_000)
    assert crashes == []
    assert dialog.report is None and not dialog.isVisible()
    monkeypatch.setattr(import_dialog, "plan_rows", real)
    sign_in(qtbot, app)
    qtbot.waitUntil(dialog.isVisible)
    settled(qtbot, dialog)
    assert column(dialog, M.RESULT) == ["Accepted", "Accepted"]
    assert dialog.import_button.isEnabled()

"""Reading and checking an import report their progress and stop when cancelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.errors import Cancelled
from desktop.core.progress import Progress
from desktop.db.participants import ParticipantRepository
from desktop.importing import guess_mapping, plan_rows, read_workbook
from tests.conftest import NewRegister

HEADERS = ["Förnamn", "Efternamn", "Remissdatum"]
TODAY = date(2026, 3, 16)


def workbook(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for i in range(rows):
        sheet.append([f"Förnamn{i}", f"Efternamn{i}", "2026-01-10"])
    book.save(path)
    return path


def test_reading_and_checking_report_how_far_they_have_come(
    new_register: NewRegister, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, _text: seen.append((done, total)))
    sheet = read_workbook(workbook(tmp_path / "lista.xlsx", 450), progress)[0]
    assert len(sheet.rows) == 450
    assert seen == [(200, 451), (400, 451)]  # every 200 rows of the sheet's 451
    seen.clear()
    repository = ParticipantRepository(new_register.register)
    report = plan_rows(sheet, guess_mapping(sheet.headers), repository, TODAY, progress)
    assert len(report.accepted) == 450
    assert seen[0] == (0, 900) and seen[-1] == (900, 900)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancelled_reading_stops_with_cancelled_not_a_file_error(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        read_workbook(workbook(tmp_path / "lista.xlsx", 300), progress)


def test_cancelled_checking_stops(new_register: NewRegister, tmp_path: Path) -> None:
    sheet = read_workbook(workbook(tmp_path / "lista.xlsx", 10))[0]
    progress = Progress()
    progress.cancel()
    repository = ParticipantRepository(new_register.register)
    with pytest.raises(Cancelled):
        plan_rows(sheet, guess_mapping(sheet.headers), repository, TODAY, progress)

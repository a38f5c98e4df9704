"""The import's door: a file declaring a huge sheet is refused without reading it cell by cell,
and names arrive in one Unicode form with no control characters."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet import _read_only

from desktop.db.participants import ParticipantRepository, SearchFilter
from desktop.importing import (
    MAX_COLUMNS,
    MAX_DATA_ROWS,
    SheetTooLarge,
    commit_import,
    guess_mapping,
    plan_import,
    read_sheet,
)
from desktop.reports.workbook import WorkbookBuilder
from tests.conftest import NewRegister

TODAY = date(2025, 1, 15)


@pytest.fixture
def cells_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many cells openpyxl hands the importer (padding included)."""
    count = [0]
    original = _read_only.ReadOnlyWorksheet._get_row

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        row = original(self, *args, **kwargs)
        count[0] += len(row)
        return row

    monkeypatch.setattr(_read_only.ReadOnlyWorksheet, "_get_row", counting)
    return count


def _book(tmp_path: Path, cells: dict[str, Any]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Deltagare"
    for coordinate, value in cells.items():
        sheet[coordinate] = value
    path = tmp_path / "lista.xlsx"
    book.save(path)
    return path


def test_a_cell_at_xfd1_and_a200000_is_refused_without_reading_the_declared_sheet(
    tmp_path: Path, cells_read: list[int]
) -> None:
    path = _book(tmp_path, {"A1": "Namn", "XFD1": "x", "A200000": "y"})
    assert path.stat().st_size < 10_000
    with pytest.raises(SheetTooLarge) as refused:
        read_sheet(path)
    message = refused.value.user_message()
    assert "XFD1" in message and "Deltagare" in message and str(MAX_COLUMNS) in message
    # The declared sheet is 200,000 × 16,384 cells; only the first row's were made.
    assert cells_read[0] <= 16_384


def test_a_stray_value_far_down_does_not_make_the_import_read_every_row_between(
    tmp_path: Path, cells_read: list[int]
) -> None:
    path = _book(tmp_path, {"A1": "Namn", "B1": "Remiss", "A2": "Anna Berg", "A200000": "y"})
    sheet = read_sheet(path)
    assert [row.number for row in sheet.rows] == [2, 200000]
    assert cells_read[0] < 10


def test_more_rows_than_an_import_reads_are_refused(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Namn", "Remiss"])
    for n in range(MAX_DATA_ROWS + 1):
        sheet.append([f"Person {n}", "2024-01-10"])
    path = tmp_path / "stor.xlsx"
    book.save(path)
    with pytest.raises(SheetTooLarge) as refused:
        read_sheet(path)
    assert f"more than {MAX_DATA_ROWS} rows" in refused.value.user_message()


def test_control_characters_are_stripped_on_import(
    tmp_path: Path, new_register: NewRegister
) -> None:
    repository = ParticipantRepository(new_register.register)
    nfd = unicodedata.normalize("NFD", "Åsa")
    # Excel writes ESC in a cell as _x001B_; C1 controls, RLO and zero-width go in as they are.
    path = _book(
        tmp_path,
        {
            "A1": "Förnamn",
            "B1": "Efternamn",
            "C1": "Remiss",
            "A2": nfd + "_x001B_\x9b",
            "B2": "Öb\u202eerg\u200b",
            "C2": "2024-01-10",
        },
    )
    sheet = read_sheet(path)
    report = plan_import(path, guess_mapping(sheet.headers), repository, TODAY)
    assert report.can_commit, [r.reasons() for r in report.rejected]
    (person,) = commit_import(report, repository)
    assert (person.first_name, person.last_name) == ("Åsa", "Öberg")
    found = repository.search(SearchFilter(text="Åsa"))
    assert [p.name for p in found] == ["Åsa Öberg"]


def test_an_excel_export_with_control_characters_in_a_name_does_not_crash() -> None:
    # Text saved before the door cleaned it can still hold them.
    book = WorkbookBuilder()
    book.add_sheet("Deltagare", ["Namn"], [["Å\x1bsa\x07 Öberg\u202e"], ["=\x1b1+1"]])
    sheet = load_workbook(io.BytesIO(book.to_bytes())).active
    assert sheet is not None
    assert sheet["A2"].value == "Åsa Öberg\u202e"
    assert sheet["A3"].value == "=1+1" and sheet["A3"].data_type == "s"

"""Hostile spreadsheets at the import door: formulas where names should be, text that a
spreadsheet would run as a formula, and a name far too long. A formula is never run or stored
as a name; formula-like text comes in as text and goes out again as text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core.errors import AppError
from desktop.db.participants import ParticipantRepository
from desktop.importing import ImportRefused, commit_import, guess_mapping, plan_import, read_sheet
from desktop.services.exports import run_export
from desktop.services.progress_documents import ProgressWorkbookDocument
from tests.conftest import NewRegister

TODAY = date(2026, 11, 23)


def workbook(tmp_path: Path, rows: list[list[object]], *, quoted: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Förnamn", "Efternamn", "Remiss"])
    for row in rows:
        sheet.append(row)
    if quoted:  # text typed with a leading apostrophe: a string, never a formula
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    cell.data_type = "s"
                    cell.quotePrefix = True
    path = tmp_path / "lista.xlsx"
    book.save(path)
    return path


def test_a_formula_where_a_name_should_be_is_rejected_and_nothing_imported(
    tmp_path: Path, new_register: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    path = workbook(
        tmp_path,
        [
            ['=HYPERLINK("http://evil.example","Åsa")', "Öberg", "2026-10-01"],
            ["Bo", "Berg", "2026-10-02"],
        ],
    )
    people = ParticipantRepository(new_register.register)
    report = plan_import(path, guess_mapping(read_sheet(path).headers), people, TODAY)
    assert [r.row for r in report.rejected] == [2]  # the formula's row, not run, not stored
    with pytest.raises(ImportRefused) as refused:
        commit_import(report, people)
    assert swedish(refused.value) == (
        "Inget importerades eftersom några rader är avvisade (rad 2). Rätta dem i filen eller "
        "ta bort dem ur filen, och kontrollera sedan filen igen."
    )
    assert people.count() == 0


def test_formula_like_text_comes_in_as_text_and_goes_out_as_text(
    tmp_path: Path, new_register: NewRegister
) -> None:
    path = workbook(tmp_path, [["=1+1", "@Berg", "2026-10-01"]], quoted=True)
    people = ParticipantRepository(new_register.register)
    report = plan_import(path, guess_mapping(read_sheet(path).headers), people, TODAY)
    assert not report.rejected, [r.reasons() for r in report.rejected]
    (person,) = commit_import(report, people)
    assert (person.first_name, person.last_name) == ("=1+1", "@Berg")
    assert person.id is not None
    out = run_export(
        new_register.register, ProgressWorkbookDocument(person.id), tmp_path / "b.xlsx"
    )
    for sheet in load_workbook(out.path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate  # no formula in the file

"""The Excel base: what a user typed is never run as a formula, and the file reads back."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from desktop.reports.workbook import WorkbookBuilder

DANGEROUS = ['=HYPERLINK("http://x","klicka")', "+46 70 123", "-1", "@SUM(A1)", "\tflik"]


def test_formula_like_text_is_stored_as_text() -> None:
    book = WorkbookBuilder()
    book.add_sheet(
        "Deltagare",
        ["Anteckning", "Antal", "Datum"],
        [[text, 1, date(2026, 11, 22)] for text in DANGEROUS],
    )
    sheet = load_workbook(io.BytesIO(book.to_bytes())).active
    assert sheet is not None
    for row, text in enumerate(DANGEROUS, start=2):
        cell = sheet.cell(row=row, column=1)
        assert cell.value == text
        assert cell.data_type == "s"
    assert sheet["B2"].value == 1
    assert sheet["C2"].value.date() == date(2026, 11, 22)
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"


def test_several_sheets_and_long_titles() -> None:
    book = WorkbookBuilder()
    book.add_sheet("Ett blad med ett alldeles för långt namn för Excel", ["A"], [["x"]])
    book.add_sheet("Två", ["B"], [["y"]])
    workbook = load_workbook(io.BytesIO(book.to_bytes()))
    assert [len(name) <= 31 for name in workbook.sheetnames] == [True, True]
    assert workbook["Två"]["A2"].value == "y"

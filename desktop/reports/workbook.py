"""The base for every Excel file Färdväg writes: sheets of headers and rows, cells that could be
read as formulas written as plain text (no formula injection from what a user typed), bold
headers, frozen header row, sensible column widths."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

# A text starting with one of these is a formula (or DDE payload) to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
CellValue = str | int | float | date | datetime | None


def _set(cell: Cell, value: CellValue) -> None:
    if isinstance(value, str):
        # openpyxl refuses control characters (ESC, BEL, ...) with an exception; text saved
        # before they were stripped at the door must still export, so they are dropped here.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.value = value
        cell.data_type = "s"  # stored as text, never evaluated
        cell.alignment = Alignment(horizontal="left")
        cell.quotePrefix = True  # Excel shows it as typed text too
    else:
        cell.value = value
    if isinstance(value, date) and not isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd"


class WorkbookBuilder:
    def __init__(self) -> None:
        self._book = Workbook()
        self._first = True

    def add_sheet(
        self,
        title: str,
        headers: Sequence[str],
        rows: Iterable[Sequence[CellValue]],
        *,
        filters: bool = False,
    ) -> None:
        """One sheet: bold, frozen headers, then the rows; `filters` puts a filter button on
        each header."""
        if self._first:
            sheet = self._book.active
            assert sheet is not None
            sheet.title = title[:31]
            self._first = False
        else:
            sheet = self._book.create_sheet(title[:31])
        widths = [len(h) for h in headers]
        for column, header in enumerate(headers, start=1):
            cell = sheet.cell(row=1, column=column)
            _set(cell, header)
            cell.font = Font(bold=True)
        for row_number, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                _set(sheet.cell(row=row_number, column=column), value)
                widths[column - 1] = max(widths[column - 1], len(str(value or "")))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(60, max(8, width + 2))
        sheet.freeze_panes = "A2"
        if filters and headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{sheet.max_row}"

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self._book.save(buffer)
        return buffer.getvalue()

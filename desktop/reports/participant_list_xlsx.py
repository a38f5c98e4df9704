"""The Deltagare list as an Excel workbook: one sheet with the columns shown on screen, a bold,
frozen heading row with filters, and every cell written as text a spreadsheet never runs as a
formula (desktop/reports/workbook.py)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.reports.workbook import CellValue, WorkbookBuilder


def render_participant_list(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[CellValue]]
) -> bytes:
    book = WorkbookBuilder()
    book.add_sheet(title, headers, rows, filters=True)
    return book.to_bytes()

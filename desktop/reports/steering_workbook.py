"""The steering group's workbook (openpyxl): the figure sheets computed in
desktop.core.steering, Definitioner and Historik, each under a title row with the unit, the period
and the day the figures were taken; numbers stored as numbers with a number format, native charts
for the flow, the outcome model and the drug tests by month. It can also add its sheets to an
existing workbook, replacing the sheets of the same names and keeping every other one.

The workbook names nobody: the tables hold counts only, and counts from 1 to 4 are written as the
text "<5" when small numbers are hidden (so a chart shows no bar for them)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.steering import (
    SHEET_NAMES,
    Cell,
    Chart,
    HistoryEntry,
    Sheet,
    Table,
    Unit,
    history_cells,
    history_headers,
    shown,
)
from desktop.reports.workbook import FORMULA_STARTS

FORMATS = {
    Unit.COUNT: "0",
    Unit.NUMBER: "0.0",
    Unit.SHARE: "0.0%",
    Unit.SEK: "#,##0",
    Unit.YEARS: "0.00",
}
TITLE_FONT = Font(bold=True, size=13)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
SHEET_TITLE_FONT = Font(bold=True, size=12)
# Styles made once: openpyxl hashes a style object each time one is set, so a new object per
# cell costs more than writing the cell.
RIGHT = Alignment(horizontal="right")
HEADER_ALIGNMENT = Alignment(horizontal="right", wrap_text=True)
INDENTS = {level: Alignment(horizontal="left", indent=2 * level) for level in range(1, 4)}
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
LABEL_WIDTH = 52
VALUE_WIDTH = 15
CHART_WIDTH_CM = 16.0
CHART_HEIGHT_CM = 8.0
ROWS_PER_CHART = 18  # about the rows a chart of CHART_HEIGHT_CM covers
BESIDE_MAX_COLUMNS = 3  # a chart goes beside a table this narrow, otherwise below it
DEFINITION_WIDTH = 110  # characters
LINE_HEIGHT = 15  # points, one line of text


@dataclass(frozen=True)
class WorkbookTexts:
    """The fixed texts of the workbook, translated by the caller."""

    title: str  # the title row: unit, period, the day the figures were taken
    note: str  # the second row: how small numbers are shown, where the definitions are
    figure: str  # the label column's header
    definitions: tuple[str, str]  # Definitioner's two headers
    definitions_title: str
    history_title: str


def _text(value: str) -> str:
    # openpyxl refuses control characters other than tab, newline and carriage return.
    return str(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def _font(font: Font) -> Callable[[Any], None]:
    return lambda cell: setattr(cell, "font", font)


def _header(alignment: Alignment | None) -> Callable[[Any], None]:
    def apply(cell: Any) -> None:
        cell.font = BOLD
        cell.fill = HEADER_FILL
        if alignment is not None:
            cell.alignment = alignment

    return apply


def _format(number_format: str) -> Callable[[Any], None]:
    return lambda cell: setattr(cell, "number_format", number_format)


def _align(alignment: Alignment) -> Callable[[Any], None]:
    return lambda cell: setattr(cell, "alignment", alignment)


# Every look a cell can have, by name.
STYLES: dict[str, Callable[[Any], None]] = {
    "title": _font(TITLE_FONT),
    "note": _font(NOTE_FONT),
    "sheet_title": _font(SHEET_TITLE_FONT),
    "table_title": _font(BOLD),
    "header": _header(None),
    "header_right": _header(HEADER_ALIGNMENT),
    "header_wrap": _header(WRAP_TOP),
    "right": _align(RIGHT),
    "wrap": _align(WRAP_TOP),
    "date": _format("yyyy-mm-dd"),
    **{f"indent{level}": _align(alignment) for level, alignment in INDENTS.items()},
    **{f"unit_{unit.value}": _format(number_format) for unit, number_format in FORMATS.items()},
}


class _Styles:
    """Gives cells their looks. openpyxl hashes every style object each time one is set on a
    cell, which costs more than writing the cell; so each look is set once in a workbook, and
    later cells take a copy of the first one's style ids (a small array of numbers)."""

    def __init__(self) -> None:
        self._made: dict[str, Any] = {}

    def __call__(self, cell: Any, name: str) -> None:
        made = self._made.get(name)
        if made is not None:
            cell._style = copy(made)
            return
        STYLES[name](cell)
        self._made[name] = copy(cell._style)


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: object,
    styles: _Styles | None = None,
    style: str | None = None,
) -> Any:
    """Write one cell (with the look named `style`); a text that a spreadsheet would read as a
    formula (= + - @, or a control character first) is stored as text, never evaluated."""
    cell = sheet.cell(row=row, column=column)
    if style is not None and styles is not None:
        styles(cell, style)
    if isinstance(value, str):
        text = _text(value)
        cell.value = text
        if text.startswith(FORMULA_STARTS) or (text and ord(text[0]) < 32):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, date):
        cell.value = value
        if styles is not None and style is None:
            styles(cell, "date")
    else:
        cell.value = value
    return cell


def _put_figure(
    sheet: Worksheet, row: int, column: int, figure: Cell, hide_small: bool, styles: _Styles
) -> None:
    value = shown(figure, hide_small)
    if isinstance(value, str):
        put(sheet, row, column, value, styles, "right")
        return
    # A whole number needs no format: "General" shows it as it is.
    style = None
    if isinstance(value, float) or figure.unit in (Unit.SEK, Unit.SHARE):
        style = f"unit_{figure.unit.value}"
    put(sheet, row, column, value, styles, style)


def _heading(sheet: Worksheet, texts: WorkbookTexts, title: str, styles: _Styles) -> int:
    """The title rows (and the page set-up: landscape, as wide as one page, so a printout
    holds the tables and the charts beside them); the first free row after them."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    put(sheet, 1, 1, texts.title, styles, "title")
    put(sheet, 2, 1, texts.note, styles, "note")
    put(sheet, 4, 1, title, styles, "sheet_title")
    return 6


def _table(
    sheet: Worksheet,
    row: int,
    table: Table,
    texts: WorkbookTexts,
    hide_small: bool,
    styles: _Styles,
) -> tuple[int, int]:
    """Write `table` from `row`: its title, its header row, its rows. Returns the row of its
    header and the first free row after it (one blank row left)."""
    put(sheet, row, 1, table.title, styles, "table_title")
    header = row + 1
    put(sheet, header, 1, texts.figure, styles, "header")
    for column, text in enumerate(table.columns, start=2):
        put(sheet, header, column, text, styles, "header_right")
    for offset, line in enumerate(table.rows, start=1):
        indent = f"indent{min(line.level, 3)}" if line.level else None
        put(sheet, header + offset, 1, line.label, styles, indent)
        for column, figure in enumerate(line.cells, start=2):
            _put_figure(sheet, header + offset, column, figure, hide_small, styles)
    return header, header + len(table.rows) + 2


def _chart(sheet: Worksheet, table: Table, header: int, anchor: str) -> None:
    rows = len(table.rows) if table.chart_rows is None else table.chart_rows
    columns = len(table.columns) if table.chart_columns is None else table.chart_columns
    chart = BarChart()
    if table.chart is Chart.STACKED:
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
    else:
        chart.type = "bar"  # horizontal: the row labels are long
        chart.y_axis.majorGridlines = None
        # The first row at the top, as in the table.
        chart.x_axis.scaling.orientation = "maxMin"
    chart.title = table.chart_title
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    data = Reference(sheet, min_col=2, max_col=1 + columns, min_row=header, max_row=header + rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=header + rows))
    chart.legend.position = "b"
    # openpyxl hides the axes of a new chart (`delete`); spreadsheet programs then draw no
    # labels, so they are shown.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    sheet.add_chart(chart, anchor)


def _figure_sheet(
    sheet: Worksheet, figures: Sheet, texts: WorkbookTexts, hide_small: bool, styles: _Styles
) -> None:
    row = _heading(sheet, texts, figures.title, styles)
    widest = max((len(t.columns) for t in figures.tables), default=1)
    chart_column = get_column_letter(widest + 3)
    chart_row = row
    for table in figures.tables:
        header, row = _table(sheet, row, table, texts, hide_small, styles)
        if table.chart is None:
            continue
        if len(table.columns) <= BESIDE_MAX_COLUMNS:
            anchor_row = max(chart_row, header - 1)
            _chart(sheet, table, header, f"{chart_column}{anchor_row}")
            chart_row = anchor_row + ROWS_PER_CHART
        else:  # a wide table: below it, so a page as wide as the table holds both
            _chart(sheet, table, header, f"A{row}")
            row += ROWS_PER_CHART
    sheet.column_dimensions["A"].width = LABEL_WIDTH
    for column in range(2, widest + 2):
        sheet.column_dimensions[get_column_letter(column)].width = VALUE_WIDTH


def _definitions_sheet(
    sheet: Worksheet, rows: Sequence[tuple[str, str, str]], texts: WorkbookTexts, styles: _Styles
) -> None:
    row = _heading(sheet, texts, texts.definitions_title, styles)
    for column, text in enumerate(texts.definitions, start=1):
        put(sheet, row, column, text, styles, "header")
    for offset, (_key, name, definition) in enumerate(rows, start=1):
        put(sheet, row + offset, 1, name, styles, "wrap")
        put(sheet, row + offset, 2, definition, styles, "wrap")
        # Spreadsheet programs do not all fit a row to wrapped text on opening: set it.
        lines = max(1, -(-len(definition) * 11 // (DEFINITION_WIDTH * 10)))
        sheet.row_dimensions[row + offset].height = LINE_HEIGHT * lines
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = DEFINITION_WIDTH
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def _history_sheet(
    sheet: Worksheet,
    entries: Sequence[HistoryEntry],
    texts: WorkbookTexts,
    hide_small: bool,
    styles: _Styles,
) -> None:
    row = _heading(sheet, texts, texts.history_title, styles)
    headers = history_headers()
    for column, text in enumerate(headers, start=1):
        put(sheet, row, column, text, styles, "header_wrap")
    for offset, entry in enumerate(entries, start=1):
        line = row + offset
        for column, value in enumerate(
            (entry.taken_on, entry.period, entry.since, entry.until, entry.reference_day), start=1
        ):
            put(sheet, line, column, value, styles)
        for column, figure in enumerate(history_cells(entry), start=6):
            _put_figure(sheet, line, column, figure, hide_small, styles)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 24
    for column in range(3, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 11
    sheet.row_dimensions[row].height = LINE_HEIGHT * 4
    sheet.freeze_panes = sheet.cell(row=row + 1, column=3)


def render_steering_workbook(
    figure_sheets: Sequence[Sheet],
    definitions: Sequence[tuple[str, str, str]],
    history: Sequence[HistoryEntry],
    texts: WorkbookTexts,
    *,
    hide_small: bool = True,
    base: bytes | None = None,
) -> bytes:
    """The workbook's bytes. With `base` (an existing workbook's bytes) its sheets named like
    ours are replaced in place and the others kept; ours that it lacks are added at the end."""
    names = [s.name for s in figure_sheets] + [
        SHEET_NAMES["definitions"],
        SHEET_NAMES["history"],
    ]
    if base is None:
        book = Workbook()
        default = book.active
        positions: dict[str, int] = {}
    else:
        book = load_workbook(io.BytesIO(base))
        default = None
        positions = {n: book.sheetnames.index(n) for n in names if n in book.sheetnames}
        for name in positions:
            book.remove(book[name])
    made: dict[str, Worksheet] = {}
    for name in sorted(names, key=lambda n: positions.get(n, len(names) + 1000)):
        index = positions.get(name)
        made[name] = book.create_sheet(name, index)
    if default is not None:
        book.remove(default)
    styles = _Styles()
    for figures in figure_sheets:
        _figure_sheet(made[figures.name], figures, texts, hide_small, styles)
    _definitions_sheet(made[SHEET_NAMES["definitions"]], definitions, texts, styles)
    _history_sheet(made[SHEET_NAMES["history"]], history, texts, hide_small, styles)
    for sheet in book.worksheets:
        sheet.sheet_view.tabSelected = False
    first = made[names[0]]
    book.active = book.sheetnames.index(first.title)
    first.sheet_view.tabSelected = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

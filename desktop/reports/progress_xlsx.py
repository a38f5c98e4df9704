"""The progress sheet as an Excel workbook (issue 14): the same figures as the PDF, from the same
`ProgressSheet`, in sheets of one table each (Översikt, Plan, Tester, OSA, Tidslinje,
Återhämtningskapital, and Anteckningar when the notes are asked for) with real types (dates as
dates, numbers as numbers), a frozen heading row, filters, column widths from the contents, and
native line charts of the test values and of recovery capital.

What a user typed is never a formula: a text starting with = + - @ or a control character is
stored as text and shown as typed (quote prefix), and characters a workbook cannot hold at all
(most control characters) are replaced, never allowed to break the file."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress_sheet import ProgressSheet, ResultRow
from desktop.reports.workbook import FORMULA_STARTS, CellValue

HEAD_FILL = PatternFill("solid", fgColor="E3E8EE")
DATE_FORMAT = "yyyy-mm-dd"
PALETTE = ("0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
WRAP_WIDTH = 60  # a column of long text wraps at this many characters


def safe_text(value: str) -> str:
    """`value` without the characters a workbook cannot hold (shown as U+FFFD instead)."""
    return str(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def put(cell: Cell, value: CellValue, number_format: str = "") -> None:
    """One typed cell: a date as a date, a number as a number, and text as text, never a
    formula."""
    if value == "":
        value = None  # an empty cell, not an empty text: filters show it as (Blanks)
    if isinstance(value, str):
        value = safe_text(value)
        starts_badly = value.startswith(FORMULA_STARTS) or (value and ord(value[0]) < 32)
        cell.value = value
        if starts_badly:
            cell.data_type = "s"  # stored as text, never evaluated
            cell.quotePrefix = True  # and shown as typed, also after editing
    else:
        cell.value = value
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif number_format and isinstance(value, float):  # a count stays a whole number
        cell.number_format = number_format


def _shown_width(value: CellValue) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:g}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _table(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    formats: dict[int, str] | None = None,
    wrap: Sequence[int] = (),
) -> None:
    """Headers in row 1 (bold, shaded, frozen, with filters), then the rows; widths from the
    contents, long text wrapped."""
    formats = formats or {}
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column)
        put(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            put(cell, value, formats.get(c - 1, ""))
            if c - 1 in wrap:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            else:
                cell.alignment = Alignment(vertical="top")
            widths[c - 1] = max(widths[c - 1], _shown_width(value) + 2)
    for column, width in enumerate(widths, start=1):
        limit = WRAP_WIDTH if column - 1 in wrap else 45
        sheet.column_dimensions[get_column_letter(column)].width = min(limit, max(9, width))
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"


def _sheet(book: Workbook, title: str, first: list[bool]) -> Worksheet:
    name = _SHEET_NAME_BAD.sub("", title)[:31] or "Sheet"
    taken = set(book.sheetnames) if not first[0] else set()
    base, n = name, 2
    while name in taken:
        name = f"{base[:28]} {n}"
        n += 1
    if first[0]:
        first[0] = False
        sheet = book.active
        assert sheet is not None
        sheet.title = name
        return sheet
    return book.create_sheet(name)


# The sheets' names (issue 14: Översikt, Plan, Tester, OSA, Tidslinje), the same in both
# versions so a unit's own formulas and macros find them.
SHEETS = {
    "overview": QT_TRANSLATE_NOOP("ProgressSheet", "Overview"),
    "plan": QT_TRANSLATE_NOOP("ProgressSheet", "Plan"),
    "tests": QT_TRANSLATE_NOOP("ProgressSheet", "Tests"),
    "osa": QT_TRANSLATE_NOOP("ProgressSheet", "OSA"),
    "timeline": QT_TRANSLATE_NOOP("ProgressSheet", "Timeline"),
    "capital": QT_TRANSLATE_NOOP("ProgressSheet", "Recovery capital"),
    "notes": QT_TRANSLATE_NOOP("ProgressSheet", "Notes"),
}


def sheet_name(key: str) -> str:
    return translate("ProgressSheet", SHEETS[key])


def render_progress_xlsx(sheet: ProgressSheet) -> bytes:
    w = sheet.words
    staff = sheet.staff
    book = Workbook()
    first = [True]

    overview = _sheet(book, sheet_name("overview"), first)
    facts: list[list[CellValue]] = [[f.label, f.value, f.unit] for f in sheet.facts]
    facts.insert(0, [w.title, sheet.heading, ""])
    facts.insert(1, [w.start, sheet.period.start, ""])
    facts.insert(2, [w.end, sheet.period.end, ""])
    facts += [[w.consent, line, ""] for line in sheet.consent]
    facts += [["", line, ""] for line in sheet.highlights]
    _table(overview, [w.what, w.value, w.unit], facts, {1: "0.0"}, wrap=(1,))

    plan = _sheet(book, sheet_name("plan"), first)
    _table(
        plan,
        [
            w.area,
            w.goal,
            w.responsible,
            w.due,
            w.status,
            w.next_follow_up,
            w.follow_ups_done,
            w.latest_follow_up,
        ],
        [
            [
                g.area,
                g.description,
                g.responsible,
                g.due,
                g.status,
                g.next_follow_up,
                g.follow_ups_done,
                g.latest_follow_up,
            ]
            for g in sheet.goals
        ],
        wrap=(1, 7),
    )

    tests = _sheet(book, sheet_name("tests"), first)
    # By substance, then date: each substance's values are one block of rows for its chart
    # series; a test without values (a no-show) comes after them, by date.
    ordered = sorted(sheet.tests, key=lambda r: (r.substance == "", r.substance, r.on))
    headers = [w.date, w.substance, w.result, w.value, w.unit, w.cutoff, w.method, w.outcome]
    if staff:
        headers.append(w.comment)
    rows: list[list[CellValue]] = []
    for r in ordered:
        row: list[CellValue] = [
            r.on,
            r.substance,
            r.result,
            r.value,
            r.unit,
            r.cutoff,
            r.method,
            r.outcome,
        ]
        if staff:
            row.append(r.comment)
        rows.append(row)
    _table(tests, headers, rows, wrap=(8,) if staff else ())
    _test_chart(tests, ordered, sheet, len(headers))

    osa = _sheet(book, sheet_name("osa"), first)
    _table(
        osa,
        [
            w.workplace,
            w.start,
            w.end,
            w.status,
            w.hours,
            w.months_done,
            w.months_left,
            w.next_step,
            w.plan_responsible,
            w.af_contact,
        ],
        [
            [
                p.workplace,
                p.start,
                p.end,
                p.status,
                p.hours,
                p.months_done,
                p.months_left,
                p.next_step,
                p.plan_responsible,
                p.af_contact_on,
            ]
            for p in sheet.placements
        ],
        {5: "0.0", 6: "0.0"},
    )

    timeline = _sheet(book, sheet_name("timeline"), first)
    _table(
        timeline,
        [w.date, w.step, w.details],
        [[s.on, s.step, s.details] for s in sheet.steps],
        wrap=(2,),
    )

    capital = _sheet(book, sheet_name("capital"), first)
    capital_headers = [w.date, *(name for _code, name in w.capitals)]
    capital_rows: list[list[CellValue]] = [
        [c.on, *(c.value(code) for code, _name in w.capitals)] for c in sheet.capital
    ]
    if staff:
        capital_headers.append(w.comment)
        for row, c in zip(capital_rows, sheet.capital, strict=True):
            row.append(c.comment)
    _table(capital, capital_headers, capital_rows, wrap=(5,) if staff else ())
    _capital_chart(capital, sheet, len(capital_headers))

    if sheet.notes is not None:
        notes = _sheet(book, sheet_name("notes"), first)
        _table(
            notes,
            [w.date, w.category, w.author, w.text, w.remark],
            [[n.written_on, n.category, n.author, n.text, n.remark] for n in sheet.notes],
            wrap=(3, 4),
        )

    book.properties.title = f"{w.title} {sheet.internal_no}"  # never the name
    book.properties.creator = "Färdväg"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _axes_shown(chart: ScatterChart) -> None:
    # openpyxl 3.1 marks axes as deleted unless told otherwise; Excel then draws none.
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _test_chart(
    sheet: Worksheet, rows: Sequence[ResultRow], progress: ProgressSheet, columns: int
) -> None:
    """A line per substance (its values over the dates) and its cut-off dashed, beside the
    table."""
    drawn = {c.name for c in progress.charts}  # the substances found, as in the PDF
    # The values the chart draws, in a hidden column beside the table: a negative result
    # without a number is drawn at 0, as in the PDF (desktop.core.drugtests.series), while the
    # table leaves its value empty, as it was entered.
    plotted = columns + 1
    letter = get_column_letter(plotted)
    sheet.column_dimensions[letter].hidden = True
    put(sheet.cell(row=1, column=plotted), progress.words.value)
    blocks: list[tuple[str, int, int, bool]] = []  # substance, first row, last row, cut-off?
    for i, row in enumerate(rows, start=2):
        if row.substance not in drawn:
            continue
        value = row.value if row.value is not None else (0.0 if row.result else None)
        put(sheet.cell(row=i, column=plotted), value)
        if blocks and blocks[-1][0] == row.substance and blocks[-1][2] == i - 1:
            name, start, _end, cut = blocks[-1]
            blocks[-1] = (name, start, i, cut or row.cutoff is not None)
        else:
            blocks.append((row.substance, i, i, row.cutoff is not None))
    if not blocks:
        return
    chart = ScatterChart()
    chart.title = progress.words.tests
    chart.style = 13
    chart.height, chart.width = 9, 18
    chart.x_axis.title = progress.words.date
    chart.y_axis.title = progress.words.value
    chart.x_axis.number_format = DATE_FORMAT
    chart.x_axis.majorTimeUnit = "days"
    chart.legend.position = "b"
    chart.visible_cells_only = False  # the plotted column is hidden
    _axes_shown(chart)
    for n, (name, start, end, has_cutoff) in enumerate(blocks):
        color = PALETTE[n % len(PALETTE)]
        xs = Reference(sheet, min_col=1, min_row=start, max_row=end)
        values = Series(
            Reference(sheet, min_col=plotted, min_row=start, max_row=end), xs, title=name
        )
        values.smooth = False
        values.marker.symbol = "circle"
        values.marker.size = 6
        values.graphicalProperties.line.solidFill = color
        values.marker.graphicalProperties.solidFill = color
        values.marker.graphicalProperties.line.solidFill = color
        chart.series.append(values)
        if has_cutoff:
            cut = Series(
                Reference(sheet, min_col=6, min_row=start, max_row=end),
                xs,
                title=f"{name}: {progress.words.cutoff}",
            )
            cut.marker.symbol = "none"
            cut.smooth = False
            cut.graphicalProperties.line.solidFill = color
            cut.graphicalProperties.line.dashStyle = "sysDash"
            cut.graphicalProperties.line.width = 12700  # 1 pt: a guide, not a measurement
            chart.series.append(cut)
    sheet.add_chart(chart, f"{get_column_letter(columns + 3)}2")


def _capital_chart(sheet: Worksheet, progress: ProgressSheet, columns: int) -> None:
    if len(progress.capital) < 2:
        return
    last = len(progress.capital) + 1
    chart = ScatterChart()
    chart.title = progress.words.capital
    chart.style = 13
    chart.height, chart.width = 9, 18
    chart.x_axis.number_format = DATE_FORMAT
    chart.y_axis.scaling.min = 1
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.legend.position = "b"
    _axes_shown(chart)
    xs = Reference(sheet, min_col=1, min_row=2, max_row=last)
    for n, (_code, name) in enumerate(progress.words.capitals):
        color = PALETTE[n % len(PALETTE)]
        series = Series(Reference(sheet, min_col=2 + n, min_row=2, max_row=last), xs, title=name)
        series.marker.symbol = ("circle", "square", "triangle", "diamond")[n % 4]
        series.marker.size = 6
        series.smooth = False  # ratings 1–5: straight lines between check-ins
        series.graphicalProperties.line.solidFill = color
        series.marker.graphicalProperties.solidFill = color
        series.marker.graphicalProperties.line.solidFill = color
        chart.series.append(series)
    sheet.add_chart(chart, f"{get_column_letter(columns + 2)}2")

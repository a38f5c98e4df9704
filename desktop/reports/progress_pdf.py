"""The progress sheet as a PDF (issue 14): one sheet, or many in one file for a group, each
starting on a page of its own with its own "page x of y". Everything printed comes computed in a
`ProgressSheet` (desktop/core/progress_sheet.py); this module only lays it out: tables, the path
as a timeline, a chart per substance with its cut-off, and the recovery-capital chart, drawn
with ReportLab's graphics so they print sharp."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress_sheet import (
    Fact,
    ProgressSheet,
    Span,
    SubstanceChart,
    Timeline,
    number,
)
from desktop.reports.pdf import (
    FONT,
    FONT_BOLD,
    DocumentInfo,
    PdfDocument,
    _NumberedCanvas,
    styles,
    text,
)

WIDTH = 165 * mm  # the text width of A4 with the base's margins, less the frame's padding
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#a8a8a8")
GRID = colors.HexColor("#e4e4e4")
ZEBRA = colors.HexColor("#f3f5f7")
HEAD_FILL = colors.HexColor("#e3e8ee")
PERIOD_FILL = colors.HexColor("#fff3c4")
GOOD_FILL = colors.HexColor("#e8f5ee")
GOOD_RULE = colors.HexColor("#009E73")
LIMIT = colors.HexColor("#9A1B1B")
# Okabe & Ito's colour-blind-safe palette, as on screen (desktop/ui/common/charts.py).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
PHASE_COLORS = {
    "intake": "#c9c9c9",
    "phase_1": "#56B4E9",
    "phase_2": "#0072B2",
    "support": "#E69F00",
    "osa": "#009E73",
    "after_osa": "#CC79A7",
}
MARKERS = ("circle", "square", "triangle", "diamond")


def _t(value: object) -> str:
    return text(value)


# ---------------------------------------------------------------------- the page frame


class _SheetCanvas(_NumberedCanvas):
    """The base's header and footer, with the title and "page x of y" of the sheet each page
    belongs to, so every sheet of a combined file can be handed out on its own."""

    sheet_title = ""
    sheet_number = 0

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._pages:
            key = state.get("sheet_number", 0)
            totals[key] = totals.get(key, 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            key = state.get("sheet_number", 0)
            seen[key] = seen.get(key, 0) + 1
            state["_sheet_page"] = (seen[key], totals[key])
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        page, pages = getattr(self, "_sheet_page", (number, total))
        base = self.info
        title = getattr(self, "sheet_title", "") or base.title
        type(self).info = DocumentInfo(title, base.unit_name, base.made_on)
        try:
            super()._draw_frame(page, pages)
        finally:
            type(self).info = base


class _StartSheet(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Draws nothing: tells the canvas that a new sheet begins on this page."""

    def __init__(self, number: int, title: str) -> None:
        super().__init__()
        self.number = number
        self.title = title

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.sheet_number = self.number
        self.canv.sheet_title = self.title


class _SheetsDocument(PdfDocument):
    def __init__(
        self, info: DocumentInfo, on_progress: Callable[[float], None] | None = None
    ) -> None:
        super().__init__(info)
        self.on_progress = on_progress

    def render(self, story: Sequence[Flowable]) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=self.info.title,
            author="Färdväg",
            creator="Färdväg",
            subject="",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        canvas_class = type("SheetCanvas", (_SheetCanvas,), {"info": self.info})
        if self.on_progress is not None:
            report = self.on_progress
            size = [max(1, len(story))]

            def progressed(kind: str, value: int) -> None:
                # ReportLab says how many flowables there are, then how far it has come.
                if kind == "SIZE_EST":
                    size[0] = max(1, value)
                elif kind == "PROGRESS":
                    report(min(1.0, value / size[0]))

            doc.setProgressCallBack(progressed)
        doc.build(list(story), canvasmaker=canvas_class)
        return buffer.getvalue()


def sheet_title(sheet: ProgressSheet) -> str:
    """The header's title: the document and the internal number, never the name."""
    return f"{sheet.words.title} {sheet.internal_no}"


def render_progress_pdf(
    sheets: Sequence[ProgressSheet],
    title: str = "",
    *,
    on_progress: Callable[[float], None] | None = None,
) -> bytes:
    """One PDF of `sheets`, each from a fresh page. `title` is the file's (a group's sheets);
    one sheet's file is titled by the sheet. `on_progress(fraction)` is called as the pages are
    laid out; it may raise to stop."""
    if not sheets:
        raise ValueError("no sheets to render")
    first = sheets[0]
    info = DocumentInfo(title or sheet_title(first), first.unit_name, first.made_on)
    story: list[Flowable] = []
    st = _Styles()
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.append(_StartSheet(index + 1, sheet_title(sheet)))
        story.extend(_sheet_story(sheet, st))
    return _SheetsDocument(info, on_progress).render(story)


# ---------------------------------------------------------------------- styles


class _Styles:
    def __init__(self) -> None:
        s = styles()
        self.body = s["body"]
        self.title = s["title"]
        self.small = s["small"]
        self.heading = s["heading"].clone(
            "sheet_heading", fontSize=13.5, leading=17, spaceBefore=12, keepWithNext=True
        )
        self.subheading = self.body.clone(
            "subheading", fontName=FONT_BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=True
        )
        self.lead = self.body.clone("lead", fontSize=12, leading=16, spaceAfter=6)
        self.cell = self.body.clone("cell", fontSize=8.8, leading=11, spaceAfter=0)
        self.head = self.cell.clone("head", fontName=FONT_BOLD)
        self.number = self.cell.clone("number", alignment=2)
        self.label = self.cell.clone("label", textColor=MUTED)
        self.value = self.cell.clone("value", fontName=FONT_BOLD)
        self.note_head = self.body.clone(
            "note_head", fontName=FONT_BOLD, fontSize=9.5, spaceBefore=6, spaceAfter=1
        )
        self.remark = self.small.clone("remark", textColor=LIMIT, spaceAfter=1)
        self.note = self.body.clone("note", fontSize=9.5, leading=13)
        self.good = self.body.clone(
            "good", fontSize=11.5, leading=15.5, spaceAfter=2, leftIndent=14, bulletIndent=0
        )
        self.empty = self.small.clone("empty", fontSize=9.5, leading=12)


# ---------------------------------------------------------------------- the story


def _sheet_story(sheet: ProgressSheet, st: _Styles) -> list[Flowable]:
    w = sheet.words
    staff = sheet.staff
    story: list[Flowable] = [Paragraph(_t(w.title), st.title)]
    story.append(Paragraph(_t(sheet.heading), st.lead if not staff else st.subheading))
    story.append(Paragraph(_t(sheet.intro), st.body if staff else st.lead))
    if sheet.highlights:
        story.append(_highlights(sheet.highlights, st))
    story.append(Spacer(1, 2 * mm))
    story.append(_facts(sheet.facts, st))

    # The path: the graphic, the enrolment periods and (staff) the steps.
    story.append(Paragraph(_t(w.path), st.heading))
    story.append(_timeline_drawing(sheet.timeline, staff))
    if staff and sheet.enrolments:
        story.append(Paragraph(_t(w.enrolments), st.subheading))
        story.append(
            _table(
                [w.start, w.end, w.group, w.outcome, w.days],
                [[e.start, e.end, e.group, e.outcome, e.days] for e in sheet.enrolments],
                [26, 26, 45, 48, 20],
                st,
                numbers={4},
            )
        )
    if sheet.steps:
        if staff:
            story.append(Paragraph(_t(w.timeline_sheet), st.subheading))
        story.append(
            _table(
                [w.date, w.step, w.details],
                [[s.on, s.step, s.details] for s in sheet.steps],
                [24, 50, 91],
                st,
            )
        )

    story.append(Paragraph(_t(w.plan), st.heading))
    if sheet.goals:
        if staff:
            story.append(
                _table(
                    [w.area, w.goal, w.responsible, w.due, w.status, w.next_follow_up],
                    [
                        [
                            g.area,
                            # What the latest follow-up found, under the goal it is about.
                            f"{g.description}\n{w.latest_follow_up}: {g.latest_follow_up}"
                            if g.latest_follow_up
                            else g.description,
                            g.responsible,
                            g.due,
                            g.status,
                            g.next_follow_up,
                        ]
                        for g in sheet.goals
                    ],
                    [26, 33, 40, 22, 20, 24],
                    st,
                )
            )
        else:
            story.append(
                _table(
                    [w.goal, w.responsible, w.due, w.status],
                    [[g.description, g.responsible, g.due, g.status] for g in sheet.goals],
                    [68, 42, 22, 33],
                    st,
                )
            )
    else:
        story.append(Paragraph(_t(w.no_goals), st.empty))

    story.extend(_tests(sheet, st))
    story.extend(_osa(sheet, st))
    story.extend(_capital(sheet, st))

    consent: list[Flowable] = [Paragraph(_t(w.consent), st.heading)]
    consent += [Paragraph(_t(line), st.body) for line in sheet.consent]
    story.append(KeepTogether(consent))

    if sheet.notes is not None:
        story.append(Paragraph(_t(w.notes), st.heading))
        if not sheet.notes:
            story.append(Paragraph(_t(w.no_notes), st.empty))
        for note in sheet.notes:
            head = f"{note.written_on.isoformat()} · {note.category} · {note.author}"
            story.append(Paragraph(_t(head), st.note_head))
            if note.remark:
                story.append(Paragraph(_t(note.remark), st.remark))
            story.extend(_paragraphs(note.text, st.note))
    if sheet.closing:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(_t(sheet.closing), st.lead))
    return story


def _paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """A long text as one paragraph per line break pair, so ReportLab can break pages between
    them as well as inside them."""
    blocks = [b for b in value.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(_t(block), style) for block in blocks if block.strip()] or [
        Paragraph("&nbsp;", style)
    ]


def _highlights(lines: Sequence[str], st: _Styles) -> Flowable:
    items = [[Paragraph(_t(line), st.good, bulletText="✓")] for line in lines]
    return Table(
        items,
        colWidths=[WIDTH],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), GOOD_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, GOOD_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        ),
    )


def _words(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return number(value, 2)
    return str(value)


def _cell(value: object, style: ParagraphStyle, width: float | None = None) -> str | Paragraph:
    """A table cell: a plain string when it fits on one line of `width` (drawn as is, no markup
    to escape, and many times faster to lay out), else a wrapping paragraph."""
    words = _words(value)
    if not words:
        return "" if width is not None else Paragraph("&nbsp;", style)
    if (
        width is not None
        and "\n" not in words
        and pdfmetrics.stringWidth(words, style.fontName, style.fontSize) <= width
    ):
        return words
    return Paragraph(_t(words), style)


def _facts(facts: Sequence[Fact], st: _Styles) -> Flowable:
    """The overview as label and value, two pairs to a row."""
    rows: list[list[Any]] = []
    pairs = [(f.label, f.text) for f in facts]
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for name, value in pairs[i : i + 2]:
            row += [Paragraph(_t(name), st.label), Paragraph(_t(value), st.value)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    return Table(
        rows,
        colWidths=[40 * mm, 42.5 * mm, 40 * mm, 42.5 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        ),
    )


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    st: _Styles,
    numbers: set[int] | frozenset[int] = frozenset(),
) -> Flowable:
    """A listing with a heading row repeated on every page, widths in mm of the text width."""
    scale = WIDTH / (sum(widths) * mm)
    data: list[list[Any]] = [
        [
            Paragraph(_t(h), st.head.clone("head_r", alignment=2) if i in numbers else st.head)
            for i, h in enumerate(headers)
        ]
    ]
    columns = [w * mm * scale for w in widths]
    room = [c - 6 for c in columns]  # less the cell's padding
    for row in rows:
        data.append(
            [
                _cell(value, st.number if i in numbers else st.cell, room[i])
                for i, value in enumerate(row)
            ]
        )
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        *(("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numbers),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
    return Table(
        data,
        colWidths=columns,
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(style),
    )


# ---------------------------------------------------------------------- sections


def _tests(sheet: ProgressSheet, st: _Styles) -> list[Flowable]:
    w = sheet.words
    story: list[Flowable] = [Paragraph(_t(w.tests), st.heading)]
    story += [Paragraph(_t(line), st.body) for line in sheet.test_summary]
    if not sheet.tests:
        story.append(Paragraph(_t(w.no_tests), st.empty))
        return story
    for chart in sheet.charts:
        title = f"{chart.name} ({chart.unit})" if chart.unit else chart.name
        story.append(
            KeepTogether(
                [
                    Paragraph(_t(title), st.subheading),
                    Paragraph(_t(chart.verdict), st.body),
                    _substance_drawing(chart, w.cutoff, sheet.staff),
                ]
            )
        )
    story.append(CondPageBreak(35 * mm))
    if sheet.staff:
        story.append(
            _table(
                [w.date, w.result, w.positive, w.negative, w.comment],
                [[t.on, t.outcome, t.positive, t.negative, t.comment] for t in sheet.test_lines],
                [22, 22, 58, 36, 27],
                st,
            )
        )
    else:
        # Three tests to a row: a year of weekly tests fits on a page.
        per_row = 3
        cells = [[t.on, t.plain] for t in sheet.test_lines]
        rows = []
        for i in range(0, len(cells), per_row):
            row: list[object] = []
            for pair in cells[i : i + per_row]:
                row += pair
            row += [""] * (2 * per_row - len(row))
            rows.append(row)
        story.append(_table([w.date, w.result] * per_row, rows, [22, 33] * per_row, st))
    return story


def _osa(sheet: ProgressSheet, st: _Styles) -> list[Flowable]:
    w = sheet.words
    story: list[Flowable] = [Paragraph(_t(w.osa), st.heading)]
    if not sheet.placements:
        story.append(Paragraph(_t(w.no_placements), st.empty))
        return story
    if not sheet.staff:  # a few sentences: kept on one page with their heading
        return [KeepTogether([*story, *(Paragraph(_t(x), st.lead) for x in sheet.osa_summary)])]
    story.append(
        _table(
            [w.workplace, w.start, w.end, w.status, w.hours, w.months_done, w.months_left],
            [
                [p.workplace, p.start, p.end, p.status, p.hours, p.months_done, p.months_left]
                for p in sheet.placements
            ],
            [42, 22, 22, 26, 17, 18, 18],
            st,
            numbers={4, 5, 6},
        )
    )
    planned = [p for p in sheet.placements if p.next_step]
    if planned:
        story.append(Paragraph(_t(w.next_step), st.subheading))
        story.append(
            _table(
                [w.workplace, w.next_step, w.plan_responsible, w.af_contact],
                [[p.workplace, p.next_step, p.plan_responsible, p.af_contact_on] for p in planned],
                [45, 50, 40, 30],
                st,
            )
        )
    story += [
        Paragraph(_t(line), st.remark.clone("warn", fontSize=9.5)) for line in sheet.osa_summary
    ]
    return story


def _capital(sheet: ProgressSheet, st: _Styles) -> list[Flowable]:
    w = sheet.words
    story: list[Flowable] = [Paragraph(_t(w.capital), st.heading)]
    if not sheet.capital:
        story.append(Paragraph(_t(w.no_checkins), st.empty))
        return story
    story += [Paragraph(_t(line), st.body) for line in sheet.capital_summary]
    if len(sheet.capital) >= 2:
        story.append(_capital_drawing(sheet))
    headers = [w.date, *(name for _code, name in w.capitals)]
    rows: list[list[object]] = [
        [c.on, *(c.value(code) for code, _name in w.capitals)] for c in sheet.capital
    ]
    widths = [24, 30, 30, 30, 30]
    if sheet.staff:
        headers.append(w.comment)
        for row, c in zip(rows, sheet.capital, strict=True):
            row.append(c.comment)
        widths = [22, 20, 20, 20, 20, 63]
    story.append(_table(headers, rows, widths, st, numbers={1, 2, 3, 4}))
    return story


# ---------------------------------------------------------------------- graphics


def _text_width(value: str, size: float, font: str = FONT) -> float:
    return float(pdfmetrics.stringWidth(value, font, size))


def _ink_on(fill: str) -> colors.Color:
    """Black or white text, whichever reads better on `fill`."""
    c = colors.HexColor(fill)
    luminance = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    return colors.black if luminance > 0.55 else colors.white


@dataclass(frozen=True)
class _Axis:
    start: date
    end: date
    left: float
    right: float

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return self.left + (self.right - self.left) * (day - self.start).days / span


def _date_ticks(start: date, end: date, most: int = 8) -> list[tuple[date, str]]:
    """Round dates to label an axis: Mondays for a short span, first days of months for a longer
    one, at most `most` of them."""
    days = max(1, (end - start).days)
    if days <= 92:
        step = next((s for s in (1, 2, 7, 14, 28) if days / s <= most), 28)
        first = start if step < 7 else start + timedelta(days=(7 - start.weekday()) % 7)
        ticks = []
        day = first
        while day <= end:
            ticks.append((day, day.isoformat()[5:] if step < 7 or days < 60 else day.isoformat()))
            day += timedelta(days=step)
        return ticks
    months = days / 30.4
    step = next((s for s in (1, 2, 3, 6, 12, 24) if months / s <= most), 24)
    year, month = start.year, start.month
    if start.day > 1:
        month += 1
    ticks = []
    while True:
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = date(year, month, 1)
        if day > end:
            break
        if (month - 1) % step == 0 or step == 1:
            ticks.append((day, day.isoformat()[:7]))
        month += 1
    return ticks


def _timeline_drawing(timeline: Timeline, staff: bool) -> Drawing:
    """The path: intake and phases as coloured bars on a date axis, the period shaded, today and
    the 14-month limit as lines, with a legend of the phases shown."""
    height = 42 * mm
    d = Drawing(WIDTH, height)
    axis = _Axis(timeline.start, timeline.end, 2 * mm, WIDTH - 2 * mm)
    bar_low, bar_high = 17 * mm, 25 * mm
    # The period, behind everything.
    p0 = axis.x(max(timeline.period.start, timeline.start))
    p1 = axis.x(min(timeline.period.end, timeline.end))
    d.add(
        Rect(
            p0,
            bar_low - 2 * mm,
            max(1.0, p1 - p0),
            15 * mm,
            fillColor=PERIOD_FILL,
            strokeColor=None,
        )
    )
    d.add(Line(axis.left, bar_low, axis.right, bar_low, strokeColor=RULE, strokeWidth=0.5))
    for span in timeline.spans:
        _draw_span(d, axis, span, bar_low, bar_high)
    # Marks: referred, started, discharged; labels above the bar, staggered when they crowd.
    last_right = [-1e9, -1e9]
    for mark in timeline.marks:
        x = axis.x(mark.on)
        d.add(
            Polygon(
                [x - 3, bar_high + 5, x + 3, bar_high + 5, x, bar_high + 1],
                fillColor=INK,
                strokeColor=None,
            )
        )
        words = f"{mark.label} {mark.on.isoformat()}"
        width = _text_width(words, 6.8)
        # From the mark to the right, or ending at it near the right edge.
        left = x - 3 if x - 3 + width <= axis.right else x + 3 - width
        row = 0 if left > last_right[0] + 4 else 1
        if row == 1 and left <= last_right[1] + 4:
            continue
        last_right[row] = left + width
        d.add(
            String(
                left, bar_high + 7 + row * 8.5, words, fontName=FONT, fontSize=6.8, fillColor=INK
            )
        )
    # Today, and the 14-month limit (R5).
    today_x = axis.x(timeline.today)
    d.add(Line(today_x, bar_low - 3 * mm, today_x, bar_high + 2, strokeColor=INK, strokeWidth=1.2))
    today_word = "▲ " + (_today_word(staff))
    d.add(
        String(
            today_x,
            bar_low - 6.5 * mm,
            today_word,
            fontName=FONT_BOLD,
            fontSize=7,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    if timeline.limit is not None and timeline.start <= timeline.limit <= timeline.end:
        x = axis.x(timeline.limit)
        d.add(
            Line(
                x,
                bar_low - 3 * mm,
                x,
                bar_high + 2,
                strokeColor=LIMIT,
                strokeWidth=1.2,
                strokeDashArray=[3, 2],
            )
        )
        words = _limit_word(staff) + " " + timeline.limit.isoformat()
        anchor = "end" if x > WIDTH - 30 * mm else "middle"
        d.add(
            String(
                x,
                bar_low - 9.5 * mm,
                words,
                fontName=FONT,
                fontSize=6.8,
                fillColor=LIMIT,
                textAnchor=anchor,
            )
        )
    # Date axis.
    for day, words in _date_ticks(timeline.start, timeline.end):
        x = axis.x(day)
        d.add(Line(x, bar_low, x, bar_low - 1.2 * mm, strokeColor=RULE, strokeWidth=0.5))
        if abs(x - today_x) > 9 * mm:
            d.add(
                String(
                    x,
                    bar_low - 4 * mm,
                    words,
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    # Legend: each kind of span shown, once, in path order.
    seen: list[Span] = []
    for span in timeline.spans:
        if all(s.kind != span.kind for s in seen):
            seen.append(span)
    order = list(PHASE_COLORS)
    seen.sort(key=lambda s: order.index(s.kind) if s.kind in order else len(order))
    x = axis.left
    y = 1.5 * mm
    for span in seen:
        fill = PHASE_COLORS.get(span.kind, "#999999")
        d.add(Rect(x, y, 3 * mm, 3 * mm, fillColor=colors.HexColor(fill), strokeColor=None))
        d.add(
            String(x + 4 * mm, y + 0.6 * mm, span.label, fontName=FONT, fontSize=7, fillColor=INK)
        )
        x += 4 * mm + _text_width(span.label, 7) + 5 * mm
    period_word = _period_word()
    d.add(Rect(x, y, 3 * mm, 3 * mm, fillColor=PERIOD_FILL, strokeColor=RULE, strokeWidth=0.3))
    d.add(String(x + 4 * mm, y + 0.6 * mm, period_word, fontName=FONT, fontSize=7, fillColor=INK))
    return d


def _draw_span(d: Drawing, axis: _Axis, span: Span, low: float, high: float) -> None:
    x0, x1 = axis.x(span.start), axis.x(span.end)
    width = max(1.2, x1 - x0)
    fill = PHASE_COLORS.get(span.kind, "#999999")
    d.add(
        Rect(
            x0,
            low,
            width,
            high - low,
            fillColor=colors.HexColor(fill),
            strokeColor=colors.white,
            strokeWidth=0.6,
        )
    )
    if span.ongoing:  # an arrow head: it goes on
        d.add(
            Polygon(
                [x0 + width, low, x0 + width + 2.2 * mm, (low + high) / 2, x0 + width, high],
                fillColor=colors.HexColor(fill),
                strokeColor=None,
            )
        )
    size = 7
    if _text_width(span.label, size) + 3 <= width:
        d.add(
            String(
                x0 + width / 2,
                (low + high) / 2 - size / 3,
                span.label,
                fontName=FONT_BOLD,
                fontSize=size,
                fillColor=_ink_on(fill),
                textAnchor="middle",
            )
        )


def _today_word(staff: bool) -> str:
    return translate(
        "ProgressSheet",
        QT_TRANSLATE_NOOP("ProgressSheet", "Today")
        if staff
        else QT_TRANSLATE_NOOP("ProgressSheet", "You are here"),
    )


def _limit_word(staff: bool) -> str:
    return translate(
        "ProgressSheet",
        QT_TRANSLATE_NOOP("ProgressSheet", "14 months")
        if staff
        else QT_TRANSLATE_NOOP("ProgressSheet", "Your time ends"),
    )


def _period_word() -> str:
    return translate("ProgressSheet", QT_TRANSLATE_NOOP("ProgressSheet", "This sheet's period"))


def _nice_ticks(low: float, high: float, target: int = 5) -> list[float]:
    if high <= low:
        return [low]
    raw = (high - low) / max(1, target)
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if raw <= m * power * (1 + 1e-9))
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    return [round(k * step, 10) for k in range(first, last + 1)]


@dataclass(frozen=True)
class _Series:
    name: str
    points: Sequence[tuple[date, float]]
    color: str
    marker: str
    filled: Callable[[int], bool] = lambda _i: True


def _line_chart(
    series: Sequence[_Series],
    *,
    height: float,
    y_low: float,
    y_high: float | None = None,
    y_ticks: Sequence[float] | None = None,
    reference: tuple[str, float] | None = None,
    legend: Sequence[tuple[str, str, str, bool]] = (),
) -> Drawing:
    """Values over dates: a line per series with markers, an optional dashed reference line
    (the cut-off) and a legend row under the plot."""
    d = Drawing(WIDTH, height)
    days = [p[0] for s in series for p in s.points]
    start, end = min(days), max(days)
    if (end - start).days < 14:
        start, end = start - timedelta(days=7), end + timedelta(days=7)
    top = max([p[1] for s in series for p in s.points] + ([reference[1]] if reference else []))
    high = y_high if y_high is not None else (top * 1.12 if top > 0 else 1.0)
    ticks = list(y_ticks) if y_ticks is not None else _nice_ticks(y_low, high)
    high = max(high, ticks[-1])
    label_width = max(_text_width(number(t, 2), 7) for t in ticks) + 4
    left, right = label_width + 2, WIDTH - 3 * mm
    bottom = 9 * mm + (5 * mm if legend else 0)
    plot_top = height - 3 * mm
    axis = _Axis(start, end, left + 3, right - 3)

    def y(value: float) -> float:
        return float(bottom + (plot_top - bottom) * (value - y_low) / max(1e-9, high - y_low))

    d.add(
        Rect(
            left,
            bottom,
            right - left,
            plot_top - bottom,
            fillColor=colors.white,
            strokeColor=RULE,
            strokeWidth=0.6,
        )
    )
    for tick in ticks:
        ty = y(tick)
        if bottom < ty < plot_top:
            d.add(Line(left, ty, right, ty, strokeColor=GRID, strokeWidth=0.5))
        d.add(
            String(
                left - 2,
                ty - 2.4,
                number(tick, 2),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for day, words in _date_ticks(start, end, 7):
        x = axis.x(day)
        d.add(Line(x, bottom, x, bottom - 1.2 * mm, strokeColor=RULE, strokeWidth=0.5))
        d.add(
            String(
                x,
                bottom - 4 * mm,
                words,
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    if reference is not None:
        name, value = reference
        ry = y(value)
        d.add(Line(left, ry, right, ry, strokeColor=LIMIT, strokeWidth=1, strokeDashArray=[4, 2]))
        words = f"{name} {number(value, 2)}"
        d.add(
            String(
                right - 2,
                ry + 2,
                words,
                fontName=FONT,
                fontSize=7,
                fillColor=LIMIT,
                textAnchor="end",
            )
        )
    for s in series:
        ink = colors.HexColor(s.color)
        points = [(axis.x(day), y(value)) for day, value in s.points]
        if len(points) > 1:
            flat = [c for p in points for c in p]
            d.add(PolyLine(flat, strokeColor=ink, strokeWidth=1.4))
        for i, (px, py) in enumerate(points):
            _marker(d, s.marker, px, py, ink, s.filled(i))
    x = left
    for name, color, marker, filled in legend:
        ink = colors.HexColor(color)
        _marker(d, marker, x + 1.5 * mm, 2.8 * mm, ink, filled)
        d.add(String(x + 4 * mm, 2 * mm, name, fontName=FONT, fontSize=7, fillColor=INK))
        x += 4 * mm + _text_width(name, 7) + 6 * mm
    return d


def _marker(d: Drawing, shape: str, x: float, y: float, ink: colors.Color, filled: bool) -> None:
    r = 2.3
    fill = ink if filled else colors.white
    if shape == "square":
        d.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=fill, strokeColor=ink, strokeWidth=1))
    elif shape == "triangle":
        d.add(
            Polygon(
                [x - r * 1.1, y - r, x + r * 1.1, y - r, x, y + r * 1.2],
                fillColor=fill,
                strokeColor=ink,
                strokeWidth=1,
            )
        )
    elif shape == "diamond":
        d.add(
            Polygon(
                [x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y],
                fillColor=fill,
                strokeColor=ink,
                strokeWidth=1,
            )
        )
    else:
        d.add(Circle(x, y, r, fillColor=fill, strokeColor=ink, strokeWidth=1))


def _substance_drawing(chart: SubstanceChart, cutoff_word: str, staff: bool) -> Drawing:
    """One substance's values with the cut-off; a filled marker is a positive result, a hollow
    one a negative, so the chart reads in black and white too."""
    points = chart.points
    legend = [
        (
            translate("ProgressSheet", QT_TRANSLATE_NOOP("ProgressSheet", "Positive")),
            PALETTE[0],
            "circle",
            True,
        ),
        (
            translate("ProgressSheet", QT_TRANSLATE_NOOP("ProgressSheet", "Negative")),
            PALETTE[0],
            "circle",
            False,
        ),
    ]
    return _line_chart(
        [
            _Series(
                chart.name,
                [(day, value) for day, value, _p in points],
                PALETTE[0],
                "circle",
                lambda i: points[i][2],
            )
        ],
        height=(48 if staff else 42) * mm,
        y_low=0,
        reference=(cutoff_word, chart.cutoff) if chart.cutoff is not None else None,
        legend=legend,
    )


def _capital_drawing(sheet: ProgressSheet) -> Drawing:
    series = [
        _Series(
            name,
            [(c.on, float(c.value(code))) for c in sheet.capital],
            PALETTE[i % len(PALETTE)],
            MARKERS[i % len(MARKERS)],
        )
        for i, (code, name) in enumerate(sheet.words.capitals)
    ]
    legend = [(s.name, s.color, s.marker, True) for s in series]
    return _line_chart(
        series, height=48 * mm, y_low=1, y_high=5, y_ticks=[1, 2, 3, 4, 5], legend=legend
    )

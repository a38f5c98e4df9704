"""The weekly summary for an ambassador, on paper (PDF) and as the window's preview (HTML): the
same summaries from desktop/core/ambassadors.py, the same words. Several summaries in one PDF
(the combined file to print) each start on a new page and are numbered on their own, so every
ambassador's pages say "page 1 of 2" whichever pile they end up in."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core.ambassadors import Line, PersonSection, Summary
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.pdf import (
    FONT,
    FONT_BOLD,
    DocumentInfo,
    PdfDocument,
    _NumberedCanvas,
    styles,
    text,
)


def _t(source: str) -> str:
    return translate("AmbassadorSummary", source)


def title(summary: Summary) -> str:
    return _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Weekly summary {week}")).format(
        week=str(summary.week)
    )


def _period(summary: Summary) -> str:
    return _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Week {number}, {monday} – {sunday}")).format(
        number=summary.week.week,
        monday=summary.week.monday.isoformat(),
        sunday=summary.week.sunday.isoformat(),
    )


def _to(summary: Summary) -> str:
    return _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "To: {name}, {unit}")).format(
        name=summary.ambassador.name, unit=summary.unit_label
    )


def _from(summary: Summary, unit_name: str) -> str:
    sender = ", ".join(part for part in (unit_name, summary.made_by) if part)
    return _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "From: {sender}")).format(sender=sender)


def _nobody(summary: Summary) -> str:
    return _t(
        QT_TRANSLATE_NOOP(
            "AmbassadorSummary",
            "Nobody is named this week: no participant's consent covers {unit}, or there is "
            "nothing new about those whose consent does.",
        )
    ).format(unit=summary.unit_label)


def _others_lines(summary: Summary) -> list[str]:
    others = summary.others
    lines = [
        _t(
            QT_TRANSLATE_NOOP(
                "AmbassadorSummary",
                "{count} of the week's {total} participants are not named here: their consent "
                "does not cover your unit, or there is nothing new.",
            )
        ).format(count=others.people, total=summary.participants)
    ]
    events = others.texts()
    if events:
        lines.append(
            _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Among them this week: {events}.")).format(
                events=", ".join(events)
            )
        )
    return lines


def _care() -> str:
    return _t(
        QT_TRANSLATE_NOOP(
            "AmbassadorSummary",
            "Only what the participants' consent covers for your unit is named here; everyone "
            "else is counted. Keep this paper locked away and destroy it when it is no longer "
            "needed.",
        )
    )


def _contact(section: PersonSection) -> str:
    return _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Contact here: {name}")).format(
        name=section.responsible
    )


def _when(line: Line) -> str:
    return line.on.isoformat() if line.on else ""


# ----------------------------------------------------------------------------- PDF


class _SectionStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Zero-size marker: the pages from here on belong to summary `index`."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._section = self.index


class _SectionCanvas(_NumberedCanvas):
    """The base's header and "page x of y" footer, counted within each summary."""

    titles: ClassVar[tuple[str, ...]] = ()

    def save(self) -> None:
        sections = [int(state.get("_section", 0)) for state in self._pages]
        totals = Counter(sections)
        seen: Counter[int] = Counter()
        base = type(self).info
        for state, section in zip(self._pages, sections, strict=True):
            self.__dict__.update(state)
            seen[section] += 1
            # The header names the summary this page belongs to (an instance value over the
            # class's shared one).
            self.__dict__["info"] = replace(base, title=self.titles[section])
            self._draw_frame(seen[section], totals[section])
            Canvas.showPage(self)
        Canvas.save(self)


class SummaryPdf(PdfDocument):
    def __init__(self, info: DocumentInfo, titles: Sequence[str]) -> None:
        super().__init__(info)
        self.titles = tuple(titles)

    def render(self, story: Sequence[Flowable]) -> bytes:
        # The base's render, with a canvas that numbers each summary's pages on their own.
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
        canvas_class = type(
            "SummaryCanvas", (_SectionCanvas,), {"info": self.info, "titles": self.titles}
        )
        doc.build(list(story), canvasmaker=canvas_class)
        return buffer.getvalue()


def _cell(value: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell: the text as it is when it fits on one line (a table draws a plain string
    as it stands, so user text is never read as markup), a wrapping paragraph when it does
    not. Most lines fit, and a plain string is many times quicker to lay out."""
    if "\n" not in value and stringWidth(value, FONT, style.fontSize) <= width - 12:
        return value
    return Paragraph(text(value), style)


def _story(summary: Summary, unit_name: str) -> list[Flowable]:
    s = styles()
    cell = s["body"].clone("cell", fontSize=9.5, leading=12, spaceAfter=0)
    person_style = s["body"].clone(
        "person", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=1
    )
    sub = s["small"].clone("sub", spaceAfter=2)
    story: list[Flowable] = [
        Paragraph(text(title(summary)), s["title"]),
        Paragraph(text(_period(summary)), s["body"]),
        Paragraph(text(_to(summary)), s["body"]),
        Paragraph(text(_from(summary, unit_name)), s["body"]),
    ]
    if summary.note:
        box = Table(
            [[Paragraph(text(summary.note), s["body"].clone("note", spaceAfter=0))]],
            colWidths=[170 * mm - 12],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 10),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        story += [Spacer(1, 2 * mm), box]
    story.append(
        Paragraph(text(_t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Participants"))), s["heading"])
    )
    if not summary.people:
        story.append(Paragraph(text(_nobody(summary)), s["body"]))
    date_width, text_width = 24 * mm, 146 * mm - 12
    for section in summary.people:
        # One table per person, the name in its first row: a table splits between rows, so a
        # long entry runs on to the next page, and the break before it keeps the name from
        # standing alone at the bottom of a page.
        rows: list[list[Any]] = [[Paragraph(text(section.heading), person_style), ""]]
        style = [
            ("SPAN", (0, 0), (1, 0)),
            ("FONT", (0, 0), (-1, -1), FONT, 9.5),
            ("FONT", (0, 1), (0, -1), FONT, 8.5),
            ("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#444444")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.HexColor("#CCCCCC")),
            # The name stays with the person's first line.
            ("NOSPLIT", (0, 0), (-1, 2 if section.responsible else 1)),
        ]
        if section.responsible:
            rows.append([Paragraph(text(_contact(section)), sub), ""])
            style.append(("SPAN", (0, 1), (1, 1)))
        for line in section.this_week():
            rows.append([_when(line), _cell(line.text(), cell, text_width)])
        coming = section.coming_up()
        if coming:
            rows.append(["", _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Coming up"))])
            heading_row = len(rows) - 1
            style += [
                ("FONT", (1, heading_row), (1, heading_row), FONT_BOLD, 9.5),
                ("NOSPLIT", (0, heading_row), (-1, heading_row + 1)),  # with its first line
            ]
            for line in coming:
                rows.append([_when(line), _cell(line.text(), cell, text_width)])
        story.append(CondPageBreak(22 * mm))
        story.append(
            Table(
                rows,
                colWidths=[date_width, text_width],
                hAlign="LEFT",
                style=TableStyle(style),
            )
        )
    story += [
        CondPageBreak(30 * mm),
        Paragraph(text(_t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Other"))), s["heading"]),
    ]
    story += [Paragraph(text(line), s["body"]) for line in _others_lines(summary)]
    story += [Spacer(1, 4 * mm), Paragraph(text(_care()), s["small"])]
    return story


def render_summaries(summaries: Sequence[Summary], unit_name: str, made_on: date) -> bytes:
    """One summary (the file for one ambassador) or several (the combined file to print), each
    starting on a page of its own and numbered on its own."""
    story: list[Flowable] = []
    for index, summary in enumerate(summaries):
        if index:
            story.append(PageBreak())
        story.append(_SectionStart(index))
        story += _story(summary, unit_name)
    if not summaries:
        story.append(
            Paragraph(
                text(_t(QT_TRANSLATE_NOOP("AmbassadorSummary", "No active ambassadors."))),
                styles()["body"],
            )
        )
    titles = [f"{title(s)} · {s.unit_label}" for s in summaries] or [""]
    document_title = title(summaries[0]) if len(summaries) == 1 else titles[0].split(" · ")[0]
    info = DocumentInfo(title=document_title, unit_name=unit_name, made_on=made_on)
    return SummaryPdf(info, titles).render(story)


# ----------------------------------------------------------------------------- HTML preview


def _h(value: object) -> str:
    return escape(str(value)).replace("\n", "<br/>")


def summary_html(summary: Summary, unit_name: str) -> str:
    """The same summary as rich text for the window's preview (Qt's HTML subset)."""
    parts = [
        f"<h2>{_h(title(summary))}</h2>",
        f"<p>{_h(_period(summary))}<br/>{_h(_to(summary))}<br/>{_h(_from(summary, unit_name))}</p>",
    ]
    if summary.note:
        parts.append(
            '<table width="100%" cellpadding="6" style="background-color:#f4f4f4;'
            f'border:1px solid #777"><tr><td>{_h(summary.note)}</td></tr></table>'
        )
    participants = _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Participants"))
    parts.append(f"<h3>{_h(participants)}</h3>")
    if not summary.people:
        parts.append(f"<p>{_h(_nobody(summary))}</p>")
    for section in summary.people:
        parts.append(f"<p style='margin-bottom:0'><b>{_h(section.heading)}</b>")
        if section.responsible:
            parts.append(f"<br/><small>{_h(_contact(section))}</small>")
        parts.append("</p><table cellspacing='0' cellpadding='1'>")
        for line in section.this_week():
            parts.append(
                f"<tr><td width='90'><small>{_h(_when(line))}</small></td>"
                f"<td>{_h(line.text())}</td></tr>"
            )
        coming = section.coming_up()
        if coming:
            heading = _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Coming up"))
            parts.append(f"<tr><td></td><td><b>{_h(heading)}</b></td></tr>")
            for line in coming:
                parts.append(
                    f"<tr><td width='90'><small>{_h(_when(line))}</small></td>"
                    f"<td>{_h(line.text())}</td></tr>"
                )
        parts.append("</table>")
    other = _t(QT_TRANSLATE_NOOP("AmbassadorSummary", "Other"))
    parts.append(f"<h3>{_h(other)}</h3>")
    parts += [f"<p>{_h(line)}</p>" for line in _others_lines(summary)]
    parts.append(f"<p><small>{_h(_care())}</small></p>")
    return "\n".join(parts)

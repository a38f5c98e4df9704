"""The register extract (GDPR art. 15): everything the register holds about one person, as
sections of entries and tables already in words. The renderer knows nothing of the programme;
what goes in, and in which order, is decided where the extract is computed
(desktop.services.consent_documents.register_extract)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports.pdf import FONT, FONT_BOLD, DocumentInfo, PdfDocument, styles, text

WIDTH = 165 * mm  # the text width of A4 with the base's margins, less the frame's padding
LABEL_WIDTH = 45 * mm
LISTING_START = 45 * mm  # room enough for a table's title, heading row and first rows
MARK = colors.HexColor("#9A1B1B")  # voided, corrected, withdrawn: seen at a glance, also in grey


@dataclass(frozen=True)
class Entry:
    """One record: a heading line (date and what), labelled values, free text, and a mark
    that stands out (voided, corrected by a later entry, withdrawn)."""

    heading: str
    fields: tuple[tuple[str, str], ...] = ()
    text: str = ""
    mark: str = ""


@dataclass(frozen=True)
class Listing:
    """Many short records of the same shape, as a table with a heading row."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative; scaled to the page


@dataclass(frozen=True)
class Section:
    title: str
    intro: str = ""
    entries: tuple[Entry, ...] = ()
    listing: Listing | None = None
    empty: str = ""  # said when there are neither entries nor rows


@dataclass(frozen=True)
class Document:
    """A titled document of sections: the register extract, and any other printout built the
    same way (the data-handling plan)."""

    title: str  # in the header and the PDF's metadata; never a participant's name
    unit_name: str
    made_on: date
    intro: tuple[str, ...]
    sections: tuple[Section, ...]
    heading: str = ""  # the first line of the first page, when it differs from the title


RegisterExtract = Document


def render_sections(document: Document) -> bytes:
    s = styles()
    body = s["body"]
    section_style = s["heading"].clone("section", fontSize=13.5, leading=17, spaceBefore=14)
    entry_style = body.clone("entry", fontName=FONT_BOLD, spaceBefore=4, spaceAfter=2)
    mark_style = body.clone("mark", fontName=FONT_BOLD, textColor=MARK, spaceAfter=2)
    cell = body.clone("cell", fontSize=9.5, leading=12, spaceAfter=0)
    label = cell.clone("label", textColor=colors.HexColor("#444444"))
    head = cell.clone("head", fontName=FONT_BOLD)
    empty = s["small"].clone("empty", fontSize=9.5, leading=12)

    story: list[Flowable] = [Paragraph(text(document.heading or document.title), s["title"])]
    story.extend(Paragraph(text(p), body) for p in document.intro if p)
    for section in document.sections:
        first: list[Flowable] = [Paragraph(text(section.title), section_style)]
        if section.intro:
            first.append(Paragraph(text(section.intro), body))
        # Blocks to keep together, each followed by what may run on over pages. ReportLab's
        # KeepTogether cannot be nested, so a section's title joins its first block.
        blocks: list[tuple[list[Flowable], list[Flowable]]] = [
            _entry(entry, entry_style, mark_style, body, cell, label) for entry in section.entries
        ]
        listing = None
        if section.listing is not None and section.listing.rows:
            listing = _listing(section.listing, cell, head)
            blocks.append(([listing], []))
        if not blocks:
            blocks.append(([Paragraph(text(section.empty), empty)], []))
        blocks[0] = ([*first, *blocks[0][0]], blocks[0][1])
        for keep, rest in blocks:
            if listing is not None and keep[-1] is listing:
                # A long table starts where it is when there is room for its first rows, rather
                # than leave most of a page empty; it repeats its heading row on every page.
                story.append(CondPageBreak(LISTING_START))
                story.extend(keep)
            else:
                story.append(KeepTogether(keep))
            story.extend(rest)
    info = DocumentInfo(
        title=document.title, unit_name=document.unit_name, made_on=document.made_on
    )
    return PdfDocument(info).render(story)


def _entry(
    entry: Entry, entry_style: Any, mark_style: Any, body: Any, cell: Any, label: Any
) -> tuple[list[Flowable], list[Flowable]]:
    parts: list[Flowable] = [Paragraph(text(entry.heading), entry_style)]
    if entry.mark:
        parts.append(Paragraph(text(entry.mark), mark_style))
    if entry.fields:
        parts.append(
            Table(
                [
                    [Paragraph(text(name), label), Paragraph(text(value), cell)]
                    for name, value in entry.fields
                ],
                colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ]
                ),
            )
        )
    # A long note runs on over pages paragraph by paragraph; its heading stays with the start.
    paragraphs = [
        Paragraph(text(p.strip("\n")), body) for p in entry.text.split("\n\n") if p.strip()
    ]
    return [*parts, *paragraphs[:1]], [*paragraphs[1:], Spacer(1, 2 * mm)]


def _listing(listing: Listing, cell: Any, head: Any) -> Flowable:
    total = sum(listing.widths)
    widths = [WIDTH * w / total for w in listing.widths]
    data: list[list[Any]] = [[Paragraph(text(c), head) for c in listing.columns]]
    data += [[Paragraph(text(value), cell) for value in row] for row in listing.rows]
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F0F0")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def render_register_extract(extract: RegisterExtract) -> bytes:
    return render_sections(extract)

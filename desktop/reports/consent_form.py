"""The consent form to print and sign (R18, R19, R22, GDPR art. 7.3): filled in from a recorded
consent, or blank with a box to tick for every receiving unit and kind of data. Every word on it
comes in with the data (the unit's form texts and lists), so the paper says what the screen
and the unit's lawyers agreed on."""

from __future__ import annotations

from collections.abc import Sequence
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

from desktop.core.forms import FormTexts
from desktop.reports.pdf import (
    FONT,
    FONT_BOLD,
    DocumentInfo,
    PdfDocument,
    plain_table_style,
    signature_block,
    styles,
    text,
    written_fields,
)

WIDTH = 165 * mm  # the text width of A4 with the base's margins, less the frame's padding
BOX = 4.2 * mm


@dataclass(frozen=True)
class FormLine:
    """A kind, receiving unit or data category on the form, in words."""

    name: str
    note: str = ""  # what the unit does with the data, or what the category is
    gets: str = ""  # a filled-in form: what this unit receives


@dataclass(frozen=True)
class ConsentFormData:
    """Everything the form shows, already in words and with the placeholders filled in. A blank
    form (`blank`) has boxes to tick by hand and lines to write on; a filled-in one lists only
    what the consent covers."""

    texts: FormTexts
    unit_name: str
    made_on: date
    blank: bool
    kinds: tuple[FormLine, ...]
    units: tuple[FormLine, ...]
    categories: tuple[FormLine, ...]
    purpose: str = ""
    handed_over: bool = False  # a filled-in form: the description was handed over (R22)
    participant_name: str = ""
    personnummer: str = ""
    internal_no: str = ""
    contact_person: str = ""


class _Box(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A square to tick by hand, or a ticked one on a filled-in form."""

    def __init__(self, ticked: bool = False) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return BOX, BOX

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.9)
        canvas.rect(0, 0, BOX, BOX)
        if self.ticked:
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(BOX * 0.18, BOX * 0.52)
            path.lineTo(BOX * 0.42, BOX * 0.22)
            path.lineTo(BOX * 0.84, BOX * 0.82)
            canvas.drawPath(path, stroke=1, fill=0)


def render_consent_form(data: ConsentFormData) -> bytes:
    s = styles()
    t = data.texts
    body = s["body"]
    heading = s["heading"].clone("form_heading", keepWithNext=True)
    note = s["small"].clone("note", fontSize=9, leading=11.5, spaceAfter=0)
    cell = body.clone("cell", spaceAfter=0)
    name_style = body.clone("name", fontName=FONT_BOLD, spaceAfter=1)
    label_style = s["small"].clone("label", spaceAfter=0)

    story: list[Flowable] = [Paragraph(text(t.title), s["title"])]
    story.append(_participant(data, cell, label_style))
    story.append(Spacer(1, 3 * mm))

    def block(title: str, *paragraphs: str) -> None:
        items = [p for p in paragraphs if p]
        if not items:
            return
        if title:
            story.append(Paragraph(text(title), heading))
        story.extend(Paragraph(text(p), body) for p in items)

    block(t.programme_heading, t.programme, t.secrecy)

    # What the consent is for, who gets what, and which data: named one by one (R19).
    if t.kind_heading:
        story.append(Paragraph(text(t.kind_heading), heading))
    if data.blank and t.tick_hint:
        story.append(Paragraph(text(t.tick_hint), body))
    story.append(_choices(data.kinds, data.blank, name_style, note))

    # Each list starts on the page its heading is on.
    for title, intro, lines, gets in (
        (t.recipients_heading, t.recipients_intro, data.units, t.gets_label),
        (t.categories_heading, t.categories_intro, data.categories, ""),
    ):
        together: list[Flowable] = [Paragraph(text(title), heading)] if title else []
        if intro:
            together.append(Paragraph(text(intro), body))
        together.append(_choices(lines, data.blank, name_style, note, gets_label=gets))
        story.append(KeepTogether(together))

    block(t.purpose_heading, data.purpose)
    block(t.valid_heading, t.valid_text)

    # The way out, framed so it is found at a glance: as easy as giving it (GDPR art. 7.3).
    withdraw = Table(
        [
            [Paragraph(text(t.withdraw_heading), s["heading"].clone("w", spaceBefore=0))],
            [Paragraph(text(t.withdraw_text), body.clone("w_body", spaceAfter=0))],
        ],
        colWidths=[WIDTH],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10.5),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        ),
    )
    story += [Spacer(1, 4 * mm), withdraw, Spacer(1, 1 * mm)]

    block(t.rights_heading, t.rights_text)
    contact: list[Flowable] = []
    if t.contact_heading:
        contact.append(Paragraph(text(t.contact_heading), heading))
    if t.contact_text:
        contact.append(Paragraph(text(t.contact_text), body))
    contact.append(
        written_fields(
            [(t.contact_person_label, data.contact_person), (t.phone_label, "")],
            [95 * mm, 70 * mm],
            cell,
            label_style,
        )
    )
    story.append(KeepTogether(contact))

    # The signatures start on a fresh page rather than be cut from what they sign.
    story.append(CondPageBreak(95 * mm))
    story.append(Spacer(1, 5 * mm))
    if t.handed_over:
        story.append(
            Table(
                [[_Box(data.handed_over and not data.blank), Paragraph(text(t.handed_over), cell)]],
                colWidths=[9 * mm, WIDTH - 9 * mm],
                hAlign="LEFT",
                style=plain_table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]),
            )
        )
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(text(t.statement), body))
    story.append(Spacer(1, 4 * mm))
    story.append(
        signature_block(
            [
                (data.texts.participant_heading, data.participant_name),
                (data.texts.staff_heading, ""),
            ],
            (data.texts.signature_label, data.texts.clarification_label, data.texts.date_label),
            WIDTH,
            name_style,
            cell,
            label_style,
        )
    )
    info = DocumentInfo(title=t.title, unit_name=data.unit_name, made_on=data.made_on)
    return PdfDocument(info).render(story)


def _participant(data: ConsentFormData, cell: Any, label: Any) -> Flowable:
    t = data.texts
    return written_fields(
        [
            (t.name_label, data.participant_name),
            (t.personnummer_label, data.personnummer),
            (t.number_label, data.internal_no),
        ],
        [80 * mm, 50 * mm, 35 * mm],
        cell,
        label,
        heading=t.participant_heading,
    )


def _choices(
    lines: Sequence[FormLine],
    blank: bool,
    name_style: Any,
    note_style: Any,
    gets_label: str = "",
) -> Flowable:
    """One row per entry: on a blank form a box to tick before it; on a filled-in form only what
    the consent covers, each with what it gets."""
    rows: list[list[Any]] = []
    for line in lines:
        cell: list[Flowable] = [Paragraph(text(line.name), name_style)]
        if line.note:
            cell.append(Paragraph(text(line.note), note_style))
        if line.gets and not blank:
            cell.append(
                Paragraph(
                    f"<b>{text(gets_label)}:</b> {text(line.gets)}"
                    if gets_label
                    else text(line.gets),
                    note_style.clone("gets", textColor=colors.black),
                )
            )
        rows.append([_Box() if blank else "•", cell])
    indent = 9 * mm
    return Table(
        rows,
        colWidths=[indent, WIDTH - indent],
        hAlign="LEFT",
        style=plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (0, -1), FONT_BOLD, 11),
                ("LEFTPADDING", (0, 0), (0, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )

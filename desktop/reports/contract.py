"""The action plan with the contract, to print and sign at enrolment (R3: follow the action plan,
keep the agreements made with the staff, take drug tests regularly). Every word comes in with
the data: the unit's texts (desktop/core/forms.py, `ContractTexts`, which an administrator may
edit), the person's goals and drug-test schedule in words. With no person it is a blank to fill
in by hand."""

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

from desktop.core.forms import ContractTexts
from desktop.reports.pdf import (
    FONT_BOLD,
    DocumentInfo,
    PdfDocument,
    signature_block,
    styles,
    text,
    written_fields,
)

WIDTH = 165 * mm  # the text width of A4 with the base's margins, less the frame's padding
WRITE_ROWS = 3  # empty rows under the goals, to add one by hand at the meeting
HEAD_FILL = colors.HexColor("#e3e8ee")


@dataclass(frozen=True)
class ContractGoal:
    area: str
    goal: str
    who: str
    due: date | None


@dataclass(frozen=True)
class ContractData:
    texts: ContractTexts  # placeholders already filled in
    unit_name: str
    made_on: date
    participant_name: str = ""
    personnummer: str = ""
    internal_no: str = ""
    start: date | None = None
    contact_person: str = ""
    goals: tuple[ContractGoal, ...] = ()
    schedule: str = ""  # the drug-test schedule in words


def render_contract(data: ContractData) -> bytes:
    s = styles()
    t = data.texts
    body = s["body"]
    heading = s["heading"].clone("contract_heading", keepWithNext=True)
    cell = body.clone("cell", fontSize=9.5, leading=12, spaceAfter=0)
    head = cell.clone("head", fontName=FONT_BOLD)
    label = s["small"].clone("label", spaceAfter=0)
    name_style = body.clone("name", fontName=FONT_BOLD, spaceAfter=1)
    point = body.clone("point", leftIndent=14, bulletIndent=2, spaceAfter=2)

    story: list[Flowable] = [Paragraph(text(t.title), s["title"])]
    if t.intro:
        story.append(Paragraph(text(t.intro), body))
    story.append(Spacer(1, 2 * mm))
    story.append(
        written_fields(
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
    )
    story.append(
        written_fields(
            [
                (t.start_label, data.start.isoformat() if data.start else ""),
                (t.contact_label, data.contact_person),
            ],
            [50 * mm, 115 * mm],
            cell,
            label,
        )
    )

    # The plan: the goals agreed, with rows left empty to write more at the meeting.
    plan: list[Flowable] = [Paragraph(text(t.plan_heading), heading)]
    if t.plan_intro:
        plan.append(Paragraph(text(t.plan_intro), body))
    if not data.goals and t.plan_empty:
        plan.append(Paragraph(text(t.plan_empty), s["small"]))
    rows: list[list[Any]] = [
        [Paragraph(text(x), head) for x in (t.area_label, t.goal_label, t.who_label, t.due_label)]
    ]
    for goal in data.goals:
        rows.append(
            [
                Paragraph(text(goal.area), cell),
                Paragraph(text(goal.goal), cell),
                Paragraph(text(goal.who), cell),
                Paragraph(goal.due.isoformat() if goal.due else "", cell),
            ]
        )
    empty = WRITE_ROWS if data.goals else WRITE_ROWS * 2
    rows += [["", "", "", ""] for _ in range(empty)]
    story.append(KeepTogether([*plan, _plan_table(rows, len(data.goals))]))

    tests: list[Flowable] = [Paragraph(text(t.tests_heading), heading)]
    if t.tests_text:
        tests.append(Paragraph(text(t.tests_text), body))
    if t.schedule_label:
        tests.append(written_fields([(t.schedule_label, data.schedule)], [WIDTH], cell, label))
    story.append(KeepTogether(tests))

    contract: list[Flowable] = [Paragraph(text(t.contract_heading), heading)]
    if t.promises_intro:
        contract.append(Paragraph(text(t.promises_intro), name_style))
    contract += [Paragraph(text(p), point, bulletText="•") for p in t.points("promises")]
    story.append(KeepTogether(contract))
    unit_points = t.points("unit_promises")
    if unit_points:
        ours: list[Flowable] = [Spacer(1, 2 * mm)]
        if t.unit_promises_intro:
            ours.append(Paragraph(text(t.unit_promises_intro), name_style))
        ours += [Paragraph(text(p), point, bulletText="•") for p in unit_points]
        story.append(KeepTogether(ours))
    for block in (t.breach_text, t.valid_text):
        if block:
            story.append(Paragraph(text(block), body))

    # The signatures start on a fresh page rather than be cut from what they sign.
    story.append(CondPageBreak(80 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(text(t.statement), body))
    story.append(Spacer(1, 3 * mm))
    story.append(
        signature_block(
            [(data.texts.participant_signs, data.participant_name), (data.texts.staff_signs, "")],
            (data.texts.signature_label, data.texts.clarification_label, data.texts.date_label),
            WIDTH,
            name_style,
            cell,
            label,
        )
    )
    title = t.title + (f" {data.internal_no}" if data.internal_no else "")
    info = DocumentInfo(title=title, unit_name=data.unit_name, made_on=data.made_on)
    return PdfDocument(info).render(story)


def _plan_table(rows: list[list[Any]], filled: int) -> Table:
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    # Rows to write in by hand: tall enough for handwriting.
    style += [("TOPPADDING", (0, r), (-1, r), 5 * mm) for r in range(filled + 1, len(rows))]
    return Table(
        rows,
        colWidths=[32 * mm, 75 * mm, 35 * mm, 23 * mm],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(style),
    )

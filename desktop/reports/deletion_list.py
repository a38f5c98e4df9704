"""The deletion list for the archive: which records were erased at the end of their retention
period, when, under which rule and confirmed by whom. It names no one: each record is its
pseudonym, the file's former internal number (to match paper files), its first and last entry
and what was deleted and kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.pdf import (
    FONT,
    FONT_BOLD,
    DocumentInfo,
    PdfDocument,
    signature_block,
    styles,
    text,
    written_fields,
)

CONTEXT = "DeletionList"


def _t(source: str) -> str:
    return translate(CONTEXT, source)


@dataclass(frozen=True)
class DeletionRow:
    """One erased record, already in words."""

    pseudonym: str
    internal_no: str
    first_entry: date
    last_entry: date
    deleted: str
    kept: str


@dataclass(frozen=True)
class DeletionListData:
    list_id: int
    unit_name: str
    municipality: str
    confirmed_at: str  # local time, as shown
    confirmed_by: str  # display name and user name
    retention_years: int
    research_sample: bool
    rows: Sequence[DeletionRow]
    made_on: date


def render_deletion_list(data: DeletionListData) -> bytes:
    s = styles()
    cell = s["body"].clone("cell", fontSize=9, leading=11.5, spaceAfter=0)
    head = s["body"].clone("head", fontName=FONT_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0)
    label = s["small"].clone("label", fontSize=8, leading=10, spaceAfter=0)
    title = _t(QT_TRANSLATE_NOOP("DeletionList", "Deletion list {number}")).format(
        number=data.list_id
    )
    rule = _t(
        QT_TRANSLATE_NOOP(
            "DeletionList",
            "Records are deleted {years} years after the last entry, when the person is no "
            "longer on the path.",
        )
    ).format(years=data.retention_years)
    sample = (
        _t(
            QT_TRANSLATE_NOOP(
                "DeletionList",
                "The research sample (people born on the 5th, 15th or 25th of a month) is kept "
                "and is not on this list.",
            )
        )
        if data.research_sample
        else _t(
            QT_TRANSLATE_NOOP(
                "DeletionList",
                "The research sample is not kept: the unit follows archive rules of its own.",
            )
        )
    )
    what = _t(
        QT_TRANSLATE_NOOP(
            "DeletionList",
            "For each record, the name, personnummer, contact details, notes, action plan, "
            "consents with their scanned forms and the disclosure log were deleted. Kept "
            "without identity, so the unit's figures for past periods stay the same: the steps "
            "on the path with their dates and codes, drug-test results without comments, and "
            "OSA placements with their dates; with sex and birth date for the age figures. "
            "The audit log names records only by internal id, which now leads to the "
            "pseudonym.",
        )
    )
    story: list[Flowable] = [
        Paragraph(text(title), s["title"]),
        written_fields(
            [
                (_t(QT_TRANSLATE_NOOP("DeletionList", "Unit")), data.unit_name),
                (_t(QT_TRANSLATE_NOOP("DeletionList", "Municipality")), data.municipality),
            ],
            [85 * mm, 85 * mm],
            cell,
            label,
        ),
        Spacer(1, 2 * mm),
        written_fields(
            [
                (_t(QT_TRANSLATE_NOOP("DeletionList", "Deleted on")), data.confirmed_at),
                (_t(QT_TRANSLATE_NOOP("DeletionList", "Confirmed by")), data.confirmed_by),
            ],
            [85 * mm, 85 * mm],
            cell,
            label,
        ),
        Spacer(1, 4 * mm),
        Paragraph(text(rule + " " + sample), s["body"]),
        Paragraph(text(what), s["small"]),
        Spacer(1, 3 * mm),
    ]
    headers = [
        _t(QT_TRANSLATE_NOOP("DeletionList", "Pseudonym")),
        _t(QT_TRANSLATE_NOOP("DeletionList", "Former no.")),
        _t(QT_TRANSLATE_NOOP("DeletionList", "First entry")),
        _t(QT_TRANSLATE_NOOP("DeletionList", "Last entry")),
        _t(QT_TRANSLATE_NOOP("DeletionList", "Deleted")),
        _t(QT_TRANSLATE_NOOP("DeletionList", "Kept without identity")),
    ]
    table: list[list[Any]] = [[Paragraph(text(h), head) for h in headers]]
    for row in data.rows:
        table.append(
            [
                Paragraph(text(row.pseudonym), cell),
                Paragraph(text(row.internal_no), cell),
                Paragraph(text(row.first_entry.isoformat()), cell),
                Paragraph(text(row.last_entry.isoformat()), cell),
                Paragraph(text(row.deleted), cell),
                Paragraph(text(row.kept), cell),
            ]
        )
    story += [
        Table(
            table,
            colWidths=[w * mm for w in (24, 20, 24, 24, 45, 33)],
            repeatRows=1,
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F0F0")),
                    ("TOPPADDING", (0, 1), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                ]
            ),
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            text(
                _t(QT_TRANSLATE_NOOP("DeletionList", "Records deleted: {count}")).format(
                    count=len(data.rows)
                )
            ),
            s["small"],
        ),
        Spacer(1, 8 * mm),
        signature_block(
            [
                (
                    _t(QT_TRANSLATE_NOOP("DeletionList", "Confirmed for the unit")),
                    data.confirmed_by,
                ),
                (_t(QT_TRANSLATE_NOOP("DeletionList", "Received for the archive")), ""),
            ],
            (
                _t(QT_TRANSLATE_NOOP("DeletionList", "Signature")),
                _t(QT_TRANSLATE_NOOP("DeletionList", "Name in block letters")),
                _t(QT_TRANSLATE_NOOP("DeletionList", "Date")),
            ),
            170 * mm,
            s["body"].clone("signer", fontName=FONT_BOLD, fontSize=10),
            cell,
            label,
        ),
    ]
    info = DocumentInfo(title=title, unit_name=data.unit_name, made_on=data.made_on)
    return PdfDocument(info).render(story)

"""The day's drug-test list to print: who is to give a sample, by which method, a box to tick."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.pdf import FONT, FONT_BOLD, DocumentInfo, PdfDocument, styles, text


def _t(source: str) -> str:
    return translate("TestList", source)


@dataclass(frozen=True)
class TestListRow:
    """One selected person. Method and provider come already in words: the report knows no
    labels of its own, so the screen and the paper say the same."""

    __test__ = False  # not a pytest test class, whatever its name says

    name: str
    internal_no: str
    method: str
    provider: str


class _TickBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty square to tick with a pen when the sample is taken."""

    size = 5 * mm

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


def render_test_list(
    day: date, unit_name: str, rows: Sequence[TestListRow], made_on: date | None = None
) -> bytes:
    """The list for `day` holding exactly `rows` (the people selected that day, no one else)."""
    s = styles()
    title = _t(QT_TRANSLATE_NOOP("TestList", "Drug tests {date}")).format(date=day.isoformat())
    story: list[Flowable] = [
        Paragraph(text(title), s["title"]),
        Paragraph(
            text(
                _t(
                    QT_TRANSLATE_NOOP(
                        "TestList",
                        "Tick the box when the sample is taken and write the sample id and "
                        "the time. Enter the results in Färdväg.",
                    )
                )
            ),
            s["body"],
        ),
        Spacer(1, 4 * mm),
    ]
    if not rows:
        story.append(
            Paragraph(
                text(_t(QT_TRANSLATE_NOOP("TestList", "Nobody is to be tested on this day."))),
                s["body"],
            )
        )
    else:
        cell = s["body"].clone("cell", fontSize=10, leading=12.5, spaceAfter=0)
        head = s["body"].clone("head", fontName=FONT_BOLD, fontSize=9, leading=11, spaceAfter=0)
        # Most days everyone goes to the same provider: then it is said once above the table,
        # and the columns written by hand get the room.
        providers = {row.provider for row in rows}
        one_provider = len(providers) == 1
        if one_provider and rows[0].provider:
            story.append(
                Paragraph(
                    text(
                        _t(QT_TRANSLATE_NOOP("TestList", "Provider: {provider}")).format(
                            provider=rows[0].provider
                        )
                    ),
                    s["body"],
                )
            )
        headers = [
            "",
            _t(QT_TRANSLATE_NOOP("TestList", "Name")),
            _t(QT_TRANSLATE_NOOP("TestList", "No.")),
            _t(QT_TRANSLATE_NOOP("TestList", "Method")),
            *([] if one_provider else [_t(QT_TRANSLATE_NOOP("TestList", "Provider"))]),
            _t(QT_TRANSLATE_NOOP("TestList", "Sample id")),
            _t(QT_TRANSLATE_NOOP("TestList", "Time")),
        ]
        data: list[list[Any]] = [[Paragraph(text(h), head) for h in headers]]
        for row in rows:
            data.append(
                [
                    _TickBox(),
                    Paragraph(text(row.name), cell),
                    Paragraph(text(row.internal_no), cell),
                    Paragraph(text(row.method), cell),
                    *([] if one_provider else [Paragraph(text(row.provider), cell)]),
                    "",
                    "",
                ]
            )
        # 165 mm: the text width of A4 with the page's margins, less the frame's own padding.
        widths = [9, 55, 23, 18, 35, 25] if one_provider else [9, 43, 23, 18, 29, 27, 16]
        typed = len(widths) - 2  # the columns after these are written by hand
        story.append(
            Table(
                data,
                colWidths=[w * mm for w in widths],
                repeatRows=1,
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONT, 10),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                        ("LINEBELOW", (0, 1), (typed - 1, -1), 0.4, colors.HexColor("#BBBBBB")),
                        # A darker line to write on in the columns filled in by hand.
                        ("LINEBELOW", (typed, 1), (-1, -1), 0.8, colors.HexColor("#777777")),
                        # ...broken between the two, so each reads as a field of its own.
                        ("LINEAFTER", (typed, 1), (typed, -1), 8, colors.white),
                        ("TOPPADDING", (0, 1), (-1, -1), 7),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F0F0")),
                    ]
                ),
            )
        )
        story += [
            Spacer(1, 4 * mm),
            Paragraph(
                text(
                    _t(QT_TRANSLATE_NOOP("TestList", "{count} to be tested")).format(
                        count=len(rows)
                    )
                ),
                s["small"],
            ),
        ]
    info = DocumentInfo(title=title, unit_name=unit_name, made_on=made_on or day)
    return PdfDocument(info).render(story)

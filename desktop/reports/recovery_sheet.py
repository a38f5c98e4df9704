"""The recovery sheet: the register's recovery key on paper, with what it is for and how to keep
it. The first document made on the PDF base."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.pdf import FONT, FONT_MONO, DocumentInfo, PdfDocument, styles, text


def _t(source: str) -> str:
    return translate("RecoverySheet", source)


@dataclass(frozen=True)
class RecoverySheet:
    unit_name: str
    municipality: str
    register_file_name: str
    register_id: str
    created_on: date
    recovery_key: str


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    s = styles()
    title = _t(QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key"))
    unit = sheet.unit_name + (f", {sheet.municipality}" if sheet.municipality else "")
    story = [
        Paragraph(text(title), s["title"]),
        Paragraph(
            text(
                _t(QT_TRANSLATE_NOOP("RecoverySheet", "Färdväg register of {unit}")).format(
                    unit=unit
                )
            ),
            s["body"],
        ),
        Paragraph(
            text(
                _t(
                    QT_TRANSLATE_NOOP(
                        "RecoverySheet", "File: {file} · register id {id} · created {date}"
                    )
                ).format(
                    file=sheet.register_file_name,
                    id=sheet.register_id[:8],
                    date=sheet.created_on.isoformat(),
                )
            ),
            s["small"],
        ),
        Spacer(1, 8 * mm),
    ]
    key_table = Table(
        [[sheet.recovery_key]],
        colWidths=[170 * mm],
        rowHeights=[22 * mm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_MONO, 19),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4")),
            ]
        ),
    )
    story += [key_table, Spacer(1, 8 * mm)]
    story.append(
        Paragraph(text(_t(QT_TRANSLATE_NOOP("RecoverySheet", "What the key does"))), s["heading"])
    )
    for line in (
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "The key opens the register if every password is forgotten or if the file with "
            "the users' keys is lost. An administrator then sets new passwords.",
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "Whoever has this key and a copy of the register can read everything in it: "
            "personal data, health data and criminal history.",
        ),
    ):
        story.append(Paragraph(text(_t(line)), s["body"]))
    story.append(
        Paragraph(text(_t(QT_TRANSLATE_NOOP("RecoverySheet", "How to keep it"))), s["heading"])
    )
    for line in (
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "Keep this sheet locked away, apart from the computer, for example in the unit "
            "manager's safe.",
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "Do not type the key into e-mail, documents or other programs, and do not "
            "photograph it. If you saved this sheet as a file, delete the file once it is "
            "printed.",
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "To use it: start Färdväg and choose “Use recovery key” on the sign-in screen. "
            "Spaces, dashes and small letters do not matter.",
        ),
        QT_TRANSLATE_NOOP(
            "RecoverySheet",
            "If the register is given a new key, this sheet stops working: destroy it and "
            "keep the new one instead.",
        ),
    ):
        story.append(Paragraph(text(_t(line)), s["bullet"], bulletText="•"))
    story.append(Spacer(1, 10 * mm))
    blank = "_" * 34
    rows = [
        [_t(QT_TRANSLATE_NOOP("RecoverySheet", "Kept by")), blank],
        [_t(QT_TRANSLATE_NOOP("RecoverySheet", "Where")), blank],
        [_t(QT_TRANSLATE_NOOP("RecoverySheet", "Date")), blank],
    ]
    story.append(
        Table(
            rows,
            colWidths=[35 * mm, 100 * mm],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 10.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            ),
        )
    )
    info = DocumentInfo(title=title, unit_name=sheet.unit_name, made_on=sheet.created_on)
    return PdfDocument(info).render(story)

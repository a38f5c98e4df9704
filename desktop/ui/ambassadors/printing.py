"""Printing the week's summaries through the system's printer dialog (QtPrintSupport, part of
PySide6-Essentials). Qt cannot draw a PDF page without the QtPdf add-on, which Färdväg does not
ship, so the printout is laid out by Qt from the same summaries and the same words as the PDF
(desktop/reports/ambassador_summary.py), with the PDF's header and footer: the unit, the title,
the date made and "page x of y", counted for each ambassador's pages on their own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.ambassadors import Summary
from desktop.reports.ambassador_summary import summary_html, title

MARGIN_MM = QMarginsF(20, 24, 20, 22)  # the PDF's page geometry (desktop/reports/pdf.py)
HEADER_POINT_SIZE = 8.5
BODY_POINT_SIZE = 10.0


def print_summaries(
    printer: QPrinter, summaries: Sequence[Summary], unit_name: str, made_on: date
) -> int:
    """Lay `summaries` out on `printer`, each starting on a new page; the number of pages."""
    printer.setPageMargins(MARGIN_MM, QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        paper = printer.pageLayout().paintRectPixels(printer.resolution())
        page_width, page_height = float(paper.width()), float(paper.height())
        per_mm = printer.resolution() / 25.4
        header_height = 10 * per_mm
        footer_height = 10 * per_mm
        body = QRectF(0, header_height, page_width, page_height - header_height - footer_height)
        for summary in summaries:
            document = QTextDocument()
            document.documentLayout().setPaintDevice(printer)
            font = QFont()
            font.setPointSizeF(BODY_POINT_SIZE)
            document.setDefaultFont(font)
            document.setHtml(summary_html(summary, unit_name))
            document.setPageSize(QSizeF(body.width(), body.height()))
            pages = document.pageCount()
            heading = f"{title(summary)} · {summary.unit_label}"
            for page in range(pages):
                if printed:
                    printer.newPage()
                _frame(painter, page_width, page_height, per_mm, unit_name, heading, made_on)
                _footer_page(painter, page_width, page_height, per_mm, page + 1, pages)
                painter.save()
                painter.translate(body.left(), body.top() - page * body.height())
                document.drawContents(
                    painter, QRectF(0, page * body.height(), body.width(), body.height())
                )
                painter.restore()
                printed += 1
    finally:
        painter.end()
    return printed


def _frame(
    painter: QPainter,
    width: float,
    height: float,
    per_mm: float,
    unit_name: str,
    heading: str,
    made_on: date,
) -> None:
    font = QFont()
    font.setPointSizeF(HEADER_POINT_SIZE)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    line = painter.fontMetrics().height()
    top = QRectF(0, 0, width, line)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), unit_name)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight), heading)
    painter.setPen(QPen(Qt.GlobalColor.gray, 0.3 * per_mm / 2))
    painter.drawLine(QPointF(0, line + 1.5 * per_mm), QPointF(width, line + 1.5 * per_mm))
    painter.drawLine(
        QPointF(0, height - line - 2 * per_mm), QPointF(width, height - line - 2 * per_mm)
    )
    painter.setPen(QPen(Qt.GlobalColor.black))
    bottom = QRectF(0, height - line, width, line)
    painter.drawText(
        bottom,
        int(Qt.AlignmentFlag.AlignLeft),
        # The PDF's own words (desktop/reports/pdf.py), so both say the same.
        QCoreApplication.translate("Pdf", "Made with Färdväg {date}").format(
            date=made_on.isoformat()
        ),
    )


def _footer_page(
    painter: QPainter, width: float, height: float, per_mm: float, page: int, pages: int
) -> None:
    line = painter.fontMetrics().height()
    painter.drawText(
        QRectF(0, height - line, width, line),
        int(Qt.AlignmentFlag.AlignRight),
        QCoreApplication.translate("Pdf", "Page {page} of {pages}").format(page=page, pages=pages),
    )

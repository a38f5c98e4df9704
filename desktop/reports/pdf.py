"""The base for every PDF Färdväg makes: A4, embedded DejaVu fonts (with å ä ö), a header with
the unit and the document's title, a footer with "page x of y", and escaping of user text for
ReportLab's paragraph markup."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
    tables,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.text import clean_text
from desktop.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
FONT_SYMBOLS = "Symbola"  # only for what DejaVu lacks: emoji with skin tones, flags, symbols


def _utf16_hex(code_point: int) -> str:
    """A code point as the ToUnicode CMap wants it: UTF-16BE hex, a surrogate pair above
    U+FFFF."""
    if code_point <= 0xFFFF:
        return f"{code_point:04X}"
    offset = code_point - 0x10000
    return f"{0xD800 + (offset >> 10):04X}{0xDC00 + (offset & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters above U+FFFF (emoji, some CJK) written as
    surrogate pairs. ReportLab writes them as five or six hex digits, which PDF readers reject,
    so copying text, searching and screen readers lose them (and the text extraction the tests
    use stops). The same map otherwise: one byte code per glyph of the subset."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_fonts() -> None:
    """Register the bundled TrueType fonts once; ReportLab embeds (subsets of) them. A table
    cell without a font of its own, and a chart (a drawing starts from its default font even
    when every label names its own), are set in DejaVu too: ReportLab's default is a Helvetica
    the file would name but not carry."""
    tables.CellStyle.fontname = FONT
    shapes.STATE_DEFAULTS["fontName"] = FONT
    for name in (FONT, FONT_BOLD, FONT_MONO):  # Symbola when a text needs it: 7 MiB read
        _register_font(name)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def _register_font(name: str) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))


def text(value: object) -> str:
    """User text made safe for Paragraph markup: `<`, `>` and `&` are shown, not obeyed. Control
    characters that text saved before they were stripped at the door may still hold (ESC, BEL,
    a direction override) are dropped as well: the font has no glyph for them, so each would
    print as an empty box. Right-to-left words are put in the order they are read."""
    lines = clean_text(str(value)).split("\n")
    return "<br/>".join(_in_fonts_with_glyphs(escape(reading_order(line))) for line in lines)


_COVERED: set[int] = set()  # the characters DejaVu Sans has glyphs for, read once
_FROM = "\u0250"  # below it (Latin with every accent Swedish and its neighbours use) DejaVu has all


def _in_fonts_with_glyphs(markup: str) -> str:
    """Characters DejaVu has no glyph for (emoji with a skin tone, flags' letters, symbols)
    set in Symbola, so they print instead of an empty box and are found when copied."""
    if not markup or max(markup) < _FROM:
        return markup
    if not _COVERED:
        register_fonts()
        _COVERED.update(pdfmetrics.getFont(FONT).face.charToGlyph)
    out: list[str] = []
    run: list[str] = []
    for char in markup:
        if char >= _FROM and ord(char) not in _COVERED:
            _register_font(FONT_SYMBOLS)
            run.append(char)
            continue
        if run:
            out.append(f'<font name="{FONT_SYMBOLS}">{"".join(run)}</font>')
            run = []
        out.append(char)
    if run:
        out.append(f'<font name="{FONT_SYMBOLS}">{"".join(run)}</font>')
    return "".join(out)


# Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms: the scripts written
# right to left that a name or a note may hold.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def reading_order(line: str) -> str:
    """One line as ReportLab must draw it (left to right, glyph by glyph) for it to read right:
    right-to-left runs reversed by the Unicode bidirectional algorithm, Arabic letters in their
    joined forms first. A line without such script is returned as it is (the common case, and
    then nothing else is imported)."""
    if not _RIGHT_TO_LEFT.search(line):
        return line
    from bidi import get_display

    if _ARABIC.search(line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    # Left to right around the run: the documents are Swedish, so a line that starts with a
    # name in Arabic script still reads as a Swedish sentence.
    return str(get_display(line, base_dir="L"))


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=5
    )
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=10
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
    }


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # in the header and the PDF's metadata; never a participant's name
    unit_name: str
    made_on: date


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Defers each page until the total is known, so the footer can say "page x of y"."""

    info: ClassVar[DocumentInfo]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT  # no reference to a non-embedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_frame(number, total)
            super().showPage()
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        width, height = self._pagesize
        left, right = PdfDocument.margin_left, width - PdfDocument.margin_right
        self.saveState()
        self.setStrokeColor(colors.HexColor("#999999"))
        self.setLineWidth(0.5)
        self.setFont(FONT, 8.5)
        top = height - 14 * mm
        self.drawString(left, top, self.info.unit_name)
        self.drawRightString(right, top, self.info.title)
        self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        self.drawString(
            left,
            bottom,
            translate("Pdf", QT_TRANSLATE_NOOP("Pdf", "Made with Färdväg {date}")).format(
                date=self.info.made_on.isoformat()
            ),
        )
        self.drawRightString(
            right,
            bottom,
            translate("Pdf", QT_TRANSLATE_NOOP("Pdf", "Page {page} of {pages}")).format(
                page=number, pages=total
            ),
        )
        self.restoreState()


class PdfDocument:
    """Page geometry as class attributes; `render` lays out a story and returns the bytes."""

    page_size = A4
    margin_left = 20 * mm
    margin_right = 20 * mm
    margin_top = 24 * mm
    margin_bottom = 22 * mm

    def __init__(self, info: DocumentInfo) -> None:
        self.info = info
        register_fonts()

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
        canvas_class = type("DocumentCanvas", (_NumberedCanvas,), {"info": self.info})
        doc.build(list(story), canvasmaker=canvas_class)
        return buffer.getvalue()


def paragraphs(style: ParagraphStyle, *items: str) -> list[Paragraph]:
    return [Paragraph(item, style) for item in items]


def plain_table_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """A table style for plain layout tables: no padding at the sides, text cells in the
    embedded font."""
    return TableStyle(
        [
            # Plain-text cells (the bullets, the gaps between fields) in the embedded font: a
            # table's default is a Helvetica the file would reference but not carry.
            ("FONT", (0, 0), (-1, -1), FONT, 10.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def written_fields(
    pairs: Sequence[tuple[str, str]],
    widths: Sequence[float],
    cell: Any,
    label: Any,
    heading: str = "",
) -> Flowable:
    """Values written on a line with their label under it: filled in, or empty to write on.
    A narrow empty column between fields breaks the line, so each reads as a field of its own."""
    gap = 5 * mm
    values: list[Any] = []
    labels: list[Any] = []
    columns: list[float] = []
    for i, ((name, value), width) in enumerate(zip(pairs, widths, strict=True)):
        if i:
            values.append("")
            labels.append("")
            columns.append(gap)
        values.append(Paragraph(text(value) or "&nbsp;", cell))
        labels.append(Paragraph(text(name), label))
        columns.append(width - (gap if i else 0))
    rows: list[list[Any]] = [values, labels]
    if heading:
        rows.insert(0, [Paragraph(text(heading), label.clone("lh", fontName=FONT_BOLD))])
    first = 1 if heading else 0
    style: list[tuple[Any, ...]] = [("TOPPADDING", (0, first), (-1, first), 6)]
    style += [
        ("LINEBELOW", (col, first), (col, first), 0.7, colors.black)
        for col in range(0, len(columns), 2)
    ]
    if heading:
        style.append(("SPAN", (0, 0), (-1, 0)))
    return Table(rows, colWidths=columns, hAlign="LEFT", style=plain_table_style(style))


def signature_block(
    people: Sequence[tuple[str, str]],
    captions: tuple[str, str, str],
    width: float,
    name_style: Any,
    cell: Any,
    label: Any,
) -> Flowable:
    """Side by side, one column per signer (a heading and a name in block letters, possibly
    filled in): signature, name, date, each a line to write on with its caption under it.
    `captions` are the signature, name and date labels."""
    gap = 10 * mm
    share = width / len(people)
    signature_label, clarification_label, date_label = captions

    def column(title: str, clarification: str) -> Table:
        rows: list[list[Any]] = [[Paragraph(text(title), name_style)]]
        for caption, value in (
            (signature_label, ""),
            (clarification_label, clarification),
            (date_label, ""),
        ):
            rows.append([Paragraph(text(value) or "&nbsp;", cell)])
            rows.append([Paragraph(text(caption), label)])
        style: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for row in (1, 3, 5):
            style += [
                ("TOPPADDING", (0, row), (-1, row), 9 * mm if row == 1 else 6 * mm),
                ("LINEBELOW", (0, row), (-1, row), 0.7, colors.black),
            ]
        return Table(rows, colWidths=[share - gap / 2], style=TableStyle(style))

    return Table(
        [[column(title, name) for title, name in people]],
        colWidths=[share] * len(people),
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), gap / 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        ),
    )

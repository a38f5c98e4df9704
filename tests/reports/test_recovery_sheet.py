"""The recovery sheet, read back with a PDF library as a printer or a viewer would."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.reports.recovery_sheet import RecoverySheet, render_recovery_sheet

KEY = "7K2M-9QFW-J8GM-F9J6-E6G7-2STH-ZKMC-AX9Z"


def sheet(unit: str = "Chansen") -> PdfReader:
    pdf = render_recovery_sheet(
        RecoverySheet(unit, "Borås stad", "register.fardvag", "ab" * 16, date(2026, 11, 22), KEY)
    )
    return PdfReader(io.BytesIO(pdf))


def fonts(reader: PdfReader) -> dict[str, bool]:
    """Each font used, and whether its program is embedded in the file."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def test_contains_the_key_and_the_unit() -> None:
    text = "".join(page.extract_text() for page in sheet().pages)
    assert KEY in text
    assert "Chansen" in text
    assert "Page 1 of 1" in text


def test_every_font_is_embedded_and_has_swedish_letters() -> None:
    reader = sheet("Enheten Åtgärd & Väg <b>")
    used = fonts(reader)
    assert used
    assert all(used.values()), used
    assert all("DejaVu" in name for name in used)
    text = reader.pages[0].extract_text()
    assert "Enheten Åtgärd & Väg <b>" in text  # shown as typed, not read as markup


def test_title_is_not_personal() -> None:
    assert sheet().metadata.title == "Recovery key"


def test_a_plain_table_cell_is_set_in_the_embedded_font() -> None:
    """A table cell holding a plain string (no Paragraph) takes the table's default font; the
    base makes that DejaVu, so no document names a Helvetica it does not carry."""
    from datetime import date

    from reportlab.platypus import Table

    from desktop.reports.pdf import DocumentInfo, PdfDocument

    data = PdfDocument(DocumentInfo("Test", "Chansen", date(2026, 12, 1))).render(
        [Table([["Åsa", "2026-12-01"], ["Bo", "—"]])]
    )
    assert b"Helvetica" not in data
    assert b"DejaVuSans" in data

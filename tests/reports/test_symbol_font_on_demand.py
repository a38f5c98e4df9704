"""The Symbola font (emoji and symbols DejaVu lacks) is read only for a text that needs it: it
adds 7 MiB to the process, and most documents never use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from datetime import date
from reportlab.pdfbase import pdfmetrics
from desktop.reports.pdf import DocumentInfo, PdfDocument, paragraphs, styles, text
s = styles()
def render(line):
    PdfDocument(DocumentInfo("Test", "Chansen", date(2026, 11, 24))).render(
        paragraphs(s["body"], text(line))
    )
render("Åsa Öberg, Ümit Çelik: ett vanligt stycke.")
print("Symbola" in pdfmetrics.getRegisteredFontNames())
render("Klar 👍🏽")
print("Symbola" in pdfmetrics.getRegisteredFontNames())
"""


def test_symbola_is_read_only_when_a_text_needs_it() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]

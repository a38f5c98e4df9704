"""What users type, as the documents print it: emoji, right-to-left scripts and combining
characters; ReportLab's markup characters (printed literally, never obeyed, never a crash);
text a spreadsheet would run as a formula (stored as text); and control characters. PDFs are
read back with pypdf (and pdffonts where installed), workbooks with openpyxl and, where it is
installed, LibreOffice."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop.core.records import Goal, GoalStatus, LifeArea, Note, NoteCategory, Responsible
from desktop.db.participants import ParticipantRepository
from desktop.reports.pdf import DocumentInfo, PdfDocument, styles, text
from desktop.reports.workbook import WorkbookBuilder
from desktop.services.consent_documents import RegisterExtractDocument
from desktop.services.exports import Document, run_export
from desktop.services.progress_documents import (
    ContractDocument,
    ProgressSheetDocument,
    ProgressWorkbookDocument,
    SheetOptions,
)
from tests.conftest import NewRegister
from tests.services.conftest import TODAY, Casebook, build_casebook

EMOJI = "Glad 😀 ☺ ✓ ♥"  # the ones the embedded DejaVu draws
# q̇ and ą́ have no precomposed form: they stay a letter and its marks (in NFC, as stored).
COMBINING = unicodedata.normalize("NFC", "Zoe\u0308 och q\u0307 och a\u0328\u0301")
RTL = "سلام שלום"  # Arabic and Hebrew
MARKUP = [
    "<b>inte fet</b>",
    "Bolag & Co",
    "<para>stycke</para>",
    "<font size=40>stor",
    "</i> ostängd <u>",
    "&amp; &lt; &#65;",
    "<br/> <img src='x'/>",
    "]]> <![CDATA[",
]
FORMULAS = ["=1+1", "+46 70 123 45 67", "-2+3", "@SUM(A1)", '=HYPERLINK("http://e.x","klicka")']
PDFS = {
    "extract": lambda book: RegisterExtractDocument(book.asa),
    "progress": lambda book: ProgressSheetDocument(book.asa, SheetOptions(include_notes=True)),
    "contract": lambda book: ContractDocument(book.asa),
}


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    made = build_casebook(new_register.register)
    people = ParticipantRepository(made.register)
    for typed in [EMOJI, COMBINING, RTL, *MARKUP, *FORMULAS]:
        people.add_note(made.asa, Note(TODAY - timedelta(days=2), NoteCategory.CONVERSATION, typed))
    people.save_goal(
        made.asa,
        Goal(
            LifeArea.WORK,
            "=2+2 <b>mål</b> & 😀",
            Responsible.PARTICIPANT,
            "",
            TODAY + timedelta(days=9),
            GoalStatus.ONGOING,
        ),
    )
    return made


def export(book: Casebook, document: Document, folder: Path, name: str) -> Path:
    return run_export(book.register, document, folder / name).path


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()), strict=True)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def cells(path: Path) -> dict[object, tuple[str, bool]]:
    """Every text cell's value, with its stored type and whether it is quoted as text."""
    found = {}
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    return found


def fonts_embedded(path: Path) -> list[tuple[str, bool]]:
    """Each font the PDF uses, and whether its file is embedded."""
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return sorted(fonts.items())


# ---------------------------------------------------------------------- scripts and emoji


@pytest.mark.parametrize("kind", sorted(PDFS))
def test_emoji_and_combining_characters_print_and_read_back_with_fonts_embedded(
    book: Casebook, tmp_path: Path, kind: str
) -> None:
    path = export(book, PDFS[kind](book), tmp_path, f"{kind}.pdf")
    printed = pdf_text(path)
    assert "😀" in printed
    if kind != "contract":  # the contract holds goals, not notes
        assert EMOJI in printed and COMBINING in printed
    assert fonts_embedded(path) and all(embedded for _, embedded in fonts_embedded(path))
    if shutil.which("pdffonts"):
        table = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = table.stdout.splitlines()[2:]
        assert rows and all(" yes yes yes " in row for row in rows), table.stdout


def test_emoji_scripts_and_combining_characters_round_trip_in_excel(
    book: Casebook, tmp_path: Path
) -> None:
    path = export(
        book,
        ProgressWorkbookDocument(book.asa, SheetOptions(include_notes=True)),
        tmp_path,
        "b.xlsx",
    )
    found = cells(path)
    for typed in (EMOJI, COMBINING, RTL):
        assert typed in found  # exactly as stored (NFC), not a look-alike


def test_emoji_outside_the_embedded_font_print_and_read_back(tmp_path: Path) -> None:
    typed = "Tummen upp 👍🏽 från 🇸🇪"
    data = PdfDocument(DocumentInfo("t", "Chansen", TODAY)).render(
        [Paragraph(text(typed), styles()["body"])]
    )
    (tmp_path / "e.pdf").write_bytes(data)
    assert typed in pdf_text(tmp_path / "e.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_right_to_left_words_print_in_reading_order(tmp_path: Path) -> None:
    """pdftotext reads what the page shows, right to left for these scripts; a word drawn in the
    wrong direction comes back reversed."""
    data = PdfDocument(DocumentInfo("t", "Chansen", TODAY)).render(
        [Paragraph(text("שלום"), styles()["body"])]
    )
    (tmp_path / "r.pdf").write_bytes(data)
    shown = subprocess.run(
        ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "שלום" in shown


# ---------------------------------------------------------------------- markup


@pytest.mark.parametrize("kind", sorted(PDFS))
def test_markup_characters_print_literally_in_every_document(
    book: Casebook, tmp_path: Path, kind: str
) -> None:
    printed = pdf_text(export(book, PDFS[kind](book), tmp_path, f"{kind}.pdf"))
    assert "=2+2 <b>mål</b> & 😀" in printed  # the goal, in all three
    if kind != "contract":
        for typed in MARKUP:
            assert " ".join(typed.split()) in printed, typed


def test_unclosed_and_nested_tags_never_stop_a_document() -> None:
    hostile = ["<b>", "<i><b>x</i>", "</para>", "<para", "&", "&#;", "<font name='Missing'>x"]
    for typed in hostile:
        data = PdfDocument(DocumentInfo(typed, typed, TODAY)).render(
            [Paragraph(text(typed), styles()["body"])]
        )
        assert data.startswith(b"%PDF")


# ---------------------------------------------------------------------- formulas


def test_formula_like_text_is_stored_as_text_in_the_progress_workbook(
    book: Casebook, tmp_path: Path
) -> None:
    path = export(
        book,
        ProgressWorkbookDocument(book.asa, SheetOptions(include_notes=True)),
        tmp_path,
        "b.xlsx",
    )
    found = cells(path)
    for typed in [*FORMULAS, "=2+2 <b>mål</b> & 😀"]:
        assert found[typed] == ("s", True), typed  # a string, shown with its quote prefix
    book_formulas = [
        c.coordinate
        for s in load_workbook(path).worksheets
        for row in s.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert book_formulas == []  # the file holds no formula at all


def test_tab_and_carriage_return_first_are_stored_as_text() -> None:
    typed = ["\t=1+2", "\r=1+2", "\n@A1", " =1+2"]
    builder = WorkbookBuilder()
    builder.add_sheet("Blad", ["Text"], [[t] for t in typed])
    sheet = load_workbook(io.BytesIO(builder.to_bytes())).active
    assert sheet is not None
    for row, value in enumerate(typed, start=2):
        # XML reads a carriage return back as a line feed; either way it is text, not a formula.
        assert sheet.cell(row=row, column=1).value == value.replace("\r", "\n")
        assert sheet.cell(row=row, column=1).data_type == "s"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_shows_the_formulas_as_typed_and_runs_none(
    book: Casebook, tmp_path: Path
) -> None:
    path = export(
        book,
        ProgressWorkbookDocument(book.asa, SheetOptions(include_notes=True)),
        tmp_path,
        "b.xlsx",
    )
    out = tmp_path / "csv"
    # Every sheet to CSV, each cell as LibreOffice shows it (a formula would show its result).
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    shown = {
        value
        for sheet in out.glob("*.csv")
        for row in csv.reader(sheet.read_text(encoding="utf-8").splitlines())
        for value in row
    }
    for typed in FORMULAS:
        assert typed in shown, typed
    assert "klicka" not in shown  # the link was not run (it would show its caption)


# ---------------------------------------------------------------------- control characters


def test_control_characters_left_in_old_text_print_as_nothing_and_workbooks_open(
    tmp_path: Path,
) -> None:
    """Text saved before the door stripped them (or by an older version) still prints: no empty
    boxes in the PDF, no refusal from the Excel writer."""
    old = "Åsa\x1b[31m Öberg\x07\x00 \u202eslut\x7f"
    data = PdfDocument(DocumentInfo("t", "Chansen", date(2026, 11, 23))).render(
        [Paragraph(text(old), styles()["body"])]
    )
    (tmp_path / "c.pdf").write_bytes(data)
    printed = pdf_text(tmp_path / "c.pdf")
    assert "Åsa[31m Öberg slut" in printed and "\x00" not in printed
    builder = WorkbookBuilder()
    builder.add_sheet("Blad", ["Namn"], [[old]])
    sheet = load_workbook(io.BytesIO(builder.to_bytes())).active
    assert sheet is not None and sheet["A2"].value == "Åsa[31m Öberg \u202eslut\x7f"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_an_arabic_name_in_a_swedish_sentence_reads_right_and_joined(tmp_path: Path) -> None:
    """The sentence stays left to right; the name in it is drawn right to left with its letters
    joined (presentation forms, which read back as the same letters)."""
    import unicodedata

    sentence = "Möte med محمد الأحمد i dag.\nשלום Åsa"
    data = PdfDocument(DocumentInfo("t", "Chansen", TODAY)).render(
        [Paragraph(text(sentence), styles()["body"])]
    )
    (tmp_path / "a.pdf").write_bytes(data)
    shown = subprocess.run(
        ["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext marks the right-to-left runs it found (U+202B … U+202C); without the marks
    # and the spacing it moves around them, the words come back in the order typed.
    read = unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e]", " ", shown)).split()
    assert read[read.index("Möte") : read.index("Möte") + 6] == [
        "Möte",
        "med",
        "محمد",
        "الأحمد",
        "i",
        "dag.",
    ]
    assert read[read.index("שלום") : read.index("שלום") + 2] == ["שלום", "Åsa"]
    assert any("\ufe70" <= c <= "\ufefc" for c in shown)  # drawn joined, not as bare letters

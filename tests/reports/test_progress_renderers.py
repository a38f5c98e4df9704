"""The progress sheet's two renderers from one fixture (issue 14): the PDF's text and the
workbook's cells hold the same figures; dates and numbers are typed cells; text with <, &, an
emoji and a leading = survives in both without breaking the PDF or becoming a formula; a long
note period paginates."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from desktop.core.progress_sheet import Period, ProgressSheet, Version, number
from desktop.core.records import Note, NoteCategory
from desktop.db.participants import ParticipantRepository
from desktop.reports.progress_pdf import render_progress_pdf
from desktop.reports.progress_xlsx import put, render_progress_xlsx, safe_text
from desktop.services.progress_documents import SheetData, SheetOptions
from tests.conftest import NewRegister
from tests.progress_data import CUTOFF, TODAY, TRICKY, VALUES, ProgressBook, build_progress_book


@pytest.fixture
def book(new_register: NewRegister) -> ProgressBook:
    return build_progress_book(new_register.register)


def sheet_of(
    book: ProgressBook, version: Version = Version.STAFF, **kwargs: object
) -> ProgressSheet:
    options = SheetOptions(version=version, include_notes=version is Version.STAFF, **kwargs)  # type: ignore[arg-type]
    return SheetData(book.register, [book.asa]).sheet(book.asa, options, TODAY)


def pdf_text(data: bytes) -> str:
    """The PDF's text with every run of white space as one space: a table cell may wrap."""
    reader = PdfReader(io.BytesIO(data), strict=True)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def cells(data: bytes) -> list[object]:
    book = load_workbook(io.BytesIO(data))
    return [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


def shown(value: object) -> str:
    """A cell's value as the PDF prints it."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return number(value, 2)
    return str(value)


@pytest.mark.parametrize("version", list(Version))
def test_the_pdf_and_the_workbook_hold_the_same_figures(
    book: ProgressBook, version: Version
) -> None:
    sheet = sheet_of(book, version)
    text = pdf_text(render_progress_pdf([sheet]))
    values = cells(render_progress_xlsx(sheet))
    in_workbook = {shown(v) for v in values if v is not None}

    figures: list[object] = [f.value for f in sheet.facts if f.value not in (None, "")]
    figures += [sheet.period.start, sheet.period.end]
    figures += [g.due for g in sheet.goals if g.due] + [g.description for g in sheet.goals]
    figures += [p.start for p in sheet.placements] + [p.end for p in sheet.placements]
    figures += [c.on for c in sheet.capital]
    figures += [c.value(code) for c in sheet.capital for code, _ in sheet.words.capitals]
    figures += [t.on for t in sheet.test_lines]
    if version is Version.STAFF:
        figures += [v for v in VALUES if v > 0] + [CUTOFF]
        figures += [p.months_done for p in sheet.placements]
    for figure in figures:
        words = shown(figure)
        assert words in text, f"{words!r} missing from the PDF"
        assert words in in_workbook, f"{words!r} missing from the workbook"
    # The figures the fixture was built with, as a reader would check them.
    assert sheet.fact("tests") == 7 and "7" in in_workbook
    assert sheet.fact("negative") == 4
    if version is Version.STAFF:
        assert sheet.fact("positive") == 2 and sheet.fact("missed") == 1
        assert "120.5" in text and 120.5 in values
    else:
        assert "120.5" not in text  # the participant's table says what was found, not values


def test_dates_and_numbers_are_typed_cells(book: ProgressBook) -> None:
    workbook = load_workbook(io.BytesIO(render_progress_xlsx(sheet_of(book))))
    tests = workbook["Tests"]
    header = [c.value for c in tests[1]]
    date_col, value_col, cutoff_col = (header.index(h) for h in ("Date", "Value", "Cut-off"))
    rows = [row for row in tests.iter_rows(min_row=2) if row[value_col].value is not None]
    assert rows
    for row in rows:
        assert isinstance(row[date_col].value, datetime)
        assert row[date_col].number_format == "yyyy-mm-dd"
        assert isinstance(row[value_col].value, int | float)  # 300.0 reads back as 300
        assert row[value_col].data_type == "n"
        assert isinstance(row[cutoff_col].value, int | float)
    overview = workbook["Overview"]
    facts = {row[0].value: row[1] for row in overview.iter_rows(min_row=2)}
    assert isinstance(facts["Tests in the period"].value, int)
    assert isinstance(facts["Enrolled since"].value, datetime)
    assert isinstance(facts["Months left of the OSA"].value, int | float)
    capital = workbook["Recovery capital"]
    assert all(isinstance(c.value, int) for c in capital[2][1:5])
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title
    assert workbook.sheetnames[:5] == ["Overview", "Plan", "Tests", "OSA", "Timeline"]
    assert len(tests._charts) == 1  # the native chart of the test values
    chart = tests._charts[0]
    assert [s.tx.strRef.f if s.tx.strRef else s.tx.v for s in chart.series] == [
        "Cannabis (THC)",
        "Cannabis (THC): Cut-off",
    ]


def test_typed_text_survives_in_both_and_never_becomes_a_formula(book: ProgressBook) -> None:
    sheet = sheet_of(book)
    pdf = render_progress_pdf([sheet])
    text = pdf_text(pdf)  # strict: a broken PDF (or ToUnicode map) raises here
    # In the goal, the note, the test comment and the check-in comment alike.
    assert text.count("<b>not bold</b>") >= 4
    assert text.count("& Co") >= 4
    assert "😀" in text
    assert "=SUM(A1)" in text

    workbook = load_workbook(io.BytesIO(render_progress_xlsx(sheet)))
    found = [
        c
        for s in workbook.worksheets
        for row in s.iter_rows()
        for c in row
        if isinstance(c.value, str) and TRICKY in c.value
    ]
    assert {c.parent.title for c in found} >= {"Plan", "Tests", "Recovery capital", "Notes"}
    for cell in found:
        assert cell.value == TRICKY
        assert cell.data_type == "s"  # text, never "f"
        assert cell.quotePrefix


@pytest.mark.parametrize(
    "typed", ['=HYPERLINK("x")', "+1+1", "-2", "@SUM(1)", "\tx", "\rx", "\nx", "\x01=1+1"]
)
def test_a_cell_that_could_be_a_formula_is_text(typed: str) -> None:
    cell = Workbook().active.cell(row=1, column=1)  # type: ignore[union-attr]
    put(cell, typed)
    assert cell.data_type == "s"
    assert cell.value == safe_text(typed)
    # Shown as typed even after editing, unless the control character that made it risky was
    # one a workbook cannot hold (replaced, so nothing risky is left).
    assert cell.quotePrefix or typed[0] == "\x01"


def test_characters_a_workbook_cannot_hold_are_replaced_not_fatal() -> None:
    assert safe_text("a\x00b\x07c\x1fd\te\nf") == "a\ufffdb\ufffdc\ufffdd\te\nf"


def test_a_long_note_period_paginates(book: ProgressBook) -> None:
    people = ParticipantRepository(book.register)
    paragraph = "Samtal om veckan, om arbetet och om boendet. " * 40
    for n in range(14):
        people.add_note(
            book.asa,
            Note(
                TODAY - timedelta(days=30 - n),
                NoteCategory.CONVERSATION,
                f"Anteckning {n}.\n\n" + paragraph + f"\n\nSlut på anteckning {n}.",
            ),
        )
    sheet = sheet_of(book)
    data = render_progress_pdf([sheet])
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 10
    text = pdf_text(data)
    for n in range(14):
        assert f"Slut på anteckning {n}." in text
    assert f"Page {pages} of {pages}" in text
    # The notes are the staff version's only, and only when asked for.
    assert "Slut på anteckning 3." not in pdf_text(
        render_progress_pdf([replace(sheet, notes=None)])
    )
    participant = sheet_of(book, Version.PARTICIPANT)
    assert participant.notes is None


def test_sheets_in_one_file_are_numbered_each_on_their_own(book: ProgressBook) -> None:
    data = SheetData(book.register, [book.asa, book.bo])
    sheets = [data.sheet(p, SheetOptions(), TODAY) for p in (book.asa, book.bo)]
    reader = PdfReader(io.BytesIO(render_progress_pdf(sheets, "Progress sheet group")))
    firsts = [p.extract_text() for p in reader.pages if "Page 1 of" in p.extract_text()]
    assert len(firsts) == 2
    assert "2026-001" in firsts[0] and "2026-002" in firsts[1]  # each page's own header
    one = render_progress_pdf(sheets[:1])
    assert len(PdfReader(io.BytesIO(one)).pages) < len(reader.pages)


def test_the_participant_version_speaks_plainly(book: ProgressBook) -> None:
    text = pdf_text(render_progress_pdf([sheet_of(book, Version.PARTICIPANT)]))
    assert "Hi Åsa!" in text
    assert "Drug-free for 5 weeks" in text  # from 2026-10-05's negative to the latest test
    assert "You have 4 months left of your OSA." in text
    assert "You have reached 1 of your 3 goals." in text
    for jargon in ("Cut-off", "Phase change", "Recovery capital", "Bos"):
        assert jargon not in text
    assert "Berglund" not in text


def test_the_staff_version_holds_nothing_of_someone_else(book: ProgressBook) -> None:
    sheet = sheet_of(book)
    text = pdf_text(render_progress_pdf([sheet]))
    values = " ".join(str(v) for v in cells(render_progress_xlsx(sheet)) if v is not None)
    for other in ("Berglund", "Bos hemlig", "777", "Cocaine"):
        assert other not in text and other not in values


def test_a_period_counts_only_what_fell_in_it(book: ProgressBook) -> None:
    sheet = sheet_of(book, period=Period(date(2026, 10, 1), date(2026, 10, 31)))
    assert [t.on for t in sheet.test_lines] == [
        date(2026, 10, 5),
        date(2026, 10, 19),
        date(2026, 10, 26),
    ]
    assert sheet.fact("tests") == 3
    assert [c.on for c in sheet.capital] == [TODAY - timedelta(days=50)]
    assert sheet.notes is not None and [n.written_on for n in sheet.notes] == [
        TODAY - timedelta(days=40)
    ]

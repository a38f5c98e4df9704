"""The printed drug-test list, read back as a printer or a viewer would: the selected people are
on it, nobody else is, and the fonts travel with the file."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.reports.test_list import TestListRow, render_test_list
from tests.reports.test_recovery_sheet import fonts

DAY = date(2026, 11, 23)
SELECTED = [
    TestListRow("Åsa Öberg", "2026-001", "Urine", "Labmedicin Väst"),
    TestListRow("Mohammed Ali", "2026-002", "Saliva", "A&B <x>"),
]


def read(rows: list[TestListRow]) -> PdfReader:
    return PdfReader(io.BytesIO(render_test_list(DAY, "Chansen", rows)))


def test_the_list_holds_the_selected_people_and_nobody_else() -> None:
    reader = read(SELECTED)
    text = "".join(page.extract_text() for page in reader.pages)
    for name, number in (("Åsa Öberg", "2026-001"), ("Mohammed Ali", "2026-002")):
        assert name in text
        assert number in text
    assert "A&B <x>" in text  # as typed, not read as markup
    assert "Cecilia" not in text  # eligible that day but not drawn: not on the list
    assert "Drug tests 2026-11-23" in text
    assert "2 to be tested" in text


def test_one_provider_is_named_once_above_the_table() -> None:
    rows = [TestListRow(f"Person {n}", f"2026-00{n}", "Urine", "Labmedicin Väst") for n in (1, 2)]
    text = read(rows).pages[0].extract_text()
    assert "Provider: Labmedicin Väst" in text
    assert text.count("Labmedicin Väst") == 1


def test_a_long_list_runs_over_pages_with_the_heading_repeated() -> None:
    rows = [
        TestListRow(f"Deltagare {n:02d}", f"2026-{n:03d}", "Urine", "Lab") for n in range(1, 41)
    ]
    reader = read(rows)
    assert len(reader.pages) > 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert all(f"Deltagare {n:02d}" in text for n in range(1, 41))
    assert "Sample id" in reader.pages[1].extract_text()


def test_an_empty_day_says_so() -> None:
    text = read([]).pages[0].extract_text()
    assert "Nobody is to be tested on this day." in text


def test_fonts_are_embedded_and_the_title_holds_no_names() -> None:
    reader = read(SELECTED)
    used = fonts(reader)
    assert used
    assert all(used.values()), used
    assert reader.metadata.title == "Drug tests 2026-11-23"

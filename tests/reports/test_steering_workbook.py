"""The steering group's workbook as openpyxl reads it back: the named sheets with a title row,
numbers stored as numbers, "<5" for small counts, native charts, text that looks like a formula
kept as text, and an existing workbook's other sheets kept in their places."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core.osa import Workplace
from desktop.core.steering import (
    SHEET_NAMES,
    SMALL,
    SteeringFigures,
    definition_rows,
    history_entry,
    sheets,
    steering_figures,
)
from desktop.reports.steering_workbook import WorkbookTexts, render_steering_workbook
from tests.core.test_steering import INPUTS, Q3, TAKEN, WORKPLACES

TEXTS = WorkbookTexts(
    title="=Chansen · period 2025-Q3",  # a unit name that starts like a formula
    note="Counts from 1 to 4 are shown as <5.",
    figure="Figure",
    definitions=("Figure", "How it is counted"),
    definitions_title="Definitions",
    history_title="History",
)
FORMULA = '=HYPERLINK("http://example.com","x")'


@pytest.fixture(scope="module")
def figures() -> SteeringFigures:
    workplaces = [*WORKPLACES, Workplace(FORMULA, WORKPLACES[0].employer_type, id=3)]
    return steering_figures(replace(INPUTS, workplaces=workplaces), Q3, TAKEN)


def render(figures: SteeringFigures, **options: object) -> bytes:
    figure_sheets = sheets(figures)
    return render_steering_workbook(
        figure_sheets,
        definition_rows(figure_sheets),
        [history_entry(figures)],
        TEXTS,
        **options,  # type: ignore[arg-type]
    )


def cell_with(sheet, text: str):  # type: ignore[no-untyped-def]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not in {sheet.title}")


def test_the_named_sheets_in_order_each_under_its_title(figures: SteeringFigures) -> None:
    book = load_workbook(io.BytesIO(render(figures)))
    assert book.sheetnames == list(SHEET_NAMES.values())
    assert book.active.title == "Sammanfattning"
    for sheet in book.worksheets:
        assert sheet["A1"].value == TEXTS.title
        assert sheet["A1"].data_type == "s"  # text, though it starts with "="
        assert sheet["A2"].value == TEXTS.note


def test_numbers_are_numbers_and_small_counts_are_hidden(figures: SteeringFigures) -> None:
    book = load_workbook(io.BytesIO(render(figures)))
    summary = book["Sammanfattning"]
    cost = cell_with(summary, "Drug-test cost, SEK")
    assert [summary.cell(cost.row, c).value for c in (2, 3, 4)] == [2600, 600, 2000]
    assert summary.cell(cost.row, 2).number_format == "#,##0"
    referrals = cell_with(summary, "Referrals")
    assert summary.cell(referrals.row, 2).value == SMALL
    share = cell_with(summary, "Share on the path (goal 50 %)")  # 3 of 4: hidden too
    assert summary.cell(share.row, 2).value == "(fewer than 5)"
    # Nothing in the workbook names a person.
    names = {p.first_name for p in INPUTS.people.values()}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not names & {str(v) for v in row}


def test_every_count_shown_when_asked(figures: SteeringFigures) -> None:
    book = load_workbook(io.BytesIO(render(figures, hide_small=False)))
    summary = book["Sammanfattning"]
    referrals = cell_with(summary, "Referrals")
    assert [summary.cell(referrals.row, c).value for c in (2, 3, 4)] == [4, 1, 3]
    share = summary.cell(cell_with(summary, "Share on the path (goal 50 %)").row, 2)
    assert (share.value, share.number_format) == (0.75, "0.0%")


def test_text_that_looks_like_a_formula_stays_text(figures: SteeringFigures) -> None:
    osa = load_workbook(io.BytesIO(render(figures)))["OSA"]
    cell = cell_with(osa, FORMULA)
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_native_charts_for_flow_outcome_and_tests(figures: SteeringFigures) -> None:
    book = load_workbook(io.BytesIO(render(figures)))
    charts = {s.title: len(s._charts) for s in book.worksheets}
    assert charts["Flöde"] == charts["Utfallsmodell"] == charts["Drogtester"] == 1
    assert sum(charts.values()) == 3


def test_definitions_and_history(figures: SteeringFigures) -> None:
    book = load_workbook(io.BytesIO(render(figures)))
    definitions = book["Definitioner"]
    names = [r[0] for r in definitions.iter_rows(min_row=7, values_only=True)]
    assert names == [name for _key, name, _text in definition_rows(sheets(figures))]
    history = book["Historik"]
    header = [c.value for c in history[6]]
    assert header[:2] == ["Figures taken on", "Period"]
    row = [c.value for c in history[7]]
    assert row[0].date() == TAKEN and row[1] == "2025-Q3"
    assert row[header.index("Drug-test cost, SEK")] == 2600


def test_an_existing_workbook_keeps_its_other_sheets_in_place(figures: SteeringFigures) -> None:
    theirs = Workbook()
    theirs.active.title = "Budget"
    theirs["Budget"]["A1"] = "Our own numbers"
    old = theirs.create_sheet("Flöde")
    old["A1"] = "last quarter's flow"
    theirs.create_sheet("Protokoll")["B2"] = 42
    buffer = io.BytesIO()
    theirs.save(buffer)
    book = load_workbook(io.BytesIO(render(figures, base=buffer.getvalue())))
    assert book.sheetnames[:3] == ["Budget", "Flöde", "Protokoll"]
    assert book["Budget"]["A1"].value == "Our own numbers"
    assert book["Protokoll"]["B2"].value == 42
    assert book["Flöde"]["A1"].value == TEXTS.title  # replaced
    assert set(SHEET_NAMES.values()) <= set(book.sheetnames)
    assert len(book.sheetnames) == len(SHEET_NAMES) + 2
    assert sum(1 for s in book.worksheets if s.sheet_view.tabSelected) == 1

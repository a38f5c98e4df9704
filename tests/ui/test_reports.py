"""Rapporter: the figures of a chosen period on screen (the evaluation's figure 5 for May 2021),
every number opening the people behind it, the workbook exported in the background and holding
exactly what the screen shows, and the cost–benefit parameters kept when changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.steering import SMALL, Unit, parse_period
from desktop.db.steering import SteeringRepository
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.models import PEOPLE_ROLE, VALUE_ROLE, SheetTableModel
from desktop.ui.reports.section import ReportsSection
from tests.conftest import NewRegister
from tests.services.test_steering import MAY_2021, evaluation_history


@pytest.fixture
def section(qtbot, new_register: NewRegister) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    register = new_register.register
    evaluation_history(register)
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.show()
    window.show_section("reports")
    reports = window.section("reports")
    assert isinstance(reports, ReportsSection)
    reports.period.set_period(MAY_2021)
    qtbot.waitUntil(lambda: reports.data is not None and not reports.busy, timeout=10_000)
    assert reports.data is not None and reports.data.figures.period == MAY_2021
    yield reports
    window.close()


def text_at(model: SheetTableModel, table: str, label: str, column: int = 1) -> str:
    return str(model.data(model.index(model.find(table, label), column)))


def test_figure_5_on_screen(section: ReportsSection) -> None:
    outcome = section.models["outcome"]
    assert text_at(outcome, "outcome", "Counted in the outcome model") == "41"
    assert text_at(outcome, "outcome", "On the path") == "20"
    assert text_at(outcome, "outcome", "Off the path, still enrolled") == "7"
    assert text_at(outcome, "outcome", "Discharged") == "14"
    assert "48.8" in text_at(outcome, "outcome", "Share on the path")
    assert "2021-05 (2021-05-01–2021-05-31)" in section.title_label.text()
    assert [section.tabs.tabText(i) for i in range(section.tabs.count())] == [
        "Sammanfattning",
        "Flöde",
        "Utfallsmodell",
        "OSA",
        "Drogtester",
        "Demografi",
        "Kostnad–nytta",
        "Definitioner",
        "Historik",
    ]


def test_a_number_opens_the_people_behind_it(qtbot, section: ReportsSection) -> None:  # type: ignore[no-untyped-def]
    outcome = section.models["outcome"]
    row = outcome.find("outcome", "Off the path, still enrolled")
    ids = outcome.data(outcome.index(row, 1), PEOPLE_ROLE)
    assert len(ids) == 7
    dialog = section.show_people(outcome, row, 1)
    assert dialog is not None
    assert dialog.list.count() == 7
    assert section.data is not None
    names = {f"{p.last_name}, {p.first_name}" for i, p in section.data.people.items() if i in ids}
    shown = {dialog.list.item(i).text().split("  (")[0] for i in range(dialog.list.count())}
    assert shown == names
    opened: list[int] = []
    section.open_person.connect(opened.append)
    dialog.list.itemActivated.emit(dialog.list.item(0))
    assert opened and opened[0] in ids
    dialog.close()
    # A number of people counted per enrolment still opens each person once.
    flow = section.models["flow"]
    row = flow.find("flow", "Enrolments")
    assert flow.data(flow.index(row, 0), Qt.ItemDataRole.ToolTipRole)  # its definition


@pytest.mark.parametrize("hide_small", [False, True])
def test_screen_and_workbook_agree(  # type: ignore[no-untyped-def]
    qtbot, section: ReportsSection, tmp_path: Path, hide_small: bool
) -> None:
    section.hide_small.setChecked(hide_small)
    out = tmp_path / "styrgrupp.xlsx"
    handle = section.export(out)
    assert handle is not None
    assert section.progress.isVisible() or handle.finished
    qtbot.waitUntil(lambda: not section.busy, timeout=10_000)
    assert "Wrote" in section.done.text()
    book = load_workbook(out)
    compared = 0
    for sheet in section.figure_sheets:
        model = section.models[sheet.key]
        rows = [r for r in book[sheet.name].iter_rows(min_row=6, values_only=True)]
        for table in sheet.tables:
            header = next(
                i for i, r in enumerate(rows) if r[0] == table.title
            )  # the table's title row in the workbook
            model_rows = model.rows_of(table.key)
            for offset, line in enumerate(table.rows):
                written = rows[header + 2 + offset]
                model_row = model_rows[offset]
                assert model.data(model.index(model_row, 0)).strip() == line.label
                assert written[0] == line.label
                for column, cell in enumerate(line.cells, start=1):
                    on_screen = model.data(model.index(model_row, column), VALUE_ROLE)
                    in_book = written[column]
                    if hide_small and cell.small():
                        assert in_book in (SMALL, "(fewer than 5)")
                        grey = model.data(
                            model.index(model_row, column), Qt.ItemDataRole.ForegroundRole
                        )
                        assert grey is not None  # greyed on screen, exact number kept
                    elif cell.unit is Unit.SHARE or isinstance(on_screen, float):
                        assert in_book == pytest.approx(on_screen)
                    else:
                        assert in_book == on_screen, (sheet.name, line.label, column)
                    compared += 1
    assert compared > 250  # every figure of every sheet


def test_export_into_their_workbook_asks_first_and_keeps_their_sheets(  # type: ignore[no-untyped-def]
    qtbot, section: ReportsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "styrgruppen.xlsx"
    theirs = Workbook()
    theirs.active.title = "Budget"
    theirs.save(path)
    questions: list[str] = []
    monkeypatch.setattr(section, "ask", lambda text: questions.append(text) or False)
    assert section.export(path) is None  # said no: nothing written
    assert load_workbook(path).sheetnames == ["Budget"]
    assert "copied to" in questions[0] and "keeps all the others" in questions[0]
    monkeypatch.setattr(section, "ask", lambda text: True)
    section.export(path)
    qtbot.waitUntil(lambda: not section.busy, timeout=10_000)
    assert load_workbook(path).sheetnames[0] == "Budget"
    assert "original was copied" in section.done.text()
    assert section.history_model.rowCount() == 3  # its title, its header, one export


def test_cost_parameters_are_changed_and_kept(qtbot, section: ReportsSection, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = section.edit_parameters()
    assert dialog is not None
    dialog.fields["participants_per_year"].setValue(10)
    dialog.accept()
    qtbot.waitUntil(lambda: not section.busy, timeout=10_000)
    assert section.register is not None
    assert SteeringRepository(section.register).parameters().participants_per_year == 10
    cost = section.models["cost"]
    assert text_at(cost, "cost", "Evaluation's computation: municipality").replace(",", "") == (
        str(10 * 327_116)
    )
    dialog = section.edit_parameters()
    assert dialog is not None
    dialog.defaults.click()
    assert dialog.parameters().participants_per_year == 20
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **_k: asked.append(a[1]) or QMessageBox.StandardButton.Discard,
    )
    dialog.reject()  # changed figures: asked first, and thrown away
    assert asked == ["Save changes?"]
    assert SteeringRepository(section.register).parameters().participants_per_year == 10


def test_the_period_chooser(qtbot, section: ReportsSection) -> None:  # type: ignore[no-untyped-def]
    chooser = section.period
    chooser.kind.setCurrentIndex(chooser.kind.findData("quarter"))
    assert chooser.period() == parse_period("2021-Q2")
    chooser.earlier.click()
    assert chooser.period() == parse_period("2021-Q1")
    chooser.kind.setCurrentIndex(chooser.kind.findData("dates"))
    assert chooser.period().since.isoformat() == "2021-01-01"
    assert chooser.since.isVisible() and not chooser.year.isVisible()
    qtbot.waitUntil(lambda: not section.busy, timeout=10_000)
    assert section.data is not None and section.data.figures.period == chooser.period()


def test_a_lock_forgets_everything(section: ReportsSection) -> None:
    section.clear()
    assert section.data is None and section.register is None
    assert all(m.rowCount() == 0 for m in section.models.values())
    assert not section.export_button.isEnabled()

"""Drogtester driven as staff would on a Monday morning: today's list is drawn on opening, the
list is printed with the selected people only, results are entered through the dialog and
show up in the participant's chart and trend, corrections mark the old entry, a past day that
nobody opened says "not drawn", and days ahead are refused."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop.core.audit import Action
from desktop.core.drugtests import (
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.drugtests import DrugTestRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.drugtests.dialogs import (
    DrugTestSettingsDialog,
    ProviderDialog,
    ResultDialog,
    ScheduleDialog,
)
from desktop.ui.drugtests.section import DayTableModel, DrugTestsSection
from desktop.ui.drugtests.tab import ResultsTableModel
from desktop.ui.participants.person_window import PersonWindow
from tests.ui.conftest import MakeApp, click, sign_in, type_into

MONDAY = date(2026, 11, 23)


def enrolled_path(start: date) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


@pytest.fixture
def monday(qtbot, make_app: MakeApp, existing_register: Path):  # type: ignore[no-untyped-def]
    """Signed in on Monday 2026-11-23 at 09:00 with two enrolled people: Åsa, tested on
    Mondays and Wednesdays, and Bo, tested on Tuesdays."""
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    # The register's clock decides "today" for the draw and the date fields, not the computer's.
    app.register._clock = lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    start = MONDAY - timedelta(days=30)
    asa, bo = ParticipantRepository(app.register).create_many(
        [
            (Person("Åsa", "Öberg"), enrolled_path(start)),
            (Person("Bo", "Berg"), enrolled_path(start)),
        ],
        today=MONDAY,
    )
    tests = DrugTestRepository(app.register)
    lab = tests.save_provider(
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE}),
            frozenset({Substance.CANNABIS, Substance.AMPHETAMINE, Substance.COCAINE}),
            (Price(date(2026, 1, 1), 850),),
        )
    )
    for person, weekdays in ((asa, {0, 2}), (bo, {1})):
        tests.save_schedule(
            Schedule(
                person.id,
                ScheduleKind.FIXED,
                start,
                weekdays=frozenset(weekdays),
                provider_id=lab.id,
            )
        )
    return app, asa.id, bo.id


def open_section(app) -> DrugTestsSection:  # type: ignore[no-untyped-def]
    app.main_window.show_section("drugtests")
    section = app.main_window.section("drugtests")
    assert isinstance(section, DrugTestsSection)
    assert section.isVisible()
    return section


def enter_cannabis(dialog: ResultDialog, qtbot, value: str, hour: int = 9) -> None:  # type: ignore[no-untyped-def]
    row = dialog.rows[Substance.CANNABIS]
    row.state.setCurrentIndex(row.state.findData(True))  # positive
    type_into(qtbot, row.value, value)
    dialog.at.setTime(dialog.at.time().fromString(f"{hour:02d}:30", "HH:mm"))
    dialog.accept()


def test_opening_the_section_draws_today_and_shows_who(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, asa, bo = monday
    tests = DrugTestRepository(app.register)
    assert tests.draw(MONDAY) is None  # signing in is not looking at the list
    section = open_section(app)
    draw = tests.draw(MONDAY)
    assert draw is not None
    assert draw.selected == (asa,)
    assert set(draw.eligible) == {asa, bo}
    assert section.model.rowCount() == 1
    row = section.model.record(0)
    assert (row.name, row.method) == ("Åsa Öberg", Method.URINE)
    assert section.model.display(row, section.model.PROVIDER) == "Labmedicin Väst"
    assert section.model.display(row, section.model.RESULT) == "No"
    assert section.state.text() == "1 of 2 with a schedule are to be tested."
    assert "Drawn at 09:00 by Anna Andersson" in section.details.text()
    assert "Opened once" in section.details.text()
    assert section.day.maximumDate().toPython() == MONDAY  # nothing ahead can be picked
    assert section.history.item(0).text().endswith("1 drawn")
    # Double-clicking the row opens the person's record.
    index = section.model.index(0, 0)
    section.table.activated.emit(index)
    assert asa in app.main_window.records


def test_the_printed_list_holds_the_selected_only(qtbot, monday, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app, _asa, _bo = monday
    section = open_section(app)
    asked: list[str] = []
    opened: list[str] = []
    target = tmp_path / "lista.pdf"

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    click(qtbot, section.print_button)
    assert Path(asked[0]).name == "provtagning-2026-11-23.pdf"  # no names in the file name
    assert opened == [str(target)]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Åsa Öberg" in text
    assert "Berg" not in text  # eligible, not drawn today
    entries = [(e.action, e.entity, e.entity_id) for e in app.register.audit_entries()]
    assert (Action.PRINT.value, "test_day", "2026-11-23") in entries


def test_results_through_the_dialog_move_the_chart_and_the_trend(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, asa, _bo = monday
    section = open_section(app)
    section.table.selectRow(0)
    click(qtbot, section.result_button)
    dialog = section.findChildren(ResultDialog)[-1]
    assert "Åsa Öberg" in dialog.who.text()
    assert dialog.chosen_provider() is not None
    # Only the provider's panel is offered; the usual urine cut-off is filled in.
    assert not dialog.rows[Substance.OPIATES].state.isVisibleTo(dialog)
    assert dialog.rows[Substance.CANNABIS].cutoff.text() == "50"
    enter_cannabis(dialog, qtbot, "120")
    assert not dialog.isVisible()
    row = section.model.record(0)
    assert section.model.display(row, section.model.RESULT).startswith("Yes")

    record = app.main_window.open_person(asa)
    assert isinstance(record, PersonWindow)
    tab = record.tests
    assert tab.model.rowCount() == 1
    assert tab.model.display(tab.model.record(0), ResultsTableModel.PRICE) == "850 kr"
    assert tab.chosen_substance() is Substance.CANNABIS
    assert tab.chart.series_names() == ["Cannabis (THC) (ng/ml)"]
    assert tab.chart.has_values()
    assert tab.verdict_text(Substance.CANNABIS) == "Too few values"

    second = tab.new_result()
    assert second is not None
    type_into(qtbot, second.rows[Substance.CANNABIS].value, "abc")
    second.accept()
    assert second.isVisible()  # refused in place, what was typed is kept
    assert second.form.errors["values"].isVisible()
    assert second.rows[Substance.CANNABIS].value.text() == "abc"
    enter_cannabis(second, qtbot, "60,5", hour=15)
    assert not second.isVisible()
    assert tab.model.rowCount() == 2
    assert tab.verdict_text(Substance.CANNABIS) == "Falling"
    assert tab.verdict.text().startswith("Falling")
    assert "60.5 ng/ml" in tab.verdict.text() or "60,5 ng/ml" in tab.verdict.text()


def test_a_correction_marks_the_old_result(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, asa, _bo = monday
    record = app.main_window.open_person(asa)
    tab = record.tests
    first = tab.new_result()
    enter_cannabis(first, qtbot, "120")
    second = tab.new_result()
    enter_cannabis(second, qtbot, "60", hour=15)
    assert tab.verdict_text(Substance.CANNABIS) == "Falling"
    tab.table.selectRow(0)  # newest first: the 60
    fix = tab.correct_selected()
    assert fix is not None
    assert fix.rows[Substance.CANNABIS].value.text() == "60"  # the old values to start from
    type_into(qtbot, fix.rows[Substance.CANNABIS].value, "200")
    fix.accept()
    assert not fix.isVisible()
    assert tab.model.rowCount() == 3  # nothing is removed
    texts = {
        tab.model.display(tab.model.record(r), ResultsTableModel.STATUS)
        for r in range(tab.model.rowCount())
    }
    assert "Corrected later" in texts
    assert "Correction of 2026-11-23" in texts
    old_row = next(
        r for r in range(tab.model.rowCount()) if tab.model.record(r).id in tab.model.corrected
    )
    colour = tab.model.data(tab.model.index(old_row, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor)
    assert tab.verdict_text(Substance.CANNABIS) == "Rising"  # 120 → 200: the correction counts


def test_a_past_day_nobody_opened_is_not_drawn_and_days_ahead_are_refused(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, _asa, _bo = monday
    section = open_section(app)
    friday = MONDAY - timedelta(days=3)
    section.show_day(friday)
    assert section.state.text() == "Not drawn: nobody opened the list that day."
    assert section.model.rowCount() == 0
    assert not section.print_button.isEnabled()
    assert DrugTestRepository(app.register).draw(friday) is None  # never back-filled
    history = [section.history.item(i).text() for i in range(section.history.count())]
    assert "Fri 2026-11-20  ·  not drawn" in history
    assert not any("2026-11-22" in line for line in history)  # a Sunday is not staffed
    section.show_day(MONDAY - timedelta(days=1))
    assert section.state.text().startswith("Not a staffed day")
    section.open_day(MONDAY + timedelta(days=1))
    assert "Days ahead are never drawn or shown" in section.state.text()
    assert section.model.rowCount() == 0
    assert DrugTestRepository(app.register).draw(MONDAY + timedelta(days=1)) is None
    click(qtbot, section.today_button)
    assert section.model.rowCount() == 1
    # Picking a day in the date field opens it once the user stops changing it.
    section.day.setDate(QDate(friday))
    qtbot.waitUntil(lambda: section.shown_day == friday, timeout=2_000)
    assert section.state.text() == "Not drawn: nobody opened the list that day."


def test_schedule_dialog_refuses_in_place_and_saves(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, _asa, bo = monday
    record = app.main_window.open_person(bo)
    tab = record.tests
    assert tab.schedule_label.text().startswith("Fixed days: Tue")
    dialog = tab.change_schedule()
    assert isinstance(dialog, ScheduleDialog)
    dialog.weekdays[1].setChecked(False)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.errors["weekdays"].isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ScheduleKind.RANDOM))
    assert dialog.target.isEnabled()
    type_into(qtbot, dialog.target, "4")
    dialog.minimum.setValue(1)
    dialog.maximum.setValue(3)
    dialog.accept()
    assert dialog.form.errors["target"].isVisible()  # 4 is above the maximum
    type_into(qtbot, dialog.target, "1,5")
    dialog.no_consecutive.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    text = tab.schedule_label.text()
    assert text.startswith("Random days: 1.5 a week") or text.startswith("Random days: 1,5 a week")
    assert "never two days in a row" in text
    assert "changed once" in text
    assert len(DrugTestRepository(app.register).schedule_history(bo)) == 2


def test_providers_keep_their_old_prices(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, _asa, _bo = monday
    section = open_section(app)
    providers = section.show_providers()
    assert providers is not None
    assert providers.model.rowCount() == 1
    dialog = providers.edit(None)
    dialog.accept()
    assert dialog.form.errors["name"].isVisible()  # no name: refused where it was typed
    type_into(qtbot, dialog.name, "Provcentralen Sjuhärad")
    dialog.price_sek.setValue(795)
    click(qtbot, dialog.add_price)
    dialog.accept()
    assert not dialog.isVisible()
    assert providers.model.rowCount() == 2
    saved = next(
        p for p in DrugTestRepository(app.register).providers() if p.name.startswith("Prov")
    )
    again = providers.edit(saved)
    assert isinstance(again, ProviderDialog)
    again.prices.setCurrentRow(0)
    assert not again.remove_price.isEnabled()  # a saved price is the record of what tests cost
    again.price_from.setDate(again.price_from.date().addDays(7))
    again.price_sek.setValue(850)
    click(qtbot, again.add_price)
    click(qtbot, again.add_price)  # the same day twice: said in place, not added
    assert again.form.errors["prices"].isVisible()
    again.accept()
    prices = next(
        p for p in DrugTestRepository(app.register).providers() if p.id == saved.id
    ).prices
    assert [p.sek for p in sorted(prices, key=lambda p: p.since)] == [795, 850]


def test_settings_for_administrators(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, _asa, _bo = monday
    section = open_section(app)
    assert section.settings_button.isVisible()
    dialog = section.show_settings()
    assert isinstance(dialog, DrugTestSettingsDialog)
    for box in dialog.weekdays.values():
        box.setChecked(False)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.errors["weekdays"].isVisible()
    for day in range(5):
        dialog.weekdays[day].setChecked(True)
    dialog.closed_day.setDate(dialog.closed_day.date().addDays(2))
    click(qtbot, dialog.add_closed)
    dialog.tolerance.setValue(20)
    dialog.accept()
    assert not dialog.isVisible()
    settings = DrugTestRepository(app.register).settings()
    assert settings.closed_days == frozenset({MONDAY + timedelta(days=2)})
    assert settings.trend_tolerance == pytest.approx(0.20)


def test_lock_empties_the_section_and_the_tab(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, asa, _bo = monday
    section = open_section(app)
    record = app.main_window.open_person(asa)
    enter_cannabis(record.tests.new_result(), qtbot, "120")
    assert record.tests.model.rowCount() == 1
    app.lock()
    assert section.model.rowCount() == 0
    assert section.history.count() == 0
    assert record.tests.model.rowCount() == 0
    assert not record.tests.chart.has_values()
    assert record.tests.schedule_label.text() == ""
    sign_in(qtbot, app)
    assert record.tests.model.rowCount() == 1  # read again from the reopened register
    assert record.tests.chart.has_values()


def test_a_past_day_shows_the_tests_recorded_that_day_even_when_not_drawn(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    """Friday was never drawn (nobody opened the list), but Bo gave a sample on suspicion and
    Åsa did not turn up: both are on Friday's list as they stand, and nothing is drawn."""
    app, asa, bo = monday
    tests = DrugTestRepository(app.register)
    friday = MONDAY - timedelta(days=3)
    lab = tests.providers()[0]
    first = tests.add_result(
        TestResult(
            bo,
            datetime(2026, 11, 20, 10, 15),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 300.0, "ng/ml", 50.0),),
            provider_id=lab.id,
        )
    )
    # A correction of the 300 to 30: the list shows what stands, the corrected value never.
    tests.add_result(
        TestResult(
            bo,
            datetime(2026, 11, 20, 10, 15),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, False, 30.0, "ng/ml", 50.0),),
            provider_id=lab.id,
            corrects=first.id,
        )
    )
    tests.add_result(TestResult(asa, datetime(2026, 11, 20, 8, 0), Method.SALIVA, Outcome.NO_SHOW))
    # A test on Thursday is not Friday's.
    tests.add_result(TestResult(asa, datetime(2026, 11, 19, 23, 59), Method.URINE, Outcome.REFUSED))

    section = open_section(app)
    section.show_day(friday)
    assert section.state.text() == "Not drawn: nobody opened the list that day."
    assert section.details.text() == "2 tests that day without being drawn."
    shown = {
        row.name: [
            section.model.display(row, c)
            for c in (
                DayTableModel.DRAWN,
                DayTableModel.METHOD,
                DayTableModel.PROVIDER,
                DayTableModel.RESULT,
            )
        ]
        for row in (section.model.record(r) for r in range(section.model.rowCount()))
    }
    assert shown == {
        "Bo Berg": [
            "No, tested anyway",
            "Urine",
            "Labmedicin Väst",
            "Yes: Cannabis (THC) negative 30 ng/ml",
        ],
        "Åsa Öberg": ["No, tested anyway", "Saliva", "", "Yes: No-show"],
    }
    assert not section.print_button.isEnabled()  # nothing was drawn to print
    assert tests.draw(friday) is None  # looking at the day never draws it afterwards

    # Today Åsa is drawn and Bo is tested on suspicion as well: both are today's tests.
    tests.add_result(
        TestResult(bo, datetime(2026, 11, 23, 8, 40), Method.URINE, Outcome.ADMITTED_USE)
    )
    click(qtbot, section.today_button)
    rows = [section.model.record(r) for r in range(section.model.rowCount())]
    assert [(r.name, r.drawn) for r in rows] == [("Åsa Öberg", True), ("Bo Berg", False)]
    assert section.model.display(rows[0], DayTableModel.DRAWN) == "Yes"
    assert section.state.text() == "1 of 2 with a schedule are to be tested."
    assert section.details.text().endswith("1 test that day without being drawn.")


def test_the_selection_stays_after_saving_a_result(qtbot, monday) -> None:  # type: ignore[no-untyped-def]
    app, _asa, bo = monday
    tests = DrugTestRepository(app.register)
    tests.add_result(
        TestResult(bo, datetime(2026, 11, 23, 8, 40), Method.URINE, Outcome.ADMITTED_USE)
    )
    section = open_section(app)
    assert section.model.rowCount() == 2
    section.table.selectRow(1)
    assert section.selected_row().person_id == bo
    click(qtbot, section.result_button)
    dialog = section.findChildren(ResultDialog)[-1]
    assert "Bo Berg" in dialog.who.text()
    enter_cannabis(dialog, qtbot, "80", hour=10)
    assert not dialog.isVisible()
    chosen = section.selected_row()
    assert chosen is not None and chosen.person_id == bo  # still Bo, with the new result
    assert "Cannabis" in section.model.display(chosen, DayTableModel.RESULT)
    assert section.result_button.isEnabled()
    # Coming back to the window (a read, not a new opening) keeps it too.
    section.refresh()
    assert section.selected_row().person_id == bo
    # Another day starts with nothing chosen.
    section.show_day(MONDAY - timedelta(days=3))
    assert section.selected_row() is None

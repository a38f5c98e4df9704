"""A record opened from a context opens at the tab for it: from the day's drug-test list at
Drogtester, from the OSA placements ending soon at OSA, from a to-do item at the tab where it is
dealt with (a missing consent at Samtycken). An open record switches to that tab."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.drugtests import Method, Price, Provider, Schedule, ScheduleKind, Substance
from desktop.core.osa import EmployerType, Placement, Workplace
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.participants.person_window import TODO_TABS, PersonWindow
from tests.ui.conftest import MakeApp, sign_in

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
def signed_in(qtbot, make_app: MakeApp, existing_register: Path):  # type: ignore[no-untyped-def]
    """Monday 2026-11-23, 09:00: Åsa, enrolled a month ago, tested on Mondays."""
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    app.register._clock = lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    start = MONDAY - timedelta(days=30)
    [asa] = ParticipantRepository(app.register).create_many(
        [(Person("Åsa", "Öberg"), enrolled_path(start))], today=MONDAY
    )
    tests = DrugTestRepository(app.register)
    lab = tests.save_provider(
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE}),
            frozenset({Substance.CANNABIS}),
            (Price(date(2026, 1, 1), 850),),
        )
    )
    tests.save_schedule(
        Schedule(asa.id, ScheduleKind.FIXED, start, weekdays=frozenset({0}), provider_id=lab.id)
    )
    return app, asa.id


def current_tab(window: PersonWindow) -> str:
    return window.tabs.tabText(window.tabs.currentIndex())


def test_from_the_days_drug_test_list_the_record_opens_at_drug_tests(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    app, asa = signed_in
    main = app.main_window
    main.show_section("drugtests")
    section = main.section("drugtests")
    assert section.model.record(0).person_id == asa
    section.table.activated.emit(section.model.index(0, 0))  # double-click or Enter on the row
    window = main.records[asa]
    assert current_tab(window) == "Drug tests"
    assert window.tabs.currentWidget() is window.tests

    window.show_tab("notes")  # the open record is brought forward at the list's tab again
    section.table.selectRow(0)
    section.open_button.click()
    assert main.records[asa] is window and current_tab(window) == "Drug tests"


def test_from_a_placement_ending_soon_the_record_opens_at_osa(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    app, asa = signed_in
    osa = OsaRepository(app.register)
    place = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=3))
    osa.save_placement(
        Placement(asa, place.id, MONDAY - timedelta(days=20), MONDAY + timedelta(days=40))
    )
    main = app.main_window
    main.show_section("osa")
    section = main.section("osa")
    section.load(app.register)
    assert section.ending.rowCount() == 1
    section.ending_table.activated.emit(section.ending.index(0, 0))
    window = main.records[asa]
    assert window.tabs.currentWidget() is window.osa
    assert current_tab(window) == "OSA"


def test_from_the_list_of_people_the_record_opens_at_its_first_tab(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    app, asa = signed_in
    main = app.main_window
    main.show_section("participants")
    section = main.section("participants")
    section.load(app.register)
    section.table.activated.emit(section.model.index(0, 0))
    assert current_tab(main.records[asa]) == "Overview"


def test_a_missing_consent_on_the_to_do_list_opens_at_consents(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    app, asa = signed_in
    main = app.main_window
    overview = main.section("overview")
    overview.load(app.register)
    qtbot.waitUntil(lambda: overview.todo.rowCount() > 0, timeout=10_000)
    rows = [overview.todo.record(r) for r in range(overview.todo.rowCount())]
    row = next(r for r, item in enumerate(rows) if item.kind == "no_sharing_consent")
    overview.todo_table.activated.emit(overview.todo.index(row, 0))
    window = main.records[asa]
    assert window.tabs.currentWidget() is window.consent_tab
    assert current_tab(window) == "Consents"


def test_every_to_do_rule_names_a_tab_the_record_has() -> None:
    from desktop.ui.participants.person_window import TABS

    assert set(TODO_TABS.values()) <= set(TABS)

"""The drug tests' to-do items: each on the right dates, and not otherwise (hand-made data)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop.core.drugtests import (
    Draw,
    DrugTestSettings,
    Method,
    Outcome,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.todo import (
    PROVIDERS,
    Severity,
    Snapshot,
    TodoItem,
    missing_schedules,
    overdue_results,
    recent_no_shows,
    rising_values,
    todo_list,
)
from tests.core.test_path import ENROLLED, REFERRAL, D, ev

PEOPLE = {1: Person("A", "A", id=1), 2: Person("B", "B", id=2), 3: Person("C", "C", id=3)}
START = D + timedelta(days=20)  # ENROLLED's enrolment: phase 1 from that day
# Discharged on 2025-02-19, before the draws and tests below.
DISCHARGED = [*ENROLLED, ev(EventKind.DISCHARGE, 40, outcome="moved", comment="")]
IN_OSA = [*ENROLLED, ev(EventKind.PHASE_CHANGE, 60, phase="osa")]


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour))


def result(
    person: int,
    day: date,
    outcome: Outcome = Outcome.RESULT,
    cannabis: float | None = None,
    *,
    rid: int | None = None,
    corrects: int | None = None,
) -> TestResult:
    values = (
        (SubstanceValue(Substance.CANNABIS, cannabis > 0, cannabis),)
        if cannabis is not None
        else ()
    )
    return TestResult(person, at(day), Method.URINE, outcome, values, id=rid, corrects=corrects)


def test_the_new_items_are_registered_after_the_old_four() -> None:
    assert PROVIDERS[4:8] == [overdue_results, recent_no_shows, rising_values, missing_schedules]


def test_a_snapshot_without_drug_tests_still_works() -> None:
    snap = Snapshot(PEOPLE, {})
    assert (snap.schedules, tuple(snap.draws), snap.test_results) == ({}, (), {})
    assert snap.drug_settings == DrugTestSettings()


# ----------------------------------------------------------------------- (a) result overdue

DRAW_DAY = date(2025, 3, 4)  # a Tuesday
DRAW = Draw(DRAW_DAY, (1, 2), (1,))


def overdue(snap: Snapshot, today: date) -> list[TodoItem]:
    return overdue_results(snap, today)


def test_selected_without_result_after_two_days() -> None:
    snap = Snapshot(PEOPLE, {1: ENROLLED, 2: ENROLLED}, draws=[DRAW])
    assert overdue(snap, DRAW_DAY) == []
    assert overdue(snap, DRAW_DAY + timedelta(days=1)) == []
    items = overdue(snap, DRAW_DAY + timedelta(days=2))
    assert items == [
        TodoItem(
            1,
            "Drawn for a test on {date}; no result yet.",
            DRAW_DAY + timedelta(days=2),
            Severity.WARNING,
            {"date": "2025-03-04"},
        )
    ]  # person 2 was eligible but not selected
    # Still there after three weeks, gone after that: older draws are not looked at.
    assert overdue(snap, DRAW_DAY + timedelta(days=21))
    assert overdue(snap, DRAW_DAY + timedelta(days=22)) == []


def test_any_result_or_outcome_that_day_or_later_answers_the_draw() -> None:
    later = DRAW_DAY + timedelta(days=5)
    for answer in (
        result(1, DRAW_DAY, cannabis=0),
        result(1, DRAW_DAY + timedelta(days=1), cannabis=120),
        result(1, DRAW_DAY, Outcome.NO_SHOW),
        result(1, DRAW_DAY, Outcome.DILUTE),
    ):
        snap = Snapshot(PEOPLE, {1: ENROLLED}, draws=[DRAW], test_results={1: [answer]})
        assert overdue(snap, later) == []
    # A test before the draw does not answer it, nor does someone else's.
    for other in (
        {1: [result(1, DRAW_DAY - timedelta(days=1), cannabis=0)]},
        {2: [result(2, DRAW_DAY, cannabis=0)]},
    ):
        snap = Snapshot(PEOPLE, {1: ENROLLED}, draws=[DRAW], test_results=other)
        assert [i.person_id for i in overdue(snap, later)] == [1]


def test_overdue_whatever_the_status() -> None:
    snap = Snapshot(PEOPLE, {1: DISCHARGED}, draws=[DRAW])
    assert [i.person_id for i in overdue(snap, DRAW_DAY + timedelta(days=3))] == [1]


# ----------------------------------------------------------------------- (b) no-show

NO_SHOW_DAY = date(2025, 3, 10)


def test_a_no_show_stays_fourteen_days() -> None:
    snap = Snapshot(
        PEOPLE, {1: DISCHARGED}, test_results={1: [result(1, NO_SHOW_DAY, Outcome.NO_SHOW)]}
    )
    assert recent_no_shows(snap, NO_SHOW_DAY - timedelta(days=1)) == []
    items = recent_no_shows(snap, NO_SHOW_DAY)
    assert items == [
        TodoItem(
            1,
            "No-show at the drug test on {date}.",
            NO_SHOW_DAY,
            Severity.WARNING,
            {"date": "2025-03-10"},
        )
    ]
    assert recent_no_shows(snap, NO_SHOW_DAY + timedelta(days=13)) == items
    assert recent_no_shows(snap, NO_SHOW_DAY + timedelta(days=14)) == []


def test_only_no_shows_and_not_a_corrected_one() -> None:
    other = [result(1, NO_SHOW_DAY, o) for o in Outcome if o is not Outcome.NO_SHOW]
    snap = Snapshot(PEOPLE, {1: ENROLLED}, test_results={1: [*other]})
    assert recent_no_shows(snap, NO_SHOW_DAY) == []
    corrected = [
        result(1, NO_SHOW_DAY, Outcome.NO_SHOW, rid=7),
        result(1, NO_SHOW_DAY, cannabis=0, rid=8, corrects=7),  # was there after all
    ]
    snap = Snapshot(PEOPLE, {1: ENROLLED}, test_results={1: corrected})
    assert recent_no_shows(snap, NO_SHOW_DAY) == []


# ----------------------------------------------------------------------- (c) rising values


def cannabis_series(person: int, *values: float) -> list[TestResult]:
    return [
        result(person, date(2025, 3, 3) + timedelta(days=7 * i), cannabis=v)
        for i, v in enumerate(values)
    ]


def test_rising_values_of_an_enrolled_person() -> None:
    rising = cannabis_series(1, 300, 150, 80, 140)
    latest = rising[-1].taken_at.date()
    snap = Snapshot(PEOPLE, {1: ENROLLED}, test_results={1: rising})
    items = rising_values(snap, latest)
    assert items == [
        TodoItem(
            1, "{substance} values are rising.", latest, Severity.WARNING, {"substance": "cannabis"}
        )
    ]
    # Before the rise was known, the values were falling: nothing.
    assert rising_values(snap, latest - timedelta(days=1)) == []


def test_falling_steady_or_drug_free_values_are_not_items() -> None:
    today = date(2025, 6, 1)
    for values in ((300, 150, 80), (100, 105), (300, 0, 0), (80,)):
        snap = Snapshot(PEOPLE, {1: ENROLLED}, test_results={1: cannabis_series(1, *values)})
        assert rising_values(snap, today) == []


def test_the_units_tolerance_decides_what_a_rise_is() -> None:
    today = date(2025, 6, 1)
    small_rise = cannabis_series(1, 100, 115)  # +15 %
    snap = Snapshot(PEOPLE, {1: ENROLLED}, test_results={1: small_rise})
    assert rising_values(snap, today)
    lenient = Snapshot(
        PEOPLE,
        {1: ENROLLED},
        test_results={1: small_rise},
        drug_settings=DrugTestSettings(trend_tolerance=0.2),
    )
    assert rising_values(lenient, today) == []


def test_rising_values_only_while_enrolled() -> None:
    today = date(2025, 6, 1)
    rising = cannabis_series(1, 100, 300)
    for path in (DISCHARGED, [REFERRAL]):
        snap = Snapshot(PEOPLE, {1: path}, test_results={1: rising})
        assert rising_values(snap, today) == []
    assert rising_values(Snapshot(PEOPLE, {}, test_results={1: rising}), today) == []


# ----------------------------------------------------------------------- (d) no schedule


def schedule(start: date, end: date | None = None, person: int = 1) -> Schedule:
    return Schedule(person, ScheduleKind.FIXED, start, end, weekdays=frozenset({0, 3}))


def known(path: list[PathEvent], *schedules: Schedule) -> Snapshot:
    """A snapshot that carries the schedules, as the repository's does."""
    return Snapshot(
        PEOPLE, {1: path}, schedules={s.person_id: s for s in schedules}, drug_tests_known=True
    )


def test_phase_one_or_two_without_a_schedule() -> None:
    snap = known(ENROLLED)
    assert missing_schedules(snap, START - timedelta(days=1)) == []  # not yet enrolled
    items = missing_schedules(snap, START)
    assert items == [
        TodoItem(
            1,
            "Enrolled in phase 1–2 without a drug-test schedule.",
            START,
            Severity.INFO,
        )
    ]
    phase_two = [*ENROLLED, ev(EventKind.PHASE_CHANGE, 40, phase="phase_2")]
    assert missing_schedules(known(phase_two), START + timedelta(days=30))


def test_not_without_the_schedules_in_the_snapshot() -> None:
    """A snapshot made without drug-test data (older callers) cannot tell; it says nothing."""
    assert missing_schedules(Snapshot(PEOPLE, {1: ENROLLED}), START) == []


def test_an_active_schedule_clears_it_and_an_ended_one_brings_it_back() -> None:
    day = START + timedelta(days=10)
    assert missing_schedules(known(ENROLLED, schedule(START)), day) == []
    ended = known(ENROLLED, schedule(START, day - timedelta(days=2)))
    assert [i.due for i in missing_schedules(ended, day)] == [day - timedelta(days=1)]
    not_yet = known(ENROLLED, schedule(day + timedelta(days=1)))
    assert [i.due for i in missing_schedules(not_yet, day)] == [START]


def test_no_schedule_item_in_other_phases_or_statuses() -> None:
    later = START + timedelta(days=50)
    for path in (IN_OSA, DISCHARGED, [REFERRAL]):
        assert missing_schedules(known(path), later) == []


def test_all_in_one_list() -> None:
    today = DRAW_DAY + timedelta(days=10)
    snap = Snapshot(
        PEOPLE,
        {1: ENROLLED, 2: ENROLLED, 3: IN_OSA},
        schedules={2: schedule(START, person=2)},
        draws=[DRAW],
        test_results={
            2: [result(2, DRAW_DAY, Outcome.NO_SHOW)],
            3: cannabis_series(3, 50, 200),
        },
        drug_tests_known=True,
    )
    items = todo_list(snap, today)
    assert sorted((i.person_id, i.message) for i in items) == [
        (1, "Drawn for a test on {date}; no result yet."),
        (1, "Enrolled in phase 1–2 without a drug-test schedule."),
        (2, "No-show at the drug test on {date}."),
        (3, "{substance} values are rising."),
    ]
    assert items[-1].severity is Severity.INFO

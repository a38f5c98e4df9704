"""Översikt's to-do list reads only the drug-test results it needs (issue 16: at 10,000 people,
reading every result ever held 1.9 GiB): every result of the people enrolled today, everyone's
recent tests, and the corrections of those. The list is the one every result would give."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from desktop.core.drugtests import (
    Method,
    Outcome,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.osa import EmployerType, EndReason, Placement, Workplace
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Goal, GoalStatus, LifeArea, Person, Responsible
from desktop.core.todo import todo_list
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.snapshot import load_snapshot
from tests.conftest import NewRegister

DRAWN = date(2026, 11, 2)  # a Monday
TODAY = date(2026, 11, 9)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9)


def intake(start: date) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


def cannabis(value: float) -> tuple[SubstanceValue, ...]:
    return (SubstanceValue(Substance.CANNABIS, True, value, "ng/ml", 50.0),)


def test_the_to_do_list_from_the_results_read_is_the_one_from_every_result(
    new_register: NewRegister,
) -> None:
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 2, 8, tzinfo=UTC)
    people = ParticipantRepository(register).create_many(
        [
            (Person("Åsa", "Öberg"), intake(date(2024, 1, 8))),
            (
                Person("Bo", "Ek"),
                [
                    *intake(date(2023, 5, 2)),
                    PathEvent(EventKind.DISCHARGE, date(2024, 6, 3), {"outcome": "private_job"}),
                ],
            ),
        ],
        today=DRAWN,
    )
    asa, bo = (p.id for p in people)
    assert asa is not None and bo is not None
    tests = DrugTestRepository(register)
    tests.save_schedule(
        Schedule(asa, ScheduleKind.FIXED, date(2024, 1, 8), weekdays=frozenset({0}))
    )
    draw = tests.open_day(DRAWN)
    assert draw is not None and draw.selected == (asa,)

    def add(result: TestResult) -> int:
        stored = tests.add_result(result)
        assert stored.id is not None
        return stored.id

    # Åsa's values rose long ago and she has not been tested since: still rising today.
    add(TestResult(asa, at(date(2025, 2, 3)), Method.URINE, values=cannabis(100.0)))
    add(TestResult(asa, at(date(2025, 6, 2)), Method.URINE, values=cannabis(240.0)))
    # A result for the draw, corrected: it was a dilute sample from a day before the draw, so
    # the draw is still unanswered.
    answer = add(TestResult(asa, at(DRAWN), Method.URINE, values=cannabis(200.0)))
    add(TestResult(asa, at(date(2026, 10, 1)), Method.URINE, Outcome.DILUTE, corrects=answer))
    # Bo, discharged: old results the list has no use for, and a no-show last week.
    for day in (date(2024, 2, 5), date(2024, 3, 4)):
        add(TestResult(bo, at(day), Method.URINE, values=cannabis(80.0)))
    add(TestResult(bo, at(date(2026, 11, 5)), Method.URINE, Outcome.NO_SHOW))

    register._clock = lambda: datetime(2026, 11, 9, 8, tzinfo=UTC)
    snapshot = load_snapshot(register)
    every: dict[int, list[TestResult]] = {}
    for result in tests.results():
        every.setdefault(result.person_id, []).append(result)
    items = todo_list(snapshot, TODAY)
    assert items == todo_list(replace(snapshot, test_results=every), TODAY)
    drug_items = sorted(
        (i.person_id, i.message) for i in items if i.params.keys() & {"date", "substance"}
    )
    assert (asa, "{substance} values are rising.") in drug_items
    assert (asa, "Drawn for a test on {date}; no result yet.") in drug_items
    assert (bo, "No-show at the drug test on {date}.") in drug_items
    # What was read: all of Åsa's, only Bo's recent one.
    assert len(snapshot.test_results[asa]) == 4
    assert [r.outcome for r in snapshot.test_results[bo]] == [Outcome.NO_SHOW]


def test_ended_placements_and_closed_goals_are_not_kept_and_the_list_is_the_same(
    new_register: NewRegister,
) -> None:
    """The snapshot keeps only the placements still planned or running and the goals still open
    (the rest is most of a unit's history): the to-do list is the one everything would give."""
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 9, 9, tzinfo=UTC)
    repository = ParticipantRepository(register)
    start = TODAY - timedelta(days=400)  # the 14-month limit falls within the coming weeks
    person_id = repository.create_many([(Person("Åsa", "Öberg"), intake(start))], today=TODAY)[0].id
    assert person_id is not None
    osa = OsaRepository(register)
    workplace = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=3))
    assert workplace.id is not None
    first = osa.save_placement(
        Placement(person_id, workplace.id, TODAY - timedelta(days=300), TODAY - timedelta(days=150))
    )
    assert first.id is not None
    osa.start_placement(first.id, TODAY - timedelta(days=300))
    osa.end_placement(first.id, TODAY - timedelta(days=150), EndReason.COMPLETED)
    running = osa.save_placement(
        Placement(person_id, workplace.id, TODAY - timedelta(days=100), TODAY + timedelta(days=60))
    )
    assert running.id is not None
    osa.start_placement(running.id, TODAY - timedelta(days=100))
    overdue = TODAY - timedelta(days=10)
    for description, status in (("Bostad", GoalStatus.DONE), ("Körkort", GoalStatus.ONGOING)):
        goal = Goal(LifeArea.HOUSING, description, Responsible.STAFF, due=overdue, status=status)
        repository.save_goal(person_id, goal)

    snapshot = load_snapshot(register)
    assert [p.id for p in snapshot.placements[person_id]] == [running.id]
    assert [g.description for g in snapshot.goals[person_id]] == ["Körkort"]
    everything = replace(
        snapshot,
        placements={person_id: osa.placements(person_id)},
        goals=repository.all_goals(),
    )
    assert len(everything.placements[person_id]) == 2 and len(everything.goals[person_id]) == 2
    items = todo_list(snapshot, TODAY)
    assert items == todo_list(everything, TODAY)
    kinds = {(i.kind, i.subject) for i in items}
    assert {
        ("no_after_osa_plan", str(running.id)),
        ("osa_past_limit", str(running.id)),
    } <= kinds
    assert [i.params["goal"] for i in items if i.kind == "goal_overdue"] == ["Körkort"]

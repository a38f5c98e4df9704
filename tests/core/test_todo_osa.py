"""The OSA to-do items (R14–R16): the after-OSA plan asked for 3 months and 1 month before the
placement ends, and a placement that runs past the 14-month limit (hand-made data)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.osa import (
    AfterOsaPlan,
    EndReason,
    NextStep,
    Placement,
    PlacementStatus,
)
from desktop.core.path import EventKind, PathEvent, participation_limit, replay
from desktop.core.records import Person
from desktop.core.todo import (
    PROVIDERS,
    Severity,
    Snapshot,
    TodoItem,
    missing_after_osa_plans,
    placements_past_limit,
    todo_list,
)
from tests.core.test_path import ENROLLED, D, ev

PEOPLE = {1: Person("A", "A", id=1), 2: Person("B", "B", id=2)}
ENROLMENT = D + timedelta(days=20)  # 2025-01-30: the 14-month limit is 2026-03-30
LIMIT = date(2026, 3, 30)
OSA_START = D + timedelta(days=60)  # 2025-03-11
IN_OSA = [*ENROLLED, ev(EventKind.PHASE_CHANGE, 60, phase="osa")]
END = date(2025, 12, 11)  # nine months in OSA, well before the limit

PLAN_MESSAGE = "OSA ends {date} and there is no plan for after OSA."
LIMIT_MESSAGE = "The OSA placement runs past the 14-month limit ({date})."


def placement(**kw: object) -> Placement:
    values: dict[str, object] = {
        "person_id": 1,
        "workplace_id": 1,
        "start": OSA_START,
        "planned_end": END,
        "status": PlacementStatus.ACTIVE,
    } | kw
    return Placement(**values)  # type: ignore[arg-type]


def snapshot(*placements: Placement, path: list[PathEvent] | None = None) -> Snapshot:
    grouped: dict[int, list[Placement]] = {}
    for p in placements:
        grouped.setdefault(p.person_id, []).append(p)
    return Snapshot(PEOPLE, {1: path if path is not None else IN_OSA}, placements=grouped)


def plan_items(snap: Snapshot, today: date) -> list[TodoItem]:
    return missing_after_osa_plans(snap, today)


def test_the_osa_items_are_registered_after_the_drug_tests() -> None:
    assert PROVIDERS[-2:] == [missing_after_osa_plans, placements_past_limit]


def test_a_snapshot_without_placements_has_no_osa_items() -> None:
    snap = Snapshot(PEOPLE, {1: IN_OSA})
    assert snap.placements == {}
    assert plan_items(snap, END) == [] and placements_past_limit(snap, END) == []


def test_the_limit_in_these_tests() -> None:
    assert participation_limit(replay(IN_OSA)) == LIMIT


# ----------------------------------------------------------------------- after-OSA plan


def test_no_item_until_three_months_before_the_end() -> None:
    snap = snapshot(placement())
    assert plan_items(snap, date(2025, 9, 10)) == []  # three months and one day before


def test_a_warning_from_three_months_before() -> None:
    snap = snapshot(placement())
    expected = TodoItem(1, PLAN_MESSAGE, END, Severity.WARNING, {"date": "2025-12-11"})
    assert plan_items(snap, date(2025, 9, 11)) == [expected]
    assert plan_items(snap, date(2025, 11, 10)) == [expected]  # a month and a day before


def test_urgent_from_one_month_before_and_after_the_end() -> None:
    snap = snapshot(placement())
    expected = TodoItem(1, PLAN_MESSAGE, END, Severity.URGENT, {"date": "2025-12-11"})
    assert plan_items(snap, date(2025, 11, 11)) == [expected]
    assert plan_items(snap, END) == [expected]
    # Still running after its planned end (not recorded as ended): still no plan, still urgent.
    assert plan_items(snap, END + timedelta(days=5)) == [expected]


def test_no_item_when_there_is_a_plan() -> None:
    planned = placement(plan=AfterOsaPlan(NextStep.JOB_SEARCH_AF, "Karin"))
    for today in (date(2025, 9, 11), date(2025, 11, 11), END):
        assert plan_items(snapshot(planned), today) == []


def test_no_item_for_an_ended_placement() -> None:
    ended = placement(
        status=PlacementStatus.ENDED, ended_on=date(2025, 11, 20), end_reason=EndReason.COMPLETED
    )
    assert plan_items(snapshot(ended), date(2025, 11, 25)) == []


def test_a_planned_placement_is_asked_for_a_plan_too() -> None:
    """A short placement not yet started can already be within three months of its end."""
    soon = placement(
        status=PlacementStatus.PLANNED, start=date(2025, 10, 1), planned_end=date(2025, 12, 31)
    )
    items = plan_items(snapshot(soon), date(2025, 10, 1))
    assert [(i.severity, i.due) for i in items] == [(Severity.WARNING, date(2025, 12, 31))]


def test_an_extension_moves_the_dates() -> None:
    extended = placement(
        extended_to=date(2026, 2, 11),
        extension_decided_on=date(2025, 10, 1),
        extension_reason="AF förlänger",
    )
    snap = snapshot(extended)
    assert plan_items(snap, date(2025, 11, 10)) == []  # a warning without the extension
    # Urgent without the extension; with it, three months before 2026-02-11.
    assert [i.severity for i in plan_items(snap, date(2025, 11, 11))] == [Severity.WARNING]
    assert [i.severity for i in plan_items(snap, date(2026, 1, 10))] == [Severity.WARNING]
    item = plan_items(snap, date(2026, 1, 11))[0]
    assert (item.due, item.severity, item.params) == (
        date(2026, 2, 11),
        Severity.URGENT,
        {"date": "2026-02-11"},
    )


def test_each_placement_and_person_separately() -> None:
    other = placement(person_id=2, planned_end=date(2026, 1, 31))
    items = plan_items(snapshot(placement(), other), date(2025, 11, 15))
    assert sorted((i.person_id, i.severity) for i in items) == [
        (1, Severity.URGENT),
        (2, Severity.WARNING),
    ]


# ----------------------------------------------------------------------- past the 14 months

LATE_OSA = [*ENROLLED, ev(EventKind.PHASE_CHANGE, 150, phase="osa")]  # 2025-06-09


def test_a_placement_running_past_the_limit() -> None:
    late = placement(start=date(2025, 6, 9), planned_end=date(2026, 6, 9))
    snap = snapshot(late, path=LATE_OSA)
    expected = TodoItem(1, LIMIT_MESSAGE, LIMIT, Severity.WARNING, {"date": "2026-03-30"})
    assert placements_past_limit(snap, date(2025, 7, 1)) == [expected]
    assert expected in todo_list(snap, date(2025, 7, 1))
    # A planned one that would run past it is just as much a problem.
    planned = placement(
        status=PlacementStatus.PLANNED, start=date(2025, 8, 1), planned_end=date(2026, 4, 1)
    )
    assert len(placements_past_limit(snapshot(planned, path=LATE_OSA), date(2025, 7, 1))) == 1


def test_no_limit_item_within_the_limit_or_once_ended() -> None:
    for end in (date(2026, 3, 1), LIMIT):  # ending on the limit day itself is within it
        shortened = placement(start=date(2025, 6, 9), planned_end=end)
        assert placements_past_limit(snapshot(shortened, path=LATE_OSA), date(2025, 7, 1)) == []
    ended = placement(
        start=date(2025, 6, 9),
        planned_end=date(2026, 6, 9),
        status=PlacementStatus.ENDED,
        ended_on=date(2025, 12, 1),
        end_reason=EndReason.ENDED_EARLY,
    )
    assert placements_past_limit(snapshot(ended, path=LATE_OSA), date(2025, 12, 2)) == []


def test_no_limit_item_for_someone_not_enrolled() -> None:
    discharged = [*LATE_OSA, ev(EventKind.DISCHARGE, 200, outcome="moved", comment="")]
    late = placement(start=date(2025, 6, 9), planned_end=date(2026, 6, 9))
    assert placements_past_limit(snapshot(late, path=discharged), date(2025, 8, 1)) == []


def test_the_whole_list_orders_the_osa_items_with_the_rest() -> None:
    snap = snapshot(placement())
    items = todo_list(snap, date(2025, 11, 11))
    assert items[0] == TodoItem(1, PLAN_MESSAGE, END, Severity.URGENT, {"date": "2025-12-11"})

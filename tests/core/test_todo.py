"""The to-do list: what this issue feeds it, on the right dates."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.path import EventKind, add_months
from desktop.core.records import FollowUp, Goal, GoalStatus, LifeArea, Person, Responsible
from desktop.core.todo import Severity, Snapshot, todo_list
from tests.core.test_path import ENROLLED, REFERRAL, D, ev

PEOPLE = {1: Person("A", "A", id=1), 2: Person("B", "B", id=2)}


def messages(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.message for i in items]


def test_fourteen_month_limit_within_sixty_days() -> None:
    limit = add_months(D + timedelta(days=20), 14)
    snap = Snapshot(PEOPLE, {1: ENROLLED})
    assert todo_list(snap, limit - timedelta(days=61)) == []
    items = todo_list(snap, limit - timedelta(days=60))
    assert len(items) == 1
    assert items[0].severity is Severity.WARNING
    assert items[0].params["date"] == limit.isoformat()
    assert todo_list(snap, limit - timedelta(days=10))[0].severity is Severity.URGENT


def test_referral_without_decision_after_fourteen_days() -> None:
    snap = Snapshot(PEOPLE, {2: [REFERRAL]})
    assert todo_list(snap, D + timedelta(days=13)) == []
    items = todo_list(snap, D + timedelta(days=14))
    assert [i.person_id for i in items] == [2]
    assert "without a decision" in items[0].message
    decided = Snapshot(
        PEOPLE, {2: [*ENROLLED[:5], ev(EventKind.DECISION, 10, enrolled=False, reason="other")]}
    )
    assert todo_list(decided, D + timedelta(days=30)) == []


def test_overdue_goals_and_due_follow_ups() -> None:
    today = date(2026, 3, 1)
    goals = {
        1: [
            Goal(
                LifeArea.HOUSING,
                "Eget boende",
                Responsible.PARTICIPANT,
                due=today - timedelta(days=1),
            ),
            Goal(
                LifeArea.ECONOMY, "Skuldsanering", Responsible.STAFF, due=today
            ),  # due today: not overdue
            Goal(
                LifeArea.WORK,
                "Klar",
                Responsible.STAFF,
                due=date(2020, 1, 1),
                status=GoalStatus.DONE,
            ),
            Goal(
                LifeArea.HEALTH,
                "Tandläkare",
                Responsible.PARTNER,
                follow_ups=(
                    FollowUp(today),
                    FollowUp(today - timedelta(days=5), done_on=today),
                    FollowUp(today + timedelta(days=1)),
                ),
            ),
        ]
    }
    items = todo_list(Snapshot(PEOPLE, {}, goals), today)
    assert sorted(messages(items)) == ["Action-plan goal overdue: {goal}", "Follow-up due: {goal}"]
    assert items[0].severity >= items[-1].severity  # most severe first


def test_the_backups_item_appears_once_a_folder_is_chosen_and_the_last_good_one_is_old() -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.core.backup import backup_status
    from desktop.core.todo import UNIT, backup_item

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    today = now.date()
    recent = backup_status("/backups", True, now - timedelta(hours=30), now)
    old = backup_status("/backups", True, now - timedelta(days=3), now)
    gone = backup_status("/backups", False, now - timedelta(hours=1), now)
    never = backup_status("/backups", True, None, now)
    not_chosen = backup_status("", False, None, now)
    assert backup_item(recent, today) is None
    assert backup_item(not_chosen, today) is None  # Översikt's status line says it instead
    for status in (old, gone, never):
        item = backup_item(status, today)
        assert item is not None and item.person_id == UNIT and item.kind == "backup"
        assert not item.overdue(today + timedelta(days=5))  # a "since", not a deadline
    item = backup_item(old, today)
    assert item is not None and item.params["date"] == "2026-11-28"

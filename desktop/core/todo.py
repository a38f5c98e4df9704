"""The to-do list: one mechanism that every part of the programme feeds with what is due.
A provider is a function from a snapshot of the register and today's date to items; later
parts (drug tests, OSA, consent) register theirs in PROVIDERS."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import DECISION_DUE_DAYS, PathEvent, Status, participation_limit, replay
from desktop.core.records import Goal, Person

LIMIT_WARNING_DAYS = 60


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    URGENT = 2


@dataclass(frozen=True)
class TodoItem:
    person_id: int
    message: str  # an English source string marked for translation ("Todo" context)
    due: date
    severity: Severity
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Snapshot:
    """What the providers read: the people, their paths and their action plans."""

    people: Mapping[int, Person]
    paths: Mapping[int, Sequence[PathEvent]]
    goals: Mapping[int, Sequence[Goal]] = field(default_factory=dict)


Provider = Callable[[Snapshot, date], list[TodoItem]]


def participation_limits(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, events in snapshot.paths.items():
        state = replay(events)
        limit = participation_limit(state)
        if limit is None or limit - today > timedelta(days=LIMIT_WARNING_DAYS):
            continue
        items.append(
            TodoItem(
                person_id,
                QT_TRANSLATE_NOOP("Todo", "The 14-month limit is reached on {date}."),
                limit,
                Severity.URGENT if limit - today <= timedelta(days=14) else Severity.WARNING,
                {"date": limit.isoformat()},
            )
        )
    return items


def overdue_goals(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, goals in snapshot.goals.items():
        for goal in goals:
            if goal.status.open and goal.due is not None and goal.due < today:
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP("Todo", "Action-plan goal overdue: {goal}"),
                        goal.due,
                        Severity.WARNING,
                        {"goal": goal.description},
                    )
                )
    return items


def follow_ups_due(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, goals in snapshot.goals.items():
        for goal in goals:
            if not goal.status.open:
                continue
            for follow_up in goal.follow_ups:
                if follow_up.done_on is None and follow_up.on <= today:
                    items.append(
                        TodoItem(
                            person_id,
                            QT_TRANSLATE_NOOP("Todo", "Follow-up due: {goal}"),
                            follow_up.on,
                            Severity.INFO,
                            {"goal": goal.description},
                        )
                    )
    return items


def undecided_referrals(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, events in snapshot.paths.items():
        state = replay(events)
        if state.status is not Status.REFERRED or state.referral_date is None:
            continue
        due = state.referral_date + timedelta(days=DECISION_DUE_DAYS)
        if due <= today:
            items.append(
                TodoItem(
                    person_id,
                    QT_TRANSLATE_NOOP("Todo", "Referral of {date} still without a decision."),
                    due,
                    Severity.WARNING,
                    {"date": state.referral_date.isoformat()},
                )
            )
    return items


PROVIDERS: list[Provider] = [
    participation_limits,
    overdue_goals,
    follow_ups_due,
    undecided_referrals,
]


def todo_list(
    snapshot: Snapshot, today: date, providers: Sequence[Provider] | None = None
) -> list[TodoItem]:
    """Everything due, most severe first, then soonest."""
    items = [item for provider in (providers or PROVIDERS) for item in provider(snapshot, today)]
    return sorted(items, key=lambda i: (-i.severity, i.due, i.person_id))

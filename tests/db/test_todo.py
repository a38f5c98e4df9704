"""Marking a to-do item handled: one transaction with its audit entry, the reason required and
never changed afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.audit import Action
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.todo import Severity, TodoItem, split_handled
from desktop.db import driver
from desktop.db.participants import ParticipantRepository
from desktop.db.todo import REASON_MAX, ReasonMissing, ReasonTooLong, TodoRepository
from tests.conftest import ADMIN, NewRegister


@pytest.fixture
def person_id(new_register: NewRegister) -> int:
    (person,) = ParticipantRepository(new_register.register).create_many(
        [
            (
                Person("Fatima", "Said"),
                [PathEvent(EventKind.REFERRAL, date(2026, 10, 1), {"referrer_type": "probation"})],
            )
        ],
        today=date(2026, 11, 30),
    )
    assert person.id is not None
    return person.id


def item(person_id: int, due: date = date(2026, 10, 15)) -> TodoItem:
    return TodoItem(
        person_id,
        "Referral of {date} still without a decision.",
        due,
        Severity.WARNING,
        {"date": "2026-10-01"},
        kind="referral_undecided",
    )


def test_a_handled_mark_is_stored_with_its_reason_and_audit_entry(
    new_register: NewRegister, person_id: int
) -> None:
    register = new_register.register
    store = TodoRepository(register)
    before = len(list(register.audit_entries()))
    mark = store.mark_handled(item(person_id), "  Decision meeting on Monday.\n")
    assert (mark.reason, mark.by, mark.key) == (
        "Decision meeting on Monday.",
        ADMIN,
        "referral_undecided:",
    )
    assert store.handled() == [mark]
    entries = list(register.audit_entries())[before:]
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("create", "todo_handled", str(mark.id))
    ]
    # The same item is off the list; the same kind with another due date is a new item.
    still_open, done = split_handled(
        [item(person_id), item(person_id, date(2026, 12, 1))], store.handled()
    )
    assert still_open == [item(person_id, date(2026, 12, 1))]
    assert list(done.values()) == [mark]


@pytest.mark.parametrize(
    ("reason", "error"),
    [("", ReasonMissing), ("   \n", ReasonMissing), ("x" * (REASON_MAX + 1), ReasonTooLong)],
)
def test_a_reason_is_required_and_bounded(
    new_register: NewRegister, person_id: int, reason: str, error: type[Exception]
) -> None:
    register = new_register.register
    before = len(list(register.audit_entries()))
    with pytest.raises(error):
        TodoRepository(register).mark_handled(item(person_id), reason)
    assert TodoRepository(register).handled() == []
    assert len(list(register.audit_entries())) == before


def test_a_reason_is_never_changed(new_register: NewRegister, person_id: int) -> None:
    register = new_register.register
    TodoRepository(register).mark_handled(item(person_id), "Called the probation officer.")
    with pytest.raises(driver.DatabaseError), register.write() as tx:
        tx.execute("UPDATE todo_handled SET reason = 'something else'")
        tx.audit(Action.UPDATE, "todo_handled", 1)
    assert TodoRepository(register).handled()[0].reason == "Called the probation officer."

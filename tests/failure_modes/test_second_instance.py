"""A second Färdväg on the same register (another PC on the share, or a second window here):
refused with who holds it, on which computer and since when; the first keeps working and
nothing it saved is touched."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import date

import pytest

from desktop.core.audit import Action
from desktop.core.errors import AppError, RegisterInUse
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Note, NoteCategory, Person
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.failure_modes.conftest import finish, start_child


def test_a_second_process_is_told_who_holds_the_register(
    new_register: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    people = ParticipantRepository(new_register.register)
    person = people.create_referral(
        Person("Åsa", "Öberg"),
        PathEvent(EventKind.REFERRAL, date(2026, 11, 2), {"referrer_type": "probation"}),
    )
    assert person.id is not None
    people.add_note(person.id, Note(date(2026, 11, 3), NoteCategory.MEETING, "Första mötet."))
    new_register.register.close()

    holder = start_child("hold", str(new_register.path), ADMIN)
    try:
        with pytest.raises(RegisterInUse) as raised:
            Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
        message = swedish(raised.value)
        assert message.startswith(f"Registret har varit öppet hos {ADMIN} på datorn ")
        assert socket.gethostname() in message
        assert "Be personen att stänga Färdväg" in message
        with pytest.raises(RegisterInUse):  # the recovery key does not get past it either
            Register.open_with_recovery_key(new_register.path, new_register.recovery_key)
    finally:
        assert holder.stdin
        holder.stdin.write("stop\n")
        holder.stdin.flush()
        finish(holder)
    assert holder.returncode == 0

    register = new_register.reopen()  # free again once the first has closed
    assert [n.text for n in ParticipantRepository(register).notes(person.id)] == ["Första mötet."]
    assert all(check.ok for check in register.verify())


def test_a_second_window_in_the_same_process_is_refused(
    new_register: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    with pytest.raises(RegisterInUse) as raised:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert "Registret har varit öppet hos" in swedish(raised.value)
    seq = new_register.register.record(Action.VIEW, "register")  # the first is not disturbed
    assert [e.seq for e in new_register.register.audit_entries()][-1] == seq

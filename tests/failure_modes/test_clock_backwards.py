"""The PC's clock moved backwards (a wrong time after a dead battery, a daylight-saving bug, a
user fixing the date): the audit log stays in the order things happened (by sequence, not by
time) and its chain verifies; consents keep the dates they were given; notes signed at the
"earlier" time sit beside the later ones, neither replacing the other."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.audit import Action
from desktop.core.records import Note, NoteCategory
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import AuditQuery
from tests.conftest import NewRegister
from tests.services.conftest import build_casebook

LATER = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the casebook's clock
EARLIER = LATER - timedelta(days=3, hours=2)


def test_the_audit_log_keeps_the_order_things_happened_in(new_register: NewRegister) -> None:
    register = new_register.register
    book = build_casebook(register)  # written at LATER
    last_before = max(e.seq for e in register.audit_entries())
    register._clock = lambda: EARLIER
    people = ParticipantRepository(register)
    people.add_note(book.asa, Note(EARLIER.date(), NoteCategory.OTHER, "Skriven med fel klocka."))
    people.open_record(book.asa)

    entries = list(register.audit_entries())
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)  # by sequence
    previous = next(e for e in entries if e.seq == last_before)
    after = [e for e in entries if e.seq > last_before]
    assert len(after) == 2 and all(e.at < previous.at for e in after)  # times went backwards
    assert after[-1].action == Action.VIEW  # the last thing done is last, whatever its time
    assert register.verify_audit_chain().intact
    assert all(check.ok for check in register.verify())
    # A search by the day the clock showed finds them, and only them.
    day = EARLIER.astimezone().date()
    on_that_day = list(register.audit_entries(AuditQuery(date_from=day, date_to=day)))
    assert {e.seq for e in on_that_day} == {e.seq for e in after}


def test_consent_dates_do_not_move_with_the_clock(new_register: NewRegister) -> None:
    register = new_register.register
    book = build_casebook(register)
    consents = ConsentRepository(register)
    before = consents.consent(book.consent_id)
    register._clock = lambda: EARLIER - timedelta(days=400)  # a year and more back
    after = consents.consent(book.consent_id)
    assert (after.given_on, after.valid_until, after.ends_on()) == (
        before.given_on,
        before.valid_until,
        before.ends_on(),
    )
    assert after.recorded_at == before.recorded_at
    # By that clock's day the consent is not yet in force: the gate asks the register's day.
    assert not consents.gate().allowed(book.asa, "ifo", {"action_plan"})
    register._clock = lambda: LATER
    assert consents.gate().allowed(book.asa, "ifo", {"action_plan"}) == {"action_plan"}


def test_a_note_signed_at_an_earlier_time_replaces_nothing(new_register: NewRegister) -> None:
    register = new_register.register
    book = build_casebook(register)
    people = ParticipantRepository(register)
    before = {n.id: n for n in people.notes(book.asa)}
    register._clock = lambda: EARLIER
    added = people.add_note(book.asa, Note(EARLIER.date(), NoteCategory.OTHER, "Fel klocka."))
    after = {n.id: n for n in people.notes(book.asa)}
    assert after.keys() == before.keys() | {added.id}
    assert all(after[i] == before[i] for i in before)  # text, signature time and author as were
    assert after[added.id].signed_at == EARLIER

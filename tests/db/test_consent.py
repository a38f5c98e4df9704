"""The consent register in the store: append-only consents and withdrawals, voids, scanned forms
inside the encrypted file, the unit's lists, and the gate over what is stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.consent import (
    INFORMATION_SHARING,
    Choice,
    Consent,
    ConsentOptions,
    GateReason,
    Withdrawal,
    WithdrawalMethod,
)
from desktop.core.errors import AppError
from desktop.core.path import DischargeOutcome, EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.settings import FieldError
from desktop.db import driver
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from tests.conftest import NewRegister

TODAY = date(2026, 11, 23)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


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
def setup(new_register: NewRegister):  # type: ignore[no-untyped-def]
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    people = ParticipantRepository(register)
    start = TODAY - timedelta(days=120)
    made = people.create_many(
        [
            (Person("Åsa", "Öberg"), enrolled_path(start)),
            (Person("Bo", "Berg"), enrolled_path(start)),
        ],
        today=TODAY,
    )
    return ConsentRepository(register), people, made[0].id, made[1].id


def consent(person_id: int, **changes: object) -> Consent:
    values: dict[str, object] = {
        "person_id": person_id,
        "kind": INFORMATION_SHARING,
        "units": frozenset({"ifo", "income_support"}),
        "categories": frozenset({"action_plan"}),
        "given_on": TODAY - timedelta(days=10),
        "valid_until": TODAY + timedelta(days=200),
        "purpose": "Etablering på arbetsmarknaden",
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_a_consent_is_stored_read_back_and_audited(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, bo = setup
    saved = repo.add(consent(asa, description_handed_over=True, note="Läste igenom tillsammans"))
    assert saved.id is not None and saved.recorded_by == "anna"
    (read,) = repo.consents(asa)
    assert read.units == {"ifo", "income_support"} and read.description_handed_over
    assert read.note == "Läste igenom tillsammans" and read.withdrawal is None
    assert repo.consents(bo) == []
    entries = list(repo.register.audit_entries())
    assert (entries[-1].action, entries[-1].entity, entries[-1].entity_id) == (
        "create",
        "consent",
        str(saved.id),
    )
    assert "Öberg" not in repr(entries)


def test_beyond_twelve_months_is_refused_and_nothing_is_stored(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    given = TODAY - timedelta(days=10)
    with pytest.raises(FieldError) as raised:
        repo.add(consent(asa, given_on=given, valid_until=given + timedelta(days=400)))
    assert raised.value.field == "valid_until"
    assert repo.consents(asa) == []


def test_withdrawal_takes_effect_at_once_and_keeps_the_consent(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    saved = repo.add(consent(asa))
    assert repo.gate().decide(asa, "ifo", "action_plan").allowed
    withdrawn = repo.withdraw(saved.id, Withdrawal(TODAY, WithdrawalMethod.PHONE, "Ringde"))
    assert withdrawn.withdrawal is not None and withdrawn.withdrawal.recorded_by == "anna"
    decision = repo.gate().decide(asa, "ifo", "action_plan")
    assert (decision.allowed, decision.reason) == (False, GateReason.WITHDRAWN)
    (kept,) = repo.consents(asa)
    assert kept.withdrawal is not None and kept.withdrawal.on == TODAY
    with pytest.raises(FieldError):
        repo.withdraw(saved.id, Withdrawal(TODAY, WithdrawalMethod.PHONE))


def test_consents_and_the_log_cannot_be_changed_behind_the_program_s_back(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    saved = repo.add(consent(asa))
    with repo.register.read() as conn:
        for sql in (
            "UPDATE consents SET valid_until = '2030-01-01'",
            "DELETE FROM consents",
        ):
            with pytest.raises(driver.DatabaseError):
                conn.execute(sql)
    assert repo.consent(saved.id).valid_until == saved.valid_until


def test_a_mistaken_consent_is_voided_not_deleted(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    saved = repo.add(consent(asa))
    with pytest.raises(AppError):
        repo.void(saved.id, "  ")
    repo.void(saved.id, "Fel person")
    assert repo.consents(asa) == []
    assert not repo.gate().decide(asa, "ifo", "action_plan").allowed
    with repo.register.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM consents").fetchone()[0] == 1


def test_a_discharge_ends_the_consent(setup) -> None:  # type: ignore[no-untyped-def]
    repo, people, asa, _bo = setup
    repo.add(consent(asa))
    yesterday = TODAY - timedelta(days=1)
    people.add_event(
        asa, PathEvent(EventKind.DISCHARGE, yesterday, {"outcome": DischargeOutcome.STUDIES.value})
    )
    assert repo.discharge_days([asa]) == {asa: [yesterday]}
    decision = repo.gate().decide(asa, "ifo", "action_plan")
    assert (decision.allowed, decision.reason) == (False, GateReason.CASE_CLOSED)
    assert repo.gate(yesterday).decide(asa, "ifo", "action_plan").allowed


def test_a_scanned_form_lives_inside_the_register(setup, new_register: NewRegister) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    saved = repo.add(consent(asa))
    info = repo.attach(saved.id, r"C:\Users\anna\Skannat\samtycke.PNG", PNG)
    assert (info.file_name, info.media_type, info.size) == ("samtycke.PNG", "image/png", len(PNG))
    assert repo.consent(saved.id).attachments == 1
    assert repo.attachment_data(info.id) == PNG
    assert repo.register.audit_entries().__next__() is not None
    assert list(repo.register.audit_entries())[-1].action == "view"
    # nothing of it in the folder beside the register, and not in the file in the clear
    folder = new_register.path.parent
    assert {p.name for p in folder.iterdir()} <= {
        new_register.path.name,
        new_register.path.name + "-wal",
        new_register.path.name + "-shm",
        new_register.path.name + ".keys",
        new_register.path.name + ".keys.bak",
        new_register.path.name + ".anchor",
        new_register.path.name + ".lock",
        new_register.path.name + ".signin",
    }
    repo.register.close()
    for path in folder.iterdir():
        assert b"IHDR" not in path.read_bytes()


@pytest.mark.parametrize(
    ("name", "data"),
    [("blankett.docx", b"x"), ("blankett.pdf", b""), ("blankett", b"x")],
)
def test_attachments_that_are_refused(setup, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    saved = repo.add(consent(asa))
    with pytest.raises(AppError):
        repo.attach(saved.id, name, data)
    assert repo.attachments(saved.id) == []


def test_the_unit_s_lists_are_a_setting_and_used_entries_stay(setup) -> None:  # type: ignore[no-untyped-def]
    repo, _people, asa, _bo = setup
    assert repo.options() == ConsentOptions()
    extended = ConsentOptions(units=(*ConsentOptions().units, Choice("", "Krami")))
    saved = repo.save_options(extended)
    assert repo.options().units[-1] == Choice("krami", "Krami")
    repo.add(consent(asa, units=frozenset({"krami"})))
    without_krami = ConsentOptions(units=saved.units[:-1])
    with pytest.raises(AppError):
        repo.save_options(without_krami)
    inactive = ConsentOptions(units=(*saved.units[:-1], Choice("krami", "Krami", active=False)))
    assert repo.save_options(inactive).units[-1].active is False
    assert repo.options().unit_label("krami") == "Krami"

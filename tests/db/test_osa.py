"""Placements in the register move the participant along the path, in one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.osa import (
    ContactKind,
    EmployerType,
    EndReason,
    FollowUpContact,
    Placement,
    PlacementStatus,
    Workplace,
)
from desktop.core.path import DischargeOutcome, EventKind, PathError, PathEvent, Phase, Status
from desktop.core.records import Person
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from tests.conftest import NewRegister

TODAY = date(2026, 11, 23)


@pytest.fixture
def setup(new_register: NewRegister):  # type: ignore[no-untyped-def]
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    people = ParticipantRepository(register)
    start = TODAY - timedelta(days=120)
    path = [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
        PathEvent(EventKind.PHASE_CHANGE, start + timedelta(days=60), {"phase": "phase_2"}),
    ]
    person = people.create_many([(Person("Åsa", "Öberg"), path)], today=TODAY)[0]
    osa = OsaRepository(register)
    workplace = osa.save_workplace(
        Workplace("Återbruket", EmployerType.MUNICIPAL, org_number="212000-1355", places=3)
    )
    return osa, people, person.id, workplace.id


def test_start_and_end_move_the_participant_along_the_path(setup) -> None:  # type: ignore[no-untyped-def]
    osa, people, person_id, workplace_id = setup
    planned = osa.save_placement(
        Placement(person_id, workplace_id, TODAY - timedelta(days=10), TODAY + timedelta(days=300))
    )
    assert people.get(person_id).phase is Phase.PHASE_2
    osa.start_placement(planned.id)
    assert people.get(person_id).phase is Phase.OSA
    osa.add_contact(
        planned.id, FollowUpContact(TODAY - timedelta(days=2), ContactKind.VISIT, "Trivs bra")
    )
    assert [c.note for c in osa.placement(planned.id).contacts] == ["Trivs bra"]
    ended = osa.end_placement(planned.id, TODAY, EndReason.COMPLETED)
    assert ended.status is PlacementStatus.ENDED
    assert people.get(person_id).phase is Phase.AFTER_OSA


def test_ending_with_a_discharge(setup) -> None:  # type: ignore[no-untyped-def]
    osa, people, person_id, workplace_id = setup
    planned = osa.save_placement(
        Placement(person_id, workplace_id, TODAY - timedelta(days=10), TODAY + timedelta(days=300))
    )
    osa.start_placement(planned.id)
    osa.end_placement(
        planned.id,
        TODAY,
        EndReason.ENDED_EARLY,
        "Slutade komma",
        discharge=DischargeOutcome.UNREACHABLE,
    )
    assert people.get(person_id).status is Status.DISCHARGED


def test_a_refused_step_leaves_the_placement_as_it_was(setup) -> None:  # type: ignore[no-untyped-def]
    osa, people, person_id, workplace_id = setup
    early = osa.save_placement(
        Placement(person_id, workplace_id, TODAY - timedelta(days=200), TODAY + timedelta(days=100))
    )
    with pytest.raises(PathError):  # before the latest step on the path
        osa.start_placement(early.id)
    assert osa.placement(early.id).status is PlacementStatus.PLANNED
    assert people.get(person_id).phase is Phase.PHASE_2


def test_workplace_names_are_unique(setup) -> None:  # type: ignore[no-untyped-def]
    osa, _, _, _ = setup
    with pytest.raises(Exception, match="already a workplace"):
        osa.save_workplace(Workplace("Återbruket", EmployerType.NON_PROFIT))

"""A register with two people who have a bit of everything (path, plan, notes, contacts, capital,
drug tests, OSA, consents), in the same group: enough to see that a document about one of them
holds all of theirs and none of the other's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.consent import Consent, ConsentForm, Withdrawal, WithdrawalMethod
from desktop.core.drugtests import (
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.osa import (
    AfCoding,
    AfterOsaPlan,
    CodingDecision,
    ContactKind,
    EmployerType,
    FollowUpContact,
    NextStep,
    Placement,
    Workplace,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import (
    CapitalCheckin,
    Contact,
    ContactRole,
    FollowUp,
    Goal,
    GoalStatus,
    Group,
    LifeArea,
    Need,
    Note,
    NoteCategory,
    Person,
    Responsible,
)
from desktop.core.settings import UnitSettings
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import save_settings
from tests.conftest import NewRegister

TODAY = date(2026, 11, 23)
START = TODAY - timedelta(days=200)
# User text that must come out as typed: markup characters, an emoji, a spreadsheet formula.
TRICKY = "=SUM(A1) <b>not bold</b> & Co 😀"


@dataclass
class Casebook:
    register: Register
    asa: int  # the person the documents are about
    bo: int  # someone else in the same group
    consent_id: int  # Åsa's consent in force
    withdrawn_id: int  # Åsa's withdrawn consent
    asa_notes: list[str]
    bo_notes: list[str]


def _path(group_id: int) -> list[PathEvent]:
    return [
        PathEvent(
            EventKind.REFERRAL,
            START,
            {"referrer_type": "probation", "referrer_name": "Frivården Borås", "reason": "Arbete"},
        ),
        PathEvent(EventKind.SECURITY_CONSENT, START + timedelta(days=1)),
        PathEvent(EventKind.SECURITY_RESULT, START + timedelta(days=3), {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, START + timedelta(days=5), {"staff": "anna"}),
        PathEvent(EventKind.DECISION, START + timedelta(days=6), {"enrolled": True}),
        PathEvent(
            EventKind.ENROLMENT,
            START + timedelta(days=8),
            {"contract_signed": True, "group_id": group_id},
        ),
    ]


def build_casebook(register: Register) -> Casebook:
    register._clock = lambda: datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    people = ParticipantRepository(register)
    group = people.create_group(Group("Vårgruppen 2026", START))
    assert group.id is not None
    asa, bo = people.create_many(
        [
            (
                Person(
                    "Åsa",
                    "Öberg",
                    personnummer="19900101-2393",
                    phone="070-123 45 67",
                    responsible="anna",
                    needs=frozenset({Need.HOUSING, Need.DEBT}),
                ),
                _path(group.id),
            ),
            (Person("Bo", "Berglund", personnummer="19850515-1236"), _path(group.id)),
        ],
        today=TODAY,
    )
    assert asa.id is not None and bo.id is not None
    # A step taken back: it stays, voided.
    people.add_event(
        asa.id, PathEvent(EventKind.PHASE_CHANGE, START + timedelta(days=40), {"phase": "support"})
    )
    people.void_last_event(asa.id)
    people.add_event(
        asa.id, PathEvent(EventKind.PHASE_CHANGE, START + timedelta(days=60), {"phase": "phase_2"})
    )

    people.save_goal(
        asa.id,
        Goal(
            LifeArea.HOUSING,
            "Eget förstahandskontrakt",
            Responsible.PARTNER,
            "IFO",
            TODAY + timedelta(days=60),
            GoalStatus.ONGOING,
            (FollowUp(TODAY - timedelta(days=20), TODAY - timedelta(days=19)),),
        ),
    )
    asa_notes = [f"Åsas samtal nummer {n}: planerade veckan." for n in range(1, 4)] + [TRICKY]
    stored = [
        people.add_note(
            asa.id, Note(TODAY - timedelta(days=30 - n), NoteCategory.CONVERSATION, text)
        )
        for n, text in enumerate(asa_notes)
    ]
    asa_notes.append("Rättelse: samtal nummer 2 var ett telefonsamtal.")
    people.add_note(
        asa.id,
        Note(TODAY - timedelta(days=5), NoteCategory.OTHER, asa_notes[-1], corrects=stored[1].id),
    )
    people.save_contact(
        asa.id, Contact(ContactRole.AF_OFFICER, "Karin Handläggare", "AF Borås", "010-486 00 00")
    )
    people.add_checkin(
        asa.id, CapitalCheckin(TODAY - timedelta(days=10), 3, 4, 2, 3, "Bättre sömn")
    )

    bo_notes = ["Bos hemliga anteckning om skulderna.", "Bo kom inte på mötet."]
    for n, text in enumerate(bo_notes):
        people.add_note(bo.id, Note(TODAY - timedelta(days=12 - n), NoteCategory.MEETING, text))
    people.save_contact(bo.id, Contact(ContactRole.PROBATION_OFFICER, "Olle Frivårdsson"))

    tests = DrugTestRepository(register)
    provider = tests.save_provider(
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE}),
            frozenset({Substance.CANNABIS}),
            (Price(date(2026, 1, 1), 850),),
        )
    )
    tests.save_schedule(
        Schedule(
            asa.id, ScheduleKind.FIXED, START, weekdays=frozenset({0, 2}), provider_id=provider.id
        )
    )
    first = tests.add_result(
        TestResult(
            asa.id,
            datetime(2026, 10, 5, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 300.0, "ng/ml", 50.0),),
            provider_id=provider.id,
            sample_id="ASA-001",
        )
    )
    tests.add_result(
        TestResult(
            asa.id,
            datetime(2026, 10, 5, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 30.0, "ng/ml", 50.0),),
            provider_id=provider.id,
            sample_id="ASA-001B",
            comment="Fel värde inskrivet",
            corrects=first.id,
        )
    )
    tests.add_result(TestResult(asa.id, datetime(2026, 11, 2, 9), Method.URINE, Outcome.NO_SHOW))
    tests.add_result(
        TestResult(
            bo.id,
            datetime(2026, 11, 3, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, False),),
            sample_id="BO-SECRET-77",
        )
    )

    osa = OsaRepository(register)
    workplace = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=3))
    assert workplace.id is not None
    osa.save_coding(
        AfCoding(
            asa.id,
            TODAY - timedelta(days=100),
            {},
            CodingDecision.GRANTED,
            TODAY - timedelta(days=90),
            "Karin",
        )
    )
    placement = osa.save_placement(
        Placement(asa.id, workplace.id, TODAY - timedelta(days=30), TODAY + timedelta(days=300))
    )
    assert placement.id is not None
    osa.start_placement(placement.id)
    osa.add_contact(
        placement.id, FollowUpContact(TODAY - timedelta(days=3), ContactKind.VISIT, "Trivs bra")
    )
    osa.save_plan(placement.id, AfterOsaPlan(NextStep.JOB_SEARCH_AF, "Karin"))

    consents = ConsentRepository(register)
    in_force = consents.add(
        Consent(
            asa.id,
            "information_sharing",
            frozenset({"af", "ifo"}),
            frozenset({"action_plan", "osa"}),
            TODAY - timedelta(days=50),
            TODAY + timedelta(days=200),
            ConsentForm.WRITTEN,
            "Att komma ut i arbete genom Chansen",
            description_handed_over=True,
        )
    )
    assert in_force.id is not None
    consents.attach(in_force.id, "samtycke-skannat.pdf", b"%PDF-1.4 fake scan" * 100)
    withdrawn = consents.add(
        Consent(
            asa.id,
            "security_check",
            frozenset({"security_centre"}),
            frozenset({"criminal_records"}),
            TODAY - timedelta(days=190),
            TODAY + timedelta(days=100),
            ConsentForm.ORAL,
            "Säkerhetskontroll",
        )
    )
    assert withdrawn.id is not None
    consents.withdraw(
        withdrawn.id, Withdrawal(TODAY - timedelta(days=20), WithdrawalMethod.PHONE, "Ringde")
    )
    mistake = consents.add(
        Consent(
            asa.id,
            "information_sharing",
            frozenset({"frivarden"}),
            frozenset({"sentence_plan"}),
            TODAY - timedelta(days=40),
            TODAY + timedelta(days=40),
            purpose="Fel person",
        )
    )
    assert mistake.id is not None
    consents.void(mistake.id, "Fel person vald")
    consents.add(
        Consent(
            bo.id,
            "information_sharing",
            frozenset({"frivarden"}),
            frozenset({"sentence_plan"}),
            TODAY - timedelta(days=10),
            TODAY + timedelta(days=100),
            purpose="Bos eget syfte",
        )
    )
    people.open_record(asa.id)  # a view, for the audit-log section
    return Casebook(register, asa.id, bo.id, in_force.id, withdrawn.id, asa_notes, bo_notes)


@pytest.fixture
def casebook(new_register: NewRegister) -> Casebook:
    return build_casebook(new_register.register)

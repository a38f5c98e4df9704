"""One register for the progress-sheet tests (issue 14): Åsa, enrolled and in OSA, with a bit of
everything the sheet shows, and text that must come out as typed (markup characters, an emoji,
a spreadsheet formula) in a goal, a note, a test comment and a check-in; and Bo in the same
group, whose data must never show on Åsa's sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop.core.consent import Consent, ConsentForm
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
from desktop.core.osa import AfterOsaPlan, EmployerType, NextStep, Placement, Workplace
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import (
    CapitalCheckin,
    FollowUp,
    Goal,
    GoalStatus,
    Group,
    LifeArea,
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

TODAY = date(2026, 11, 23)
START = date(2026, 6, 1)  # Åsa's referral; enrolled eight days later
TRICKY = "=SUM(A1) <b>not bold</b> & Co 😀"
VALUES = (300.0, 120.5, 30.0)  # Åsa's cannabis values, ng/ml, cut-off 50 (the last negative)
CUTOFF = 50.0


@dataclass
class ProgressBook:
    register: Register
    asa: int
    bo: int
    group_id: int
    bo_secret: str


def _path(start: date, group_id: int) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start + timedelta(days=1)),
        PathEvent(EventKind.SECURITY_RESULT, start + timedelta(days=2), {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start + timedelta(days=3), {"staff": "anna"}),
        PathEvent(EventKind.DECISION, start + timedelta(days=4), {"enrolled": True}),
        PathEvent(
            EventKind.ENROLMENT,
            start + timedelta(days=8),
            {"contract_signed": True, "group_id": group_id},
        ),
    ]


def build_progress_book(register: Register) -> ProgressBook:
    register._clock = lambda: datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    save_settings(
        register, UnitSettings(unit_name="Chansen", municipality="Borås stad", language="en")
    )
    people = ParticipantRepository(register)
    group = people.create_group(Group("Vårgruppen 2026", START))
    assert group.id is not None
    asa, bo = people.create_many(
        [
            (
                Person("Åsa", "Öberg", personnummer="19900101-2393", responsible="anna"),
                _path(START, group.id),
            ),
            (Person("Bo", "Berglund", personnummer="19850515-1236"), _path(START, group.id)),
        ],
        today=TODAY,
    )
    assert asa.id is not None and bo.id is not None
    people.add_event(
        asa.id, PathEvent(EventKind.PHASE_CHANGE, START + timedelta(days=60), {"phase": "phase_2"})
    )

    people.save_goal(
        asa.id,
        Goal(
            LifeArea.HOUSING,
            TRICKY,
            Responsible.PARTNER,
            "IFO",
            TODAY + timedelta(days=60),
            GoalStatus.ONGOING,
            (FollowUp(TODAY + timedelta(days=7)),),
        ),
    )
    people.save_goal(
        asa.id,
        Goal(
            LifeArea.ECONOMY,
            "Kontakt med budget- och skuldrådgivningen",
            Responsible.STAFF,
            due=TODAY - timedelta(days=30),
            status=GoalStatus.DONE,
        ),
    )
    people.save_goal(
        asa.id,
        Goal(
            LifeArea.HEALTH,
            "Tandläkarbesök",
            Responsible.PARTICIPANT,
            due=TODAY + timedelta(days=20),
        ),
    )
    first = people.add_note(
        asa.id, Note(TODAY - timedelta(days=40), NoteCategory.CONVERSATION, "Första samtalet.")
    )
    people.add_note(asa.id, Note(TODAY - timedelta(days=20), NoteCategory.MEETING, TRICKY))
    people.add_note(
        asa.id,
        Note(
            TODAY - timedelta(days=10),
            NoteCategory.OTHER,
            "Rättelse: det var ett telefonsamtal.",
            corrects=first.id,
        ),
    )
    for offset, values, comment in (
        (100, (2, 2, 1, 3), "Start"),
        (50, (3, 2, 2, 3), TRICKY),
        (5, (4, 3, 3, 4), "Trivs på jobbet"),
    ):
        people.add_checkin(
            asa.id, CapitalCheckin(TODAY - timedelta(days=offset), *values, comment=comment)
        )
    people.add_note(bo.id, Note(TODAY - timedelta(days=3), NoteCategory.MEETING, "Bos hemlighet"))

    tests = DrugTestRepository(register)
    provider = tests.save_provider(
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE}),
            frozenset({Substance.CANNABIS, Substance.AMPHETAMINE}),
            (Price(date(2026, 1, 1), 850),),
        )
    )
    tests.save_schedule(
        Schedule(
            asa.id, ScheduleKind.FIXED, START, weekdays=frozenset({0, 3}), provider_id=provider.id
        )
    )
    taken = (datetime(2026, 9, 7, 9), datetime(2026, 9, 21, 9), datetime(2026, 10, 5, 9))
    for n, value in enumerate(VALUES):
        tests.add_result(
            TestResult(
                asa.id,
                taken[n],
                Method.URINE,
                values=(
                    SubstanceValue(Substance.CANNABIS, value > CUTOFF, value, "ng/ml", CUTOFF),
                    SubstanceValue(Substance.AMPHETAMINE, False, None, "ng/ml", 200.0),
                ),
                provider_id=provider.id,
                comment=TRICKY if n == 1 else "",
            )
        )
    tests.add_result(TestResult(asa.id, datetime(2026, 10, 19, 9), Method.URINE, Outcome.NO_SHOW))
    for day in (26, 2, 9):
        month = 10 if day == 26 else 11
        tests.add_result(
            TestResult(
                asa.id,
                datetime(2026, month, day, 9),
                Method.URINE,
                values=(SubstanceValue(Substance.CANNABIS, False, None, "ng/ml", CUTOFF),),
            )
        )
    tests.add_result(
        TestResult(
            bo.id,
            datetime(2026, 11, 3, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.COCAINE, True, 777.0, "ng/ml", 150.0),),
            comment="Bos hemliga prov",
        )
    )

    osa = OsaRepository(register)
    workplace = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=3))
    assert workplace.id is not None
    placement = osa.save_placement(
        Placement(asa.id, workplace.id, TODAY - timedelta(days=30), TODAY + timedelta(days=122))
    )
    assert placement.id is not None
    osa.start_placement(placement.id)
    osa.save_plan(placement.id, AfterOsaPlan(NextStep.JOB_SEARCH_AF, "Karin"))

    ConsentRepository(register).add(
        Consent(
            asa.id,
            "information_sharing",
            frozenset({"af", "ifo"}),
            frozenset({"action_plan", "osa"}),
            TODAY - timedelta(days=50),
            TODAY + timedelta(days=200),
            ConsentForm.WRITTEN,
            "Att komma ut i arbete genom Chansen",
        )
    )
    return ProgressBook(register, asa.id, bo.id, group.id, "Bos hemlig")

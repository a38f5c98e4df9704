"""The demo register: about forty fictitious people over two years; the same date, the same data."""

from __future__ import annotations

import contextlib
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from pathlib import Path
from typing import Any

from stdnum import luhn

from desktop.core.accounts import Role
from desktop.core.ambassadors import Ambassador
from desktop.core.audit import Action
from desktop.core.consent import (
    DATA_SUBJECT,
    INFORMATION_SHARING,
    SECURITY_CHECK,
    SUGGESTED,
    Consent,
    ConsentForm,
    Disclosure,
    Withdrawal,
    WithdrawalMethod,
    last_valid_day,
)
from desktop.core.drugtests import (
    DrugTestSettings,
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
    staffed_days_of_week,
)
from desktop.core.osa import (
    DEFAULT_CERTIFICATES,
    OSA_MONTHS,
    AfCoding,
    AfterOsaPlan,
    CodingDecision,
    ContactKind,
    EmployerType,
    EndReason,
    FollowUpContact,
    NextStep,
    Placement,
    PlacementStatus,
    Workplace,
)
from desktop.core.path import (
    PARTICIPATION_MONTHS,
    Criterion,
    CriterionStatus,
    DischargeOutcome,
    EnrolmentPeriod,
    EventKind,
    NotEnrolledReason,
    PathEvent,
    PathState,
    Phase,
    ReferrerType,
    SecurityResult,
    Status,
    add_months,
    participation_limit,
    replay,
)
from desktop.core.personnummer import parse_personal_number
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
    Sex,
)
from desktop.core.settings import UnitSettings
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentRepository, record_disclosures
from desktop.db.drugtests import DrugTestRepository
from desktop.db.files import RegisterFiles
from desktop.db.keyslots import KdfParams
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import mark_as_demo, save_settings

# One fixed seed: the register is a function of `today` alone, so a trainer's screenshots and a
# test's expectations stay valid (R9: figures reproducible for a given date).
SEED = 1_740_605

DEMO_USER = "demo"
DEMO_DISPLAY_NAME = "Demo Administratör"
UNIT_NAME = "Chansen (DEMO)"
MUNICIPALITY = "Borås stad"
STAFF: tuple[tuple[str, str], ...] = (("karin", "Karin Lind"), ("ali", "Ali Hassan"))

# The partner units' ambassadors who get the weekly summary (000:412): IFO and
# Försörjningsenheten, as in Chansen, and AF. Made up, with phone numbers from the fiction range.
AMBASSADORS: tuple[Ambassador, ...] = (
    Ambassador("Helena Strand", "ifo", "070-1740621", "helena.strand@example.se"),
    Ambassador("Jonas Berglund", "income_support", "070-1740634", "jonas.berglund@example.se"),
    Ambassador("Maria Lindqvist", "af", "070-1740658", "maria.lindqvist@example.se"),
)

F, M = Sex.FEMALE, Sex.MALE

# Made-up names, mixed in sex and origin like the unit's participants; the fourth field is the
# interpreter language for the few who need one.
NAMES: tuple[tuple[str, str, Sex, str], ...] = (
    ("Linnea", "Åkesson", F, ""),
    ("Sara", "Nyberg", F, ""),
    ("Jessica", "Holmgren", F, ""),
    ("Malin", "Strandberg", F, ""),
    ("Emma", "Lundqvist", F, ""),
    ("Amina", "Warsame", F, "somaliska"),
    ("Leyla", "Rostami", F, ""),
    ("Jelena", "Marković", F, ""),
    ("Paula", "Kowalska", F, ""),
    ("Tiina", "Korhonen", F, ""),
    ("Camila", "Fuentes", F, ""),
    ("Hanna", "Sjöberg", F, ""),
    ("Rahel", "Tesfaye", F, "tigrinja"),
    ("Zeynep", "Aydın", F, ""),
    ("Ida", "Wallin", F, ""),
    ("Nour", "Haddad", F, ""),
    ("Therese", "Blom", F, ""),
    ("Maja", "Engström", F, ""),
    ("Johan", "Lindqvist", M, ""),
    ("Mikael", "Sandberg", M, ""),
    ("Daniel", "Ekström", M, ""),
    ("Patrik", "Hedlund", M, ""),
    ("Jonas", "Forsberg", M, ""),
    ("Kristoffer", "Dahl", M, ""),
    ("Tobias", "Nordin", M, ""),
    ("Marcus", "Björk", M, ""),
    ("Emil", "Håkansson", M, ""),
    ("Niklas", "Ström", M, ""),
    ("Ahmed", "Farah", M, ""),
    ("Omar", "Al-Khatib", M, "arabiska"),
    ("Reza", "Karimi", M, ""),
    ("Dragan", "Petrović", M, ""),
    ("Adnan", "Hodžić", M, ""),
    ("Mehmet", "Yilmaz", M, ""),
    ("Kamil", "Nowak", M, ""),
    ("Jari", "Virtanen", M, ""),
    ("Diego", "Morales", M, ""),
    ("Yonas", "Haile", M, ""),
    ("Sami", "Jaber", M, ""),
    ("Rasmus", "Falk", M, ""),
    ("Viktor", "Lund", M, ""),
    ("Peter", "Almqvist", M, ""),
    ("Andreas", "Gustafsson", M, ""),
    ("Robin", "Öberg", M, ""),
    ("Dejan", "Ilić", M, ""),
    ("Arash", "Moradi", M, ""),
    ("Mattias", "Brandt", M, ""),
)

REFERRER_NAMES: dict[ReferrerType, str] = {
    ReferrerType.PROBATION: "Frivården Borås",
    ReferrerType.AF: "Arbetsförmedlingen Borås",
    ReferrerType.IFO: "IFO Borås stad, vuxenenheten",
    ReferrerType.INCOME_SUPPORT: "Försörjningsenheten, Borås stad",
    ReferrerType.SELF: "Egen anmälan",
    ReferrerType.OTHER: "Annan",
}

REFERRAL_REASONS: dict[ReferrerType, tuple[str, ...]] = {
    ReferrerType.PROBATION: (
        "Villkorligt frigiven, vill ha arbete",
        "Övervakning hos Frivården, saknar sysselsättning",
        "Frigiven efter kort straff, behöver stöd mot arbete",
    ),
    ReferrerType.AF: (
        "Inskriven hos AF, behöver förberedande insats",
        "Långtidsarbetslös, kodning för OSA påbörjad",
    ),
    ReferrerType.IFO: (
        "Avslutad behandling, behöver sysselsättning",
        "Aktuell på beroendeenheten, vill komma vidare",
    ),
    ReferrerType.INCOME_SUPPORT: ("Försörjningsstöd, saknar planering mot arbete",),
    ReferrerType.SELF: (
        "Hörde om Chansen från en tidigare deltagare",
        "Tog själv kontakt efter en informationsträff",
    ),
    ReferrerType.OTHER: ("Kontakt via frivilligorganisation",),
}

# First referrals by referrer, in the reports' proportions: Kriminalvården/Frivården is the
# main referrer (000:910). One entry per person; shuffled.
REFERRER_QUOTA: tuple[tuple[ReferrerType, int], ...] = (
    (ReferrerType.PROBATION, 26),
    (ReferrerType.AF, 7),
    (ReferrerType.IFO, 5),
    (ReferrerType.INCOME_SUPPORT, 3),
    (ReferrerType.SELF, 3),
)

MAPPING_SUMMARIES = (
    "Boende, ekonomi, hälsa och motivation genomgångna. Vill komma i arbete.",
    "Berättar om tidigare arbete inom lager. Skulder hos Kronofogden.",
    "Bor hos en släkting. Vill ha eget boende och ordnad ekonomi.",
    "Pågående bruk men fallande värden enligt egen uppgift. Motiverad till drogtester.",
    "Har inte arbetat på många år. Intresserad av återbruk och skogsarbete.",
)

# Reasons for not enrolling (R1) in the report's order of frequency; each comes with the
# criterion that was found not met, where one fits.
NOT_ENROLLED: tuple[tuple[NotEnrolledReason, Criterion | None], ...] = (
    *((NotEnrolledReason.NOT_MOTIVATED, Criterion.MOTIVATION),) * 5,
    *((NotEnrolledReason.NOT_FIT, None),) * 3,
    *((NotEnrolledReason.NOT_OSA_ELIGIBLE, Criterion.OSA_ELIGIBLE),) * 2,
    *((NotEnrolledReason.ONGOING_CRIMINALITY, Criterion.NO_ONGOING_CRIMINALITY),) * 2,
    (NotEnrolledReason.OTHER, Criterion.RESIDENT),
)

DISCHARGE_COMMENTS: dict[DischargeOutcome, str] = {
    DischargeOutcome.PRIVATE_JOB: "Anställd hos privat arbetsgivare via egna kontakter.",
    DischargeOutcome.STUDIES: "Börjar studera på Komvux till hösten.",
    DischargeOutcome.SUBSIDISED_WORK: "Fortsatt anställning med lönebidrag via AF.",
    DischargeOutcome.LONG_TERM_BENEFIT: "Beviljad sjukersättning från Försäkringskassan.",
    DischargeOutcome.PRISON: "Dom i äldre mål har vunnit laga kraft.",
    DischargeOutcome.CARE: "Påbörjar behandling på behandlingshem.",
    DischargeOutcome.UNREACHABLE: "Har inte kommit till aktiviteter och går inte att nå.",
    DischargeOutcome.NOT_OSA_ELIGIBLE: "AF kan inte koda för OSA.",
    DischargeOutcome.MOVED: "Flyttar till annan kommun.",
    DischargeOutcome.OTHER: "Avslutad i samförstånd.",
}

P1, P2, SUPPORT, OSA, AFTER = (
    Phase.PHASE_1,
    Phase.PHASE_2,
    Phase.SUPPORT,
    Phase.OSA,
    Phase.AFTER_OSA,
)
Out = DischargeOutcome

# A step after enrolment: the phase or discharge outcome and the earliest and latest day after
# the enrolment it happens. The ranges follow R4–R5: phase 2 after 1–2 months, OSA after about
# three, at most 12 months in OSA, everything within 14 months.
Step = tuple[Phase | DischargeOutcome, int, int]
Script = tuple[Step, ...]

# The oldest group, started about 19 months ago: everyone has left by now.
FIRST_GROUP: tuple[Script, ...] = (
    ((P2, 30, 55), (OSA, 85, 110), (Out.PRIVATE_JOB, 260, 320)),
    ((P2, 35, 60), (OSA, 90, 110), (Out.STUDIES, 320, 360)),
    ((P2, 30, 50), (OSA, 85, 100), (AFTER, 380, 395), (Out.SUBSIDISED_WORK, 405, 415)),
    ((P2, 40, 60), (SUPPORT, 75, 95), (Out.LONG_TERM_BENEFIT, 230, 280)),
    ((P2, 30, 45), (OSA, 90, 105), (Out.PRISON, 170, 210)),
    ((P2, 45, 60), (SUPPORT, 85, 100), (Out.NOT_OSA_ELIGIBLE, 150, 180)),
    ((P2, 30, 50), (OSA, 95, 110), (SUPPORT, 200, 220), (Out.CARE, 250, 280)),
    ((P2, 35, 50), (OSA, 90, 105), (Out.MOVED, 230, 260)),
)

# The middle group, about ten months ago: most in OSA now.
SECOND_GROUP: tuple[Script, ...] = (
    ((P2, 30, 55), (OSA, 85, 110)),
    ((P2, 30, 55), (OSA, 85, 110)),
    ((P2, 30, 55), (OSA, 85, 110)),
    ((P2, 30, 45), (OSA, 80, 90), (AFTER, 265, 280)),
    ((P2, 35, 55), (SUPPORT, 100, 130)),
    ((SUPPORT, 40, 60),),
    ((P2, 30, 50), (Out.UNREACHABLE, 60, 80)),
    ((P2, 30, 45), (OSA, 90, 100), (Out.CARE, 140, 170)),
    ((P2, 35, 50), (Out.PRISON, 110, 140)),
)

# The newest group, about four months ago: mostly in the introduction.
THIRD_GROUP: tuple[Script, ...] = (
    ((P2, 30, 60),),
    ((P2, 30, 60),),
    ((P2, 30, 60),),
    ((P2, 30, 60),),
    (),  # still in phase 1: health and dental care take longer
    ((P2, 30, 40), (OSA, 80, 90)),
    ((P2, 30, 45), (SUPPORT, 60, 80)),
    ((P2, 30, 40), (Out.UNREACHABLE, 55, 75)),
)

CONTACT_NAMES: dict[ContactRole, tuple[str, ...]] = {
    ContactRole.PROBATION_OFFICER: (
        "Helena Roos",
        "Stefan Grahn",
        "Lena Ekvall",
        "Fredrik Hammar",
        "Sofia Rydberg",
    ),
    ContactRole.AF_OFFICER: (
        "Annika Moberg",
        "Tomas Kjellberg",
        "Mira Abdi",
        "Jenny Wikström",
        "Kalle Nyström",
    ),
    ContactRole.IFO_SOCIAL_WORKER: (
        "Cecilia Ahlgren",
        "Martin Palm",
        "Susanne Ek",
        "Ebba Lindberg",
    ),
}

CONTACT_UNITS: dict[ContactRole, str] = {
    ContactRole.PROBATION_OFFICER: "Frivården Borås",
    ContactRole.AF_OFFICER: "Arbetsförmedlingen Borås",
    ContactRole.IFO_SOCIAL_WORKER: "IFO Borås stad",
}

GOALS: tuple[tuple[LifeArea, str, Responsible, str], ...] = (
    (LifeArea.HOUSING, "Ordna eget boende", Responsible.PARTICIPANT, ""),
    (LifeArea.HOUSING, "Ansöka om bostad med förtur", Responsible.PARTNER, "IFO Borås stad"),
    (
        LifeArea.ECONOMY,
        "Påbörja skuldsanering",
        Responsible.PARTNER,
        "Budget- och skuldrådgivningen",
    ),
    (LifeArea.ECONOMY, "Göra en hushållsbudget", Responsible.PARTICIPANT, ""),
    (LifeArea.HEALTH, "Hälsokontroll på vårdcentralen", Responsible.STAFF, ""),
    (LifeArea.HEALTH, "Besöka tandläkaren", Responsible.PARTICIPANT, ""),
    (LifeArea.HEALTH, "Träna två gånger i veckan", Responsible.PARTICIPANT, ""),
    (LifeArea.ADDICTION, "Fortsatt fallande värden i drogtesterna", Responsible.PARTICIPANT, ""),
    (
        LifeArea.ADDICTION,
        "Regelbunden kontakt med beroendemottagningen",
        Responsible.PARTNER,
        "Beroendemottagningen",
    ),
    (LifeArea.WORK, "Arbetsträna fyra timmar om dagen", Responsible.STAFF, ""),
    (
        LifeArea.WORK,
        "Få kodning för OSA hos AF",
        Responsible.PARTNER,
        "Arbetsförmedlingen Borås",
    ),
    (LifeArea.WORK, "Ta B-körkort", Responsible.PARTICIPANT, ""),
    (LifeArea.EDUCATION, "Läsa svenska på Komvux", Responsible.PARTICIPANT, ""),
    (LifeArea.SOCIAL, "Delta i gruppens aktiviteter varje vecka", Responsible.PARTICIPANT, ""),
    (LifeArea.SOCIAL, "Återuppta kontakten med familjen", Responsible.PARTICIPANT, ""),
)

NOTES: tuple[tuple[NoteCategory, str], ...] = (
    (NoteCategory.CONVERSATION, "Samtal om veckans drogtester. Två prover, sjunkande värden."),
    (
        NoteCategory.MEETING,
        "Trepartsmöte med AF-handläggaren om kodningen. Intyg från vårdcentralen saknas.",
    ),
    (NoteCategory.PHONE, "Ringde och sjukanmälde sig. Kommer tillbaka på måndag."),
    (NoteCategory.GROUP, "Studiebesök på återbruket med gruppen. Visade stort intresse."),
    (NoteCategory.CONVERSATION, "Har varit på hälsokontroll. Tid hos tandläkaren är bokad."),
    (NoteCategory.MEETING, "Möte med skuldrådgivningen. Ansökan om skuldsanering påbörjad."),
    (NoteCategory.PHONE, "Samtal med Frivården om villkoren. Inga anmärkningar."),
    (
        NoteCategory.INCIDENT,
        "Kom inte till drogtestet. Nåddes på telefon samma dag, nytt test bokat.",
    ),
    (NoteCategory.GROUP, "Deltog i passet om hur Försäkringskassan fungerar."),
    (NoteCategory.CONVERSATION, "Bor tillfälligt hos en släkting och söker eget boende."),
    (NoteCategory.OTHER, "Har fått nytt id-kort. Behövs inför arbetsgivarkontakterna."),
    (NoteCategory.CONVERSATION, "Uppföljning av åtgärdsplanen. Vill arbetsträna mer."),
    (NoteCategory.PHONE, "Missade gruppträffen, bussen var inställd."),
)

CORRECTIONS = (
    "Rättelse: samtalet hölls dagen innan, inte det datum som står i anteckningen.",
    "Rättelse: det var Försörjningsenheten, inte IFO, som deltog.",
)

CHECKIN_COMMENTS = (
    "",
    "",
    "Sover bättre.",
    "Mer kontakt med familjen.",
    "Tuff period men kommer till gruppen.",
    "Trivs med arbetsträningen.",
)


def staff_password(password: str, username: str) -> str:
    """The demo staff accounts' password: the administrator's with a suffix, so a trainer
    needs to remember one password only."""
    return f"{password}-{username[0]}"


@dataclass(frozen=True)
class DemoPlan:
    """The groups and people before they are stored. An ENROLMENT's group_id is the position
    of its group in `groups`; build_demo replaces it with the stored group's id."""

    groups: tuple[Group, ...]
    people: tuple[tuple[Person, tuple[PathEvent, ...]], ...]


def _days(n: int) -> timedelta:
    return timedelta(days=n)


class _PathBuilder:
    """One person's events, refusing any out of order or after today: the tables above are
    meant to make that impossible, so it is a bug to report, not to paper over."""

    def __init__(self, rng: random.Random, today: date, staff: str) -> None:
        self.rng = rng
        self.today = today
        self.staff = staff
        self.events: list[PathEvent] = []

    def add(self, kind: EventKind, on: date, data: dict[str, Any]) -> None:
        if on > self.today or (self.events and on < self.events[-1].on):
            raise ValueError(f"demo path step {kind} on {on} is out of order")
        self.events.append(PathEvent(kind, on, data))

    def intake(
        self,
        decision_on: date,
        referrer: ReferrerType,
        *,
        reason: NotEnrolledReason | None = None,
        unmet: Criterion | None = None,
    ) -> None:
        """Referral to decision, walked back from the decision so every step lands before
        it: consent, about two weeks at the security centre (CKS), then the interview."""
        rng = self.rng
        mapping = decision_on - _days(rng.randint(0, 5))
        result = mapping - _days(rng.randint(2, 8))
        consent = result - _days(rng.randint(7, 18))
        referral = consent - _days(rng.randint(0, 5))
        self.refer(referral, referrer)
        self.add(EventKind.SECURITY_CONSENT, consent, {})
        security = (
            SecurityResult.ONGOING_CRIMINALITY
            if reason is NotEnrolledReason.ONGOING_CRIMINALITY
            else SecurityResult.CLEAR
        )
        self.add(EventKind.SECURITY_RESULT, result, {"result": security.value})
        self.interview(mapping)
        criteria = {c.value: CriterionStatus.MET.value for c in Criterion}
        if unmet is not None:
            criteria[unmet.value] = CriterionStatus.NOT_MET.value
        elif reason is not None:  # not fit: eligibility was never settled
            criteria[Criterion.OSA_ELIGIBLE.value] = CriterionStatus.UNKNOWN.value
        self.add(EventKind.CRITERIA, mapping, {"criteria": criteria})
        decision: dict[str, Any] = {"enrolled": reason is None}
        if reason is not None:
            decision["reason"] = reason.value
        self.add(EventKind.DECISION, decision_on, decision)

    def refer(self, on: date, referrer: ReferrerType) -> None:
        self.add(
            EventKind.REFERRAL,
            on,
            {
                "referrer_type": referrer.value,
                "referrer_name": REFERRER_NAMES[referrer],
                "reason": self.rng.choice(REFERRAL_REASONS[referrer]),
            },
        )

    def interview(self, on: date) -> None:
        self.add(
            EventKind.MAPPING_INTERVIEW,
            on,
            {"staff": self.staff, "summary": self.rng.choice(MAPPING_SUMMARIES)},
        )

    def enrol(self, on: date, group: int, script: Script) -> None:
        self.add(EventKind.ENROLMENT, on, {"contract_signed": True, "group_id": group})
        for target, earliest, latest in script:
            day = on + _days(self.rng.randint(earliest, latest))
            if isinstance(target, Phase):
                self.add(EventKind.PHASE_CHANGE, day, {"phase": target.value})
            else:
                self.add(
                    EventKind.DISCHARGE,
                    day,
                    {"outcome": target.value, "comment": DISCHARGE_COMMENTS[target]},
                )


def _personnummer(rng: random.Random, today: date, sex: Sex, taken: set[str]) -> str:
    """A valid personnummer in Skatteverket's test series (serial 980–989), aged 20–55 today
    and most often in the late twenties, like the unit's groups (000:321)."""
    while True:
        days = int(rng.triangular(20.1 * 365.25, 55.4 * 365.25, 28 * 365.25))
        birth = today - _days(days)
        # The digit before the check digit carries the sex: odd for men.
        digit = rng.choice((1, 3, 5, 7, 9) if sex is Sex.MALE else (0, 2, 4, 6, 8))
        nine = f"{birth:%y%m%d}98{digit}"
        number = f"{birth:%Y%m%d}-98{digit}{luhn.calc_check_digit(nine)}"
        parsed = parse_personal_number(number)
        if parsed.normalised not in taken:
            taken.add(parsed.normalised)
            return number


def _phone(rng: random.Random) -> str:
    # PTS reserves 070-1740605 to 070-1740699 for fiction: no real subscriber is called.
    return f"070-1740{rng.randint(605, 699)}"


def _group_name(start: date) -> str:
    season = "vår" if start.month <= 6 else "höst"
    return f"Grupp {season} {start.year}"


def demo_plan(today: date) -> DemoPlan:
    """The groups and every person's path up to `today`, from the fixed seed."""
    rng = random.Random(SEED)  # noqa: S311 - fictitious data, reproducible on purpose
    # Group starts 19, 10 and 4 months back; at least 185 days apart, so never in the same
    # half-year and the "Grupp vår/höst YYYY" names are unique.
    starts = (
        today - _days(rng.randint(565, 590)),
        today - _days(rng.randint(300, 320)),
        today - _days(rng.randint(100, 115)),
    )
    groups = tuple(Group(_group_name(s), s) for s in starts)

    names = list(NAMES)
    rng.shuffle(names)
    referrers = [kind for kind, count in REFERRER_QUOTA for _ in range(count)]
    rng.shuffle(referrers)
    taken: set[str] = set()
    plans: list[tuple[Person, _PathBuilder]] = []

    def new_person() -> tuple[Person, _PathBuilder, ReferrerType]:
        first, last, sex, interpreter = names.pop()
        staff = STAFF[len(plans) % len(STAFF)][0]
        person = Person(
            first_name=first,
            last_name=last,
            personnummer=_personnummer(rng, today, sex, taken),
            sex=sex,
            phone=_phone(rng) if rng.random() < 0.7 else "",
            municipality="Borås",
            interpreter=interpreter,
            responsible=staff,
            needs=frozenset(rng.sample(list(Need), rng.randint(1, 4))),
        )
        builder = _PathBuilder(rng, today, staff)
        plans.append((person, builder))
        return person, builder, referrers.pop()

    def group_intake(builder: _PathBuilder, group: int, referrer: ReferrerType) -> date:
        """Decision a few days before the group starts; enrolment on the start or just after."""
        start = starts[group]
        builder.intake(start - _days(rng.randint(2, 10)), referrer)
        return start + _days(rng.randint(0, 4))

    for script in FIRST_GROUP:
        _, builder, referrer = new_person()
        builder.enrol(group_intake(builder, 0, referrer), 0, script)

    # Three re-enrolments (R6, 000:867): discharged from the first group, referred again later.
    # A: in care, back in the newest group; their 14-month limit (R5, counting the first
    # period) falls 25–50 days from today, so the to-do list warns about it.
    _, builder, referrer = new_person()
    first_start = group_intake(builder, 0, referrer)
    second_start = starts[2] + _days(rng.randint(0, 4))
    limit = today + _days(rng.randint(25, 50))
    used = (add_months(second_start, 14) - limit).days
    builder.enrol(first_start, 0, ((P2, 30, 50), (OSA, 90, 105), (SUPPORT, 190, 205)))
    builder.add(
        EventKind.DISCHARGE,
        first_start + _days(used),
        {"outcome": Out.CARE.value, "comment": DISCHARGE_COMMENTS[Out.CARE]},
    )
    builder.intake(starts[2] - _days(rng.randint(2, 10)), ReferrerType.IFO)
    builder.enrol(second_start, 2, ((P2, 15, 25), (OSA, 55, 70)))
    # B: stopped coming, came back on their own to the newest group.
    _, builder, referrer = new_person()
    builder.enrol(group_intake(builder, 0, referrer), 0, ((P2, 30, 45), (Out.UNREACHABLE, 70, 90)))
    builder.intake(starts[2] - _days(rng.randint(2, 10)), ReferrerType.SELF)
    builder.enrol(starts[2] + _days(rng.randint(0, 4)), 2, ((P2, 30, 45),))
    # C: an old case sent them to prison; Frivården referred them again on release.
    _, builder, referrer = new_person()
    builder.enrol(group_intake(builder, 0, referrer), 0, ((P2, 25, 40), (Out.PRISON, 45, 60)))
    builder.enrol(
        group_intake(builder, 1, ReferrerType.PROBATION), 1, ((P2, 25, 35), (OSA, 70, 85))
    )

    for index, script in enumerate(SECOND_GROUP):
        _, builder, referrer = new_person()
        if index == 0:  # said no at first, more receptive a year later (000:906)
            builder.intake(
                starts[1] - _days(rng.randint(270, 330)),
                referrer,
                reason=NotEnrolledReason.NOT_MOTIVATED,
                unmet=Criterion.MOTIVATION,
            )
            referrer = ReferrerType.PROBATION
        builder.enrol(group_intake(builder, 1, referrer), 1, script)

    for script in THIRD_GROUP:
        _, builder, referrer = new_person()
        builder.enrol(group_intake(builder, 2, referrer), 2, script)

    # Not enrolled after the interview (R1): mostly at a group's intake, a few in between.
    for index, (reason, unmet) in enumerate(NOT_ENROLLED):
        _, builder, referrer = new_person()
        if index % 4 < 3:
            decision = starts[index % 4] - _days(rng.randint(3, 25))
        else:
            decision = today - _days(rng.randint(20, 680))
        builder.intake(decision, referrer, reason=reason, unmet=unmet)

    # In intake now, no decision yet; the first has waited past the 14 days the to-do list
    # allows (DECISION_DUE_DAYS).
    _, builder, referrer = new_person()
    referral = today - _days(rng.randint(22, 30))
    builder.refer(referral, referrer)
    builder.add(EventKind.SECURITY_CONSENT, referral + _days(2), {})
    builder.add(
        EventKind.SECURITY_RESULT, referral + _days(rng.randint(10, 14)), {"result": "clear"}
    )
    builder.interview(referral + _days(rng.randint(16, 20)))
    _, builder, referrer = new_person()
    referral = today - _days(rng.randint(8, 12))
    builder.refer(referral, referrer)
    builder.add(EventKind.SECURITY_CONSENT, referral + _days(rng.randint(1, 3)), {})
    _, builder, referrer = new_person()
    builder.refer(today - _days(rng.randint(1, 4)), referrer)

    # Stored in the order they were first referred, so internal numbers (year-NNN) read as
    # a register filled over time would.
    people = sorted(
        ((person, tuple(builder.events)) for person, builder in plans),
        key=lambda p: (p[1][0].on, p[0].last_name, p[0].first_name),
    )
    return DemoPlan(groups, tuple(people))


@dataclass
class _Extras:
    """What the responsible staff member records for one enrolled person besides the path."""

    index: int  # the person's position in DemoPlan.people
    staff: str
    contacts: list[Contact] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    notes: list[tuple[Note, int | None]] = field(default_factory=list)  # corrects: list index
    checkins: list[CapitalCheckin] = field(default_factory=list)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


def _contact(rng: random.Random, role: ContactRole) -> Contact:
    name = rng.choice(CONTACT_NAMES[role])
    first, last = name.split(" ", 1)
    return Contact(
        role,
        name,
        CONTACT_UNITS[role],
        _phone(rng),
        f"{_ascii(first)}.{_ascii(last)}@example.se",
    )


def _goals(
    rng: random.Random,
    periods: Sequence[EnrolmentPeriod],
    today: date,
    *,
    active: bool,
    overdue_follow_up: bool,
) -> list[Goal]:
    start, end = periods[0].start, periods[-1].end or today
    goals = []
    for n, (area, text, responsible, responsible_name) in enumerate(
        rng.sample(GOALS, rng.randint(2, 4))
    ):
        due = start + _days(rng.randint(30, 200))
        follow_ups: list[FollowUp] = []
        if not active:
            # Someone who has left has no open goals, or the to-do list would nag about them.
            due = min(due, end)
            status = GoalStatus.DONE if rng.random() < 0.6 else GoalStatus.DROPPED
        elif n == 0 and overdue_follow_up:
            status = GoalStatus.ONGOING
            due = max(due, today + _days(rng.randint(14, 60)))
            follow_ups.append(FollowUp(today - _days(rng.randint(1, 10))))
        elif due < today:  # mostly settled; an ONGOING one is overdue, as in any real plan
            status = rng.choice((*(GoalStatus.DONE,) * 4, GoalStatus.DROPPED, GoalStatus.ONGOING))
        else:
            status = rng.choice((GoalStatus.PLANNED, GoalStatus.ONGOING))
        if status is GoalStatus.DONE:
            checked = max(start + _days(7), due - _days(rng.randint(7, 21)))
            follow_ups.insert(0, FollowUp(checked, checked))
        elif status.open and due >= today and rng.random() < 0.5:
            follow_ups.append(FollowUp(today + _days(rng.randint(3, 30))))
        goals.append(
            Goal(area, text, responsible, responsible_name, due, status, tuple(follow_ups))
        )
    return goals


def _notes(
    rng: random.Random, periods: Sequence[EnrolmentPeriod], today: date, *, correction: bool
) -> list[tuple[Note, int | None]]:
    start, end = periods[0].start, periods[-1].end or today
    picks = rng.sample(NOTES, rng.randint(1, 4))
    days = sorted(rng.randint(0, (end - start).days) for _ in picks)
    notes: list[tuple[Note, int | None]] = [
        (Note(start + _days(d), category, text), None)
        for d, (category, text) in zip(days, picks, strict=True)
    ]
    if correction:
        # Notes are never changed once signed; a mistake is put right by a note that points to
        # the one it corrects.
        first = notes[0][0]
        fixed = Note(min(first.written_on + _days(1), end), first.category, rng.choice(CORRECTIONS))
        notes.insert(1, (fixed, 0))
    return notes


def _checkins(
    rng: random.Random, periods: Sequence[EnrolmentPeriod], today: date
) -> list[CapitalCheckin]:
    """Every month or two while enrolled; the four capitals (000:133) mostly rise."""
    values = [rng.randint(1, 3) for _ in range(4)]
    checkins: list[CapitalCheckin] = []
    for period in periods:
        day = period.start + _days(rng.randint(5, 14))
        while day <= (period.end or today) and len(checkins) < 6:
            social, physical, human, cultural = values
            checkins.append(
                CapitalCheckin(day, social, physical, human, cultural, rng.choice(CHECKIN_COMMENTS))
            )
            values = [min(5, max(1, v + rng.choice((0, 0, 1, 1, 1, -1)))) for v in values]
            day += _days(rng.randint(30, 60))
    return checkins


def _extras(plan: DemoPlan, today: date) -> list[_Extras]:
    # Its own seed: the paths stay the same if the extras tables change.
    rng = random.Random(SEED + 1)  # noqa: S311 - fictitious data, reproducible on purpose
    extras = []
    active_seen = enrolled_seen = 0
    for index, (person, events) in enumerate(plan.people):
        state = replay(events)
        if not state.periods:
            continue
        active = state.status is Status.ENROLLED
        extra = _Extras(index, person.responsible)
        roles = [ContactRole.AF_OFFICER]  # everyone enrolled needs AF for the OSA coding
        if any(
            e.kind is EventKind.REFERRAL and e.data["referrer_type"] == ReferrerType.PROBATION
            for e in events
        ):
            roles.insert(0, ContactRole.PROBATION_OFFICER)
        if rng.random() < 0.4:
            roles.append(ContactRole.IFO_SOCIAL_WORKER)
        extra.contacts = [_contact(rng, role) for role in roles]
        # Every third active participant has a follow-up that is due and not yet done, so the
        # to-do list has something to show.
        extra.goals = _goals(
            rng,
            state.periods,
            today,
            active=active,
            overdue_follow_up=active and active_seen % 3 == 0,
        )
        extra.notes = _notes(rng, state.periods, today, correction=enrolled_seen % 5 == 0)
        extra.checkins = _checkins(rng, state.periods, today)
        extras.append(extra)
        active_seen += active
        enrolled_seen += 1
    return extras


# ----------------------------------------------------------------------------- drug tests

# Days after the first group's start (P0) when the unit's provider changed: twice in the first
# year (R11, 000:646), each with its own price. The labs are made up.
LAB_CHANGE_1 = 270  # Labmedicin Väst -> Drogtestlabbet AB
LAB_CHANGE_2 = 345  # Drogtestlabbet AB -> Provcentralen Sjuhärad AB (urine and saliva)
RESULTS_DAYS = 365  # the demo holds about a year of results, up to yesterday

# The urine panel: the same substances at every lab, so a person's series runs across the
# changes. Cutoffs in ng/ml as Swedish labs commonly report them (confirmation level).
PANEL: tuple[Substance, ...] = (
    Substance.AMPHETAMINE,
    Substance.BENZODIAZEPINES,
    Substance.BUPRENORPHINE,
    Substance.CANNABIS,
    Substance.COCAINE,
    Substance.OPIATES,
)
CUTOFFS: dict[Method, dict[Substance, float]] = {
    Method.URINE: {
        Substance.AMPHETAMINE: 200.0,
        Substance.BENZODIAZEPINES: 100.0,
        Substance.BUPRENORPHINE: 5.0,
        Substance.CANNABIS: 15.0,
        Substance.COCAINE: 150.0,
        Substance.OPIATES: 300.0,
    },
    Method.SALIVA: {
        Substance.AMPHETAMINE: 25.0,
        Substance.BENZODIAZEPINES: 5.0,
        Substance.BUPRENORPHINE: 1.0,
        Substance.CANNABIS: 1.0,
        Substance.COCAINE: 10.0,
        Substance.OPIATES: 10.0,
    },
}
SAMPLE_PREFIX = ("LMV", "DTL", "PCS")  # one per provider, in DRUG_PROVIDERS' order

NO_SHOW_COMMENTS = (
    "Kom inte till provtagningen. Nåddes inte på telefon.",
    "Uteblev. Sa i efterhand att hen försov sig.",
    "Kom inte, hade ett läkarbesök som krockade. Inte anmält i förväg.",
)
PRESCRIBED_COMMENT = "Förskrivet buprenorfin via beroendemottagningen (LARO)."


class _Pattern(StrEnum):
    """How a person's values go over their tests (R10: use is accepted while values fall)."""

    FALLING = "falling"  # cannabis from about 300 to about 40 ng/ml over the weeks
    FALLING_TO_FREE = "falling_to_free"  # falls below the cutoff, then negative
    DRUG_FREE = "drug_free"  # negative for months, after at most a few positives at the start
    RELAPSE = "relapse"  # falling, then rising in the latest tests
    PRESCRIBED = "prescribed"  # buprenorphine from the addiction clinic (LARO): steady


SHORT_PATTERNS = (_Pattern.FALLING, _Pattern.RELAPSE, _Pattern.FALLING, _Pattern.DRUG_FREE)
LONG_PATTERNS = (
    _Pattern.FALLING_TO_FREE,
    _Pattern.DRUG_FREE,
    _Pattern.PRESCRIBED,
    _Pattern.RELAPSE,
    _Pattern.FALLING_TO_FREE,
)


@dataclass
class _PersonTests:
    """One person's schedules and results before they are stored; provider ids are positions in
    _drug_providers(), and a correction points to a position in `results`."""

    index: int  # the person's position in DemoPlan.people
    staff: str
    pattern: _Pattern
    schedules: list[Schedule] = field(default_factory=list)
    results: list[tuple[TestResult, int | None]] = field(default_factory=list)


def _drug_providers(first_start: date) -> tuple[Provider, ...]:
    """The labs the unit has used, with their prices over time (about 600–2,000 SEK, R11)."""
    return (
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE, Method.BLOOD}),
            frozenset(PANEL),
            (Price(first_start - _days(21), 850), Price(first_start + _days(120), 920)),
            booking=True,
            turnaround_days=5,
            active=False,
        ),
        Provider(
            "Drogtestlabbet AB",
            frozenset({Method.URINE}),
            frozenset(PANEL),
            (Price(first_start + _days(LAB_CHANGE_1), 690),),
            turnaround_days=3,
            active=False,
        ),
        Provider(
            "Provcentralen Sjuhärad AB",
            frozenset({Method.URINE, Method.SALIVA}),
            frozenset(PANEL),
            (
                Price(first_start + _days(LAB_CHANGE_2), 760),
                Price(first_start + _days(LAB_CHANGE_2 + 180), 795),
            ),
            turnaround_days=2,
        ),
    )


def _provider_on(day: date, first_start: date) -> int:
    if day < first_start + _days(LAB_CHANGE_1):
        return 0
    return 1 if day < first_start + _days(LAB_CHANGE_2) else 2


def _test_days(
    rng: random.Random, schedule: Schedule, period: EnrolmentPeriod, since: date, until: date
) -> list[date]:
    """The days a schedule asked for a test, week by week: a fixed schedule's weekdays, or for
    a random one the week's count for the person's phase, on distinct staffed days."""
    settings = DrugTestSettings()
    days: list[date] = []
    monday = since - _days(since.weekday())
    while monday <= until:
        staffed = [
            d
            for d in staffed_days_of_week(monday, settings)
            if since <= d <= until and schedule.active_on(d)
        ]
        if schedule.kind is ScheduleKind.FIXED:
            days += [d for d in staffed if d.weekday() in schedule.weekdays]
        elif staffed:
            target = settings.target_for(period.phase_on(staffed[0]))
            n = int(target) + (1 if rng.random() < target - int(target) else 0)
            n = max(schedule.min_per_week, min(n, schedule.max_per_week, len(staffed)))
            for _ in range(20):  # "no two days in a row": draw again until it holds
                chosen = sorted(rng.sample(staffed, n))
                if not schedule.no_consecutive or all(
                    (b - a).days > 1 for a, b in pairwise(chosen)
                ):
                    break
            days += chosen
        monday += _days(7)
    return days


def _values(rng: random.Random, pattern: _Pattern, count: int) -> list[dict[Substance, float]]:
    """The positive values (ng/ml, urine) of each analysed test in order; a substance not named
    is negative."""
    if pattern is _Pattern.FALLING:
        start, end = rng.uniform(260, 340), rng.uniform(34, 46)
        values = [
            start * (end / start) ** (i / max(count - 1, 1)) * rng.uniform(0.94, 1.06)
            for i in range(count)
        ]
        if count >= 2:  # the latest test shows the fall the staff talk about
            values[-1] = min(values[-1], values[-2] * rng.uniform(0.75, 0.85))
        return [{Substance.CANNABIS: v} for v in values]
    if pattern is _Pattern.FALLING_TO_FREE:
        start, share = rng.uniform(220, 380), rng.uniform(0.25, 0.4)
        last_positive = max(1, int(count * share))
        return [
            {Substance.CANNABIS: start * (20 / start) ** (i / last_positive)}
            if i < last_positive
            else {}
            for i in range(count)
        ]
    if pattern is _Pattern.RELAPSE:
        start, low = rng.uniform(260, 340), rng.uniform(22, 32)
        fall = max(count - 2, 1)
        values = [start * (low / start) ** (i / max(fall - 1, 1)) for i in range(fall)]
        rise = low * rng.uniform(2.5, 3.5)
        values += [rise, rise * rng.uniform(1.4, 1.8)][: count - fall]
        return [{Substance.CANNABIS: v} for v in values]
    if pattern is _Pattern.PRESCRIBED:
        level = rng.uniform(40, 70)
        return [{Substance.BUPRENORPHINE: level * rng.uniform(0.96, 1.04)} for _ in range(count)]
    # DRUG_FREE: at most two amphetamine positives at the start, clearing fast.
    early = rng.choice((0, 1, 2))
    return [
        {Substance.AMPHETAMINE: rng.uniform(900, 2400) / (i + 1) ** 2} if i < early else {}
        for i in range(count)
    ]


def _substance_values(
    method: Method, positives: dict[Substance, float]
) -> tuple[SubstanceValue, ...]:
    cutoffs = CUTOFFS[method]
    return tuple(
        SubstanceValue(s, True, round(positives[s], 1), "ng/ml", cutoffs[s])
        if s in positives and method is Method.URINE
        else SubstanceValue(s, False, None, "ng/ml", cutoffs[s])
        for s in PANEL
    )


def _drug_tests(plan: DemoPlan, today: date) -> tuple[tuple[Provider, ...], list[_PersonTests]]:
    """Providers, schedules and about a year of results for everyone enrolled in that year.
    No draws: the app makes a day's draw only on the day, so past days have results only."""
    rng = random.Random(SEED + 2)  # noqa: S311 - its own seed, like the extras
    first_start = plan.groups[0].start
    providers = _drug_providers(first_start)
    since, until = today - _days(RESULTS_DAYS), today - _days(1)
    people: list[_PersonTests] = []
    counters = {"short": 0, "long": 0}
    paused = False
    for index, (person, events) in enumerate(plan.people):
        state = replay(events)
        periods = [p for p in state.periods if p.start <= until and (p.end or until) >= since]
        if not periods:
            continue
        enrolled_now = state.status is Status.ENROLLED
        seen = len(people)
        # Long series mostly fall to drug-free, or stay steady on a prescription; short ones
        # (the newest group, or someone who left early) mostly fall. Some in each rise again.
        weeks = ((periods[-1].end or until) - max(periods[0].start, since)).days / 7
        kind = "short" if weeks < 20 else "long"
        cycle = SHORT_PATTERNS if kind == "short" else LONG_PATTERNS
        saliva = seen % 6 == 4  # a few cannot give a supervised urine sample
        pattern = _Pattern.DRUG_FREE if saliva else cycle[counters[kind] % len(cycle)]
        counters[kind] += not saliva
        tests = _PersonTests(index, person.responsible, pattern)
        fixed = seen % 6 == 2
        planned: list[tuple[date, Method]] = []
        for period in periods:
            end = period.end
            phase_now = period.phase_on(today)
            if (
                enrolled_now
                and not paused
                and period is periods[-1]
                and phase_now in (Phase.PHASE_1, Phase.PHASE_2)
                and seen % 3 == 1
            ):
                # One schedule ended last week (a stay in hospital) and nobody has set up a new
                # one: the to-do list's reminder (phase 1–2 without a schedule).
                end, paused = today - _days(rng.randint(5, 9)), True
            lab = _provider_on(end or today, first_start)
            schedule = Schedule(
                person_id=0,  # the stored person's id is set when written
                kind=ScheduleKind.FIXED if fixed else ScheduleKind.RANDOM,
                start=period.start,
                end=end,
                weekdays=frozenset({1} if phase_now in (Phase.OSA, Phase.AFTER_OSA) else {0, 3})
                if fixed
                else frozenset(),
                min_per_week=0 if fixed else 1,
                max_per_week=5 if fixed else 3,
                no_consecutive=not fixed and seen % 2 == 0,
                method=Method.SALIVA if saliva and lab == 2 else Method.URINE,
                provider_id=lab,
            )
            tests.schedules.append(schedule)
            for day in _test_days(rng, schedule, period, max(period.start, since), until):
                # Saliva only since the lab that offers it; urine before.
                method = (
                    Method.SALIVA
                    if saliva and _provider_on(day, first_start) == 2
                    else Method.URINE
                )
                planned.append((day, method))
        if len(planned) < 3:
            continue
        outcomes = [Outcome.RESULT] * len(planned)
        # About one test in twenty-five missed (R12); never among the latest three, which show
        # the person's trend.
        for i in range(len(planned) - 3):
            if rng.random() < 0.04:
                outcomes[i] = Outcome.NO_SHOW
        tests.results = [
            (
                TestResult(
                    0,
                    datetime.combine(day, time(8, 0)) + timedelta(minutes=5 * rng.randint(0, 30)),
                    method,
                    outcome,
                ),
                None,
            )
            for (day, method), outcome in zip(planned, outcomes, strict=True)
        ]
        people.append(tests)
    _special_outcomes(people, today)
    mistyped = next(t for t in people if t.pattern is _Pattern.FALLING)
    for tests in people:
        _fill_values(rng, tests, first_start, mistyped=tests is mistyped)
    return providers, people


def _special_outcomes(people: list[_PersonTests], today: date) -> None:
    """The outcomes every register has a few of: a no-show in the last fortnight (the to-do
    list shows it), a dilute sample and an admitted use."""
    recent = next(
        t
        for t in people
        if t.pattern in (_Pattern.DRUG_FREE, _Pattern.FALLING_TO_FREE)
        and t.results[-1][0].taken_at.date() >= today - _days(10)
    )
    last, _ = recent.results[-1]
    recent.results[-1] = (replace(last, outcome=Outcome.NO_SHOW), None)
    dilute = next(t for t in people if t.pattern is _Pattern.FALLING_TO_FREE and t is not recent)
    middle = len(dilute.results) // 2
    sample, _ = dilute.results[middle]
    dilute.results[middle] = (
        replace(
            sample,
            outcome=Outcome.DILUTE,
            comment="Utspätt prov (kreatinin under 20 mg/dl). Nytt prov bokat.",
        ),
        None,
    )
    admitted = next(t for t in people if t.pattern is _Pattern.RELAPSE and len(t.results) >= 6)
    sample, _ = admitted.results[-3]
    admitted.results[-3] = (
        replace(
            sample,
            outcome=Outcome.ADMITTED_USE,
            comment="Berättade före provet att hen rökt cannabis i helgen. Inget prov skickat.",
        ),
        None,
    )


def _fill_values(
    rng: random.Random, tests: _PersonTests, first_start: date, *, mistyped: bool
) -> None:
    """Values by the person's pattern on the analysed tests; the lab (and so the price, R11)
    follows the day. With `mistyped`, the fourth analysed value was first entered ten times too
    high and is put right by a correction that points back to it (results are never changed)."""
    analysed = [i for i, (r, _) in enumerate(tests.results) if r.outcome is Outcome.RESULT]
    values = iter(_values(rng, tests.pattern, len(analysed)))
    typo = analysed[3] if mistyped and len(analysed) > 6 else None
    results: list[tuple[TestResult, int | None]] = []
    for position, (result, _) in enumerate(tests.results):
        day = result.taken_at.date()
        lab = _provider_on(day, first_start)
        if result.outcome is Outcome.NO_SHOW:
            # Nothing went to a lab: no provider, no cost (the same for an admitted use).
            results.append((replace(result, comment=rng.choice(NO_SHOW_COMMENTS)), None))
            continue
        if result.outcome is Outcome.ADMITTED_USE:
            results.append((result, None))
            continue
        sample_id = f"{SAMPLE_PREFIX[lab]}-{day:%y%m%d}-{rng.randint(100, 999)}"
        filled = replace(result, provider_id=lab, sample_id=sample_id)
        if result.outcome is Outcome.RESULT:
            filled = replace(filled, values=_substance_values(result.method, next(values)))
            if tests.pattern is _Pattern.PRESCRIBED and position == analysed[0]:
                filled = replace(filled, comment=PRESCRIBED_COMMENT)
        if position != typo:
            results.append((filled, None))
            continue
        right = next(v for v in filled.values if v.positive)
        assert right.value is not None
        wrong = replace(right, value=round(right.value * 10, 1))
        results.append((replace(filled, values=_swap(filled.values, right, wrong)), None))
        results.append(
            (
                replace(
                    filled,
                    comment=f"Rättelse: värdet är {_sv(right.value)} ng/ml, "
                    f"inte {_sv(wrong.value)}.",
                ),
                len(results) - 1,
            )
        )
    tests.results = results


def _sv(number: float | None) -> str:
    """A number as a Swedish text writes it: decimal comma."""
    return f"{number:g}".replace(".", ",")


def _swap(
    values: tuple[SubstanceValue, ...], old: SubstanceValue, new: SubstanceValue
) -> tuple[SubstanceValue, ...]:
    return tuple(new if v == old else v for v in values)


def _write_drug_tests(
    register: Register,
    person_ids: Sequence[int],
    provider_ids: Sequence[int],
    people: Sequence[_PersonTests],
) -> None:
    """Stored by the signed-in staff member, who is then the one who entered each result."""
    repository = DrugTestRepository(register)
    for tests in people:
        person_id = person_ids[tests.index]
        for schedule in tests.schedules:
            lab = schedule.provider_id
            repository.save_schedule(
                replace(
                    schedule,
                    person_id=person_id,
                    provider_id=None if lab is None else provider_ids[lab],
                )
            )
        result_ids: list[int] = []
        for result, corrects in tests.results:
            lab = result.provider_id
            stored = repository.add_result(
                replace(
                    result,
                    person_id=person_id,
                    provider_id=None if lab is None else provider_ids[lab],
                    corrects=None if corrects is None else result_ids[corrects],
                )
            )
            result_ids.append(_stored(stored.id))


# ----------------------------------------------------------------------------- OSA

# R15: three workplaces at first, two municipal and one run by a charity; the work is physical.
# Borås stad's organisation number is public (a municipality's is); the charity's is made up,
# with a valid check digit so the register accepts it.
MUNICIPAL_ORGNR = "212000-1355"
CHARITY_ORGNR = f"802474-311{luhn.calc_check_digit('802474311')}"
WORKPLACES: tuple[Workplace, ...] = (
    Workplace(
        "Återbruket Borås",
        EmployerType.MUNICIPAL,
        org_unit="Borås stad, Arbetslivsförvaltningen",
        org_number=MUNICIPAL_ORGNR,
        address="Borås",
        supervisor_name="Göran Malmberg",
        supervisor_phone="070-1740611",
        supervisor_email="goran.malmberg@example.se",
        kinds_of_work="Sortering och reparation av möbler och cyklar, butik, transporter",
        places=3,
    ),
    Workplace(
        "Parkförvaltningen, skogslaget",
        EmployerType.MUNICIPAL,
        org_unit="Borås stad, Parkförvaltningen",
        org_number=MUNICIPAL_ORGNR,
        address="Borås",
        supervisor_name="Lisa Hellström",
        supervisor_phone="070-1740642",
        supervisor_email="lisa.hellstrom@example.se",
        kinds_of_work="Röjning, plantering, vedhantering, skötsel av stigar och parker",
        places=3,
    ),
    Workplace(
        "Stadsmissionens second hand",
        EmployerType.NON_PROFIT,
        org_number=CHARITY_ORGNR,
        address="Borås",
        supervisor_name="Birgitta Sandell",
        supervisor_phone="070-1740677",
        supervisor_email="birgitta.sandell@example.se",
        kinds_of_work="Sortering, prissättning och försäljning i butik, hämtning av gåvor",
        places=2,
    ),
)

# Why a placement ended, by what came after it on the path (the participant's record says more).
OSA_END_COMMENTS: dict[Phase | DischargeOutcome, str] = {
    Phase.AFTER_OSA: "Genomförd enligt plan. Överlämnad till AF.",
    Phase.SUPPORT: "Avbruten på grund av ohälsa. Tillbaka till extra stöd.",
    Out.PRIVATE_JOB: "Slutade i förtid: fick anställning hos en privat arbetsgivare.",
    Out.STUDIES: "Slutade i förtid för att börja studera.",
    Out.PRISON: "Avbruten: verkställighet av dom i ett äldre mål.",
    Out.CARE: "Avbruten: påbörjar behandling.",
    Out.MOVED: "Avbruten: flyttar från kommunen.",
}
OSA_CONTACTS: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.VISIT: (
        "Besök på arbetsplatsen. Trivs, och handledaren är nöjd.",
        "Besök tillsammans med handledaren. Vill prova fler arbetsuppgifter.",
        "Trepartssamtal med handledaren om arbetstiderna.",
        "Besök. En del frånvaro; vi pratade om rutinerna på morgonen.",
    ),
    ContactKind.CALL: (
        "Telefonsamtal med handledaren. Inga problem.",
        "Ringde efter arbetsdagen. Trött men motiverad.",
        "Samtal med handledaren om sjukfrånvaron förra veckan.",
    ),
}
EXTENSION_REASON = "AF förlänger: behöver mer tid innan ett arbete på vanliga villkor."


@dataclass
class _PersonOsa:
    """One person's AF coding and placements before they are stored; a placement's
    workplace_id is the position of its workplace in WORKPLACES."""

    index: int  # the person's position in DemoPlan.people
    staff: str
    coding: AfCoding | None = None
    placements: list[Placement] = field(default_factory=list)


@dataclass(frozen=True)
class _Stint:
    """A time in the OSA phase, read from the path: a placement starts on its first day."""

    index: int
    start: date
    end: date | None  # None: still in OSA today
    then: Phase | DischargeOutcome | None  # what came after it
    limit: date  # the 14-month limit of its enrolment period (R5)
    outcome: DischargeOutcome | None  # how its enrolment period ended, if it has


def _period_limit(periods: Sequence[EnrolmentPeriod], k: int) -> date:
    """participation_limit for period k, as it read while that period ran."""
    used = sum(((p.end - p.start).days for p in periods[:k] if p.end), 0)
    return add_months(periods[k].start, PARTICIPATION_MONTHS) - _days(used)


def _stints(index: int, state: PathState) -> list[_Stint]:
    stints = []
    for k, period in enumerate(state.periods):
        limit = _period_limit(state.periods, k)
        for i, (since, phase) in enumerate(period.phases):
            if phase is not Phase.OSA:
                continue
            end: date | None
            then: Phase | DischargeOutcome | None
            if i + 1 < len(period.phases):
                end, then = period.phases[i + 1]
            else:
                end, then = period.end, period.outcome
            stints.append(_Stint(index, since, end, then, limit, period.outcome))
    return stints


def _within_twelve(start: date, end: date) -> date:
    """A planned end the register accepts: not before the start, at most 12 months on (R14)."""
    return min(max(end, start), add_months(start, OSA_MONTHS))


def _follow_ups(rng: random.Random, start: date, until: date) -> tuple[FollowUpContact, ...]:
    """Staff visit or call the workplace every four to six weeks (R16's follow-up)."""
    contacts: list[FollowUpContact] = []
    day = start + _days(rng.randint(10, 20))
    while day <= until and len(contacts) < 6:
        kind = ContactKind.VISIT if len(contacts) % 2 == 0 else ContactKind.CALL
        contacts.append(FollowUpContact(day, kind, rng.choice(OSA_CONTACTS[kind])))
        day += _days(rng.randint(28, 42))
    return tuple(contacts)


def _coaching(end: date) -> tuple[date, ...]:
    return tuple(end - _days(d) for d in (42, 28, 14))


def _ended_placement(rng: random.Random, stint: _Stint, staff_name: str) -> Placement:
    """A placement that ended with its OSA time: completed when the participant went on to
    after OSA (handed over to AF), ended early for anything else."""
    assert stint.end is not None
    completed = stint.then is Phase.AFTER_OSA
    start, end = stint.start, stint.end
    if completed:
        planned = _within_twelve(start, end)
    else:
        planned = _within_twelve(start, max(end, min(add_months(start, OSA_MONTHS), stint.limit)))
    extension: dict[str, Any] = {}
    if end > planned:  # ran past 12 months: only with AF's extension
        extension = {
            "extended_to": end,
            "extension_decided_on": planned - _days(rng.randint(14, 28)),
            "extension_reason": EXTENSION_REASON,
        }
    plan = None
    if completed:
        subsidised = stint.outcome is Out.SUBSIDISED_WORK
        step = NextStep.OTHER_SUBSIDISED if subsidised else NextStep.JOB_SEARCH_AF
        plan = AfterOsaPlan(step, staff_name, end + _days(rng.randint(1, 4)), _coaching(end))
    elif stint.then is Out.STUDIES:
        plan = AfterOsaPlan(NextStep.STUDIES, staff_name)
    return Placement(
        0,
        0,
        start,
        planned,
        status=PlacementStatus.ENDED,
        ended_on=end,
        end_reason=EndReason.COMPLETED if completed else EndReason.ENDED_EARLY,
        end_comment=OSA_END_COMMENTS.get(stint.then, "Avbruten i förtid.") if stint.then else "",
        plan=plan,
        **extension,
    )


def _active_placements(
    rng: random.Random, stints: Sequence[_Stint], today: date, staff_names: dict[int, str]
) -> list[Placement]:
    """The running placements, by stint position, shaped so the demo shows each case staff
    meet: one that would run past the 14-month limit, one ending within a month and one within
    three months with no plan for after OSA (the to-do list's urgent and warning items), one
    extended by AF with a plan in place, and the rest planned up to the limit."""
    placements: dict[int, Placement] = {}
    order = sorted(range(len(stints)), key=lambda i: (stints[i].start, stints[i].index))
    # A six-month placement (what the unit first planned, 000:317) that outlasts the
    # participation: someone re-enrolled with little time left.
    past = next((i for i in order if add_months(stints[i].start, 6) > stints[i].limit), None)
    if past is not None:
        order.remove(past)
        start = stints[past].start
        placements[past] = Placement(
            0, 0, start, _within_twelve(start, add_months(start, 6)), status=PlacementStatus.ACTIVE
        )
    for role, i in enumerate(order):
        start, limit = stints[i].start, stints[i].limit
        extension: dict[str, Any] = {}
        plan = None
        if role == 0:  # ends within a month, no plan: urgent
            planned = _within_twelve(start, today + _days(rng.randint(20, 28)))
        elif role == 1:  # planned for six months, extended by AF, with a plan
            planned = _within_twelve(start, add_months(start, 6))
            extended = max(planned + _days(30), min(limit, today + _days(rng.randint(40, 75))))
            extension = {
                "extended_to": extended,
                "extension_decided_on": max(
                    start, min(today, planned - _days(rng.randint(14, 28)))
                ),
                "extension_reason": EXTENSION_REASON,
            }
            plan = AfterOsaPlan(
                NextStep.JOB_SEARCH_AF,
                staff_names[stints[i].index],
                extended + _days(rng.randint(1, 3)),
                _coaching(extended),
            )
        elif role == 2:  # ends within three months, no plan: a warning
            planned = _within_twelve(start, today + _days(rng.randint(45, 80)))
        else:
            planned = _within_twelve(start, max(today, min(add_months(start, OSA_MONTHS), limit)))
        placements[i] = Placement(
            0, 0, start, planned, status=PlacementStatus.ACTIVE, plan=plan, **extension
        )
    return [placements[i] for i in range(len(stints))]


def _coding(
    rng: random.Random,
    person_id: int,
    start: date,
    today: date,
    officer: str,
    decision: CodingDecision,
    decided_by: date | None = None,
) -> AfCoding:
    """R17: requested soon after the enrolment; the certificates from the agencies come in one
    by one, and AF decides once they are all there."""
    requested = min(today, start + _days(rng.randint(7, 21)))
    if decision is CodingDecision.PENDING:
        gathered = rng.randint(0, len(DEFAULT_CERTIFICATES) - 1)
        certificates = {c: n < gathered for n, c in enumerate(DEFAULT_CERTIFICATES)}
        return AfCoding(person_id, requested, certificates, decision, None, officer)
    decided = requested + _days(rng.randint(25, 50))
    if decided_by is not None:
        decided = min(decided, decided_by)
    decided = max(requested, min(decided, today))
    certificates = dict.fromkeys(DEFAULT_CERTIFICATES, True)
    return AfCoding(person_id, requested, certificates, decision, decided, officer)


def _osa(plan: DemoPlan, today: date, extras: Sequence[_Extras]) -> list[_PersonOsa]:
    """AF codings for the enrolled, and a placement for every time in OSA on a path, at one of
    the workplaces with a free place: ended ones as they ended, running ones, and one planned
    for the participant longest in phase 2. Written with save_placement only: the path already
    holds the OSA phase changes, which starting or ending a placement would add again."""
    rng = random.Random(SEED + 3)  # noqa: S311 - its own seed, like the extras
    officers = {
        e.index: next((c.name for c in e.contacts if c.role is ContactRole.AF_OFFICER), "")
        for e in extras
    }
    staff_names = {i: dict(STAFF)[person.responsible] for i, (person, _) in enumerate(plan.people)}
    states = [
        (index, person, state)
        for index, (person, events) in enumerate(plan.people)
        if (state := replay(events)).periods
    ]
    # One placement is planned, for the participant longest in phase 2 now, if they have the
    # time left for one (R5); AF has coded them.
    waiting = [
        (state.periods[-1].phases[-1][0], index, limit)
        for index, _, state in states
        if state.phase is Phase.PHASE_2
        and (limit := participation_limit(state)) is not None
        and limit > today + _days(35 + 60)
    ]
    next_in_line = min(waiting)[1] if waiting else None
    people: dict[int, _PersonOsa] = {}
    stints: list[_Stint] = []
    for index, person, state in states:
        mine = _stints(index, state)
        stints += mine
        entry = _PersonOsa(index, person.responsible)
        officer = officers.get(index, "")
        first = state.periods[0].start
        if mine:
            entry.coding = _coding(
                rng, 0, first, today, officer, CodingDecision.GRANTED, mine[0].start - _days(5)
            )
        elif state.periods[-1].outcome is Out.NOT_OSA_ELIGIBLE:
            end = state.periods[-1].end
            entry.coding = _coding(rng, 0, first, today, officer, CodingDecision.DENIED, end)
        elif state.status is Status.ENROLLED:
            # Some in the early phases are still waiting for AF (the goal "Få kodning för OSA").
            pending = len(people) % 2 == 1 and index != next_in_line
            decision = CodingDecision.PENDING if pending else CodingDecision.GRANTED
            entry.coding = _coding(rng, 0, state.periods[-1].start, today, officer, decision)
        else:
            continue
        people[index] = entry

    current = [s for s in stints if s.end is None]
    placements = list(
        zip(
            (s.index for s in current),
            _active_placements(rng, current, today, staff_names),
            strict=True,
        )
    )
    placements += [
        (s.index, _ended_placement(rng, s, staff_names[s.index])) for s in stints if s.end
    ]
    if next_in_line is not None:  # starting in three to five weeks
        limit = min(waiting)[2]
        start = today + _days(rng.randint(21, 35))
        planned = _within_twelve(start, min(add_months(start, OSA_MONTHS), limit))
        placements.append((next_in_line, Placement(0, 0, start, planned)))

    # Each at a workplace with a place free on its first day: taken in order of start, the
    # places taken later in its time can only be fewer, so no workplace is ever over-full.
    placed: list[Placement] = []
    for index, placement in sorted(placements, key=lambda p: (p[1].start, p[0])):
        free = [
            w
            for w, workplace in enumerate(WORKPLACES)
            if sum(1 for p in placed if p.workplace_id == w and p.occupies(placement.start))
            < workplace.places
        ]
        if not free:
            raise ValueError(f"demo OSA placement on {placement.start} has no free place")
        workplace = rng.choice(free)
        supervisor = WORKPLACES[workplace].supervisor_name
        until = min(placement.end, today - _days(1))
        contacts = _follow_ups(rng, placement.start, until) if rng.random() < 0.75 else ()
        if placement.status is PlacementStatus.PLANNED:
            contacts = ()
        stored = replace(
            placement,
            workplace_id=workplace,
            supervisor=supervisor,
            hours_per_week=float(rng.choice((40, 40, 30, 30, 20))),
            wage_subsidy_ref=f"Af-{placement.start:%Y}-{rng.randint(100000, 999999)}",
            contacts=contacts,
        ).validated()
        placed.append(stored)
        people[index].placements.append(stored)
    return [people[i] for i in sorted(people)]


def _write_osa(
    register: Register,
    person_ids: Sequence[int],
    workplace_ids: Sequence[int],
    people: Sequence[_PersonOsa],
) -> None:
    """Straight into the store, as they stand today (see _osa: no path events added)."""
    repository = OsaRepository(register)
    for entry in people:
        person_id = person_ids[entry.index]
        if entry.coding is not None:
            repository.save_coding(replace(entry.coding, person_id=person_id))
        for placement in entry.placements:
            stored = repository.save_placement(
                replace(
                    placement,
                    person_id=person_id,
                    workplace_id=workplace_ids[placement.workplace_id],
                    contacts=(),
                )
            )
            for contact in placement.contacts:
                repository.add_contact(_stored(stored.id), contact)


PURPOSE_SV = "Etablering på arbetsmarknaden genom programmet"
CONSENT_NOTES = (
    "",
    "",
    "",
    "Blanketten genomgången tillsammans, med tolk.",
    "Undertecknad vid inskrivningen.",
)


@dataclass
class _PersonConsents:
    """One person's consents (withdrawals included) and the lines of the disclosure log that
    the printed forms and the ambassadors' summaries left, as the responsible staff recorded
    them; person ids are filled in when they are stored."""

    index: int
    staff: str
    consents: list[Consent] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)

    def printed(self, day: date) -> None:
        """The form printed for the person to sign: a line of the log, to the person."""
        self.disclosures.append(
            Disclosure(0, DATA_SUBJECT, frozenset(), "consent_form", day, self.staff)
        )


def _consents(plan: DemoPlan, today: date) -> list[_PersonConsents]:
    """R18–R22 as a unit keeps them: a consent to the security check at each referral (R20),
    and an information-sharing consent at each enrolment, renewed before its year is out; a
    discharge ends it (R18). Most are written, some oral; the programme description was not
    always handed over (R22). Three people show what the to-do list is for: one whose consent
    ends within 30 days, one who withdrew theirs lately after two partner units had received
    the weekly summaries, and one enrolled with no consent recorded."""
    rng = random.Random(SEED + 4)  # noqa: S311 - its own seed, like the extras
    sharing_units, sharing_categories = SUGGESTED[INFORMATION_SHARING]
    check_units, check_categories = SUGGESTED[SECURITY_CHECK]
    states = [
        (index, person, events, replay(events))
        for index, (person, events) in enumerate(plan.people)
    ]
    enrolled_now = [i for i, _, _, state in states if state.status is Status.ENROLLED]
    # The three special cases, from those enrolled within the last 200 days, so
    # a year's consent would still run long: the shortening and the withdrawal are choices.
    recent = sorted(
        i
        for i, _, _, state in states
        if i in enrolled_now and (today - state.periods[-1].start).days < 200
    )
    without, withdrawn, ending = rng.sample(recent, 3) if len(recent) >= 3 else (None,) * 3

    found: list[_PersonConsents] = []
    for index, person, events, state in states:
        entry = _PersonConsents(index, person.responsible)
        for event in events:
            if event.kind is EventKind.SECURITY_CONSENT:
                entry.consents.append(
                    Consent(
                        0,
                        SECURITY_CHECK,
                        frozenset(check_units),
                        frozenset(check_categories),
                        event.on,
                        event.on + _days(60),  # long enough for the security centre's check
                        purpose="Säkerhetskontroll inför inskrivning",
                        description_handed_over=True,
                    )
                )
                entry.printed(event.on)
        for period in state.periods:
            if index == without and period is state.periods[-1]:
                continue  # R22: undocumented, as the reports found for about half the clients
            categories = set(sharing_categories)
            if rng.random() < 0.5:
                categories.add("drug_tests")
            if any(phase is Phase.OSA for _, phase in period.phases):
                categories.add("osa")
            form = ConsentForm.ORAL if rng.random() < 0.15 else ConsentForm.WRITTEN
            handed_over = rng.random() < 0.8
            given = period.start
            while True:
                until = last_valid_day(given)
                note = rng.choice(CONSENT_NOTES)
                if index == ending and period is state.periods[-1]:
                    until = today + _days(rng.randint(8, 25))
                    note = "Ville pröva samtycket under en kortare tid till att börja med."
                entry.consents.append(
                    Consent(
                        0,
                        INFORMATION_SHARING,
                        frozenset(sharing_units),
                        frozenset(categories),
                        given,
                        until,
                        form=form,
                        purpose=PURPOSE_SV,
                        description_handed_over=handed_over,
                        note=note if form is ConsentForm.WRITTEN else "Muntligt samtycke.",
                    )
                )
                if form is ConsentForm.WRITTEN:
                    entry.printed(given)
                # Renewed a little before the year is out while the period goes on.
                if until >= (period.end or today):
                    break
                given = until - _days(rng.randint(3, 20))
                handed_over = True
        if index == withdrawn:
            consent = entry.consents[-1]
            on = today - _days(rng.randint(4, 12))
            entry.consents[-1] = replace(
                consent,
                withdrawal=Withdrawal(
                    on, WithdrawalMethod.PHONE, "Vill inte att uppgifter lämnas ut längre."
                ),
            )
            # The weekly summaries to the ambassadors of IFO and Försörjningsenheten (000:412)
            # before the withdrawal: the units to tell now.
            for weeks in (3, 2, 1):
                day = on - _days(7 * weeks)
                if day >= consent.given_on:
                    for unit in ("ifo", "income_support"):
                        entry.disclosures.append(
                            Disclosure(
                                0,
                                unit,
                                frozenset({"action_plan"}),
                                "ambassador_summary",
                                day,
                                entry.staff,
                            )
                        )
        if entry.consents:
            found.append(entry)
    return found


def _write_consents(
    register: Register, person_ids: Sequence[int], people: Sequence[_PersonConsents]
) -> None:
    """Through the consent store (so every rule holds), and the disclosure log as the export
    door writes it: one audit entry per document, on the day it was made."""
    repository = ConsentRepository(register)
    for entry in people:
        person_id = person_ids[entry.index]
        for consent in entry.consents:
            stored = repository.add(replace(consent, person_id=person_id, withdrawal=None))
            if consent.withdrawal is not None:
                repository.withdraw(_stored(stored.id), consent.withdrawal)
        for line in sorted(entry.disclosures, key=lambda d: d.on):
            at = datetime.combine(line.on, time(10, 30)).astimezone()
            with register.write() as tx:
                seq = tx.audit(Action.EXPORT, line.document, person_id, at=at)
                record_disclosures(tx, seq, [replace(line, person_id=person_id, at=at)])


def _stored(item_id: int | None) -> int:
    if item_id is None:
        raise RuntimeError("the register returned a record without an id")
    return item_id


def _with_group_ids(events: Sequence[PathEvent], group_ids: Sequence[int]) -> list[PathEvent]:
    return [
        replace(e, data={**e.data, "group_id": group_ids[int(e.data["group_id"])]})
        if e.kind is EventKind.ENROLMENT
        else e
        for e in events
    ]


def _write_extras(register: Register, person_ids: Sequence[int], extras: Sequence[_Extras]) -> None:
    repository = ParticipantRepository(register)
    for extra in extras:
        person_id = person_ids[extra.index]
        for contact in extra.contacts:
            repository.save_contact(person_id, contact)
        for goal in extra.goals:
            repository.save_goal(person_id, goal)
        note_ids: list[int] = []
        for note, corrects in extra.notes:
            target = None if corrects is None else note_ids[corrects]
            note_ids.append(
                _stored(repository.add_note(person_id, replace(note, corrects=target)).id)
            )
        for checkin in extra.checkins:
            repository.add_checkin(person_id, checkin)


def _remove_register(path: Path) -> None:
    files = RegisterFiles(Path(path))
    database = files.database
    for leftover in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        files.keyslots,
        files.keyslots_backup,
        files.signin_attempts,
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def build_demo(path: Path, password: str, *, today: date, kdf: KdfParams | None = None) -> Register:
    """Create a new demonstration register at `path` and return it open, signed in as the
    administrator `demo` with `password`. The staff accounts karin and ali sign in with
    `staff_password(password, name)`. The same `today` always gives the same contents."""
    plan = demo_plan(today)
    extras = _extras(plan, today)
    providers, drug_tests = _drug_tests(plan, today)
    osa = _osa(plan, today, extras)
    consents = _consents(plan, today)
    # The recovery key is not kept: a demo register holds nothing worth recovering.
    register, _recovery_key = Register.create(
        path, username=DEMO_USER, password=password, display_name=DEMO_DISPLAY_NAME, kdf=kdf
    )
    try:
        save_settings(register, UnitSettings(unit_name=UNIT_NAME, municipality=MUNICIPALITY))
        mark_as_demo(register)
        for username, display_name in STAFF:
            register.add_user(
                username,
                display_name,
                Role.STAFF,
                staff_password(password, username),
                must_change=False,
            )
        repository = ParticipantRepository(register)
        group_ids = [_stored(repository.create_group(group).id) for group in plan.groups]
        created = repository.create_many(
            [(person, _with_group_ids(events, group_ids)) for person, events in plan.people],
            today=today,
        )
        person_ids = [_stored(person.id) for person in created]
        tests = DrugTestRepository(register)
        provider_ids = [_stored(tests.save_provider(provider).id) for provider in providers]
        workplaces = OsaRepository(register)
        workplace_ids = [_stored(workplaces.save_workplace(w).id) for w in WORKPLACES]
        ambassadors = AmbassadorRepository(register)
        for ambassador in AMBASSADORS:
            ambassadors.save(ambassador)
        register.close()
        # Each staff member records their own people's contacts, plans, notes, check-ins, drug
        # tests, AF codings and placements, so every note, result and follow-up is signed by
        # the one responsible, as in a register in real use.
        for username, _ in STAFF:
            session = Register.open(path, username, staff_password(password, username), kdf=kdf)
            try:
                mine = [e for e in extras if e.staff == username]
                _write_extras(session, person_ids, mine)
                _write_drug_tests(
                    session,
                    person_ids,
                    provider_ids,
                    [t for t in drug_tests if t.staff == username],
                )
                _write_osa(
                    session, person_ids, workplace_ids, [o for o in osa if o.staff == username]
                )
                _write_consents(session, person_ids, [c for c in consents if c.staff == username])
            finally:
                session.close()
        return Register.open(path, DEMO_USER, password, kdf=kdf)
    except BaseException:
        # Nothing half-built is left behind; the path was new, so these files are all ours.
        register.close()
        _remove_register(path)
        raise

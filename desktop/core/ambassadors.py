"""The weekly summary for each partner unit's ambassador (domain §1, R21): what that unit may be
told about one ISO week, computed once here for the window, the PDF and the command line.

The rules, as `weekly_summary` applies them:

- The week is an ISO week: Monday to Sunday; week 1 is the one holding the year's first
  Thursday, so a year has 52 or 53 weeks (2026 has 53, and 2027-W01 starts on 4 January 2027).
- The week's participants are everyone enrolled on at least one day of it (an enrolment or a
  discharge during the week included).
- For each of them the summary may hold these lines, each with the data category of the consent
  form it discloses (desktop/core/consent.py):

  | line                                                     | category                  |
  | -------------------------------------------------------- | ------------------------- |
  | enrolment, phase change (phases 1, 2, extra support)     | action_plan               |
  | phase change to OSA or after OSA; OSA start, end,        | osa                       |
  | extension; a placement starting or ending soon; for AF   |                           |
  | only, contact with AF and job-search coaching from the   |                           |
  | after-OSA plan                                           |                           |
  | discharge (the outcome only when its category is         | action_plan (prison:      |
  | allowed too; otherwise just "discharged")                | criminal_records; care:   |
  |                                                          | health)                   |
  | action-plan goals assigned to the ambassador's unit      | action_plan               |
  | (responsible: a partner unit whose name matches), and    |                           |
  | their follow-ups coming up                               |                           |
  | needs flagged for the unit: housing → IFO, income →      | action_plan (addiction:   |
  | Försörjningsenheten, addiction → IFO                     | health)                   |
  | the week's drug tests                                    | drug_tests                |

  "Coming up" means the UPCOMING_DAYS days after the week's Sunday.
- The gate decides, for the ambassador's unit on the day the summary is made, which categories
  may go (`permitted`); a line whose category it refuses is left out. A person with no line left
  is not named: they are counted under "Other" with everyone the unit's consent does not cover
  (R21), and the week's events among them are given as counts only. A personnummer is never
  part of a summary; the staff member's own line is refused if it holds one, or the name of a
  participant the summary does not name.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from desktop.core.consent import DATA_SUBJECT, INTERNAL, ConsentOptions
from desktop.core.drugtests import Outcome, Substance, TestResult, current_results
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import label_of
from desktop.core.osa import EndReason, Placement, PlacementStatus
from desktop.core.path import DischargeOutcome, EventKind, PathEvent, Phase, replay
from desktop.core.records import Goal, GoalStatus, Need, Person, Responsible
from desktop.core.settings import FieldError
from desktop.core.text import clean_line, clean_text

UPCOMING_DAYS = 14  # "meetings coming up": the fortnight after the week, until the next summary
NAME_MAX = 100
NOTE_MAX = 1_000

ACTION_PLAN = "action_plan"
OSA = "osa"
DRUG_TESTS = "drug_tests"
HEALTH = "health"
CRIMINAL_RECORDS = "criminal_records"

# Needs that a partner unit acts on (domain §1: IFO gives housing and addiction care,
# Försörjningsenheten income support), with the category the need belongs to.
NEED_UNITS: Mapping[Need, tuple[str, str]] = {
    Need.HOUSING: ("ifo", ACTION_PLAN),
    Need.ADDICTION: ("ifo", HEALTH),
    Need.INCOME: ("income_support", ACTION_PLAN),
}

# Words that name a default unit in an action-plan goal's "responsible" field, which is free
# text ("IFO Borås stad", "Arbetsförmedlingen Borås"). Matched at the start of a word; the
# short ones only as a whole word. A unit an administrator added is matched by its own name.
UNIT_WORDS: Mapping[str, tuple[str, ...]] = {
    "ifo": ("ifo", "individ- och familjeomsorg", "socialtjänst", "social services"),
    "income_support": (
        "försörjningsenhet",
        "försörjningsstöd",
        "ekonomiskt bistånd",
        "income support",
    ),
    "af": ("af", "arbetsförmedling", "employment service"),
    "frivarden": ("frivård", "kriminalvård", "probation"),
    "home_municipality": ("hemkommun", "home municipality"),
    "security_centre": ("säkerhetscent", "security centre"),
}


def _t(source: str) -> str:
    return translate("Ambassadors", source)


# ----------------------------------------------------------------------------- ISO weeks


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always lies in the year's last ISO week."""
    return date(year, 12, 28).isocalendar().week


_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]?\s*(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise FieldError(
                "week",
                QT_TRANSLATE_NOOP("AppError", "{year} has no week {week}."),
                year=self.year,
                week=self.week,
            )

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """ "2026-W47" (also "2026W47", "2026-47"), or a `FieldError`."""
        found = _WEEK.match(text)
        if found is None:
            raise FieldError(
                "week", QT_TRANSLATE_NOOP("AppError", "Write the week as 2026-W47."), text=text
            )
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @classmethod
    def last_complete(cls, today: date) -> IsoWeek:
        """The week before the one `today` is in: the default for a summary."""
        return cls.of(today - timedelta(days=7))

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def contains(self, day: date) -> bool:
        return self.monday <= day <= self.sunday

    def previous(self) -> IsoWeek:
        return IsoWeek.of(self.monday - timedelta(days=7))

    def next(self) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


# ----------------------------------------------------------------------------- ambassadors


@dataclass(frozen=True)
class Ambassador:
    """A partner unit's representative who gets the weekly summary on paper (domain §1)."""

    name: str
    unit: str  # a receiving unit's code from the consent options: the gate's recipient
    phone: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None

    def validated(self, options: ConsentOptions) -> Ambassador:
        name = clean_line(self.name)
        if not name:
            raise FieldError("name", QT_TRANSLATE_NOOP("AppError", "This must be filled in."))
        if len(name) > NAME_MAX:
            raise FieldError(
                "name", QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=NAME_MAX
            )
        codes = {u.code for u in options.units}
        if self.unit in (INTERNAL, DATA_SUBJECT) or self.unit not in codes:
            raise FieldError(
                "unit", QT_TRANSLATE_NOOP("AppError", "Choose the unit the ambassador is from.")
            )
        phone = clean_line(self.phone)
        email = clean_line(self.email)
        if len(phone) > 40:
            raise FieldError(
                "phone", QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=40
            )
        if email and ("@" not in email or any(c.isspace() for c in email) or len(email) > NAME_MAX):
            raise FieldError("email", QT_TRANSLATE_NOOP("AppError", "Not an e-mail address."))
        return replace(self, name=name, phone=phone, email=email)


def file_number(ambassador: Ambassador, everyone: Iterable[Ambassador]) -> int:
    """The ambassador's number within their unit (1, 2, …), by the order they were added; it
    stays the same when another is deactivated, so a file name keeps meaning one person."""
    same = sorted(a.id or 0 for a in everyone if a.unit == ambassador.unit)
    return same.index(ambassador.id or 0) + 1 if (ambassador.id or 0) in same else 1


def _safe(code: str) -> str:
    plain = unicodedata.normalize("NFKD", code).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-") or "enhet"


def summary_file_name(week: IsoWeek, unit: str, number: int) -> str:
    """E.g. veckosammanfattning-2026-W47-ifo-1.pdf: the week, the unit and a number; never a
    name."""
    return f"veckosammanfattning-{week}-{_safe(unit)}-{number}.pdf"


def combined_file_name(week: IsoWeek) -> str:
    return f"veckosammanfattningar-{week}-utskrift.pdf"


# ----------------------------------------------------------------------------- the week's facts


@dataclass(frozen=True)
class GoalFacts:
    """An action-plan goal with the days it was added and last changed (local dates)."""

    goal: Goal
    created_on: date
    updated_on: date


@dataclass(frozen=True)
class PersonWeek:
    person: Person
    events: tuple[PathEvent, ...]
    goals: tuple[GoalFacts, ...] = ()
    placements: tuple[Placement, ...] = ()
    results: tuple[TestResult, ...] = ()  # taken during the week
    responsible: str = ""  # the staff member's name, for the ambassador to call


@dataclass(frozen=True)
class WeekFacts:
    """What the register holds about the week's participants, read once for all ambassadors."""

    week: IsoWeek
    people: tuple[PersonWeek, ...]
    workplaces: Mapping[int, str] = field(default_factory=dict)
    all_names: frozenset[str] = frozenset()  # every person's full name, casefolded


_ENROLLED_STEPS = frozenset({EventKind.ENROLMENT, EventKind.PHASE_CHANGE})


def in_programme(events: Sequence[PathEvent], week: IsoWeek) -> bool:
    """Enrolled on at least one day of the week."""
    # Most paths are told without a replay (each week's summaries look at every path): without
    # an enrolment by the week's end there is no period, and when the last step before the week
    # is a discharge or a step of a new intake, every period had ended before the week began.
    latest, enrolled = None, False
    for event in events:
        if event.on > week.sunday:
            break
        latest = event
        enrolled = enrolled or event.kind is EventKind.ENROLMENT
    if latest is None or not enrolled:
        return False
    if latest.on < week.monday and latest.kind not in _ENROLLED_STEPS:
        return False
    state = replay(e for e in events if e.on <= week.sunday)
    for period in state.periods:
        if period.start <= week.sunday and (period.end is None or period.end >= week.monday):
            return True
    return False


def week_facts(
    week: IsoWeek,
    people: Mapping[int, Person],
    paths: Mapping[int, Sequence[PathEvent]],
    goals: Mapping[int, Sequence[GoalFacts]] | None = None,
    placements: Mapping[int, Sequence[Placement]] | None = None,
    results: Mapping[int, Sequence[TestResult]] | None = None,
    workplaces: Mapping[int, str] | None = None,
    responsible: Mapping[str, str] | None = None,
) -> WeekFacts:
    """The week's participants with what the summary reads about each (results outside the week
    are dropped here, corrections applied)."""
    goals, placements, results = goals or {}, placements or {}, results or {}
    names = responsible or {}
    chosen = []
    for person_id, events in paths.items():
        person = people.get(person_id)
        if person is None or not in_programme(events, week):
            continue
        week_results = tuple(
            r
            for r in current_results(results.get(person_id, ()))
            if week.contains(r.taken_at.date())
        )
        chosen.append(
            PersonWeek(
                person,
                tuple(events),
                tuple(goals.get(person_id, ())),
                tuple(placements.get(person_id, ())),
                week_results,
                names.get(person.responsible, person.responsible),
            )
        )
    chosen.sort(key=lambda p: (p.person.last_name.casefold(), p.person.first_name.casefold()))
    return WeekFacts(
        week,
        tuple(chosen),
        dict(workplaces or {}),
        frozenset(p.name.casefold() for p in people.values()),
    )


# ----------------------------------------------------------------------------- lines


class LineKind(StrEnum):
    ENROLMENT = "enrolment"
    PHASE_CHANGE = "phase_change"
    DISCHARGE = "discharge"
    OSA_START = "osa_start"
    OSA_END = "osa_end"
    OSA_EXTENSION = "osa_extension"
    GOAL = "goal"
    NEED = "need"
    FOLLOW_UP = "follow_up"
    OSA_STARTS = "osa_starts"  # coming up
    OSA_ENDS = "osa_ends"  # coming up
    AF_CONTACT = "af_contact"  # coming up
    COACHING = "coaching"  # coming up
    DRUG_TESTS = "drug_tests"


# The week's events, counted under "Other" for the people not named.
EVENT_KINDS = (
    LineKind.ENROLMENT,
    LineKind.PHASE_CHANGE,
    LineKind.OSA_START,
    LineKind.OSA_EXTENSION,
    LineKind.OSA_END,
    LineKind.DISCHARGE,
)
COMING_UP = (
    LineKind.FOLLOW_UP,
    LineKind.OSA_STARTS,
    LineKind.OSA_ENDS,
    LineKind.AF_CONTACT,
    LineKind.COACHING,
)

_TEMPLATES: Mapping[LineKind, str] = {
    LineKind.ENROLMENT: QT_TRANSLATE_NOOP("Ambassadors", "Enrolled in the programme"),
    LineKind.PHASE_CHANGE: QT_TRANSLATE_NOOP("Ambassadors", "New phase: {phase}"),
    LineKind.DISCHARGE: QT_TRANSLATE_NOOP("Ambassadors", "Discharged from the programme"),
    LineKind.OSA_START: QT_TRANSLATE_NOOP("Ambassadors", "Started OSA at {workplace}"),
    LineKind.OSA_END: QT_TRANSLATE_NOOP("Ambassadors", "OSA at {workplace} ended ({reason})"),
    LineKind.OSA_EXTENSION: QT_TRANSLATE_NOOP(
        "Ambassadors", "AF extended the OSA placement until {until}"
    ),
    LineKind.GOAL: QT_TRANSLATE_NOOP("Ambassadors", "Action plan, for your unit: {goal}"),
    LineKind.NEED: QT_TRANSLATE_NOOP("Ambassadors", "Needs support with: {need}"),
    LineKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Ambassadors", "Follow-up of the goal: {goal}"),
    LineKind.OSA_STARTS: QT_TRANSLATE_NOOP(
        "Ambassadors", "OSA placement at {workplace} is to start"
    ),
    LineKind.OSA_ENDS: QT_TRANSLATE_NOOP("Ambassadors", "OSA placement at {workplace} ends"),
    LineKind.AF_CONTACT: QT_TRANSLATE_NOOP("Ambassadors", "Contact with AF again (after OSA)"),
    LineKind.COACHING: QT_TRANSLATE_NOOP("Ambassadors", "Job-search coaching"),
    LineKind.DRUG_TESTS: QT_TRANSLATE_NOOP("Ambassadors", "Drug tests this week: {tests}"),
}

# Counts under "Other": "{count} enrolled", …
_COUNT_TEMPLATES: Mapping[LineKind, str] = {
    LineKind.ENROLMENT: QT_TRANSLATE_NOOP("Ambassadors", "{count} enrolled"),
    LineKind.PHASE_CHANGE: QT_TRANSLATE_NOOP("Ambassadors", "{count} changed phase"),
    LineKind.OSA_START: QT_TRANSLATE_NOOP("Ambassadors", "{count} started OSA"),
    LineKind.OSA_EXTENSION: QT_TRANSLATE_NOOP("Ambassadors", "{count} OSA placements extended"),
    LineKind.OSA_END: QT_TRANSLATE_NOOP("Ambassadors", "{count} OSA placements ended"),
    LineKind.DISCHARGE: QT_TRANSLATE_NOOP("Ambassadors", "{count} discharged"),
}


@dataclass(frozen=True)
class Line:
    """One thing the ambassador is told about a person. `params` hold codes, dates and the
    register's own words (a goal, a workplace), never translated text, so the content is the
    same whatever the language and a later draft can be compared with what was sent."""

    kind: LineKind
    on: date | None
    category: str
    params: tuple[tuple[str, str], ...] = ()
    fallback: Line | None = None  # said instead when the category is not allowed

    def param(self, key: str) -> str:
        return dict(self.params).get(key, "")

    def text(self) -> str:
        p = dict(self.params)
        words: dict[str, str] = {}
        if self.kind is LineKind.PHASE_CHANGE:
            words["phase"] = label_of(Phase, p.get("phase"))
        elif self.kind is LineKind.OSA_END:
            words["reason"] = label_of(EndReason, p.get("reason"))
        elif self.kind is LineKind.NEED:
            words["need"] = _lower(label_of(Need, p.get("need")))
        elif self.kind is LineKind.DRUG_TESTS:
            words["tests"] = _tests_text(p)
        text = _t(_TEMPLATES[self.kind]).format(
            phase=words.get("phase", ""),
            workplace=p.get("workplace", ""),
            reason=words.get("reason", ""),
            until=p.get("until", ""),
            goal=p.get("goal", ""),
            need=words.get("need", ""),
            tests=words.get("tests", ""),
        )
        extra = []
        if self.kind is LineKind.DISCHARGE and p.get("outcome"):
            extra.append(_lower(label_of(DischargeOutcome, p["outcome"])))
        if self.kind is LineKind.GOAL:
            extra.append(_lower(label_of(GoalStatus, p.get("status"))))
            if p.get("due"):
                extra.append(
                    _t(QT_TRANSLATE_NOOP("Ambassadors", "due {date}")).format(date=p["due"])
                )
            if p.get("overdue"):
                extra.append(_t(QT_TRANSLATE_NOOP("Ambassadors", "overdue")))
            if p.get("new"):
                extra.append(_t(QT_TRANSLATE_NOOP("Ambassadors", "new this week")))
            elif p.get("changed"):
                extra.append(_t(QT_TRANSLATE_NOOP("Ambassadors", "changed this week")))
        if self.kind is LineKind.OSA_ENDS and p.get("plan") == "no":
            extra.append(_t(QT_TRANSLATE_NOOP("Ambassadors", "no plan for after OSA yet")))
        return f"{text} ({', '.join(extra)})" if extra else text

    @property
    def coming_up(self) -> bool:
        return self.kind in COMING_UP

    def key(self) -> tuple[str, str, tuple[tuple[str, str], ...]]:
        return (self.kind.value, self.on.isoformat() if self.on else "", self.params)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "on": self.on.isoformat() if self.on else None,
            "category": self.category,
            "params": dict(self.params),
        }

    @staticmethod
    def from_json(raw: Mapping[str, Any]) -> Line:
        on = raw.get("on")
        return Line(
            LineKind(raw["kind"]),
            date.fromisoformat(on) if on else None,
            str(raw.get("category", "")),
            tuple(sorted((str(k), str(v)) for k, v in dict(raw.get("params", {})).items())),
        )


def _line(kind: LineKind, on: date | None, category: str, **params: object) -> Line:
    return Line(
        kind,
        on,
        category,
        tuple(sorted((k, str(v)) for k, v in params.items() if v not in (None, "", False))),
    )


def _lower(word: str) -> str:
    """A label inside a sentence: "Planned" → "planned" (but "OSA" and "AF" stay)."""
    return word[:1].lower() + word[1:] if word[1:2].islower() else word


def _tests_text(p: Mapping[str, str]) -> str:
    parts = [
        _t(QT_TRANSLATE_NOOP("Ambassadors", "{count} taken")).format(count=p.get("taken", "0"))
    ]
    for key, source in (
        ("negative", QT_TRANSLATE_NOOP("Ambassadors", "{count} negative")),
        ("positive", QT_TRANSLATE_NOOP("Ambassadors", "{count} positive")),
        ("no_show", QT_TRANSLATE_NOOP("Ambassadors", "{count} not given (no-show)")),
        ("other", QT_TRANSLATE_NOOP("Ambassadors", "{count} other outcome")),
    ):
        if p.get(key, "0") != "0":
            parts.append(_t(source).format(count=p[key]))
    text = ", ".join(parts)
    if p.get("substances"):
        names = [_lower(label_of(Substance, s)) for s in p["substances"].split(",")]
        text += " · " + _t(QT_TRANSLATE_NOOP("Ambassadors", "positive for {substances}")).format(
            substances=", ".join(names)
        )
    return text


@lru_cache(maxsize=8)
def _unit_patterns(options: ConsentOptions) -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for unit in options.units:
        words = {*UNIT_WORDS.get(unit.code, ()), unit.label.casefold(), unit.shown().casefold()}
        alternatives = [
            re.escape(word) + (r"(?!\w)" if len(word) <= 3 else "")
            for word in sorted(words)
            if word
        ]
        patterns.append((unit.code, re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")))
    return tuple(patterns)


def partner_units(responsible_name: str, options: ConsentOptions) -> frozenset[str]:
    """The receiving units a goal's "responsible" words name (free text such as "IFO Borås
    stad"): the default units by the words in UNIT_WORDS, any unit by its own name."""
    text = " ".join(responsible_name.casefold().split())
    if not text:
        return frozenset()
    return frozenset(code for code, pattern in _unit_patterns(options) if pattern.search(text))


_DISCHARGE_CATEGORY: Mapping[str, str] = {
    DischargeOutcome.PRISON.value: CRIMINAL_RECORDS,
    DischargeOutcome.CARE.value: HEALTH,
}


def person_lines(
    facts: PersonWeek,
    week: IsoWeek,
    unit: str,
    workplaces: Mapping[int, str],
    options: ConsentOptions,
) -> list[Line]:
    """Everything the summary could say about one person to `unit`, before the gate."""
    lines: list[Line] = []
    horizon = week.sunday + timedelta(days=UPCOMING_DAYS)

    def coming(day: date | None) -> bool:
        return day is not None and week.sunday < day <= horizon

    osa_days = {p.start for p in facts.placements if p.status is not PlacementStatus.PLANNED}
    osa_end_days = {p.ended_on for p in facts.placements if p.ended_on is not None}
    for event in facts.events:
        if not week.contains(event.on):
            continue
        if event.kind is EventKind.ENROLMENT:
            lines.append(_line(LineKind.ENROLMENT, event.on, ACTION_PLAN))
        elif event.kind is EventKind.PHASE_CHANGE:
            phase = Phase(event.data["phase"])
            # Starting or ending a placement moves the phase: the OSA line says more.
            if (phase is Phase.OSA and event.on in osa_days) or (
                phase is Phase.AFTER_OSA and event.on in osa_end_days
            ):
                continue
            category = OSA if phase in (Phase.OSA, Phase.AFTER_OSA) else ACTION_PLAN
            lines.append(_line(LineKind.PHASE_CHANGE, event.on, category, phase=phase.value))
        elif event.kind is EventKind.DISCHARGE:
            outcome = str(event.data.get("outcome", ""))
            plain = _line(LineKind.DISCHARGE, event.on, ACTION_PLAN)
            category = _DISCHARGE_CATEGORY.get(outcome, ACTION_PLAN)
            told = _line(LineKind.DISCHARGE, event.on, category, outcome=outcome)
            lines.append(replace(told, fallback=plain) if category != ACTION_PLAN else told)

    for placement in facts.placements:
        workplace = workplaces.get(placement.workplace_id, "")
        started = placement.status is not PlacementStatus.PLANNED
        if started and week.contains(placement.start):
            lines.append(_line(LineKind.OSA_START, placement.start, OSA, workplace=workplace))
        if placement.ended_on is not None and week.contains(placement.ended_on):
            reason = placement.end_reason.value if placement.end_reason else ""
            lines.append(
                _line(LineKind.OSA_END, placement.ended_on, OSA, workplace=workplace, reason=reason)
            )
        decided = placement.extension_decided_on
        if placement.extended_to is not None and decided is not None and week.contains(decided):
            lines.append(
                _line(LineKind.OSA_EXTENSION, decided, OSA, until=placement.extended_to.isoformat())
            )
        if placement.status is PlacementStatus.PLANNED and coming(placement.start):
            lines.append(_line(LineKind.OSA_STARTS, placement.start, OSA, workplace=workplace))
        if placement.status is PlacementStatus.ACTIVE and coming(placement.end):
            lines.append(
                _line(
                    LineKind.OSA_ENDS,
                    placement.end,
                    OSA,
                    workplace=workplace,
                    plan="yes" if placement.plan is not None else "no",
                )
            )
        # The after-OSA plan's contact with AF and the job-search coaching are AF's business.
        if (
            unit == "af"
            and placement.plan is not None
            and placement.status is not PlacementStatus.ENDED
        ):
            if coming(placement.plan.af_contact_on):
                lines.append(_line(LineKind.AF_CONTACT, placement.plan.af_contact_on, OSA))
            for day in placement.plan.coaching:
                if coming(day):
                    lines.append(_line(LineKind.COACHING, day, OSA))

    for facts_goal in facts.goals:
        goal = facts_goal.goal
        if goal.responsible is not Responsible.PARTNER:
            continue
        if unit not in partner_units(goal.responsible_name, options):
            continue
        changed = week.contains(facts_goal.updated_on)
        if goal.status.open or changed:
            lines.append(
                _line(
                    LineKind.GOAL,
                    None,
                    ACTION_PLAN,
                    goal=goal.description,
                    status=goal.status.value,
                    due=goal.due.isoformat() if goal.due else "",
                    overdue=goal.status.open and goal.due is not None and goal.due < week.sunday,
                    new=week.contains(facts_goal.created_on),
                    changed=changed,
                )
            )
        if goal.status.open:
            for follow_up in goal.follow_ups:
                if follow_up.done_on is None and coming(follow_up.on):
                    lines.append(
                        _line(LineKind.FOLLOW_UP, follow_up.on, ACTION_PLAN, goal=goal.description)
                    )

    for need in sorted(facts.person.needs):
        flagged = NEED_UNITS.get(need)
        if flagged is not None and flagged[0] == unit:
            lines.append(_line(LineKind.NEED, None, flagged[1], need=need.value))

    if facts.results:
        counts: Counter[str] = Counter()
        substances: set[str] = set()
        for result in facts.results:
            if result.outcome is Outcome.RESULT:
                positive = [v.substance.value for v in result.values if v.positive]
                counts["positive" if positive else "negative"] += 1
                substances.update(positive)
            elif result.outcome is Outcome.NO_SHOW:
                counts["no_show"] += 1
            else:
                counts["other"] += 1
        lines.append(
            _line(
                LineKind.DRUG_TESTS,
                None,
                DRUG_TESTS,
                taken=len(facts.results),
                negative=counts["negative"],
                positive=counts["positive"],
                no_show=counts["no_show"],
                other=counts["other"],
                substances=",".join(sorted(substances)),
            )
        )
    return lines


# ----------------------------------------------------------------------------- the summary


Permitted = Callable[[int, frozenset[str]], frozenset[str]]


@dataclass(frozen=True)
class PersonSection:
    person_id: int
    name: str
    internal_no: str
    responsible: str
    lines: tuple[Line, ...]

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(line.category for line in self.lines)

    @property
    def heading(self) -> str:
        return f"{self.name} ({self.internal_no})" if self.internal_no else self.name

    def this_week(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.coming_up)

    def coming_up(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.coming_up)


@dataclass(frozen=True)
class Others:
    """R21: the week's participants the summary does not name, as counts only."""

    people: int
    events: tuple[tuple[LineKind, int], ...] = ()

    def texts(self) -> list[str]:
        return [
            _t(_COUNT_TEMPLATES[kind]).format(count=count) for kind, count in self.events if count
        ]


@dataclass(frozen=True)
class Summary:
    week: IsoWeek
    ambassador: Ambassador
    unit_label: str  # the unit's name in the user's language (not part of the content)
    people: tuple[PersonSection, ...]
    others: Others
    participants: int  # everyone in the programme during the week
    note: str = ""
    made_by: str = ""  # the staff member's name, for the ambassador to call back

    def included(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """Who the summary names, with the categories it holds about each: for the door."""
        return tuple((p.person_id, p.categories) for p in self.people)

    def content(self) -> dict[str, Any]:
        """What the summary says, as plain data: kept when sent, compared with later drafts."""
        return {
            "week": str(self.week),
            "ambassador": self.ambassador.id,
            "unit": self.ambassador.unit,
            "people": [
                {
                    "person_id": p.person_id,
                    "name": p.name,
                    "internal_no": p.internal_no,
                    "lines": [line.to_json() for line in p.lines],
                }
                for p in self.people
            ],
            "others": {
                "people": self.others.people,
                "events": {kind.value: count for kind, count in self.others.events},
            },
            "participants": self.participants,
            "note": self.note,
        }

    def content_hash(self) -> str:
        return content_hash(self.content())

    def with_note(self, note: str, all_names: Iterable[str] = ()) -> Summary:
        return replace(self, note=checked_note(note, self, all_names))


def content_hash(content: Mapping[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_PERSONNUMMER = re.compile(r"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")


def checked_note(note: str, summary: Summary, all_names: Iterable[str] = ()) -> str:
    """The staff member's own line, trimmed; a `FieldError` if it holds a personnummer or the
    full name of a participant the summary does not name (R21: a line typed by hand must not
    name someone the consent gate left out)."""
    text = "\n".join(clean_line(line) for line in clean_text(note).splitlines()).strip()
    if len(text) > NOTE_MAX:
        raise FieldError(
            "note", QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=NOTE_MAX
        )
    if _PERSONNUMMER.search(text):
        raise FieldError(
            "note",
            QT_TRANSLATE_NOOP(
                "AppError", "The line holds something like a personnummer. Leave it out."
            ),
        )
    if not text:
        return text
    folded = " ".join(text.casefold().split())
    named = {p.name.casefold() for p in summary.people}
    for name in all_names:
        # The substring test first: a regular expression per name, for every summary, cost
        # seconds at 10,000 participants.
        if (
            name
            and name in folded
            and name not in named
            and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded)
        ):
            raise FieldError(
                "note",
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The line names a participant whose consent does not cover this unit. "
                    "Leave the name out.",
                ),
            )
    return text


def weekly_summary(
    facts: WeekFacts,
    ambassador: Ambassador,
    permitted: Permitted,
    options: ConsentOptions | None = None,
    *,
    made_by: str = "",
) -> Summary:
    """The summary for `ambassador` (see the module's docstring for the rules). `permitted(person,
    categories)` is the consent gate for the ambassador's unit on the day it is made."""
    options = options or ConsentOptions()
    unit = ambassador.unit
    named: list[PersonSection] = []
    counted: Counter[LineKind] = Counter()
    for person_week in facts.people:
        person = person_week.person
        person_id = person.id or 0
        candidates = person_lines(person_week, facts.week, unit, facts.workplaces, options)
        asked = frozenset(
            c for line in candidates for c in (line.category, *_fallback_categories(line))
        )
        allowed = permitted(person_id, asked) if asked else frozenset()
        kept = []
        for line in candidates:
            chosen: Line | None = line
            while chosen is not None and chosen.category not in allowed:
                chosen = chosen.fallback
            if chosen is not None:
                kept.append(replace(chosen, fallback=None))
        if kept:
            kept.sort(key=_line_order)
            named.append(
                PersonSection(
                    person_id,
                    person.name,
                    person.internal_no,
                    person_week.responsible,
                    tuple(kept),
                )
            )
        else:
            counted.update(line.kind for line in candidates if line.kind in EVENT_KINDS)
    others = Others(
        len(facts.people) - len(named),
        tuple((kind, counted[kind]) for kind in EVENT_KINDS if counted[kind]),
    )
    return Summary(
        facts.week,
        ambassador,
        options.unit_label(unit),
        tuple(named),
        others,
        len(facts.people),
        made_by=made_by,
    )


def _fallback_categories(line: Line) -> tuple[str, ...]:
    found = []
    fallback = line.fallback
    while fallback is not None:
        found.append(fallback.category)
        fallback = fallback.fallback
    return tuple(found)


_KIND_ORDER = {kind: n for n, kind in enumerate(LineKind)}


def _line_order(line: Line) -> tuple[int, date, int]:
    # The week's events by day, then what stands (goals, needs, tests), then what is coming up.
    group = 2 if line.coming_up else (0 if line.on is not None else 1)
    return (group, line.on or date.min, _KIND_ORDER[line.kind])


# ----------------------------------------------------------------------------- what was sent


@dataclass(frozen=True)
class SentSummary:
    week: IsoWeek
    ambassador_id: int
    unit: str
    sent_at: datetime
    sent_by: str
    content_hash: str
    content: Mapping[str, Any]
    file_name: str
    file_sha256: str
    audit_seq: int
    id: int | None = None


@dataclass(frozen=True)
class Changes:
    """What a draft says that the summary sent for the same week did not, and the reverse."""

    sent: SentSummary
    added: tuple[tuple[str, Line], ...]  # (the person's heading, the line)
    removed: tuple[tuple[str, Line], ...]
    others_changed: bool
    note_changed: bool

    @property
    def none(self) -> bool:
        return not (self.added or self.removed or self.others_changed or self.note_changed)


def _keyed(content: Mapping[str, Any]) -> dict[tuple[str, tuple[Any, ...]], tuple[str, Line]]:
    found = {}
    for person in content.get("people", ()):
        heading = (
            f"{person['name']} ({person['internal_no']})"
            if person.get("internal_no")
            else str(person["name"])
        )
        for raw in person.get("lines", ()):
            line = Line.from_json(raw)
            found[(str(person["person_id"]), line.key())] = (heading, line)
    return found


def changes_since(sent: SentSummary, summary: Summary) -> Changes:
    before, now = _keyed(sent.content), _keyed(summary.content())
    content = summary.content()
    return Changes(
        sent,
        tuple(now[k] for k in now if k not in before),
        tuple(before[k] for k in before if k not in now),
        sent.content.get("others") != content["others"],
        sent.content.get("note", "") != content["note"],
    )

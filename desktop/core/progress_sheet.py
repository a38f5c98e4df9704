"""A progress sheet's content (issue 14): one person's progress along the path (R4, R7), in the
drug tests (R10), in OSA (R14, R16) and in recovery capital, for a period, computed once here and
laid out by the PDF and the Excel renderers in desktop/reports, which compute nothing.

Two versions of the same figures:

- **staff**: name and internal number, enrolment periods, responsible staff member, phase and
  path, action-plan goals, every test value with its cut-off, OSA placements and the after-OSA
  plan, recovery capital, consent status, and (if asked for) the period's notes;
- **participant**: the same progress for the conversation with the person, in plain words
  without the programme's jargon, encouraging where the figures allow it ("Drug-free for 6
  weeks", "You have 4 months left of your OSA"); no notes, no staff-only details.

What counts, so that the PDF, the workbook and the screen agree (R9):

- The period is from `start` to `end`, both included. Test results, notes and check-ins count
  when they fall in it; goals, placements, enrolments and the path are shown whole (a goal or a
  placement is a state, not an event).
- Test results are the current ones: a corrected entry is replaced by its correction. A test is
  one result entry; "missed" is a no-show or a refusal (R12: recorded, never dropped).
- Drug-free since: the first analysed test after the last one with a positive value or an
  admitted use, up to the period's end; with no such test ever, the first analysed test. Weeks
  are whole weeks from then to the latest analysed test (what the tests show).
- Months in OSA and months left use the average month (`DAYS_PER_MONTH`), counted to the day the
  sheet is made, as the OSA figures do.
- Consent status is the information-sharing consent in force on the day the sheet is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import ClassVar

from desktop.core.calendar import DAYS_PER_MONTH
from desktop.core.consent import Consent, ConsentStatus, consent_status
from desktop.core.drugtests import (
    Outcome,
    Schedule,
    ScheduleKind,
    Substance,
    TestResult,
    Trend,
    current_results,
    series,
    trend,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import label
from desktop.core.osa import NextStep, Placement, PlacementStatus
from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    PathEvent,
    PathState,
    Phase,
    ReferrerType,
    SecurityResult,
    Status,
    participation_limit,
    replay,
)
from desktop.core.records import (
    CAPITALS,
    CapitalCheckin,
    Goal,
    GoalStatus,
    Note,
    Person,
    Responsible,
)

CONTEXT = "ProgressSheet"
# Categories in the disclosure log (the unit's consent lists name them so): what a sheet holds.
PLAN = "action_plan"
DRUG_TESTS = "drug_tests"
OSA = "osa"
MISSED = (Outcome.NO_SHOW, Outcome.REFUSED)


def _t(source: str) -> str:
    return translate(CONTEXT, source)


class Version(StrEnum):
    STAFF = "staff"
    PARTICIPANT = "participant"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def default_period(events: Sequence[PathEvent], today: date) -> Period:
    """The sheet's period when none is chosen: the current enrolment up to today; for someone
    discharged, their last enrolment; in intake, since the latest referral; else 90 days."""
    state = replay(events)
    if state.periods:
        last = state.periods[-1]
        end = last.end if last.end is not None and last.end < today else today
        return Period(min(last.start, end), end)
    referrals = [e.on for e in events if e.kind is EventKind.REFERRAL and e.on <= today]
    if referrals:
        return Period(referrals[-1], today)
    return Period(today - timedelta(days=90), today)


def number(value: float | None, places: int = 1) -> str:
    """A number as the sheet prints it: at most `places` decimals, no trailing zeros, the
    decimal sign of the user's language."""
    if value is None:
        return ""
    rounded = round(float(value), places)
    if rounded == int(rounded):
        return str(int(rounded))
    whole, fraction = f"{rounded:.{places}f}".rstrip("0").split(".")
    return _t(QT_TRANSLATE_NOOP("ProgressSheet", "{whole}.{fraction}")).format(
        whole=whole, fraction=fraction
    )


# ====================================================================== what goes in


@dataclass(frozen=True)
class SheetInput:
    """Everything the sheet reads about one person, as the register holds it."""

    person: Person
    events: Sequence[PathEvent]
    goals: Sequence[Goal] = ()
    notes: Sequence[Note] = ()
    checkins: Sequence[CapitalCheckin] = ()
    results: Sequence[TestResult] = ()
    schedule: Schedule | None = None
    placements: Sequence[Placement] = ()
    consents: Sequence[Consent] = ()
    closings: Sequence[date] = ()  # discharge days (a consent ends with the case, R18)
    workplaces: Mapping[int, str] = field(default_factory=dict)
    groups: Mapping[int, str] = field(default_factory=dict)
    users: Mapping[str, str] = field(default_factory=dict)  # user name -> display name
    unit_names: Mapping[str, str] = field(default_factory=dict)  # consent unit code -> words
    trend_tolerance: float = 0.10


# ====================================================================== what comes out


@dataclass(frozen=True)
class Fact:
    """One line of the overview: what, and its value typed (a date stays a date)."""

    key: str
    label: str
    value: str | int | float | date | None
    unit: str = ""  # words after a number: "months", "weeks"

    @property
    def text(self) -> str:
        value = self.value
        if value is None or value == "":
            return "–"
        if isinstance(value, date):
            shown = value.isoformat()
        elif isinstance(value, float):
            shown = number(value)
        else:
            shown = str(value)
        return f"{shown} {self.unit}".strip()


@dataclass(frozen=True)
class EnrolmentRow:
    start: date
    end: date | None
    group: str
    outcome: str
    days: int


@dataclass(frozen=True)
class StepRow:
    on: date
    step: str
    details: str


@dataclass(frozen=True)
class Span:
    """A stretch of the path for the timeline graphic: intake or a phase."""

    kind: str  # "intake" or a Phase value
    label: str
    start: date
    end: date
    ongoing: bool


@dataclass(frozen=True)
class Mark:
    on: date
    label: str


@dataclass(frozen=True)
class Timeline:
    start: date
    end: date
    spans: tuple[Span, ...]
    marks: tuple[Mark, ...]
    today: date
    limit: date | None  # the 14-month limit (R5) while enrolled
    period: Period


@dataclass(frozen=True)
class GoalRow:
    area: str
    description: str
    responsible: str
    due: date | None
    status: str
    code: GoalStatus
    next_follow_up: date | None
    follow_ups_done: int
    # The staff's text of the latest follow-up that has one, with its date ("" when none, and
    # always in the participant's version): what came of it, as it stands after corrections.
    latest_follow_up: str = ""


@dataclass(frozen=True)
class ResultRow:
    """One substance of one test, or the outcome of a test without values (a no-show)."""

    on: date
    outcome: str
    substance: str
    result: str  # negative / positive, or "" without a value
    value: float | None
    unit: str
    cutoff: float | None
    method: str
    comment: str


@dataclass(frozen=True)
class TestLine:
    """One test as the PDF lists it: what was found and what was not, on one line."""

    __test__: ClassVar[bool] = False  # a record, not a pytest class

    on: date
    outcome: str
    positive: str  # "Cannabis (THC) 30 ng/ml (cut-off 50)"; "; " between substances
    negative: str
    method: str
    comment: str
    plain: str  # the participant version's one line: "Negative", "Positive: cannabis", "Missed"


@dataclass(frozen=True)
class SubstanceChart:
    substance: Substance
    name: str
    unit: str
    cutoff: float | None
    points: tuple[tuple[date, float, bool], ...]  # in the period
    trend: Trend  # the trend rule's (R10) at the period's end
    verdict: str


@dataclass(frozen=True)
class PlacementRow:
    workplace: str
    start: date
    end: date
    status: str
    hours: float
    months_done: float
    months_left: float | None  # a running or planned placement
    next_step: str  # the after-OSA plan, or "" without one
    plan_responsible: str
    af_contact_on: date | None


@dataclass(frozen=True)
class CapitalRow:
    on: date
    social: int
    physical: int
    human: int
    cultural: int
    comment: str

    def value(self, capital: str) -> int:
        return int(getattr(self, capital))


@dataclass(frozen=True)
class NoteRow:
    written_on: date
    category: str
    author: str
    text: str
    remark: str  # "Corrects the note of …" / "Corrected by a later note."


@dataclass(frozen=True)
class Words:
    """Every heading and column name, in the version's words: the PDF and the workbook print
    the same ones."""

    title: str
    overview: str
    enrolments: str
    path: str
    plan: str
    tests: str
    osa: str
    capital: str
    consent: str
    notes: str
    timeline_sheet: str  # the workbook's sheet of steps
    date: str
    start: str
    end: str
    group: str
    outcome: str
    days: str
    step: str
    details: str
    area: str
    goal: str
    responsible: str
    due: str
    status: str
    next_follow_up: str
    follow_ups_done: str
    latest_follow_up: str
    substance: str
    result: str
    positive: str
    negative: str
    value: str
    unit: str
    cutoff: str
    method: str
    comment: str
    workplace: str
    hours: str
    months_done: str
    months_left: str
    next_step: str
    plan_responsible: str
    af_contact: str
    category: str
    author: str
    text: str
    remark: str
    what: str
    no_goals: str
    no_tests: str
    no_placements: str
    no_checkins: str
    no_notes: str
    capitals: tuple[tuple[str, str], ...]  # (code, name) in CAPITALS order


@dataclass(frozen=True)
class ProgressSheet:
    version: Version
    person_id: int
    internal_no: str
    name: str
    unit_name: str
    made_on: date
    period: Period
    words: Words
    heading: str  # under the title: name and number, or a greeting
    intro: str
    highlights: tuple[str, ...]  # the participant version's good news and next steps
    facts: tuple[Fact, ...]
    enrolments: tuple[EnrolmentRow, ...]
    steps: tuple[StepRow, ...]
    timeline: Timeline
    goals: tuple[GoalRow, ...]
    test_summary: tuple[str, ...]
    tests: tuple[ResultRow, ...]  # one per substance of a test: the workbook's rows
    test_lines: tuple[TestLine, ...]  # one per test: the PDF's rows
    charts: tuple[SubstanceChart, ...]
    never_found: tuple[str, ...]  # substances tested in the period, negative every time
    placements: tuple[PlacementRow, ...]
    osa_summary: tuple[str, ...]
    capital: tuple[CapitalRow, ...]
    capital_summary: tuple[str, ...]
    consent: tuple[str, ...]
    notes: tuple[NoteRow, ...] | None  # None: not asked for (or the participant version)
    closing: str
    categories: frozenset[str]  # for the disclosure log

    @property
    def staff(self) -> bool:
        return self.version is Version.STAFF

    def fact(self, key: str) -> str | int | float | date | None:
        """The overview's value for `key` (KeyError if this version does not show it)."""
        for fact in self.facts:
            if fact.key == key:
                return fact.value
        raise KeyError(key)


# ====================================================================== words


def _words(version: Version) -> Words:
    staff = version is Version.STAFF

    def w(staff_text: str, participant_text: str) -> str:
        return _t(staff_text if staff else participant_text)

    return Words(
        title=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Progress sheet"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your progress"),
        ),
        overview=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Overview"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Overview"),
        ),
        enrolments=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Enrolment periods"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your time with us"),
        ),
        path=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "The path"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your path so far"),
        ),
        plan=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Action plan"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your goals"),
        ),
        tests=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Drug tests"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your tests"),
        ),
        osa=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "OSA"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Your OSA job"),
        ),
        capital=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Recovery capital"),
            QT_TRANSLATE_NOOP("ProgressSheet", "How life is going"),
        ),
        consent=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Consent"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Sharing information about you"),
        ),
        notes=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Notes")),
        timeline_sheet=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Timeline"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Timeline"),
        ),
        date=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Date")),
        start=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Start"), QT_TRANSLATE_NOOP("ProgressSheet", "From")
        ),
        end=w(QT_TRANSLATE_NOOP("ProgressSheet", "End"), QT_TRANSLATE_NOOP("ProgressSheet", "To")),
        group=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Group")),
        outcome=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Outcome"),
            QT_TRANSLATE_NOOP("ProgressSheet", "How it ended"),
        ),
        days=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Days")),
        step=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Step")),
        details=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Details")),
        area=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Life area"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Area"),
        ),
        goal=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Goal")),
        responsible=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Responsible"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Who"),
        ),
        due=w(QT_TRANSLATE_NOOP("ProgressSheet", "Due"), QT_TRANSLATE_NOOP("ProgressSheet", "By")),
        status=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Status"),
            QT_TRANSLATE_NOOP("ProgressSheet", "How far"),
        ),
        next_follow_up=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Next follow-up"),
            QT_TRANSLATE_NOOP("ProgressSheet", "We talk about it next"),
        ),
        follow_ups_done=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Follow-ups done")),
        latest_follow_up=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Latest follow-up")),
        substance=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Substance"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Tested for"),
        ),
        result=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Result")),
        positive=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Positive")),
        negative=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Negative")),
        value=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Value")),
        unit=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Unit")),
        cutoff=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Cut-off"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Limit"),
        ),
        method=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Method")),
        comment=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Comment")),
        workplace=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Workplace")),
        hours=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Hours a week")),
        months_done=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Months done"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Months so far"),
        ),
        months_left=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Months left")),
        next_step=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "After OSA"),
            QT_TRANSLATE_NOOP("ProgressSheet", "After OSA"),
        ),
        plan_responsible=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Plan responsible"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Who helps"),
        ),
        af_contact=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "Contact with AF"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Meeting Arbetsförmedlingen"),
        ),
        category=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Kind")),
        author=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Written by")),
        text=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Text")),
        remark=_t(QT_TRANSLATE_NOOP("ProgressSheet", "Remark")),
        what=_t(QT_TRANSLATE_NOOP("ProgressSheet", "What")),
        no_goals=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "No goals in the action plan."),
            QT_TRANSLATE_NOOP("ProgressSheet", "No goals yet."),
        ),
        no_tests=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "No drug tests in the period."),
            QT_TRANSLATE_NOOP("ProgressSheet", "No tests in this period."),
        ),
        no_placements=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "No OSA placement."),
            QT_TRANSLATE_NOOP("ProgressSheet", "No OSA job yet."),
        ),
        no_checkins=w(
            QT_TRANSLATE_NOOP("ProgressSheet", "No check-ins in the period."),
            QT_TRANSLATE_NOOP("ProgressSheet", "We have not talked about this in the period."),
        ),
        no_notes=_t(QT_TRANSLATE_NOOP("ProgressSheet", "No notes in the period.")),
        capitals=tuple(zip(CAPITALS, _capital_names(version), strict=True)),
    )


def _capital_names(version: Version) -> tuple[str, ...]:
    if version is Version.STAFF:
        names = (
            QT_TRANSLATE_NOOP("ProgressSheet", "Social capital"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Physical capital"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Human capital"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Cultural capital"),
        )
    else:  # what each capital is about, in everyday words (000:133)
        names = (
            QT_TRANSLATE_NOOP("ProgressSheet", "People around you"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Home, money and everyday life"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Health and skills"),
            QT_TRANSLATE_NOOP("ProgressSheet", "Values and belonging"),
        )
    return tuple(_t(n) for n in names)


_PLAIN_PHASES: Mapping[Phase, str] = {
    Phase.PHASE_1: QT_TRANSLATE_NOOP(
        "ProgressSheet", "Phase 1: building routines and taking care of your health"
    ),
    Phase.PHASE_2: QT_TRANSLATE_NOOP(
        "ProgressSheet", "Phase 2: how society works, group activities and work training"
    ),
    Phase.SUPPORT: QT_TRANSLATE_NOOP("ProgressSheet", "A time with extra support"),
    Phase.OSA: QT_TRANSLATE_NOOP("ProgressSheet", "Phase 3: your OSA job"),
    Phase.AFTER_OSA: QT_TRANSLATE_NOOP(
        "ProgressSheet", "After OSA: the next step to work or studies"
    ),
}
_SHORT_PHASES: Mapping[Phase, str] = {  # the timeline graphic, participant version
    Phase.PHASE_1: QT_TRANSLATE_NOOP("ProgressSheet", "Phase 1"),
    Phase.PHASE_2: QT_TRANSLATE_NOOP("ProgressSheet", "Phase 2"),
    Phase.SUPPORT: QT_TRANSLATE_NOOP("ProgressSheet", "Extra support"),
    Phase.OSA: QT_TRANSLATE_NOOP("ProgressSheet", "OSA"),
    Phase.AFTER_OSA: QT_TRANSLATE_NOOP("ProgressSheet", "After OSA"),
}
_PLAIN_NEXT_STEPS: Mapping[NextStep, str] = {
    NextStep.JOB_SEARCH_AF: QT_TRANSLATE_NOOP(
        "ProgressSheet", "looking for a job with Arbetsförmedlingen"
    ),
    NextStep.NEW_OSA: QT_TRANSLATE_NOOP("ProgressSheet", "a new OSA job"),
    NextStep.OTHER_SUBSIDISED: QT_TRANSLATE_NOOP(
        "ProgressSheet", "another job with support from Arbetsförmedlingen"
    ),
    NextStep.STUDIES: QT_TRANSLATE_NOOP("ProgressSheet", "studies"),
    NextStep.FORSAKRINGSKASSAN: QT_TRANSLATE_NOOP(
        "ProgressSheet", "support from Försäkringskassan"
    ),
    NextStep.OTHER: QT_TRANSLATE_NOOP("ProgressSheet", "something else, which we plan together"),
}
_PLAIN_RESPONSIBLE: Mapping[Responsible, str] = {
    Responsible.PARTICIPANT: QT_TRANSLATE_NOOP("ProgressSheet", "You"),
    Responsible.STAFF: QT_TRANSLATE_NOOP("ProgressSheet", "We at the unit"),
    Responsible.PARTNER: QT_TRANSLATE_NOOP("ProgressSheet", "Another authority"),
}
_PLAIN_GOAL_STATUS: Mapping[GoalStatus, str] = {
    GoalStatus.PLANNED: QT_TRANSLATE_NOOP("ProgressSheet", "Not started yet"),
    GoalStatus.ONGOING: QT_TRANSLATE_NOOP("ProgressSheet", "Working on it"),
    GoalStatus.DONE: QT_TRANSLATE_NOOP("ProgressSheet", "Done ✓"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("ProgressSheet", "Put aside"),
}


def _phase_words(phase: Phase | None, version: Version) -> str:
    if phase is None:
        return ""
    return label(phase) if version is Version.STAFF else _t(_PLAIN_PHASES[phase])


# ====================================================================== computing


def build_sheet(
    data: SheetInput,
    *,
    version: Version,
    period: Period,
    made_on: date,
    unit_name: str,
    include_notes: bool = False,
) -> ProgressSheet:
    """The sheet for `data.person` over `period`, as it stands on `made_on`."""
    person = data.person
    if person.id is None:
        raise ValueError("the person must be stored")
    staff = version is Version.STAFF
    words = _words(version)
    state = replay(data.events)
    limit = participation_limit(state)
    users = data.users

    enrolments = _enrolments(state, data.groups, made_on)
    steps = _steps(data.events, data.groups, users, version)
    timeline = _timeline(data.events, state, made_on, period, limit, version)
    goals = _goals(data.goals, version)

    results = [r for r in current_results(data.results) if r.taken_at.date() <= period.end]
    in_period = [r for r in results if r.taken_at.date() in period]
    tests = _test_rows(in_period, version)
    charts = _charts(results, period, data.trend_tolerance, version)
    drawn = {c.substance for c in charts}
    never_found = tuple(
        label(substance)
        for substance in Substance
        if substance not in drawn and any(p[0] in period for p in series(results, substance))
    )
    free_since = drug_free_since(results)
    free_weeks = drug_free_weeks(results, free_since)

    placements = _placements(data.placements, data.workplaces, made_on, version)
    capital = tuple(
        CapitalRow(c.on, c.social, c.physical, c.human, c.cultural, c.comment)
        for c in sorted(data.checkins, key=lambda c: (c.on, c.id or 0))
        if c.on in period
    )
    status = consent_status(data.consents, made_on, data.closings)
    responsible = users.get(person.responsible, person.responsible)
    group = data.groups.get(person.group_id, "") if person.group_id is not None else ""
    enrolled_since = state.current_period.start if state.current_period else None
    days_total = sum(e.days for e in enrolments)

    counts = tally(in_period)
    running = next((p for p in placements if p.months_left is not None), None)

    if staff:
        facts: list[Fact] = [
            Fact(
                "internal_no",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Internal number")),
                person.internal_no,
            ),
            Fact("name", _t(QT_TRANSLATE_NOOP("ProgressSheet", "Name")), person.name),
            Fact("status", _t(QT_TRANSLATE_NOOP("ProgressSheet", "Status")), label(person.status)),
            Fact("phase", _t(QT_TRANSLATE_NOOP("ProgressSheet", "Phase now")), label(state.phase)),
            Fact(
                "responsible",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Responsible staff")),
                responsible,
            ),
            Fact("group", _t(QT_TRANSLATE_NOOP("ProgressSheet", "Group")), group),
            Fact(
                "enrolled_since",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Enrolled since")),
                enrolled_since,
            ),
            Fact("limit", _t(QT_TRANSLATE_NOOP("ProgressSheet", "14 months reached")), limit),
            Fact(
                "days_enrolled",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Days enrolled in all")),
                days_total,
            ),
        ]
    else:
        facts = [
            Fact(
                "contact",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Your contact person")),
                responsible,
            ),
            Fact(
                "enrolled_since",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "With us since")),
                enrolled_since,
            ),
            Fact(
                "phase",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Where you are now")),
                _phase_words(state.phase, version),
            ),
            Fact(
                "limit",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Your time with us lasts until")),
                limit,
            ),
        ]
    facts += [
        Fact(
            "tests",
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Tests in the period"))
            if staff
            else _t(QT_TRANSLATE_NOOP("ProgressSheet", "Tests in this period")),
            counts.tests,
        ),
        Fact(
            "negative",
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Tests with only negative results"))
            if staff
            else _t(QT_TRANSLATE_NOOP("ProgressSheet", "Negative tests")),
            counts.negative,
        ),
    ]
    if staff:
        facts += [
            Fact(
                "positive",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Tests with a positive result")),
                counts.positive,
            ),
            Fact(
                "missed",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Missed tests (no-show, refused)")),
                counts.missed,
            ),
        ]
    facts.append(
        Fact(
            "drug_free_weeks",
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free for")),
            free_weeks,
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "weeks")) if free_weeks is not None else "",
        )
    )
    if staff:
        facts.append(
            Fact(
                "drug_free_since",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free since")),
                free_since,
            )
        )
    if staff:  # the participant version says it in words ("4 months left of your OSA")
        facts.append(
            Fact(
                "osa_months_left",
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Months left of the OSA")),
                running.months_left if running else None,
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "months")) if running else "",
            )
        )
    facts.append(
        Fact(
            "consent_until",
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Information sharing allowed until"))
            if staff
            else _t(QT_TRANSLATE_NOOP("ProgressSheet", "We may share information until")),
            status.ends_on,
        )
    )

    categories = {PLAN}
    if data.results or data.schedule is not None:
        categories.add(DRUG_TESTS)
    if data.placements:
        categories.add(OSA)

    first = person.first_name
    if staff:
        heading = f"{person.name} · {person.internal_no}"
        intro = _t(
            QT_TRANSLATE_NOOP("ProgressSheet", "Period {start} to {end}. Made {date}.")
        ).format(
            start=period.start.isoformat(), end=period.end.isoformat(), date=made_on.isoformat()
        )
    else:
        heading = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Hi {name}!")).format(name=first)
        intro = _t(
            QT_TRANSLATE_NOOP(
                "ProgressSheet",
                "Here is how things have gone for you from {start} to {end}. We go through "
                "it together, and you can keep this paper.",
            )
        ).format(start=period.start.isoformat(), end=period.end.isoformat())

    notes = None
    if staff and include_notes:
        notes = _notes(data.notes, period, users)

    return ProgressSheet(
        version=version,
        person_id=person.id,
        internal_no=person.internal_no,
        name=person.name,
        unit_name=unit_name,
        made_on=made_on,
        period=period,
        words=words,
        heading=heading,
        intro=intro,
        highlights=()
        if staff
        else _highlights(
            state, enrolments, goals, charts, counts, free_since, free_weeks, placements, capital
        ),
        facts=tuple(facts),
        enrolments=enrolments,
        steps=steps,
        timeline=timeline,
        goals=goals,
        test_summary=_test_summary(counts, data.schedule, never_found, version),
        tests=tests,
        test_lines=_test_lines(in_period, version, set(never_found)),
        charts=charts,
        never_found=never_found,
        placements=placements,
        osa_summary=_osa_summary(placements, version),
        capital=capital,
        capital_summary=_capital_summary(capital, words),
        consent=_consent_lines(status, data.unit_names, made_on, version),
        notes=notes,
        closing=""
        if staff
        else _t(
            QT_TRANSLATE_NOOP(
                "ProgressSheet",
                "If something here is wrong, or you have questions, talk to {name}.",
            )
        ).format(name=responsible or _t(QT_TRANSLATE_NOOP("ProgressSheet", "us"))),
        categories=frozenset(categories),
    )


# ---------------------------------------------------------------------- the path


def _enrolments(
    state: PathState, groups: Mapping[int, str], today: date
) -> tuple[EnrolmentRow, ...]:
    rows = []
    for period in state.periods:
        end = period.end or today
        rows.append(
            EnrolmentRow(
                period.start,
                period.end,
                groups.get(period.group_id, "") if period.group_id is not None else "",
                label(period.outcome),
                max(0, (end - period.start).days),
            )
        )
    return tuple(rows)


def _steps(
    events: Sequence[PathEvent],
    groups: Mapping[int, str],
    users: Mapping[str, str],
    version: Version,
) -> tuple[StepRow, ...]:
    """The path's steps in order. The participant version keeps the steps of the way itself
    (enrolment, phases, discharge), without the intake's checks."""
    shown = (
        set(EventKind)
        if version is Version.STAFF
        else {EventKind.REFERRAL, EventKind.ENROLMENT, EventKind.PHASE_CHANGE, EventKind.DISCHARGE}
    )
    rows = []
    for event in events:
        if event.kind not in shown:
            continue
        step = label(event.kind)
        if version is Version.PARTICIPANT and event.kind is EventKind.REFERRAL:
            step = _t(QT_TRANSLATE_NOOP("ProgressSheet", "You were referred to us"))
        elif version is Version.PARTICIPANT and event.kind is EventKind.ENROLMENT:
            step = _t(QT_TRANSLATE_NOOP("ProgressSheet", "You started"))
        elif version is Version.PARTICIPANT and event.kind is EventKind.PHASE_CHANGE:
            step = _t(QT_TRANSLATE_NOOP("ProgressSheet", "You moved on"))
        elif version is Version.PARTICIPANT and event.kind is EventKind.DISCHARGE:
            step = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Your time with us ended"))
        rows.append(StepRow(event.on, step, _details(event, groups, users, version)))
    return tuple(rows)


def _details(
    event: PathEvent, groups: Mapping[int, str], users: Mapping[str, str], version: Version
) -> str:
    data = event.data
    staff = version is Version.STAFF

    def word(kind: type[StrEnum], raw: object) -> str:
        try:
            return label(kind(str(raw)))
        except ValueError:
            return str(raw or "")

    parts: list[str] = []
    kind = event.kind
    if kind is EventKind.REFERRAL and staff:
        parts = [word(ReferrerType, data.get("referrer_type")), str(data.get("referrer_name", ""))]
    elif kind is EventKind.SECURITY_RESULT:
        parts = [word(SecurityResult, data.get("result"))]
    elif kind is EventKind.MAPPING_INTERVIEW:
        staff_name = str(data.get("staff", "") or "")
        parts = [users.get(staff_name, staff_name)]
    elif kind is EventKind.DECISION:
        parts = [
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Enrol"))
            if data.get("enrolled")
            else _t(QT_TRANSLATE_NOOP("ProgressSheet", "Not enrolled: {reason}")).format(
                reason=_not_enrolled(data.get("reason"))
            )
        ]
    elif kind is EventKind.ENROLMENT:
        group = data.get("group_id")
        parts = [groups.get(int(group), "") if group is not None else ""]
    elif kind is EventKind.PHASE_CHANGE:
        try:
            phase: Phase | None = Phase(str(data.get("phase")))
        except ValueError:
            phase = None
        parts = [
            label(phase) if staff or phase is None else _t(_PLAIN_PHASES[phase]),
        ]
    elif kind is EventKind.DISCHARGE:
        parts = [word(DischargeOutcome, data.get("outcome"))]
        if staff:
            parts.append(str(data.get("comment", "") or ""))
    return " · ".join(p for p in parts if p)


def _not_enrolled(raw: object) -> str:
    try:
        return label(NotEnrolledReason(str(raw)))
    except ValueError:
        return str(raw or "")


def _timeline(
    events: Sequence[PathEvent],
    state: PathState,
    today: date,
    period: Period,
    limit: date | None,
    version: Version,
) -> Timeline:
    """Intake and phases as spans, referrals, enrolments and discharges as marks; from the first
    step (or the period's start) to today, the period's end or the 14-month limit, whichever is
    last, so the time left is seen too."""
    spans: list[Span] = []
    marks: list[Mark] = []
    intake_from: date | None = None
    intake_word = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Intake"))
    for event in events:
        if event.kind is EventKind.REFERRAL:
            intake_from = event.on
            marks.append(Mark(event.on, _t(QT_TRANSLATE_NOOP("ProgressSheet", "Referred"))))
        elif event.kind is EventKind.DECISION and not event.data.get("enrolled"):
            if intake_from is not None:
                spans.append(Span("intake", intake_word, intake_from, event.on, False))
            intake_from = None
            marks.append(Mark(event.on, _t(QT_TRANSLATE_NOOP("ProgressSheet", "Not enrolled"))))
        elif event.kind is EventKind.ENROLMENT:
            if intake_from is not None:
                spans.append(Span("intake", intake_word, intake_from, event.on, False))
            intake_from = None
            marks.append(Mark(event.on, _t(QT_TRANSLATE_NOOP("ProgressSheet", "Started"))))
        elif event.kind is EventKind.DISCHARGE:
            marks.append(Mark(event.on, _t(QT_TRANSLATE_NOOP("ProgressSheet", "Discharged"))))
    if intake_from is not None and state.status in (Status.REFERRED, Status.AWAITING_ENROLMENT):
        spans.append(Span("intake", intake_word, intake_from, today, True))
    for enrolment in state.periods:
        phases = enrolment.phases
        for i, (since, phase) in enumerate(phases):
            if i + 1 < len(phases):
                until, ongoing = phases[i + 1][0], False
            elif enrolment.end is not None:
                until, ongoing = enrolment.end, False
            else:
                until, ongoing = today, True
            words = label(phase) if version is Version.STAFF else _t(_SHORT_PHASES[phase])
            spans.append(Span(phase.value, words, since, max(since, until), ongoing))
    firsts = [s.start for s in spans] + [m.on for m in marks] + [period.start]
    start = min(firsts)
    end = max([today, period.end] + ([limit] if limit else []))
    if end <= start:
        end = start + timedelta(days=1)
    return Timeline(start, end, tuple(spans), tuple(marks), today, limit, period)


# ---------------------------------------------------------------------- the plan


def _goals(goals: Iterable[Goal], version: Version) -> tuple[GoalRow, ...]:
    staff = version is Version.STAFF
    order = {
        GoalStatus.ONGOING: 0,
        GoalStatus.PLANNED: 1,
        GoalStatus.DONE: 2,
        GoalStatus.DROPPED: 3,
    }
    rows = []
    for goal in sorted(goals, key=lambda g: (order[g.status], g.due or date.max, g.id or 0)):
        if not staff and goal.status is GoalStatus.DROPPED:
            continue  # a goal put aside is for the staff's record, not the person's progress
        upcoming = [f.on for f in goal.follow_ups if f.done_on is None]
        who = goal.responsible_name or (
            label(goal.responsible) if staff else _t(_PLAIN_RESPONSIBLE[goal.responsible])
        )
        if goal.responsible is Responsible.PARTICIPANT:
            who = label(goal.responsible) if staff else _t(_PLAIN_RESPONSIBLE[goal.responsible])
        rows.append(
            GoalRow(
                label(goal.life_area),
                goal.description,
                who,
                goal.due,
                label(goal.status) if staff else _t(_PLAIN_GOAL_STATUS[goal.status]),
                goal.status,
                min(upcoming) if upcoming else None,
                sum(1 for f in goal.follow_ups if f.done_on is not None),
                _latest_follow_up(goal) if staff else "",
            )
        )
    return tuple(rows)


def _latest_follow_up(goal: Goal) -> str:
    """ "2026-11-20: Met the landlord." for the latest follow-up that has text."""
    with_text = [f for f in goal.follow_ups if f.texts]
    if not with_text:
        return ""
    latest = max(with_text, key=lambda f: (f.done_on or f.on, f.id or 0))
    return f"{(latest.done_on or latest.on).isoformat()}: {latest.summary()}"


# ---------------------------------------------------------------------- drug tests


@dataclass(frozen=True)
class Tally:
    tests: int
    analysed: int
    negative: int  # analysed, every value negative
    positive: int  # analysed with a positive value, or an admitted use
    missed: int  # no-show or refused
    other: int  # dilute, medical exemption


def _used(result: TestResult) -> bool:
    return result.outcome is Outcome.ADMITTED_USE or (
        result.outcome is Outcome.RESULT and any(v.positive for v in result.values)
    )


def tally(results: Sequence[TestResult]) -> Tally:
    analysed = [r for r in results if r.outcome is Outcome.RESULT]
    return Tally(
        tests=len(results),
        analysed=len(analysed),
        negative=sum(1 for r in analysed if not _used(r)),
        positive=sum(1 for r in results if _used(r)),
        missed=sum(1 for r in results if r.outcome in MISSED),
        other=sum(1 for r in results if r.outcome in (Outcome.DILUTE, Outcome.MEDICAL_EXEMPTION)),
    )


def drug_free_since(results: Sequence[TestResult]) -> date | None:
    """The first analysed test after the last one that showed use; None while the latest
    analysed test (or an admitted use after it) shows use, or with no analysed test."""
    ordered = sorted(results, key=lambda r: r.taken_at)
    since: date | None = None
    for result in ordered:
        if _used(result):
            since = None
        elif result.outcome is Outcome.RESULT and since is None:
            since = result.taken_at.date()
    return since


def drug_free_weeks(results: Sequence[TestResult], since: date | None) -> int | None:
    """Whole weeks from `since` to the latest analysed test: what the tests show, not a guess
    about the weeks after the last one."""
    if since is None:
        return None
    latest = max(r.taken_at.date() for r in results if r.outcome is Outcome.RESULT)
    return max(0, (latest - since).days // 7)


def _test_rows(results: Sequence[TestResult], version: Version) -> tuple[ResultRow, ...]:
    staff = version is Version.STAFF
    negative = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Negative"))
    positive = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Positive"))
    rows = []
    for result in results:
        outcome = label(result.outcome) if staff else _plain_outcome(result.outcome)
        comment = result.comment if staff else ""
        if result.outcome is Outcome.RESULT and result.values:
            for v in result.values:
                rows.append(
                    ResultRow(
                        result.taken_at.date(),
                        outcome,
                        label(v.substance),
                        positive if v.positive else negative,
                        v.value,
                        v.unit if v.value is not None else "",
                        v.cutoff,
                        label(result.method),
                        comment,
                    )
                )
        else:
            rows.append(
                ResultRow(
                    result.taken_at.date(),
                    outcome,
                    "",
                    "",
                    None,
                    "",
                    None,
                    label(result.method),
                    comment,
                )
            )
    return tuple(rows)


def _plain_outcome(outcome: Outcome) -> str:
    words = {
        Outcome.RESULT: QT_TRANSLATE_NOOP("ProgressSheet", "Tested"),
        Outcome.NO_SHOW: QT_TRANSLATE_NOOP("ProgressSheet", "Missed"),
        Outcome.REFUSED: QT_TRANSLATE_NOOP("ProgressSheet", "Not taken"),
        Outcome.DILUTE: QT_TRANSLATE_NOOP("ProgressSheet", "Could not be analysed"),
        Outcome.MEDICAL_EXEMPTION: QT_TRANSLATE_NOOP("ProgressSheet", "Exempted"),
        Outcome.ADMITTED_USE: QT_TRANSLATE_NOOP("ProgressSheet", "You told us you had used"),
    }
    return _t(words[outcome])


def _charts(
    results: Sequence[TestResult], period: Period, tolerance: float, version: Version
) -> tuple[SubstanceChart, ...]:
    """One chart per substance found in the period (a positive, or a value above zero), the one
    most worth watching first (the latest positive, then the most tested). The verdict is the
    trend rule's (R10) at the period's end."""
    charts = []
    for substance in Substance:
        points = tuple(p for p in series(results, substance) if p[0] in period)
        if not points or not any(positive or value > 0 for _d, value, positive in points):
            continue  # never found in the period: named in one line, not drawn as zeros
        values = [
            v
            for r in results
            for v in r.values
            if v.substance is substance and r.outcome is Outcome.RESULT
        ]
        unit = next((v.unit for v in reversed(values) if v.value is not None and v.unit), "")
        cutoff = next((v.cutoff for v in reversed(values) if v.cutoff is not None), None)
        verdict = trend(results, substance, tolerance)
        charts.append(
            SubstanceChart(
                substance,
                label(substance),
                unit,
                cutoff,
                points,
                verdict.trend,
                _verdict(verdict.trend, verdict.since, substance, version),
            )
        )

    def weight(chart: SubstanceChart) -> tuple[date, int]:
        positives = [day for day, _v, positive in chart.points if positive]
        return (max(positives, default=date.min), len(chart.points))

    return tuple(sorted(charts, key=weight, reverse=True))


def _verdict(kind: Trend, since: date | None, substance: Substance, version: Version) -> str:
    if version is Version.STAFF:
        if kind is Trend.DRUG_FREE and since is not None:
            return _t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free since {date}")).format(
                date=since.isoformat()
            )
        return label(kind)
    name = label(substance)
    words = {
        Trend.DRUG_FREE: QT_TRANSLATE_NOOP(
            "ProgressSheet", "No {substance} in your latest tests. Well done!"
        ),
        Trend.FALLING: QT_TRANSLATE_NOOP(
            "ProgressSheet", "Your {substance} values are going down. Keep it up!"
        ),
        Trend.RISING: QT_TRANSLATE_NOOP(
            "ProgressSheet",
            "Your {substance} values went up last time. Let us talk about what helps.",
        ),
        Trend.STEADY: QT_TRANSLATE_NOOP(
            "ProgressSheet", "Your {substance} values are about the same as last time."
        ),
        Trend.TOO_FEW: QT_TRANSLATE_NOOP(
            "ProgressSheet", "Too few tests of {substance} to say more yet."
        ),
    }
    return _t(words[kind]).format(substance=name)


def _test_lines(
    results: Sequence[TestResult], version: Version, never_found: set[str]
) -> tuple[TestLine, ...]:
    """`never_found` (said once above the list) are left out of each line's negatives."""
    staff = version is Version.STAFF
    all_negative = _t(QT_TRANSLATE_NOOP("ProgressSheet", "All negative"))
    lines = []
    for result in results:
        found: list[str] = []
        not_found: list[str] = []
        for v in result.values:
            words = label(v.substance)
            if not v.positive and words in never_found:
                continue
            if v.value is not None:
                words += f" {number(v.value, 2)} {v.unit}".rstrip()
            if v.cutoff is not None and staff and v.positive:
                words += (
                    " ("
                    + _t(QT_TRANSLATE_NOOP("ProgressSheet", "cut-off {cutoff}")).format(
                        cutoff=number(v.cutoff, 2)
                    )
                    + ")"
                )
            (found if v.positive else not_found).append(words)
        if result.outcome is not Outcome.RESULT:
            plain = _plain_outcome(result.outcome)
        elif found:
            plain = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Positive: {substances}")).format(
                substances=", ".join(label(v.substance) for v in result.values if v.positive)
            )
        else:
            plain = _t(QT_TRANSLATE_NOOP("ProgressSheet", "Negative"))
        lines.append(
            TestLine(
                result.taken_at.date(),
                # An analysed test says how it was taken; any other says what happened.
                (
                    label(result.method)
                    if result.outcome is Outcome.RESULT
                    else label(result.outcome)
                )
                if staff
                else _plain_outcome(result.outcome),
                "; ".join(found),
                ", ".join(not_found)
                or (all_negative if result.outcome is Outcome.RESULT and not found else ""),
                label(result.method),
                result.comment if staff else "",
                plain,
            )
        )
    return tuple(lines)


def _test_summary(
    counts: Tally, schedule: Schedule | None, never_found: Sequence[str], version: Version
) -> tuple[str, ...]:
    lines = []
    if version is Version.STAFF:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet",
                    "{tests} tests in the period: {negative} negative, {positive} positive, "
                    "{missed} missed, {other} other.",
                )
            ).format(
                tests=counts.tests,
                negative=counts.negative,
                positive=counts.positive,
                missed=counts.missed,
                other=counts.other,
            )
        )
        if never_found:
            lines.append(
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Negative in every test: {names}.")).format(
                    names=", ".join(never_found)
                )
            )
        if schedule is not None:
            lines.append(schedule_words(schedule))
        return tuple(lines)
    if counts.tests:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet",
                    "You have taken {tests} tests. {negative} of them were negative.",
                )
            ).format(tests=counts.analysed, negative=counts.negative)
        )
    if never_found:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet", "Every test in this period was negative for {names}."
                )
            ).format(names=", ".join(never_found))
        )
    if counts.missed:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet",
                    "{missed} tests were missed. Tell us if something makes it hard to come.",
                )
            ).format(missed=counts.missed)
        )
    return tuple(lines)


def schedule_words(schedule: Schedule) -> str:
    if schedule.kind is ScheduleKind.FIXED:
        days = ", ".join(_WEEKDAYS[d] for d in sorted(schedule.weekdays))
        return _t(
            QT_TRANSLATE_NOOP("ProgressSheet", "Schedule: fixed days ({days}), {method}.")
        ).format(days=days, method=label(schedule.method).lower())
    values = {
        "low": schedule.min_per_week,
        "high": schedule.max_per_week,
        "method": label(schedule.method).lower(),
    }
    if schedule.target_per_week is None:
        return _t(
            QT_TRANSLATE_NOOP(
                "ProgressSheet",
                "Schedule: random days, as many a week as the phase sets ({low}–{high}), {method}.",
            )
        ).format(**values)
    return _t(
        QT_TRANSLATE_NOOP(
            "ProgressSheet", "Schedule: random days, {target} a week ({low}–{high}), {method}."
        )
    ).format(target=number(schedule.target_per_week), **values)


class _Weekdays:
    _names = (
        QT_TRANSLATE_NOOP("ProgressSheet", "Mon"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Tue"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Wed"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Thu"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Fri"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Sat"),
        QT_TRANSLATE_NOOP("ProgressSheet", "Sun"),
    )

    def __getitem__(self, day: int) -> str:
        return _t(self._names[day])


_WEEKDAYS = _Weekdays()


# ---------------------------------------------------------------------- OSA


def _placements(
    placements: Iterable[Placement], workplaces: Mapping[int, str], today: date, version: Version
) -> tuple[PlacementRow, ...]:
    rows = []
    staff = version is Version.STAFF
    for p in sorted(placements, key=lambda p: (p.start, p.id or 0)):
        left = None
        if p.status is not PlacementStatus.ENDED:
            left = max(0.0, (p.end - max(today, p.start)).days / DAYS_PER_MONTH)
        plan = p.plan
        next_step = ""
        if plan is not None:
            next_step = label(plan.next_step) if staff else _t(_PLAIN_NEXT_STEPS[plan.next_step])
        rows.append(
            PlacementRow(
                workplaces.get(p.workplace_id, ""),
                p.start,
                p.end,
                label(p.status),
                p.hours_per_week,
                round(p.months(today), 1),
                round(left, 1) if left is not None else None,
                next_step,
                plan.responsible if plan else "",
                plan.af_contact_on if plan else None,
            )
        )
    return tuple(rows)


def _osa_summary(placements: Sequence[PlacementRow], version: Version) -> tuple[str, ...]:
    running = [p for p in placements if p.months_left is not None]
    lines: list[str] = []
    if version is Version.STAFF:
        for p in running:
            if not p.next_step:
                lines.append(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "ProgressSheet",
                            "No plan for after OSA yet: the placement ends {date}.",
                        )
                    ).format(date=p.end.isoformat())
                )
        return tuple(lines)
    for p in running:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP("ProgressSheet", "You work at {workplace} from {start} to {end}.")
            ).format(workplace=p.workplace, start=p.start.isoformat(), end=p.end.isoformat())
        )
        lines.append(months_left_words(p.months_left or 0.0))
        if p.next_step:
            lines.append(
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "After OSA the plan is {step}.")).format(
                    step=p.next_step
                )
            )
        else:
            lines.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "ProgressSheet",
                        "We will make a plan together for what comes after your OSA.",
                    )
                )
            )
    if not running and placements:
        last = placements[-1]
        lines.append(
            _t(
                QT_TRANSLATE_NOOP("ProgressSheet", "You worked {months} months at {workplace}.")
            ).format(months=number(last.months_done), workplace=last.workplace)
        )
    return tuple(lines)


def months_left_words(months: float) -> str:
    """ "You have 4 months left of your OSA", in weeks when less than a month is left."""
    if months >= 1.5:
        return _t(
            QT_TRANSLATE_NOOP("ProgressSheet", "You have {months} months left of your OSA.")
        ).format(months=round(months))
    if months >= 1:
        return _t(QT_TRANSLATE_NOOP("ProgressSheet", "You have 1 month left of your OSA."))
    weeks = round(months * DAYS_PER_MONTH / 7)
    if weeks >= 2:
        return _t(
            QT_TRANSLATE_NOOP("ProgressSheet", "You have {weeks} weeks left of your OSA.")
        ).format(weeks=weeks)
    return _t(QT_TRANSLATE_NOOP("ProgressSheet", "Your OSA ends in a few days."))


# ---------------------------------------------------------------------- capital, consent, notes


def _capital_summary(rows: Sequence[CapitalRow], words: Words) -> tuple[str, ...]:
    if len(rows) < 2:
        return ()
    first, last = rows[0], rows[-1]
    up = [name for code, name in words.capitals if last.value(code) > first.value(code)]
    down = [name for code, name in words.capitals if last.value(code) < first.value(code)]
    lines = []
    if up:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP("ProgressSheet", "Higher on {date} than on {first}: {names}.")
            ).format(date=last.on.isoformat(), first=first.on.isoformat(), names=", ".join(up))
        )
    if down:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP("ProgressSheet", "Lower on {date} than on {first}: {names}.")
            ).format(date=last.on.isoformat(), first=first.on.isoformat(), names=", ".join(down))
        )
    if not up and not down:
        lines.append(
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "The same on {date} as on {first}.")).format(
                date=last.on.isoformat(), first=first.on.isoformat()
            )
        )
    return tuple(lines)


def _consent_lines(
    status: ConsentStatus, unit_names: Mapping[str, str], today: date, version: Version
) -> tuple[str, ...]:
    sharing = status.sharing
    staff = version is Version.STAFF
    if sharing is None or status.ends_on is None:
        if staff:
            return (
                _t(
                    QT_TRANSLATE_NOOP(
                        "ProgressSheet", "No information-sharing consent in force on {date}."
                    )
                ).format(date=today.isoformat()),
            )
        return (
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet",
                    "Right now we do not share information about you with anyone outside the unit.",
                )
            ),
        )
    units = ", ".join(
        unit_names.get(u, u) for u in sorted(sharing.units, key=lambda u: unit_names.get(u, u))
    )
    if staff:
        return (
            _t(
                QT_TRANSLATE_NOOP(
                    "ProgressSheet",
                    "Information-sharing consent given {given}, in force until {until}: {units}.",
                )
            ).format(
                given=sharing.given_on.isoformat(), until=status.ends_on.isoformat(), units=units
            ),
        )
    return (
        _t(
            QT_TRANSLATE_NOOP(
                "ProgressSheet",
                "You have said yes to us sharing information with {units} until {until}.",
            )
        ).format(units=units, until=status.ends_on.isoformat()),
        _t(
            QT_TRANSLATE_NOOP(
                "ProgressSheet", "You can take back that yes whenever you like: just tell us."
            )
        ),
    )


def _notes(notes: Iterable[Note], period: Period, users: Mapping[str, str]) -> tuple[NoteRow, ...]:
    listed = sorted(
        (n for n in notes if n.written_on in period), key=lambda n: (n.written_on, n.id or 0)
    )
    by_id = {n.id: n for n in notes}
    corrected = {n.corrects for n in notes if n.corrects is not None}
    rows = []
    for note in listed:
        remarks = []
        if note.corrects is not None and note.corrects in by_id:
            remarks.append(
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Corrects the note of {date}.")).format(
                    date=by_id[note.corrects].written_on.isoformat()
                )
            )
        if note.id in corrected:
            remarks.append(_t(QT_TRANSLATE_NOOP("ProgressSheet", "Corrected by a later note.")))
        rows.append(
            NoteRow(
                note.written_on,
                label(note.category),
                users.get(note.author, note.author),
                note.text,
                " ".join(remarks),
            )
        )
    return tuple(rows)


# ---------------------------------------------------------------------- the good news


def _highlights(
    state: PathState,
    enrolments: Sequence[EnrolmentRow],
    goals: Sequence[GoalRow],
    charts: Sequence[SubstanceChart],
    counts: Tally,
    free_since: date | None,
    free_weeks: int | None,
    placements: Sequence[PlacementRow],
    capital: Sequence[CapitalRow],
) -> tuple[str, ...]:
    """What the participant version opens with: what went well, said plainly, and what comes
    next. Nothing here blames; what did not go well is in its own section, in neutral words."""
    lines: list[str] = []
    if state.current_period is not None and enrolments:
        months = int(enrolments[-1].days / DAYS_PER_MONTH)
        if months >= 1:
            lines.append(
                _t(
                    QT_TRANSLATE_NOOP("ProgressSheet", "You have been with us for {months} months.")
                ).format(months=months)
                if months > 1
                else _t(QT_TRANSLATE_NOOP("ProgressSheet", "You have been with us for a month."))
            )
    if free_since is not None and counts.analysed:
        if free_weeks and free_weeks >= 2:
            lines.append(
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free for {weeks} weeks")).format(
                    weeks=free_weeks
                )
            )
        elif free_weeks == 1:
            lines.append(_t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free for 1 week")))
        else:
            lines.append(
                _t(QT_TRANSLATE_NOOP("ProgressSheet", "Drug-free since {date}")).format(
                    date=free_since.isoformat()
                )
            )
    else:
        falling = [c.name for c in charts if c.trend is Trend.FALLING]
        if falling:
            lines.append(
                _t(
                    QT_TRANSLATE_NOOP("ProgressSheet", "Your values are going down: {names}.")
                ).format(names=", ".join(falling))
            )
    done = sum(1 for g in goals if g.code is GoalStatus.DONE)
    if goals:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP("ProgressSheet", "You have reached {done} of your {total} goals.")
            ).format(done=done, total=len(goals))
        )
    running = next((p for p in placements if p.months_left is not None), None)
    if running is not None:
        lines.append(months_left_words(running.months_left or 0.0))
    if len(capital) >= 2:
        first, last = capital[0], capital[-1]
        grown = sum(1 for c in CAPITALS if last.value(c) > first.value(c))
        if grown:
            lines.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "ProgressSheet",
                        "Things have got better in {count} of 4 areas of your life.",
                    )
                ).format(count=grown)
            )
    upcoming = [g for g in goals if g.code.open and g.due is not None]
    if upcoming:
        nearest = min(upcoming, key=lambda g: g.due or date.max)
        assert nearest.due is not None
        lines.append(
            _t(QT_TRANSLATE_NOOP("ProgressSheet", "Next: {goal}, by {date}.")).format(
                goal=nearest.description, date=nearest.due.isoformat()
            )
        )
    return tuple(lines)

"""The steering group's figures for a period (domain §7, R7–R9): computed once, here, from the
register's records, and shown the same on screen and in the workbook.

A period runs from its first day to its last, both included: a month, a quarter, a half-year, a
year or any dates (`parse_period` reads "2026-07", "2026-Q3", "2026-H1", "2026"). The figures
are taken on a day (`taken_on`, normally today); the *reference day* is the period's last day,
or the day the figures were taken if the period is not over yet. Flows count what happened from
the first day to the reference day; states ("at the end") are read at the end of the reference
day. Nothing after the reference day is read, so later steps (a new referral next quarter, a
discharge next month) never change a period's figures: the same register and period give the
same figures (R9). A step recorded later but dated inside the period does change them, as it
should; the Historik sheet keeps what each export showed.

Every figure is defined in DEFINITIONS, in words the Definitioner sheet shows; the outcome model
and the people counts are defined in desktop.core.outcome, the drug-test and OSA figures in
desktop.core.figures, and this module uses those functions rather than counting again.

Counted per event or per person: referrals, "not enrolled" decisions, enrolments and discharges
count each event (a person referred twice counts twice); "people" beside them counts each
person once. Re-enrolments are enrolments that are not the person's first (R6).

Small counts: a count from 1 to 4 is shown as "<5" by default (R21: material leaving the unit
holds counts, never identities); a mean, median, share or change computed from such a count is
not shown either. This protects single cells only: totals stay visible, so a suppressed cell
can sometimes be worked out from its neighbours."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import Enum, StrEnum
from typing import Any

from desktop.core.drugtests import TestResult
from desktop.core.errors import AppError
from desktop.core.figures import (
    DRUG_TEST_RESULTS,
    OSA_COLUMNS,
    CountedResult,
    DayTally,
    DrugTestFigures,
    OsaFigures,
    OutcomeFigures,
    counted_results,
    day_tallies,
    drug_test_tally,
    osa_figures_and_people,
    outcome_figures,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import label
from desktop.core.osa import Placement, Workplace
from desktop.core.outcome import (
    GROUP_OF,
    OutcomeCategory,
    OutcomeGroup,
    distribution,
    people_counts,
)
from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    PathEvent,
    PathState,
    Phase,
    ReferrerType,
    add_months,
    states_on,
)
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.records import Person, Sex

CONTEXT = "Steering"
SMALL_MAX = 4  # counts from 1 to this are shown as "<5"
SMALL = "<5"


def tr(text: str) -> str:
    # Strings marked QT_TRANSLATE_NOOP("Steering", …) are found under "Steering"; a literal passed
    # straight to this module-level tr() is filed by pyside6-lupdate under the empty context (as
    # in desktop/cli.py), so it is looked up there when "Steering" has no translation for it.
    translated = translate(CONTEXT, text)
    return translated if translated != text else translate("", text)


# ---------------------------------------------------------------------------------- periods


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DATES = "dates"


_MONTHS_OF: Mapping[PeriodKind, int] = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.YEAR: 12,
}


class PeriodError(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "“{text}” is not a period. Give it as 2026-07 (a month), 2026-Q3 (a quarter), "
        "2026-H1 (a half-year) or 2026 (a year), or give the first and the last day.",
    )


@dataclass(frozen=True)
class Period:
    """From `since` to `until`, both included."""

    kind: PeriodKind
    since: date
    until: date

    @property
    def label(self) -> str:
        """ "2026-07", "2026-Q3", "2026-H1", "2026", or "2026-07-01–2026-09-30"."""
        year, month = self.since.year, self.since.month
        if self.kind is PeriodKind.MONTH:
            return f"{year}-{month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{year}-Q{(month - 1) // 3 + 1}"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{year}-H{1 if month < 7 else 2}"
        if self.kind is PeriodKind.YEAR:
            return str(year)
        return f"{self.since.isoformat()}–{self.until.isoformat()}"

    @property
    def dates(self) -> str:
        return f"{self.since.isoformat()}–{self.until.isoformat()}"

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def months(self) -> int | None:
        """Its length in calendar months; None for a period of dates."""
        return _MONTHS_OF.get(self.kind)

    def shifted(self, steps: int) -> Period:
        """The period `steps` lengths later (earlier when negative), of the same kind: the
        previous quarter of a quarter; for dates, as many days right before or after."""
        months = self.months
        if months is not None:
            since = add_months(self.since, months * steps)
            return Period(self.kind, since, add_months(since, months) - timedelta(days=1))
        offset = timedelta(days=self.days * steps)
        return Period(self.kind, self.since + offset, self.until + offset)

    def previous(self) -> Period:
        """The previous period of the same length, which the comparison is made with."""
        return self.shifted(-1)


def month_period(year: int, month: int) -> Period:
    since = date(year, month, 1)
    return Period(PeriodKind.MONTH, since, add_months(since, 1) - timedelta(days=1))


def quarter_period(year: int, quarter: int) -> Period:
    since = date(year, 3 * (quarter - 1) + 1, 1)
    return Period(PeriodKind.QUARTER, since, add_months(since, 3) - timedelta(days=1))


def half_year_period(year: int, half: int) -> Period:
    since = date(year, 1 if half == 1 else 7, 1)
    return Period(PeriodKind.HALF_YEAR, since, add_months(since, 6) - timedelta(days=1))


def year_period(year: int) -> Period:
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def dates_period(since: date, until: date) -> Period:
    if since > until:
        raise PeriodError(
            QT_TRANSLATE_NOOP("AppError", "The period's first day {since} is after its last day."),
            since=since.isoformat(),
        )
    return Period(PeriodKind.DATES, since, until)


def period_of(kind: PeriodKind, day: date) -> Period:
    """The period of `kind` that holds `day` (a month, quarter, half-year or year)."""
    if kind is PeriodKind.MONTH:
        return month_period(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    if kind is PeriodKind.HALF_YEAR:
        return half_year_period(day.year, 1 if day.month < 7 else 2)
    if kind is PeriodKind.YEAR:
        return year_period(day.year)
    return dates_period(day, day)


_PERIOD_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Period]], ...] = (
    (re.compile(r"(\d{4})-?[Qq]([1-4])"), lambda m: quarter_period(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-?[Hh]([12])"), lambda m: half_year_period(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-(\d{2})"), lambda m: month_period(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})"), lambda m: year_period(int(m[1]))),
    (
        re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:–|—|\.\.|/|\s)\s*(\d{4}-\d{2}-\d{2})"),
        lambda m: dates_period(date.fromisoformat(m[1]), date.fromisoformat(m[2])),
    ),
)


def parse_period(text: str) -> Period:
    """A period from "2026-07", "2026-Q3", "2026-H1", "2026" or "2026-07-01–2026-09-30"."""
    cleaned = text.strip()
    for pattern, make in _PERIOD_PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match:
            try:
                return make(match)
            except ValueError:
                break  # month 13, 31 February
    raise PeriodError(text=text)


# ---------------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class SteeringInputs:
    """What the figures are computed from, read from the register in one go."""

    paths: Mapping[int, Sequence[PathEvent]]  # steps taken back are not in them
    people: Mapping[int, Person]
    # Whole results, or only what the figures read of them (CountedResult)...
    test_results: Sequence[TestResult | CountedResult] = ()
    placements: Sequence[Placement] = ()
    workplaces: Sequence[Workplace] = ()
    # ...or, in their place, the results as they stand already added up per test day and
    # column for at least the dates counted (the store's counted_days: at 10,000 people an
    # object per result took a second and most of the export's memory). The figures are the
    # same either way.
    test_days: Sequence[DayTally] | None = None


# ---------------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Count:
    """A number and the people behind it (sorted ids). For a count of events (referrals,
    enrolments) `value` can be larger than the number of people."""

    value: int
    people: tuple[int, ...] = ()


def _people_count(ids: Iterable[int]) -> Count:
    people = tuple(sorted(set(ids)))
    return Count(len(people), people)


@dataclass(frozen=True)
class FlowFigures:
    """The flow through the period and the state at its end; see DEFINITIONS "flow.*" and
    "state.*". Every mapping holds every code, in its enum's order."""

    referrals: Count
    referrals_by_referrer: Mapping[ReferrerType, Count]
    not_enrolled: Count
    not_enrolled_by_reason: Mapping[NotEnrolledReason, Count]
    enrolments: Count
    first_enrolments: Count
    re_enrolments: Count
    discharges: Count
    discharges_by_outcome: Mapping[DischargeOutcome, Count]
    participants: Count
    enrolled_days: int  # person-days enrolled within the period, up to the reference day
    mean_enrolled: float | None  # enrolled_days / the days counted, to one decimal
    awaiting_decision: Count
    enrolled_at_end: Count
    by_phase: Mapping[Phase, Count]


def _flow(
    paths: Mapping[int, Sequence[PathEvent]],
    since: date,
    reference: date,
    states: Mapping[int, PathState] | None = None,
) -> tuple[FlowFigures, dict[int, date]]:
    """The flow figures, and each person's first enrolment day within the period (for the
    demographics of those who started); `states`, each path at the end of `reference`, when
    the caller has them."""
    referrals: dict[ReferrerType, list[int]] = {r: [] for r in ReferrerType}
    not_enrolled: dict[NotEnrolledReason, list[int]] = {r: [] for r in NotEnrolledReason}
    discharges: dict[DischargeOutcome, list[int]] = {o: [] for o in DischargeOutcome}
    first: list[int] = []
    again: list[int] = []
    participants: list[int] = []
    started_on: dict[int, date] = {}
    enrolled_days = 0
    for person_id, events in sorted(paths.items()):
        enrolments_so_far = 0
        open_since: date | None = None  # the start of the enrolment running, if one is
        spans: list[tuple[date, date | None]] = []
        for event in events:
            if event.on > reference:
                break
            inside = event.on >= since
            if event.kind is EventKind.REFERRAL:
                if inside:
                    referrals[ReferrerType(event.data["referrer_type"])].append(person_id)
            elif event.kind is EventKind.DECISION and not event.data["enrolled"]:
                if inside:
                    not_enrolled[NotEnrolledReason(event.data["reason"])].append(person_id)
            elif event.kind is EventKind.ENROLMENT:
                enrolments_so_far += 1
                open_since = event.on
                if inside:
                    (first if enrolments_so_far == 1 else again).append(person_id)
                    started_on.setdefault(person_id, event.on)
            elif event.kind is EventKind.DISCHARGE:
                if inside:
                    discharges[DischargeOutcome(event.data["outcome"])].append(person_id)
                if open_since is not None:
                    spans.append((open_since, event.on))
                open_since = None
        if open_since is not None:
            spans.append((open_since, None))
        took_part = False
        for start, end in spans:
            # Enrolled on a day from the enrolment day up to, not including, the discharge day
            # (as desktop.core.path.state_on reads a path at the end of a day); a participant
            # of the period is anyone whose enrolment touched it, the discharge day included.
            if start <= reference and (end is None or end >= since):
                took_part = True
                last = reference if end is None else min(reference, end - timedelta(days=1))
                enrolled_days += max(0, (last - max(start, since)).days + 1)
        if took_part:
            participants.append(person_id)

    def counted(ids: Sequence[int]) -> Count:
        return Count(len(ids), tuple(sorted(set(ids))))

    counts = people_counts(paths, reference, states)  # the state at the end, as `figures` has it
    days = (reference - since).days + 1
    return (
        FlowFigures(
            referrals=counted([i for ids in referrals.values() for i in ids]),
            referrals_by_referrer={k: counted(v) for k, v in referrals.items()},
            not_enrolled=counted([i for ids in not_enrolled.values() for i in ids]),
            not_enrolled_by_reason={k: counted(v) for k, v in not_enrolled.items()},
            enrolments=counted(first + again),
            first_enrolments=counted(first),
            re_enrolments=counted(again),
            discharges=counted([i for ids in discharges.values() for i in ids]),
            discharges_by_outcome={k: counted(v) for k, v in discharges.items()},
            participants=_people_count(participants),
            enrolled_days=enrolled_days,
            mean_enrolled=round(enrolled_days / days, 1),
            awaiting_decision=_people_count(counts.awaiting_decision),
            enrolled_at_end=_people_count(counts.enrolled_now),
            by_phase={p: _people_count(counts.by_phase[p.value]) for p in Phase},
        ),
        started_on,
    )


# ------------------------------------------------------------------------------ demographics

# (first year, last year) of each age band; None: open.
AGE_BANDS: tuple[tuple[int | None, int | None], ...] = (
    (None, 17),
    (18, 24),
    (25, 29),
    (30, 39),
    (40, 49),
    (50, 59),
    (60, None),
)
UNKNOWN_AGE = "unknown"


def band_name(band: tuple[int | None, int | None]) -> str:
    """ "18–24", "–17", "60–"."""
    low, high = band
    return f"{low if low is not None else ''}–{high if high is not None else ''}"


def age_on(birth: date, day: date) -> int:
    """Whole years on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class AgeFigures:
    known: int  # people with a birth date
    mean: float | None  # to one decimal
    median: float | None  # the middle age, or the mean of the two middle ones
    youngest: int | None
    oldest: int | None


@dataclass(frozen=True)
class Demographics:
    """A group of people by sex and age; see DEFINITIONS "demographics.*"."""

    people: Count
    by_sex: Mapping[Sex, Count]  # every value of Sex, in its order
    age: AgeFigures
    by_age: Mapping[str, Count]  # band_name of each AGE_BANDS, then UNKNOWN_AGE


def demographics(people: Mapping[int, Person], ages_on: Mapping[int, date]) -> Demographics:
    """The people of `ages_on` (id → the day their age is taken on)."""
    by_sex: dict[Sex, list[int]] = {s: [] for s in Sex}
    by_age: dict[str, list[int]] = {band_name(b): [] for b in AGE_BANDS}
    by_age[UNKNOWN_AGE] = []
    ages: list[int] = []
    for person_id, day in sorted(ages_on.items()):
        person = people.get(person_id)
        by_sex[person.sex if person else Sex.UNKNOWN].append(person_id)
        if person is None or person.birth_date is None:
            by_age[UNKNOWN_AGE].append(person_id)
            continue
        age = age_on(person.birth_date, day)
        ages.append(age)
        for band in AGE_BANDS:
            low, high = band
            if (low is None or age >= low) and (high is None or age <= high):
                by_age[band_name(band)].append(person_id)
                break
    return Demographics(
        people=_people_count(ages_on),
        by_sex={s: _people_count(v) for s, v in by_sex.items()},
        age=AgeFigures(
            known=len(ages),
            mean=round(statistics.fmean(ages), 1) if ages else None,
            median=round(float(statistics.median(ages)), 1) if ages else None,
            youngest=min(ages) if ages else None,
            oldest=max(ages) if ages else None,
        ),
        by_age={k: _people_count(v) for k, v in by_age.items()},
    )


# ------------------------------------------------------------------------------ cost–benefit


class CostSource(StrEnum):
    NUTEK = "nutek"  # NUTEK (2006/2008), amphetamine and heroin, inflation-adjusted to 2020
    SOU = "sou"  # SOU 2011:6, narcotics, inflation-adjusted 2011–2020


@dataclass(frozen=True)
class CostParameters:
    """The cost–benefit computation's parameters, in SEK a year unless named otherwise; every
    default is the evaluation's (000:205–270, domain §7), and every one can be changed."""

    budget_management: int = 400_000
    budget_salaries: int = 1_740_000
    budget_other_staff: int = 164_000
    budget_material: int = 10_000
    budget_services: int = 65_000
    state_grant: int = 1_908_000
    nutek_municipality: int = 327_116
    nutek_justice: int = 769_937
    nutek_total: int = 1_977_339
    sou_municipality: int = 304_211
    sou_justice: int = 847_391
    sou_total: int = 2_517_832
    participants_per_year: int = 20  # the plan's capacity (000:82)
    age_at_start: int = 30  # "if the average participant is about thirty"
    retirement_age: int = 65

    @property
    def budget(self) -> int:
        """The municipality's budgeted yearly cost: the sum of the five lines (2,379 kSEK)."""
        return (
            self.budget_management
            + self.budget_salaries
            + self.budget_other_staff
            + self.budget_material
            + self.budget_services
        )

    def per_person(self, source: CostSource) -> tuple[int, int, int]:
        """(municipality, justice system, society in total) a year for one person."""
        if source is CostSource.NUTEK:
            return self.nutek_municipality, self.nutek_justice, self.nutek_total
        return self.sou_municipality, self.sou_justice, self.sou_total

    def to_json(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CostParameters:
        """Known keys with whole, non-negative numbers; anything else keeps its default."""
        known = {f.name for f in fields(cls)}
        values = {
            k: int(v)
            for k, v in data.items()
            if k in known and isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
        }
        return cls(**values)


@dataclass(frozen=True)
class CostEstimate:
    """One source's figures; see DEFINITIONS "cost.*". Whole SEK."""

    municipality: int  # a year for one person (the parameter)
    justice: int
    society: int
    report_municipality: int
    report_municipality_net: int
    report_justice: int
    report_society: int
    report_society_net: int
    to_retirement: int
    period_municipality: int
    period_municipality_net: int
    period_justice: int
    period_society: int
    period_society_net: int


@dataclass(frozen=True)
class CostBenefit:
    parameters: CostParameters
    budget: int
    years: float  # the period's length in years (months / 12, or days / 365.25), 4 decimals
    period_budget: int
    person_years: float  # mean enrolled × years, 2 decimals
    estimates: Mapping[CostSource, CostEstimate]


def cost_benefit(
    parameters: CostParameters, period: Period, reference: date, enrolled_days: int
) -> CostBenefit:
    counted_days = (reference - period.since).days + 1
    months = period.months
    if months is not None and reference == period.until:
        years = months / 12
    else:
        years = counted_days / 365.25
    person_years = enrolled_days / counted_days * years
    budget = parameters.budget
    period_budget = round(budget * years)
    estimates = {}
    for source in CostSource:
        municipality, justice, society = parameters.per_person(source)
        n = parameters.participants_per_year
        period_municipality = round(person_years * municipality)
        period_society = round(person_years * society)
        estimates[source] = CostEstimate(
            municipality=municipality,
            justice=justice,
            society=society,
            report_municipality=n * municipality,
            report_municipality_net=n * municipality - budget,
            report_justice=n * justice,
            report_society=n * society,
            report_society_net=n * society - budget,
            to_retirement=max(0, parameters.retirement_age - parameters.age_at_start)
            * municipality,
            period_municipality=period_municipality,
            period_municipality_net=period_municipality - period_budget,
            period_justice=round(person_years * justice),
            period_society=period_society,
            period_society_net=period_society - period_budget,
        )
    return CostBenefit(
        parameters=parameters,
        budget=budget,
        years=round(years, 4),
        period_budget=period_budget,
        person_years=round(person_years, 2),
        estimates=estimates,
    )


# ---------------------------------------------------------------------------------- together


@dataclass(frozen=True)
class SteeringFigures:
    """Every figure of the steering group's workbook for one period."""

    period: Period
    taken_on: date  # the day the figures were taken
    reference_day: date  # the period's last day, or `taken_on` while the period runs
    flow: FlowFigures
    outcome: OutcomeFigures  # on the reference day (R7, against R8)
    outcome_people: Mapping[OutcomeCategory | OutcomeGroup, tuple[int, ...]]
    osa: OsaFigures  # from the first day to the reference day
    osa_people: Mapping[tuple[str, str], tuple[int, ...]]  # see osa_figures_and_people
    drug_tests: DrugTestFigures  # from the first day to the reference day
    drug_test_people: Mapping[tuple[str, str], tuple[int, ...]]  # see drug_test_people
    started: Demographics  # those enrolled in the period, age on their enrolment day
    participants: Demographics  # those enrolled in the period at all, age on the reference day
    cost: CostBenefit
    previous: SteeringFigures | None = None  # the previous period of the same length

    @property
    def complete(self) -> bool:
        """The period was over when the figures were taken."""
        return self.reference_day == self.period.until


def steering_figures(
    inputs: SteeringInputs,
    period: Period,
    taken_on: date,
    parameters: CostParameters | None = None,
    *,
    compare: bool = True,
    progress: Progress = NO_PROGRESS,
) -> SteeringFigures:
    """The figures for `period` as the register stands on `taken_on`, with those of the
    previous period of the same length when `compare` (see the module's docstring)."""
    if period.since > taken_on:
        raise PeriodError(
            QT_TRANSLATE_NOOP("AppError", "The period {period} has not started yet."),
            period=period.label,
        )
    parameters = parameters or CostParameters()
    periods = [period, period.previous()] if compare else [period]
    references = [min(p.until, taken_on) for p in periods]
    progress.check()
    # Work both periods share, done once (at 10,000 people each pass costs about a second):
    # the results as they stand (corrections applied before the dates are looked at) from the
    # earlier period's first day to the later reference day, added up per day, and every path
    # replayed once, giving its state at the end of both reference days. The drug-test
    # figures are counted first: the people sets they are counted with and the replayed
    # paths held at once were the export's peak memory.
    days = (
        inputs.test_days
        if inputs.test_days is not None
        else day_tallies(counted_results(inputs.test_results, periods[-1].since, references[0]))
    )
    tests = [
        drug_test_tally([d for d in days if p.since <= d.day <= reference], p.since, reference)
        for p, reference in zip(periods, references, strict=True)
    ]
    progress.check()
    states = {i: states_on(events, references) for i, events in inputs.paths.items()}
    figures = [
        _period_figures(
            inputs,
            p,
            taken_on,
            reference,
            parameters,
            {i: states_of_person[n] for i, states_of_person in states.items()},
            tests[n],
            progress,
        )
        for n, (p, reference) in enumerate(zip(periods, references, strict=True))
    ]
    return replace(figures[0], previous=figures[1]) if compare else figures[0]


def _period_figures(
    inputs: SteeringInputs,
    period: Period,
    taken_on: date,
    reference: date,
    parameters: CostParameters,
    states: Mapping[int, PathState],
    tests: tuple[DrugTestFigures, Mapping[tuple[str, str], tuple[int, ...]]],
    progress: Progress,
) -> SteeringFigures:
    """One period's figures; `states` are the paths at the end of `reference`, `tests` the
    period's drug-test figures and the people behind them (`drug_test_tally`)."""
    since = period.since
    progress.check()
    flow, started_on = _flow(inputs.paths, since, reference, states)
    progress.check()
    # Only someone enrolled by the reference day is counted in the model (R7); the others'
    # states classify as not counted.
    dist = distribution(inputs.paths, reference, states)
    outcome_people: dict[OutcomeCategory | OutcomeGroup, tuple[int, ...]] = {
        c: dist.people.get(c, ()) for c in OutcomeCategory
    }
    for group in OutcomeGroup:
        outcome_people[group] = dist.group_ids(group)
    progress.check()
    # What can count in the period, picked out once (at thousands of people the figures
    # would otherwise each go through every placement): placements running at some time from
    # the first day to the reference day (a later placement, at a workplace since removed,
    # adds no empty row to an earlier period).
    placements = [
        p
        for p in inputs.placements
        if p.start <= reference and (p.ended_on is None or p.ended_on >= since)
    ]
    osa, osa_people = osa_figures_and_people(placements, inputs.workplaces, since, reference)
    participants = flow.participants.people
    return SteeringFigures(
        period=period,
        taken_on=taken_on,
        reference_day=reference,
        flow=flow,
        outcome=outcome_figures(dist),
        outcome_people=outcome_people,
        osa=osa,
        osa_people=osa_people,
        drug_tests=tests[0],
        drug_test_people=tests[1],
        started=demographics(inputs.people, started_on),
        participants=demographics(inputs.people, dict.fromkeys(participants, reference)),
        cost=cost_benefit(parameters, period, reference, flow.enrolled_days),
    )


# ------------------------------------------------------------------------- what is shown

# Every figure: its name and its definition, one line each on the Definitioner sheet (and the
# screen's tooltips). The wording follows the docstrings of desktop.core.outcome,
# desktop.core.figures and this module, which count them.
DEFINITIONS: Mapping[str, tuple[str, str]] = {
    "period": (
        QT_TRANSLATE_NOOP("Steering", "Period"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "From its first to its last day, both included. Flows count what happened from the "
            "first day to the reference day; states are read at the end of the reference day.",
        ),
    ),
    "reference_day": (
        QT_TRANSLATE_NOOP("Steering", "Reference day"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The period's last day, or the day the figures were taken if the period was not "
            "over then. Nothing dated after it is read, so later steps never change the "
            "figures.",
        ),
    ),
    "taken_on": (
        QT_TRANSLATE_NOOP("Steering", "Figures taken on"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The day the figures were taken from the register. A step recorded later but dated "
            "inside the period changes them when they are taken again; Historik keeps what "
            "each export showed.",
        ),
    ),
    "previous": (
        QT_TRANSLATE_NOOP("Steering", "Previous period"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The previous period of the same length (the month, quarter, half-year or year "
            "before; for dates, as many days right before), counted the same way.",
        ),
    ),
    "change": (
        QT_TRANSLATE_NOOP("Steering", "Change"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "This period minus the previous one (a share in percentage points). Not shown when "
            "either number is hidden.",
        ),
    ),
    "small": (
        QT_TRANSLATE_NOOP("Steering", "Small numbers"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "When small numbers are hidden (the default), a count from 1 to 4 is shown as <5, "
            "and a mean, median, share or change computed from such a count is not shown. "
            "Totals stay visible. The workbook names nobody.",
        ),
    ),
    "flow.referrals": (
        QT_TRANSLATE_NOOP("Steering", "Referrals"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Referrals dated in the period. Each referral counts once, so a person referred "
            "twice counts twice; “people referred” counts each person once.",
        ),
    ),
    "flow.referrals_by_referrer": (
        QT_TRANSLATE_NOOP("Steering", "Referrals by referrer"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The referrals in the period by the referrer recorded with each one. The rows add "
            "up to the referrals.",
        ),
    ),
    "flow.not_enrolled": (
        QT_TRANSLATE_NOOP("Steering", "Not enrolled"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Decisions “not enrolled” dated in the period, each decision once, by the reason "
            "recorded with it. The reasons add up to the total.",
        ),
    ),
    "flow.enrolments": (
        QT_TRANSLATE_NOOP("Steering", "Enrolments"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Enrolments dated in the period (the day the contract was signed). Each "
            "enrolment counts once: a person discharged and enrolled again within the period "
            "counts twice; “people enrolled” counts each person once.",
        ),
    ),
    "flow.first_enrolments": (
        QT_TRANSLATE_NOOP("Steering", "First enrolments"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Enrolments in the period that are the person's first enrolment ever: new "
            "participants (the plan is 20 a year).",
        ),
    ),
    "flow.re_enrolments": (
        QT_TRANSLATE_NOOP("Steering", "Re-enrolments"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Enrolments in the period that are the person's second or later, after a discharge. "
            "First enrolments and re-enrolments add up to the enrolments.",
        ),
    ),
    "flow.discharges": (
        QT_TRANSLATE_NOOP("Steering", "Discharges"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Discharges dated in the period, each once, by the outcome recorded. The "
            "outcomes add up to the total.",
        ),
    ),
    "flow.participants": (
        QT_TRANSLATE_NOOP("Steering", "Participants in the period"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "People enrolled at some time in the period: an enrolment that started on or before "
            "the reference day and was not discharged before the first day. Each person once, "
            "however many enrolments.",
        ),
    ),
    "flow.mean_enrolled": (
        QT_TRANSLATE_NOOP("Steering", "Mean number enrolled"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The days each person was enrolled within the period (the enrolment day counts, the "
            "discharge day does not), added up and divided by the period's days up to the "
            "reference day; one decimal.",
        ),
    ),
    "state.awaiting_decision": (
        QT_TRANSLATE_NOOP("Steering", "Awaiting a decision"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "People with a referral and no decision yet at the end of the reference day.",
        ),
    ),
    "state.enrolled": (
        QT_TRANSLATE_NOOP("Steering", "Enrolled at the end"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "People enrolled at the end of the reference day; someone discharged that day is not.",
        ),
    ),
    "state.by_phase": (
        QT_TRANSLATE_NOOP("Steering", "Enrolled by phase"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The people enrolled at the end of the reference day by their phase that day. "
            "The phases add up to the enrolled.",
        ),
    ),
    "outcome.counted": (
        QT_TRANSLATE_NOOP("Steering", "Counted in the outcome model"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The outcome model on the reference day: everyone with an enrolment that "
            "started on or before it, those discharged earlier too, each in exactly one "
            "category, from the path as it stood that day.",
        ),
    ),
    "outcome.groups": (
        QT_TRANSLATE_NOOP("Steering", "Outcome groups and categories"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "On the path: newly enrolled (phase 1–2); in OSA; after OSA with AF, or discharged "
            "to subsidised work via AF; discharged to a private job or studies; discharged to "
            "long-term benefit. Off the path: enrolled, in extra support. Discharged before the "
            "goal: prison, care, unreachable, not OSA-eligible, not ready; for other reasons: "
            "moved, other.",
        ),
    ),
    "outcome.on_path_share": (
        QT_TRANSLATE_NOOP("Steering", "Share on the path"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Those on the path divided by everyone counted in the outcome model, on the "
            "reference day.",
        ),
    ),
    "outcome.goal": (
        QT_TRANSLATE_NOOP("Steering", "Goal"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The collaboration agreement's goal: 50 % of those who start manage a year's "
            "employment (OSA, UVA), start studies or become entitled to long-term benefit from "
            "Försäkringskassan.",
        ),
    ),
    "osa.started": (
        QT_TRANSLATE_NOOP("Steering", "OSA placements started"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Placements that have started (active or ended, not planned) with a start date in "
            "the period.",
        ),
    ),
    "osa.active": (
        QT_TRANSLATE_NOOP("Steering", "OSA placements active"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Placements started on or before the reference day and not ended by the end of it; "
            "one past its planned end counts until it is recorded as ended. By month: on the "
            "month's last day.",
        ),
    ),
    "osa.ended": (
        QT_TRANSLATE_NOOP("Steering", "OSA placements ended"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Placements recorded as ended with an end date in the period: completed (ran its "
            "course) or ended early (before its planned end, whatever the reason). Completed "
            "and ended early add up to ended.",
        ),
    ),
    "osa.mean_months": (
        QT_TRANSLATE_NOOP("Steering", "Mean length of OSA placements"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The mean length of the placements ended in the period, start to end, in months of "
            "30.4375 days (an average calendar month); one decimal.",
        ),
    ),
    "osa.by_workplace": (
        QT_TRANSLATE_NOOP("Steering", "OSA by workplace"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The same figures for each workplace, every workplace listed even with nothing in "
            "it, with its number of places.",
        ),
    ),
    "osa.by_month": (
        QT_TRANSLATE_NOOP("Steering", "OSA by month"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The same figures for each calendar month; the first and last month hold only the "
            "period's days.",
        ),
    ),
    "drug_tests.total": (
        QT_TRANSLATE_NOOP("Steering", "Drug-test results"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Results as they stand (a correction replaces what it corrects) with a test date in "
            "the period; every result counts once, a no-show too.",
        ),
    ),
    "drug_tests.by_result": (
        QT_TRANSLATE_NOOP("Steering", "Drug-test results by result"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Each result in exactly one column: negative (every substance negative), positive "
            "(at least one substance positive), no-show, refused, dilute or invalid, medical "
            "exemption, admitted use. The columns add up to the total.",
        ),
    ),
    "drug_tests.people_tested": (
        QT_TRANSLATE_NOOP("Steering", "People who gave a sample"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Different people with a sample taken (negative, positive or dilute) in the period; "
            "not the sum of the months.",
        ),
    ),
    "drug_tests.cost": (
        QT_TRANSLATE_NOOP("Steering", "Drug-test cost"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The sum of each result's price, the provider's price on the test day; a "
            "result without a price, such as a no-show, costs 0.",
        ),
    ),
    "drug_tests.by_month": (
        QT_TRANSLATE_NOOP("Steering", "Drug tests by month"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The same by calendar month of the test date; the first and last month hold only "
            "the period's days.",
        ),
    ),
    "demographics.people": (
        QT_TRANSLATE_NOOP("Steering", "People (demographics)"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Enrolled in the period: people with an enrolment in the period (a first or a "
            "re-enrolment), each once, age in whole years on their first enrolment day in the "
            "period. Participants in the period: people enrolled at some time in the period, "
            "each once, age in whole years on the reference day.",
        ),
    ),
    "demographics.sex": (
        QT_TRANSLATE_NOOP("Steering", "Sex"),
        QT_TRANSLATE_NOOP(
            "Steering", "As recorded; read from the personnummer when it was not given."
        ),
    ),
    "demographics.age": (
        QT_TRANSLATE_NOOP("Steering", "Age"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Of the people with a birth date: the mean age (one decimal), the median (the "
            "middle age, or the mean of the two middle ones), the youngest and the oldest.",
        ),
    ),
    "demographics.age_bands": (
        QT_TRANSLATE_NOOP("Steering", "Age bands"),
        QT_TRANSLATE_NOOP(
            "Steering", "The people by age in whole years; without a birth date: unknown."
        ),
    ),
    "cost.budget": (
        QT_TRANSLATE_NOOP("Steering", "Budget and state grant"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The municipality's budgeted cost a year (2021: management 400, salaries 1,740, "
            "other staff costs 164, material 10, services 65 kSEK; 2,379 kSEK in all) and the "
            "state grant (1,908 kSEK). Every parameter can be changed in Färdväg.",
        ),
    ),
    "cost.alternative": (
        QT_TRANSLATE_NOOP("Steering", "Alternative cost a year"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "What one person with ongoing drug use costs a year. NUTEK (2006), amphetamine and "
            "heroin, inflation-adjusted to 2020: municipality 327,116, justice system 769,937, "
            "society in total 1,977,339 SEK. SOU 2011:6, narcotics, adjusted 2011–2020: "
            "304,211, 847,391 and 2,517,832 SEK.",
        ),
    ),
    "cost.report": (
        QT_TRANSLATE_NOOP("Steering", "The evaluation's computation"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "Participants a year × the alternative cost a year (20 × 327,116 = 6,542,320 SEK "
            "for the municipality), and the same minus the municipality's budgeted cost.",
        ),
    ),
    "cost.to_retirement": (
        QT_TRANSLATE_NOOP("Steering", "One person to retirement"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The municipality's alternative cost for one person from the age at start to the "
            "retirement age: (65 − 30) × 327,116 = 11,449,060 SEK, the evaluation's “about "
            "11.5 million”.",
        ),
    ),
    "cost.period": (
        QT_TRANSLATE_NOOP("Steering", "The period's computation"),
        QT_TRANSLATE_NOOP(
            "Steering",
            "The same for the period's own participants: person-years enrolled (the mean "
            "number enrolled × the period's length in years: months / 12, or days / 365.25 for "
            "dates or a period not yet over) × the alternative cost a year, and the same minus "
            "the budget for the period's length.",
        ),
    ),
}


class Unit(StrEnum):
    COUNT = "count"  # people or events: 1–4 hidden as "<5"
    NUMBER = "number"  # a mean, a median, months, places
    SHARE = "share"  # 0–1, shown as a percentage
    SEK = "sek"
    YEARS = "years"


@dataclass(frozen=True)
class Cell:
    """One figure as a table shows it. `people` are the ids behind it (what the screen opens;
    None: nobody in particular, such as a parameter); `sources` the counts it is computed from
    (a mean's number of people, a change's two counts): it is hidden when one of them is small.
    A count is its own source."""

    value: int | float | None
    unit: Unit = Unit.COUNT
    people: tuple[int, ...] | None = None
    sources: tuple[int, ...] = ()

    def small(self) -> bool:
        """Hidden when small numbers are hidden."""
        counts = self.sources
        if self.unit is Unit.COUNT and isinstance(self.value, int):
            counts = (*counts, self.value)
        return any(1 <= n <= SMALL_MAX for n in counts)


def shown(cell: Cell, hide_small: bool) -> int | float | str | None:
    """What a table shows of `cell`: the number itself, "<5" for a small count, a note for a
    figure computed from a small count, None for no value."""
    if hide_small and cell.small():
        return SMALL if cell.unit is Unit.COUNT else tr("(fewer than 5)")
    return cell.value


@dataclass(frozen=True)
class Row:
    key: str  # the DEFINITIONS entry that says how its figures are counted
    label: str  # translated
    cells: tuple[Cell, ...]
    level: int = 0  # 1: a breakdown of the row above it


class Chart(StrEnum):
    BARS = "bars"  # a bar per row, one series per column
    STACKED = "stacked"  # a column per row, the columns stacked


@dataclass(frozen=True)
class Table:
    key: str  # names the table (for tests and the renderer)
    title: str  # translated
    columns: tuple[str, ...]  # the headers of the cells' columns (the label column has none)
    rows: tuple[Row, ...]
    chart: Chart | None = None  # drawn from its first `chart_rows` rows, `chart_columns` columns
    chart_title: str = ""
    chart_rows: int | None = None  # None: every row
    chart_columns: int | None = None  # None: every column


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook, and one tab of the screen."""

    key: str
    name: str  # the fixed sheet name, SHEET_NAMES
    title: str  # translated
    tables: tuple[Table, ...]


# The sheets' names, fixed in Swedish whatever the language: a steering group's own workbook
# is updated by replacing the sheets of these names, so they must not change with the
# language of whoever exports.
SHEET_NAMES: Mapping[str, str] = {
    "summary": "Sammanfattning",
    "flow": "Flöde",
    "outcome": "Utfallsmodell",
    "osa": "OSA",
    "drug_tests": "Drogtester",
    "demographics": "Demografi",
    "cost": "Kostnad–nytta",
    "definitions": "Definitioner",
    "history": "Historik",
}

Get = Callable[["SteeringFigures"], Cell]


def _count(c: Count) -> Cell:
    return Cell(c.value, Unit.COUNT, c.people)


def _people(ids: Iterable[int]) -> Cell:
    return _count(_people_count(ids))


def _pair(figures: SteeringFigures, get: Get) -> tuple[Cell, ...]:
    """This period's cell and, when compared, the previous period's."""
    if figures.previous is None:
        return (get(figures),)
    return get(figures), get(figures.previous)


def _columns(figures: SteeringFigures) -> tuple[str, ...]:
    if figures.previous is None:
        return (figures.period.label,)
    return figures.period.label, figures.previous.period.label


def _rows(figures: SteeringFigures, lines: Sequence[tuple[str, str, Get, int]]) -> tuple[Row, ...]:
    return tuple(Row(key, text, _pair(figures, get), level) for key, text, get, level in lines)


def _by_code(
    figures: SteeringFigures,
    key: str,
    codes: Iterable[Enum],
    get: Callable[[SteeringFigures, Any], Cell],
) -> tuple[Row, ...]:
    def of(code: Enum) -> Get:
        return lambda x: get(x, code)

    return tuple(Row(key, label(code), _pair(figures, of(code))) for code in codes)


def _flow_tables(f: SteeringFigures) -> tuple[Table, ...]:
    flow = _rows(
        f,
        (
            # The first six are the chart's.
            ("flow.referrals", tr("Referrals"), lambda x: _count(x.flow.referrals), 0),
            (
                "flow.not_enrolled",
                tr("Not enrolled (decisions)"),
                lambda x: _count(x.flow.not_enrolled),
                0,
            ),
            ("flow.enrolments", tr("Enrolments"), lambda x: _count(x.flow.enrolments), 0),
            (
                "flow.first_enrolments",
                tr("of which first enrolments"),
                lambda x: _count(x.flow.first_enrolments),
                1,
            ),
            (
                "flow.re_enrolments",
                tr("of which re-enrolments"),
                lambda x: _count(x.flow.re_enrolments),
                1,
            ),
            ("flow.discharges", tr("Discharges"), lambda x: _count(x.flow.discharges), 0),
            (
                "flow.referrals",
                tr("People referred"),
                lambda x: _people(x.flow.referrals.people),
                0,
            ),
            (
                "flow.enrolments",
                tr("People enrolled"),
                lambda x: _people(x.flow.enrolments.people),
                0,
            ),
            (
                "flow.participants",
                tr("Participants in the period"),
                lambda x: _count(x.flow.participants),
                0,
            ),
            (
                "flow.mean_enrolled",
                tr("Mean number enrolled"),
                lambda x: Cell(x.flow.mean_enrolled, Unit.NUMBER, x.flow.participants.people),
                0,
            ),
        ),
    )
    at_end = _rows(
        f,
        (
            (
                "state.awaiting_decision",
                tr("Referred, awaiting a decision"),
                lambda x: _count(x.flow.awaiting_decision),
                0,
            ),
            ("state.enrolled", tr("Enrolled"), lambda x: _count(x.flow.enrolled_at_end), 0),
        ),
    ) + tuple(
        Row(r.key, r.label, r.cells, 1)
        for r in _by_code(f, "state.by_phase", Phase, lambda x, p: _count(x.flow.by_phase[p]))
    )
    columns = _columns(f)
    return (
        Table(
            "flow",
            tr("Flow in the period"),
            columns,
            flow,
            Chart.BARS,
            tr("Flow"),
            chart_rows=6,
        ),
        Table(
            "referrers",
            tr("Referrals by referrer"),
            columns,
            _by_code(
                f,
                "flow.referrals_by_referrer",
                ReferrerType,
                lambda x, r: _count(x.flow.referrals_by_referrer[r]),
            ),
        ),
        Table(
            "not_enrolled",
            tr("Not enrolled, by reason"),
            columns,
            _by_code(
                f,
                "flow.not_enrolled",
                NotEnrolledReason,
                lambda x, r: _count(x.flow.not_enrolled_by_reason[r]),
            ),
        ),
        Table(
            "discharges",
            tr("Discharges by outcome"),
            columns,
            _by_code(
                f,
                "flow.discharges",
                DischargeOutcome,
                lambda x, o: _count(x.flow.discharges_by_outcome[o]),
            ),
        ),
        Table("at_end", tr("At the end of the reference day"), columns, at_end),
    )


def _outcome_ids(x: SteeringFigures) -> tuple[int, ...]:
    return tuple(sorted(i for c in OutcomeCategory for i in x.outcome_people[c]))


def _outcome_cell(x: SteeringFigures, key: OutcomeCategory | OutcomeGroup) -> Cell:
    ids = x.outcome_people[key]
    return Cell(len(ids), Unit.COUNT, ids)


def _share_cell(x: SteeringFigures) -> Cell:
    on_path = len(x.outcome_people[OutcomeGroup.ON_PATH])
    return Cell(x.outcome.on_path_share, Unit.SHARE, None, (on_path, x.outcome.counted))


def _outcome_tables(f: SteeringFigures) -> tuple[Table, ...]:
    groups = _rows(
        f,
        (
            (
                "outcome.counted",
                tr("Counted in the outcome model"),
                lambda x: Cell(x.outcome.counted, Unit.COUNT, _outcome_ids(x)),
                0,
            ),
            *(
                ("outcome.groups", label(g), lambda x, g=g: _outcome_cell(x, g), 1)
                for g in OutcomeGroup
            ),
            ("outcome.on_path_share", tr("Share on the path"), _share_cell, 0),
            ("outcome.goal", tr("Goal"), lambda x: Cell(x.outcome.goal_share, Unit.SHARE), 0),
        ),
    )
    categories = tuple(
        Row("outcome.groups", f"{label(c)} ({label(GROUP_OF[c])})", r.cells)
        for c, r in zip(
            OutcomeCategory,
            _by_code(f, "outcome.groups", OutcomeCategory, _outcome_cell),
            strict=True,
        )
    )
    columns = _columns(f)
    return (
        Table("outcome", tr("Outcome model on the reference day"), columns, groups),
        Table(
            "outcome_categories",
            tr("By category"),
            columns,
            categories,
            Chart.BARS,
            tr("Outcome model"),
        ),
    )


_OSA_WORDS: Mapping[str, str] = {
    "started": QT_TRANSLATE_NOOP("Steering", "Started"),
    "active": QT_TRANSLATE_NOOP("Steering", "Active at the end"),
    "ended": QT_TRANSLATE_NOOP("Steering", "Ended"),
    "completed": QT_TRANSLATE_NOOP("Steering", "Completed"),
    "ended_early": QT_TRANSLATE_NOOP("Steering", "Ended early"),
}
_OSA_KEYS: Mapping[str, str] = {
    "started": "osa.started",
    "active": "osa.active",
    "ended": "osa.ended",
    "completed": "osa.ended",
    "ended_early": "osa.ended",
}


def _osa_cell(x: SteeringFigures, row: str, column: str) -> Cell:
    """Row "" for the totals, a workplace's name or a month."""
    if row == "":
        counts = x.osa.totals
    elif row[:4].isdigit() and row[4:5] == "-" and len(row) == 7:
        counts = x.osa.month(row)
    else:
        counts = x.osa.workplace(row).counts
    return Cell(int(getattr(counts, column)), Unit.COUNT, x.osa_people.get((row, column), ()))


def _osa_tables(f: SteeringFigures) -> tuple[Table, ...]:
    totals = _rows(
        f,
        (
            *(
                (
                    _OSA_KEYS[c],
                    tr(_OSA_WORDS[c]),
                    lambda x, c=c: _osa_cell(x, "", c),
                    1 if c in ("completed", "ended_early") else 0,
                )
                for c in OSA_COLUMNS
            ),
            (
                "osa.mean_months",
                tr("Mean length of ended placements, months"),
                lambda x: Cell(
                    x.osa.mean_months,
                    Unit.NUMBER,
                    x.osa_people.get(("", "ended"), ()),
                    (x.osa.totals.ended,),
                ),
                0,
            ),
        ),
    )
    words = tuple(tr(_OSA_WORDS[c]) for c in OSA_COLUMNS)
    by_workplace = tuple(
        Row(
            "osa.by_workplace",
            w.name,
            (Cell(w.places, Unit.NUMBER), *(_osa_cell(f, w.name, c) for c in OSA_COLUMNS)),
        )
        for w in f.osa.by_workplace
    )
    by_month = tuple(
        Row("osa.by_month", m.month, tuple(_osa_cell(f, m.month, c) for c in OSA_COLUMNS))
        for m in f.osa.months
    )
    return (
        Table("osa", tr("OSA placements in the period"), _columns(f), totals),
        Table("osa_workplaces", tr("By workplace"), (tr("Places"), *words), by_workplace),
        Table("osa_months", tr("By month"), words, by_month),
    )


_TEST_WORDS: Mapping[str, str] = {
    "negative": QT_TRANSLATE_NOOP("Steering", "Negative"),
    "positive": QT_TRANSLATE_NOOP("Steering", "Positive"),
    "no_show": QT_TRANSLATE_NOOP("Steering", "No-show"),
    "refused": QT_TRANSLATE_NOOP("Steering", "Refused"),
    "dilute": QT_TRANSLATE_NOOP("Steering", "Dilute or invalid"),
    "medical_exemption": QT_TRANSLATE_NOOP("Steering", "Medical exemption"),
    "admitted_use": QT_TRANSLATE_NOOP("Steering", "Admitted use"),
    "total": QT_TRANSLATE_NOOP("Steering", "Results in total"),
    "people_tested": QT_TRANSLATE_NOOP("Steering", "People who gave a sample"),
    "cost_sek": QT_TRANSLATE_NOOP("Steering", "Cost, SEK"),
}


def _test_cell(x: SteeringFigures, month: str, column: str) -> Cell:
    counts = x.drug_tests.totals if month == "" else x.drug_tests.month(month)
    people = x.drug_test_people.get((month, column), ())
    if column == "cost_sek":
        return Cell(counts.cost_sek, Unit.SEK, people)
    return Cell(int(getattr(counts, column)), Unit.COUNT, people)


def _test_tables(f: SteeringFigures) -> tuple[Table, ...]:
    totals = _rows(
        f,
        (
            ("drug_tests.total", tr(_TEST_WORDS["total"]), lambda x: _test_cell(x, "", "total"), 0),
            *(
                ("drug_tests.by_result", tr(_TEST_WORDS[c]), lambda x, c=c: _test_cell(x, "", c), 1)
                for c in DRUG_TEST_RESULTS
            ),
            (
                "drug_tests.people_tested",
                tr(_TEST_WORDS["people_tested"]),
                lambda x: _test_cell(x, "", "people_tested"),
                0,
            ),
            (
                "drug_tests.cost",
                tr(_TEST_WORDS["cost_sek"]),
                lambda x: _test_cell(x, "", "cost_sek"),
                0,
            ),
        ),
    )
    columns = (*DRUG_TEST_RESULTS, "total", "cost_sek")
    by_month = tuple(
        Row("drug_tests.by_month", m.month, tuple(_test_cell(f, m.month, c) for c in columns))
        for m in f.drug_tests.months
    )
    return (
        Table("drug_tests", tr("Drug tests in the period"), _columns(f), totals),
        Table(
            "drug_test_months",
            tr("By month"),
            tuple(tr(_TEST_WORDS[c]) for c in columns),
            by_month,
            Chart.STACKED,
            tr("Drug-test results by month"),
            chart_columns=len(DRUG_TEST_RESULTS),
        ),
    )


def _of_sex(sex: Sex) -> Callable[[Demographics], Cell]:
    return lambda d: _count(d.by_sex[sex])


def _of_band(band: str) -> Callable[[Demographics], Cell]:
    return lambda d: _count(d.by_age[band])


def _demography_tables(f: SteeringFigures) -> tuple[Table, ...]:
    groups = (f.started, f.participants)

    def row(key: str, text: str, get: Callable[[Demographics], Cell], level: int = 0) -> Row:
        return Row(key, text, tuple(get(g) for g in groups), level)

    def measure(value: float | None, d: Demographics) -> Cell:
        return Cell(value, Unit.NUMBER, d.people.people, (d.age.known,))

    rows = [
        Row(
            "demographics.people",
            tr("People"),
            (_count(f.started.people), _count(f.participants.people)),
        ),
        *(row("demographics.sex", label(s), _of_sex(s), 1) for s in Sex),
        row(
            "demographics.age",
            tr("With a birth date"),
            lambda d: Cell(d.age.known, Unit.COUNT, d.people.people),
        ),
        row("demographics.age", tr("Mean age"), lambda d: measure(d.age.mean, d), 1),
        row("demographics.age", tr("Median age"), lambda d: measure(d.age.median, d), 1),
        row("demographics.age", tr("Youngest"), lambda d: measure(d.age.youngest, d), 1),
        row("demographics.age", tr("Oldest"), lambda d: measure(d.age.oldest, d), 1),
    ]
    for band in (*(band_name(b) for b in AGE_BANDS), UNKNOWN_AGE):
        text = tr("Age unknown") if band == UNKNOWN_AGE else tr("Age {band}").format(band=band)
        rows.append(row("demographics.age_bands", text, _of_band(band)))
    return (
        Table(
            "demographics",
            tr("Sex and age"),
            (tr("Enrolled in the period"), tr("Participants in the period")),
            tuple(rows),
        ),
    )


def _cost_tables(f: SteeringFigures) -> tuple[Table, ...]:
    c, p = f.cost, f.cost.parameters

    def sek(value: int) -> Cell:
        return Cell(value, Unit.SEK)

    def number(value: int) -> Cell:
        return Cell(value, Unit.NUMBER)

    parameters = (
        Row("cost.budget", tr("Budget: management"), (sek(p.budget_management),), 1),
        Row("cost.budget", tr("Budget: salaries"), (sek(p.budget_salaries),), 1),
        Row("cost.budget", tr("Budget: other staff costs"), (sek(p.budget_other_staff),), 1),
        Row("cost.budget", tr("Budget: material"), (sek(p.budget_material),), 1),
        Row("cost.budget", tr("Budget: services"), (sek(p.budget_services),), 1),
        Row("cost.budget", tr("Budget in total"), (sek(c.budget),)),
        Row("cost.budget", tr("State grant"), (sek(p.state_grant),)),
        Row("cost.report", tr("Participants a year"), (number(p.participants_per_year),)),
        Row("cost.to_retirement", tr("Age at start"), (number(p.age_at_start),)),
        Row("cost.to_retirement", tr("Retirement age"), (number(p.retirement_age),)),
    )
    period = (
        Row("cost.period", tr("Length in years"), (Cell(c.years, Unit.YEARS),)),
        Row(
            "cost.period",
            tr("Person-years enrolled"),
            (Cell(c.person_years, Unit.YEARS, f.flow.participants.people),),
        ),
        Row("cost.period", tr("Budget for the period"), (sek(c.period_budget),)),
    )

    def line(key: str, text: str, get: Callable[[CostEstimate], int], level: int = 0) -> Row:
        return Row(key, text, tuple(sek(get(c.estimates[s])) for s in CostSource), level)

    estimates = (
        line(
            "cost.alternative",
            tr("Alternative cost a year: municipality"),
            lambda e: e.municipality,
        ),
        line(
            "cost.alternative", tr("Alternative cost a year: justice system"), lambda e: e.justice
        ),
        line("cost.alternative", tr("Alternative cost a year: society"), lambda e: e.society),
        line(
            "cost.report",
            tr("Evaluation's computation: municipality"),
            lambda e: e.report_municipality,
        ),
        line(
            "cost.report",
            tr("municipality minus the budget"),
            lambda e: e.report_municipality_net,
            1,
        ),
        line(
            "cost.report",
            tr("Evaluation's computation: justice system"),
            lambda e: e.report_justice,
        ),
        line("cost.report", tr("Evaluation's computation: society"), lambda e: e.report_society),
        line("cost.report", tr("society minus the budget"), lambda e: e.report_society_net, 1),
        line(
            "cost.to_retirement",
            tr("One person to retirement, municipality"),
            lambda e: e.to_retirement,
        ),
        line("cost.period", tr("This period, municipality"), lambda e: e.period_municipality),
        line(
            "cost.period",
            tr("municipality minus the period's budget"),
            lambda e: e.period_municipality_net,
            1,
        ),
        line("cost.period", tr("This period, justice system"), lambda e: e.period_justice),
        line("cost.period", tr("This period, society"), lambda e: e.period_society),
        line(
            "cost.period",
            tr("society minus the period's budget"),
            lambda e: e.period_society_net,
            1,
        ),
    )
    return (
        Table("cost_parameters", tr("Parameters"), (tr("SEK or number"),), parameters),
        Table("cost_period", tr("The period"), (f.period.label,), period),
        Table("cost", tr("Cost–benefit, SEK"), (tr("NUTEK"), tr("SOU 2011:6")), estimates),
    )


@dataclass(frozen=True)
class KeyFigure:
    """One row of the summary and one column of Historik, by a stable key (the history kept in
    the register is stored by these keys)."""

    key: str
    text: str  # English source, "Steering" context
    definition: str  # its DEFINITIONS key
    get: Get


def _osa_total(column: str) -> Get:
    return lambda x: _osa_cell(x, "", column)


def _test_total(column: str) -> Get:
    return lambda x: _test_cell(x, "", column)


KEY_FIGURES: tuple[KeyFigure, ...] = (
    KeyFigure(
        "referrals",
        QT_TRANSLATE_NOOP("Steering", "Referrals"),
        "flow.referrals",
        lambda x: _count(x.flow.referrals),
    ),
    KeyFigure(
        "not_enrolled",
        QT_TRANSLATE_NOOP("Steering", "Not enrolled (decisions)"),
        "flow.not_enrolled",
        lambda x: _count(x.flow.not_enrolled),
    ),
    KeyFigure(
        "enrolments",
        QT_TRANSLATE_NOOP("Steering", "Enrolments"),
        "flow.enrolments",
        lambda x: _count(x.flow.enrolments),
    ),
    KeyFigure(
        "first_enrolments",
        QT_TRANSLATE_NOOP("Steering", "First enrolments"),
        "flow.first_enrolments",
        lambda x: _count(x.flow.first_enrolments),
    ),
    KeyFigure(
        "re_enrolments",
        QT_TRANSLATE_NOOP("Steering", "Re-enrolments"),
        "flow.re_enrolments",
        lambda x: _count(x.flow.re_enrolments),
    ),
    KeyFigure(
        "discharges",
        QT_TRANSLATE_NOOP("Steering", "Discharges"),
        "flow.discharges",
        lambda x: _count(x.flow.discharges),
    ),
    KeyFigure(
        "participants",
        QT_TRANSLATE_NOOP("Steering", "Participants in the period"),
        "flow.participants",
        lambda x: _count(x.flow.participants),
    ),
    KeyFigure(
        "enrolled_at_end",
        QT_TRANSLATE_NOOP("Steering", "Enrolled at the end"),
        "state.enrolled",
        lambda x: _count(x.flow.enrolled_at_end),
    ),
    KeyFigure(
        "outcome_counted",
        QT_TRANSLATE_NOOP("Steering", "Counted in the outcome model"),
        "outcome.counted",
        lambda x: Cell(x.outcome.counted, Unit.COUNT, _outcome_ids(x)),
    ),
    KeyFigure(
        "on_path",
        QT_TRANSLATE_NOOP("Steering", "On the path"),
        "outcome.groups",
        lambda x: _outcome_cell(x, OutcomeGroup.ON_PATH),
    ),
    KeyFigure(
        "off_path",
        QT_TRANSLATE_NOOP("Steering", "Off the path"),
        "outcome.groups",
        lambda x: _outcome_cell(x, OutcomeGroup.OFF_PATH),
    ),
    KeyFigure(
        "discharged",
        QT_TRANSLATE_NOOP("Steering", "Discharged (outcome model)"),
        "outcome.groups",
        lambda x: _outcome_cell(x, OutcomeGroup.DISCHARGED),
    ),
    KeyFigure(
        "on_path_share",
        QT_TRANSLATE_NOOP("Steering", "Share on the path (goal 50 %)"),
        "outcome.on_path_share",
        _share_cell,
    ),
    KeyFigure(
        "osa_started",
        QT_TRANSLATE_NOOP("Steering", "OSA placements started"),
        "osa.started",
        _osa_total("started"),
    ),
    KeyFigure(
        "osa_active",
        QT_TRANSLATE_NOOP("Steering", "OSA placements active at the end"),
        "osa.active",
        _osa_total("active"),
    ),
    KeyFigure(
        "osa_ended",
        QT_TRANSLATE_NOOP("Steering", "OSA placements ended"),
        "osa.ended",
        _osa_total("ended"),
    ),
    KeyFigure(
        "tests",
        QT_TRANSLATE_NOOP("Steering", "Drug-test results"),
        "drug_tests.total",
        _test_total("total"),
    ),
    KeyFigure(
        "tests_positive",
        QT_TRANSLATE_NOOP("Steering", "Positive results"),
        "drug_tests.by_result",
        _test_total("positive"),
    ),
    KeyFigure(
        "tests_no_show",
        QT_TRANSLATE_NOOP("Steering", "No-shows"),
        "drug_tests.by_result",
        _test_total("no_show"),
    ),
    KeyFigure(
        "tests_cost",
        QT_TRANSLATE_NOOP("Steering", "Drug-test cost, SEK"),
        "drug_tests.cost",
        _test_total("cost_sek"),
    ),
)


def _change(current: Cell, previous: Cell) -> Cell:
    if not isinstance(current.value, int | float) or not isinstance(previous.value, int | float):
        return Cell(None, Unit.NUMBER)
    sources = (*current.sources, *previous.sources)
    if current.unit is Unit.COUNT:
        sources = (*sources, int(current.value), int(previous.value))
    if current.unit is Unit.SHARE:
        return Cell(round(current.value - previous.value, 4), Unit.SHARE, None, sources)
    unit = Unit.SEK if current.unit is Unit.SEK else Unit.NUMBER
    return Cell(current.value - previous.value, unit, None, sources)


def _summary_tables(f: SteeringFigures) -> tuple[Table, ...]:
    rows = []
    for key_figure in KEY_FIGURES:
        cells = _pair(f, key_figure.get)
        if len(cells) == 2:
            cells = (*cells, _change(*cells))
        rows.append(Row(key_figure.definition, tr(key_figure.text), cells))
    columns = _columns(f) + ((tr("Change"),) if f.previous is not None else ())
    return (Table("summary", tr("Key figures"), columns, tuple(rows)),)


def key_figures(figures: SteeringFigures) -> dict[str, int | float | None]:
    """The key figures as plain numbers: what Historik keeps of an export."""
    return {k.key: k.get(figures).value for k in KEY_FIGURES}


def sheets(figures: SteeringFigures) -> tuple[Sheet, ...]:
    """The figure sheets of the workbook, which are the screen's tabs, in order (Definitioner
    comes from `definition_rows`, Historik from the register's history)."""
    parts: tuple[tuple[str, str, Callable[[SteeringFigures], tuple[Table, ...]]], ...] = (
        ("summary", tr("Summary"), _summary_tables),
        ("flow", tr("Flow"), _flow_tables),
        ("outcome", tr("Outcome model"), _outcome_tables),
        ("osa", tr("OSA"), _osa_tables),
        ("drug_tests", tr("Drug tests"), _test_tables),
        ("demographics", tr("Demographics"), _demography_tables),
        ("cost", tr("Cost–benefit"), _cost_tables),
    )
    return tuple(Sheet(key, SHEET_NAMES[key], title, make(figures)) for key, title, make in parts)


GENERAL_TERMS = ("period", "reference_day", "taken_on", "previous", "change", "small")


def definition_rows(
    figure_sheets: Sequence[Sheet],
) -> tuple[tuple[str, str, str], ...]:
    """(key, figure, how it is counted), translated: one line per figure the sheets show, in
    the order they first appear, after the general terms."""
    keys = dict.fromkeys(GENERAL_TERMS)
    for sheet in figure_sheets:
        for table in sheet.tables:
            for row in table.rows:
                keys.setdefault(row.key)
    return tuple((k, tr(DEFINITIONS[k][0]), tr(DEFINITIONS[k][1])) for k in keys)


def title_line(figures: SteeringFigures, unit_name: str, municipality: str) -> str:
    """The title every sheet starts with: the unit, the period and the day the figures were
    taken (and, for a period not over, the day they are counted to)."""
    unit = ", ".join(x for x in (unit_name, municipality) if x) or tr("The unit")
    period = figures.period
    shown_as = (
        period.label if period.kind is PeriodKind.DATES else f"{period.label} ({period.dates})"
    )
    text = tr("{unit} · period {period} · figures taken on {taken}").format(
        unit=unit, period=shown_as, taken=figures.taken_on.isoformat()
    )
    if not figures.complete:
        text += " · " + tr("the period was not over: counted up to {day}").format(
            day=figures.reference_day.isoformat()
        )
    return text


@dataclass(frozen=True)
class HistoryEntry:
    """One export as the register keeps it, a row of the Historik sheet."""

    period: str  # the period's label
    since: date
    until: date
    reference_day: date
    taken_on: date
    figures: Mapping[str, int | float | None]  # key_figures
    id: int | None = None


def history_entry(figures: SteeringFigures) -> HistoryEntry:
    return HistoryEntry(
        figures.period.label,
        figures.period.since,
        figures.period.until,
        figures.reference_day,
        figures.taken_on,
        key_figures(figures),
    )


HISTORY_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Steering", "Figures taken on"),
    QT_TRANSLATE_NOOP("Steering", "Period"),
    QT_TRANSLATE_NOOP("Steering", "First day"),
    QT_TRANSLATE_NOOP("Steering", "Last day"),
    QT_TRANSLATE_NOOP("Steering", "Reference day"),
)
_UNITS: Mapping[str, Unit] = {"on_path_share": Unit.SHARE, "tests_cost": Unit.SEK}


def history_headers() -> tuple[str, ...]:
    """Historik's columns, translated: the export's dates, then the key figures."""
    return (*(tr(c) for c in HISTORY_COLUMNS), *(tr(k.text) for k in KEY_FIGURES))


def history_cells(entry: HistoryEntry) -> tuple[Cell, ...]:
    """The key figures of one export, in KEY_FIGURES' order (None for one it did not have)."""
    return tuple(Cell(entry.figures.get(k.key), _UNITS.get(k.key, Unit.COUNT)) for k in KEY_FIGURES)

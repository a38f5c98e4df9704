"""Drug tests (R10–R13): providers and prices, schedules (fixed weekdays or random), the daily
draw, results with values per substance, and the trend rule that tells whether values fall.

The random draw (R13, our choice). Each staffed day of an ISO week (Mon–Fri by default, less
Swedish public holidays and the unit's closed days) is decided on that day only, the first time
someone opens the day's list; nothing about a later day is decided or shown before it. For a
person with a random schedule the number of tests this week, n, is fixed at the week's first
draw (between the minimum and the maximum, on average the target for the person's phase), and on
each staffed day the person is selected with probability s/r, where s is how many of the n are
still to come and r how many staffed days remain. That makes every n-subset of the week's
staffed days equally likely, so each staffed day has the same probability n/D (2 tests a week
over 5 days: 2/5 each day). With "no two days in a row", the day after a test is skipped and the
choice is uniform over the week's valid day-sets; that favours the week's first and last staffed
days a little (2 of 5: 1/2, 1/3, 1/3, 1/3, 1/2), which `day_probabilities` computes exactly.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import combinations, pairwise
from typing import ClassVar

from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import Phase
from desktop.core.text import clean_line, clean_text

RESULT_OVERDUE_DAYS = 2  # to-do: selected, and no result after this many days


class Method(StrEnum):
    URINE = "urine"
    SALIVA = "saliva"
    BREATH = "breath"
    BLOOD = "blood"


class Substance(StrEnum):
    AMPHETAMINE = "amphetamine"
    CANNABIS = "cannabis"
    COCAINE = "cocaine"
    OPIATES = "opiates"
    BENZODIAZEPINES = "benzodiazepines"
    BUPRENORPHINE = "buprenorphine"
    METHADONE = "methadone"
    TRAMADOL = "tramadol"
    ALCOHOL = "alcohol"  # PEth or EtG, or breath alcohol


class Outcome(StrEnum):
    RESULT = "result"  # analysed: values per substance
    NO_SHOW = "no_show"  # uteblivet (R12: recorded, never dropped)
    REFUSED = "refused"
    DILUTE = "dilute"  # dilute or invalid sample
    MEDICAL_EXEMPTION = "medical_exemption"
    ADMITTED_USE = "admitted_use"  # admitted use before the test


class ScheduleKind(StrEnum):
    FIXED = "fixed"
    RANDOM = "random"


class Trend(StrEnum):
    FALLING = "falling"
    RISING = "rising"
    STEADY = "steady"
    DRUG_FREE = "drug_free"
    TOO_FEW = "too_few"  # fewer than two values to compare


class ScheduleError(AppError):
    """A schedule that cannot be kept; the message says which rule."""


@dataclass(frozen=True)
class Price:
    since: date
    sek: int


@dataclass(frozen=True)
class Provider:
    name: str
    methods: frozenset[Method]
    panel: frozenset[Substance]
    prices: tuple[Price, ...] = ()
    booking: bool = False  # False: drop-in
    turnaround_days: int = 3
    active: bool = True
    id: int | None = None

    def price_on(self, day: date) -> int | None:
        """The price when a test was taken: the latest price set on or before that day."""
        current = None
        for price in sorted(self.prices, key=lambda p: p.since):
            if price.since <= day:
                current = price.sek
        return current


@dataclass(frozen=True)
class DrugTestSettings:
    """What a unit decides (R13); kept in the register's settings."""

    staffed_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    closed_days: frozenset[date] = frozenset()
    targets: Mapping[str, float] = field(
        default_factory=lambda: {
            Phase.PHASE_1.value: 2.0,
            Phase.PHASE_2.value: 1.5,
            Phase.SUPPORT.value: 1.0,
            Phase.OSA.value: 1.0,
            Phase.AFTER_OSA.value: 0.5,
        }
    )
    trend_tolerance: float = 0.10  # a change smaller than this share of the level is "steady"

    def target_for(self, phase: Phase | None) -> float:
        return float(self.targets.get(phase.value if phase else "", 0.0))


@lru_cache(maxsize=32)
def _public_holidays(year: int) -> frozenset[date]:
    # Imported on first use: the package loads some 300 modules (17 MiB), which the main
    # window's warm-up would otherwise hold before the key derivation's 192 MiB at sign-in.
    import holidays

    return frozenset(holidays.country_holidays("SE", years=year))


def is_staffed(day: date, settings: DrugTestSettings) -> bool:
    return (
        day.weekday() in settings.staffed_weekdays
        and day not in _public_holidays(day.year)
        and day not in settings.closed_days
    )


def week_days(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def staffed_days_of_week(day: date, settings: DrugTestSettings) -> list[date]:
    return [d for d in week_days(day) if is_staffed(d, settings)]


@dataclass(frozen=True)
class Schedule:
    person_id: int
    kind: ScheduleKind
    start: date
    end: date | None = None
    weekdays: frozenset[int] = frozenset()  # FIXED: Monday = 0
    target_per_week: float | None = None  # RANDOM: None = the setting for the person's phase
    min_per_week: int = 0
    max_per_week: int = 5
    no_consecutive: bool = False
    method: Method = Method.URINE
    provider_id: int | None = None
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def validated(self) -> Schedule:
        if self.end is not None and self.end < self.start:
            raise ScheduleError(
                QT_TRANSLATE_NOOP("AppError", "The schedule ends before it starts.")
            )
        if self.kind is ScheduleKind.FIXED and not self.weekdays:
            raise ScheduleError(QT_TRANSLATE_NOOP("AppError", "Choose at least one weekday."))
        if self.kind is ScheduleKind.RANDOM:
            if not 0 <= self.min_per_week <= self.max_per_week <= 5:
                raise ScheduleError(
                    QT_TRANSLATE_NOOP(
                        "AppError", "The minimum per week must not be above the maximum (0–5)."
                    )
                )
            if self.no_consecutive and self.min_per_week > 3:
                raise ScheduleError(
                    QT_TRANSLATE_NOOP(
                        "AppError", "At most 3 tests fit in a week without two days in a row."
                    )
                )
            if self.target_per_week is not None and not (
                self.min_per_week <= self.target_per_week <= self.max_per_week
            ):
                raise ScheduleError(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "The target per week must lie between the minimum and the maximum.",
                    )
                )
        return self


# ----------------------------------------------------------------------------- the draw

RandomBelow = Callable[[int], int]  # like secrets.randbelow


@dataclass(frozen=True)
class Draw:
    """The record of one day's draw: made once, stored, never changed."""

    day: date
    eligible: tuple[int, ...]  # person ids with an active schedule that day
    selected: tuple[int, ...]
    week_counts: Mapping[int, int] = field(default_factory=dict)  # random: n for this week
    drawn_at: datetime | None = None
    drawn_by: str = ""


def _valid_completions(slots: int, needed: int, blocked_first: bool, no_consecutive: bool) -> int:
    """Ways to choose `needed` of `slots` ordered days, optionally never two in a row."""
    if needed < 0:
        return 0
    if not no_consecutive:
        return math.comb(slots, needed)
    free = slots - (1 if blocked_first else 0)
    # Choosing k non-adjacent from m in a row: C(m - k + 1, k).
    return math.comb(free - needed + 1, needed) if free - needed + 1 >= needed else 0


def _week_count(schedule: Schedule, target: float, staffed: int, below: RandomBelow) -> int:
    """n for the week: on average `target`, within min/max and what the week's days allow."""
    most = min(schedule.max_per_week, staffed)
    if schedule.no_consecutive:
        most = min(most, (staffed + 1) // 2)
    low = math.floor(target)
    n = low + (1 if below(10_000) < round((target - low) * 10_000) else 0)
    return max(min(schedule.min_per_week, most), min(n, most))


def draw_day(
    day: date,
    schedules: Sequence[Schedule],
    phases: Mapping[int, Phase | None],
    history: Sequence[Draw],
    settings: DrugTestSettings,
    below: RandomBelow = secrets.randbelow,
) -> Draw:
    """Make the draw for `day`. `history` holds the week's earlier draws; `phases` each person's
    phase today (a person who is not enrolled is not tested: the schedule pauses)."""
    if not is_staffed(day, settings):
        raise ScheduleError(
            QT_TRANSLATE_NOOP("AppError", "{date} is not a staffed day."), date=day.isoformat()
        )
    week = week_days(day)
    earlier = [d for d in history if week[0] <= d.day < day]
    staffed = staffed_days_of_week(day, settings)
    remaining = [d for d in staffed if d >= day]
    eligible: list[int] = []
    selected: list[int] = []
    counts: dict[int, int] = {}
    for schedule in sorted(schedules, key=lambda s: s.person_id):
        person = schedule.person_id
        if not schedule.active_on(day) or phases.get(person) is None or person in eligible:
            continue
        eligible.append(person)
        if schedule.kind is ScheduleKind.FIXED:
            if day.weekday() in schedule.weekdays:
                selected.append(person)
            continue
        known = next((d.week_counts[person] for d in earlier if person in d.week_counts), None)
        target = (
            schedule.target_per_week
            if schedule.target_per_week is not None
            else settings.target_for(phases.get(person))
        )
        n = known if known is not None else _week_count(schedule, target, len(staffed), below)
        counts[person] = n
        done = sum(1 for d in earlier if person in d.selected)
        still = n - done
        yesterday = day - timedelta(days=1)
        blocked = schedule.no_consecutive and any(
            d.day == yesterday and person in d.selected for d in earlier
        )
        if still <= 0 or blocked:
            continue
        # P(today) = completions that include today / all completions (uniform over day-sets).
        with_today = _valid_completions(
            len(remaining) - 1, still - 1, schedule.no_consecutive, schedule.no_consecutive
        )
        without = _valid_completions(len(remaining) - 1, still, False, schedule.no_consecutive)
        total = with_today + without
        # No way left to reach n (days were skipped, nobody opened their list): test today.
        if total == 0 or below(total) < with_today:
            selected.append(person)
    return Draw(day, tuple(eligible), tuple(selected), counts)


def day_probabilities(staffed_days: int, n: int, no_consecutive: bool) -> list[float]:
    """The exact chance that each staffed day of a week is drawn, given n tests that week: what
    the fairness test compares the simulated frequencies with."""
    days = range(staffed_days)
    sets = [
        c
        for c in combinations(days, n)
        if not no_consecutive or all(b - a > 1 for a, b in pairwise(c))
    ]
    return (
        [sum(1 for c in sets if d in c) / len(sets) for d in days] if sets else [0.0] * staffed_days
    )


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class SubstanceValue:
    substance: Substance
    positive: bool
    value: float | None = None
    unit: str = "ng/ml"
    cutoff: float | None = None


@dataclass(frozen=True)
class TestResult:
    __test__: ClassVar[bool] = False  # a domain record, not a pytest test class

    person_id: int
    taken_at: datetime
    method: Method
    outcome: Outcome = Outcome.RESULT
    values: tuple[SubstanceValue, ...] = ()
    provider_id: int | None = None
    sample_id: str = ""
    price_sek: int | None = None
    comment: str = ""
    entered_by: str = ""
    corrects: int | None = None
    id: int | None = None

    def validated(self) -> TestResult:
        if self.outcome is Outcome.RESULT and not self.values:
            raise ScheduleError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Give at least one substance's result, or choose an outcome instead "
                    "of a result.",
                )
            )
        for value in self.values:
            if value.value is not None and value.value < 0:
                raise ScheduleError(QT_TRANSLATE_NOOP("AppError", "A value cannot be negative."))
        return replace(self, sample_id=clean_line(self.sample_id), comment=clean_text(self.comment))


def current_results(results: Iterable[TestResult]) -> list[TestResult]:
    """Results as they stand: a corrected result is replaced by its correction."""
    results = list(results)
    corrected = {r.corrects for r in results if r.corrects is not None}
    return sorted((r for r in results if r.id not in corrected), key=lambda r: r.taken_at)


@dataclass(frozen=True)
class TrendVerdict:
    trend: Trend
    since: date | None = None  # DRUG_FREE: the first negative after the last positive
    latest: float | None = None


def series(results: Iterable[TestResult], substance: Substance) -> list[tuple[date, float, bool]]:
    """(date, value, positive) of one substance, oldest first; a negative with no number is 0."""
    points = []
    for result in current_results(results):
        if result.outcome is not Outcome.RESULT:
            continue
        for value in result.values:
            if value.substance is substance:
                number = (
                    value.value
                    if value.value is not None
                    else (0.0 if not value.positive else None)
                )
                if number is not None:
                    points.append((result.taken_at.date(), float(number), value.positive))
    return points


def trend(
    results: Iterable[TestResult], substance: Substance, tolerance: float = 0.10
) -> TrendVerdict:
    """R10: is the person's value falling? The latest value against the one before it: a drop of
    more than `tolerance` of the earlier value is falling, a rise of more is rising. When the
    latest results are negative, it is "drug-free since" the first negative after the last
    positive."""
    points = series(results, substance)
    if not points:
        return TrendVerdict(Trend.TOO_FEW)
    if not points[-1][2]:
        last_positive = max((i for i, p in enumerate(points) if p[2]), default=-1)
        return TrendVerdict(Trend.DRUG_FREE, points[last_positive + 1][0], points[-1][1])
    if len(points) < 2:
        return TrendVerdict(Trend.TOO_FEW, latest=points[-1][1])
    before, latest = points[-2][1], points[-1][1]
    if before == 0:
        return TrendVerdict(Trend.RISING if latest > 0 else Trend.STEADY, latest=latest)
    change = (latest - before) / before
    if change < -tolerance:
        return TrendVerdict(Trend.FALLING, latest=latest)
    if change > tolerance:
        return TrendVerdict(Trend.RISING, latest=latest)
    return TrendVerdict(Trend.STEADY, latest=latest)

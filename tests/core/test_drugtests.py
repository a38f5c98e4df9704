"""The random draw over many simulated weeks, fixed schedules, staffed days, prices and the trend
rule on hand-made series."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest

from desktop.core.drugtests import (
    Draw,
    DrugTestSettings,
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleError,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
    Trend,
    day_probabilities,
    draw_day,
    is_staffed,
    staffed_days_of_week,
    trend,
)
from desktop.core.path import Phase

SETTINGS = DrugTestSettings()
START = date(2024, 1, 1)  # a Monday


def simulate(
    schedule: Schedule,
    weeks: int,
    settings: DrugTestSettings = SETTINGS,
    seed: int = 2026,
    phase: Phase = Phase.PHASE_1,
) -> list[list[date]]:
    """Draw every staffed day for `weeks` weeks; the days the person was selected, per week."""
    rng = random.Random(seed)
    result = []
    for week in range(weeks):
        monday = START + timedelta(weeks=week)
        history: list[Draw] = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if is_staffed(day, settings):
                history.append(
                    draw_day(
                        day,
                        [schedule],
                        {schedule.person_id: phase},
                        history,
                        settings,
                        rng.randrange,
                    )
                )
        result.append([d.day for d in history if schedule.person_id in d.selected])
    return result


def random_schedule(**kw) -> Schedule:  # type: ignore[no-untyped-def]
    values = {"min_per_week": 1, "max_per_week": 3, "target_per_week": 2.0} | kw
    return Schedule(1, ScheduleKind.RANDOM, START, **values)


WEEKS = 3000


def test_minimum_and_maximum_hold_every_week() -> None:
    for schedule in (
        random_schedule(),
        random_schedule(min_per_week=2, max_per_week=2),
        random_schedule(target_per_week=0.5, min_per_week=0, max_per_week=1),
    ):
        for days in simulate(schedule, 600):
            assert schedule.min_per_week <= len(days) <= schedule.max_per_week


def test_no_two_days_in_a_row_when_asked() -> None:
    schedule = random_schedule(
        no_consecutive=True, min_per_week=2, max_per_week=3, target_per_week=2.5
    )
    for days in simulate(schedule, 1000):
        assert all((b - a).days > 1 for a, b in pairwise(days)), days
        assert 2 <= len(days) <= 3


def test_holidays_and_closed_days_are_never_drawn() -> None:
    closed = {date(2024, 2, 14), date(2024, 6, 21)}  # a closed day and midsummer eve
    settings = DrugTestSettings(closed_days=frozenset(closed))
    schedule = random_schedule(target_per_week=3.0, max_per_week=5)
    drawn = {d for week in simulate(schedule, 60, settings) for d in week}
    assert drawn
    assert not drawn & closed
    assert date(2024, 1, 1) not in drawn and date(2024, 3, 29) not in drawn  # New Year, Good Friday
    assert all(d.weekday() < 5 for d in drawn)
    with pytest.raises(ScheduleError):
        draw_day(date(2024, 1, 6), [schedule], {1: Phase.PHASE_1}, [], SETTINGS)  # a Saturday


def frequencies(weeks: list[list[date]]) -> list[float]:
    full = [
        w
        for i, w in enumerate(weeks)
        if len(staffed_days_of_week(START + timedelta(weeks=i), SETTINGS)) == 5
    ]
    counts = [0] * 5
    for days in full:
        for day in days:
            counts[day.weekday()] += 1
    return [c / len(full) for c in counts], len(full)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (random_schedule(min_per_week=2, max_per_week=2), [2 / 5] * 5),  # R13's example
        (random_schedule(target_per_week=1.5, min_per_week=1, max_per_week=2), [1.5 / 5] * 5),
        (
            random_schedule(min_per_week=2, max_per_week=2, no_consecutive=True),
            day_probabilities(5, 2, no_consecutive=True),
        ),
    ],
    ids=["two-a-week", "one-and-a-half", "two-not-in-a-row"],
)
def test_each_staffed_day_is_drawn_with_the_expected_frequency(
    schedule: Schedule, expected: list[float]
) -> None:
    """A statistical test with a fixed seed: every weekday's frequency lies within four standard
    errors of its expected probability (a false alarm about once in 30,000 runs)."""
    observed, weeks = frequencies(simulate(schedule, WEEKS))
    for day, (seen, p) in enumerate(zip(observed, expected, strict=True)):
        stderr = math.sqrt(p * (1 - p) / weeks)
        assert abs(seen - p) < 4 * stderr, (day, seen, p, weeks)


def test_day_probabilities_are_exact() -> None:
    assert day_probabilities(5, 2, no_consecutive=False) == [0.4] * 5
    assert day_probabilities(5, 2, no_consecutive=True) == pytest.approx(
        [1 / 2, 1 / 3, 1 / 3, 1 / 3, 1 / 2]
    )


def test_fixed_schedule_and_who_is_eligible() -> None:
    fixed = Schedule(1, ScheduleKind.FIXED, START, weekdays=frozenset({0, 3}))
    ended = Schedule(
        2,
        ScheduleKind.FIXED,
        START,
        end=START + timedelta(days=3),
        weekdays=frozenset({0, 1, 2, 3, 4}),
    )
    paused = Schedule(3, ScheduleKind.FIXED, START, weekdays=frozenset({0, 1, 2, 3, 4}))
    monday = START + timedelta(weeks=1)
    draw = draw_day(
        monday, [fixed, ended, paused], {1: Phase.PHASE_2, 2: Phase.PHASE_1, 3: None}, [], SETTINGS
    )
    assert draw.eligible == (1,)  # 2's schedule has ended; 3 is not enrolled: paused
    assert draw.selected == (1,)
    tuesday = draw_day(monday + timedelta(days=1), [fixed], {1: Phase.PHASE_2}, [draw], SETTINGS)
    assert tuesday.selected == ()


def test_weekly_count_is_kept_through_the_week() -> None:
    schedule = random_schedule()
    rng = random.Random(1)
    monday = START + timedelta(weeks=2)
    first = draw_day(monday, [schedule], {1: Phase.PHASE_1}, [], SETTINGS, rng.randrange)
    second = draw_day(
        monday + timedelta(days=1), [schedule], {1: Phase.PHASE_1}, [first], SETTINGS, rng.randrange
    )
    assert first.week_counts == second.week_counts


def test_schedule_rules() -> None:
    with pytest.raises(ScheduleError):
        Schedule(1, ScheduleKind.FIXED, START).validated()
    with pytest.raises(ScheduleError):
        random_schedule(min_per_week=3, max_per_week=2).validated()
    with pytest.raises(ScheduleError):
        random_schedule(no_consecutive=True, min_per_week=4, max_per_week=5).validated()
    with pytest.raises(ScheduleError):
        Schedule(
            1, ScheduleKind.FIXED, START, end=START - timedelta(days=1), weekdays=frozenset({1})
        ).validated()


def test_a_tests_cost_is_the_price_on_the_day() -> None:
    provider = Provider(
        "Labb",
        frozenset({Method.URINE}),
        frozenset({Substance.CANNABIS}),
        (Price(date(2025, 1, 1), 850), Price(date(2025, 6, 1), 920)),
    )
    assert provider.price_on(date(2024, 12, 31)) is None
    assert provider.price_on(date(2025, 5, 31)) == 850
    assert provider.price_on(date(2025, 6, 1)) == 920


def result(
    day: int,
    value: float | None,
    positive: bool = True,
    rid: int | None = None,
    corrects: int | None = None,
    outcome: Outcome = Outcome.RESULT,
) -> TestResult:
    values = (
        ()
        if outcome is not Outcome.RESULT
        else (SubstanceValue(Substance.CANNABIS, positive, value, "ng/ml", 50.0),)
    )
    return TestResult(
        1,
        datetime(2026, 1, 1) + timedelta(days=day),
        Method.URINE,
        outcome,
        values,
        id=rid,
        corrects=corrects,
    )


def test_trend_rules_on_hand_made_series() -> None:
    c = Substance.CANNABIS
    assert trend([], c).trend is Trend.TOO_FEW
    assert trend([result(0, 300)], c).trend is Trend.TOO_FEW
    assert trend([result(0, 300), result(7, 180)], c).trend is Trend.FALLING
    assert trend([result(0, 180), result(7, 250)], c).trend is Trend.RISING
    assert trend([result(0, 200), result(7, 190)], c).trend is Trend.STEADY  # within 10 %
    assert trend([result(0, 200), result(7, 190)], c, tolerance=0.01).trend is Trend.FALLING
    free = trend(
        [
            result(0, 300),
            result(7, 60),
            result(14, 20, positive=False),
            result(21, None, positive=False),
        ],
        c,
    )
    assert free.trend is Trend.DRUG_FREE
    assert free.since == date(2026, 1, 15)
    relapse = [result(0, 300), result(7, 20, positive=False), result(14, 120)]
    assert trend(relapse, c).trend is Trend.RISING


def test_no_shows_are_not_values_and_corrections_replace() -> None:
    c = Substance.CANNABIS
    series = [
        result(0, 300, rid=1),
        result(7, 0, outcome=Outcome.NO_SHOW, rid=2),
        result(14, 900, rid=3),
        result(14, 90, rid=4, corrects=3),
    ]
    verdict = trend(series, c)
    assert verdict.trend is Trend.FALLING  # 300 → 90: the mistyped 900 was corrected
    assert verdict.latest == 90

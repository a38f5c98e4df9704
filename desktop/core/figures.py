"""The programme's figures for a date, as typed, frozen data: what the screen shows, what
`figures` prints as JSON (each class's `to_json()`) and what the steering group's workbook will
hold. Each number is defined in desktop.core.outcome or in the docstring of the function that
counts it (`programme_figures`, `drug_test_figures`, `osa_figures`); later parts add their own
parts (consent) here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from desktop.core.calendar import DAYS_PER_MONTH
from desktop.core.drugtests import Outcome, TestResult
from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
from desktop.core.outcome import (
    GOAL_SHARE,
    GROUP_OF,
    Distribution,
    OutcomeCategory,
    OutcomeGroup,
    distribution,
    people_counts,
)
from desktop.core.path import PathEvent, add_months

# The result columns of the drug-test figures, in the order a table shows them (and the first
# fields of DrugTestCounts, in the same order).
DRUG_TEST_RESULTS: tuple[str, ...] = (
    "negative",
    "positive",
    Outcome.NO_SHOW.value,
    Outcome.REFUSED.value,
    Outcome.DILUTE.value,
    Outcome.MEDICAL_EXEMPTION.value,
    Outcome.ADMITTED_USE.value,
)
# A sample was taken: the person was tested (a no-show, refusal, exemption or admitted use is
# recorded, R12, but nobody gave a sample).
_SAMPLE_TAKEN = frozenset({"negative", "positive", Outcome.DILUTE.value})


def _flat_json(row: Any) -> dict[str, Any]:
    """A dataclass of plain numbers as a JSON object, its fields in declaration order."""
    return {f.name: getattr(row, f.name) for f in fields(row)}


@dataclass(frozen=True)
class OutcomeFigures:
    """The outcome model on a date (R7) against the goal (R8); defined in
    desktop.core.outcome."""

    counted: int  # everyone enrolled by the date, each in exactly one category
    on_path_share: float | None  # share on the path, to four decimals; None when none counted
    goal_share: float  # R8's goal, GOAL_SHARE
    groups: Mapping[OutcomeGroup, int]  # every group, in OutcomeGroup's order
    categories: Mapping[OutcomeCategory, int]  # every category, in GROUP_OF's order

    def to_json(self) -> dict[str, Any]:
        return {
            "counted": self.counted,
            "on_path_share": self.on_path_share,
            "goal_share": self.goal_share,
            "groups": {g.value: n for g, n in self.groups.items()},
            "categories": {c.value: n for c, n in self.categories.items()},
        }


def outcome_figures(dist: Distribution) -> OutcomeFigures:
    """The figures of an outcome distribution: what the screen and every export show of it."""
    share = dist.on_path_share
    return OutcomeFigures(
        counted=dist.counted,
        on_path_share=round(share, 4) if share is not None else None,
        goal_share=GOAL_SHARE,
        groups={g: len(dist.group_ids(g)) for g in OutcomeGroup},
        categories={c: dist.count(c) for c in GROUP_OF},
    )


@dataclass(frozen=True)
class PeopleFigures:
    """The people counts on a date (flow up to the date, state on it); each defined in
    desktop.core.outcome.PeopleCounts, here as numbers rather than the people behind them."""

    referrals: int
    referrals_by_type: Mapping[str, int]  # by referrer type, sorted by code
    referred_people: int
    awaiting_decision: int
    not_enrolled: int
    not_enrolled_decisions_by_reason: Mapping[str, int]  # sorted by reason code
    enrolled_ever: int
    re_enrolled: int
    enrolled_now: int
    by_phase: Mapping[str, int]  # every phase, in Phase's order
    discharges_by_outcome: Mapping[str, int]  # sorted by outcome code

    def to_json(self) -> dict[str, Any]:
        return {
            f.name: dict(value) if isinstance(value := getattr(self, f.name), Mapping) else value
            for f in fields(self)
        }


@dataclass(frozen=True)
class DrugTestCounts:
    """One row of the drug-test figures, a month or the whole period; each column is defined in
    `drug_test_figures`."""

    negative: int = 0
    positive: int = 0
    no_show: int = 0
    refused: int = 0
    dilute: int = 0
    medical_exemption: int = 0
    admitted_use: int = 0
    total: int = 0
    cost_sek: int = 0
    people_tested: int = 0
    people_recorded: int = 0

    def count(self, column: str) -> int:
        """The number in one of the result columns (DRUG_TEST_RESULTS)."""
        if column not in DRUG_TEST_RESULTS:
            raise KeyError(column)
        return int(getattr(self, column))

    def to_json(self) -> dict[str, int]:
        return _flat_json(self)


if tuple(f.name for f in fields(DrugTestCounts))[: len(DRUG_TEST_RESULTS)] != DRUG_TEST_RESULTS:
    raise AssertionError("DrugTestCounts must start with the DRUG_TEST_RESULTS columns")


@dataclass(frozen=True)
class DrugTestMonth:
    month: str  # "YYYY-MM"
    counts: DrugTestCounts


@dataclass(frozen=True)
class DrugTestFigures:
    """The drug-test figures for a period, defined in `drug_test_figures`."""

    since: date
    until: date
    months: tuple[DrugTestMonth, ...]  # every calendar month of the period, in order
    totals: DrugTestCounts

    def month(self, month: str) -> DrugTestCounts:
        """The row of a month, "YYYY-MM"; KeyError outside the period."""
        for row in self.months:
            if row.month == month:
                return row.counts
        raise KeyError(month)

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "months": {row.month: row.counts.to_json() for row in self.months},
            "totals": self.totals.to_json(),
        }


@dataclass(frozen=True)
class OsaCounts:
    """One row of the OSA figures (a month, a workplace or the whole period); each number is
    defined in `osa_figures`."""

    started: int
    active: int
    ended: int
    completed: int
    ended_early: int

    def to_json(self) -> dict[str, int]:
        return _flat_json(self)


@dataclass(frozen=True)
class OsaMonth:
    month: str  # "YYYY-MM"
    counts: OsaCounts


@dataclass(frozen=True)
class OsaWorkplaceRow:
    """A workplace's totals for the period; see `osa_figures`."""

    name: str  # the workplace's name, or "#<id>" for a workplace not given
    employer_type: EmployerType | None  # None for a workplace not given
    places: int | None
    counts: OsaCounts


@dataclass(frozen=True)
class OsaFigures:
    """The OSA figures for a period, defined in `osa_figures`."""

    since: date
    until: date
    months: tuple[OsaMonth, ...]  # every calendar month of the period, in order
    totals: OsaCounts  # `active` on `until`
    mean_months: float | None  # mean duration of the placements ended in the period
    by_workplace: tuple[OsaWorkplaceRow, ...]  # by name, then those not given by id

    def month(self, month: str) -> OsaCounts:
        """The row of a month, "YYYY-MM"; KeyError outside the period."""
        for row in self.months:
            if row.month == month:
                return row.counts
        raise KeyError(month)

    def workplace(self, name: str) -> OsaWorkplaceRow:
        """The row of a workplace by its name ("#<id>" for one not given); KeyError if none."""
        for row in self.by_workplace:
            if row.name == name:
                return row
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "months": {row.month: row.counts.to_json() for row in self.months},
            "totals": {**self.totals.to_json(), "mean_months": self.mean_months},
            "by_workplace": {
                row.name: {
                    "employer_type": row.employer_type.value if row.employer_type else None,
                    "places": row.places,
                    **row.counts.to_json(),
                }
                for row in self.by_workplace
            },
        }


@dataclass(frozen=True)
class ProgrammeFigures:
    """Every figure for a day, defined in `programme_figures`."""

    day: date
    outcome: OutcomeFigures
    people: PeopleFigures
    drug_tests: DrugTestFigures | None = None  # when asked for, with the results
    osa: OsaFigures | None = None  # when asked for, with the placements

    def to_json(self) -> dict[str, Any]:
        """What `python -m desktop figures` prints: keys and order are part of its contract."""
        data: dict[str, Any] = {
            "date": self.day.isoformat(),
            "outcome_model": self.outcome.to_json(),
            "people": self.people.to_json(),
        }
        if self.drug_tests is not None:
            data["drug_tests"] = self.drug_tests.to_json()
        if self.osa is not None:
            data["osa"] = self.osa.to_json()
        return data


def column_of(outcome: Outcome, positive: bool) -> str:
    """The column a result is counted in: an analysed result is positive if any substance is
    (`positive`), otherwise negative; every other outcome is its own column."""
    if outcome is Outcome.RESULT:
        return "positive" if positive else "negative"
    return outcome.value


def result_column(result: TestResult) -> str:
    """The column `result` is counted in (see `column_of`)."""
    return column_of(result.outcome, any(v.positive for v in result.values))


@dataclass(frozen=True, slots=True)
class CountedResult:
    """What the drug-test figures read of a result: who, the test date, the column it counts in
    and what it cost; `id` and `corrects` as in TestResult, so that a correction still replaces
    the result it corrects. A register of 10,000 people holds half a million results: the
    figures need no more than this of each (and the store gives them already added up per day,
    `DayTally`)."""

    person_id: int
    day: date
    column: str
    price_sek: int = 0
    id: int | None = None
    corrects: int | None = None


def counted_result(result: TestResult) -> CountedResult:
    return CountedResult(
        result.person_id,
        result.taken_at.date(),
        result_column(result),
        result.price_sek or 0,
        result.id,
        result.corrects,
    )


def counted_results(
    results: Iterable[TestResult | CountedResult], since: date, until: date
) -> list[CountedResult]:
    """The results the drug-test figures count from `since` to `until`: as they stand (as
    desktop.core.drugtests.current_results: a corrected result is replaced by its correction,
    which counts on its own test date), with a test date in the period."""
    rows = [r if isinstance(r, CountedResult) else counted_result(r) for r in results]
    corrected = {r.corrects for r in rows if r.corrects is not None}
    return [r for r in rows if r.id not in corrected and since <= r.day <= until]


@dataclass(frozen=True, slots=True)
class DayTally:
    """The counted results of one test day in one column: the person of each (sorted, a person
    tested twice that day is in it twice) and what they cost together. The drug-test figures
    add these up per month (`drug_test_tally`); the store can give them for a period without
    an object per result (DrugTestRepository.counted_days)."""

    day: date
    column: str
    people: tuple[int, ...]
    cost_sek: int


def day_tallies(counted: Iterable[CountedResult]) -> list[DayTally]:
    """Counted results (`counted_results`) added up per test day and column, by day and
    column."""
    cells: dict[tuple[date, str], tuple[list[int], list[int]]] = {}
    for result in counted:
        people, cost = cells.setdefault((result.day, result.column), ([], [0]))
        people.append(result.person_id)
        cost[0] += result.price_sek
    return [
        DayTally(day, column, tuple(sorted(people)), cost[0])
        for (day, column), (people, cost) in sorted(cells.items())
    ]


def _months(since: date, until: date) -> list[str]:
    months = []
    month = since.replace(day=1)
    while month <= until:
        months.append(f"{month:%Y-%m}")
        month = add_months(month, 1)
    return months


def drug_test_figures(
    results: Sequence[TestResult | CountedResult], since: date, until: date
) -> DrugTestFigures:
    """Drug tests (R10–R12, steering-group figures: number, results, missed, cost).

    Counted: the results as they stand (a correction replaces the result it corrects and is
    counted on its own test date) whose test date lies from `since` to `until`, both
    included. One row per calendar month from the month of `since` to the month of `until`,
    every month listed even when empty (the first and last months hold only the days within
    the period).

    Columns, each result in exactly one:
      negative            analysed, every substance negative
      positive            analysed, at least one substance positive
      no_show             did not come (R12: recorded, never dropped)
      refused             came, refused the test
      dilute              dilute or invalid sample
      medical_exemption   excused for medical reasons
      admitted_use        admitted use before the test
    total      every result in the row (the sum of the columns)
    cost_sek   the sum of each result's price (the provider's price on the test day, R11; a
               result without a price, such as a no-show, costs 0)
    people_tested    distinct people with a sample taken (negative, positive or dilute);
                     for the whole period it is not the sum of the months
    people_recorded  distinct people with any result, no-shows included
    """
    return drug_test_figures_and_people(results, since, until)[0]


def drug_test_people(
    results: Sequence[TestResult | CountedResult], since: date, until: date
) -> dict[tuple[str, str], tuple[int, ...]]:
    """The people behind the drug-test figures of `drug_test_figures` for the same period,
    keyed (month, column): month "YYYY-MM", or "" for the whole period; column one of
    DRUG_TEST_RESULTS (everyone with at least one such result), "total", "people_recorded" and
    "cost_sek" (everyone with any result), or "people_tested" (a sample taken). Sorted ids."""
    return drug_test_figures_and_people(results, since, until)[1]


def drug_test_figures_and_people(
    results: Iterable[TestResult | CountedResult], since: date, until: date
) -> tuple[DrugTestFigures, dict[tuple[str, str], tuple[int, ...]]]:
    """`drug_test_figures` and `drug_test_people` from one pass over the results."""
    return drug_test_tally(day_tallies(counted_results(results, since, until)), since, until)


def drug_test_tally(
    days: Iterable[DayTally], since: date, until: date
) -> tuple[DrugTestFigures, dict[tuple[str, str], tuple[int, ...]]]:
    """`drug_test_figures_and_people` of results already counted and added up per day
    (`day_tallies`, restricted to the period): each result is counted once, in its (month,
    column), and everything else is added up from those."""
    months = _months(since, until)
    count: dict[tuple[str, str], int] = {}
    people: dict[tuple[str, str], set[int]] = {}
    cost = dict.fromkeys(months, 0)
    for tally in days:
        month = f"{tally.day:%Y-%m}"
        cell = (month, tally.column)
        count[cell] = count.get(cell, 0) + len(tally.people)
        people.setdefault(cell, set()).update(tally.people)
        cost[month] += tally.cost_sek

    def who(month: str, columns: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for column in columns:
            found |= people.get((month, column), set())
        return found

    behind: dict[tuple[str, str], set[int]] = {}
    rows: list[DrugTestMonth] = []
    for month in months:
        for column in DRUG_TEST_RESULTS:
            if (month, column) in people:
                behind[(month, column)] = people[(month, column)]
        recorded, tested = who(month, DRUG_TEST_RESULTS), who(month, _SAMPLE_TAKEN)
        if recorded:
            for column in ("total", "people_recorded", "cost_sek"):
                behind[(month, column)] = recorded
        if tested:
            behind[(month, "people_tested")] = tested
        numbers = {column: count.get((month, column), 0) for column in DRUG_TEST_RESULTS}
        rows.append(
            DrugTestMonth(
                month,
                DrugTestCounts(
                    **numbers,
                    total=sum(numbers.values()),
                    cost_sek=cost[month],
                    people_tested=len(tested),
                    people_recorded=len(recorded),
                ),
            )
        )
    for column in (*DRUG_TEST_RESULTS, "total", "people_recorded", "cost_sek", "people_tested"):
        found = set[int]().union(*(ids for (m, c), ids in behind.items() if m and c == column))
        if found:
            behind[("", column)] = found
    totals = {
        key: sum(getattr(row.counts, key) for row in rows)
        for key in (*DRUG_TEST_RESULTS, "total", "cost_sek")
    }
    figures = DrugTestFigures(
        since=since,
        until=until,
        months=tuple(rows),
        totals=DrugTestCounts(
            **totals,
            people_tested=len(behind.get(("", "people_tested"), ())),
            people_recorded=len(behind.get(("", "people_recorded"), ())),
        ),
    )
    return figures, {key: tuple(sorted(ids)) for key, ids in behind.items()}


def _running_at_end_of(placement: Placement, day: date) -> bool:
    """Started and not ended at the end of `day` (as desktop.core.path.state_on reads a path):
    a placement that ended on `day` no longer counts, a planned one has not started."""
    return (
        placement.status is not PlacementStatus.PLANNED
        and placement.start <= day
        and (placement.ended_on is None or placement.ended_on > day)
    )


def _ended_in(placement: Placement, since: date, until: date) -> bool:
    return (
        placement.status is PlacementStatus.ENDED
        and placement.ended_on is not None
        and since <= placement.ended_on <= until
    )


def _started_in(placement: Placement, since: date, until: date) -> bool:
    return placement.status is not PlacementStatus.PLANNED and since <= placement.start <= until


# The numbers of OsaCounts, in its order.
OSA_COLUMNS: tuple[str, ...] = ("started", "active", "ended", "completed", "ended_early")


def osa_behind(
    placements: Sequence[Placement], since: date, until: date
) -> dict[str, tuple[Placement, ...]]:
    """The placements behind each number of `OsaCounts` for the period from `since` to `until`
    (keys: OSA_COLUMNS; each defined in `osa_figures`), so a screen can open them."""
    ended = tuple(p for p in placements if _ended_in(p, since, until))
    return {
        "started": tuple(p for p in placements if _started_in(p, since, until)),
        "active": tuple(p for p in placements if _running_at_end_of(p, until)),
        "ended": ended,
        "completed": tuple(p for p in ended if p.end_reason is EndReason.COMPLETED),
        "ended_early": tuple(p for p in ended if p.end_reason is EndReason.ENDED_EARLY),
    }


def osa_figures(
    placements: Sequence[Placement],
    workplaces: Sequence[Workplace],
    since: date,
    until: date,
) -> OsaFigures:
    """OSA placements (R14–R16; steering-group figures: OSA started, ongoing and ended, by
    workplace).

    The period runs from `since` to `until`, both included. A placement counts as
      started      in a period when it has started (status active or ended; a planned one has
                   not) and its start date lies in the period
      active       on a day when it has started on or before that day and has not ended by the
                   end of it (a placement that ended that day no longer counts); an active
                   placement past its planned end still counts until it is recorded as ended
      ended        in a period when it is recorded as ended with an end date in the period
      completed    ended, and recorded as having run its course
      ended_early  ended, and recorded as ended before its planned end (whatever the reason:
                   a job, prison, care, moving away; the reason is in the placement's comment)
    completed + ended_early = ended.

    One row per calendar month from the month of `since` to the month of `until`, every month
    listed even when empty (the first and last months hold only the days within the period);
    a month's `active` is the number active on its last day, or on `until` in the last month.

    totals       the same for the whole period, `active` on `until`
    mean_months  the mean duration of the placements ended in the period, start to end date in
                 months of DAYS_PER_MONTH days (30.4375, an average calendar month), to one
                 decimal; None when none ended
    by_workplace the totals per workplace, by its name, every workplace given listed even with
                 nothing in it, with its employer type and number of places; a placement at a
                 workplace not given is listed under "#<id>"
    """
    return osa_figures_and_people(placements, workplaces, since, until)[0]


def osa_figures_and_people(
    placements: Sequence[Placement],
    workplaces: Sequence[Workplace],
    since: date,
    until: date,
) -> tuple[OsaFigures, dict[tuple[str, str], tuple[int, ...]]]:
    """`osa_figures`, and the people behind its numbers (sorted ids) by (row, column): row ""
    for the totals, a month "YYYY-MM" or a workplace's row name with placements in it, column
    one of OSA_COLUMNS. Each row's placements are picked out once for both."""
    people: dict[tuple[str, str], tuple[int, ...]] = {}

    def counts(row: str | None, held: Sequence[Placement], first: date, last: date) -> OsaCounts:
        behind = osa_behind(held, first, last)
        if row is not None:
            for column, found in behind.items():
                people[(row, column)] = tuple(sorted({p.person_id for p in found}))
        return OsaCounts(**{k: len(v) for k, v in behind.items()})

    totals = counts("", placements, since, until)
    names = {w.id: w.name for w in workplaces}
    # Keyed by name: two workplaces of the same name are one row, as the steering group reads it.
    described: dict[str, tuple[EmployerType | None, int | None]] = {
        w.name: (w.employer_type, w.places) for w in sorted(workplaces, key=lambda w: w.name)
    }
    for workplace_id in sorted({p.workplace_id for p in placements} - set(names)):
        described[f"#{workplace_id}"] = (None, None)
    at: dict[str, list[Placement]] = {}
    for placement in placements:
        at.setdefault(names.get(placement.workplace_id, f"#{placement.workplace_id}"), []).append(
            placement
        )
    by_workplace = tuple(
        OsaWorkplaceRow(
            name,
            employer_type,
            places,
            counts(name if name in at else None, at.get(name, []), since, until),
        )
        for name, (employer_type, places) in described.items()
    )
    by_month: list[OsaMonth] = []
    for month in _months(since, until):
        first = date.fromisoformat(f"{month}-01")
        last = add_months(first, 1) - timedelta(days=1)
        by_month.append(
            OsaMonth(month, counts(month, placements, max(first, since), min(last, until)))
        )
    ended = [p for p in placements if _ended_in(p, since, until)]
    durations = [
        (p.ended_on - p.start).days / DAYS_PER_MONTH for p in ended if p.ended_on is not None
    ]
    figures = OsaFigures(
        since=since,
        until=until,
        months=tuple(by_month),
        totals=totals,
        mean_months=round(sum(durations) / len(durations), 1) if durations else None,
        by_workplace=by_workplace,
    )
    return figures, people


def programme_figures(
    paths: Mapping[int, Sequence[PathEvent]],
    day: date,
    test_results: Sequence[TestResult] | None = None,
    since: date | None = None,
    placements: Sequence[Placement] | None = None,
    workplaces: Sequence[Workplace] | None = None,
) -> ProgrammeFigures:
    """Every figure for `day`: the outcome model (R7, against R8's goal) and the people counts,
    defined in desktop.core.outcome. With `test_results`, the drug-test figures are added as
    `drug_tests`, and with `placements` the OSA figures as `osa` (with `workplaces` for their
    names), each for `since` (by default 12 months before `day`, that day included) to
    `day`."""
    counts = people_counts(paths, day)
    people = PeopleFigures(
        referrals=counts.referrals,
        referrals_by_type=dict(sorted(counts.referrals_by_type.items())),
        referred_people=counts.referred_people,
        awaiting_decision=len(counts.awaiting_decision),
        not_enrolled=len(counts.not_enrolled),
        not_enrolled_decisions_by_reason=dict(
            sorted(counts.not_enrolled_decisions_by_reason.items())
        ),
        enrolled_ever=len(counts.enrolled_ever),
        re_enrolled=len(counts.re_enrolled),
        enrolled_now=len(counts.enrolled_now),
        by_phase={k: len(v) for k, v in counts.by_phase.items()},
        discharges_by_outcome=dict(sorted(counts.discharges_by_outcome.items())),
    )
    start = since if since is not None else add_months(day, -12)
    drug_tests = None if test_results is None else drug_test_figures(test_results, start, day)
    osa = None if placements is None else osa_figures(placements, workplaces or (), start, day)
    return ProgrammeFigures(day, outcome_figures(distribution(paths, day)), people, drug_tests, osa)

"""The programme's figures for a date, as plain data: what `figures` prints as JSON and what the
steering group's workbook will hold. Each number is defined in desktop.core.outcome or in the
docstring of the function that counts it; later parts add their own keys (drug_tests, osa,
consent) here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from desktop.core.drugtests import Outcome, TestResult, current_results
from desktop.core.osa import EndReason, Placement, PlacementStatus, Workplace
from desktop.core.outcome import GROUP_OF, OutcomeGroup, distribution, people_counts
from desktop.core.path import PathEvent, add_months

# The result columns of the drug-test figures, in the order a table shows them.
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


def result_column(result: TestResult) -> str:
    """The column a result is counted in: an analysed result is positive if any substance is,
    otherwise negative; every other outcome is its own column."""
    if result.outcome is Outcome.RESULT:
        return "positive" if any(v.positive for v in result.values) else "negative"
    return result.outcome.value


def _months(since: date, until: date) -> list[str]:
    months = []
    month = since.replace(day=1)
    while month <= until:
        months.append(f"{month:%Y-%m}")
        month = add_months(month, 1)
    return months


def drug_test_figures(results: Sequence[TestResult], since: date, until: date) -> dict[str, Any]:
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
    months = _months(since, until)
    rows: dict[str, dict[str, int]] = {
        m: {**dict.fromkeys(DRUG_TEST_RESULTS, 0), "total": 0, "cost_sek": 0} for m in months
    }
    tested: dict[str, set[int]] = {m: set() for m in months}
    recorded: dict[str, set[int]] = {m: set() for m in months}
    for result in current_results(results):
        day = result.taken_at.date()
        if not since <= day <= until:
            continue
        month = f"{day:%Y-%m}"
        column = result_column(result)
        row = rows[month]
        row[column] += 1
        row["total"] += 1
        row["cost_sek"] += result.price_sek or 0
        recorded[month].add(result.person_id)
        if column in _SAMPLE_TAKEN:
            tested[month].add(result.person_id)
    by_month = {
        m: {
            **rows[m],
            "people_tested": len(tested[m]),
            "people_recorded": len(recorded[m]),
        }
        for m in months
    }
    totals: dict[str, int] = {
        key: sum(rows[m][key] for m in months) for key in (*DRUG_TEST_RESULTS, "total", "cost_sek")
    }
    return {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "months": by_month,
        "totals": {
            **totals,
            "people_tested": len(set().union(*tested.values())),
            "people_recorded": len(set().union(*recorded.values())),
        },
    }


# The average length of a Gregorian month in days: a duration in months that does not depend on
# which months the placement ran through (the same as Placement.months).
DAYS_PER_MONTH = 30.4375


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


def _osa_counts(placements: Sequence[Placement], since: date, until: date) -> dict[str, int]:
    ended = [p for p in placements if _ended_in(p, since, until)]
    return {
        "started": sum(1 for p in placements if _started_in(p, since, until)),
        "active": sum(1 for p in placements if _running_at_end_of(p, until)),
        "ended": len(ended),
        "completed": sum(1 for p in ended if p.end_reason is EndReason.COMPLETED),
        "ended_early": sum(1 for p in ended if p.end_reason is EndReason.ENDED_EARLY),
    }


def osa_figures(
    placements: Sequence[Placement],
    workplaces: Sequence[Workplace],
    since: date,
    until: date,
) -> dict[str, Any]:
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
                 months of 30.4375 days (an average calendar month), to one decimal; None when
                 none ended
    by_workplace the totals per workplace, by its name, every workplace given listed even with
                 nothing in it, with its employer type and number of places; a placement at a
                 workplace not given is listed under "#<id>"
    """
    months = _months(since, until)
    by_month: dict[str, dict[str, int]] = {}
    for month in months:
        first = date.fromisoformat(f"{month}-01")
        last = add_months(first, 1) - timedelta(days=1)
        by_month[month] = _osa_counts(placements, max(first, since), min(last, until))
    ended = [p for p in placements if _ended_in(p, since, until)]
    durations = [
        (p.ended_on - p.start).days / DAYS_PER_MONTH for p in ended if p.ended_on is not None
    ]
    names = {w.id: w.name for w in workplaces}
    by_workplace: dict[str, dict[str, Any]] = {
        w.name: {"employer_type": w.employer_type.value, "places": w.places}
        for w in sorted(workplaces, key=lambda w: w.name)
    }
    for workplace_id in sorted({p.workplace_id for p in placements} - set(names)):
        by_workplace[f"#{workplace_id}"] = {"employer_type": None, "places": None}
    for name, row in by_workplace.items():
        row.update(
            _osa_counts(
                [p for p in placements if names.get(p.workplace_id, f"#{p.workplace_id}") == name],
                since,
                until,
            )
        )
    return {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "months": by_month,
        "totals": {
            **_osa_counts(placements, since, until),
            "mean_months": round(sum(durations) / len(durations), 1) if durations else None,
        },
        "by_workplace": by_workplace,
    }


def programme_figures(
    paths: Mapping[int, Sequence[PathEvent]],
    day: date,
    test_results: Sequence[TestResult] | None = None,
    since: date | None = None,
    placements: Sequence[Placement] | None = None,
    workplaces: Sequence[Workplace] | None = None,
) -> dict[str, Any]:
    """Every figure for `day`. With `test_results`, the drug-test figures are added under
    "drug_tests", and with `placements` the OSA figures under "osa" (with `workplaces` for
    their names), each for `since` (by default 12 months before `day`, that day included) to
    `day`."""
    dist = distribution(paths, day)
    counts = people_counts(paths, day)
    share = dist.on_path_share
    figures: dict[str, Any] = {
        "date": day.isoformat(),
        "outcome_model": {
            "counted": dist.counted,
            "on_path_share": round(share, 4) if share is not None else None,
            "goal_share": 0.5,  # R8
            "groups": {g.value: len(dist.group_ids(g)) for g in OutcomeGroup},
            "categories": {c.value: dist.count(c) for c in GROUP_OF},
        },
        "people": {
            "referrals": counts.referrals,
            "referrals_by_type": dict(sorted(counts.referrals_by_type.items())),
            "referred_people": counts.referred_people,
            "awaiting_decision": len(counts.awaiting_decision),
            "not_enrolled": len(counts.not_enrolled),
            "not_enrolled_decisions_by_reason": dict(
                sorted(counts.not_enrolled_decisions_by_reason.items())
            ),
            "enrolled_ever": len(counts.enrolled_ever),
            "re_enrolled": len(counts.re_enrolled),
            "enrolled_now": len(counts.enrolled_now),
            "by_phase": {k: len(v) for k, v in counts.by_phase.items()},
            "discharges_by_outcome": dict(sorted(counts.discharges_by_outcome.items())),
        },
    }
    start = since if since is not None else add_months(day, -12)
    if test_results is not None:
        figures["drug_tests"] = drug_test_figures(test_results, start, day)
    if placements is not None:
        figures["osa"] = osa_figures(placements, workplaces or (), start, day)
    return figures

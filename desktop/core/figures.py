"""The programme's figures for a date, as plain data: what `figures` prints as JSON and what the
steering group's workbook will hold. Each number is defined in desktop.core.outcome; later parts
add their own keys (drug_tests, osa, consent) here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from desktop.core.drugtests import Outcome, TestResult, current_results
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


def programme_figures(
    paths: Mapping[int, Sequence[PathEvent]],
    day: date,
    test_results: Sequence[TestResult] | None = None,
    since: date | None = None,
) -> dict[str, Any]:
    """Every figure for `day`. With `test_results`, the drug-test figures are added under
    "drug_tests" for `since` (by default 12 months before `day`, that day included) to `day`."""
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
    if test_results is not None:
        start = since if since is not None else add_months(day, -12)
        figures["drug_tests"] = drug_test_figures(test_results, start, day)
    return figures

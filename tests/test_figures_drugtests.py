"""The drug-test figures for the steering group (§7): per month by result, no-shows, cost with
corrections replacing what they correct, and people tested, on hand-made results."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.figures import (
    DRUG_TEST_RESULTS,
    DrugTestCounts,
    drug_test_figures,
    programme_figures,
)
from tests.core.test_path import ENROLLED

NEG = (
    SubstanceValue(Substance.CANNABIS, False, 0.0),
    SubstanceValue(Substance.AMPHETAMINE, False),
)
POS = (
    SubstanceValue(Substance.CANNABIS, True, 120.0),
    SubstanceValue(Substance.AMPHETAMINE, False),
)


def entry(
    rid: int,
    person: int,
    day: date,
    outcome: Outcome = Outcome.RESULT,
    values: tuple[SubstanceValue, ...] = (),
    price: int | None = 850,
    corrects: int | None = None,
) -> TestResult:
    return TestResult(
        person,
        datetime.combine(day, time(10)),
        Method.URINE,
        outcome,
        values,
        price_sek=price,
        corrects=corrects,
        id=rid,
    )


RESULTS = [
    # January: two negatives, one positive, a no-show (no price), a dilute sample.
    entry(1, 1, date(2025, 1, 7), values=NEG),
    entry(2, 2, date(2025, 1, 8), values=NEG),
    entry(3, 1, date(2025, 1, 14), values=POS),
    entry(4, 3, date(2025, 1, 15), Outcome.NO_SHOW, price=None),
    entry(5, 2, date(2025, 1, 21), Outcome.DILUTE, price=920),
    # February: a mistyped positive (920 SEK) corrected to a negative at 690 SEK; a refusal,
    # a medical exemption and an admitted use, none of them with a sample.
    entry(6, 2, date(2025, 2, 4), values=POS, price=920),
    entry(7, 2, date(2025, 2, 4), values=NEG, price=690, corrects=6),
    entry(8, 3, date(2025, 2, 11), Outcome.REFUSED, price=None),
    entry(9, 4, date(2025, 2, 12), Outcome.MEDICAL_EXEMPTION, price=None),
    entry(10, 1, date(2025, 2, 18), Outcome.ADMITTED_USE, price=None),
    # Outside the period on both sides.
    entry(11, 5, date(2024, 12, 31), values=NEG),
    entry(12, 5, date(2025, 4, 1), values=NEG),
]


def zeros() -> dict[str, int]:
    return {**dict.fromkeys(DRUG_TEST_RESULTS, 0), "total": 0, "cost_sek": 0}


def test_per_month_by_result() -> None:
    figures = drug_test_figures(RESULTS, date(2025, 1, 1), date(2025, 3, 31))
    assert (figures.since, figures.until) == (date(2025, 1, 1), date(2025, 3, 31))
    assert [m.month for m in figures.months] == ["2025-01", "2025-02", "2025-03"]
    assert figures.month("2025-01") == DrugTestCounts(
        negative=2,
        positive=1,
        no_show=1,
        dilute=1,
        total=5,
        cost_sek=850 * 3 + 920,
        people_tested=2,  # person 3 only missed the test
        people_recorded=3,
    )
    assert figures.month("2025-02") == DrugTestCounts(
        negative=1,  # the correction, not the mistyped positive
        refused=1,
        medical_exemption=1,
        admitted_use=1,
        total=4,
        cost_sek=690,  # the corrected result's 920 is replaced, not added
        people_tested=1,
        people_recorded=4,
    )
    assert figures.month("2025-03") == DrugTestCounts()
    with pytest.raises(KeyError):
        figures.month("2025-04")


def test_totals_for_the_period() -> None:
    totals = drug_test_figures(RESULTS, date(2025, 1, 1), date(2025, 3, 31)).totals
    assert totals == DrugTestCounts(
        negative=3,
        positive=1,
        no_show=1,
        refused=1,
        dilute=1,
        medical_exemption=1,
        admitted_use=1,
        total=9,
        cost_sek=850 * 3 + 920 + 690,
        people_tested=2,  # people 1 and 2; not the sum of the months (2 + 1)
        people_recorded=4,
    )
    assert sum(totals.count(c) for c in DRUG_TEST_RESULTS) == totals.total


def test_the_json_shape() -> None:
    """What `figures` prints under "drug_tests": keys and their order are its contract."""
    data = drug_test_figures(RESULTS, date(2025, 1, 1), date(2025, 3, 31)).to_json()
    assert list(data) == ["since", "until", "months", "totals"]
    assert (data["since"], data["until"]) == ("2025-01-01", "2025-03-31")
    assert list(data["months"]) == ["2025-01", "2025-02", "2025-03"]
    assert data["months"]["2025-01"] == {
        **zeros(),
        "negative": 2,
        "positive": 1,
        "no_show": 1,
        "dilute": 1,
        "total": 5,
        "cost_sek": 850 * 3 + 920,
        "people_tested": 2,
        "people_recorded": 3,
    }
    assert list(data["months"]["2025-03"]) == [
        *DRUG_TEST_RESULTS,
        "total",
        "cost_sek",
        "people_tested",
        "people_recorded",
    ]
    assert list(data["totals"]) == list(data["months"]["2025-03"])
    assert json.loads(json.dumps(data)) == data


def test_the_period_cuts_inside_a_month() -> None:
    figures = drug_test_figures(RESULTS, date(2025, 1, 10), date(2025, 2, 5))
    assert [m.month for m in figures.months] == ["2025-01", "2025-02"]
    january = figures.month("2025-01")
    assert (january.negative, january.positive, january.total) == (0, 1, 3)
    assert figures.month("2025-02").total == 1
    assert figures.totals.no_show == 1


def test_the_same_results_the_same_figures() -> None:
    """R9: reproducible whatever order the results come in."""
    since, until = date(2025, 1, 1), date(2025, 3, 31)
    assert drug_test_figures(RESULTS[::-1], since, until) == drug_test_figures(
        RESULTS, since, until
    )


def test_programme_figures_with_and_without_drug_tests() -> None:
    day = date(2025, 3, 31)
    paths = {1: ENROLLED}
    bare = programme_figures(paths, day)
    assert bare.drug_tests is None
    assert "drug_tests" not in bare.to_json()
    figures = programme_figures(paths, day, RESULTS)
    assert figures.drug_tests is not None
    # By default the 12 months before `day`: 2024-03-31 to 2025-03-31, December included.
    assert figures.drug_tests.since == date(2024, 3, 31)
    months = [m.month for m in figures.drug_tests.months]
    assert (months[0], months[-1], len(months)) == ("2024-03", "2025-03", 13)
    assert figures.drug_tests.totals.total == 10
    assert list(figures.to_json()) == ["date", "outcome_model", "people", "drug_tests"]
    chosen = programme_figures(paths, day, RESULTS, since=date(2025, 1, 1))
    assert chosen.drug_tests == drug_test_figures(RESULTS, date(2025, 1, 1), day)
    assert replace(chosen, drug_tests=None) == bare

"""The progress sheet's rules (desktop/core/progress_sheet.py): drug-free since and for how many
weeks, what counts as a test, a positive and a miss, months left of an OSA in words, the default
period, and what each version holds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.path import EventKind, PathEvent
from desktop.core.progress_sheet import (
    Period,
    SheetInput,
    Version,
    build_sheet,
    default_period,
    drug_free_since,
    drug_free_weeks,
    months_left_words,
    number,
    tally,
)
from desktop.core.records import Note, NoteCategory, Person


def result(
    day: date, *values: tuple[bool, float | None], outcome: Outcome = Outcome.RESULT
) -> TestResult:
    return TestResult(
        1,
        datetime.combine(day, datetime.min.time()),
        Method.URINE,
        outcome,
        tuple(SubstanceValue(Substance.CANNABIS, p, v, "ng/ml", 50.0) for p, v in values),
    )


D = date(2026, 9, 1)


def test_drug_free_since_the_first_clean_test_after_the_last_use() -> None:
    results = [
        result(D, (True, 300.0)),
        result(D + timedelta(days=7), (False, 10.0)),
        result(D + timedelta(days=14), outcome=Outcome.NO_SHOW),
        result(D + timedelta(days=21), (False, None)),
        result(D + timedelta(days=50), (False, None)),
    ]
    since = drug_free_since(results)
    assert since == D + timedelta(days=7)
    assert drug_free_weeks(results, since) == 6  # to the latest analysed test, not to today
    # An admitted use counts as use: the clock starts again after it.
    again = [*results, result(D + timedelta(days=55), outcome=Outcome.ADMITTED_USE)]
    assert drug_free_since(again) is None
    assert drug_free_since(
        [*again, result(D + timedelta(days=60), (False, None))]
    ) == D + timedelta(days=60)
    assert drug_free_since([]) is None
    assert drug_free_since([result(D, outcome=Outcome.NO_SHOW)]) is None


def test_a_tally_counts_every_entry_once() -> None:
    counts = tally(
        [
            result(D, (True, 300.0)),
            result(D, (False, None)),
            result(D, outcome=Outcome.NO_SHOW),
            result(D, outcome=Outcome.REFUSED),
            result(D, outcome=Outcome.DILUTE),
            result(D, outcome=Outcome.ADMITTED_USE),
        ]
    )
    assert (counts.tests, counts.analysed, counts.negative, counts.positive) == (6, 2, 1, 2)
    assert (counts.missed, counts.other) == (2, 1)


@pytest.mark.parametrize(
    ("months", "words"),
    [
        (4.2, "You have 4 months left of your OSA."),
        (1.2, "You have 1 month left of your OSA."),
        (0.6, "You have 3 weeks left of your OSA."),
        (0.1, "Your OSA ends in a few days."),
    ],
)
def test_months_left_in_plain_words(months: float, words: str) -> None:
    assert months_left_words(months) == words


def test_numbers_print_without_needless_decimals() -> None:
    assert number(300.0) == "300"
    assert number(120.5) == "120.5"
    assert number(2.6449, 2) == "2.64"
    assert number(None) == ""


def test_the_default_period_is_the_current_enrolment() -> None:
    referral = PathEvent(EventKind.REFERRAL, D, {"referrer_type": "self"})
    steps = [
        referral,
        PathEvent(EventKind.SECURITY_CONSENT, D),
        PathEvent(EventKind.SECURITY_RESULT, D, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, D),
        PathEvent(EventKind.DECISION, D, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, D + timedelta(days=5), {"contract_signed": True}),
    ]
    today = D + timedelta(days=100)
    assert default_period(steps, today) == Period(D + timedelta(days=5), today)
    discharged = [
        *steps,
        PathEvent(EventKind.DISCHARGE, D + timedelta(days=50), {"outcome": "moved"}),
    ]
    assert default_period(discharged, today) == Period(
        D + timedelta(days=5), D + timedelta(days=50)
    )
    assert default_period([referral], today) == Period(D, today)
    assert default_period([], today) == Period(today - timedelta(days=90), today)


def test_notes_only_on_the_staff_version_and_only_when_asked() -> None:
    person = Person("Åsa", "Öberg", id=1, internal_no="2026-001")
    data = SheetInput(
        person,
        [PathEvent(EventKind.REFERRAL, D, {"referrer_type": "self"})],
        notes=[Note(D + timedelta(days=1), NoteCategory.OTHER, "Hemligt", id=1)],
    )
    period = Period(D, D + timedelta(days=30))

    def sheet(version: Version, notes: bool) -> object:
        return build_sheet(
            data,
            version=version,
            period=period,
            made_on=period.end,
            unit_name="Chansen",
            include_notes=notes,
        ).notes

    assert sheet(Version.STAFF, False) is None
    staff = sheet(Version.STAFF, True)
    assert staff is not None and [n.text for n in staff] == ["Hemligt"]  # type: ignore[attr-defined]
    assert sheet(Version.PARTICIPANT, True) is None
    made = build_sheet(data, version=Version.STAFF, period=period, made_on=period.end, unit_name="")
    assert made.categories == {"action_plan"}  # no tests or placements: none claimed

"""The steering figures read only what they count (issue 16): the results of the two periods'
dates, added up per day, with the corrections found through their index and no substance value
decoded. The figures stay exactly those computed from every result ever, corrections dated
outside the period included."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.figures import (
    counted_results,
    day_tallies,
    drug_test_figures,
    drug_test_people,
    drug_test_tally,
)
from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.steering import SteeringInputs, steering_figures, year_period
from desktop.db.drugtests import COUNTED_DAYS, DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.steering import SteeringRepository
from desktop.services.steering import compute
from tests.conftest import NewRegister

TODAY = date(2026, 6, 15)
YEAR = year_period(2025)  # compared with 2024
NEGATIVE = (SubstanceValue(Substance.CANNABIS, False, None, "ng/ml", 50.0),)
POSITIVE = (SubstanceValue(Substance.CANNABIS, True, 320.0, "ng/ml", 50.0),)


def enrolled(start: date) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


@pytest.fixture
def tests_register(new_register: NewRegister) -> DrugTestRepository:
    register = new_register.register
    register._clock = lambda: datetime(2026, 6, 15, 9, tzinfo=UTC)
    people = ParticipantRepository(register).create_many(
        [
            (Person("Åsa", "Öberg"), enrolled(date(2023, 9, 1))),
            (Person("Bo", "Ek"), enrolled(date(2023, 10, 2))),
        ],
        today=TODAY,
    )
    asa, bo = (p.id for p in people)
    assert asa is not None and bo is not None
    repo = DrugTestRepository(register)

    def add(
        person: int,
        day: date,
        values: tuple[SubstanceValue, ...] = NEGATIVE,
        outcome: Outcome = Outcome.RESULT,
        corrects: int | None = None,
    ) -> int:
        result = repo.add_result(
            TestResult(
                person,
                datetime(day.year, day.month, day.day, 9),
                Method.URINE,
                outcome,
                values if outcome is Outcome.RESULT else (),
                price_sek=850,
                corrects=corrects,
            )
        )
        assert result.id is not None
        return result.id

    add(asa, date(2025, 3, 4))
    add(bo, date(2025, 5, 6), POSITIVE)
    add(asa, date(2025, 7, 8), outcome=Outcome.NO_SHOW)
    # Entered on the wrong person's date: corrected to a day two years earlier, before either
    # period, so it no longer counts in 2025 at all.
    moved = add(bo, date(2025, 2, 3), POSITIVE)
    add(bo, date(2023, 12, 1), POSITIVE, corrects=moved)
    # Corrected twice: only the last correction (a refusal) counts, in 2024.
    first = add(asa, date(2024, 11, 5))
    second = add(asa, date(2024, 11, 5), POSITIVE, corrects=first)
    add(asa, date(2024, 11, 5), outcome=Outcome.REFUSED, corrects=second)
    add(asa, date(2026, 3, 2), POSITIVE)  # after both periods
    # Tested long before both periods, corrected to a day in 2025 (a dilute sample): it counts
    # in 2025, though the result it corrects is outside both periods.
    old = add(bo, date(2022, 5, 5))
    add(bo, date(2025, 8, 1), outcome=Outcome.DILUTE, corrects=old)
    # A no-show corrected twice, both corrections naming it (entered twice by mistake): the
    # no-show no longer counts, each correction does, as when every result is read.
    twice = add(bo, date(2025, 9, 9), outcome=Outcome.NO_SHOW)
    add(bo, date(2025, 9, 9), NEGATIVE, corrects=twice)
    add(bo, date(2025, 9, 10), NEGATIVE, corrects=twice)
    osa = OsaRepository(register)
    place = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=10))
    assert place.id is not None
    for person, start, ended_on, status in (
        (asa, date(2023, 3, 1), date(2023, 12, 31), PlacementStatus.ENDED),  # before both
        (bo, date(2023, 11, 1), date(2024, 1, 1), PlacementStatus.ENDED),  # ends on the first day
        (asa, date(2024, 5, 1), date(2025, 4, 30), PlacementStatus.ENDED),
        (bo, date(2025, 6, 1), None, PlacementStatus.ACTIVE),
        (asa, date(2026, 2, 1), None, PlacementStatus.PLANNED),  # after both
    ):
        osa.save_placement(
            Placement(
                person,
                place.id,
                start,
                start + timedelta(days=365),
                status=status,
                ended_on=ended_on,
                end_reason=None if ended_on is None else EndReason.COMPLETED,
            )
        )
    return repo


def test_counted_days_give_the_figures_of_every_result(
    tests_register: DrugTestRepository,
) -> None:
    repo = tests_register
    since, until = YEAR.previous().since, YEAR.until
    counted = repo.counted_days(since, until)
    everything = repo.results()
    # The very list the core makes from every result ever, corrections applied...
    assert counted == day_tallies(counted_results(everything, since, until))
    # ...so each period's figures and the people behind them are those of every result.
    for period in (YEAR, YEAR.previous()):
        days = [d for d in counted if period.since <= d.day <= period.until]
        assert drug_test_tally(days, period.since, period.until) == (
            drug_test_figures(everything, period.since, period.until),
            drug_test_people(everything, period.since, period.until),
        )
    this_year = drug_test_figures(everything, YEAR.since, YEAR.until).totals
    assert (
        this_year.negative,
        this_year.positive,
        this_year.no_show,
        this_year.dilute,
        this_year.total,
    ) == (3, 1, 1, 1, 6)
    last_year = drug_test_figures(everything, YEAR.previous().since, YEAR.previous().until).totals
    assert (last_year.refused, last_year.positive, last_year.negative, last_year.total) == (
        1,
        0,
        0,
        1,
    )
    # Nothing from outside the periods is in the tallies.
    assert min(d.day for d in counted) >= since and max(d.day for d in counted) <= until


def test_counted_days_never_read_the_whole_results_table(
    tests_register: DrugTestRepository,
) -> None:
    """The period's results are found through the date index and the corrections through
    theirs (v13): a year's figures no longer read every result ever stored."""
    with tests_register.register.read() as conn:
        plan = [
            row[-1]
            for row in conn.execute(
                f"EXPLAIN QUERY PLAN {COUNTED_DAYS}", ("2024-01-01", "2026-01-01")
            )
        ]
    assert any("test_results_by_time" in step for step in plan), plan
    assert any("test_results_corrections" in step for step in plan), plan
    assert not any(step.startswith("SCAN test_results") for step in plan), plan


def test_only_the_placements_that_can_count_are_read(
    tests_register: DrugTestRepository,
) -> None:
    register = tests_register.register
    since, until = YEAR.previous().since, YEAR.until
    read = SteeringRepository(register).placements(since, until)
    # Those the figures of either year look at, as OsaRepository gives them (without the
    # follow-up contacts, which no figure counts)...
    assert read == [
        replace(p, contacts=())
        for p in OsaRepository(register).placements()
        if p.start <= until and (p.ended_on is None or p.ended_on >= since)
    ]
    # ...which leaves out the one that ended before 2024 and the one planned for 2026.
    assert [(p.start, p.ended_on) for p in read] == [
        (date(2023, 11, 1), date(2024, 1, 1)),
        (date(2024, 5, 1), date(2025, 4, 30)),
        (date(2025, 6, 1), None),
    ]


def test_the_steering_export_counts_what_every_result_would(
    tests_register: DrugTestRepository,
) -> None:
    register = tests_register.register
    figures, _ = compute(register, YEAR)
    people = ParticipantRepository(register)
    osa = OsaRepository(register)
    full = SteeringInputs(
        people.all_paths(),
        people.people(),
        tests_register.results(),
        osa.placements(),
        osa.workplaces(),
    )
    assert figures == steering_figures(full, YEAR, TODAY)
    assert figures.drug_tests.totals.positive == 1
    assert figures.previous is not None
    assert figures.previous.drug_tests.totals.refused == 1
    assert figures.flow.participants.value == 2
    assert (figures.osa.totals.active, figures.osa.totals.ended) == (1, 1)
    assert (figures.previous.osa.totals.started, figures.previous.osa.totals.ended) == (1, 1)

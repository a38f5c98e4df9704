"""OSA rules: the 12-month limit and extensions, organisation numbers, the after-OSA plan's
warnings on the right dates, capacity across overlapping placements."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.osa import (
    AfCoding,
    AfterOsaPlan,
    CodingDecision,
    EmployerType,
    NextStep,
    Placement,
    PlacementStatus,
    Workplace,
    capacity_months,
    capacity_on,
    ending_within,
    past_participation_limit,
    plan_due,
)
from desktop.core.path import CriterionStatus
from desktop.core.settings import FieldError

START = date(2026, 1, 15)


def placement(**kw) -> Placement:  # type: ignore[no-untyped-def]
    values = {
        "person_id": 1,
        "workplace_id": 1,
        "start": START,
        "planned_end": date(2027, 1, 15),
    } | kw
    return Placement(**values)


def test_twelve_months_at_most_without_an_extension() -> None:
    placement().validated()  # exactly 12 months
    with pytest.raises(FieldError, match="12 months"):
        placement(planned_end=date(2027, 1, 16)).validated()


def test_an_extension_needs_afs_decision_and_a_reason() -> None:
    extended = placement(extended_to=date(2027, 4, 15))
    with pytest.raises(FieldError) as caught:
        extended.validated()
    assert caught.value.field == "extension_reason"
    ok = placement(
        extended_to=date(2027, 4, 15),
        extension_decided_on=date(2026, 12, 1),
        extension_reason="AF förlänger: behöver mer tid före ordinarie arbete",
    ).validated()
    assert ok.end == date(2027, 4, 15)
    with pytest.raises(FieldError):
        placement(
            extended_to=date(2027, 1, 1), extension_decided_on=START, extension_reason="x"
        ).validated()


def test_organisation_numbers() -> None:
    good = Workplace("Återbruket", EmployerType.MUNICIPAL, org_number="2120001355").validated()
    assert good.org_number == "212000-1355"
    with pytest.raises(FieldError, match="organisation number"):
        Workplace("X", EmployerType.NON_PROFIT, org_number="556036-0794").validated()
    with pytest.raises(FieldError):
        Workplace("", EmployerType.STATE).validated()


def test_after_osa_plan_warns_three_months_and_one_month_before() -> None:
    running = placement(status=PlacementStatus.ACTIVE)
    assert plan_due(running, date(2026, 10, 14)) is None
    assert plan_due(running, date(2026, 10, 15)) == "warning"
    assert plan_due(running, date(2026, 12, 14)) == "warning"
    assert plan_due(running, date(2026, 12, 15)) == "urgent"
    planned = placement(status=PlacementStatus.ACTIVE, plan=AfterOsaPlan(NextStep.JOB_SEARCH_AF))
    assert plan_due(planned, date(2026, 12, 20)) is None
    extended = placement(
        status=PlacementStatus.ACTIVE,
        extended_to=date(2027, 4, 15),
        extension_decided_on=START,
        extension_reason="AF",
    )
    assert plan_due(extended, date(2026, 12, 20)) is None  # the extension moves the warning
    assert plan_due(extended, date(2027, 1, 15)) == "warning"


def test_capacity_counts_overlapping_placements() -> None:
    workplace = Workplace("Återbruket", EmployerType.MUNICIPAL, places=2, id=1)
    placements = [
        placement(status=PlacementStatus.ACTIVE),
        placement(
            person_id=2,
            start=date(2026, 3, 1),
            planned_end=date(2026, 8, 31),
            status=PlacementStatus.ACTIVE,
        ),
        placement(person_id=3, start=date(2026, 9, 1), planned_end=date(2027, 2, 28)),  # planned
        placement(
            person_id=4,
            start=date(2026, 2, 1),
            planned_end=date(2027, 1, 31),
            status=PlacementStatus.ENDED,
            ended_on=date(2026, 4, 30),
            end_reason=None,
        ),
    ]
    used = {
        day: capacity_on([workplace], placements, day)[0].used
        for day in (date(2026, 2, 15), date(2026, 4, 15), date(2026, 6, 1), date(2026, 9, 15))
    }
    assert used == {
        date(2026, 2, 15): 2,
        date(2026, 4, 15): 3,
        date(2026, 6, 1): 2,
        date(2026, 9, 15): 2,
    }
    assert capacity_on([workplace], placements, date(2026, 4, 15))[0].free == 0
    months = capacity_months([workplace], placements, date(2026, 11, 22))
    assert len(months) == 7
    assert months[1][0] == date(2026, 12, 1)


def test_ending_soon_and_past_the_fourteen_months() -> None:
    running = placement(status=PlacementStatus.ACTIVE)
    assert ending_within([running], date(2026, 10, 15)) == [running]
    assert ending_within([running], date(2026, 10, 14)) == []
    assert past_participation_limit(running, date(2026, 12, 31))
    assert not past_participation_limit(running, date(2027, 2, 1))


def test_af_coding_feeds_the_enrolment_criterion() -> None:
    assert AfCoding(1).criterion is CriterionStatus.UNKNOWN
    assert (
        AfCoding(1, decision=CodingDecision.GRANTED, decided_on=START).criterion
        is CriterionStatus.MET
    )
    assert (
        AfCoding(1, decision=CodingDecision.DENIED, decided_on=START).criterion
        is CriterionStatus.NOT_MET
    )
    with pytest.raises(FieldError):
        AfCoding(1, decision=CodingDecision.GRANTED).validated()

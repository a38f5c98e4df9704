"""The outcome model (R7) on dates before, during and after enrolment periods, and the counts."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.outcome import (
    OutcomeCategory,
    OutcomeGroup,
    classify,
    distribution,
    people_counts,
)
from desktop.core.path import DischargeOutcome, EventKind
from tests.core.test_path import ENROLLED, INTAKE, REFERRAL, D, ev


def day(n: int):  # type: ignore[no-untyped-def]
    return D + timedelta(days=n)


def test_before_during_and_after_an_enrolment() -> None:
    events = [
        *ENROLLED,
        ev(EventKind.PHASE_CHANGE, 60, phase="phase_2"),
        ev(EventKind.PHASE_CHANGE, 100, phase="support"),
        ev(EventKind.PHASE_CHANGE, 130, phase="osa"),
        ev(EventKind.PHASE_CHANGE, 400, phase="after_osa"),
        ev(EventKind.DISCHARGE, 430, outcome="private_job"),
    ]
    assert classify(events, day(0)) is None  # referred only: not counted
    assert classify(events, day(19)) is None  # decided, not yet started
    assert classify(events, day(20)) is OutcomeCategory.NEWLY_ENROLLED
    assert classify(events, day(70)) is OutcomeCategory.NEWLY_ENROLLED
    assert classify(events, day(110)) is OutcomeCategory.NOT_READY
    assert classify(events, day(200)) is OutcomeCategory.IN_OSA
    assert classify(events, day(410)) is OutcomeCategory.AFTER_OSA_WITH_AF
    assert classify(events, day(430)) is OutcomeCategory.WORK_OR_STUDIES


def test_discharge_outcomes_map_to_one_category_each() -> None:
    expected = {
        "private_job": OutcomeCategory.WORK_OR_STUDIES,
        "studies": OutcomeCategory.WORK_OR_STUDIES,
        "subsidised_work": OutcomeCategory.AFTER_OSA_WITH_AF,
        "long_term_benefit": OutcomeCategory.LONG_TERM_BENEFIT,
        "prison": OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        "care": OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        "unreachable": OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        "not_osa_eligible": OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        # Judged not yet employable and handed on to other support (000:313): the goal (R8)
        # was not reached, so it is not one of the "other reasons".
        "not_ready": OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        "moved": OutcomeCategory.DISCHARGED_OTHER,
        "other": OutcomeCategory.DISCHARGED_OTHER,
    }
    assert set(expected) == {o.value for o in DischargeOutcome}  # a new outcome is placed here
    for outcome, category in expected.items():
        events = [*ENROLLED, ev(EventKind.DISCHARGE, 50, outcome=outcome)]
        assert classify(events, day(60)) is category, outcome


def test_re_referred_after_discharge_keeps_the_last_outcome_until_enrolled_again() -> None:
    events = [
        *ENROLLED,
        ev(EventKind.DISCHARGE, 50, outcome="unreachable"),
        ev(EventKind.REFERRAL, 100, referrer_type="self"),
    ]
    assert classify(events, day(120)) is OutcomeCategory.DISCHARGED_BEFORE_GOAL


def test_distribution_like_the_evaluation_may_2021() -> None:
    """Each person in exactly one category; the numbers open the people behind them (R9)."""
    paths = {
        1: [*ENROLLED],  # newly enrolled
        2: [*ENROLLED, ev(EventKind.PHASE_CHANGE, 100, phase="osa")],
        3: [*ENROLLED, ev(EventKind.PHASE_CHANGE, 100, phase="support")],
        4: [*ENROLLED, ev(EventKind.DISCHARGE, 100, outcome="prison")],
        5: [*ENROLLED, ev(EventKind.DISCHARGE, 100, outcome="studies")],
        6: INTAKE,  # in intake: not counted
        7: [*INTAKE, ev(EventKind.DECISION, 10, enrolled=False, reason="not_motivated")],
    }
    dist = distribution(paths, day(200))
    assert dist.counted == 5
    assert dist.people[OutcomeCategory.IN_OSA] == (2,)
    assert dist.group_ids(OutcomeGroup.ON_PATH) == (1, 2, 5)
    assert dist.group_ids(OutcomeGroup.OFF_PATH) == (3,)
    assert dist.group_ids(OutcomeGroup.DISCHARGED) == (4,)
    assert dist.on_path_share == 3 / 5
    all_ids = [i for ids in dist.people.values() for i in ids]
    assert sorted(all_ids) == [1, 2, 3, 4, 5]  # exactly one category each
    assert distribution(paths, day(5)).counted == 0


def test_people_counts() -> None:
    paths = {
        1: [
            *ENROLLED,
            ev(EventKind.DISCHARGE, 100, outcome="moved"),
            ev(EventKind.REFERRAL, 150, referrer_type="self"),
            ev(EventKind.SECURITY_CONSENT, 150),
            ev(EventKind.SECURITY_RESULT, 150, result="clear"),
            ev(EventKind.MAPPING_INTERVIEW, 150),
            ev(EventKind.DECISION, 150, enrolled=True),
            ev(EventKind.ENROLMENT, 160, contract_signed=True),
        ],
        2: [*INTAKE, ev(EventKind.DECISION, 10, enrolled=False, reason="not_motivated")],
        3: [REFERRAL],
    }
    counts = people_counts(paths, day(200))
    assert counts.referrals == 4
    assert counts.referrals_by_type == {"probation": 3, "self": 1}
    assert counts.referred_people == 3
    assert counts.awaiting_decision == (3,)
    assert counts.not_enrolled == (2,)
    assert counts.not_enrolled_decisions_by_reason == {"not_motivated": 1}
    assert counts.enrolled_ever == (1,)
    assert counts.re_enrolled == (1,)
    assert counts.enrolled_now == (1,)
    assert counts.by_phase["phase_1"] == (1,)
    assert counts.discharges_by_outcome == {"moved": 1}
    earlier = people_counts(paths, day(120))
    assert earlier.enrolled_now == ()
    assert earlier.re_enrolled == ()


def test_people_counts_with_krami_the_early_no_and_not_ready() -> None:
    krami = ev(EventKind.REFERRAL, referrer_type="krami", referrer_name="", reason="")
    paths = {
        1: [krami, *ENROLLED[1:], ev(EventKind.DISCHARGE, 100, outcome="not_ready")],
        2: [
            krami,
            ev(EventKind.SECURITY_CONSENT, 1),
            ev(EventKind.SECURITY_RESULT, 2, result="ongoing_criminality"),
            ev(EventKind.DECISION, 3, enrolled=False, reason="ongoing_criminality"),
        ],
    }
    counts = people_counts(paths, day(200))
    assert counts.referrals_by_type == {"krami": 2}
    assert counts.not_enrolled == (2,)
    assert counts.not_enrolled_decisions_by_reason == {"ongoing_criminality": 1}
    assert counts.discharges_by_outcome == {"not_ready": 1}
    dist = distribution(paths, day(200))
    assert dist.people[OutcomeCategory.DISCHARGED_BEFORE_GOAL] == (1,)
    assert dist.counted == 1  # never enrolled: not in the model

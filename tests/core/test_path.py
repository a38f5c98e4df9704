"""The path's state machine (R1–R6): every allowed step, every refused one with its reason,
re-enrolment and the 14-month limit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    PathError,
    PathEvent,
    Phase,
    ReferrerType,
    Status,
    add_months,
    allowed_next,
    apply,
    decision_before_mapping,
    next_phases,
    participation_limit,
    replay,
    state_on,
)

D = date(2025, 1, 10)


def ev(kind: EventKind, days: int = 0, **data: object) -> PathEvent:
    return PathEvent(kind, D + timedelta(days=days), data)


REFERRAL = ev(EventKind.REFERRAL, referrer_type="probation", referrer_name="Frivården", reason="")
INTAKE = [
    REFERRAL,
    ev(EventKind.SECURITY_CONSENT, 1),
    ev(EventKind.SECURITY_RESULT, 5, result="clear"),
    ev(EventKind.MAPPING_INTERVIEW, 7, staff="anna", summary=""),
    ev(EventKind.CRITERIA, 7, criteria={"resident": "met", "osa_eligible": "met"}),
]
ENROLLED = [
    *INTAKE,
    ev(EventKind.DECISION, 10, enrolled=True),
    ev(EventKind.ENROLMENT, 20, contract_signed=True, group_id=3),
]


def refused(events: list[PathEvent], step: PathEvent, fragment: str) -> None:
    state = replay(events)
    with pytest.raises(PathError) as caught:
        apply(state, step)
    assert fragment in caught.value.user_message()


def test_the_whole_path() -> None:
    state = replay(
        [
            *ENROLLED,
            ev(EventKind.PHASE_CHANGE, 60, phase="phase_2"),
            ev(EventKind.PHASE_CHANGE, 110, phase="osa"),
            ev(EventKind.PHASE_CHANGE, 400, phase="after_osa"),
            ev(EventKind.DISCHARGE, 420, outcome="private_job", comment=""),
        ]
    )
    assert state.status is Status.DISCHARGED
    assert len(state.periods) == 1
    period = state.periods[0]
    assert period.group_id == 3
    assert [p for _, p in period.phases] == [
        Phase.PHASE_1,
        Phase.PHASE_2,
        Phase.OSA,
        Phase.AFTER_OSA,
    ]
    assert period.end == D + timedelta(days=420)


def test_allowed_next_follows_the_intake() -> None:
    assert allowed_next(replay([])) == [EventKind.REFERRAL]
    assert allowed_next(replay([REFERRAL])) == [EventKind.SECURITY_CONSENT, EventKind.CRITERIA]
    assert allowed_next(replay(INTAKE[:2])) == [EventKind.SECURITY_RESULT, EventKind.CRITERIA]
    assert allowed_next(replay(INTAKE[:3])) == [EventKind.MAPPING_INTERVIEW, EventKind.CRITERIA]
    assert allowed_next(replay(INTAKE)) == [EventKind.CRITERIA, EventKind.DECISION]
    assert allowed_next(replay([*INTAKE, ev(EventKind.DECISION, 10, enrolled=True)])) == [
        EventKind.ENROLMENT
    ]
    assert allowed_next(replay(ENROLLED)) == [EventKind.PHASE_CHANGE, EventKind.DISCHARGE]
    assert next_phases(replay(ENROLLED)) == [Phase.PHASE_2, Phase.SUPPORT, Phase.OSA]


@pytest.mark.parametrize(
    ("events", "step", "fragment"),
    [
        ([], ev(EventKind.SECURITY_CONSENT), "referral first"),
        ([], ev(EventKind.ENROLMENT, contract_signed=True), "decision to enrol"),
        ([], ev(EventKind.PHASE_CHANGE, phase="osa"), "enrolled participant"),
        ([], ev(EventKind.DISCHARGE, outcome="other"), "enrolled participant"),
        ([REFERRAL], REFERRAL, "already an open referral"),
        ([REFERRAL], ev(EventKind.SECURITY_RESULT, 1, result="clear"), "consent first"),
        ([REFERRAL], ev(EventKind.MAPPING_INTERVIEW, 1), "security check"),
        ([REFERRAL], ev(EventKind.DECISION, 1, enrolled=True), "after the mapping interview"),
        (INTAKE[:2], ev(EventKind.SECURITY_CONSENT, 2), "already recorded"),
        (INTAKE[:3], ev(EventKind.SECURITY_RESULT, 6, result="clear"), "already recorded"),
        (INTAKE, ev(EventKind.MAPPING_INTERVIEW, 8), "already recorded"),
        (INTAKE, ev(EventKind.ENROLMENT, 8, contract_signed=True), "decision to enrol"),
        (
            [*INTAKE, ev(EventKind.DECISION, 10, enrolled=True)],
            ev(EventKind.ENROLMENT, 11, contract_signed=False),
            "contract",
        ),
        (ENROLLED, ev(EventKind.PHASE_CHANGE, 30, phase="phase_1"), "already in that phase"),
        (ENROLLED, ev(EventKind.PHASE_CHANGE, 30, phase="after_osa"), "does not go from"),
        (
            [*ENROLLED, ev(EventKind.PHASE_CHANGE, 30, phase="phase_2")],
            ev(EventKind.PHASE_CHANGE, 40, phase="phase_1"),
            "does not go from",
        ),
        (ENROLLED, ev(EventKind.REFERRAL, 40, referrer_type="self"), "already an open referral"),
        (ENROLLED, ev(EventKind.DECISION, 30, enrolled=False, reason="other"), "referral first"),
        (ENROLLED, ev(EventKind.PHASE_CHANGE, 5, phase="phase_2"), "before the latest step"),
    ],
)
def test_impossible_steps_are_refused_with_a_reason(events, step, fragment) -> None:  # type: ignore[no-untyped-def]
    refused(events, step, fragment)


def test_unmet_criterion_blocks_enrolment_but_not_a_no() -> None:
    events = [*INTAKE, ev(EventKind.CRITERIA, 8, criteria={"osa_eligible": "not_met"})]
    refused(events, ev(EventKind.DECISION, 9, enrolled=True), "Eligible for OSA (AF coding)")
    state = replay([*events, ev(EventKind.DECISION, 9, enrolled=False, reason="not_osa_eligible")])
    assert state.status is Status.NOT_ENROLLED


def test_refusals_name_phases_and_criteria_in_the_users_language() -> None:
    from desktop import i18n

    i18n.install("sv")
    try:
        refused(ENROLLED, ev(EventKind.PHASE_CHANGE, 30, phase="after_osa"), "Fas 1")
        events = [*INTAKE, ev(EventKind.CRITERIA, 8, criteria={"resident": "not_met"})]
        refused(events, ev(EventKind.DECISION, 9, enrolled=True), "Bor i kommunen")
    finally:
        i18n.install("en")


def test_ongoing_criminality_blocks_enrolment() -> None:
    events = [
        REFERRAL,
        ev(EventKind.SECURITY_CONSENT, 1),
        ev(EventKind.SECURITY_RESULT, 2, result="ongoing_criminality"),
        ev(EventKind.MAPPING_INTERVIEW, 3),
    ]
    refused(events, ev(EventKind.DECISION, 4, enrolled=True), "ongoing criminality")


CRIMINALITY_FOUND = [
    REFERRAL,
    ev(EventKind.SECURITY_CONSENT, 1),
    ev(EventKind.SECURITY_RESULT, 2, result="ongoing_criminality"),
]


def test_ongoing_criminality_may_end_in_not_enrolled_without_a_mapping_interview() -> None:
    """R1, 000:906: the security check is the early filter; its finding ends the intake."""
    state = replay(CRIMINALITY_FOUND)
    assert decision_before_mapping(state)
    assert allowed_next(state) == [
        EventKind.MAPPING_INTERVIEW,
        EventKind.CRITERIA,
        EventKind.DECISION,
    ]
    decided = apply(state, ev(EventKind.DECISION, 3, enrolled=False, reason="ongoing_criminality"))
    assert decided.status is Status.NOT_ENROLLED
    assert decided.not_enrolled_reason is NotEnrolledReason.ONGOING_CRIMINALITY
    assert decided.mapping_date is None
    assert allowed_next(decided) == [EventKind.REFERRAL]
    # Criteria recorded on the way do not change that.
    criteria = ev(EventKind.CRITERIA, 3, criteria={"no_ongoing_criminality": "not_met"})
    assert replay([*CRIMINALITY_FOUND, criteria]).status is Status.REFERRED
    assert decision_before_mapping(replay([*CRIMINALITY_FOUND, criteria]))


@pytest.mark.parametrize(
    ("events", "step", "fragment"),
    [
        # Only that reason before a mapping interview ...
        (
            CRIMINALITY_FOUND,
            ev(EventKind.DECISION, 3, enrolled=False, reason="not_motivated"),
            "only decision is “not enrolled”",
        ),
        (
            CRIMINALITY_FOUND,
            ev(EventKind.DECISION, 3, enrolled=False, reason="other"),
            "record the mapping interview first",
        ),
        # ... never enrolment, with or without the interview ...
        (CRIMINALITY_FOUND, ev(EventKind.DECISION, 3, enrolled=True), "cannot be enrolled"),
        (
            [*CRIMINALITY_FOUND, ev(EventKind.MAPPING_INTERVIEW, 3)],
            ev(EventKind.DECISION, 4, enrolled=True),
            "cannot be enrolled",
        ),
        # ... and a clear check, or no result yet, still needs the interview for any decision.
        (
            INTAKE[:3],
            ev(EventKind.DECISION, 6, enrolled=False, reason="ongoing_criminality"),
            "after the mapping interview",
        ),
        (INTAKE[:3], ev(EventKind.DECISION, 6, enrolled=True), "after the mapping interview"),
        (
            INTAKE[:2],
            ev(EventKind.DECISION, 2, enrolled=False, reason="ongoing_criminality"),
            "after the mapping interview",
        ),
    ],
)
def test_the_shortcut_is_only_for_not_enrolled_after_criminality_was_found(  # type: ignore[no-untyped-def]
    events, step, fragment
) -> None:
    refused(events, step, fragment)


def test_after_a_mapping_interview_any_reason_may_follow_a_criminality_finding() -> None:
    events = [*CRIMINALITY_FOUND, ev(EventKind.MAPPING_INTERVIEW, 3)]
    assert not decision_before_mapping(replay(events))
    assert allowed_next(replay(events)) == [EventKind.CRITERIA, EventKind.DECISION]
    state = replay([*events, ev(EventKind.DECISION, 4, enrolled=False, reason="not_motivated")])
    assert state.not_enrolled_reason is NotEnrolledReason.NOT_MOTIVATED


def test_krami_refers_and_not_ready_is_a_discharge_outcome() -> None:
    krami = ev(EventKind.REFERRAL, referrer_type="krami", referrer_name="Krami Borås", reason="")
    state = replay([krami, *ENROLLED[1:]])
    assert state.referrer_type is ReferrerType.KRAMI
    state = apply(state, ev(EventKind.DISCHARGE, 100, outcome="not_ready"))
    assert state.status is Status.DISCHARGED
    assert state.periods[-1].outcome is DischargeOutcome.NOT_READY


def test_future_dates_are_refused() -> None:
    with pytest.raises(PathError, match="future"):
        apply(replay([]), REFERRAL, today=D - timedelta(days=1))


def test_re_enrolment_is_a_new_period() -> None:
    first = [*ENROLLED, ev(EventKind.DISCHARGE, 100, outcome="unreachable")]
    again = [
        ev(EventKind.REFERRAL, 200, referrer_type="self"),
        ev(EventKind.SECURITY_CONSENT, 200),
        ev(EventKind.SECURITY_RESULT, 201, result="clear"),
        ev(EventKind.MAPPING_INTERVIEW, 202),
        ev(EventKind.DECISION, 203, enrolled=True),
        ev(EventKind.ENROLMENT, 210, contract_signed=True),
    ]
    state = replay([*first, *again])
    assert state.status is Status.ENROLLED
    assert state.referrals == 2
    assert len(state.periods) == 2
    assert state.periods[0].end == D + timedelta(days=100)
    assert state.phase is Phase.PHASE_1


def test_fourteen_months_counts_earlier_periods() -> None:
    state = replay(ENROLLED)
    start = D + timedelta(days=20)
    assert participation_limit(state) == add_months(start, 14)
    first = [*ENROLLED, ev(EventKind.DISCHARGE, 80, outcome="moved")]  # 60 days used
    again = [
        ev(EventKind.REFERRAL, 300, referrer_type="self"),
        ev(EventKind.SECURITY_CONSENT, 300),
        ev(EventKind.SECURITY_RESULT, 300, result="clear"),
        ev(EventKind.MAPPING_INTERVIEW, 300),
        ev(EventKind.DECISION, 300, enrolled=True),
        ev(EventKind.ENROLMENT, 310, contract_signed=True),
    ]
    state = replay([*first, *again])
    assert participation_limit(state) == add_months(D + timedelta(days=310), 14) - timedelta(
        days=60
    )
    assert participation_limit(replay(first)) is None


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 15), 14) == date(2027, 1, 15)


def test_state_on_a_date_ignores_later_steps() -> None:
    events = [*ENROLLED, ev(EventKind.PHASE_CHANGE, 60, phase="phase_2")]
    assert state_on(events, D + timedelta(days=15)).status is Status.AWAITING_ENROLMENT
    assert state_on(events, D + timedelta(days=59)).phase is Phase.PHASE_1
    assert state_on(events, D + timedelta(days=60)).phase is Phase.PHASE_2

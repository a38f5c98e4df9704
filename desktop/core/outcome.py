"""The outcome model (R7) and the people counts: every figure defined here, once, reproducible
for any date, and the same on screen, in PDF, Excel and the `figures` command (R9).

Who is counted on a date: everyone with an enrolment that started on or before it. Each is in
exactly one category, from the path as it stood that day:
  on the path       enrolled in phase 1–2 (newly enrolled); in OSA; after OSA with AF, or
                    discharged to continued OSA/subsidised work via AF; discharged to a private
                    job or studies; discharged to long-term benefit from Försäkringskassan (R8
                    counts that as reaching the goal)
  off the path      enrolled, but marked as not yet ready for OSA (extra support, medical rehab)
  discharged        before reaching the goal: prison, care, unreachable, not OSA-eligible,
                    not ready / needs other support (judged not yet employable and handed on
                    to the municipality's other support or rehabilitation, 000:313, 000:906:
                    the outcome itself says the goal of R8 was not reached, as prison or care
                    do, so it is not one of the "other reasons" that say nothing about it);
                    for other reasons: moved, other (the report's model names no place for
                    these; they are kept visible rather than folded into a goal figure)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    PathEvent,
    PathState,
    Phase,
    Status,
    state_on,
)

# R8, the collaboration agreement's goal: half of those who start shall manage a year's
# employment (OSA, UVA), start education or become entitled to long-term compensation from
# Försäkringskassan. Compared with Distribution.on_path_share.
GOAL_SHARE = 0.5


class OutcomeCategory(StrEnum):
    NEWLY_ENROLLED = "newly_enrolled"
    IN_OSA = "in_osa"
    AFTER_OSA_WITH_AF = "after_osa_with_af"
    WORK_OR_STUDIES = "work_or_studies"
    LONG_TERM_BENEFIT = "long_term_benefit"
    NOT_READY = "not_ready"
    DISCHARGED_BEFORE_GOAL = "discharged_before_goal"
    DISCHARGED_OTHER = "discharged_other"


class OutcomeGroup(StrEnum):
    ON_PATH = "on_path"
    OFF_PATH = "off_path"
    DISCHARGED = "discharged"


GROUP_OF: Mapping[OutcomeCategory, OutcomeGroup] = {
    OutcomeCategory.NEWLY_ENROLLED: OutcomeGroup.ON_PATH,
    OutcomeCategory.IN_OSA: OutcomeGroup.ON_PATH,
    OutcomeCategory.AFTER_OSA_WITH_AF: OutcomeGroup.ON_PATH,
    OutcomeCategory.WORK_OR_STUDIES: OutcomeGroup.ON_PATH,
    OutcomeCategory.LONG_TERM_BENEFIT: OutcomeGroup.ON_PATH,
    OutcomeCategory.NOT_READY: OutcomeGroup.OFF_PATH,
    OutcomeCategory.DISCHARGED_BEFORE_GOAL: OutcomeGroup.DISCHARGED,
    OutcomeCategory.DISCHARGED_OTHER: OutcomeGroup.DISCHARGED,
}

_BY_PHASE: Mapping[Phase, OutcomeCategory] = {
    Phase.PHASE_1: OutcomeCategory.NEWLY_ENROLLED,
    Phase.PHASE_2: OutcomeCategory.NEWLY_ENROLLED,
    Phase.OSA: OutcomeCategory.IN_OSA,
    Phase.AFTER_OSA: OutcomeCategory.AFTER_OSA_WITH_AF,
    Phase.SUPPORT: OutcomeCategory.NOT_READY,
}

_BY_OUTCOME: Mapping[DischargeOutcome, OutcomeCategory] = {
    DischargeOutcome.PRIVATE_JOB: OutcomeCategory.WORK_OR_STUDIES,
    DischargeOutcome.STUDIES: OutcomeCategory.WORK_OR_STUDIES,
    DischargeOutcome.SUBSIDISED_WORK: OutcomeCategory.AFTER_OSA_WITH_AF,
    DischargeOutcome.LONG_TERM_BENEFIT: OutcomeCategory.LONG_TERM_BENEFIT,
    DischargeOutcome.PRISON: OutcomeCategory.DISCHARGED_BEFORE_GOAL,
    DischargeOutcome.CARE: OutcomeCategory.DISCHARGED_BEFORE_GOAL,
    DischargeOutcome.UNREACHABLE: OutcomeCategory.DISCHARGED_BEFORE_GOAL,
    DischargeOutcome.NOT_OSA_ELIGIBLE: OutcomeCategory.DISCHARGED_BEFORE_GOAL,
    DischargeOutcome.NOT_READY: OutcomeCategory.DISCHARGED_BEFORE_GOAL,
    DischargeOutcome.MOVED: OutcomeCategory.DISCHARGED_OTHER,
    DischargeOutcome.OTHER: OutcomeCategory.DISCHARGED_OTHER,
}


def classify_state(state: PathState, day: date) -> OutcomeCategory | None:
    """The category of a path as it stood on `day` (None: not counted, never enrolled)."""
    if not state.periods:
        return None
    if state.status is Status.ENROLLED:
        phase = state.periods[-1].phase_on(day)
        return _BY_PHASE[phase] if phase else None
    last = state.periods[-1]
    return _BY_OUTCOME[last.outcome] if last.outcome else None


def classify(events: Sequence[PathEvent], day: date) -> OutcomeCategory | None:
    return classify_state(state_on(events, day), day)


@dataclass(frozen=True)
class Distribution:
    day: date
    people: Mapping[OutcomeCategory, tuple[int, ...]]  # the ids behind each number (R9)

    def count(self, category: OutcomeCategory) -> int:
        return len(self.people.get(category, ()))

    def group_ids(self, group: OutcomeGroup) -> tuple[int, ...]:
        return tuple(
            sorted(i for c, ids in self.people.items() if GROUP_OF[c] is group for i in ids)
        )

    @property
    def counted(self) -> int:
        return sum(len(ids) for ids in self.people.values())

    @property
    def on_path_share(self) -> float | None:
        """Share following the path (the evaluator's 48.7 % of May 2021); compare with R8."""
        return len(self.group_ids(OutcomeGroup.ON_PATH)) / self.counted if self.counted else None


def distribution(
    paths: Mapping[int, Sequence[PathEvent]],
    day: date,
    states: Mapping[int, PathState] | None = None,
) -> Distribution:
    """The outcome model on `day`; `states` (each path as it stood at the end of `day`) saves a
    caller that has them replaying every path again."""
    people: dict[OutcomeCategory, list[int]] = {c: [] for c in OutcomeCategory}
    for person_id, events in paths.items():
        category = (
            classify(events, day) if states is None else classify_state(states[person_id], day)
        )
        if category is not None:
            people[category].append(person_id)
    return Distribution(day, {c: tuple(sorted(ids)) for c, ids in people.items()})


@dataclass(frozen=True)
class PeopleCounts:
    """Flow figures up to and including `day` (cumulative), and the state on `day`."""

    day: date
    referrals: int  # referrals received (a person referred twice counts twice)
    referrals_by_type: Mapping[str, int]
    referred_people: int
    awaiting_decision: tuple[int, ...]
    not_enrolled: tuple[int, ...]  # people whose latest intake ended "not enrolled"
    not_enrolled_decisions_by_reason: Mapping[str, int]
    enrolled_ever: tuple[int, ...]
    re_enrolled: tuple[int, ...]  # people with more than one enrolment period
    enrolled_now: tuple[int, ...]
    by_phase: Mapping[str, tuple[int, ...]]
    discharges_by_outcome: Mapping[str, int]


def people_counts(
    paths: Mapping[int, Sequence[PathEvent]],
    day: date,
    states: Mapping[int, PathState] | None = None,
) -> PeopleCounts:
    """The counts on `day`; `states` as for `distribution`."""
    referrals_by_type: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    referred, awaiting, not_enrolled, ever, again, now = [], [], [], [], [], []
    by_phase: dict[str, list[int]] = {p.value: [] for p in Phase}
    for person_id, events in sorted(paths.items()):
        upto = [e for e in events if e.on <= day]
        if not upto:
            continue
        for event in upto:
            if event.kind is EventKind.REFERRAL:
                referrals_by_type[str(event.data["referrer_type"])] += 1
            elif event.kind is EventKind.DECISION and not event.data["enrolled"]:
                reasons[str(event.data["reason"])] += 1
            elif event.kind is EventKind.DISCHARGE:
                outcomes[str(event.data["outcome"])] += 1
        state = state_on(upto, day) if states is None else states[person_id]
        if state.referrals:
            referred.append(person_id)
        if state.status is Status.REFERRED:
            awaiting.append(person_id)
        if state.status is Status.NOT_ENROLLED:
            not_enrolled.append(person_id)
        if state.periods:
            ever.append(person_id)
        if len(state.periods) > 1:
            again.append(person_id)
        if state.status is Status.ENROLLED and state.phase is not None:
            now.append(person_id)
            by_phase[state.phase.value].append(person_id)
    return PeopleCounts(
        day=day,
        referrals=sum(referrals_by_type.values()),
        referrals_by_type=dict(referrals_by_type),
        referred_people=len(referred),
        awaiting_decision=tuple(awaiting),
        not_enrolled=tuple(not_enrolled),
        not_enrolled_decisions_by_reason=dict(reasons),
        enrolled_ever=tuple(ever),
        re_enrolled=tuple(again),
        enrolled_now=tuple(now),
        by_phase={k: tuple(v) for k, v in by_phase.items()},
        discharges_by_outcome=dict(outcomes),
    )

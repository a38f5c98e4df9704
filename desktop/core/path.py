"""The participant's path (R1–R6) as dated events, validated by one state machine.

referral → security-check consent → security-check result → mapping interview → enrolment
criteria (R2, any time before the decision) → decision (enrolled / not enrolled with a reason)
→ enrolment (group, contract) → phase changes → discharge (outcome, R6). After a discharge or a
"not enrolled", a new referral starts the path again: re-enrolment is a new enrolment period.
One shortcut: a security check that found ongoing criminality may be followed at once by the
decision "not enrolled" for that reason, without a mapping interview (decision_before_mapping).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

PARTICIPATION_MONTHS = 14  # R5: the whole participation, across enrolment periods
DECISION_DUE_DAYS = 14  # to-do: a referral without a decision after this many days


class ReferrerType(StrEnum):
    PROBATION = "probation"  # Kriminalvården/Frivården, the main referrer
    AF = "af"  # Arbetsförmedlingen
    IFO = "ifo"  # individ- och familjeomsorgen
    INCOME_SUPPORT = "income_support"  # Försörjningsenheten
    KRAMI = "krami"  # the Krami programme (Kriminalvården, AF and the municipality)
    SELF = "self"
    OTHER = "other"


class NotEnrolledReason(StrEnum):  # R1
    NOT_MOTIVATED = "not_motivated"
    NOT_FIT = "not_fit"
    NOT_OSA_ELIGIBLE = "not_osa_eligible"
    ONGOING_CRIMINALITY = "ongoing_criminality"
    OTHER = "other"


class Criterion(StrEnum):  # R2; "possibly ongoing drug use" is allowed, so not a criterion
    RESIDENT = "resident"
    ADULT = "adult"
    CRIMINAL_HISTORY = "criminal_history"
    NO_ONGOING_CRIMINALITY = "no_ongoing_criminality"
    MOTIVATION = "motivation"
    OSA_ELIGIBLE = "osa_eligible"


class CriterionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class SecurityResult(StrEnum):
    CLEAR = "clear"
    ONGOING_CRIMINALITY = "ongoing_criminality"


class Phase(StrEnum):  # R4
    PHASE_1 = "phase_1"  # routines and health
    PHASE_2 = "phase_2"  # how society works, group activities, work training
    SUPPORT = "support"  # off the path, still enrolled: extra support, medical rehabilitation
    OSA = "osa"  # phase 3: the sheltered placement
    AFTER_OSA = "after_osa"  # handed over to AF


class DischargeOutcome(StrEnum):  # R6
    PRIVATE_JOB = "private_job"
    STUDIES = "studies"
    SUBSIDISED_WORK = "subsidised_work"  # continued OSA or other subsidised work via AF
    LONG_TERM_BENEFIT = "long_term_benefit"  # Försäkringskassan
    PRISON = "prison"
    CARE = "care"
    UNREACHABLE = "unreachable"
    NOT_OSA_ELIGIBLE = "not_osa_eligible"
    # Not (yet) employable: discharged and offered other support or rehabilitation in the
    # municipality's ordinary services (000:313); so may the final discharge at the 14-month
    # limit, with a hand-over to other authorities (000:906).
    NOT_READY = "not_ready"
    MOVED = "moved"
    OTHER = "other"


class EventKind(StrEnum):
    REFERRAL = "referral"
    SECURITY_CONSENT = "security_consent"
    SECURITY_RESULT = "security_result"
    MAPPING_INTERVIEW = "mapping_interview"
    CRITERIA = "criteria"
    DECISION = "decision"
    ENROLMENT = "enrolment"
    PHASE_CHANGE = "phase_change"
    DISCHARGE = "discharge"


class Status(StrEnum):
    NEW = "new"  # no referral yet
    REFERRED = "referred"  # in intake: referral to decision
    AWAITING_ENROLMENT = "awaiting_enrolment"  # decided, not yet started
    ENROLLED = "enrolled"
    NOT_ENROLLED = "not_enrolled"
    DISCHARGED = "discharged"


# Which phase may follow which. Moving back from phase 2 to phase 1 is not a step on the path;
# going off it (SUPPORT) and back, a new OSA after the hand-over, and OSA ending in support are.
PHASE_STEPS: Mapping[Phase, frozenset[Phase]] = {
    Phase.PHASE_1: frozenset({Phase.PHASE_2, Phase.SUPPORT, Phase.OSA}),
    Phase.PHASE_2: frozenset({Phase.SUPPORT, Phase.OSA}),
    Phase.SUPPORT: frozenset({Phase.PHASE_1, Phase.PHASE_2, Phase.OSA}),
    Phase.OSA: frozenset({Phase.AFTER_OSA, Phase.SUPPORT}),
    Phase.AFTER_OSA: frozenset({Phase.OSA, Phase.SUPPORT}),
}


_INTAKE_STEPS = frozenset(
    {
        EventKind.SECURITY_CONSENT,
        EventKind.SECURITY_RESULT,
        EventKind.MAPPING_INTERVIEW,
        EventKind.CRITERIA,
        EventKind.DECISION,
    }
)


# Words for codes that appear in refusal messages. Same context and source strings as the UI's
# labels (desktop/core/labels.py), so both share one translation.
_PHASE_WORDS: Mapping[Phase, str] = {
    Phase.PHASE_1: QT_TRANSLATE_NOOP("Labels", "Phase 1"),
    Phase.PHASE_2: QT_TRANSLATE_NOOP("Labels", "Phase 2"),
    Phase.SUPPORT: QT_TRANSLATE_NOOP("Labels", "Extra support (off the path)"),
    Phase.OSA: QT_TRANSLATE_NOOP("Labels", "OSA"),
    Phase.AFTER_OSA: QT_TRANSLATE_NOOP("Labels", "After OSA"),
}
_CRITERION_WORDS: Mapping[Criterion, str] = {
    Criterion.RESIDENT: QT_TRANSLATE_NOOP("Labels", "Lives in the municipality"),
    Criterion.ADULT: QT_TRANSLATE_NOOP("Labels", "18 or older"),
    Criterion.CRIMINAL_HISTORY: QT_TRANSLATE_NOOP("Labels", "Has a criminal history"),
    Criterion.NO_ONGOING_CRIMINALITY: QT_TRANSLATE_NOOP("Labels", "No ongoing criminality"),
    Criterion.MOTIVATION: QT_TRANSLATE_NOOP("Labels", "States motivation"),
    Criterion.OSA_ELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Eligible for OSA (AF coding)"),
}


def _word(words: Mapping[Any, str], code: Any) -> str:
    return translate("Labels", words[code])


class PathError(AppError):
    """An event that cannot happen now; the message says why."""


@dataclass(frozen=True, slots=True)  # 80,000 of them at 10,000 people: no __dict__ each
class PathEvent:
    kind: EventKind
    on: date
    data: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class EnrolmentPeriod:
    start: date
    end: date | None = None
    group_id: int | None = None
    phases: tuple[tuple[date, Phase], ...] = ()
    outcome: DischargeOutcome | None = None

    def phase_on(self, day: date) -> Phase | None:
        current = None
        for since, phase in self.phases:
            if since <= day:
                current = phase
        return current


@dataclass(frozen=True)
class PathState:
    status: Status = Status.NEW
    referral_date: date | None = None
    referrer_type: ReferrerType | None = None
    security_consent: date | None = None
    security_result: SecurityResult | None = None
    mapping_date: date | None = None
    criteria: Mapping[Criterion, CriterionStatus] = field(default_factory=dict)
    not_enrolled_reason: NotEnrolledReason | None = None
    periods: tuple[EnrolmentPeriod, ...] = ()
    last_date: date | None = None
    referrals: int = 0

    @property
    def phase(self) -> Phase | None:
        if self.status is Status.ENROLLED and self.periods:
            return self.periods[-1].phases[-1][1]
        return None

    @property
    def current_period(self) -> EnrolmentPeriod | None:
        if self.status is Status.ENROLLED:
            return self.periods[-1]
        return None


def _refuse(message: str, **params: object) -> PathError:
    return PathError(message, **params)


def decision_before_mapping(state: PathState) -> bool:
    """Whether the intake may be decided before the mapping interview: only after a security
    check that found ongoing criminality, and then only as "not enrolled" for that reason.
    The check is the early filter (000:690), and such a person is not enrolled (R1, 000:906),
    so an interview would change nothing. Enrolment still needs the whole intake."""
    return (
        state.status is Status.REFERRED
        and state.mapping_date is None
        and state.security_result is SecurityResult.ONGOING_CRIMINALITY
    )


_STATE_FIELDS = frozenset(f.name for f in fields(PathState))
_Code = TypeVar("_Code", bound=StrEnum)
_CODES: dict[type[StrEnum], dict[str, StrEnum]] = {}


def _code(kind: type[_Code], value: object) -> _Code:
    """`kind(value)` for a code stored in an event: the same member, found in a table, since
    an Enum's own lookup is slow enough to show when 10,000 paths are replayed; an unknown
    code still raises Enum's ValueError."""
    table = _CODES.get(kind)
    if table is None:
        table = _CODES[kind] = {member.value: member for member in kind}
    found = table.get(value) if isinstance(value, str) else None
    return found if found is not None else kind(str(value))  # type: ignore[return-value]


def _evolve(state: PathState, **changes: Any) -> PathState:
    """`dataclasses.replace` for the state machine: replace() runs __init__ again through every
    field, and every figure replays every path (10,000 paths took a second, mostly in there).
    A PathState has no __post_init__ to run, so copying its fields and setting the changed ones
    makes the same state."""
    assert changes.keys() <= _STATE_FIELDS, changes.keys() - _STATE_FIELDS
    new = object.__new__(PathState)
    new.__dict__.update(state.__dict__)
    new.__dict__.update(changes)
    return new


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def apply(state: PathState, event: PathEvent, today: date | None = None) -> PathState:
    """The state after `event`, or a PathError that says why it cannot happen."""
    if today is not None and event.on > today:
        raise _refuse(
            QT_TRANSLATE_NOOP("AppError", "The date {date} is in the future."),
            date=event.on.isoformat(),
        )
    if state.last_date is not None and event.on < state.last_date:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The date {date} is before the latest step on the path ({latest}). Steps are "
                "recorded in the order they happened.",
            ),
            date=event.on.isoformat(),
            latest=state.last_date.isoformat(),
        )
    kind, data = event.kind, event.data
    status = state.status

    if kind is EventKind.REFERRAL:
        if status not in (Status.NEW, Status.NOT_ENROLLED, Status.DISCHARGED):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "There is already an open referral or enrolment. Discharge or close "
                    "it before a new referral.",
                )
            )
        return _evolve(
            state,
            last_date=event.on,
            status=Status.REFERRED,
            referral_date=event.on,
            referrer_type=_code(ReferrerType, data["referrer_type"]),
            security_consent=None,
            security_result=None,
            mapping_date=None,
            criteria={},
            not_enrolled_reason=None,
            referrals=state.referrals + 1,
        )

    if kind in _INTAKE_STEPS and status is not Status.REFERRED:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "AppError",
                "This step belongs to the intake after a referral. Record a referral first.",
            )
        )

    if kind is EventKind.SECURITY_CONSENT:
        if state.security_consent is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "Consent to the security check is already recorded.")
            )
        return _evolve(state, last_date=event.on, security_consent=event.on)

    if kind is EventKind.SECURITY_RESULT:
        if state.security_consent is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError", "The security check needs the person's consent first."
                )
            )
        if state.security_result is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError", "The result of the security check is already recorded."
                )
            )
        return _evolve(
            state, last_date=event.on, security_result=_code(SecurityResult, data["result"])
        )

    if kind is EventKind.MAPPING_INTERVIEW:
        if state.security_result is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError", "The mapping interview comes after the security check's result."
                )
            )
        if state.mapping_date is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "The mapping interview is already recorded.")
            )
        return _evolve(state, last_date=event.on, mapping_date=event.on)

    if kind is EventKind.CRITERIA:
        criteria = dict(state.criteria)
        for key, value in dict(data["criteria"]).items():
            criteria[Criterion(key)] = CriterionStatus(value)
        return _evolve(state, last_date=event.on, criteria=criteria)

    if kind is EventKind.DECISION:
        enrolled = bool(data["enrolled"])
        criminality = state.security_result is SecurityResult.ONGOING_CRIMINALITY
        if enrolled and criminality:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The security check found ongoing criminality: the person cannot be enrolled.",
                )
            )
        if state.mapping_date is None:
            if not decision_before_mapping(state):
                raise _refuse(
                    QT_TRANSLATE_NOOP("AppError", "The decision comes after the mapping interview.")
                )
            reason = _code(NotEnrolledReason, data["reason"])
            if reason is not NotEnrolledReason.ONGOING_CRIMINALITY:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "Without a mapping interview the only decision is “not enrolled” "
                        "because the security check found ongoing criminality. Choose that "
                        "reason, or record the mapping interview first.",
                    )
                )
        if enrolled:
            unmet = [
                _word(_CRITERION_WORDS, c)
                for c, s in state.criteria.items()
                if s is CriterionStatus.NOT_MET
            ]
            if unmet:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "Not every enrolment criterion is met ({criteria}). A person "
                        "who does not meet them cannot be enrolled.",
                    ),
                    criteria=", ".join(unmet),
                )
            return _evolve(state, last_date=event.on, status=Status.AWAITING_ENROLMENT)
        return _evolve(
            state,
            last_date=event.on,
            status=Status.NOT_ENROLLED,
            not_enrolled_reason=_code(NotEnrolledReason, data["reason"]),
        )

    if kind is EventKind.ENROLMENT:
        if status is not Status.AWAITING_ENROLMENT:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "Enrolment needs a decision to enrol first.")
            )
        if not bool(data.get("contract_signed")):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "On enrolment the participant signs the contract. Record the "
                    "enrolment when it is signed.",
                )
            )
        group = data.get("group_id")
        period = EnrolmentPeriod(
            start=event.on,
            group_id=int(group) if group is not None else None,
            phases=((event.on, Phase.PHASE_1),),
        )
        return _evolve(
            state, last_date=event.on, status=Status.ENROLLED, periods=(*state.periods, period)
        )

    if kind is EventKind.PHASE_CHANGE:
        current = state.current_period
        if current is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "Only an enrolled participant changes phase.")
            )
        phase = _code(Phase, data["phase"])
        now = current.phases[-1][1]
        if phase is now:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "The participant is already in that phase.")
            )
        if phase not in PHASE_STEPS[now]:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "AppError", "The path does not go from {from_phase} to {to_phase}."
                ),
                from_phase=_word(_PHASE_WORDS, now),
                to_phase=_word(_PHASE_WORDS, phase),
            )
        updated = replace(current, phases=(*current.phases, (event.on, phase)))
        return _evolve(state, last_date=event.on, periods=(*state.periods[:-1], updated))

    if kind is EventKind.DISCHARGE:
        current = state.current_period
        if current is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("AppError", "Only an enrolled participant can be discharged.")
            )
        ended = replace(current, end=event.on, outcome=_code(DischargeOutcome, data["outcome"]))
        return _evolve(
            state,
            last_date=event.on,
            status=Status.DISCHARGED,
            periods=(*state.periods[:-1], ended),
        )

    raise _refuse(QT_TRANSLATE_NOOP("AppError", "Unknown step on the path."))


def replay(events: Iterable[PathEvent], today: date | None = None) -> PathState:
    if today is None and isinstance(events, ReplayedPath):
        return state_on(events, date.max)  # every event: kept like any other day's state
    state = PathState()
    for event in events:
        state = apply(state, event, today)
    return state


class ReplayedPath(tuple[PathEvent, ...]):
    """A path's events that keep each state `state_on` works out for them. A snapshot's rules
    each read every path on the same day (Översikt's to-do list: six of them, a third of a
    second each at 10,000 people), so one replay per path and day serves them all. Being a
    tuple, the events cannot change under what was worked out; the states go with the path
    when it is dropped (on a lock, with the rest of the snapshot). At most two are kept: the
    whole path's (which is also every day's from its last event on) and one other day's."""

    _states: dict[date, PathState]

    def __new__(cls, events: Iterable[PathEvent] = ()) -> ReplayedPath:
        path = super().__new__(cls, events)
        path._states = {}
        return path


def state_on(events: Iterable[PathEvent], day: date) -> PathState:
    """The path as it stood at the end of `day` (events are in the order they happened)."""
    if isinstance(events, ReplayedPath):
        if not events or events[-1].on <= day:
            day = date.max  # every event counts: one state for every such day (today, the last)
        states = events._states
        found = states.get(day)
        if found is None:
            found = replay(e for e in events if e.on <= day)
            if day != date.max:
                # Besides the whole path, only the latest other day is kept: Översikt's rules
                # read one day, its figures may read another, and picking one date after
                # another must not keep a state of every path for each.
                for other in [d for d in states if d != date.max]:
                    del states[other]
            states[day] = found
        return found
    return replay(e for e in events if e.on <= day)


def states_on(events: Iterable[PathEvent], days: Sequence[date]) -> list[PathState]:
    """The path as it stood at the end of each of `days` (`state_on` for each), replayed once:
    the steering figures read every path on two days, and replaying each path once for both
    halves the work."""
    order = sorted(range(len(days)), key=lambda i: days[i])
    found: list[PathState] = [PathState()] * len(days)
    state = PathState()
    position = 0
    for event in events:
        while position < len(order) and event.on > days[order[position]]:
            found[order[position]] = state
            position += 1
        if position == len(order):
            return found
        state = apply(state, event)
    for index in order[position:]:
        found[index] = state
    return found


def allowed_next(state: PathState) -> list[EventKind]:
    """The steps that can be recorded now, in the order the path takes them."""
    status = state.status
    if status in (Status.NEW, Status.NOT_ENROLLED, Status.DISCHARGED):
        return [EventKind.REFERRAL]
    if status is Status.REFERRED:
        steps = []
        if state.security_consent is None:
            steps.append(EventKind.SECURITY_CONSENT)
        elif state.security_result is None:
            steps.append(EventKind.SECURITY_RESULT)
        elif state.mapping_date is None:
            steps.append(EventKind.MAPPING_INTERVIEW)
        steps.append(EventKind.CRITERIA)
        if state.mapping_date is not None or decision_before_mapping(state):
            steps.append(EventKind.DECISION)
        return steps
    if status is Status.AWAITING_ENROLMENT:
        return [EventKind.ENROLMENT]
    return [EventKind.PHASE_CHANGE, EventKind.DISCHARGE]


def next_phases(state: PathState) -> list[Phase]:
    phase = state.phase
    return [p for p in Phase if phase is not None and p in PHASE_STEPS[phase]]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError("no such month")


def participation_limit(state: PathState, months: int = PARTICIPATION_MONTHS) -> date | None:
    """R5 for the current enrolment period: the day participation reaches `months` in total,
    counting the days of earlier periods (our reading of "in total": re-enrolment does not start
    the clock again)."""
    current = state.current_period
    if current is None:
        return None
    used = sum(((p.end - p.start).days for p in state.periods[:-1] if p.end), 0)
    return add_months(current.start, months) - timedelta(days=used)

"""The to-do list: one mechanism that every part of the programme feeds with what is due.
A provider is a function from a snapshot of the register and today's date to items; later
parts (drug tests, OSA, consent) register theirs in PROVIDERS.

Drug tests (R10–R13) add four:
  result overdue   selected in a draw on day D, and no result or outcome for that person dated
                   D or later, once RESULT_OVERDUE_DAYS have passed (WARNING, due D + 2); the
                   draws looked at are those of the last DRAW_WINDOW_DAYS, whatever the status
  no-show          a no-show (current results: a corrected one no longer counts) dated within
                   the last NO_SHOW_DAYS, today included (WARNING, due the day of the test)
  rising values    an enrolled person whose latest value of a substance rose against the one
                   before, by more than the unit's tolerance (WARNING, due the latest test)
  no schedule      an enrolled person in phase 1 or 2 with no schedule active today (INFO, due
                   the day since which that has been so); only when the snapshot carries the
                   schedules (drug_tests_known)

OSA placements (R14–R16) add two:
  no after-OSA plan  a planned or running placement without a plan for after OSA, from
                     PLAN_WARNING_MONTHS before its end (WARNING) and from PLAN_URGENT_MONTHS
                     before (URGENT), as desktop.core.osa.plan_due says; due the placement's end
  past 14 months     a planned or running placement whose end falls after the participant's
                     14-month limit for the current enrolment period (R5) (WARNING, due the
                     limit)

Consents (R18–R22) add three, when the snapshot carries the consents (consents_known):
  ending soon        a consent in force today whose last valid day is within ENDING_SOON_DAYS
                     (the last day itself included) for a person whose case is open (referred,
                     awaiting enrolment or enrolled), with no consent of the same kind in force
                     beyond it (WARNING, due the last valid day); one that ends at a discharge
                     needs no renewal and is not listed
  no consent         an enrolled person without an information-sharing consent in force today
                     (WARNING, due the enrolment, or the day after the last one ended if that
                     was later)
  tell the units     for WITHDRAWAL_FOLLOW_UP_DAYS from a withdrawal, its day included: each
                     unit the withdrawn consent named that received data about the person on or
                     before the withdrawal day (the disclosure log), one item per unit (WARNING,
                     due the withdrawal day)

An item's date is a deadline (the limit, a goal's due date, a follow-up, the decision after 14
days, a result two days after the draw, the end of a placement or a consent): past it, the item
is overdue. Or it is the day a state began or an event happened (a no-show, a rising value, no
schedule, no consent, a withdrawal): such an item is never "overdue", it is simply still there.

Staff can mark an item handled, with a reason (Handled). It then stays off the list as long as
it is the same item: the same person, kind and subject, date and priority. When any of them
changes (a new limit after a re-enrolment, a goal given a new due date, the limit coming within
14 days) it is a new item and shows again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import IntEnum

from desktop.core.backup import BackupState, BackupStatus
from desktop.core.consent import (
    ENDING_SOON_DAYS,
    INFORMATION_SHARING,
    WITHDRAWAL_FOLLOW_UP_DAYS,
    Consent,
    ConsentOptions,
    Disclosure,
    units_told_before,
    valid_sharing_consent,
)
from desktop.core.drugtests import (
    RESULT_OVERDUE_DAYS,
    Draw,
    DrugTestSettings,
    Outcome,
    Schedule,
    Substance,
    TestResult,
    Trend,
    current_results,
    series,
    trend,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.osa import Placement, past_participation_limit, plan_due
from desktop.core.path import (
    DECISION_DUE_DAYS,
    PathEvent,
    Phase,
    Status,
    participation_limit,
    replay,
    state_on,
)
from desktop.core.records import Goal, Person

LIMIT_WARNING_DAYS = 60
# A draw older than this no longer asks for its result: by then the missing test is a matter for
# the person's record (and a no-show, if it was one, is recorded as such, R12).
DRAW_WINDOW_DAYS = 21
NO_SHOW_DAYS = 14  # a no-show stays on the list this many days, the day itself included
SCHEDULED_PHASES = frozenset({Phase.PHASE_1, Phase.PHASE_2})  # R4, R10: tests in early phases


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    URGENT = 2


@dataclass(frozen=True)
class TodoItem:
    person_id: int
    message: str  # an English source string marked for translation ("Todo" context)
    due: date
    severity: Severity
    params: Mapping[str, object] = field(default_factory=dict)
    # Which rule made it (a code that never changes) and what it is about within the person (a
    # goal, a substance, a placement…): with the person, the date and the priority, the item's
    # identity for marking it handled. Two items that read the same are equal regardless.
    kind: str = field(default="", compare=False)
    subject: str = field(default="", compare=False)
    deadline: bool = field(default=True, compare=False)  # `due` is a last day, not a "since"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.subject}"

    @property
    def identity(self) -> tuple[int, str, date, Severity]:
        return (self.person_id, self.key, self.due, self.severity)

    def overdue(self, today: date) -> bool:
        """Its last day has passed (a "since" date never makes an item overdue)."""
        return self.deadline and self.due < today


@dataclass(frozen=True)
class Handled:
    """A to-do item marked handled: by whom, when and why (the reason stays in the register,
    and the audit log names the record)."""

    person_id: int
    key: str
    due: date
    severity: Severity
    reason: str
    by: str = ""
    at: datetime | None = None
    id: int | None = None

    @property
    def identity(self) -> tuple[int, str, date, Severity]:
        return (self.person_id, self.key, self.due, self.severity)


def split_handled(
    items: Sequence[TodoItem], handled: Sequence[Handled]
) -> tuple[list[TodoItem], dict[tuple[int, str, date, Severity], Handled]]:
    """The items still to do, and for each handled item its (latest) Handled record by the
    item's identity."""
    by_identity = {h.identity: h for h in handled}  # later records win: the latest reason
    open_items = [i for i in items if i.identity not in by_identity]
    done = {i.identity: by_identity[i.identity] for i in items if i.identity in by_identity}
    return open_items, done


@dataclass(frozen=True)
class Snapshot:
    """What the providers read: the people, their paths and their action plans, the drug
    tests (each person's current schedule, the recent draws, the results per person and the
    unit's settings) and the OSA placements per person. The drug-test and OSA fields default to
    empty so a caller without them works; `drug_tests_known` says the drug tests were filled
    (the repository's snapshot does), because without it an empty `schedules` cannot tell "no
    schedule" from "not loaded". The OSA providers need no such flag: they only report on
    placements that are there."""

    people: Mapping[int, Person]
    paths: Mapping[int, Sequence[PathEvent]]
    goals: Mapping[int, Sequence[Goal]] = field(default_factory=dict)
    schedules: Mapping[int, Schedule] = field(default_factory=dict)
    draws: Sequence[Draw] = ()
    test_results: Mapping[int, Sequence[TestResult]] = field(default_factory=dict)
    drug_settings: DrugTestSettings = field(default_factory=DrugTestSettings)
    drug_tests_known: bool = False
    placements: Mapping[int, Sequence[Placement]] = field(default_factory=dict)
    # Consents (not voided) and discharge days per person, the unit's lists for the words, and
    # the disclosure log of those who withdrew a consent lately. `consents_known` as for the
    # drug tests: without it, "no consent" cannot be told from "consents not loaded".
    consents: Mapping[int, Sequence[Consent]] = field(default_factory=dict)
    discharges: Mapping[int, Sequence[date]] = field(default_factory=dict)
    disclosures: Mapping[int, Sequence[Disclosure]] = field(default_factory=dict)
    consent_options: ConsentOptions = field(default_factory=ConsentOptions)
    consents_known: bool = False


Provider = Callable[[Snapshot, date], list[TodoItem]]


def participation_limits(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, events in snapshot.paths.items():
        state = replay(events)
        limit = participation_limit(state)
        if limit is None or limit - today > timedelta(days=LIMIT_WARNING_DAYS):
            continue
        items.append(
            TodoItem(
                person_id,
                QT_TRANSLATE_NOOP("Todo", "The 14-month limit is reached on {date}."),
                limit,
                Severity.URGENT if limit - today <= timedelta(days=14) else Severity.WARNING,
                {"date": limit.isoformat()},
                kind="participation_limit",
            )
        )
    return items


def overdue_goals(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, goals in snapshot.goals.items():
        for goal in goals:
            if goal.status.open and goal.due is not None and goal.due < today:
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP("Todo", "Action-plan goal overdue: {goal}"),
                        goal.due,
                        Severity.WARNING,
                        {"goal": goal.description},
                        kind="goal_overdue",
                        subject=str(goal.id),
                    )
                )
    return items


def follow_ups_due(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, goals in snapshot.goals.items():
        for goal in goals:
            if not goal.status.open:
                continue
            for follow_up in goal.follow_ups:
                if follow_up.done_on is None and follow_up.on <= today:
                    items.append(
                        TodoItem(
                            person_id,
                            QT_TRANSLATE_NOOP("Todo", "Follow-up due: {goal}"),
                            follow_up.on,
                            Severity.INFO,
                            {"goal": goal.description},
                            kind="follow_up_due",
                            subject=str(goal.id),  # the date tells its follow-ups apart
                        )
                    )
    return items


def undecided_referrals(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, events in snapshot.paths.items():
        state = replay(events)
        if state.status is not Status.REFERRED or state.referral_date is None:
            continue
        due = state.referral_date + timedelta(days=DECISION_DUE_DAYS)
        if due <= today:
            items.append(
                TodoItem(
                    person_id,
                    QT_TRANSLATE_NOOP("Todo", "Referral of {date} still without a decision."),
                    due,
                    Severity.WARNING,
                    {"date": state.referral_date.isoformat()},
                    kind="referral_undecided",
                )
            )
    return items


def _status_on(events: Sequence[PathEvent], today: date) -> Status | None:
    return state_on(events, today).status if events else None


def overdue_results(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for draw in snapshot.draws:
        age = (today - draw.day).days
        if not RESULT_OVERDUE_DAYS <= age <= DRAW_WINDOW_DAYS:
            continue
        for person_id in draw.selected:
            # Any result or outcome on the day or later answers the draw: a test taken a day
            # late is still the one that was asked for.
            answered = any(
                r.taken_at.date() >= draw.day
                for r in current_results(snapshot.test_results.get(person_id, ()))
            )
            if not answered:
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP("Todo", "Drawn for a test on {date}; no result yet."),
                        draw.day + timedelta(days=RESULT_OVERDUE_DAYS),
                        Severity.WARNING,
                        {"date": draw.day.isoformat()},
                        kind="test_result_missing",
                        subject=draw.day.isoformat(),
                    )
                )
    return items


def recent_no_shows(snapshot: Snapshot, today: date) -> list[TodoItem]:
    items = []
    for person_id, results in snapshot.test_results.items():
        for result in current_results(results):
            day = result.taken_at.date()
            if result.outcome is Outcome.NO_SHOW and 0 <= (today - day).days < NO_SHOW_DAYS:
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP("Todo", "No-show at the drug test on {date}."),
                        day,
                        Severity.WARNING,
                        {"date": day.isoformat()},
                        kind="no_show",
                        subject=day.isoformat(),
                        deadline=False,
                    )
                )
    return items


def rising_values(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """R10: use is accepted while values fall; a rise is what staff need to talk about."""
    items = []
    tolerance = snapshot.drug_settings.trend_tolerance
    for person_id, results in snapshot.test_results.items():
        if _status_on(snapshot.paths.get(person_id, ()), today) is not Status.ENROLLED:
            continue
        # Only what was known today: a test dated later is not part of today's list.
        known = [r for r in results if r.taken_at.date() <= today]
        for substance in Substance:  # enum order: the same list every time
            if trend(known, substance, tolerance).trend is not Trend.RISING:
                continue
            latest = series(known, substance)[-1][0]
            items.append(
                TodoItem(
                    person_id,
                    QT_TRANSLATE_NOOP("Todo", "{substance} values are rising."),
                    latest,
                    Severity.WARNING,
                    {"substance": substance.value},
                    kind="values_rising",
                    subject=substance.value,
                    deadline=False,
                )
            )
    return items


def missing_schedules(snapshot: Snapshot, today: date) -> list[TodoItem]:
    if not snapshot.drug_tests_known:
        return []
    items = []
    for person_id, events in snapshot.paths.items():
        if not events:
            continue
        state = state_on(events, today)
        period = state.current_period
        if period is None or period.phase_on(today) not in SCHEDULED_PHASES:
            continue
        schedule = snapshot.schedules.get(person_id)
        if schedule is not None and schedule.active_on(today):
            continue
        # Due since the enrolment, or since the last schedule ended if that was later.
        due = period.start
        if schedule is not None and schedule.end is not None and schedule.end < today:
            due = max(due, schedule.end + timedelta(days=1))
        items.append(
            TodoItem(
                person_id,
                QT_TRANSLATE_NOOP("Todo", "Enrolled in phase 1–2 without a drug-test schedule."),
                due,
                Severity.INFO,
                kind="no_schedule",
                deadline=False,
            )
        )
    return items


def missing_after_osa_plans(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """R16: the evaluator's main criticism was that nobody planned the time after OSA, and AF
    may not be contacted during the placement, so the list asks for the plan well before."""
    items = []
    for person_id, placements in snapshot.placements.items():
        for placement in placements:
            due = plan_due(placement, today)
            if due is None:
                continue
            items.append(
                TodoItem(
                    person_id,
                    QT_TRANSLATE_NOOP(
                        "Todo", "OSA ends {date} and there is no plan for after OSA."
                    ),
                    placement.end,
                    Severity.URGENT if due == "urgent" else Severity.WARNING,
                    {"date": placement.end.isoformat()},
                    kind="no_after_osa_plan",
                    subject=str(placement.id),
                )
            )
    return items


def placements_past_limit(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """R5 against R14: a placement planned for up to 12 months can outlast the participation,
    which ends after 14 months in total; staff must shorten it or decide otherwise."""
    items = []
    for person_id, placements in snapshot.placements.items():
        # The same reading of the path as participation_limits: the current enrolment period.
        limit = participation_limit(replay(snapshot.paths.get(person_id, ())))
        if limit is None:
            continue
        for placement in placements:
            if past_participation_limit(placement, limit):
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP(
                            "Todo", "The OSA placement runs past the 14-month limit ({date})."
                        ),
                        limit,
                        Severity.WARNING,
                        {"date": limit.isoformat()},
                        kind="osa_past_limit",
                        subject=str(placement.id),
                    )
                )
    return items


OPEN_CASE = frozenset({Status.REFERRED, Status.AWAITING_ENROLMENT, Status.ENROLLED})


def consents_ending_soon(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """R18: a consent lasts a year at most, so staff ask for a new one before it runs out."""
    if not snapshot.consents_known:
        return []
    items = []
    for person_id, consents in snapshot.consents.items():
        if _status_on(snapshot.paths.get(person_id, ()), today) not in OPEN_CASE:
            continue
        closings = snapshot.discharges.get(person_id, ())
        longest: dict[str, Consent] = {}  # per kind, the one in force that lasts longest
        for consent in consents:
            if not consent.in_force(today, closings):
                continue
            held = longest.get(consent.kind)
            if held is None or consent.ends_on(closings) > held.ends_on(closings):
                longest[consent.kind] = consent
        for kind, consent in sorted(longest.items()):
            end = consent.ends_on(closings)
            if end != consent.valid_until or (end - today).days > ENDING_SOON_DAYS:
                continue  # ends at a discharge (nothing to renew), or not close yet
            items.append(
                TodoItem(
                    person_id,
                    QT_TRANSLATE_NOOP("Todo", "The consent “{consent_kind}” ends on {date}."),
                    end,
                    Severity.WARNING,
                    {
                        # The unit's own list names it; the words are already the user's
                        # language (Choice.shown), as a goal's description is.
                        "consent_kind": snapshot.consent_options.kind_label(kind),
                        "date": end.isoformat(),
                    },
                    kind="consent_ending",
                    subject=kind,
                )
            )
    return items


def missing_sharing_consents(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """R18, R22: without an information-sharing consent nothing about an enrolled participant
    may go to the partners, and the reports found consent undocumented for half the clients."""
    if not snapshot.consents_known:
        return []
    items = []
    for person_id, events in snapshot.paths.items():
        if not events:
            continue
        period = state_on(events, today).current_period
        if period is None:
            continue
        consents = snapshot.consents.get(person_id, ())
        closings = snapshot.discharges.get(person_id, ())
        if valid_sharing_consent(consents, today, closings) is not None:
            continue
        # Due since the enrolment, or since the last consent ended if that was later.
        due = period.start
        for consent in consents:
            if consent.kind == INFORMATION_SHARING and consent.given_on <= today:
                due = max(due, consent.ends_on(closings) + timedelta(days=1))
        items.append(
            TodoItem(
                person_id,
                QT_TRANSLATE_NOOP("Todo", "Enrolled without a valid consent to share information."),
                min(due, today),
                Severity.WARNING,
                kind="no_sharing_consent",
                deadline=False,
            )
        )
    return items


def withdrawal_follow_ups(snapshot: Snapshot, today: date) -> list[TodoItem]:
    """GDPR art. 7.3 and 19: a unit that received data under a consent now withdrawn is told,
    so that it stops using the data. One item per unit, so each can be seen to."""
    if not snapshot.consents_known:
        return []
    items = []
    for person_id, consents in snapshot.consents.items():
        for consent in consents:
            withdrawal = consent.withdrawal
            if withdrawal is None:
                continue
            if not 0 <= (today - withdrawal.on).days < WITHDRAWAL_FOLLOW_UP_DAYS:
                continue
            told = units_told_before(snapshot.disclosures.get(person_id, ()), withdrawal.on)
            for unit in told:
                if unit not in consent.units:
                    continue  # it had the data under another consent, not this one
                items.append(
                    TodoItem(
                        person_id,
                        QT_TRANSLATE_NOOP(
                            "Todo",
                            "Consent withdrawn on {date}: tell {consent_unit} that it is "
                            "withdrawn.",
                        ),
                        withdrawal.on,
                        Severity.WARNING,
                        {
                            "date": withdrawal.on.isoformat(),
                            "consent_unit": snapshot.consent_options.unit_label(unit),
                        },
                        kind="withdrawal_tell_unit",
                        subject=f"{consent.id}/{unit}",
                        deadline=False,
                    )
                )
    return items


PROVIDERS: list[Provider] = [
    participation_limits,
    overdue_goals,
    follow_ups_due,
    undecided_referrals,
    overdue_results,
    recent_no_shows,
    rising_values,
    missing_schedules,
    # Consents sit before OSA, which its tests expect last; the order only breaks ties.
    consents_ending_soon,
    missing_sharing_consents,
    withdrawal_follow_ups,
    missing_after_osa_plans,
    placements_past_limit,
]


# An item about the unit rather than a person (the backups): `person_id` of no person.
UNIT = 0

_BACKUP_TASKS = {
    BackupState.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Todo",
        "The backup folder cannot be reached. Connect the network drive, then make a backup "
        "under File → Backups.",
    ),
    BackupState.NEVER: QT_TRANSLATE_NOOP(
        "Todo", "There is no good backup yet. Make one under File → Backups."
    ),
    BackupState.OVERDUE: QT_TRANSLATE_NOOP(
        "Todo",
        "The last good backup is from {date}, more than two days ago. Make one under "
        "File → Backups.",
    ),
}


def backup_item(status: BackupStatus, today: date) -> TodoItem | None:
    """The backups' to-do item, once a backup folder is chosen: when the last good backup is
    older than two days, the folder cannot be reached, or there is none yet (issue 11). Before
    a folder is chosen Översikt's status line says so instead: a list of things to do is no
    place for a setting nobody has made. It is about the unit, not a person, and goes away by
    itself once a good backup is made."""
    if status.state not in _BACKUP_TASKS:
        return None
    last = status.last_good.astimezone().date() if status.last_good is not None else None
    return TodoItem(
        UNIT,
        _BACKUP_TASKS[status.state],
        today,
        Severity.URGENT,
        {"date": last.isoformat() if last else ""},
        kind="backup",
        subject=str(status.state),
        deadline=False,
    )


def todo_list(
    snapshot: Snapshot, today: date, providers: Sequence[Provider] | None = None
) -> list[TodoItem]:
    """Everything due, most severe first, then soonest."""
    items = [item for provider in (providers or PROVIDERS) for item in provider(snapshot, today)]
    return sorted(items, key=lambda i: (-i.severity, i.due, i.person_id))

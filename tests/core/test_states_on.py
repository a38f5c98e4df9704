"""One replay of a path for several days (the steering figures read each path on two days)
gives exactly the state on each of those days."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.path import (
    EventKind,
    PathEvent,
    PathState,
    ReplayedPath,
    Status,
    replay,
    state_on,
    states_on,
)

START = date(2024, 3, 4)


def day(n: int) -> date:
    return START + timedelta(days=n)


PATH = [
    PathEvent(EventKind.REFERRAL, day(0), {"referrer_type": "probation"}),
    PathEvent(EventKind.SECURITY_CONSENT, day(1)),
    PathEvent(EventKind.SECURITY_RESULT, day(5), {"result": "clear"}),
    PathEvent(EventKind.MAPPING_INTERVIEW, day(9)),
    PathEvent(EventKind.DECISION, day(9), {"enrolled": True}),
    PathEvent(EventKind.ENROLMENT, day(12), {"contract_signed": True}),
    PathEvent(EventKind.PHASE_CHANGE, day(60), {"phase": "phase_2"}),
    PathEvent(EventKind.DISCHARGE, day(200), {"outcome": "private_job"}),
    PathEvent(EventKind.REFERRAL, day(300), {"referrer_type": "probation"}),
]


def test_each_day_gets_the_state_of_that_day_in_any_order() -> None:
    days = [day(400), day(-3), day(9), day(60), day(12), day(0), day(199), day(200), day(9)]
    assert states_on(PATH, days) == [state_on(PATH, d) for d in days]
    statuses = [s.status for s in states_on(PATH, [day(-3), day(12), day(250), day(400)])]
    assert statuses == [Status.NEW, Status.ENROLLED, Status.DISCHARGED, Status.REFERRED]


def test_no_events_or_no_days() -> None:
    assert states_on([], [day(3), day(1)]) == [PathState(), PathState()]
    assert states_on(PATH, []) == []


def test_a_replayed_path_answers_as_its_events_do_and_replays_once_per_day() -> None:
    path = ReplayedPath(PATH)
    days = [day(-3), day(9), day(60), day(200), day(400)]
    assert [state_on(path, d) for d in days] == [state_on(PATH, d) for d in days]
    assert replay(path) == replay(PATH)
    assert state_on(path, day(60)) is state_on(path, day(60))  # kept, not replayed again
    assert list(path) == PATH  # still the events, in order


def test_every_day_from_the_last_event_on_shares_one_state() -> None:
    """Översikt reads each path today and as a whole: for a path whose last step is today or
    earlier those are the same state, kept once (10,000 of them at 10,000 people)."""
    path = ReplayedPath(PATH)
    whole = replay(path)
    assert whole.status is Status.REFERRED and whole.referrals == 2
    assert state_on(path, day(300)) is whole
    assert state_on(path, day(5000)) is whole
    assert state_on(path, day(299)) == state_on(PATH, day(299))
    assert state_on(path, day(299)).status is Status.DISCHARGED
    assert len(path._states) == 2
    empty = ReplayedPath()
    assert state_on(empty, day(0)) is replay(empty) and replay(empty) == PathState()


def test_a_replayed_path_keeps_the_whole_path_and_one_other_day() -> None:
    """Picking one date after another for the figures keeps no state of every path per date:
    the whole path's state stays, the other day's is the latest asked for."""
    path = ReplayedPath(PATH)
    whole = replay(path)
    for n in (9, 60, 12, 199, 60):
        assert state_on(path, day(n)) == state_on(PATH, day(n))
        assert len(path._states) == 2
    kept = state_on(path, day(60))
    assert state_on(path, day(60)) is kept and replay(path) is whole
    assert set(path._states) == {day(60), date.max}

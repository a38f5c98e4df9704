"""What the to-do list reads, loaded in one place: the people, their paths and plans, drug tests,
OSA placements and consents. It reads every repository, so it sits above them and none of them
imports another to build it."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.consent import WITHDRAWAL_FOLLOW_UP_DAYS
from desktop.core.drugtests import TestResult
from desktop.core.osa import Placement, PlacementStatus
from desktop.core.path import ReplayedPath, Status, state_on
from desktop.core.todo import DRAW_WINDOW_DAYS, NO_SHOW_DAYS, Snapshot
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register


def load_snapshot(register: Register) -> Snapshot:
    people = ParticipantRepository(register)
    tests = DrugTestRepository(register)
    today = register.today()
    # Every rule of the to-do list, and the outcome model, reads each path on the same day:
    # each path is replayed once for all of them (ReplayedPath).
    paths = {i: ReplayedPath(events) for i, events in people.all_paths().items()}
    # The to-do list reads drug-test results for three things: the values over time of people
    # enrolled today (rising values), and everyone's tests since the oldest draw it looks at
    # (a missing result) and within the no-show days. Only those are read, with the corrections
    # that change them: at 10,000 people, reading every result ever held 1.9 GiB and took most
    # of the load.
    enrolled = [
        i
        for i, events in paths.items()
        if events and state_on(events, today).status is Status.ENROLLED
    ]
    since = today - timedelta(days=max(DRAW_WINDOW_DAYS, NO_SHOW_DAYS))
    results: dict[int, list[TestResult]] = {}
    for result in tests.results_for(enrolled, since):
        results.setdefault(result.person_id, []).append(result)
    # The rules read only placements still planned or running and goals still open: the rest
    # (most of them, in a unit that has run for years) is let go as it is read.
    placements: dict[int, list[Placement]] = {}
    for placement in OsaRepository(register).placements():
        if placement.status is not PlacementStatus.ENDED:
            placements.setdefault(placement.person_id, []).append(placement)
    goals = {
        person_id: open_goals
        for person_id, held in people.all_goals().items()
        if (open_goals := [g for g in held if g.status.open])
    }
    consent_store = ConsentRepository(register)
    consents = consent_store.consents_by_person()
    # The disclosure log grows with every export; the to-do list reads it only for the people
    # who withdrew a consent within the follow-up window, so only theirs is loaded.
    withdrew = sorted(
        person_id
        for person_id, held in consents.items()
        if any(
            c.withdrawal is not None
            and 0 <= (today - c.withdrawal.on).days < WITHDRAWAL_FOLLOW_UP_DAYS
            for c in held
        )
    )
    return Snapshot(
        people.people(),
        paths,
        goals,
        schedules={s.person_id: s for s in tests.schedules()},
        draws=tuple(tests.draws(today - timedelta(days=DRAW_WINDOW_DAYS), today).values()),
        test_results=results,
        drug_settings=tests.settings(),
        drug_tests_known=True,
        placements=placements,
        consents=consents,
        discharges=consent_store.discharge_days(),
        disclosures={p: consent_store.disclosures(p) for p in withdrew},
        consent_options=consent_store.options(),
        consents_known=True,
    )

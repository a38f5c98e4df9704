"""What the to-do list reads, loaded in one place: the people, their paths and plans, drug tests
and OSA placements. It reads every repository, so it sits above them and none of them imports
another to build it."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.drugtests import TestResult
from desktop.core.osa import Placement
from desktop.core.todo import DRAW_WINDOW_DAYS, Snapshot
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register


def load_snapshot(register: Register) -> Snapshot:
    people = ParticipantRepository(register)
    tests = DrugTestRepository(register)
    today = register.today()
    results: dict[int, list[TestResult]] = {}
    for result in tests.results():
        results.setdefault(result.person_id, []).append(result)
    placements: dict[int, list[Placement]] = {}
    for placement in OsaRepository(register).placements():
        placements.setdefault(placement.person_id, []).append(placement)
    return Snapshot(
        people.people(),
        people.all_paths(),
        people.all_goals(),
        schedules={s.person_id: s for s in tests.schedules()},
        draws=tuple(tests.draws(today - timedelta(days=DRAW_WINDOW_DAYS), today).values()),
        test_results=results,
        drug_settings=tests.settings(),
        drug_tests_known=True,
        placements=placements,
    )

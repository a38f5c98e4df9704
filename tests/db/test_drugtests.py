"""Drug tests in the register: a draw is made once on its day and never changed, a past unopened
day stays "not drawn", future days are refused, results are never changed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlcipher3

from desktop.core.audit import Action
from desktop.core.drugtests import (
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.drugtests import DrugTestRepository, FutureDraw
from desktop.db.participants import ParticipantRepository
from tests.conftest import NewRegister

MONDAY = date(2026, 11, 23)


@pytest.fixture
def repos(new_register: NewRegister) -> tuple[DrugTestRepository, ParticipantRepository, int]:
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
    people = ParticipantRepository(register)
    start = MONDAY - timedelta(days=30)
    path = [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]
    person = people.create_many([(Person("Åsa", "Öberg"), path)], today=MONDAY)[0]
    tests = DrugTestRepository(register)
    assert person.id is not None
    tests.save_schedule(Schedule(person.id, ScheduleKind.FIXED, start, weekdays=frozenset({0, 2})))
    return tests, people, person.id


def test_todays_list_is_drawn_once_and_opening_is_recorded(repos) -> None:  # type: ignore[no-untyped-def]
    tests, _, person_id = repos
    first = tests.open_day(MONDAY)
    again = tests.open_day(MONDAY)
    assert first is not None
    assert again is not None
    assert first.selected == again.selected == (person_id,)
    assert len(tests.openings(MONDAY)) == 2
    entries = [(e.action, e.entity) for e in tests.register.audit_entries()]
    assert entries.count((Action.CREATE.value, "test_draw")) == 1
    assert entries.count((Action.VIEW.value, "test_draw")) == 2


def test_a_made_draw_cannot_be_changed(repos) -> None:  # type: ignore[no-untyped-def]
    tests, _, _ = repos
    tests.open_day(MONDAY)
    with tests.register.read() as conn:
        for sql in ("UPDATE test_draws SET selected = '[]'", "DELETE FROM test_draws"):
            with pytest.raises(sqlcipher3.IntegrityError, match="never"):
                conn.execute(sql)


def test_future_days_are_refused_and_past_unopened_days_stay_not_drawn(repos) -> None:  # type: ignore[no-untyped-def]
    tests, _, _ = repos
    with pytest.raises(FutureDraw):
        tests.open_day(MONDAY + timedelta(days=1))
    assert tests.open_day(MONDAY - timedelta(days=5)) is None  # last Wednesday: nobody opened it
    assert tests.draw(MONDAY - timedelta(days=5)) is None  # and it was not back-filled


def test_results_cost_the_price_of_the_day_and_are_never_changed(repos) -> None:  # type: ignore[no-untyped-def]
    tests, _, person_id = repos
    provider = tests.save_provider(
        Provider(
            "Labmedicin Väst",
            frozenset({Method.URINE}),
            frozenset({Substance.CANNABIS}),
            (Price(date(2026, 1, 1), 850), Price(date(2026, 11, 1), 920)),
        )
    )
    old = tests.add_result(
        TestResult(
            person_id,
            datetime(2026, 10, 5, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 300.0, "ng/ml", 50.0),),
            provider_id=provider.id,
        )
    )
    new = tests.add_result(
        TestResult(
            person_id,
            datetime(2026, 11, 20, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 120.0, "ng/ml", 50.0),),
            provider_id=provider.id,
        )
    )
    assert (old.price_sek, new.price_sek) == (850, 920)
    no_show = tests.add_result(
        TestResult(
            person_id,
            datetime(2026, 11, 23, 9),
            Method.URINE,
            Outcome.NO_SHOW,
            provider_id=provider.id,
        )
    )
    assert no_show.price_sek is None
    fix = tests.add_result(
        TestResult(
            person_id,
            datetime(2026, 11, 20, 9),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 12.0, "ng/ml", 50.0),),
            provider_id=provider.id,
            corrects=new.id,
        )
    )
    assert [r.id for r in tests.results(person_id)] == [old.id, new.id, fix.id, no_show.id]
    with tests.register.read() as conn, pytest.raises(sqlcipher3.IntegrityError, match="never"):
        conn.execute("UPDATE test_results SET outcome = 'result'")


def test_every_schedule_change_is_kept_and_logged(repos) -> None:  # type: ignore[no-untyped-def]
    tests, _, person_id = repos
    tests.save_schedule(
        Schedule(
            person_id,
            ScheduleKind.RANDOM,
            MONDAY,
            min_per_week=1,
            max_per_week=2,
            target_per_week=1.5,
        )
    )
    history = tests.schedule_history(person_id)
    assert [s.kind for s, _, _ in history] == [ScheduleKind.FIXED, ScheduleKind.RANDOM]
    assert tests.schedule(person_id).kind is ScheduleKind.RANDOM
    entries = [(e.action, e.entity) for e in tests.register.audit_entries()]
    assert entries.count((Action.UPDATE.value, "test_schedule")) == 2

"""The demo register: fictitious, the same for the same date, and shaped like the reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from stdnum.se import orgnr

from desktop.core.drugtests import (
    Outcome,
    ScheduleKind,
    Substance,
    TestResult,
    Trend,
    current_results,
    series,
    trend,
)
from desktop.core.figures import drug_test_figures, programme_figures
from desktop.core.osa import (
    DEFAULT_CERTIFICATES,
    CodingDecision,
    ContactKind,
    EmployerType,
    EndReason,
    Placement,
    PlacementStatus,
    capacity_months,
    capacity_on,
    ending_within,
    plan_due,
)
from desktop.core.outcome import distribution, people_counts
from desktop.core.path import (
    EventKind,
    Phase,
    ReferrerType,
    Status,
    participation_limit,
    replay,
    state_on,
)
from desktop.core.personnummer import parse_personal_number
from desktop.core.todo import (
    Severity,
    missing_after_osa_plans,
    missing_schedules,
    participation_limits,
    placements_past_limit,
    recent_no_shows,
    rising_values,
    todo_list,
    undecided_referrals,
)
from desktop.db.drugtests import DrugTestRepository
from desktop.db.keyslots import KdfParams
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import is_demo, load_settings
from desktop.db.snapshot import load_snapshot
from desktop.demo import (
    DEMO_USER,
    STAFF,
    WORKPLACES,
    _extras,
    _osa,
    build_demo,
    demo_plan,
    staff_password,
)

TODAY = date(2026, 3, 16)
PASSWORD = "vinter-äpple-77"
CHEAP = KdfParams.cheap()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    register = build_demo(
        tmp_path_factory.mktemp("demo") / "demo.fardvag", PASSWORD, today=TODAY, kdf=CHEAP
    )
    yield register
    register.close()


def contents(register: Register) -> list[tuple[Any, ...]]:
    """Everything a user sees about the people, without the register's own ids."""
    repo = ParticipantRepository(register)
    paths = repo.all_paths()
    groups = {g.id: (g.name, g.start) for g in repo.groups()}
    rows = []
    for person in repo.search():
        assert person.id is not None
        pid = person.id
        notes = repo.notes(pid)
        texts = {n.id: n.text for n in notes}
        rows.append(
            (
                person.internal_no,
                person.name,
                person.personnummer,
                person.sex,
                person.status,
                person.phase,
                person.responsible,
                person.phone,
                sorted(person.needs),
                groups.get(person.group_id),
                [
                    (
                        e.kind,
                        e.on,
                        {k: groups[v] if k == "group_id" else v for k, v in e.data.items()},
                    )
                    for e in paths[pid]
                ],
                [(c.role, c.name, c.unit, c.phone, c.email) for c in repo.contacts(pid)],
                [
                    (
                        g.life_area,
                        g.description,
                        g.due,
                        g.status,
                        [(f.on, f.done_on) for f in g.follow_ups],
                    )
                    for g in repo.goals(pid)
                ],
                [
                    (n.written_on, n.category, n.text, n.author, texts.get(n.corrects))
                    for n in notes
                ],
                [
                    (c.on, c.social, c.physical, c.human, c.cultural, c.comment)
                    for c in repo.checkins(pid)
                ],
            )
        )
    return rows


def test_the_same_date_gives_the_same_register(tmp_path: Path, demo: Register) -> None:
    again = build_demo(tmp_path / "again.fardvag", PASSWORD, today=TODAY, kdf=CHEAP)
    try:
        assert contents(again) == contents(demo)
    finally:
        again.close()


def test_it_is_marked_and_set_up_as_a_demo(demo: Register) -> None:
    assert is_demo(demo)
    settings = load_settings(demo)
    assert (settings.unit_name, settings.municipality) == ("Chansen (DEMO)", "Borås stad")
    assert demo.session.username == DEMO_USER and demo.session.is_admin
    users = {u.username: u for u in demo.users()}
    for name, display_name in STAFF:
        assert users[name].display_name == display_name
        assert users[name].role == "staff" and not users[name].must_change_password


def test_staff_wrote_the_notes_of_their_own_people(demo: Register) -> None:
    repo = ParticipantRepository(demo)
    authors = {(p.responsible, n.author) for p in repo.search() if p.id for n in repo.notes(p.id)}
    assert authors == {("karin", "karin"), ("ali", "ali")}


def test_a_staff_account_signs_in(demo: Register, tmp_path: Path) -> None:
    register = build_demo(tmp_path / "staff.fardvag", PASSWORD, today=TODAY, kdf=CHEAP)
    register.close()
    staff = Register.open(
        tmp_path / "staff.fardvag", "karin", staff_password(PASSWORD, "karin"), kdf=CHEAP
    )
    try:
        assert staff.session.display_name == "Karin Lind" and not staff.session.is_admin
    finally:
        staff.close()


def test_people_are_fictitious_and_valid(demo: Register) -> None:
    people = ParticipantRepository(demo).search()
    assert 35 <= len(people) <= 45
    assert len({p.personnummer for p in people}) == len(people)
    for person in people:
        assert person.personnummer is not None
        parsed = parse_personal_number(person.personnummer)
        assert parsed.normalised[8:10] == "98"  # Skatteverket's test series
        assert parsed.sex == person.sex
        age = (TODAY - parsed.birth_date).days / 365.25
        assert 20 <= age < 56
        assert person.responsible in {"karin", "ali"}
        assert not person.phone or person.phone.startswith("070-1740")
    assert {p.sex for p in people} == {"female", "male"}


def test_the_flow_follows_the_reports(demo: Register) -> None:
    paths = ParticipantRepository(demo).all_paths()
    counts = people_counts(paths, TODAY)
    decided = len(counts.not_enrolled) + len(counts.enrolled_ever)
    assert 0.25 <= len(counts.not_enrolled) / decided <= 0.45
    probation = counts.referrals_by_type[ReferrerType.PROBATION]
    assert probation > counts.referrals / 2
    assert len(counts.referrals_by_type) >= 4
    assert len(counts.not_enrolled_decisions_by_reason) >= 4
    assert max(counts.not_enrolled_decisions_by_reason.items(), key=lambda kv: kv[1])[0] == (
        "not_motivated"
    )
    assert len(counts.re_enrolled) >= 2
    assert counts.awaiting_decision
    assert len(counts.discharges_by_outcome) >= 6
    for events in paths.values():
        replay(events, TODAY)  # every path is one the state machine accepts, none in the future
        assert events[0].on >= TODAY - timedelta(days=731)


def test_groups_start_together(demo: Register) -> None:
    repo = ParticipantRepository(demo)
    groups = {g.id: g for g in repo.groups()}
    assert 3 <= len(groups) <= 4
    for group in groups.values():
        assert 7 <= len(group.members) <= 13
    for events in repo.all_paths().values():
        for event in events:
            if event.kind is EventKind.ENROLMENT:
                start = groups[event.data["group_id"]].start
                assert 0 <= (event.on - start).days <= 7


def test_the_outcome_model_has_people_everywhere(demo: Register) -> None:
    dist = distribution(ParticipantRepository(demo).all_paths(), TODAY)
    assert sum(1 for ids in dist.people.values() if ids) >= 5
    assert dist.on_path_share is not None and 0.4 <= dist.on_path_share <= 0.8


def test_the_todo_list_has_work_in_it(demo: Register) -> None:
    snapshot = load_snapshot(demo)
    items = todo_list(snapshot, TODAY)
    undecided = undecided_referrals(snapshot, TODAY)
    limits = participation_limits(snapshot, TODAY)
    assert undecided and all(i in items for i in undecided)
    assert limits and all(i in items for i in limits)
    messages = {i.message for i in items}
    assert any("Follow-up" in m for m in messages)
    assert any("overdue" in m for m in messages)


def test_records_around_the_path(demo: Register) -> None:
    repo = ParticipantRepository(demo)
    paths = repo.all_paths()
    enrolled = [pid for pid, events in paths.items() if replay(events).periods]
    corrections = 0
    for pid in enrolled:
        assert 1 <= len(repo.contacts(pid)) <= 3
        assert 2 <= len(repo.goals(pid)) <= 4
        notes = repo.notes(pid)
        assert 1 <= len(notes) <= 5
        corrections += sum(1 for n in notes if n.corrects is not None)
        checkins = repo.checkins(pid)
        assert checkins
        assert all(c.on <= TODAY for c in checkins)
        first, last = checkins[0], checkins[-1]
        assert all(1 <= getattr(c, k) <= 5 for c in checkins for k in ("social", "human"))
        assert (
            sum((first.social, first.physical, first.human, first.cultural))
            <= sum((last.social, last.physical, last.human, last.cultural)) + 2
        )
    assert corrections >= 1


# ----------------------------------------------------------------------------- drug tests


def results_by_person(register: Register) -> dict[int, list[TestResult]]:
    grouped: dict[int, list[TestResult]] = {}
    for result in DrugTestRepository(register).results():
        grouped.setdefault(result.person_id, []).append(result)
    return grouped


def drug_contents(register: Register) -> list[tuple[Any, ...]]:
    """The drug tests as a user sees them, without the register's own ids."""
    tests = DrugTestRepository(register)
    providers = {p.id: p.name for p in tests.providers()}
    internal = {p.id: p.internal_no for p in ParticipantRepository(register).search()}
    rows: list[tuple[Any, ...]] = [
        (p.name, sorted(p.methods), p.prices, p.active) for p in tests.providers()
    ]
    for pid in sorted(internal, key=lambda i: internal[i]):
        rows.append(
            (
                internal[pid],
                [
                    (s.kind, s.start, s.end, s.weekdays, s.method, providers.get(s.provider_id))
                    for s, _by, _at in tests.schedule_history(pid)
                ],
                [
                    (
                        r.taken_at,
                        r.outcome,
                        r.values,
                        providers.get(r.provider_id),
                        r.sample_id,
                        r.price_sek,
                        r.comment,
                        r.entered_by,
                        r.corrects is not None,
                    )
                    for r in tests.results(pid)
                ],
            )
        )
    return rows


def test_the_same_date_gives_the_same_drug_tests(tmp_path: Path, demo: Register) -> None:
    again = build_demo(tmp_path / "again.fardvag", PASSWORD, today=TODAY, kdf=CHEAP)
    try:
        assert drug_contents(again) == drug_contents(demo)
    finally:
        again.close()


def test_providers_changed_twice_in_the_first_year(demo: Register) -> None:
    """R11: provider and price are data; the provider changed twice in the first year."""
    providers = DrugTestRepository(demo).providers()
    assert 2 <= len(providers) <= 3
    assert all(600 <= price.sek <= 2000 for p in providers for price in p.prices)
    assert sum(1 for p in providers if len(p.prices) >= 2) >= 2  # prices changed over time
    first_start = min(g.start for g in ParticipantRepository(demo).groups())
    takeovers = sorted(min(price.since for price in p.prices) for p in providers)
    assert takeovers[0] <= first_start
    assert len(takeovers) == 3 and takeovers[2] < first_start + timedelta(days=365)
    assert [p.active for p in providers].count(True) >= 1


def test_each_result_costs_the_price_of_its_day(demo: Register) -> None:
    tests = DrugTestRepository(demo)
    providers = {p.id: p for p in tests.providers()}
    results = tests.results()
    assert {r.provider_id for r in results} >= set(providers)  # every lab has results
    for result in results:
        if result.provider_id is None:
            assert result.outcome in (Outcome.NO_SHOW, Outcome.ADMITTED_USE)
            assert result.price_sek is None
        else:
            price = providers[result.provider_id].price_on(result.taken_at.date())
            assert result.price_sek == price
    assert len({r.price_sek for r in results if r.price_sek}) >= 3


def test_schedules_of_both_kinds_for_the_enrolled(demo: Register) -> None:
    tests = DrugTestRepository(demo)
    schedules = {s.person_id: s for s in tests.schedules()}
    assert {s.kind for s in schedules.values()} == {ScheduleKind.FIXED, ScheduleKind.RANDOM}
    fixed = [s for s in schedules.values() if s.kind is ScheduleKind.FIXED]
    assert 1 <= len(fixed) <= len(schedules) // 3  # fixed weekdays for a few
    assert all(s.weekdays for s in fixed)
    assert all(s.target_per_week is None for s in schedules.values())  # target by phase
    paths = ParticipantRepository(demo).all_paths()
    enrolled = [pid for pid, events in paths.items() if replay(events).status is Status.ENROLLED]
    active = [pid for pid in enrolled if pid in schedules and schedules[pid].active_on(TODAY)]
    assert len(active) >= len(enrolled) - 3
    # A schedule of someone discharged ended with the enrolment.
    for pid, schedule in schedules.items():
        state = replay(paths[pid])
        if state.status is Status.DISCHARGED:
            assert schedule.end == state.periods[-1].end


def test_about_a_year_of_results_and_no_draws(demo: Register) -> None:
    tests = DrugTestRepository(demo)
    results = tests.results()
    days = [r.taken_at.date() for r in results]
    assert max(days) < TODAY
    assert TODAY - timedelta(days=366) <= min(days) <= TODAY - timedelta(days=330)
    assert 400 <= len(results) <= 1200
    assert tests.draws(TODAY - timedelta(days=800), TODAY) == {}  # never back-filled
    people = ParticipantRepository(demo).people()
    assert all(r.entered_by == people[r.person_id].responsible for r in results)


def test_results_show_the_outcomes_a_register_has(demo: Register) -> None:
    results = DrugTestRepository(demo).results()
    current = current_results(results)
    outcomes = [r.outcome for r in current]
    assert 0.02 <= outcomes.count(Outcome.NO_SHOW) / len(outcomes) <= 0.08
    assert outcomes.count(Outcome.DILUTE) == 1
    assert outcomes.count(Outcome.ADMITTED_USE) == 1
    corrections = [r for r in results if r.corrects is not None]
    assert len(corrections) == 1 and len(results) == len(current) + 1
    wrong = next(r for r in results if r.id == corrections[0].corrects)
    assert wrong.taken_at == corrections[0].taken_at
    assert wrong.values != corrections[0].values
    totals = drug_test_figures(results, TODAY - timedelta(days=365), TODAY).totals
    assert totals.total == len(current)
    assert totals.no_show == outcomes.count(Outcome.NO_SHOW)
    assert totals.cost_sek == sum(r.price_sek or 0 for r in current)


def test_values_fall_rise_and_stay_negative(demo: Register) -> None:
    """R10: the demo shows each trend the staff work with."""
    paths = ParticipantRepository(demo).all_paths()
    trends: dict[Trend, list[int]] = {}
    for pid, results in results_by_person(demo).items():
        for substance in (Substance.CANNABIS, Substance.BUPRENORPHINE):
            verdict = trend(results, substance)
            trends.setdefault(verdict.trend, []).append(pid)
            points = series(results, substance)
            if verdict.trend is Trend.FALLING and substance is Substance.CANNABIS:
                assert points[0][1] >= 200 and points[-1][1] <= 60  # about 300 -> 40 ng/ml
            if verdict.trend is Trend.DRUG_FREE:
                assert verdict.since is not None
    assert {Trend.FALLING, Trend.RISING, Trend.DRUG_FREE, Trend.STEADY} <= set(trends)
    enrolled = {pid for pid, events in paths.items() if replay(events).status is Status.ENROLLED}
    for kind in (Trend.FALLING, Trend.RISING, Trend.DRUG_FREE):
        assert set(trends[kind]) & enrolled, kind
    # Drug-free for months: negative for at least the last 90 days of tests.
    long_free = [
        pid
        for pid in trends[Trend.DRUG_FREE]
        if (verdict := trend(results_by_person(demo)[pid], Substance.CANNABIS)).since
        and (TODAY - verdict.since).days >= 90
    ]
    assert long_free
    # A relapse: falling first, then rising.
    rising = trends[Trend.RISING][0]
    values = [v for _, v, _ in series(results_by_person(demo)[rising], Substance.CANNABIS)]
    assert min(values) < values[0] / 3 and values[-1] > min(values) * 2


def test_the_todo_list_has_drug_test_items(demo: Register) -> None:
    snapshot = load_snapshot(demo)
    items = todo_list(snapshot, TODAY)
    for provider in (recent_no_shows, rising_values, missing_schedules):
        found = provider(snapshot, TODAY)
        assert found and all(i in items for i in found), provider.__name__
    # The one without a schedule is in phase 1 or 2 and enrolled.
    for item in missing_schedules(snapshot, TODAY):
        state = state_on(snapshot.paths[item.person_id], TODAY)
        assert state.status is Status.ENROLLED
        assert state.phase in (Phase.PHASE_1, Phase.PHASE_2)


CANONICAL_PLAN = """
import json, sys
from datetime import date
from desktop.demo import demo_plan
plan = demo_plan(date.fromisoformat(sys.argv[1]))
print(json.dumps(
    [[g.name, g.start] for g in plan.groups]
    + [[p.name, p.personnummer, p.phone, p.responsible, sorted(p.needs),
        [[e.kind, e.on, dict(e.data)] for e in events]] for p, events in plan.people],
    default=str,
))
"""


def test_the_plan_does_not_depend_on_the_process() -> None:
    """Nothing in it may follow set or hash order, which changes from one run to the next."""
    outputs = []
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", CANONICAL_PLAN, TODAY.isoformat()],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            cwd=Path(__file__).resolve().parent.parent,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 35


@pytest.mark.parametrize("offset", range(0, 6 * 365, 23))
def test_every_date_gives_a_valid_plan(offset: int) -> None:
    """Any `today` works: paths valid, nothing in the future, the limit warning present."""
    today = date(2024, 1, 1) + timedelta(days=offset)
    plan = demo_plan(today)
    assert len({g.name for g in plan.groups}) == len(plan.groups)
    near_limit = 0
    for _person, events in plan.people:
        state = replay(events, today)
        limit = participation_limit(state)
        if limit is not None and (limit - today).days <= 60:
            near_limit += 1
    assert near_limit >= 1


# ----------------------------------------------------------------------------- OSA


def osa_contents(register: Register) -> list[tuple[Any, ...]]:
    """Workplaces, codings and placements as a user sees them, without the register's ids."""
    osa = OsaRepository(register)
    names = {w.id: w.name for w in osa.workplaces()}
    internal = {p.id: p.internal_no for p in ParticipantRepository(register).search()}
    rows: list[tuple[Any, ...]] = [(replace(w, id=None),) for w in osa.workplaces()]
    for pid in sorted(internal, key=lambda i: internal[i]):
        assert pid is not None
        coding = osa.coding(pid)
        rows.append(
            (
                internal[pid],
                None if coding is None else replace(coding, person_id=0),
                [
                    (names[p.workplace_id], replace(p, id=None, person_id=0, workplace_id=0))
                    for p in osa.placements(pid)
                ],
            )
        )
    return rows


def test_the_same_date_gives_the_same_osa(tmp_path: Path, demo: Register) -> None:
    again = build_demo(tmp_path / "again.fardvag", PASSWORD, today=TODAY, kdf=CHEAP)
    try:
        assert osa_contents(again) == osa_contents(demo)
    finally:
        again.close()


def test_three_workplaces_two_municipal_one_charity(demo: Register) -> None:
    """R15: three workplaces at first, two municipal and one run by a charity."""
    workplaces = OsaRepository(demo).workplaces()
    assert len(workplaces) == 3
    kinds = sorted(w.employer_type for w in workplaces)
    assert kinds == [EmployerType.MUNICIPAL, EmployerType.MUNICIPAL, EmployerType.NON_PROFIT]
    for workplace in workplaces:
        assert orgnr.is_valid(workplace.org_number), workplace.org_number
        assert workplace.org_number == orgnr.format(workplace.org_number)
        assert workplace.active and 1 <= workplace.places <= 4
        assert workplace.kinds_of_work and workplace.supervisor_name
        assert workplace.supervisor_phone.startswith("070-1740")  # PTS's range for fiction
        assert workplace.supervisor_email.endswith("@example.se")
    assert {w.name for w in workplaces} == {
        "Återbruket Borås",
        "Parkförvaltningen, skogslaget",
        "Stadsmissionens second hand",
    }


def test_placements_follow_the_paths(demo: Register) -> None:
    """Every time in OSA on a path has its placement at its start, and the placement's state
    is the path's: running while in OSA, ended on the day the path moved on."""
    paths = ParticipantRepository(demo).all_paths()
    placements = OsaRepository(demo).placements()
    by_person: dict[int, list[Placement]] = {}
    for placement in placements:
        by_person.setdefault(placement.person_id, []).append(placement)
    osa_starts = {
        (pid, e.on)
        for pid, events in paths.items()
        for e in events
        if e.kind is EventKind.PHASE_CHANGE and e.data["phase"] == Phase.OSA.value
    }
    started = {
        (p.person_id, p.start) for p in placements if p.status is not PlacementStatus.PLANNED
    }
    assert started == osa_starts
    for placement in placements:
        placement.validated()
        events = paths[placement.person_id]
        state = replay(events)
        if placement.status is PlacementStatus.ACTIVE:
            assert state.phase is Phase.OSA
            assert placement.start == state.periods[-1].phases[-1][0]
            assert placement.end > TODAY
        elif placement.status is PlacementStatus.ENDED:
            after = next(e for e in events if e.on > placement.start)
            assert placement.ended_on == after.on
            completed = after.kind is EventKind.PHASE_CHANGE and after.data["phase"] == "after_osa"
            assert placement.end_reason is (
                EndReason.COMPLETED if completed else EndReason.ENDED_EARLY
            )
            assert placement.end_comment
        else:
            assert state.phase is Phase.PHASE_2 and placement.start > TODAY
        assert all(
            c.on < TODAY and placement.start <= c.on <= placement.end for c in placement.contacts
        )
    # Nobody is in OSA twice at a time.
    for mine in by_person.values():
        running = [p for p in mine if p.status is not PlacementStatus.ENDED]
        assert len(running) <= 1


def test_placements_in_every_state(demo: Register) -> None:
    placements = OsaRepository(demo).placements()
    statuses = [p.status for p in placements]
    assert set(statuses) == set(PlacementStatus)
    assert statuses.count(PlacementStatus.PLANNED) == 1
    assert statuses.count(PlacementStatus.ACTIVE) >= 4
    ended = [p for p in placements if p.status is PlacementStatus.ENDED]
    assert {p.end_reason for p in ended} == set(EndReason)
    extended = [p for p in placements if p.extended_to is not None]
    assert any(p.status is PlacementStatus.ACTIVE for p in extended)
    assert all(p.extension_decided_on and p.extension_reason for p in extended)
    assert sum(1 for p in placements if p.contacts) >= len(placements) // 2
    assert {c.kind for p in placements for c in p.contacts} == set(ContactKind)
    with_plan = [p for p in placements if p.plan is not None]
    assert any(p.status is PlacementStatus.ACTIVE for p in with_plan)
    assert any(p.end_reason is EndReason.COMPLETED for p in with_plan)
    # Every workplace has been used.
    assert {p.workplace_id for p in placements} == {w.id for w in OsaRepository(demo).workplaces()}


def test_af_coding_before_osa(demo: Register) -> None:
    """R17: granted for everyone who reached OSA (decided before the start), still pending for
    some in phase 1–2, with the certificates gathered so far."""
    osa = OsaRepository(demo)
    paths = ParticipantRepository(demo).all_paths()
    for placement in osa.placements():
        coding = osa.coding(placement.person_id)
        assert coding is not None and coding.decision is CodingDecision.GRANTED
        assert coding.decided_on is not None and coding.decided_on < placement.start
        assert all(coding.certificates.values()) and coding.af_officer
    early = [
        pid
        for pid, events in paths.items()
        if replay(events).phase in (Phase.PHASE_1, Phase.PHASE_2)
    ]
    codings = [osa.coding(pid) for pid in early]
    pending = [c for c in codings if c is not None and c.decision is CodingDecision.PENDING]
    assert pending and len(pending) < len(early)
    assert all(set(c.certificates) == set(DEFAULT_CERTIFICATES) for c in pending)
    assert all(not all(c.certificates.values()) for c in pending)
    assert all(c.requested_on is not None and c.requested_on <= TODAY for c in pending)
    decisions = {c.decision for pid in paths if (c := osa.coding(pid)) is not None}
    assert decisions == set(CodingDecision)


def test_the_todo_list_has_osa_items(demo: Register) -> None:
    snapshot = load_snapshot(demo)
    placements = [p for mine in snapshot.placements.values() for p in mine]
    soon_without_plan = [p for p in ending_within(placements, TODAY) if p.plan is None]
    assert soon_without_plan
    items = todo_list(snapshot, TODAY)
    plans = missing_after_osa_plans(snapshot, TODAY)
    assert plans and all(i in items for i in plans)
    assert {i.severity for i in plans} == {Severity.URGENT, Severity.WARNING}
    assert {i.person_id for i in plans} == {p.person_id for p in soon_without_plan}
    past = placements_past_limit(snapshot, TODAY)
    assert len(past) == 1 and past[0] in items
    # The ending soon with a plan (the extended one) asks for nothing.
    planned = [p for p in ending_within(placements, TODAY) if p.plan is not None]
    assert planned and not {p.person_id for p in planned} & {i.person_id for i in plans}


def test_capacity_is_never_exceeded(demo: Register) -> None:
    osa = OsaRepository(demo)
    workplaces, placements = osa.workplaces(), osa.placements()
    day = min(p.start for p in placements)
    while day <= TODAY + timedelta(days=400):
        for capacity in capacity_on(workplaces, placements, day):
            assert 0 <= capacity.used <= capacity.places, (day, capacity)
            assert capacity.free == capacity.places - capacity.used
        day += timedelta(days=3)
    assert all(
        c.free >= 0 for _, caps in capacity_months(workplaces, placements, TODAY) for c in caps
    )


def test_the_osa_figures(demo: Register) -> None:
    osa = OsaRepository(demo)
    placements = osa.placements()
    figures = programme_figures(
        ParticipantRepository(demo).all_paths(),
        TODAY,
        placements=placements,
        workplaces=osa.workplaces(),
        since=TODAY - timedelta(days=800),
    ).osa
    assert figures is not None
    totals = figures.totals
    statuses = [p.status for p in placements]
    assert totals.started == len(placements) - statuses.count(PlacementStatus.PLANNED)
    assert totals.active == statuses.count(PlacementStatus.ACTIVE)
    assert totals.ended == statuses.count(PlacementStatus.ENDED)
    assert figures.mean_months is not None and 3 <= figures.mean_months <= 12
    assert len(figures.by_workplace) == 3


@pytest.mark.parametrize("offset", range(0, 6 * 365, 23))
def test_every_date_gives_valid_placements(offset: int) -> None:
    """Any `today` works: placements valid and in every state, never more than a workplace's
    places, and the after-OSA alerts there to see."""
    today = date(2024, 1, 1) + timedelta(days=offset)
    plan = demo_plan(today)
    people = _osa(plan, today, _extras(plan, today))
    placements = [p for person in people for p in person.placements]
    assert {p.status for p in placements} == set(PlacementStatus)
    assert {plan_due(p, today) for p in placements} >= {"warning", "urgent"}
    workplaces = [replace(w, id=n) for n, w in enumerate(WORKPLACES)]
    for placement in placements:
        placement.validated()
        for capacity in capacity_on(workplaces, placements, placement.start):
            assert capacity.used <= capacity.places

"""A synthetic register at the scale of a large unit (issue 16), for the benchmark suite.

At scale 1.0: 10,000 people, about 500,000 drug-test results, 20,000 OSA placements and
1,000,000 audit entries; `--people N` or `--scale F` builds a smaller (or larger) one with the
same proportions. People and their paths go through the participant repository (the state
machine checks every path; 1,000 people per transaction), with the paths of
`benchmarks/steering.py` (referral, a third not enrolled, phases, OSA, discharge, some enrolled
again). Placements, drug-test results, test schedules and audit entries go in as bulk SQL, one
transaction per table, because the repositories write one transaction per row. Audit entries go
through the register's own chain (`tx.audit`), so "verify chain" still holds.

    python benchmarks/generate.py --people 1000 --out /tmp/r.fardvag
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.steering import _path  # the paths, shared with steering.py

PASSWORD = "mätning-lösen-1"  # a throw-away register's
USERNAME = "bench"
FULL_PEOPLE = 10_000
RESULTS_PER_PERSON = 50  # 500,000 at 10,000 people
PLACEMENTS_PER_PERSON = 2  # 20,000
AUDIT_PER_PERSON = 100  # 1,000,000
FIRST_DAY, LAST_DAY = date(2022, 1, 1), date(2026, 11, 20)
NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)  # a Tuesday; the register's clock
UNITS = ("ifo", "income_support", "af", "frivarden", "home_municipality")
SUBSTANCES = ("cannabis", "amphetamine", "cocaine", "opiates", "benzodiazepines")


@dataclass
class Built:
    path: Path
    people: int
    results: int
    placements: int
    audit: int
    seconds: dict[str, float]


def _people(register, rng: random.Random, count: int) -> tuple[list[int], list[list]]:  # type: ignore[no-untyped-def,type-arg]
    from benchmarks.participants import FIRST, LAST
    from desktop.core.records import Person, Sex
    from desktop.db.participants import ParticipantRepository

    batch, spans = [], []
    for i in range(count):
        start = FIRST_DAY + timedelta(days=rng.randrange(0, (LAST_DAY - FIRST_DAY).days - 20))
        events, placements = _path(rng, start, LAST_DAY)
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40))
        person = Person(
            rng.choice(FIRST),
            f"{rng.choice(LAST)}{i % 97 or ''}",
            birth_date=born,
            sex=rng.choice([Sex.FEMALE, Sex.MALE, Sex.MALE]),
            responsible=USERNAME,
        )
        batch.append((person, events))
        spans.append(placements)
    repo = ParticipantRepository(register)
    ids: list[int] = []
    for chunk in range(0, len(batch), 1000):
        ids += [p.id or 0 for p in repo.create_many(batch[chunk : chunk + 1000], today=LAST_DAY)]
    return ids, spans


def _placements(register, rng: random.Random, ids: list[int], spans, target: int) -> int:  # type: ignore[no-untyped-def]
    """The OSA placements on the paths, then earlier ended ones (work trials that stopped
    early, placements before a re-enrolment) until `target`; one transaction."""
    from desktop.core.audit import Action
    from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
    from desktop.db.osa import OsaRepository, _placement_json
    from desktop.db.register import audit_time

    osa = OsaRepository(register)
    names = ["Återbruket", "Skogslaget", "Parkförvaltningen", "Second hand", "Köket"]
    names += [f"Arbetsplats {n}" for n in range(25)]
    workplaces = [
        osa.save_workplace(Workplace(name, EmployerType.MUNICIPAL, places=40)).id or 0
        for name in names
    ]
    rows: list[tuple[int, date, date | None]] = [
        (pid, start, end) for pid, ps in zip(ids, spans, strict=True) for start, end in ps
    ]
    while len(rows) < target:
        start = FIRST_DAY + timedelta(days=rng.randrange(0, 1500))
        rows.append((rng.choice(ids), start, start + timedelta(days=rng.randint(14, 200))))
    now = audit_time(NOW)
    with register.write() as tx:
        for pid, start, end in rows[:target]:
            placement = Placement(
                pid,
                rng.choice(workplaces),
                start,
                start + timedelta(days=365),
                status=PlacementStatus.ACTIVE if end is None else PlacementStatus.ENDED,
                ended_on=end,
                end_reason=None
                if end is None
                else (EndReason.COMPLETED if rng.random() < 0.4 else EndReason.ENDED_EARLY),
            )
            tx.execute(
                "INSERT INTO placements (person_id, workplace_id, status, start_date, end_date, "
                "data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    placement.workplace_id,
                    placement.status.value,
                    start.isoformat(),
                    placement.end.isoformat(),
                    _placement_json(placement),
                    now,
                ),
            )
        tx.audit(Action.CREATE, "placement", "bench")
    return min(target, len(rows))


def _results(register, rng: random.Random, target: int) -> int:  # type: ignore[no-untyped-def]
    """Weekly-ish drug tests from each enrolment on, spread so the total is about `target`:
    mostly negative, some positive with a falling value, a few no-shows and refusals."""
    from desktop.core.audit import Action
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import audit_time

    enrolled = {
        pid: [e.on for e in events if e.kind.value == "enrolment"]
        for pid, events in ParticipantRepository(register).all_paths().items()
    }
    enrolled = {pid: days for pid, days in enrolled.items() if days}
    # about 15 % fall after the last day (recent enrolments), so aim that much higher
    per_person = max(1, round(1.15 * target / max(1, len(enrolled))))
    now = audit_time(NOW)
    written = 0
    with register.write() as tx:
        for pid, days in enrolled.items():
            count = max(1, int(rng.gauss(per_person, per_person / 4)))
            start = days[0]
            level = rng.choice((0.0, 0.0, 300.0, 800.0))
            for n in range(count):
                day = start + timedelta(days=int(n * 7 * rng.uniform(0.4, 1.0)))
                if day > LAST_DAY:
                    break
                roll = rng.random()
                outcome = "result"
                values: list[dict[str, object]] = []
                if roll < 0.06:
                    outcome = "no_show"
                elif roll < 0.08:
                    outcome = "refused"
                else:
                    level *= 0.85
                    for substance in SUBSTANCES[: rng.choice((1, 3, 5))]:
                        hit = substance == "cannabis" and level > 50
                        values.append(
                            {
                                "substance": substance,
                                "positive": hit,
                                "value": round(level, 1) if hit else None,
                                "unit": "ng/ml",
                                "cutoff": 50.0,
                            }
                        )
                tx.execute(
                    "INSERT INTO test_results (person_id, taken_at, method, outcome, "
                    '"values", provider_id, sample_id, price_sek, comment, entered_by, '
                    "corrects, entered_at) VALUES (?, ?, 'urine', ?, ?, NULL, '', ?, '', ?, "
                    "NULL, ?)",
                    (
                        pid,
                        f"{day.isoformat()}T{8 + n % 4:02d}:30",
                        outcome,
                        json.dumps(values),
                        850 if outcome == "result" else None,
                        USERNAME,
                        now,
                    ),
                )
                written += 1
        tx.audit(Action.CREATE, "test_result", "bench")
    return written


def _schedules(register, rng: random.Random) -> int:  # type: ignore[no-untyped-def]
    """A random schedule (two a week, within one and three) for everyone enrolled now, so
    today's draw has a realistic list to draw from; one transaction."""
    from desktop.core.audit import Action
    from desktop.core.drugtests import Schedule, ScheduleKind
    from desktop.db.drugtests import _schedule_json
    from desktop.db.register import audit_time

    now = audit_time(NOW)
    with register.write() as tx:
        ids = [r[0] for r in tx.execute("SELECT id FROM persons WHERE status = 'enrolled'")]
        for pid in ids:
            schedule = Schedule(
                pid,
                ScheduleKind.RANDOM,
                date(2026, 1, 1),
                target_per_week=rng.choice((1.0, 2.0, 2.0, 3.0)),
                min_per_week=1,
                max_per_week=3,
                no_consecutive=rng.random() < 0.3,
            )
            tx.execute(
                "INSERT INTO test_schedules (person_id, data, recorded_by, recorded_at) "
                "VALUES (?, ?, ?, ?)",
                (pid, _schedule_json(schedule), USERNAME, now),
            )
        tx.audit(Action.UPDATE, "test_schedule", "bench")
    return len(ids)


def _ambassadors(register, ids: list[int], per_unit: int = 50) -> None:  # type: ignore[no-untyped-def]
    """Ten ambassadors (two per partner unit) and an information-sharing consent for
    `per_unit` enrolled people per unit, so a week's summaries name people (as in
    benchmarks/ambassadors.py)."""
    from desktop.core.ambassadors import Ambassador
    from desktop.core.consent import INFORMATION_SHARING, Consent
    from desktop.core.settings import UnitSettings
    from desktop.db.ambassadors import AmbassadorRepository
    from desktop.db.consent import ConsentRepository
    from desktop.db.settings import save_settings

    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    store = AmbassadorRepository(register)
    for unit in UNITS:
        for k in range(2):
            store.save(Ambassador(f"Ambassadör {unit} {k + 1}", unit))
    with register.read() as conn:
        enrolled = [r[0] for r in conn.execute("SELECT id FROM persons WHERE status = 'enrolled'")]
    consents = ConsentRepository(register)
    for n, pid in enumerate(enrolled[: per_unit * len(UNITS)]):
        consents.add(
            Consent(
                pid,
                INFORMATION_SHARING,
                frozenset({UNITS[n % len(UNITS)]}),
                frozenset({"action_plan", "drug_tests", "osa"}),
                date(2026, 11, 1),
                date(2027, 10, 31),
                purpose="Etablering på arbetsmarknaden",
            )
        )


def _audit(register, rng: random.Random, ids: list[int], target: int) -> int:  # type: ignore[no-untyped-def]
    """Audit entries up to `target` in all, through the register's MAC chain, spread over the
    years: mostly record views, some updates, sign-ins and exports; one transaction."""
    from desktop.core.audit import Action

    with register.read() as conn:
        have = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    span = int((NOW - datetime(2022, 1, 1, tzinfo=UTC)).total_seconds())
    moments = sorted(rng.randrange(0, span) for _ in range(max(0, target - have)))
    users = [USERNAME, "anna", "erik", "sara", "omar"]
    start = datetime(2022, 1, 1, tzinfo=UTC)
    with register.write() as tx:
        for offset in moments:
            roll = rng.random()
            at = start + timedelta(seconds=offset)
            user = rng.choice(users)
            if roll < 0.75:
                tx.audit(Action.VIEW, "person", rng.choice(ids), user=user, at=at)
            elif roll < 0.9:
                tx.audit(Action.UPDATE, "person", rng.choice(ids), user=user, at=at)
            elif roll < 0.97:
                tx.audit(Action.SIGN_IN, user=user, at=at)
            else:
                tx.audit(Action.EXPORT, "progress_sheet", rng.choice(ids), user=user, at=at)
    return max(have, target)


def generate(path: Path, people: int, *, seed: int = 16, log=print) -> Built:  # type: ignore[no-untyped-def]
    """Build the register at `path` (which must not exist) with `people` people and the other
    tables in the issue's proportions. Returns the counts and the seconds each step took."""
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register

    rng = random.Random(seed)
    seconds: dict[str, float] = {}
    register, _ = Register.create(path, username=USERNAME, password=PASSWORD, kdf=KdfParams.cheap())
    register._clock = lambda: NOW

    def step(name: str, work):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        value = work()
        seconds[name] = time.perf_counter() - began
        log(f"  {name:<28} {seconds[name]:7.1f} s")
        return value

    try:
        ids, spans = step("people and paths", lambda: _people(register, rng, people))
        placements = step(
            "placements",
            lambda: _placements(register, rng, ids, spans, people * PLACEMENTS_PER_PERSON),
        )
        results = step(
            "drug-test results", lambda: _results(register, rng, people * RESULTS_PER_PERSON)
        )
        step("test schedules", lambda: _schedules(register, rng))
        step("ambassadors and consents", lambda: _ambassadors(register, ids))
        audit = step("audit entries", lambda: _audit(register, rng, ids, people * AUDIT_PER_PERSON))
    finally:
        register.close()
    return Built(path, len(ids), results, placements, audit, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the new register file")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--people", type=int, help="how many people (default 10,000)")
    size.add_argument("--scale", type=float, help="fraction of the issue's full scale")
    args = parser.parse_args()
    people = args.people or int(FULL_PEOPLE * (args.scale or 1.0))
    began = time.perf_counter()
    built = generate(args.out, people)
    print(
        f"{built.people} people, {built.results} drug-test results, {built.placements} "
        f"placements, {built.audit} audit entries in {time.perf_counter() - began:.1f} s: "
        f"{args.out} ({args.out.stat().st_size / 2**20:.0f} MiB, user {USERNAME!r}, "
        f"password {PASSWORD!r})"
    )


if __name__ == "__main__":
    main()

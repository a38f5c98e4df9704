"""The steering group's workbook for a year at 10,000 people (FARDVAG_BENCH_PEOPLE to change it;
the issue asks for 1,000 participants): the time to read the register, to count the figures
(with the previous year's for the comparison), to render the workbook, and the whole export
through the door. The baseline, measured in the same run, is openpyxl's write-only mode writing
the same cells (the same values, sheet by sheet, no styles, no charts), so the ratio shows what
the workbook's formatting, charts and safety add. Goal from the issue: the export under 2 s and
the rendering at most 1.5 times the baseline; and (issue 16) the export's peak memory less than
30 MiB above the process's before it.

FARDVAG_BENCH_REGISTER=FILE measures a register made by benchmarks/generate.py (same user and
password) instead of building one; it is opened, so it is updated to this version's schema."""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PEOPLE = int(os.environ.get("FARDVAG_BENCH_PEOPLE", "10000"))
ROUNDS = int(os.environ.get("FARDVAG_BENCH_ROUNDS", "5"))
YEAR = 2025
PASSWORD = "mätning-lösen-1"  # a throw-away register's
OUTCOMES = ["private_job", "studies", "prison", "care", "unreachable", "moved", "not_ready"]
REFERRERS = ["probation", "probation", "probation", "af", "ifo", "income_support", "self"]


def _path(rng: random.Random, start: date, last: date) -> tuple[list, list]:  # type: ignore[type-arg]
    """One person's path from `start` (referral) to at most `last`, and the (start, end, status)
    of any OSA placement on it."""
    from desktop.core.path import EventKind, PathEvent

    events: list[PathEvent] = []
    placements: list[tuple[date, date | None]] = []
    day = start
    for round_ in range(2):  # some are enrolled again after a discharge
        events += [
            PathEvent(EventKind.REFERRAL, day, {"referrer_type": rng.choice(REFERRERS)}),
            PathEvent(EventKind.SECURITY_CONSENT, day),
            PathEvent(EventKind.SECURITY_RESULT, day + timedelta(days=3), {"result": "clear"}),
            PathEvent(EventKind.MAPPING_INTERVIEW, day + timedelta(days=6)),
        ]
        decided = day + timedelta(days=10)
        if rng.random() < 0.33:
            events.append(
                PathEvent(EventKind.DECISION, decided, {"enrolled": False, "reason": "not_fit"})
            )
            return events, placements
        enrolled = decided + timedelta(days=5)
        events += [
            PathEvent(EventKind.DECISION, decided, {"enrolled": True}),
            PathEvent(EventKind.ENROLMENT, enrolled, {"contract_signed": True}),
        ]
        steps = [
            (enrolled + timedelta(days=rng.randint(20, 60)), "phase_2"),
            (enrolled + timedelta(days=rng.randint(80, 120)), "osa"),
            (enrolled + timedelta(days=rng.randint(400, 440)), "after_osa"),
        ]
        ended = enrolled + timedelta(days=rng.randint(30, 500))
        for on, phase in steps:
            if on >= ended or on > last:
                break
            events.append(PathEvent(EventKind.PHASE_CHANGE, on, {"phase": phase}))
            if phase == "osa":
                placements.append((on, min(ended, on + timedelta(days=365))))
        if ended > last:
            if placements and placements[-1][1] is not None and placements[-1][1] > last:
                placements[-1] = (placements[-1][0], None)
            return events, placements
        events.append(PathEvent(EventKind.DISCHARGE, ended, {"outcome": rng.choice(OUTCOMES)}))
        day = ended + timedelta(days=rng.randint(30, 200))
        if round_ == 1 or day > last - timedelta(days=30) or rng.random() > 0.15:
            return events, placements
    return events, placements


def build(path: Path) -> None:
    from desktop.core.audit import Action
    from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
    from desktop.core.records import Person, Sex
    from desktop.db.keyslots import KdfParams
    from desktop.db.osa import OsaRepository, _placement_json
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register, audit_time

    register, _ = Register.create(path, username="bench", password=PASSWORD, kdf=KdfParams.cheap())
    rng = random.Random(15)
    first, last = date(2022, 1, 1), date(YEAR + 1, 6, 30)
    batch = []
    osa_spans: list[list[tuple[date, date | None]]] = []
    for i in range(PEOPLE):
        start = first + timedelta(days=rng.randrange(0, (last - first).days - 20))
        events, spans = _path(rng, start, last)
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40))
        person = Person(
            f"P{i}", "Mätning", birth_date=born, sex=rng.choice([Sex.FEMALE, Sex.MALE, Sex.MALE])
        )
        batch.append((person, events))
        osa_spans.append(spans)
    people = ParticipantRepository(register)
    made = []
    for chunk in range(0, len(batch), 1000):
        made += people.create_many(batch[chunk : chunk + 1000], today=last)
    osa = OsaRepository(register)
    workplaces = [
        osa.save_workplace(Workplace(name, EmployerType.MUNICIPAL, places=40))
        for name in ("Återbruket", "Skogslaget", "Parkförvaltningen", "Second hand", "Köket")
    ]
    # Placements and drug tests straight into their tables, in one transaction each (the
    # repositories write one per transaction, which would make building slower than measuring).
    now = audit_time(datetime.now().astimezone())
    with register.write() as tx:
        for person, spans in zip(made, osa_spans, strict=True):
            for start, end in spans:
                placement = Placement(
                    person.id or 0,
                    rng.choice(workplaces).id or 0,
                    start,
                    start + timedelta(days=365),
                    status=PlacementStatus.ACTIVE if end is None else PlacementStatus.ENDED,
                    ended_on=end,
                    end_reason=None
                    if end is None
                    else (EndReason.COMPLETED if rng.random() < 0.4 else EndReason.ENDED_EARLY),
                )
                tx.execute(
                    "INSERT INTO placements (person_id, workplace_id, status, start_date, "
                    "end_date, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        placement.person_id,
                        placement.workplace_id,
                        placement.status.value,
                        start.isoformat(),
                        placement.end.isoformat(),
                        _placement_json(placement),
                        now,
                    ),
                )
        tx.audit(Action.CREATE, "placement", "bench")
    paths = people.all_paths()
    negative = json.dumps([{"substance": "cannabis", "positive": False, "value": 0.0}])
    positive = json.dumps([{"substance": "cannabis", "positive": True, "value": 80.0}])
    with register.write() as tx:
        for person_id, events in paths.items():
            enrolled = [e.on for e in events if e.kind.value == "enrolment"]
            for start in enrolled:
                for week in range(13):  # a test a week through phases 1 and 2
                    day = start + timedelta(days=7 * week + rng.randrange(0, 5))
                    if day > last:
                        break
                    roll = rng.random()
                    outcome = "no_show" if roll < 0.07 else "result"
                    tx.execute(
                        "INSERT INTO test_results (person_id, taken_at, method, outcome, "
                        '"values", provider_id, sample_id, price_sek, comment, entered_by, '
                        "corrects, entered_at) VALUES (?, ?, 'urine', ?, ?, NULL, '', ?, '', "
                        "'bench', NULL, ?)",
                        (
                            person_id,
                            f"{day.isoformat()}T09:00",
                            outcome,
                            "[]"
                            if outcome == "no_show"
                            else (positive if roll < 0.4 else negative),
                            None if outcome == "no_show" else 850,
                            now,
                        ),
                    )
        tx.audit(Action.CREATE, "test_result", "bench")
    register.close()


def peak_growth_mib(action: Callable[[], object]) -> float | None:
    """How far `action` raises the process's resident memory above what it was before, in MiB:
    Linux's peak (VmHWM) is reset first, so earlier steps' peaks do not hide this one's. None
    where /proc does not offer that."""
    import gc

    def status(field: str) -> float:
        with open("/proc/self/status", encoding="ascii") as lines:
            for line in lines:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
        raise OSError(field)

    try:
        gc.collect()
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # resets VmHWM to the present VmRSS
        before = status("VmRSS")
        action()
        return status("VmHWM") - before
    except OSError:
        return None


def median_seconds(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_only(figure_sheets, definitions, history, title: str) -> bytes:  # type: ignore[no-untyped-def]
    """The baseline: the same cells in openpyxl's write-only mode, values only."""
    from openpyxl import Workbook

    from desktop.core.steering import SHEET_NAMES, history_cells, history_headers, shown

    book = Workbook(write_only=True)
    for sheet in figure_sheets:
        out = book.create_sheet(sheet.name)
        out.append([title])
        out.append([""])
        out.append([])
        out.append([sheet.title])
        out.append([])
        for table in sheet.tables:
            out.append([table.title])
            out.append(["", *table.columns])
            for row in table.rows:
                out.append([row.label, *(shown(c, True) for c in row.cells)])
            out.append([])
    out = book.create_sheet(SHEET_NAMES["definitions"])
    for _ in range(5):
        out.append([title])
    for _key, name, text in definitions:
        out.append([name, text])
    out = book.create_sheet(SHEET_NAMES["history"])
    for _ in range(5):
        out.append([title])
    out.append(list(history_headers()))
    for entry in history:
        out.append(
            [
                entry.taken_on,
                entry.period,
                entry.since,
                entry.until,
                entry.reference_day,
                *(shown(c, True) for c in history_cells(entry)),
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    from desktop.core.steering import (
        definition_rows,
        history_entry,
        sheets,
        steering_figures,
        title_line,
        year_period,
    )
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register
    from desktop.db.steering import SteeringRepository
    from desktop.reports.steering_workbook import WorkbookTexts, render_steering_workbook
    from desktop.services.steering import export_steering, load_inputs

    period = year_period(YEAR)
    given = os.environ.get("FARDVAG_BENCH_REGISTER")
    cheap = KdfParams.cheap()
    with tempfile.TemporaryDirectory() as folder:
        if given:
            path = Path(given)
        else:
            path = Path(folder) / "bench.fardvag"
            started = time.perf_counter()
            build(path)
            print(f"built {PEOPLE} people in {time.perf_counter() - started:.1f} s")
        # One export from an empty register first, so the memory measured next is the
        # figures' and the workbook's, not the modules' and caches' that any first export loads.
        empty, _ = Register.create(
            Path(folder) / "empty.fardvag", username="bench", password=PASSWORD, kdf=cheap
        )
        export_steering(empty, period, Path(folder) / "empty.xlsx")
        empty.close()
        register = Register.open(path, "bench", PASSWORD)
        out = Path(folder) / "styrgrupp.xlsx"
        # Then, while nothing else has been read: the memory freed by earlier steps stays with
        # the process and would be used again, hiding what the export needs.
        grown = peak_growth_mib(lambda: export_steering(register, period, out))
        inputs = load_inputs(register, period.previous().since, period.until)
        # Counted: the two years' results as they stand, added up per day by the store.
        tests = sum(len(day.people) for day in inputs.test_days or ())
        placements = len(inputs.placements)
        taken = date(YEAR + 1, 7, 1)
        figures = steering_figures(inputs, period, taken)
        print(
            f"{len(inputs.paths)} people, {tests} drug-test results counted in the two years, "
            f"{placements} placements that can count in them; "
            f"{period.label}: {figures.flow.participants.value} participants, "
            f"{figures.flow.enrolments.value} enrolments"
        )
        figure_sheets = sheets(figures)
        definitions = definition_rows(figure_sheets)
        history = [*SteeringRepository(register).history(), history_entry(figures)] * 8
        title = title_line(figures, "Mätenheten", "Borås stad")
        texts = WorkbookTexts(title, "<5", "Figure", ("Figure", "How"), "Definitions", "History")
        cells = sum(len(r.cells) + 1 for s in figure_sheets for t in s.tables for r in t.rows)

        read = median_seconds(lambda: load_inputs(register, period.previous().since, period.until))
        count = median_seconds(lambda: steering_figures(inputs, period, taken))
        # Rendering and its baseline alternate, so a busy machine slows both alike.
        renders, baselines = [], []
        for _ in range(ROUNDS * 2):
            baselines.append(
                median_seconds(lambda: write_only(figure_sheets, definitions, history, title), 1)
            )
            renders.append(
                median_seconds(
                    lambda: render_steering_workbook(figure_sheets, definitions, history, texts),
                    1,
                )
            )
        render, baseline = statistics.median(renders), statistics.median(baselines)
        pair_ratio = statistics.median(r / b for r, b in zip(renders, baselines, strict=True))
        export = median_seconds(lambda: export_steering(register, period, out))
        register.close()
    print(f"a year ({period.label}), about {cells} figure cells, medians:")
    print(f"  {'read the register':44} {read * 1000:8.0f} ms")
    print(f"  {'count the figures (and the previous year)':44} {count * 1000:8.0f} ms")
    print(f"  {'openpyxl write-only, same cells (baseline)':44} {baseline * 1000:8.0f} ms")
    print(f"  {'render the workbook':44} {render * 1000:8.0f} ms")
    print(f"  {'whole export through the door':44} {export * 1000:8.0f} ms")
    print(
        f"  ratio render / baseline {render / baseline:.2f}, median of the pairs' ratios "
        f"{pair_ratio:.2f}   (goal at most 1.5)"
    )
    print(f"  whole export {export:.2f} s   (goal under 2 s)")
    if grown is not None:
        print(f"  its peak memory {grown:.0f} MiB above the process's before it   (aim under 30)")


if __name__ == "__main__":
    main()

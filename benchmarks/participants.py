"""Deltagare at 10,000 people: the time from a keystroke in the search field to the updated
table, and the time to open a record, as p50/p95. The baseline, measured in the same run, is the
bare SQL query behind the table (no Qt), so the ratio shows what the window adds. Goals from
the issue: search p95 under 50 ms, opening a record under 100 ms.

Översikt at the same 10,000 people: the time from a reload to its to-do list and figures on
screen, and the longest the UI thread went without running a 5 ms timer meanwhile (what a user
feels as a frozen window). The baseline, measured in the same run, is the same work done on the
UI thread, as Översikt did before it loaded in the background."""

from __future__ import annotations

import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PEOPLE = int(os.environ.get("FARDVAG_BENCH_PEOPLE", "10000"))
FIRST = [
    "Anna",
    "Erik",
    "Sara",
    "Mohammed",
    "Emma",
    "Johan",
    "Fatima",
    "Lars",
    "Åsa",
    "Björn",
    "Leila",
    "Ali",
    "Karin",
    "Omar",
    "Elin",
    "Mikael",
    "Zeynep",
    "Jonas",
    "Maria",
    "Ahmed",
]
LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Hassan",
    "Yilmaz",
    "Öberg",
    "Lindqvist",
    "Ek",
]


# What a user types into the search field, keystroke by keystroke (shared with suite.py).
TYPED = [
    "a",
    "an",
    "and",
    "ande",
    "anders",
    "",
    "ö",
    "öb",
    "öbe",
    "",
    "2023",
    "2023-0",
    "",
    "la",
    "lar",
    "lars",
    "larss",
    "",
    "f",
    "fa",
    "fat",
    "fati",
    "",
    "k",
    "ka",
    "kar",
    "karl",
    "karls",
    "",
    "e",
    "ek",
    "ek1",
    "",
] * 3


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build(path: Path) -> None:
    from desktop.core.path import EventKind, PathEvent
    from desktop.core.records import Person
    from desktop.db.keyslots import KdfParams
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register

    register, _ = Register.create(
        path, username="bench", password="mätning-lösen-1", kdf=KdfParams.cheap()
    )
    rng = random.Random(10_000)
    start = date(2020, 1, 1)
    batch = []
    for i in range(PEOPLE):
        day = start + timedelta(days=rng.randrange(0, 1500))
        events = [PathEvent(EventKind.REFERRAL, day, {"referrer_type": "probation"})]
        if i % 3:
            events += [
                PathEvent(EventKind.SECURITY_CONSENT, day),
                PathEvent(EventKind.SECURITY_RESULT, day, {"result": "clear"}),
                PathEvent(EventKind.MAPPING_INTERVIEW, day),
                PathEvent(EventKind.DECISION, day, {"enrolled": True}),
                PathEvent(EventKind.ENROLMENT, day + timedelta(days=7), {"contract_signed": True}),
            ]
        batch.append((Person(rng.choice(FIRST), f"{rng.choice(LAST)}{i % 97 or ''}"), events))
    repo = ParticipantRepository(register)
    for chunk in range(0, len(batch), 1000):
        repo.create_many(batch[chunk : chunk + 1000], today=date(2026, 1, 1))
    register.close()


def overview_reload(window, register, rounds: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Median time to data and longest UI-thread gap, on the UI thread against the background."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.core.progress import NO_PROGRESS
    from desktop.ui.participants.overview import compute_overview

    overview = window.section("overview")
    window.show_section("overview")

    def measure(start, finished) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """Run the event loop from `start()` until `finished()`; the time it took and the
        longest gap between ticks of a 5 ms timer on the UI thread."""
        ticks: list[float] = []
        loop = QEventLoop()
        ticker = QTimer()
        ticker.setInterval(5)
        ended: list[float] = []

        def tick() -> None:
            ticks.append(time.perf_counter())
            if not ended and finished():
                ended.append(ticks[-1])
                loop.quit()

        ticker.timeout.connect(tick)
        ticker.start()
        t0 = time.perf_counter()
        ticks.append(t0)
        QTimer.singleShot(0, start)
        loop.exec()
        ticker.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        return ended[0] - t0, max(gaps)

    def on_ui_thread() -> tuple[float, float]:
        done: list[object] = []
        day = overview.figures_day()

        def work() -> None:  # what load() did before: read and compute on the UI thread
            data = compute_overview(register, day, NO_PROGRESS, ("", "", ""))
            overview.todo.set_records(data.todo)
            done.append(data)

        return measure(work, lambda: bool(done))

    def in_background() -> tuple[float, float]:
        return measure(lambda: overview.load(register), lambda: not overview.busy)

    base = [on_ui_thread() for _ in range(rounds)]
    background = [in_background() for _ in range(rounds)]
    rows = overview.todo.rowCount()
    base_time = statistics.median(t for t, _ in base)
    base_gap = statistics.median(g for _, g in base)
    time_ = statistics.median(t for t, _ in background)
    gap = statistics.median(g for _, g in background)
    print(f"Översikt reload ({rows} to-do rows, median of {rounds}):")
    print(
        f"  {'on the UI thread (baseline)':36} to data {base_time * 1000:7.0f} ms"
        f"   longest UI gap {base_gap * 1000:7.1f} ms"
    )
    print(
        f"  {'in the background':36} to data {time_ * 1000:7.0f} ms"
        f"   longest UI gap {gap * 1000:7.1f} ms"
    )
    print(f"  ratio to data {time_ / base_time:.2f}   ratio longest UI gap {gap / base_gap:.3f}")


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register
    from desktop.ui.app import create_qapplication
    from desktop.ui.main_window import MainWindow
    from desktop.ui.offscreen import quiet_offscreen_warnings

    create_qapplication()
    quiet_offscreen_warnings()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fardvag"
        started = time.perf_counter()
        build(path)
        print(f"built {PEOPLE} people in {time.perf_counter() - started:.1f} s")
        register = Register.open(path, "bench", "mätning-lösen-1")
        window = MainWindow(register)
        window.show()
        window.show_section("participants")
        section = window.section("participants")
        repo = ParticipantRepository(register)
        while window.tasks.pending:  # Översikt's first load, in the background
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        typed = TYPED
        ui_times, sql_times = [], []
        for text in typed:
            query = section.query().__class__(text=text)
            t0 = time.perf_counter()
            repo.rows(query, limit=200)
            sql_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            section.search.setText(text)  # the keystroke: textChanged refreshes the table
            QCoreApplication.processEvents()
            ui_times.append(time.perf_counter() - t0)
        rng = random.Random(7)
        ids = [row.id for row in repo.rows(section.query().__class__(), limit=PEOPLE)]
        open_times = []
        for person_id in rng.sample(ids, 40):
            t0 = time.perf_counter()
            record = window.open_person(person_id)
            QCoreApplication.processEvents()
            open_times.append(time.perf_counter() - t0)
            assert record is not None
            record.close()
        overview_reload(window, register)
        register.close()

    def line(name: str, values: list[float], base: list[float] | None = None) -> None:
        p50, p95 = percentile(values, 0.5) * 1000, percentile(values, 0.95) * 1000
        ratio = (
            f"   ratio p50 {statistics.median(values) / statistics.median(base):.1f}"
            if base
            else ""
        )
        print(f"{name:38} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms{ratio}")

    line("SQL query behind the table (baseline)", sql_times)
    line("keystroke -> table updated", ui_times, sql_times)
    line("open a record (all tabs loaded)", open_times)


if __name__ == "__main__":
    main()

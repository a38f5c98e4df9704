"""The benchmark suite (issue 16): Färdväg's costs at 1,000 and 10,000 people, each figure the
median of several runs with a baseline measured in the same run, printed as a table of ratios
and written to benchmarks/results/<date>-<people>.json with the machine.

For each size the register is built by benchmarks/generate.py (in its own process), then measured
in a fresh process (so peak memory is that size's alone), reusing the other scripts' pieces:
start-up (startup.py's bare window and timing), unlock (unlock.py), the search keystrokes
(participants.py), the trivial-PDF baseline (ambassadors.py, progress_sheets.py) and the
write-only workbook (steering.py). Goals are reported, not asserted.

Peak memory is the measuring process's own high-water mark (VmHWM, see rss_mib), after each
step, with the main window open from sign-in to the end, as it is while a user makes the
documents (closed records are deleted, as the event loop would). The generated register uses
cheap key derivation, so that process never derives a key with the default Argon2id; the
application's own peak at sign-in, which does, is measured separately in the application
itself (measure_sign_in_peak).

    python benchmarks/suite.py                 # 1,000 and 10,000 people
    python benchmarks/suite.py --people 2000   # one size
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generate, participants, startup, steering, unlock  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
ROUNDS = int(os.environ.get("FARDVAG_BENCH_ROUNDS", "5"))
WEEK = "2026-W47"
STEERING_YEAR = 2025


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def median_of(work: Callable[[], object], rounds: int = ROUNDS) -> float:
    return statistics.median(timed(work) for _ in range(rounds))


def rss_mib(field: str = "VmHWM") -> float:
    """The process's peak resident memory so far (or with "VmRSS", its resident memory now), in
    MiB. On Linux from /proc/self/status: ru_maxrss is no good for the measuring process, as a
    process started by one with vfork (subprocess does) inherits its starter's peak as its own
    (the parent's default Argon2id unlock, 192 MiB, made every figure at least 236 MiB);
    VmHWM counts this process's memory alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def row(value: float, baseline: float | None = None, **extra: object) -> dict[str, object]:
    """One figure: seconds (or MiB), its baseline and their ratio, and the peak memory so far
    of the process that measured it (for the figures measured with the register open: which
    step made it grow)."""
    out: dict[str, object] = {"value": value, "baseline": baseline, **extra}
    out["ratio"] = value / baseline if baseline else None
    out["peak_mib_after"] = round(rss_mib())
    out["rss_mib_after"] = round(rss_mib("VmRSS"))  # what is still held after the step
    return out


# ----------------------------------------------------------------------- in the measuring process


def window_figures(
    register: Any, repo: Any, baseline_rss: float
) -> tuple[dict[str, dict[str, object]], Any]:
    """The main window's figures: sign-in to Översikt, its reload, the participant table, search
    and opening records; and the window, left open (the documents are made while it is, as
    they are from its sections)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.db.participants import SearchFilter
    from desktop.ui.main_window import MainWindow

    figures: dict[str, dict[str, object]] = {}
    # The window after sign-in: until it is on the screen, and until Översikt's to-do list and
    # figures, read in the background, are in it; then the process's peak memory so far.
    began = time.perf_counter()
    window = MainWindow(register)
    window.show()
    QCoreApplication.processEvents()
    shown = time.perf_counter() - began
    while window.tasks.pending:  # Översikt's first load, in the background
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()
    filled = time.perf_counter() - began
    figures["main window shown after sign-in"] = row(shown)
    figures["Översikt filled in (background)"] = row(filled)
    figures["peak memory after sign-in and Översikt (MiB)"] = row(rss_mib(), baseline_rss)
    overview = window.section("overview")
    assert overview is not None

    def reload_overview() -> None:
        overview.load(register)
        while window.tasks.pending:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    figures["Översikt reload (background)"] = row(median_of(reload_overview, 3))
    window.show_section("participants")
    QCoreApplication.processEvents()
    section = window.section("participants")

    def table_sql() -> None:
        rows = repo.rows(SearchFilter(), limit=200)
        if len(rows) == 200:
            repo.count_matching(SearchFilter())

    def table_ui() -> None:
        section.load(register)
        QCoreApplication.processEvents()

    figures["participant table load"] = row(median_of(table_ui), median_of(table_sql))

    ui_times, sql_times = [], []
    for text in participants.TYPED:
        query = SearchFilter(text=text)
        sql_times.append(timed(lambda q=query: repo.rows(q, limit=200)))

        def keystroke(t: str = text) -> None:
            section.search.setText(t)
            QCoreApplication.processEvents()

        ui_times.append(timed(keystroke))
    sql_p50 = participants.percentile(sql_times, 0.5)
    figures["search p50"] = row(participants.percentile(ui_times, 0.5), sql_p50)
    figures["search p95"] = row(
        participants.percentile(ui_times, 0.95), participants.percentile(sql_times, 0.95)
    )

    import random

    ids = [r.id for r in repo.rows(SearchFilter(), limit=100_000)]
    opened, read = [], []
    for person_id in random.Random(7).sample(ids, 30):
        read.append(timed(lambda p=person_id: repo.get(p)))

        def open_record(p: int = person_id) -> None:
            record = window.open_person(p)
            QCoreApplication.processEvents()
            assert record is not None
            record.close()

        opened.append(timed(open_record))
        # A closed record deletes itself when control returns to the event loop, which the
        # suite's processEvents() alone never does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    figures["record open p50"] = row(
        participants.percentile(opened, 0.5), participants.percentile(read, 0.5)
    )
    figures["record open p95"] = row(
        participants.percentile(opened, 0.95), participants.percentile(read, 0.95)
    )
    return figures, window


def measure(path: Path) -> dict[str, dict[str, object]]:
    """Everything measured inside one process against the register at `path`."""

    from desktop.ui.app import create_qapplication
    from desktop.ui.offscreen import quiet_offscreen_warnings

    create_qapplication()
    quiet_offscreen_warnings()
    from desktop.core.ambassadors import IsoWeek
    from desktop.core.progress_sheet import Version
    from desktop.core.steering import (
        definition_rows,
        history_entry,
        sheets,
        steering_figures,
        title_line,
        year_period,
    )
    from desktop.db.drugtests import DrugTestRepository
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register
    from desktop.db.steering import SteeringRepository
    from desktop.reports.pdf import DocumentInfo, PdfDocument, paragraphs, styles
    from desktop.reports.steering_workbook import WorkbookTexts, render_steering_workbook
    from desktop.services.ambassador_documents import send_week
    from desktop.services.exports import run_export
    from desktop.services.progress_documents import (
        ProgressSheetDocument,
        SheetOptions,
        export_batch,
    )
    from desktop.services.steering import export_steering, load_inputs

    baseline_rss = rss_mib()  # Python, Qt and every module loaded, no register yet
    figures: dict[str, dict[str, object]] = {}
    out = Path(tempfile.mkdtemp(prefix="fardvag-bench-"))

    # Signing in to this register (cheap key derivation: the register's own share of unlock).
    from desktop.db.register import _connect

    register = Register.open(path, generate.USERNAME, generate.PASSWORD)
    key = bytes(register._key)
    register.close()
    raw = median_of(lambda: _connect(path, key).close())
    sign_in = median_of(lambda: Register.open(path, generate.USERNAME, generate.PASSWORD).close())
    figures["sign-in beyond key derivation"] = row(sign_in, raw)

    register = Register.open(path, generate.USERNAME, generate.PASSWORD)
    register._clock = lambda: generate.NOW
    repo = ParticipantRepository(register)

    shown, window = window_figures(register, repo, baseline_rss)
    figures.update(shown)

    # Today's draw on each day of a week (the first opening draws); the baseline is opening the
    # same day again (read the drawn list, record the opening).
    tests = DrugTestRepository(register)
    monday = date(2026, 11, 30)
    drew, reopened = [], []
    for n in range(5):
        day = monday + timedelta(days=n)
        register._clock = lambda d=day: datetime(d.year, d.month, d.day, 8, 30).astimezone()
        drew.append(timed(lambda d=day: tests.open_day(d)))
        reopened.append(timed(lambda d=day: tests.open_day(d)))
    selected = len(tests.draw(monday).selected)  # type: ignore[union-attr]
    figures["today's draw"] = row(
        statistics.median(drew), statistics.median(reopened), selected=selected
    )
    register._clock = lambda: generate.NOW

    # The trivial PDF of ambassadors.py and progress_sheets.py: the baseline for documents.
    s = styles()
    info = DocumentInfo("Benchmark", "Chansen", generate.NOW.date())
    PdfDocument(info).render(paragraphs(s["body"], "warm-up"))  # fonts registered once

    def trivial() -> None:
        PdfDocument(info).render(
            [*paragraphs(s["title"], "Weekly summary"), *paragraphs(s["body"], "One line.")]
        )

    pdf = median_of(trivial, ROUNDS * 2)
    week = IsoWeek.parse(WEEK)
    weeks = []
    for n in range(3):
        folder = out / f"week{n}"
        folder.mkdir()
        weeks.append(timed(lambda f=folder: send_week(register, week, f)))
    figures["ambassador week (10)"] = row(statistics.median(weeks), pdf)

    with register.read() as conn:
        busiest = [
            r[0]
            for r in conn.execute(
                "SELECT p.id FROM persons p JOIN test_results t ON t.person_id = p.id "
                "WHERE p.status = 'enrolled' GROUP BY p.id ORDER BY count(*) DESC LIMIT 50"
            )
        ]
    staff = SheetOptions(Version.STAFF, include_notes=True)
    one = [
        timed(
            lambda i=i: run_export(
                register, ProgressSheetDocument(busiest[i], staff), out / f"one-{i}.pdf"
            )
        )
        for i in range(ROUNDS)
    ]
    figures["progress sheet, one"] = row(statistics.median(one), pdf)
    batch = out / "batch"
    batch.mkdir()
    figures["progress sheets, batch of 50"] = row(
        timed(lambda: export_batch(register, busiest, staff, batch)), pdf, runs=1
    )

    # The steering workbook for a year, as in steering.py: render against write-only.
    period = year_period(STEERING_YEAR)
    inputs = load_inputs(register, period.previous().since, period.until)
    taken = date(STEERING_YEAR + 1, 7, 1)
    counted = steering_figures(inputs, period, taken)
    figure_sheets = sheets(counted)
    definitions = definition_rows(figure_sheets)
    history = [*SteeringRepository(register).history(), history_entry(counted)] * 8
    title = title_line(counted, "Mätenheten", "Borås stad")
    texts = WorkbookTexts(title, "<5", "Figure", ("Figure", "How"), "Definitions", "History")
    renders, writes = [], []
    for _ in range(ROUNDS):  # alternating, so a busy machine slows both alike
        writes.append(
            timed(lambda: steering.write_only(figure_sheets, definitions, history, title))
        )
        renders.append(
            timed(lambda: render_steering_workbook(figure_sheets, definitions, history, texts))
        )
    write_only = statistics.median(writes)
    figures["steering: render"] = row(statistics.median(renders), write_only)
    figures["steering: read the register"] = row(
        median_of(lambda: load_inputs(register, period.previous().since, period.until), 3)
    )
    figures["steering: count the figures"] = row(
        median_of(lambda: steering_figures(inputs, period, taken), 3)
    )
    xlsx = out / "styrgrupp.xlsx"
    figures["steering: whole export"] = row(
        median_of(lambda: export_steering(register, period, xlsx), 3), write_only
    )
    window.close()  # open throughout, as it is while a user makes these documents
    register.close()
    # After everything above, the 50-sheet batch and the steering export included.
    # Where the peak grew: each figure's JSON row keeps the process's peak after it.
    figures["peak memory (MiB)"] = row(rss_mib(), baseline_rss)
    return figures


# ----------------------------------------------------------------------- in the parent process


def register_size(path: Path) -> float:
    """The register and its companion files (key slots, write-ahead log), in MiB."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


def measure_startup(path: Path, folder: str) -> dict[str, object]:
    """startup.py's comparison, against the generated register."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": folder,
        "XDG_STATE_HOME": folder,
    }
    bare = [sys.executable, "-c", startup.BARE]
    app = [sys.executable, "-m", "desktop", "--register", str(path), "--exit-when-shown"]
    startup.timed(bare, env)
    startup.timed(app, env)  # warm the file cache
    bares, apps = [], []
    for _ in range(ROUNDS):  # interleaved, so both see the same machine noise
        bares.append(startup.timed(bare, env))
        apps.append(startup.timed(app, env))
    return row(statistics.median(apps), statistics.median(bares))


# The application itself signing in to a register made with the default Argon2id: the sign-in
# window, what `warm_up` loads while the user types, then the key derivation (its memory cost
# is allocated whole) and the main window.
SIGN_IN_PEAK = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from benchmarks.suite import rss_mib
from desktop.localconfig import LocalConfig
from desktop.ui.app import App, AppOptions, create_qapplication
qt = create_qapplication()
path = Path(sys.argv[2])
app = App(AppOptions(register_path=path, config=LocalConfig(path.parent / "signin.json")))
app.start()
while app.sign_in_window is None or app._warm_up is None or app._warm_up.is_alive():
    qt.processEvents()
    time.sleep(0.01)
before = rss_mib("VmRSS")
window = app.sign_in_window
window.username.setText(sys.argv[3])
window.password.setText(sys.argv[4])
window.sign_in_button.click()
while app.main_window is None or not app.main_window.isVisible():
    qt.processEvents()
    time.sleep(0.01)
print(json.dumps([before, rss_mib()]))
app.shutdown()
"""


def measure_sign_in_peak(path: Path, username: str, password: str) -> dict[str, object]:
    """The peak of the application's process signing in with the default key derivation (the
    suite's register is made with cheap key derivation, so the measuring process never has
    it), against its memory just before. Unlocking after a lock derives the key again while
    the process holds its working set."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", SIGN_IN_PEAK, str(ROOT), str(path), username, password]
    child = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    before, peak = json.loads(child.stdout.strip().splitlines()[-1])
    figure = row(peak, before)
    figure.pop("rss_mib_after")  # this process's, not the application's
    return {**figure, "peak_mib_after": round(peak)}


def measure_unlock(folder: str) -> dict[str, object]:
    """unlock.py's comparison: sign-in with the default Argon2id against a raw keyed open."""
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register, _connect

    path = Path(folder) / "unlock.fardvag"
    kdf = KdfParams.default()
    before = rss_mib("VmRSS")
    register, _ = Register.create(path, username="bench", password=unlock.PASSWORD, kdf=kdf)
    key = bytes(register._key)
    register.close()
    raw = unlock.median_seconds(lambda: _connect(path, key).close(), ROUNDS)
    full = unlock.median_seconds(
        lambda: Register.open(path, "bench", unlock.PASSWORD).close(), ROUNDS
    )
    return row(
        full,
        raw,
        kdf=f"Argon2id t={kdf.time_cost} m={kdf.memory_cost_kib // 1024} MiB p={kdf.parallelism}",
        # What deriving the key adds to the peak of the process that signs in (or unlocks).
        peak_growth_mib=round(rss_mib() - before),
    )


def machine() -> dict[str, object]:
    import PySide6

    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
    }


def run_size(people: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fardvag"
        began = time.perf_counter()
        command = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--out", str(path)]
        subprocess.run(
            [*command, "--people", str(people)],
            check=True,
            capture_output=True,
        )
        built = time.perf_counter() - began
        counts = register_counts(path)
        figures: dict[str, dict[str, object]] = {
            "start-up to sign-in window": measure_startup(path, folder),
            "unlock (default Argon2id)": measure_unlock(folder),
            "peak memory at sign-in, default Argon2id (MiB)": measure_sign_in_peak(
                Path(folder) / "unlock.fardvag", "bench", unlock.PASSWORD
            ),
        }
        child = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--measure", str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
        figures["register size on disk (MiB)"] = row(register_size(path))
    return {
        "date": date.today().isoformat(),
        "people": people,
        "register": {**counts, "build_seconds": round(built, 1)},
        "machine": machine(),
        "rounds": ROUNDS,
        "figures": figures,
    }


def register_counts(path: Path) -> dict[str, int]:
    """The generated register's row counts."""
    from desktop.db.register import Register

    register = Register.open(path, generate.USERNAME, generate.PASSWORD)
    try:
        with register.read() as conn:
            return {
                table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("persons", "test_results", "placements", "audit_log")
            }
    finally:
        register.close()


GOALS = {
    "start-up to sign-in window": ("ratio", 1.5, "≤ 1.5× bare window"),
    "unlock (default Argon2id)": ("range", (0.25, 1.0), "0.25–1 s"),
    "search p95": ("value", 0.050, "< 50 ms at 10,000"),
    "record open p50": ("value", 0.100, "< 100 ms at 10,000"),
    "ambassador week (10)": ("value", 2.0, "< 2 s"),
    "steering: whole export": ("value", 2.0, "< 2 s"),
    "steering: render": ("ratio", 1.5, "≤ 1.5× write-only"),
    "peak memory (MiB)": ("value", 300.0 * 1e6 / 2**20, "< 300 MB"),
    "main window shown after sign-in": ("value", 1.0, "< 1 s"),
    "peak memory after sign-in and Översikt (MiB)": ("value", 300.0 * 1e6 / 2**20, "< 300 MB"),
    "peak memory at sign-in, default Argon2id (MiB)": ("value", 300.0 * 1e6 / 2**20, "< 300 MB"),
}


def verdict(name: str, figure: dict[str, object]) -> str:
    if name not in GOALS:
        return ""
    kind, limit, text = GOALS[name]
    value = figure["ratio"] if kind == "ratio" else figure["value"]
    if kind == "range":
        low, high = limit  # type: ignore[misc]
        met = low <= value <= high  # type: ignore[operator]
    else:
        met = value <= limit  # type: ignore[operator]
    return f"{'met' if met else 'MISSED'} ({text})"


def shown(name: str, value: object) -> str:
    if value is None:
        return "–"
    if "MiB" in name:
        return f"{value:.0f} MiB"
    return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"  # type: ignore[operator]


def table(results: list[dict[str, object]]) -> str:
    sizes = [r["people"] for r in results]
    head = f"| Figure | {' | '.join(f'{n:,} people (baseline, ratio)' for n in sizes)} | Goal |"
    lines = [head, "|" + "---|" * (len(sizes) + 2)]
    names = list(results[0]["figures"])  # type: ignore[call-overload]
    for name in names:
        cells = []
        for r in results:
            f = r["figures"][name]  # type: ignore[index]
            cell = shown(name, f["value"])
            if f["baseline"] is not None:
                cell += f" ({shown(name, f['baseline'])}, {f['ratio']:.2f}×)"
            cells.append(cell)
        goal = verdict(name, results[-1]["figures"][name])  # type: ignore[index]
        lines.append(f"| {name} | {' | '.join(cells)} | {goal} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", default="1000,10000", help="sizes, comma-separated")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # the child: measure and print the figures as one JSON line
        figures = measure(args.measure)
        print(json.dumps(figures))
        return
    results = []
    RESULTS.mkdir(parents=True, exist_ok=True)
    for people in (int(n) for n in args.people.split(",")):
        print(f"measuring at {people:,} people …", flush=True)
        result = run_size(people)
        results.append(result)
        out = RESULTS / f"{result['date']}-{people}.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"  {result['register']}  -> {out.relative_to(ROOT)}", flush=True)
    print()
    print(table(results))
    print()
    print("machine:", json.dumps(results[0]["machine"], ensure_ascii=False))


if __name__ == "__main__":
    main()

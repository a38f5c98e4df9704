"""The background helper: results and errors on the UI thread, progress throttled, cancel."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.core.errors import Cancelled
from desktop.core.progress import Progress
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.tasks import PROGRESS_HZ, TaskRunner


def on_ui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return threading.current_thread() is threading.main_thread()


def test_result_and_error_come_back_on_the_ui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    got: list[Any] = []
    runner.run(lambda: threading.current_thread().name, got.append, got.append)
    runner.run(lambda: 1 / 0, got.append, lambda e: got.append((on_ui_thread(), type(e))))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got[0].startswith("fardvag-task")
    assert got[1] == (True, ZeroDivisionError)
    assert runner.pending == 0
    runner.shutdown()


def test_progress_is_throttled_and_the_last_report_arrives(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[tuple[int, int, str, bool]] = []
    done: list[Any] = []
    total = 3000

    def work(progress: Progress) -> str:
        for i in range(1, total + 1):
            progress.report(i, total, f"row {i}")
            time.sleep(0.0001)
        time.sleep(0.2)  # quiet after the last report: it must still be shown
        return "ok"

    started = time.monotonic()
    runner.run_job(
        work, done.append, done.append, lambda d, t, x: seen.append((d, t, x, on_ui_thread()))
    )
    qtbot.waitUntil(lambda: done == ["ok"], timeout=10_000)
    elapsed = time.monotonic() - started
    assert seen, "no progress reached the screen"
    assert all(ui for *_, ui in seen)
    assert len(seen) <= elapsed * PROGRESS_HZ + 2
    assert seen[-1][:3] == (total, total, f"row {total}")
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen)


def test_cancel_stops_the_work_at_its_next_check(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    steps: list[int] = []
    result: list[Any] = []
    running = threading.Event()

    def work(progress: Progress) -> str:
        for i in range(10_000):
            running.set()
            progress.check()
            steps.append(i)
            time.sleep(0.001)
        return "finished"

    handle = runner.run_job(work, result.append, result.append)
    assert running.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: len(result) == 1)
    assert isinstance(result[0], Cancelled)
    assert handle.cancelled and handle.finished
    assert len(steps) < 10_000
    runner.shutdown()


def test_a_job_cancelled_before_its_turn_never_runs(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gate = threading.Event()
    ran: list[str] = []
    result: list[Any] = []
    runner.run(lambda: gate.wait(5), result.append, result.append)
    handle = runner.run(lambda: ran.append("second"), result.append, result.append)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: len(result) == 2)
    assert ran == []
    assert isinstance(result[1], Cancelled)
    assert runner.pending == 0


def test_progress_panel_follows_the_job_and_cancels_it(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    result: list[Any] = []
    reported = threading.Event()

    def work(progress: Progress) -> None:
        progress.report(3, 10, "Reading rows")
        reported.set()
        while True:
            progress.check()
            time.sleep(0.005)

    handle = runner.run_job(work, result.append, result.append, panel.report)
    panel.start(handle, "Starting")
    assert panel.isVisible() and panel.text.text() == "Starting"
    qtbot.waitUntil(lambda: panel.bar.value() == 3)
    assert (panel.bar.maximum(), panel.text.text()) == (10, "Reading rows")
    panel.cancel_button.click()
    assert not panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: len(result) == 1)
    assert isinstance(result[0], Cancelled)
    panel.finish()
    assert not panel.isVisible()
    runner.shutdown()


def test_emitting_signals_keeps_python_s_reference_counts() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit from Python: after enough
    progress reports, clicks and loads the process aborted ("bool_dealloc"). pyproject.toml
    excludes that release; this fails on it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        happened = Signal(object)

    sender = Sender()
    received: list[object] = []
    sender.happened.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2_000):
        sender.happened.emit(n)
    assert len(received) == 2_000
    assert abs(sys.getrefcount(True) - before) < 100

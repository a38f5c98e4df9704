"""Background work (architecture habit 4): one worker thread runs operations in order, so
database access is never concurrent; results and errors come back on the UI thread through a
signal. An operation never touches widgets.

Long work takes a `desktop.core.progress.Progress` (`run_job`): it reports how far it has come
and checks for a cancel between steps. Reports are passed to the UI thread through a queued
signal and throttled there, so however often the work reports, the screen is updated at most
`PROGRESS_HZ` times a second, and the last report is never lost."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import AppError
from desktop.core.progress import Progress

PROGRESS_HZ = 20  # at most this many progress updates a second reach the screen

ProgressCallback = Callable[[int, int, str], None]


def refusal_message(error: BaseException) -> str | None:
    """What a failed background job tells the user: an `AppError`'s message (a cancellation's
    included), or None for a bug, which goes to the one crash dialog (sys.excepthook)."""
    if isinstance(error, AppError):
        return error.user_message()
    sys.excepthook(type(error), error, error.__traceback__)
    return None


class TaskHandle:
    """One operation given to the TaskRunner: cancel it, or ask whether it has finished.

    `cancel()` asks the operation to stop at its next `progress.check()`; an operation not yet
    started does not start, and its `on_error` receives `Cancelled`. What the operation did is
    what is delivered: one that finished despite the request still delivers its result, so a
    caller that must drop late results checks `cancelled` (or its own state) in `on_done`."""

    def __init__(self, on_progress: ProgressCallback | None) -> None:
        self._on_progress = on_progress
        self.progress = Progress(self._store if on_progress is not None else None)
        self.future: Future[None] | None = None
        self.finished = False  # set on the UI thread, when on_done or on_error has been called
        # Written by the worker, read on the UI thread: the latest report, when the worker
        # last woke the UI thread, and whether that wake-up is still on its way.
        self._latest: tuple[int, int, str] | None = None
        self._last_wake = 0.0
        self._signalled = threading.Event()
        self._notify: Callable[[TaskHandle], None] | None = None
        # UI thread only.
        self._shown: tuple[int, int, str] | None = None
        self._timer_armed = False

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    # -- progress, worker side: wake the UI thread at most PROGRESS_HZ times a second

    def _store(self, done: int, total: int, text: str) -> None:
        self._latest = (done, total, text)
        now = time.monotonic()
        if (
            self._notify is not None
            and not self._signalled.is_set()
            and now - self._last_wake >= 1 / PROGRESS_HZ
        ):
            self._last_wake = now
            self._signalled.set()
            self._notify(self)

    # -- progress, UI side: show the latest report at most PROGRESS_HZ times a second; a
    # timer after each shows what the worker reported meanwhile without waking the UI (the
    # last report among them)

    def _wake(self) -> None:
        self._signalled.clear()
        if not self._timer_armed:
            self._show_and_arm()

    def _timer_fired(self) -> None:
        self._timer_armed = False
        if self._latest != self._shown:
            self._show_and_arm()

    def _show_and_arm(self) -> None:
        latest = self._latest
        if self.finished or latest is None or latest == self._shown:
            return
        self._shown = latest
        if self._on_progress is not None:
            self._on_progress(*latest)
        self._timer_armed = True
        QTimer.singleShot(1000 // PROGRESS_HZ, self._timer_fired)


class TaskRunner(QObject):
    _finished = Signal(object, object, object, object)  # handle, callback, result, error
    _progressed = Signal(object)  # handle

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fardvag-task")
        # Both are emitted only on the worker thread, so Qt queues them to this (the UI) thread.
        # (No explicit Qt.ConnectionType: the sign-in screen makes a TaskRunner, and the first
        # use of Qt's namespace costs about 12 ms of the start-up.)
        self._finished.connect(self._deliver)
        self._progressed.connect(self._wake)
        self._handles: set[TaskHandle] = set()
        self.pending = 0

    def run(
        self,
        operation: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> TaskHandle:
        """Run `operation()` on the worker; its result goes to `on_done`, an exception to
        `on_error`, on the UI thread."""
        return self.run_job(lambda _progress: operation(), on_done, on_error)

    def run_job(
        self,
        operation: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: ProgressCallback | None = None,
    ) -> TaskHandle:
        """Run `operation(progress)` on the worker. What it reports reaches `on_progress(done,
        total, text)` on the UI thread (throttled); `handle.cancel()` makes its
        `progress.check()` raise `Cancelled`, which reaches `on_error` like any error."""
        handle = TaskHandle(on_progress)
        handle._notify = self._progressed.emit
        self.pending += 1
        self._handles.add(handle)

        def work() -> None:
            try:
                handle.progress.check()  # cancelled while it waited for its turn
                result = operation(handle.progress)
            except BaseException as error:
                self._finished.emit(handle, on_error, None, error)
            else:
                self._finished.emit(handle, on_done, result, None)

        handle.future = self._executor.submit(work)
        return handle

    def _wake(self, handle: TaskHandle) -> None:
        handle._wake()

    def _deliver(
        self, handle: TaskHandle, callback: Callable[[Any], None], result: Any, error: Any
    ) -> None:
        self.pending -= 1
        handle.finished = True
        self._handles.discard(handle)
        callback(error if error is not None else result)

    def cancel_all(self) -> None:
        """Ask every operation not yet delivered to stop."""
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self) -> None:
        self.cancel_all()
        self._executor.shutdown(wait=True)

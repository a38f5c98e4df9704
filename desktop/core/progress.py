"""Progress and cancel for long work, as a plain Python object (no Qt), so headless services
(exports, imports, figures) can take it and the window layer can show it.

The work calls `report(done, total, text)` now and then and `check()` between steps; `check()`
raises `Cancelled` once someone called `cancel()` (from any thread). `NO_PROGRESS` is the null
object for callers that show nothing and never cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.core.errors import Cancelled

__all__ = ["NO_PROGRESS", "Cancelled", "Progress"]


class Progress:
    """A progress sink and a cancel flag, safe to share between threads.

    `on_report(done, total, text)` is called on the working thread, synchronously, for every
    `report`; a receiver that updates a screen must pass it on to its own thread (and may
    throttle it)."""

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps are finished; `text` says what is being done (optional)."""
        if self._on_report is not None:
            self._on_report(done, total, text)

    def cancel(self) -> None:
        """Ask the work to stop at its next `check()`. Idempotent, any thread."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if `cancel()` was called."""
        if self._cancelled.is_set():
            raise Cancelled()


class _NoProgress(Progress):
    """Reports nowhere and can never be cancelled."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancel(self) -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return False

    def check(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()

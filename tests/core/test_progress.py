"""desktop.core.progress: the plain progress and cancel token."""

from __future__ import annotations

import threading

import pytest

from desktop.core.errors import AppError, Cancelled
from desktop.core.progress import NO_PROGRESS, Progress


def test_report_goes_to_the_receiver() -> None:
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    progress.report(1, 3)
    progress.report(2, 3, "reading")
    assert seen == [(1, 3, ""), (2, 3, "reading")]


def test_report_without_receiver_does_nothing() -> None:
    Progress().report(1, 2, "x")


def test_cancel_from_another_thread_stops_check() -> None:
    progress = Progress()
    assert not progress.cancelled
    progress.check()
    thread = threading.Thread(target=progress.cancel)
    thread.start()
    thread.join()
    assert progress.cancelled
    with pytest.raises(Cancelled) as caught:
        progress.check()
    assert isinstance(caught.value, AppError)
    assert caught.value.user_message()


def test_no_progress_is_never_cancelled() -> None:
    NO_PROGRESS.report(1, 1, "x")
    NO_PROGRESS.cancel()
    assert not NO_PROGRESS.cancelled
    NO_PROGRESS.check()

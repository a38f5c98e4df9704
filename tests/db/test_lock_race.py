"""The lock file is never shared: processes racing to take and release it never hold it at the
same time (releasing once unlinked the file first, so a racer could lock a file that was
already gone while another locked the new one)."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

from desktop.db.lock import LockHeld, RegisterLock

WORKERS = 4
SECONDS = 2.0


def _race(lock_path: str, marker: str, seconds: float, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    lock = RegisterLock(Path(lock_path))
    held = overlaps = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            lock.acquire("racer")
        except LockHeld:
            continue
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            overlaps += 1
        else:
            os.close(fd)
            held += 1
            os.unlink(marker)
        finally:
            lock.release()
    results.put((held, overlaps))


def test_racing_processes_never_hold_the_lock_together(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    lock_path = str(tmp_path / "enhet.fardvag.lock")
    marker = str(tmp_path / "inside")
    workers = [
        context.Process(target=_race, args=(lock_path, marker, SECONDS, results))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert sum(overlaps for _, overlaps in outcomes) == 0, outcomes
    assert sum(held for held, _ in outcomes) > 100, outcomes  # they really raced

"""The register's lock: one process at a time. The lock file says who holds it (user, computer,
since when); an operating-system lock on the file tells whether that holder still lives, so a
lock left by a crash is taken over instead of blocking the unit."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    # Windows byte-range locks also block reading, so lock one byte far past the holder's
    # details (locking beyond the end of a file is allowed) and leave the JSON readable.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


_MAX_TRIES = 100  # a file unlinked under us this often means something else is wrong


def _same_file(fh: IO[bytes], path: Path) -> bool:
    try:
        at_path = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fh.fileno())
    return (mine.st_dev, mine.st_ino) == (at_path.st_dev, at_path.st_ino)


@dataclass(frozen=True)
class LockHolder:
    user: str
    computer: str
    since: str  # UTC ISO time


class LockHeld(Exception):
    def __init__(self, holder: LockHolder) -> None:
        super().__init__("register is locked")
        self.holder = holder


class RegisterLock:
    """Held from unlock to close. Acquire raises `LockHeld` with the holder when another live
    process has it. The holder's details are written after the lock is taken, in the same file,
    and read by others without locking."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self, user: str) -> None:
        fh = self._lock_the_file_at_the_path()
        holder = LockHolder(
            user=user,
            computer=socket.gethostname(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(holder.__dict__).encode("utf-8"))
        fh.flush()
        self._fh = fh

    def _lock_the_file_at_the_path(self) -> IO[bytes]:
        """Open and lock the lock file, making sure the file locked is still the one at the path.
        A releasing holder unlinks the file while it still holds the lock; a racer that opened
        the file just before that would otherwise "hold" a file nobody else can see, while a
        third process creates and locks a new one: two holders at once."""
        for _ in range(_MAX_TRIES):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fh = os.fdopen(fd, "r+b")
            if not _try_lock(fh):
                holder = self.read_holder()
                fh.close()
                raise LockHeld(holder)
            if _same_file(fh, self.path):
                return fh
            with contextlib.suppress(OSError):
                _unlock(fh)
            fh.close()  # the file was unlinked under us: try the one at the path now
        raise LockHeld(self.read_holder())

    def read_holder(self) -> LockHolder:
        try:
            data = json.loads(self.path.read_bytes() or b"{}")
        except (OSError, ValueError):
            data = {}
        return LockHolder(
            user=str(data.get("user", "?")),
            computer=str(data.get("computer", "?")),
            since=str(data.get("since", "?")),
        )

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        # Remove the file while still holding the lock, so nobody reads a stale holder. Whoever
        # opened it meanwhile sees, once they lock it, that it is no longer the file at the path
        # and starts over (see `_lock_the_file_at_the_path`). On Windows the unlink fails while
        # others have the file open, and the file simply stays.
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fh)
        fh.close()

    @property
    def held(self) -> bool:
        return self._fh is not None

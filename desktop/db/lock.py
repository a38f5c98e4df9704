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
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fh = os.fdopen(fd, "r+b")
        if not _try_lock(fh):
            holder = self.read_holder()
            fh.close()
            raise LockHeld(holder)
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
        # Remove the file while still holding the lock, so nobody reads a stale holder.
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fh)
        fh.close()

    @property
    def held(self) -> bool:
        return self._fh is not None

"""The files that make up a register on disk, and writing them without ever leaving half a file."""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RegisterFiles:
    """A register is its database file plus these files beside it."""

    database: Path

    @property
    def keyslots(self) -> Path:
        return self.database.with_name(self.database.name + ".keys")

    @property
    def keyslots_backup(self) -> Path:
        return self.database.with_name(self.database.name + ".keys.bak")

    @property
    def lock(self) -> Path:
        return self.database.with_name(self.database.name + ".lock")

    @property
    def signin_attempts(self) -> Path:
        return self.database.with_name(self.database.name + ".signin")

    def pre_migration_copy(self, version: int, stamp: str) -> Path:
        return self.database.with_name(f"{self.database.name}.before-v{version}-{stamp}")


def fsync_directory(directory: Path) -> None:
    """Make a rename durable. Windows has no directory handles to sync; its rename is durable
    once MoveFileEx returns with the write-through flag that os.replace does not set, so this is
    best effort there."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, keep_backup: Path | None = None) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, optionally copy the current
    `path` to `keep_backup`, then rename over `path`. A crash at any point leaves either the old
    or the new file, never a mixture."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup is not None and path.exists():
            atomic_write(keep_backup, path.read_bytes())
        os.replace(tmp, path)
        fsync_directory(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER

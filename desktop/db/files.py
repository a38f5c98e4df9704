"""The files that make up a register on disk, and writing them without ever leaving half a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.fileio import atomic_write, fsync_directory

__all__ = ["RegisterFiles", "atomic_write", "fsync_directory", "looks_like_plain_sqlite"]

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


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER

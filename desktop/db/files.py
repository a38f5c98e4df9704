"""The files that make up a register on disk, and writing them without ever leaving half a file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.fileio import atomic_write, fsync_directory

__all__ = [
    "RegisterFiles",
    "atomic_write",
    "fsync_directory",
    "is_register_file",
    "looks_like_plain_sqlite",
    "set_aside",
]

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
    def anchor(self) -> Path:
        """The commit count and newest audit entry, kept outside the database (db/anchor.py)."""
        return self.database.with_name(self.database.name + ".anchor")

    @property
    def wal(self) -> Path:
        return self.database.with_name(self.database.name + "-wal")

    @property
    def shm(self) -> Path:
        return self.database.with_name(self.database.name + "-shm")

    @property
    def signin_attempts(self) -> Path:
        return self.database.with_name(self.database.name + ".signin")

    def pre_migration_copy(self, version: int, stamp: str) -> Path:
        return self.database.with_name(f"{self.database.name}.before-v{version}-{stamp}")

    def pre_accept_copy(self, stamp: str) -> Path:
        """Where the register file is copied, as it was, before an administrator accepts a
        state its anchor disagrees with (its write-ahead log beside it, as `…-wal`)."""
        return self.database.with_name(f"{self.database.name}.before-accept-{stamp}")


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER


REGISTER_MARK = ".fardvag"  # every register's default suffix, and so in every companion's name


def is_register_file(path: Path, files: RegisterFiles | None = None) -> bool:
    """Is `path` a register or one of a register's companion files (write-ahead log, key
    slots and their backup, anchor, lock, sign-in attempts, pre-migration copies, backups)? True for
    the open register's own files whatever their name, for any name holding ".fardvag", and
    for an existing file that has key slots beside it or starts like an SQLite database."""
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    if files is not None:
        own = files.database.resolve()
        if resolved.parent == own.parent and resolved.name.startswith(own.name):
            return True
    if REGISTER_MARK in resolved.name.casefold():
        return True
    try:
        if resolved.with_name(resolved.name + ".keys").exists():
            return True
        return resolved.is_file() and looks_like_plain_sqlite(resolved)
    except OSError:  # a name too long for the file system, a folder we may not read
        return False


def set_aside(path: Path, stamp: str) -> Path:
    """Rename a damaged file to `NAME.damaged-STAMP` beside it (never over another file, never
    deleted), so it can still be looked at or sent to support. Returns the new path."""
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    fsync_directory(path.parent)
    return target

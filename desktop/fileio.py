"""Writing files so that a crash never leaves half of one: temporary name, fsync, rename."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


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
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")  # secrets.token_hex
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

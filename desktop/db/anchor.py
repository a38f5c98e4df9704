"""The register's anchor: a small file beside the register (`NAME.anchor`) that holds, after
every commit, how many write transactions the register has committed and the newest audit
entry (its sequence number and MAC). The same two facts live inside the database (the meta
row `commits` and the audit log), so comparing them at sign-in shows what SQLite cannot:
a write-ahead log deleted after a crash (the register is behind its anchor), a `-wal` from
another copy applied to this one or the newest audit rows deleted (the register's newest
entry is not the one anchored), or an older copy put in the register's place.

The file holds two fixed-size records, written in turn (by the commit count's parity) in place
and made durable with one fsync: a write torn by a crash damages only the record being
written, and the other still holds the commit before. Each record carries an HMAC under the
register's audit key, so a damaged or hand-edited record is not taken for a good one. Whoever
holds the database key can read that audit key and so forge a record too: the anchor proves
what was committed by Färdväg against accidents and against changes made to the register
file alone, not against someone who has the key and rewrites both files (a copy of the anchor
kept with each backup, away from the PC, narrows that: see `Register.head_in_chain`)."""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from desktop.core.audit import AuditHead
from desktop.db.files import atomic_write

MAGIC = b"FVANCHR1"
RECORD = 128
_BODY = len(MAGIC) + 8 + 8 + 32 + 32  # magic, commits, seq, head MAC, register id


def _pack(head: AuditHead, register_id: str, audit_key: bytes) -> bytes:
    rid = bytes.fromhex(register_id)
    if len(rid) != 16 or len(head.mac) != 32:
        raise ValueError("register id must be 16 bytes and the MAC 32")
    body = (
        MAGIC
        + head.commits.to_bytes(8, "big")
        + head.seq.to_bytes(8, "big")
        + head.mac
        + rid.ljust(32, b"\0")
    )
    tag = hmac.new(audit_key, body, hashlib.sha256).digest()
    return (body + tag).ljust(RECORD, b"\0")


def _unpack(record: bytes, register_id: str, audit_key: bytes) -> AuditHead | None:
    if len(record) < _BODY + 32 or not record.startswith(MAGIC):
        return None
    body, tag = record[:_BODY], record[_BODY : _BODY + 32]
    if not hmac.compare_digest(hmac.new(audit_key, body, hashlib.sha256).digest(), tag):
        return None
    if body[56:72] != bytes.fromhex(register_id):
        return None
    commits = int.from_bytes(body[8:16], "big")
    return AuditHead(commits, int.from_bytes(body[16:24], "big"), body[24:56])


class AnchorUnreadable(Exception):
    """The anchor file exists but neither record in it is a good one for this register."""


def read_anchor(path: Path, register_id: str, audit_key: bytes) -> AuditHead | None:
    """The newest good record; None if there is no anchor file. Raises `AnchorUnreadable` if
    the file is there but holds no good record (damaged, or another register's)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    heads = [
        head
        for offset in (0, RECORD)
        if (head := _unpack(raw[offset : offset + RECORD], register_id, audit_key)) is not None
    ]
    if not heads:
        raise AnchorUnreadable()
    return max(heads, key=lambda head: head.commits)


def anchor_file_bytes(head: AuditHead, register_id: str, audit_key: bytes) -> bytes:
    """A whole anchor file holding `head` (both records), e.g. to keep with a backup."""
    record = _pack(head, register_id, audit_key)
    return record + record


def save_anchor_file(path: Path, head: AuditHead, register_id: str, audit_key: bytes) -> None:
    """Write a whole anchor file atomically (a new register, a backup's copy, an accepted
    state)."""
    atomic_write(path, anchor_file_bytes(head, register_id, audit_key))


class Anchor:
    """The open anchor file of a signed-in register: `write` puts one record in place and
    fsyncs it (one fsync per commit; the file is created whole the first time)."""

    def __init__(self, path: Path, register_id: str, audit_key: bytes) -> None:
        self.path = path
        self._register_id = register_id
        self._audit_key = audit_key
        self._fd: int | None = None

    def write(self, head: AuditHead) -> None:
        if self._fd is None:
            if not self.path.exists():
                save_anchor_file(self.path, head, self._register_id, self._audit_key)
                self._fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
                return
            self._fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        record = _pack(head, self._register_id, self._audit_key)
        os.lseek(self._fd, (head.commits % 2) * RECORD, os.SEEK_SET)
        view = memoryview(record)
        while view:
            view = view[os.write(self._fd, view) :]
        os.fsync(self._fd)

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


__all__ = [
    "Anchor",
    "AnchorUnreadable",
    "AuditHead",
    "anchor_file_bytes",
    "read_anchor",
    "save_anchor_file",
]

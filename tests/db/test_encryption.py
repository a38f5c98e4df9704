"""Encryption is proven, not assumed: what is written never appears in the files' bytes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.audit import Action
from desktop.db.files import RegisterFiles
from tests.conftest import NewRegister

MARKER = "MARKÖR-Zlatan-19850101-4321"


def write_marker(made: NewRegister) -> None:
    register = made.register
    with register.write() as tx:
        tx.execute("CREATE TABLE IF NOT EXISTS probe (text TEXT)")
        for _ in range(50):
            tx.execute("INSERT INTO probe VALUES (?)", (MARKER,))
        tx.audit(Action.CREATE, "probe", 1)


def all_register_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file())


def test_marker_never_in_any_file_while_open_and_after_close(new_register: NewRegister) -> None:
    write_marker(new_register)
    # While open, the marker sits in the WAL; it must be encrypted there too.
    for encoding in ("utf-8", "utf-16-le", "latin-1"):
        try:
            needle = MARKER.encode(encoding)
        except UnicodeEncodeError:
            continue
        assert needle not in all_register_bytes(new_register.path)
    new_register.register.close()
    assert MARKER.encode() not in all_register_bytes(new_register.path)
    reopened = new_register.reopen()
    rows = reopened._conn_or_raise().execute("SELECT count(*) FROM probe").fetchone()
    assert rows[0] == 50


def test_header_is_not_plain_sqlite(new_register: NewRegister) -> None:
    new_register.register.close()
    assert new_register.path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_standard_sqlite_cannot_read_it(new_register: NewRegister) -> None:
    new_register.register.close()
    conn = sqlite3.connect(new_register.path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_key_slot_file_holds_no_key_in_clear(new_register: NewRegister) -> None:
    key = bytes(new_register.register._key)
    slots = RegisterFiles(new_register.path).keyslots.read_bytes()
    assert key not in slots
    assert key.hex().encode() not in slots
    import base64

    assert base64.b64encode(key) not in slots


def test_files_are_private_to_the_owner(new_register: NewRegister) -> None:
    files = RegisterFiles(new_register.path)
    for path in (files.database, files.keyslots):
        assert path.stat().st_mode & 0o077 == 0, path.name

"""A register on a network share: SQLite's WAL shared memory does not work over SMB, so the
register is opened in exclusive locking mode, and no second connection can read it meanwhile."""

from __future__ import annotations

import pytest
import sqlcipher3

from desktop.core.audit import Action
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister


def _raw_reader(new_register: NewRegister) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(new_register.path), timeout=0.2)
    conn.execute(f"PRAGMA key = \"x'{bytes(new_register.register._key).hex()}'\"")
    return conn


def test_wal_without_shared_memory_second_connection_cannot_read(
    new_register: NewRegister,
) -> None:
    register = new_register.register
    register.record(Action.VIEW, "register")
    with register.read() as conn:
        assert conn.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    shm = new_register.path.with_name(new_register.path.name + "-shm")
    assert not shm.exists()
    other = _raw_reader(new_register)
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="locked"):
            other.execute("SELECT count(*) FROM audit_log").fetchone()
    finally:
        other.close()


def test_reopened_register_keeps_exclusive_mode(new_register: NewRegister) -> None:
    register = new_register.reopen()
    shm = new_register.path.with_name(new_register.path.name + "-shm")
    assert not shm.exists()
    other = _raw_reader(new_register)
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="locked"):
            other.execute("SELECT count(*) FROM users").fetchone()
    finally:
        other.close()
    register.close()
    # Once closed, the register opens normally again.
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP).close()

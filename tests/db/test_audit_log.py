"""The audit log is append-only, written with the change it records, and tampering shows."""

from __future__ import annotations

import pytest
import sqlcipher3

from desktop.core.audit import Action
from desktop.core.recovery import parse_recovery_key
from desktop.db.keyslots import database_key_from_recovery
from desktop.db.register import MissingAuditEntry, _connect
from tests.conftest import NewRegister


def fill(made: NewRegister, n: int = 5) -> None:
    for i in range(n):
        made.register.record(Action.VIEW, "person", i + 1)


def test_update_and_delete_are_refused(new_register: NewRegister) -> None:
    fill(new_register)
    conn = new_register.register._conn_or_raise()
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET user = 'someone' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_tampering_through_a_raw_connection_is_named(new_register: NewRegister) -> None:
    fill(new_register)
    new_register.register.close()
    key = database_key_from_recovery(parse_recovery_key(new_register.recovery_key))
    conn = _connect(new_register.path, key)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET entity_id = '999' WHERE seq = 4")
    conn.close()
    register = new_register.reopen()
    report = register.verify_audit_chain()
    assert not report.intact
    assert report.first_broken_seq == 4
    failed = [c for c in register.verify() if not c.ok]
    assert [c.name for c in failed] == ["audit_chain"]
    assert "4" in failed[0].detail


def test_a_deleted_row_is_named(new_register: NewRegister) -> None:
    fill(new_register)
    new_register.register.close()
    key = database_key_from_recovery(parse_recovery_key(new_register.recovery_key))
    conn = _connect(new_register.path, key)
    conn.execute("DROP TRIGGER audit_log_append_only_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    conn.close()
    assert new_register.reopen().verify_audit_chain().first_broken_seq == 3


def test_entries_hold_no_names_or_content(new_register: NewRegister) -> None:
    new_register.register.record(Action.VIEW, "person", 42)
    entry = list(new_register.register.audit_entries())[-1]
    assert (entry.user, entry.action, entry.entity, entry.entity_id) == (
        "anna",
        "view",
        "person",
        "42",
    )
    assert entry.at.endswith("Z")


def test_change_and_its_audit_entry_commit_together(new_register: NewRegister) -> None:
    register = new_register.register
    with register.write() as tx:
        tx.execute("CREATE TABLE thing (x)")
        tx.audit(Action.CREATE, "thing", 0)
    count = len(list(register.audit_entries()))
    with pytest.raises(RuntimeError, match="boom"), register.write() as tx:
        tx.execute("INSERT INTO thing VALUES (1)")
        tx.audit(Action.CREATE, "thing", 1)
        raise RuntimeError("boom")
    conn = register._conn_or_raise()
    assert conn.execute("SELECT count(*) FROM thing").fetchone()[0] == 0
    assert len(list(register.audit_entries())) == count


def test_a_write_without_audit_entry_is_refused(new_register: NewRegister) -> None:
    register = new_register.register
    with register.write() as tx:
        tx.execute("CREATE TABLE thing (x)")
        tx.audit(Action.CREATE, "thing", 0)
    with pytest.raises(MissingAuditEntry), register.write() as tx:
        tx.execute("INSERT INTO thing VALUES (1)")
    assert register._conn_or_raise().execute("SELECT count(*) FROM thing").fetchone()[0] == 0

"""The register's state against its anchor (issue 11): a `-wal` deleted after a kill, a stray
`-wal` from another copy, the newest audit rows deleted, the chain re-MACed with the key the
register holds, a missing or damaged anchor. Each is refused with every file left exactly as
it was, a crash between a commit and its anchor is no false alarm, and an administrator (or
the recovery key) can accept a state on purpose, with the files before it kept."""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.accounts import Role
from desktop.core.audit import GENESIS_MAC, Action, AnchorVerdict, AuditHead, entry_mac
from desktop.core.errors import NotPermitted
from desktop.core.file_errors import DiskFull
from desktop.core.recovery import parse_recovery_key
from desktop.db.anchor import Anchor, read_anchor
from desktop.db.keyslots import database_key_from_recovery
from desktop.db.register import (
    AnchorMissing,
    Register,
    RegisterBehind,
    RegisterNotAsSaved,
    RegisterStateRefused,
    _connect,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.db.test_crash_safety import Killed, _die, _Steps, failing_at
from tests.db.test_durability import start_child

BO, BO_PASSWORD = "bo", "bos-lösenord-1"


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` with its bytes, but the lock (a killed process leaves its lock
    file, which the next one to open takes over and removes when it lets go)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


def raw(made: NewRegister) -> Any:
    """A raw connection with the real key (the recovery key's), as someone with the key has."""
    return _connect(made.path, database_key_from_recovery(parse_recovery_key(made.recovery_key)))


def with_table(made: NewRegister) -> None:
    with made.register.write() as tx:
        tx.execute("CREATE TABLE durability (n INTEGER PRIMARY KEY, payload BLOB)")
        tx.audit(Action.CREATE, "durability", 0)


def add_rows(register: Register, first: int, count: int) -> None:
    for n in range(first, first + count):
        with register.write() as tx:
            tx.execute("INSERT INTO durability (n, payload) VALUES (?, randomblob(500))", (n,))
            tx.audit(Action.CREATE, "durability", n)


def rows(register: Register) -> set[int]:
    with register.read() as conn:
        return {r[0] for r in conn.execute("SELECT n FROM durability")}


def refused(path: Path, kind: type[RegisterStateRefused]) -> RegisterStateRefused:
    """Signing in is refused with `kind`, and leaves every file in the folder as it was."""
    before = files_in(path.parent)
    with pytest.raises(kind) as caught:
        Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert files_in(path.parent) == before
    return caught.value


def kill_a_writer(made: NewRegister) -> set[int]:
    """A child process writing rows, killed with SIGKILL after it confirmed a few: the numbers
    it confirmed. Its `-wal` is left behind, never checkpointed."""
    made.register.close()
    child = start_child("write", str(made.path), ADMIN, "1")
    assert child.stdout and child.stdin and child.stderr
    confirmed = {int(child.stdout.readline()) for _ in range(30)}
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    return confirmed


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_wal_deleted_after_a_kill_is_refused_and_every_file_kept(
    new_register: NewRegister, tmp_path: Path
) -> None:
    with_table(new_register)
    confirmed = kill_a_writer(new_register)
    wal = new_register.path.with_name(new_register.path.name + "-wal")
    assert wal.stat().st_size > 0  # what the kill left: the commits live in the log
    kept = tmp_path / "kept-wal"
    shutil.copyfile(wal, kept)
    wal.unlink()

    error = refused(new_register.path, RegisterBehind)
    message = error.user_message()
    assert "-wal" in message and "backup" in message
    assert f'accept-register-state --register "{new_register.path}"' in message
    # Nothing was written meanwhile: with its log back, the register opens with every row.
    shutil.copyfile(kept, wal)
    register = new_register.reopen()
    assert confirmed <= rows(register)
    assert all(check.ok for check in register.verify())


def test_a_stray_wal_from_another_copy_is_refused_and_every_file_kept(
    new_register: NewRegister, tmp_path: Path
) -> None:
    with_table(new_register)
    add_rows(new_register.register, 1, 5)
    new_register.register.close()
    other = tmp_path / "copy"
    other.mkdir()
    for name, data in files_in(new_register.path.parent).items():
        (other / name).write_bytes(data)
    copy = Register.open(other / new_register.path.name, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    add_rows(copy, 100, 20)  # the copy's own 20 commits
    stray = (other / (new_register.path.name + "-wal")).read_bytes()  # as a crash leaves it
    copy.close()
    register = new_register.reopen()
    add_rows(register, 200, 20)  # this register's own 20 commits, checkpointed at close
    register.close()
    wal = new_register.path.with_name(new_register.path.name + "-wal")
    assert not wal.exists()
    wal.write_bytes(stray)

    error = refused(new_register.path, RegisterNotAsSaved)
    assert error.verdict is AnchorVerdict.DIFFERENT
    assert "another copy" in error.user_message()
    # Without the stray log the register is whole, with its own 20 commits.
    wal.unlink()
    assert set(range(200, 220)) <= rows(new_register.reopen())


def drop_guards(conn: Any) -> None:
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("DROP TRIGGER audit_log_append_only_delete")


def test_deleting_the_newest_audit_rows_is_refused(new_register: NewRegister) -> None:
    for n in range(5):
        new_register.register.record(Action.VIEW, "person", n)
    new_register.register.close()
    conn = raw(new_register)
    drop_guards(conn)
    conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)")
    conn.close()
    refused(new_register.path, RegisterBehind)


def test_rewriting_the_chain_with_the_key_the_register_holds_is_refused(
    new_register: NewRegister,
) -> None:
    """Someone with the database key removes an entry from the middle and re-MACs the whole
    chain with the audit key stored inside, adding an entry so the count stays the same: the
    chain verifies, but its newest entry is not the one anchored outside."""
    for n in range(6):
        new_register.register.record(Action.VIEW, "person", n)
    new_register.register.close()
    conn = raw(new_register)
    drop_guards(conn)
    audit_key = bytes(conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()[0])
    entries = conn.execute(
        "SELECT seq, at, user, action, entity, entity_id FROM audit_log ORDER BY seq"
    ).fetchall()
    kept = [e for e in entries if e[0] != 4] + [entries[-1]]
    conn.execute("DELETE FROM audit_log")
    previous = GENESIS_MAC
    for seq, (_, at, user, action, entity, entity_id) in enumerate(kept, start=1):
        mac = entry_mac(audit_key, previous, seq, at, user, action, entity, entity_id)
        conn.execute(
            "INSERT INTO audit_log (seq, at, user, action, entity, entity_id, mac) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, at, user, action, entity, entity_id, mac),
        )
        previous = mac
    conn.close()
    error = refused(new_register.path, RegisterNotAsSaved)
    assert error.verdict is AnchorVerdict.DIFFERENT


def test_a_missing_or_damaged_anchor_is_refused(new_register: NewRegister, tmp_path: Path) -> None:
    new_register.register.close()
    anchor = new_register.path.with_name(new_register.path.name + ".anchor")
    good = anchor.read_bytes()
    anchor.unlink()
    assert refused(new_register.path, AnchorMissing).verdict is AnchorVerdict.MISSING
    anchor.write_bytes(bytes(len(good)))
    assert refused(new_register.path, AnchorMissing).verdict is AnchorVerdict.UNREADABLE
    forged = bytearray(good)
    forged[20] ^= 1  # the commit count, without the key to sign it
    anchor.write_bytes(bytes(forged[:128]) + bytes(forged[:128]))
    refused(new_register.path, AnchorMissing)
    anchor.write_bytes(good)
    new_register.reopen()


def test_a_register_from_before_anchors_opens_and_is_anchored_from_then_on(
    new_register: NewRegister,
) -> None:
    new_register.register.close()
    conn = raw(new_register)
    conn.execute("DELETE FROM meta WHERE key = 'commits'")
    conn.close()
    anchor = new_register.path.with_name(new_register.path.name + ".anchor")
    anchor.unlink()
    register = new_register.reopen()
    assert anchor.exists()
    assert register.anchor_verdict() is AnchorVerdict.SAME
    assert register.audit_head().commits == 1  # the sign-in, the first commit counted


def test_each_commit_moves_the_anchor(new_register: NewRegister) -> None:
    register = new_register.register
    before = register.audit_head()
    seq = register.record(Action.VIEW, "person", 1)
    after = register.audit_head()
    assert (after.commits, after.seq) == (before.commits + 1, seq)
    assert register.anchor_verdict() is AnchorVerdict.SAME
    assert register.head_in_chain(before) and register.head_in_chain(after)
    assert not register.head_in_chain(type(after)(after.commits, after.seq, bytes(32)))


@pytest.mark.parametrize("failure", ["killed", "disk_full"])
def test_a_write_cut_off_at_each_step_is_no_false_alarm(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """Killed, or meeting a full disk, at the COMMIT and at the anchor's fsync: the register
    opens afterwards, with the row if the commit happened."""
    with_table(new_register)
    new_register.register.close()
    folder = new_register.path.parent
    pristine = files_in(folder)
    make_failure: Callable[[], BaseException] = (
        Killed if failure == "killed" else lambda: OSError(errno.ENOSPC, "disk full")
    )
    counting = _Steps(0, Killed)
    register = new_register.reopen()
    with failing_at(monkeypatch, register, counting):
        add_rows(register, 1, 1)
    register.close()
    assert counting.count == 2  # the COMMIT and the anchor's fsync
    for n in range(1, counting.count + 1):
        for name, data in pristine.items():
            (folder / name).write_bytes(data)
        register = new_register.reopen()
        steps = _Steps(n, make_failure)
        with failing_at(monkeypatch, register, steps):
            try:
                add_rows(register, 1, 1)
            except Killed:
                pass
            except DiskFull:  # SQLite's own "disk is full" at COMMIT, told as such
                assert failure == "disk_full" and n == 1
        _die(register)
        reopened = new_register.reopen()
        assert rows(reopened) == ({1} if n > 1 else set()), f"step {n}"
        assert reopened.anchor_verdict() is AnchorVerdict.SAME  # the sign-in anchored it
        reopened.close()


def test_an_anchor_that_cannot_be_written_stops_the_next_write_not_this_one(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_table(new_register)
    register = new_register.register
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    add_rows(register, 1, 1)  # committed: the caller must not think it failed
    assert rows(register) == {1}
    with pytest.raises(DiskFull):
        add_rows(register, 2, 1)
    assert rows(register) == {1}  # refused before anything was written
    _die(register)
    monkeypatch.setattr(os, "fsync", real_fsync)
    register = new_register.reopen()  # one commit ahead of its anchor: a crash, no alarm
    add_rows(register, 2, 1)
    assert rows(register) == {1, 2}
    assert register.anchor_verdict() is AnchorVerdict.SAME


def test_killed_between_the_commit_and_the_anchor_is_no_false_alarm(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_table(new_register)
    register = new_register.register

    def killed(self: Anchor, head: AuditHead) -> None:
        raise Killed()

    monkeypatch.setattr(Anchor, "write", killed)
    with pytest.raises(Killed):
        add_rows(register, 1, 1)
    own = register.audit_head()
    anchored = read_anchor(register.files.anchor, register.register_id, register._audit_key)
    assert anchored is not None and anchored.commits == own.commits - 1
    _die(register)
    monkeypatch.undo()
    reopened = new_register.reopen()
    assert rows(reopened) == {1}
    assert reopened.anchor_verdict() is AnchorVerdict.SAME


def lose_the_wal(made: NewRegister) -> None:
    with_table(made)
    kill_a_writer(made)
    made.path.with_name(made.path.name + "-wal").unlink()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_administrator_accepts_a_lost_wal_and_the_files_before_are_kept(
    new_register: NewRegister,
) -> None:
    new_register.register.add_user(BO, "Bo", Role.STAFF, BO_PASSWORD, must_change=False)
    lose_the_wal(new_register)
    folder = new_register.path.parent
    before = files_in(folder)
    with pytest.raises(NotPermitted):
        Register.open(new_register.path, BO, BO_PASSWORD, kdf=CHEAP, accept_state=True)
    assert files_in(folder) == before

    register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP, accept_state=True)
    assert register.accepted_copy is not None
    assert register.accepted_copy.read_bytes() == before[new_register.path.name]
    anchor_name = new_register.path.name + ".anchor"
    assert (folder / (register.accepted_copy.name + ".anchor")).read_bytes() == before[anchor_name]
    accepted = [e for e in register.audit_entries() if e.entity == "register_state"]
    assert [(e.user, e.action, e.entity_id) for e in accepted] == [(ADMIN, "recover", "behind")]
    assert all(check.ok for check in register.verify())
    register.close()
    Register.open(new_register.path, BO, BO_PASSWORD, kdf=CHEAP).close()


def test_the_recovery_key_accepts_a_stray_wal(new_register: NewRegister) -> None:
    new_register.register.close()
    anchor = new_register.path.with_name(new_register.path.name + ".anchor")
    anchor.unlink()
    with pytest.raises(AnchorMissing):
        Register.open_with_recovery_key(new_register.path, new_register.recovery_key, kdf=CHEAP)
    register = Register.open_with_recovery_key(
        new_register.path, new_register.recovery_key, kdf=CHEAP, accept_state=True
    )
    assert register.anchor_verdict() is AnchorVerdict.SAME
    register.close()
    new_register.reopen()


def test_verify_reports_the_anchor(new_register: NewRegister) -> None:
    register = new_register.register
    register.record(Action.VIEW, "person", 1)
    check = {c.name: c for c in register.verify()}["audit_anchor"]
    head = register.audit_head()
    assert check.ok and str(head.seq) in check.detail and str(head.commits) in check.detail
    anchor = new_register.path.with_name(new_register.path.name + ".anchor")
    anchor.write_bytes(b"\0" * 256)
    check = {c.name: c for c in register.verify()}["audit_anchor"]
    assert not check.ok and "damaged" in check.detail


def test_the_look_before_opening_leaves_no_file_behind(new_register: NewRegister) -> None:
    """Sign-in first looks through a read-only connection, which SQLite gives a `-shm` file
    (and an empty `-wal`) while it is open; those are gone again afterwards."""
    folder = new_register.path.parent
    new_register.register.close()
    before = set(files_in(folder))
    new_register.reopen().close()
    assert set(files_in(folder)) == before


def test_the_anchor_is_one_fsync_in_place_after_the_first(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = new_register.register
    register.record(Action.VIEW, "person", 1)
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd)))
    monkeypatch.setattr(os, "replace", lambda *a: (calls.append("replace"), real_replace(*a)))
    register.record(Action.VIEW, "person", 2)
    assert calls == ["fsync"]
    anchor = new_register.path.with_name(new_register.path.name + ".anchor")
    assert anchor.stat().st_size == 256
    key = bytes(register._audit_key)
    raw_anchor = anchor.read_bytes()
    for record in (raw_anchor[:128], raw_anchor[128:]):
        body, tag = record[:88], record[88:120]
        assert hmac.compare_digest(hmac.new(key, body, hashlib.sha256).digest(), tag)

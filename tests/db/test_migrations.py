"""Schema versions: a newer register is refused untouched, a failing step leaves it as it was,
and an encrypted copy is written before any migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.core.audit import Action
from desktop.core.drugtests import Method, Outcome, TestResult
from desktop.core.errors import RegisterTooNew
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.recovery import parse_recovery_key
from desktop.db.drugtests import DrugTestRepository
from desktop.db.keyslots import database_key_from_recovery
from desktop.db.migrations import MIGRATIONS, Migration
from desktop.db.participants import ParticipantRepository
from desktop.db.register import MigrationFailed, Register, _connect
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister

LATEST = MIGRATIONS[-1].version
NEXT = LATEST + 1


def raw(made: NewRegister):  # type: ignore[no-untyped-def]
    """A raw connection with the real key, as an attacker or a newer version would have."""
    return _connect(made.path, database_key_from_recovery(parse_recovery_key(made.recovery_key)))


def register_bytes(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_newer_register_is_refused_and_unchanged(new_register: NewRegister) -> None:
    new_register.register.close()
    conn = raw(new_register)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = register_bytes(new_register.path)
    with pytest.raises(RegisterTooNew) as caught:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert "99" in caught.value.user_message()
    assert register_bytes(new_register.path) == before


def test_failing_step_leaves_the_register_as_it_was(new_register: NewRegister) -> None:
    new_register.register.close()

    def half_done(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE half (x)")
        conn.execute(
            "INSERT INTO users (username, display_name, role, created_at) "
            "VALUES ('ghost', 'Ghost', 'staff', 'now')"
        )
        raise RuntimeError("step failed half-way")

    before = register_bytes(new_register.path)
    with pytest.raises(MigrationFailed) as caught:
        Register.open(
            new_register.path,
            ADMIN,
            ADMIN_PASSWORD,
            kdf=CHEAP,
            migrations=[*MIGRATIONS, Migration(NEXT, "half", half_done)],
        )
    after = register_bytes(new_register.path)
    copies = [name for name in after if f".before-v{LATEST}-" in name]
    assert len(copies) == 1 and copies[0] in caught.value.user_message()
    assert after[new_register.path.name] == before[new_register.path.name]
    register = new_register.reopen()
    conn = register._conn_or_raise()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    assert [u.username for u in register.users()] == [ADMIN]


def test_successful_migration_is_copied_first_and_audited(new_register: NewRegister) -> None:
    new_register.register.add_user(
        "bo", "Bo", __import__("desktop.core.accounts").core.accounts.Role.STAFF, "bos-lösenord-1"
    )
    new_register.register.close()

    def add_groups(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE groups_v2 (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")

    steps = [*MIGRATIONS, Migration(NEXT, "groups", add_groups)]
    with Register.open(
        new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP, migrations=steps
    ) as reg:
        conn = reg._conn_or_raise()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT
        migrate = [e for e in reg.audit_entries() if e.action == Action.MIGRATE]
        assert [(e.entity, e.entity_id) for e in migrate] == [("schema", str(NEXT))]
        assert reg.verify_audit_chain().intact
    copy = next(new_register.path.parent.glob(f"*.before-v{LATEST}-*"))
    # The copy is encrypted with the register's key and holds the data from before.
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    key = database_key_from_recovery(parse_recovery_key(new_register.recovery_key))
    old = _connect(copy, key)
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert old.execute("SELECT count(*) FROM users").fetchone()[0] == 2
    old.close()


def test_new_register_is_at_the_latest_version(new_register: NewRegister) -> None:
    conn = new_register.register._conn_or_raise()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1].version
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_v13_indexes_the_corrections_of_an_older_register(register_path: Path) -> None:
    """A register from before v13 gets the index of result corrections, and the steering
    figures' read (which needs it) still leaves out a corrected result."""
    before = [m for m in MIGRATIONS if m.version < 13]
    register, _ = Register.create(
        register_path, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP, migrations=before
    )
    register._clock = lambda: datetime(2025, 6, 2, 9, tzinfo=UTC)
    referred = PathEvent(EventKind.REFERRAL, date(2025, 5, 2), {"referrer_type": "probation"})
    (person,) = ParticipantRepository(register).create_many(
        [(Person("Åsa", "Öberg"), [referred])], today=date(2025, 6, 2)
    )
    assert person.id is not None
    tests = DrugTestRepository(register)

    def add(day: date, outcome: Outcome, corrects: int | None = None) -> int:
        taken = datetime(day.year, day.month, day.day, 9)
        result = tests.add_result(
            TestResult(person.id or 0, taken, Method.URINE, outcome, corrects=corrects)
        )
        return result.id or 0

    wrong = add(date(2025, 5, 5), Outcome.NO_SHOW)
    add(date(2025, 5, 6), Outcome.REFUSED, corrects=wrong)
    register.close()

    with Register.open(register_path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as reopened:
        conn = reopened._conn_or_raise()
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 13
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(test_results)")}
        assert "test_results_corrections" in indexes
        counted = DrugTestRepository(reopened).counted_days(date(2025, 5, 1), date(2025, 5, 31))
        assert [(d.day, d.column, d.people) for d in counted] == [
            (date(2025, 5, 6), Outcome.REFUSED.value, (person.id,))
        ]

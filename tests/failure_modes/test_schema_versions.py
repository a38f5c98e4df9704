"""Schema versions: a register saved by a newer Färdväg is refused untouched; a migration that
fails halfway (one step done, the next failing in the middle) leaves every record readable,
keeps an encrypted copy from before, and says where that copy is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.errors import AppError, RegisterTooNew
from desktop.core.recovery import parse_recovery_key
from desktop.db.keyslots import database_key_from_recovery
from desktop.db.migrations import MIGRATIONS, Migration
from desktop.db.participants import ParticipantRepository
from desktop.db.register import MigrationFailed, Register, _connect
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.failure_modes.conftest import files_in
from tests.services.conftest import Casebook, build_casebook

LATEST = MIGRATIONS[-1].version


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    made = build_casebook(new_register.register)
    new_register.register.close()
    return made


def key_of(made: NewRegister) -> bytes:
    return database_key_from_recovery(parse_recovery_key(made.recovery_key))


def notes_of(register: Register, person: int) -> list[str]:
    return [n.text for n in ParticipantRepository(register).notes(person)]


def test_a_register_from_a_newer_version_is_refused_untouched(
    new_register: NewRegister, book: Casebook, swedish: Callable[[AppError], str]
) -> None:
    conn = _connect(new_register.path, key_of(new_register))
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = files_in(new_register.path.parent)
    with pytest.raises(RegisterTooNew) as raised:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert swedish(raised.value) == (
        f"Registret har sparats av en nyare version av Färdväg (format {LATEST + 3}, den här "
        f"versionen kan läsa upp till {LATEST}). Installera den nyare versionen. Registret har "
        "inte ändrats."
    )
    after = files_in(new_register.path.parent)
    assert {name: after[name] for name in before} == before  # every file byte for byte


def first(conn: Any) -> None:
    conn.execute("CREATE TABLE goals_v2 (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO goals_v2 (text) SELECT 'kopierad' FROM persons")


def second(conn: Any) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    conn.execute("UPDATE notes SET text = 'förstörd'")  # the triggers refuse: notes are final
    raise AssertionError("the triggers should have stopped this step")


def fixed_second(conn: Any) -> None:
    conn.execute("CREATE TABLE half_done (x)")


FAILING = [*MIGRATIONS, Migration(LATEST + 1, "goals", first), Migration(LATEST + 2, "x", second)]
FIXED = [*FAILING[:-1], Migration(LATEST + 2, "x", fixed_second)]


def fail_halfway(made: NewRegister) -> MigrationFailed:
    with pytest.raises(MigrationFailed) as raised:
        Register.open(made.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP, migrations=FAILING)
    return raised.value


def test_a_migration_failing_halfway_loses_nothing_and_names_its_copy(
    new_register: NewRegister, book: Casebook, swedish: Callable[[AppError], str]
) -> None:
    message = swedish(fail_halfway(new_register))
    copies = sorted(new_register.path.parent.glob(f"{new_register.path.name}.before-v{LATEST}-*"))
    assert len(copies) == 1
    assert message == (
        "Registret kunde inte uppdateras för den här versionen av Färdväg och har lämnats som "
        f"det var. En kopia från före uppdateringen finns på {copies[0]}."
    )
    # The copy holds every note as it was, encrypted with the register's key.
    copy = _connect(copies[0], key_of(new_register))
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST
        rows = copy.execute("SELECT text FROM notes WHERE person_id = ?", (book.asa,))
        assert sorted(r[0] for r in rows) == sorted(book.asa_notes)
    finally:
        copy.close()
    # The version with the step mended opens it with every note, and the chain verifies.
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP, migrations=FIXED) as r:
        assert sorted(notes_of(r, book.asa)) == sorted(book.asa_notes)
        assert all(check.ok for check in r.verify())


def test_after_a_failed_migration_the_previous_version_still_opens_the_register(
    new_register: NewRegister, book: Casebook
) -> None:
    fail_halfway(new_register)
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        assert sorted(notes_of(register, book.asa)) == sorted(book.asa_notes)

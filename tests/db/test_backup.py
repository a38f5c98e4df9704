"""A backup on disk: the encrypted copy, its key slots and manifest, the checks, and a copy
taken while another thread writes."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.backup import (
    ANCHOR,
    DATABASE,
    KEYS,
    MANIFEST,
    BackupFailed,
    BackupInfo,
    _check_database,
    check_backup,
    key_id,
    list_backups,
    read_backup,
    take_backup,
)
from desktop.db.files import looks_like_plain_sqlite
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register, _connect
from tests.conftest import NewRegister


def add_person(register: Register, first: str, last: str) -> int:
    person = ParticipantRepository(register).create_referral(
        Person(first, last),
        PathEvent(
            EventKind.REFERRAL,
            date(2026, 11, 2),
            {"referrer_type": "probation", "referrer_name": "Frivården Borås", "reason": "Arbete"},
        ),
    )
    return person.id


def flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0xFF]))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "säkerhetskopior"
    made.mkdir()
    return made


def test_a_backup_is_an_encrypted_copy_with_its_key_slots_and_a_manifest(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    add_person(register, "Zlatan", "Öberg-Kowalski")
    anchor = register.files.database.with_name("enhet.fardvag.anchor")
    anchored = anchor.read_bytes() if anchor.exists() else None
    backup = take_backup(register, folder)

    assert [p.name for p in folder.iterdir()] == [backup.name]  # nothing else, nothing hidden
    assert backup.name.startswith("fardvag-backup-") and backup.name.endswith("Z")
    expected = [DATABASE, KEYS, MANIFEST] + ([ANCHOR] if anchored is not None else [])
    assert sorted(p.name for p in backup.path.iterdir()) == sorted(expected)
    if anchored is not None:  # the anchor of the moment the copy was taken
        assert (backup.path / ANCHOR).read_bytes() == anchored
    raw = (backup.path / DATABASE).read_bytes()
    assert not looks_like_plain_sqlite(backup.path / DATABASE)
    assert "Öberg-Kowalski".encode() not in raw and b"Zlatan" not in raw
    assert (backup.path / KEYS).read_bytes() == register.files.keyslots.read_bytes()

    manifest = json.loads((backup.path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["register_id"] == register.register_id
    assert manifest["verification"]["ok"] is True and manifest["verification"]["full"] is True
    head = list(register.audit_entries())[-2]  # the backup's own entry came after the copy
    assert manifest["audit_head"] == {"seq": head.seq, "mac": head.mac.hex()}
    assert manifest["files"][DATABASE]["size"] == len(raw)
    assert manifest["key_id"] == key_id(bytes(register._key))

    last = list(register.audit_entries())[-1]
    assert (last.action, last.entity, last.entity_id) == ("backup", "backup", backup.name)
    assert read_backup(backup.path) == backup
    assert list_backups(folder, register.register_id) == [backup]
    assert list_backups(folder, "another register") == []


def test_the_backup_opens_with_the_key_and_holds_what_the_register_held(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    person_id = add_person(register, "Åsa", "Lind")
    backup = take_backup(register, folder)
    conn = _connect(backup.path / DATABASE, bytes(register._key))
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file only
        assert [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")] == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        row = conn.execute("SELECT first_name FROM persons WHERE id = ?", (person_id,))
        assert row.fetchone()[0] == "Åsa"
    finally:
        conn.close()
    assert not (backup.path / (DATABASE + "-wal")).exists()


def test_a_backup_taken_while_another_thread_writes_passes_every_check(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                add_person(register, f"Skrivare{n}", "Tråd")
                written.append(n)
        except BaseException as exc:  # pragma: no cover - shown by the assertion below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.01)
        made = [take_backup(register, folder) for _ in range(3)]
        while len(written) < len(made) + 10:
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
    assert failures == []
    assert all(b.verification.ok and b.verification.full for b in made)
    key = bytes(register._key)
    people_in_backups = []
    for backup in made:
        again = check_backup(read_backup(backup.path), [key], register.now())
        assert again.ok and again.full, again.problems
        conn = _connect(backup.path / DATABASE, key)
        try:
            people_in_backups.append(conn.execute("SELECT count(*) FROM persons").fetchone()[0])
        finally:
            conn.close()
    assert people_in_backups == sorted(people_in_backups)  # each a moment later than the last
    assert people_in_backups[0] >= 5
    assert ParticipantRepository(register).count() == len(written)  # no write was lost
    assert register.verify_audit_chain().intact


def test_a_damaged_backup_fails_its_check_and_is_no_longer_good(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    add_person(register, "Åsa", "Lind")
    backup = take_backup(register, folder)
    flip_byte(backup.path / DATABASE, os.path.getsize(backup.path / DATABASE) // 2)

    files_only = check_backup(read_backup(backup.path), [], register.now())
    assert not files_only.ok and "register.fardvag changed since it was made" in files_only.problems
    assert not read_backup(backup.path).good  # recorded in the manifest

    # With the key, on the damaged bytes themselves: SQLCipher's page check finds the page.
    problems = _check_database(
        backup.path / DATABASE, bytes(register._key), backup.audit_seq, backup.audit_mac
    )
    assert problems  # e.g. "database disk image is malformed": the page fails its MAC


def test_a_backup_whose_audit_head_was_cut_off_fails(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    backup = take_backup(register, folder)
    key = bytes(register._key)
    assert _check_database(backup.path / DATABASE, key, backup.audit_seq, backup.audit_mac) == []
    wrong_head = _check_database(backup.path / DATABASE, key, backup.audit_seq + 5, "00")
    assert any("audit" in p for p in wrong_head)


def test_a_folder_without_a_readable_manifest_is_listed_and_never_good(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    backup = take_backup(register, folder)
    (backup.path / MANIFEST).write_text("{ halv", encoding="utf-8")
    empty = folder / "fardvag-backup-20250101T000000Z"
    empty.mkdir()
    listed = list_backups(folder, register.register_id)
    assert [b.name for b in listed] == [backup.name, empty.name]
    assert all(isinstance(b, BackupInfo) and not b.good for b in listed)
    assert not check_backup(listed[0], [bytes(register._key)], register.now()).ok


def test_a_damaged_key_slot_file_is_backed_up_from_its_full_copy(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    good_slots = register.files.keyslots_backup.read_bytes()
    register.files.keyslots.write_bytes(b"\x00garbage")
    backup = take_backup(register, folder)
    assert backup.good
    assert (backup.path / KEYS).read_bytes() == good_slots


def test_a_backup_is_refused_when_no_key_slots_can_be_read(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    register.files.keyslots.write_bytes(b"\x00garbage")
    register.files.keyslots_backup.write_bytes(b"")
    with pytest.raises(BackupFailed) as refused:
        take_backup(register, folder)
    assert "key slots unreadable" in refused.value.user_message()
    assert list(folder.iterdir()) == []

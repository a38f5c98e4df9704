"""Backups and restore as the window and the command line use them: back up now and at closing,
rotation, the status, restore, opening a backup to look something up, and each way it can go
wrong ending with a clear message and nothing lost."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.accounts import Role
from desktop.core.backup import BackupState
from desktop.core.errors import Cancelled, RegisterInUse
from desktop.core.file_errors import DiskFull, FolderMissing, FolderNotWritable
from desktop.core.progress import Progress
from desktop.db import backup as store
from desktop.db.backup import (
    DATABASE,
    MANIFEST,
    BackupFailed,
    BackupReadOnly,
    RestoreUnfinished,
)
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings, save_settings
from desktop.services import backup as service
from desktop.services.backup import (
    BackupDamaged,
    BackupNotSetUp,
    BackupOfAnotherRegister,
    WrongBackupPassword,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.db.test_backup import add_person, flip_byte

NOON = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def set_clock(register: Register, moment: datetime) -> None:
    register._clock = lambda: moment


def use_folder(register: Register, folder: Path, **counts: int) -> None:
    settings = replace(
        load_settings(register), unit_name="Chansen", backup_folder=str(folder), **counts
    )
    save_settings(register, settings)


def names(register: Register) -> list[str]:
    return sorted(p.name for p in ParticipantRepository(register).search())


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "hemkatalog" / "färdväg-säkerhetskopior"
    made.mkdir(parents=True)
    return made


def _mount(target: Path, options: str) -> Iterator[Path]:
    """A small file system of its own (root on Linux only): a real full disk, a real read-only
    folder even for root."""
    target.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    # Room for one backup of a new register (about 300 kB), not for two.
    yield from _mount(tmp_path / "liten", "size=500k")


# ----------------------------------------------------------------------------- backing up


def test_backup_now_needs_a_folder_and_then_uses_the_settings_folder(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    with pytest.raises(BackupNotSetUp) as refused:
        service.backup_now(register)
    assert "Settings" in refused.value.user_message()
    use_folder(register, folder)
    made = service.backup_now(register)
    assert made.backup.path.parent == folder and made.backup.good
    assert [b.name for b in service.backups(folder, register)] == [made.backup.name]


def test_a_missing_backup_folder_is_refused_and_nothing_is_made(
    new_register: NewRegister, tmp_path: Path
) -> None:
    register = new_register.register
    missing = tmp_path / "nätverksenhet-ej-ansluten"
    use_folder(register, missing)
    with pytest.raises(FolderMissing) as refused:
        service.backup_now(register)
    assert str(missing) in refused.value.user_message()
    assert not missing.exists()
    assert [e.action for e in register.audit_entries()][-1] != "backup"


def test_a_read_only_folder_leaves_no_partial_backup(
    new_register: NewRegister, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = new_register.register
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", denied)
    with pytest.raises(FolderNotWritable) as refused:
        service.backup_now(register, folder=folder)
    assert str(folder) in refused.value.user_message()
    assert list(folder.iterdir()) == []


def test_a_really_read_only_file_system(new_register: NewRegister, tmp_path: Path) -> None:
    register = new_register.register
    for mounted in _mount(tmp_path / "ro", "ro,size=1m"):
        with pytest.raises(FolderNotWritable):
            service.backup_now(register, folder=mounted)
        assert list(mounted.iterdir()) == []


def test_a_full_disk_leaves_no_partial_backup_and_keeps_the_older_one(
    new_register: NewRegister, small_disk: Path
) -> None:
    register = new_register.register
    set_clock(register, NOON - timedelta(days=1))
    first = service.backup_now(register, folder=small_disk).backup
    before = digest(small_disk)
    set_clock(register, NOON)
    add_person(register, "Åsa", "Lind")
    with pytest.raises(DiskFull) as refused:
        service.backup_now(register, folder=small_disk)
    assert str(small_disk) in refused.value.user_message()
    assert [p.name for p in small_disk.iterdir()] == [first.name]  # no hidden half backup
    assert digest(small_disk) == before
    assert service.check(first, register).ok


def test_a_full_disk_while_the_key_slots_are_written(
    new_register: NewRegister, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = new_register.register
    older = service.backup_now(register, folder=folder).backup
    set_clock(register, NOON + timedelta(days=1))

    def full(path: Path, data: bytes) -> None:
        path.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(store, "_write_new", full)
    with pytest.raises(DiskFull):
        service.backup_now(register, folder=folder)
    assert [p.name for p in folder.iterdir()] == [older.name]


def test_a_copy_that_fails_its_checks_is_not_kept_and_rotates_nothing_away(
    new_register: NewRegister, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = new_register.register
    use_folder(register, folder, backup_keep_daily=1, backup_keep_weekly=0, backup_keep_monthly=0)
    set_clock(register, NOON - timedelta(days=1))
    good = service.backup_now(register).backup
    set_clock(register, NOON)
    monkeypatch.setattr(store, "_check_database", lambda *a: ["page 3: HMAC check failed"])
    with pytest.raises(BackupFailed) as refused:
        service.backup_now(register)
    assert "HMAC" in refused.value.user_message()
    assert [p.name for p in folder.iterdir()] == [good.name]
    assert [e.action for e in register.audit_entries()].count("backup") == 1


def test_backup_if_due_makes_one_a_day_and_nothing_without_a_folder(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    set_clock(register, NOON)
    assert service.backup_if_due(register) is None  # no folder chosen: nothing to do
    use_folder(register, folder)
    first = service.backup_if_due(register)
    assert first is not None
    set_clock(register, NOON + timedelta(hours=4))
    assert service.backup_if_due(register) is None  # today's is made
    set_clock(register, NOON + timedelta(days=1))
    second = service.backup_if_due(register)
    assert second is not None and second.backup.name != first.backup.name
    assert len(service.backups(folder, register)) == 2


def test_rotation_keeps_the_settings_counts_and_never_touches_a_bad_or_foreign_backup(
    new_register: NewRegister, folder: Path, tmp_path: Path
) -> None:
    register = new_register.register
    use_folder(register, folder, backup_keep_daily=3, backup_keep_weekly=2, backup_keep_monthly=2)
    start = NOON - timedelta(days=40)
    made = []
    for day in range(30):
        set_clock(register, start + timedelta(days=day))
        made.append(service.backup_now(register).backup)
        if day == 5:
            damaged = made[-1]
            flip_byte(damaged.path / DATABASE, 5000)
            assert not service.check(damaged, register).ok
    other, _ = Register.create(
        tmp_path / "annan.fardvag", username="bo", password="bos-lösenord-77", kdf=CHEAP
    )
    with other:
        set_clock(other, start)
        foreign = service.backup_now(other, folder=folder).backup
    set_clock(register, start + timedelta(days=31))
    result = service.backup_now(register)

    left = {p.name for p in folder.iterdir()}
    assert damaged.name in left and foreign.name in left
    good = [b for b in service.backups(folder, register) if b.good]
    assert good[0] == result.backup
    days = sorted(b.created_at.date() for b in good)
    newest = result.backup.created_at.date()
    assert newest in days and len(good) <= 3 + 2 + 2
    assert (newest - days[0]).days >= 14  # the weekly and monthly ones reach back
    assert all(b.name not in left for b in result.removed)


# ----------------------------------------------------------------------------- status


def test_status_follows_the_backups_and_the_folder(new_register: NewRegister, folder: Path) -> None:
    register = new_register.register
    set_clock(register, NOON)
    assert service.status(register).state is BackupState.NOT_SET_UP
    use_folder(register, folder)
    assert service.status(register).state is BackupState.NEVER
    made = service.backup_now(register).backup
    assert service.status(register).state is BackupState.OK
    assert service.status(register).last_good == made.created_at
    later = NOON + timedelta(days=2, hours=1)
    overdue = service.status(register, now=later)
    assert overdue.state is BackupState.OVERDUE and overdue.needs_attention
    folder.rename(folder.with_name("bortkopplad"))
    unreachable = service.status(register, now=later)
    assert unreachable.state is BackupState.UNREACHABLE
    assert unreachable.last_good == made.created_at  # from the audit log
    with pytest.raises(FolderMissing):
        service.backup_if_due(register, now=later)


# ----------------------------------------------------------------------------- restoring


def test_restore_yesterdays_backup_and_keep_todays_register_beside_it(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    add_person(register, "Åsa", "Lind")
    set_clock(register, NOON - timedelta(days=1))
    yesterday = service.backup_now(register, folder=folder).backup
    add_person(register, "Bo", "Berg")  # today's work, after the backup
    register.close()

    done = service.restore(
        yesterday, new_register.path, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP
    )
    assert done.verification.ok and done.verification.full
    assert done.set_aside is not None
    assert done.set_aside.name.startswith("enhet.fardvag.before-restore-")
    restored = new_register.reopen()
    assert names(restored) == ["Åsa Lind"]
    assert all(check.ok for check in restored.verify())
    assert ("restore", "backup", yesterday.name) in [
        (e.action, e.entity, e.entity_id) for e in restored.audit_entries()
    ]
    restored.close()
    with Register.open(done.set_aside, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as kept:
        assert names(kept) == ["Bo Berg", "Åsa Lind"]  # nothing lost: it opens as it was


def test_restore_is_refused_while_the_register_is_open(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    backup = service.backup_now(register, folder=folder).backup
    before = digest(new_register.path.parent)
    with pytest.raises(RegisterInUse) as refused:
        service.restore(backup, new_register.path)
    assert ADMIN in refused.value.user_message()
    assert digest(new_register.path.parent) == before


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    backup = service.backup_now(register, folder=folder).backup
    register.close()
    flip_byte(backup.path / DATABASE, 9000)
    register_files = {
        p.name: p.read_bytes() for p in new_register.path.parent.iterdir() if p.is_file()
    }
    with pytest.raises(BackupDamaged) as refused:
        service.restore(backup.path, new_register.path)
    assert "damaged" in refused.value.user_message()
    assert {
        p.name: p.read_bytes() for p in new_register.path.parent.iterdir() if p.is_file()
    } == register_files
    assert not service.read_backup(backup.path).good


def test_restore_with_the_wrong_password_or_another_registers_backup(
    new_register: NewRegister, folder: Path, tmp_path: Path
) -> None:
    register = new_register.register
    backup = service.backup_now(register, folder=folder).backup
    register.close()
    with pytest.raises(WrongBackupPassword):
        service.restore(backup, new_register.path, username=ADMIN, password="fel-lösenord-1")
    other, _ = Register.create(
        tmp_path / "annan.fardvag", username="bo", password="bos-lösenord-77", kdf=CHEAP
    )
    other.close()
    with pytest.raises(BackupOfAnotherRegister):
        service.restore(backup, tmp_path / "annan.fardvag")
    with Register.open(tmp_path / "annan.fardvag", "bo", "bos-lösenord-77", kdf=CHEAP):
        pass  # still its own register


def test_a_restore_cut_off_halfway_keeps_the_register_aside_and_can_be_run_again(
    new_register: NewRegister, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = new_register.register
    add_person(register, "Åsa", "Lind")
    backup = service.backup_now(register, folder=folder).backup
    add_person(register, "Bo", "Berg")
    register.close()
    real_replace = os.replace

    def fails_on_the_database(source: object, target: object) -> None:
        if Path(str(target)) == new_register.path:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(store.os, "replace", fails_on_the_database)
    with pytest.raises(RestoreUnfinished) as stopped:
        service.restore(backup, new_register.path)
    monkeypatch.setattr(store.os, "replace", real_replace)
    aside = Path(stopped.value.params["aside"])
    assert aside.name.startswith("enhet.fardvag.before-restore-") and aside.is_file()
    assert not new_register.path.exists()
    assert not list(new_register.path.parent.glob(".*.tmp"))  # no half copies left

    service.restore(backup, new_register.path)
    assert names(new_register.reopen()) == ["Åsa Lind"]
    new_register.register.close()
    with Register.open(aside, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as kept:
        assert names(kept) == ["Bo Berg", "Åsa Lind"]


def test_restore_where_the_register_is_gone(new_register: NewRegister, folder: Path) -> None:
    register = new_register.register
    backup = service.backup_now(register, folder=folder).backup
    register.close()
    for path in new_register.path.parent.glob("enhet.fardvag*"):
        path.unlink()
    done = service.restore(backup, new_register.path)
    assert done.set_aside is None and not done.verification.full
    assert new_register.reopen().users()[0].username == ADMIN


# ----------------------------------------------------------------------------- looking


def test_open_a_backup_read_only_with_the_password_of_its_day(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    add_person(register, "Åsa", "Lind")
    backup = service.backup_now(register, folder=folder).backup
    register.change_own_password(ADMIN_PASSWORD, "nytt-lösenord-2027")
    add_person(register, "Bo", "Berg")
    before = digest(backup.path)

    with pytest.raises(WrongBackupPassword):
        service.open_read_only(backup, username=ADMIN, password="nytt-lösenord-2027", kdf=CHEAP)
    with service.open_read_only(
        backup, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP, register=register
    ) as opened:
        assert names(opened.register) == ["Åsa Lind"]
        with pytest.raises(BackupReadOnly):
            add_person(opened.register, "Ny", "Person")
        with pytest.raises(BackupReadOnly):
            opened.register.add_user("cilla", "Cilla", Role.STAFF, "sommar-regn-88")
        copy_folder = opened._folder
        assert copy_folder.is_dir()
    assert not copy_folder.exists()
    assert digest(backup.path) == before  # the backup itself was only read
    assert ("view", "backup", backup.name) in [
        (e.action, e.entity, e.entity_id) for e in register.audit_entries()
    ]


def test_open_a_backup_with_the_recovery_key(new_register: NewRegister, folder: Path) -> None:
    register = new_register.register
    add_person(register, "Åsa", "Lind")
    backup = service.backup_now(register, folder=folder).backup
    with service.open_read_only(backup, recovery_key=new_register.recovery_key) as opened:
        assert names(opened.register) == ["Åsa Lind"]


def test_after_a_key_rotation_an_old_backup_is_checked_by_its_files(
    new_register: NewRegister, folder: Path
) -> None:
    register = new_register.register
    backup = service.backup_now(register, folder=folder).backup
    register.rotate_key(show=lambda key: None)
    again = service.check(backup, register)
    assert again.ok and not again.full
    full = service.check(backup, username=ADMIN, password=ADMIN_PASSWORD)
    assert full.ok and full.full
    manifest = (backup.path / MANIFEST).read_text(encoding="utf-8")
    assert '"full": true' in manifest


def test_a_cancelled_backup_leaves_nothing(new_register: NewRegister, folder: Path) -> None:
    register = new_register.register
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int, text: str) -> None:
        reports.append((done, total))
        progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled):
        service.backup_now(register, folder=folder, progress=progress)
    assert reports and reports[0][1] > 0
    assert list(folder.iterdir()) == []
    assert "backup" not in [e.action for e in register.audit_entries()]

"""Backups and restore for the window and the command line (issue 11). Headless: long calls
(`backup_now`, `backup_if_due`, `restore`, `check`) belong on a worker thread in the window.

The API:

    backup_now(register, *, folder=None, progress=NO_PROGRESS) -> BackupResult
        One backup now into the unit's backup folder (or `folder`), checked, then rotation.
    backup_if_due(register, *, now=None, progress=NO_PROGRESS) -> BackupResult | None
        At closing: the same, when a folder is set and there is no good backup from today.
    status(register, *, now=None) -> BackupStatus
        For Översikt and the to-do list (desktop.core.backup.BackupStatus: state, last good
        backup, folder, needs_attention, message()).
    backups(folder, register=None) -> list[BackupInfo]
        The backups in a folder, newest first: when(), size, good, verification.
    read_backup(path) -> BackupInfo
        One backup folder (e.g. chosen by hand in a file dialog).
    check(backup, register=None, *, username=…, password=… | recovery_key=…) -> Verification
        Check a backup again: its files always, everything when a key for it is at hand.
    restore(backup, register_path, *, username=…, password=… | recovery_key=…) -> Restored
        Put a backup in the register's place; the current files are moved aside, never deleted.
    open_read_only(backup, *, username=…, password=… | recovery_key=…) -> OpenedBackup
        A backup opened to look something up; nothing can be written to it.

Every refusal is an `AppError` whose message says what to do, and leaves everything as it
was: a missing, read-only or full backup folder leaves no half backup and every older one;
a backup failing its checks is never counted as good, never rotates a good one away and is
never restored; a register open somewhere is never replaced."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.audit import Action
from desktop.core.backup import (
    BackupStatus,
    Retention,
    backup_due,
    backup_status,
    backups_to_keep,
)
from desktop.core.errors import AppError, WrongPassword
from desktop.core.file_errors import FileProblem
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.settings import UnitSettings
from desktop.db import backup as store
from desktop.db.backup import (
    BackupDamaged,
    BackupFailed,
    BackupInfo,
    BackupReadOnly,
    NotABackup,
    OpenedBackup,
    RestoreUnfinished,
    Verification,
    WrongBackupPassword,
    read_backup,
)
from desktop.db.files import RegisterFiles
from desktop.db.keyslots import KdfParams, SlotFile, SlotFileDamaged
from desktop.db.register import Register
from desktop.db.settings import load_settings

__all__ = [
    "BackupDamaged",
    "BackupFailed",
    "BackupInfo",
    "BackupNotSetUp",
    "BackupOfAnotherRegister",
    "BackupReadOnly",
    "BackupResult",
    "NotABackup",
    "OpenedBackup",
    "RestoreUnfinished",
    "Restored",
    "Verification",
    "WrongBackupPassword",
    "backup_if_due",
    "backup_now",
    "backups",
    "check",
    "open_read_only",
    "read_backup",
    "restore",
    "status",
]

log = logging.getLogger(__name__)

LEFTOVER_AGE = timedelta(days=1)  # a hidden half backup this old is from a crash


class BackupNotSetUp(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "No backup folder is chosen. An administrator chooses one under Settings (for "
        "example a folder on your network home drive).",
    )


class BackupOfAnotherRegister(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "That backup is of another register, not of {path}. Choose a backup of this register; "
        "nothing was changed.",
    )

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


@dataclass(frozen=True)
class BackupResult:
    """A backup made and checked, and the older ones rotation removed after it."""

    backup: BackupInfo
    removed: tuple[BackupInfo, ...] = ()


@dataclass(frozen=True)
class Restored:
    """A restore done: the backup now in place, and where the register that was there went
    (None when there was none). `verification.full` tells whether the database itself was
    checked (a key was given) or its files compared with those that passed when it was made."""

    backup: BackupInfo
    set_aside: Path | None
    verification: Verification


def retention_of(settings: UnitSettings) -> Retention:
    return Retention(
        settings.backup_keep_daily, settings.backup_keep_weekly, settings.backup_keep_monthly
    )


def _folder(settings: UnitSettings) -> Path | None:
    return Path(settings.backup_folder) if settings.backup_folder else None


def backup_now(
    register: Register, *, folder: Path | None = None, progress: Progress = NO_PROGRESS
) -> BackupResult:
    """Make a backup now, in `folder` or the unit's backup folder: copied, checked, renamed
    into place, recorded in the audit log; then the older good backups beyond the settings'
    7/4/12 are removed (never before the new one passed its checks). Raises `BackupNotSetUp`,
    a `FileProblem` (folder missing, read-only, full disk), `BackupFailed` or `Cancelled`."""
    settings = load_settings(register)
    target = folder or _folder(settings)
    if target is None:
        raise BackupNotSetUp()
    store.remove_leftovers(target, register.now() - LEFTOVER_AGE)
    made = store.take_backup(register, target, progress=progress)
    removed = rotate(target, register.register_id, retention_of(settings))
    return BackupResult(made, tuple(removed))


def backup_if_due(
    register: Register, *, now: datetime | None = None, progress: Progress = NO_PROGRESS
) -> BackupResult | None:
    """For closing the window: a backup when a folder is set and none good was made today
    (local time), else None. Raises as `backup_now` does (an unreachable folder included),
    so the window can say so before it closes."""
    settings = load_settings(register)
    folder = _folder(settings)
    if folder is None:
        return None
    moment = (now or register.now()).astimezone()
    good = [b for b in store.list_backups(folder, register.register_id) if b.good]
    if not backup_due(good[0].created_at if good else None, moment):
        return None
    return backup_now(register, folder=folder, progress=progress)


def rotate(folder: Path, register_id: str, retention: Retention) -> list[BackupInfo]:
    """Remove this register's good backups that `retention` does not keep. Backups that are
    not good (failed checks, unreadable manifest) and other registers' are never touched,
    and the newest good one always stays. Returns those removed."""
    good = [
        b
        for b in store.list_backups(folder, register_id)
        if b.good and b.register_id == register_id
    ]
    local = {b.path: b.created_at.astimezone() for b in good}
    keep = backups_to_keep(local.values(), retention)
    removed = []
    for backup in good:
        if local[backup.path] in keep:
            continue
        try:
            store.remove_backup(backup)
        except OSError as exc:  # a backup kept too long is no loss: say so in the log only
            log.warning("could not remove an old backup: %s", type(exc).__name__)
            continue
        removed.append(backup)
    return removed


def status(register: Register, *, now: datetime | None = None) -> BackupStatus:
    """The backup status for Översikt and the to-do list. Reads the backup folder (a network
    drive may answer slowly: call it off the window's thread); when the folder cannot be
    reached, the last good backup is the one the audit log recorded."""
    settings = load_settings(register)
    moment = now or register.now()
    folder = _folder(settings)
    if folder is None:
        return backup_status("", False, store.last_backup_recorded(register), moment)
    try:
        good = [b for b in store.list_backups(folder, register.register_id) if b.good]
    except FileProblem:
        return backup_status(
            settings.backup_folder, False, store.last_backup_recorded(register), moment
        )
    return backup_status(settings.backup_folder, True, good[0].created_at if good else None, moment)


def backups(folder: Path, register: Register | None = None) -> list[BackupInfo]:
    """The backups in `folder`, newest first (only the open register's, when one is given),
    each with the result of its last check. Raises a `FileProblem` when the folder cannot be
    read."""
    return store.list_backups(folder, register.register_id if register is not None else None)


def _keys(
    backup: BackupInfo,
    register: Register | None,
    username: str | None,
    password: str | None,
    recovery_key: str | None,
) -> list[bytes]:
    keys = []
    if register is not None and register.is_open:
        keys.append(bytes(register._key))
    if recovery_key is not None or username is not None:
        keys.extend(
            store.backup_keys(
                backup, username=username, password=password, recovery_key=recovery_key
            )
        )
    return keys


def check(
    backup: BackupInfo | Path,
    register: Register | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
) -> Verification:
    """Check a backup again and record the result in it. Its files are always compared with
    the manifest; the database is opened and checked in full when a key for it is at hand:
    the signed-in `register`'s (same key unless it was rotated since), or the backup's own
    slots with `username` and `password` (of the day it was made), or `recovery_key`."""
    info = read_backup(backup) if isinstance(backup, Path) else backup
    keys = _keys(info, register, username, password, recovery_key)
    now = register.now() if register is not None else datetime.now(UTC)
    return store.check_backup(info, keys, now)


def _register_id_at(register_path: Path) -> str | None:
    """The register id in the key slots beside `register_path`, if they can be read."""
    files = RegisterFiles(register_path)
    for path in (files.keyslots, files.keyslots_backup):
        try:
            return SlotFile.from_bytes(path.read_bytes()).register_id
        except (OSError, SlotFileDamaged):
            continue
    return None


def restore(
    backup: BackupInfo | Path,
    register_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
    kdf: KdfParams | None = None,
    now: datetime | None = None,
) -> Restored:
    """Put `backup` in the register's place at `register_path`. Refused (`RegisterInUse`)
    while anyone has the register open, and the lock is held throughout so nobody opens it
    meanwhile. The backup is checked first and refused (`BackupDamaged`) if it fails: its
    files against the manifest always, which proves them the very files that passed every
    check when it was made; and, given the user name and password of that day or the
    recovery key, the database itself again. A backup of another register is refused
    (`BackupOfAnotherRegister`). The current register and its companions are renamed to
    NAME.before-restore-TIME (`Restored.set_aside`), never deleted; cut off after that,
    `RestoreUnfinished` names where, and running the restore again finishes it.

    With a user name and password, the restored register is then signed in to once to record
    the restore in its audit log."""
    info = read_backup(backup) if isinstance(backup, Path) else backup
    moment = now or datetime.now(UTC)
    with store.holding_register(register_path) as files:
        current_id = _register_id_at(register_path)
        if info.register_id and current_id and current_id != info.register_id:
            raise BackupOfAnotherRegister(str(register_path))
        keys = _keys(info, None, username, password, recovery_key)
        verification = store.check_backup(info, keys, moment)
        if not verification.ok:
            log.error("restore refused: %s", "; ".join(verification.problems))
            raise BackupDamaged(info.when(), "; ".join(verification.problems[:3]))
        aside = store.put_in_place(info, files, moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if username is not None and password is not None:
        with Register.open(register_path, username, password, kdf=kdf) as restored:
            restored.record(Action.RESTORE, "backup", info.name)
    return Restored(info, aside, verification)


def open_read_only(
    backup: BackupInfo | Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
    register: Register | None = None,
    kdf: KdfParams | None = None,
) -> OpenedBackup:
    """Open a backup to look something up, signed in with the backup's own key slots (the
    password of the day it was made) or the recovery key of that time. The backup's files are
    only read: a private temporary copy (encrypted, deleted at `close()`) is opened, and every
    write to it raises `BackupReadOnly`. Use as `with open_read_only(…) as opened:` and read
    through `opened.register` with the usual repositories. When the live `register` is given,
    the look is recorded in its audit log."""
    info = read_backup(backup) if isinstance(backup, Path) else backup
    if not info.files:
        raise BackupDamaged(info.when(), "; ".join(info.verification.problems) or "manifest")

    def sign_in(path: Path) -> Register:
        try:
            return store.open_lookup(
                path, username=username, password=password, recovery_key=recovery_key, kdf=kdf
            )
        except WrongPassword:
            raise WrongBackupPassword() from None

    opened = store.open_copy(info, sign_in)
    if register is not None:
        register.record(Action.VIEW, "backup", info.name)
    return opened

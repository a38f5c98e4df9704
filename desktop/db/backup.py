"""Backups on disk: an encrypted copy of the register with its key slots and a manifest, in a
folder of its own; checking one; putting one back in the register's place; opening one to look
something up. The rules (names, rotation, status) are in desktop.core.backup; what the window
and the command line call is desktop.services.backup.

A backup is a folder named after its UTC time and nothing else, e.g.

    fardvag-backup-20261201T093012Z/
        register.fardvag          the database, encrypted with the register's key
        register.fardvag.keys     the key slots as they were (the passwords of that day)
        register.fardvag.anchor   the register's anchor as it was (when it has one), so the
                                  restored register matches its anchor
        manifest.fardvag.json     created, schema, register id, sizes and SHA-256 of both
                                  files, the audit chain's head, the result of the checks

It is written under a hidden temporary name in the destination, every file fsynced, checked
(SQLCipher's page MACs, SQLite's structure, the audit chain and its head), and only then
renamed to its real name: a folder with that name is complete and passed its checks when made.
The copy is taken through the signed-in register's own connection under its mutex (the file
is opened with an exclusive lock, so it cannot be opened a second time), with SQLite's backup
API; a write from another thread waits for it and is in the next backup.

What the checks can prove: the copy decrypts with the key, every page is the one SQLCipher
wrote, the structure is sound, the audit chain is whole and ends where the register's chain
ended when the copy was made, and (later, without the key) the files are byte for byte those
that passed. What they cannot: that nobody holding the key rewrote the files and the manifest
together; the manifest is not signed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop import __version__
from desktop.core.accounts import normalise_username
from desktop.core.audit import GENESIS_MAC, Action, AuditEntry, verify_chain
from desktop.core.backup import backup_name, time_of_backup
from desktop.core.clock import Clock, utc_now
from desktop.core.errors import AppError, RegisterDamaged
from desktop.core.file_errors import DiskFull, FolderMissing, FolderNotWritable, file_error
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.recovery import parse_recovery_key
from desktop.db import driver
from desktop.db.driver import Connection
from desktop.db.files import RegisterFiles, atomic_write, fsync_directory, looks_like_plain_sqlite
from desktop.db.keyslots import (
    KdfParams,
    SlotDoesNotOpen,
    SlotFile,
    SlotFileDamaged,
    database_key_from_recovery,
)
from desktop.db.migrations import user_version
from desktop.db.register import (
    Register,
    Transaction,
    WrongRecoveryKey,
    _acquire,
    _connect,
    _KeyRejected,
    audit_time,
)

log = logging.getLogger(__name__)

DATABASE = "register.fardvag"
KEYS = "register.fardvag.keys"
ANCHOR = "register.fardvag.anchor"
MANIFEST = "manifest.fardvag.json"
MANIFEST_FORMAT = 1
_PAGES_PER_STEP = 512  # of 4 kB: the copy reports progress and can be cancelled every 2 MB
_PARTIAL = ".partial-"
_REMOVING = ".removing-"


class BackupFailed(AppError):
    """The new backup could not be made; the register and the older backups are untouched."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The backup could not be made: the copy did not pass its checks ({detail}). The "
        "register and the older backups are as they were. Try again; if it fails again, "
        "contact whoever looks after the unit's computers.",
    )

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


class BackupDamaged(AppError):
    """A backup that fails its checks: it is not restored and not counted as good."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The backup from {when} is damaged ({detail}) and cannot be used. Choose another "
        "backup; nothing was changed.",
    )

    def __init__(self, when: str, detail: str) -> None:
        super().__init__(when=when, detail=detail)


class NotABackup(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "{path} is not a Färdväg backup. Choose a folder named like "
        "fardvag-backup-20261201T093012Z.",
    )

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class RestoreUnfinished(AppError):
    """Files were moved aside but the backup could not be put in their place."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The restore stopped halfway: the register that was there is kept, whole, as {aside}. "
        "Run the restore again to finish it; nothing else was changed.",
    )

    def __init__(self, aside: str) -> None:
        super().__init__(aside=aside)


class BackupReadOnly(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "This is a backup, opened to look things up: nothing can be changed in it. Make the "
        "change in the register itself.",
    )


class WrongBackupPassword(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The user name or the password does not open this backup. A backup opens with the "
        "password its user had on the day it was made, or with the recovery key of that time.",
    )


@dataclass(frozen=True)
class FileDigest:
    size: int
    sha256: str


@dataclass(frozen=True)
class Verification:
    """The result of checking a backup. `full`: opened with the key and every check run;
    otherwise only its files were compared with the manifest. `problems` are technical (no
    personal data), for the log and the detail of a message."""

    ok: bool
    checked_at: str
    full: bool
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "checked_at": self.checked_at,
            "full": self.full,
            "problems": list(self.problems),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Verification:
        problems = data.get("problems", [])
        return cls(
            ok=data.get("ok") is True,
            checked_at=str(data.get("checked_at", "")),
            full=data.get("full") is True,
            problems=tuple(str(p) for p in problems) if isinstance(problems, list) else (),
        )


@dataclass(frozen=True)
class BackupInfo:
    """One backup folder as its manifest describes it. A folder whose manifest is missing or
    unreadable is listed too, with `verification.ok` False, so the user sees it; it is never
    counted as good, restored or removed by rotation."""

    path: Path
    created_at: datetime  # UTC, from the folder's name
    register_id: str = ""
    schema_version: int = 0
    app_version: str = ""
    key_id: str = ""
    audit_seq: int = 0
    audit_mac: str = ""
    files: dict[str, FileDigest] = field(default_factory=dict)
    verification: Verification = Verification(False, "", False, ("no manifest",))

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        """Bytes on disk, both files together."""
        return sum(f.size for f in self.files.values())

    @property
    def good(self) -> bool:
        return self.verification.ok

    def when(self) -> str:
        """When it was made, in the PC's local time, e.g. 2026-12-01 10:30."""
        return self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def to_json(self) -> dict[str, object]:
        return {
            "format": MANIFEST_FORMAT,
            "created_at": audit_time(self.created_at),
            "app_version": self.app_version,
            "register_id": self.register_id,
            "schema_version": self.schema_version,
            "key_id": self.key_id,
            "audit_head": {"seq": self.audit_seq, "mac": self.audit_mac},
            "files": {name: {"size": d.size, "sha256": d.sha256} for name, d in self.files.items()},
            "verification": self.verification.to_json(),
        }


def key_id(key: bytes) -> str:
    """A short public name for a database key, so a check knows whether a key is this
    backup's without trying it (derived one way: it tells nothing about the key)."""
    return (
        HKDF(algorithm=hashes.SHA256(), length=8, salt=None, info=b"fardvag backup key id v1")
        .derive(key)
        .hex()
    )


# ----------------------------------------------------------------------------- reading


def read_backup(path: Path) -> BackupInfo:
    """The backup at `path` (a folder named fardvag-backup-…). Raises `NotABackup` for any
    other path; a damaged manifest gives a `BackupInfo` that is not good."""
    created = time_of_backup(path.name)
    if created is None or not path.is_dir():
        raise NotABackup(str(path))
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("unknown manifest format")
        head = data["audit_head"]
        return BackupInfo(
            path=path,
            created_at=created,
            register_id=str(data["register_id"]),
            schema_version=int(data["schema_version"]),
            app_version=str(data.get("app_version", "")),
            key_id=str(data["key_id"]),
            audit_seq=int(head["seq"]),
            audit_mac=str(head["mac"]),
            files={
                str(name): FileDigest(int(d["size"]), str(d["sha256"]))
                for name, d in data["files"].items()
            },
            verification=Verification.from_json(data["verification"]),
        )
    except FileNotFoundError:
        return BackupInfo(path, created)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("backup manifest unreadable: %s", type(exc).__name__)
        return BackupInfo(path, created, verification=Verification(False, "", False, ("manifest",)))


def list_backups(folder: Path, register_id: str | None = None) -> list[BackupInfo]:
    """The backups in `folder`, newest first; with `register_id`, only that register's (and
    those whose manifest cannot tell). Raises a `FileProblem` when the folder cannot be read."""
    try:
        names = sorted(
            (entry.name for entry in os.scandir(folder) if time_of_backup(entry.name)),
            reverse=True,
        )
    except OSError as exc:
        raise file_error(exc, folder / "x") from None
    found = []
    for name in names:
        with contextlib.suppress(NotABackup):  # a file with a backup's name: not ours
            info = read_backup(folder / name)
            if register_id is None or info.register_id in ("", register_id):
                found.append(info)
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found


def last_backup_recorded(register: Register) -> datetime | None:
    """When the register last recorded a good backup (the audit log's newest `backup`
    entry): the status shown while the backup folder cannot be reached."""
    with register.read() as conn:
        row = conn.execute(
            "SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1",
            (Action.BACKUP.value,),
        ).fetchone()
    return datetime.fromisoformat(str(row[0]).replace("Z", "+00:00")) if row else None


# ----------------------------------------------------------------------------- making


def _audit_head(conn: Connection) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS_MAC)


def _sha256(path: Path) -> FileDigest:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return FileDigest(size, digest.hexdigest())


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _storage_problem(exc: BaseException, folder: Path) -> AppError | None:
    """The user's message for a failure to write into `folder`: the OS's errors and SQLite's,
    which carry only a text."""
    if isinstance(exc, OSError):
        return file_error(exc, folder / "x")
    if isinstance(exc, driver.Error):
        text = str(exc).casefold()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull(folder=str(folder))
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return FolderNotWritable(folder=str(folder))
    return None


def _anchor_of(database: Path) -> Path:
    """The anchor beside a register (desktop/db/anchor.py): commit count and audit head."""
    return database.with_name(database.name + ".anchor")


def _copy_database(
    register: Register, target_path: Path, progress: Progress
) -> tuple[int, tuple[int, bytes], bytes, bytes | None, str]:
    """The register's database into `target_path`, encrypted with its key, and the key slots
    and the anchor as they are at the same moment; under the register's mutex, so no commit
    (and no anchor written after it) comes between them. Returns the schema version, the
    audit head, the slot file's and the anchor's bytes (None without one) and the register
    id."""
    with register._mutex:
        conn = register._conn_or_raise()
        key = bytes(register._key)
        target = _connect(target_path, key)
        try:

            def step(status: int, remaining: int, total: int) -> None:
                progress.report(total - remaining, total)
                progress.check()

            conn.backup(target, pages=_PAGES_PER_STEP, progress=step)
            # A single file, with no write-ahead log beside it, for the folder and the restore.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        head = _audit_head(conn)
        schema = user_version(conn)
        slots = _slot_bytes(register.files)
        try:
            anchor: bytes | None = _anchor_of(register.files.database).read_bytes()
        except FileNotFoundError:
            anchor = None
    return schema, head, slots, anchor, register.register_id


def _slot_bytes(files: RegisterFiles) -> bytes:
    """The key slots to keep with a backup: the file, or its backup (a full copy) when the
    file itself cannot be read; the register repairs the file from it at the next sign-in."""
    for path in (files.keyslots, files.keyslots_backup):
        try:
            raw = path.read_bytes()
            SlotFile.from_bytes(raw)
        except (OSError, SlotFileDamaged):
            continue
        return raw
    return files.keyslots.read_bytes()  # unreadable both: the check refuses the backup


def _check_database(path: Path, key: bytes, seq: int, mac: str) -> list[str]:
    """Every check on a backup's database, opened with `key` and never written: encryption,
    SQLCipher's page MACs, SQLite's structure, the audit chain, and that the chain's entry
    `seq` is the head the manifest names. Returns the problems (technical), none if good."""
    if looks_like_plain_sqlite(path):
        return ["not encrypted"]
    try:
        conn = _connect(path, key)
    except _KeyRejected:
        return ["does not open with the key"]
    except RegisterDamaged as exc:
        return [exc.detail or "damaged"]
    except driver.Error as exc:
        return [type(exc).__name__]
    try:
        conn.execute("PRAGMA query_only = ON")
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")][:5]
        structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if structure != ["ok"]:
            problems.extend(structure[:5])
            return problems
        audit_key = conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()
        rows = conn.execute(
            "SELECT seq, at, user, action, entity, entity_id, mac FROM audit_log ORDER BY seq"
        )
        report = verify_chain(
            bytes(audit_key[0]) if audit_key else b"",
            (AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6])) for r in rows),
        )
        if not report.intact:
            problems.append(f"audit chain broken at {report.first_broken_seq}")
        at_head = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        if seq and (at_head is None or bytes(at_head[0]).hex() != mac):
            problems.append(f"audit head {seq} differs from the manifest")
        if report.entries < seq:
            problems.append("audit entries missing")
    except driver.Error as exc:
        problems = [f"{type(exc).__name__}: {exc}"]
    finally:
        conn.close()
    return problems


def take_backup(
    register: Register, folder: Path, *, progress: Progress = NO_PROGRESS
) -> BackupInfo:
    """Make one backup of the open register in `folder` (which must exist) and check it; see
    the module's docstring. Records a `backup` audit entry in the register. Raises a
    `FileProblem` (folder missing, read-only, disk full), `BackupFailed` (the copy did not
    pass its checks) or `Cancelled`; then nothing is left in `folder`."""
    try:
        if not folder.is_dir():
            raise FolderMissing(folder=str(folder))
    except OSError as exc:
        raise file_error(exc, folder / "x") from None
    now = register.now().replace(microsecond=0)
    partial = folder / f".{backup_name(now)}{_PARTIAL}{secrets.token_hex(4)}"
    try:
        partial.mkdir(mode=0o700)
        schema, (seq, mac), slots, anchor, register_id = _copy_database(
            register, partial / DATABASE, progress
        )
        _fsync_file(partial / DATABASE)
        _write_new(partial / KEYS, slots)
        if anchor is not None:
            _write_new(partial / ANCHOR, anchor)
        key = bytes(register._key)
        problems = _check_database(partial / DATABASE, key, seq, mac.hex())
        try:
            SlotFile.from_bytes(slots)
        except SlotFileDamaged:
            problems.append("key slots unreadable")
        if problems:
            log.error("new backup failed its checks: %s", "; ".join(problems))
            raise BackupFailed("; ".join(problems))
        info = BackupInfo(
            path=partial,
            created_at=now.astimezone(UTC),
            register_id=register_id,
            schema_version=schema,
            app_version=__version__,
            key_id=key_id(key),
            audit_seq=seq,
            audit_mac=mac.hex(),
            files={
                name: _sha256(partial / name)
                for name in (DATABASE, KEYS, ANCHOR)
                if (partial / name).exists()
            },
            verification=Verification(True, audit_time(register.now()), True),
        )
        _write_new(partial / MANIFEST, json.dumps(info.to_json(), indent=1).encode("utf-8"))
        fsync_directory(partial)
        final = _rename_into_place(partial, folder, now)
    except BaseException as exc:
        shutil.rmtree(partial, ignore_errors=True)
        mapped = _storage_problem(exc, folder)
        if mapped is not None:
            log.error("backup failed: %s", type(exc).__name__)
            raise mapped from None
        raise
    try:
        register.record(Action.BACKUP, "backup", final.name)
    except (OSError, driver.Error) as exc:  # e.g. the register's own disk is full: the backup
        log.error("backup made; its audit entry failed: %s", type(exc).__name__)  # still counts
    return replace(info, path=final)


def _rename_into_place(partial: Path, folder: Path, now: datetime) -> Path:
    """Rename the finished backup to its real name (a number added if a backup with the same
    second exists: never over another backup)."""
    for n in range(1, 100):
        final = folder / backup_name(now, n)
        if final.exists():
            continue
        os.rename(partial, final)
        fsync_directory(folder)
        return final
    raise FileExistsError(str(folder))


def remove_backup(backup: BackupInfo) -> None:
    """Delete a backup (rotation): first renamed to a hidden name, so a deletion cut off
    halfway never leaves something that looks like a backup."""
    doomed = backup.path.with_name(f".{backup.path.name}{_REMOVING}{secrets.token_hex(4)}")
    os.rename(backup.path, doomed)
    fsync_directory(backup.path.parent)
    shutil.rmtree(doomed, ignore_errors=True)


def remove_leftovers(folder: Path, older_than: datetime) -> int:
    """Hidden half-made or half-removed backups (a crash, a power cut) older than
    `older_than`; a backup being made right now elsewhere is younger. Returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not entry.name.startswith(".fardvag-backup-"):
                continue
            if _PARTIAL not in entry.name and _REMOVING not in entry.name:
                continue
            modified = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
            if modified < older_than:
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
    return removed


# ----------------------------------------------------------------------------- checking


def check_backup(backup: BackupInfo, keys: list[bytes], now: datetime) -> Verification:
    """Check a backup again: its files against the manifest (sizes and SHA-256, no key
    needed) and, when one of `keys` is the backup's, every check of a new backup. The result
    is written into the manifest when the folder allows (a failed check so never counts as
    good again); the files themselves are only read."""
    problems: list[str] = []
    if not backup.files:
        problems.extend(backup.verification.problems or ("no manifest",))
    for name in (DATABASE, KEYS):
        if backup.files and name not in backup.files:
            problems.append(f"{name} not in the manifest")
    for name, expected in backup.files.items():
        try:
            found = _sha256(backup.path / name)
        except OSError as exc:
            problems.append(f"{name}: {type(exc).__name__}")
            continue
        if found != expected:
            problems.append(f"{name} changed since it was made")
    matching = [k for k in keys if key_id(k) == backup.key_id]
    full = bool(matching) and not problems
    if full:
        problems.extend(
            _check_database(backup.path / DATABASE, matching[0], backup.audit_seq, backup.audit_mac)
        )
    result = Verification(not problems, audit_time(now), full, tuple(problems))
    if backup.files:
        try:
            data = backup.to_json()
            data["verification"] = result.to_json()
            atomic_write(backup.path / MANIFEST, json.dumps(data, indent=1).encode("utf-8"))
        except OSError:
            log.warning("could not record a backup's check in its manifest")
    return result


def backup_keys(
    backup: BackupInfo,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
) -> list[bytes]:
    """The database keys the backup's own key slots give for this user and password (the
    password of the day it was made), or the recovery key's. Raises `WrongBackupPassword`
    or `WrongRecoveryKey`."""
    if recovery_key is not None:
        key = database_key_from_recovery(parse_recovery_key(recovery_key))
        if key_id(key) != backup.key_id:
            raise WrongRecoveryKey()
        return [key]
    try:
        slots = SlotFile.from_bytes((backup.path / KEYS).read_bytes())
    except (OSError, SlotFileDamaged):
        raise BackupDamaged(backup.when(), "key slots") from None
    name = normalise_username(username or "")
    for slot in (slots.slots.get(name), slots.pending.get(name)):
        if slot is None:
            continue
        with contextlib.suppress(SlotDoesNotOpen, SlotFileDamaged):
            return slot.open(password or "", slots.register_id)
    raise WrongBackupPassword()


# ----------------------------------------------------------------------------- restoring


@contextmanager
def holding_register(register_path: Path) -> Iterator[RegisterFiles]:
    """The register's lock, taken as "(restore)" for the duration: raises `RegisterInUse`
    while anyone has the register open."""
    files = RegisterFiles(register_path)
    try:
        lock = _acquire(files, "(restore)")
    except OSError as exc:
        raise file_error(exc, register_path) from None
    try:
        yield files
    finally:
        lock.release()


_COMPANIONS = ("", "-wal", "-shm", ".keys", ".keys.bak", ".anchor")


def _aside_path(files: RegisterFiles, stamp: str) -> Path:
    base = files.database.with_name(f"{files.database.name}.before-restore-{stamp}")
    candidate, n = base, 1
    while any(candidate.with_name(candidate.name + s).exists() for s in _COMPANIONS):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def put_in_place(backup: BackupInfo, files: RegisterFiles, stamp: str) -> Path | None:
    """Put the backup's database, key slots and anchor where the register is; the caller holds the
    register's lock and has checked the backup. The current register and its companions
    (write-ahead log, key slots and their backup, anchor) are renamed, never deleted, to
    NAME.before-restore-STAMP and the same name with their endings, so they still make a
    register that opens. Returns that path, or None when there was no register file.

    In this order, each step durable before the next: the backup is copied beside the
    register under temporary names (a full disk stops here, with nothing changed); the current
    files are renamed aside; the copies are renamed into place. Cut off between the last two,
    the register is missing and the set-aside one is whole: restoring again finishes it."""
    folder = files.database.parent
    token = secrets.token_hex(4)
    new_db = folder / f".{files.database.name}.restore-{token}.tmp"
    new_keys = folder / f".{files.database.name}.keys.restore-{token}.tmp"
    new_bak = folder / f".{files.database.name}.keys.bak.restore-{token}.tmp"
    new_anchor = folder / f".{files.database.name}.anchor.restore-{token}.tmp"
    copies = [(DATABASE, new_db), (KEYS, new_keys), (KEYS, new_bak)]
    if ANCHOR in backup.files:
        copies.append((ANCHOR, new_anchor))
    try:
        try:
            for source, target in copies:
                shutil.copyfile(backup.path / source, target)
                _fsync_file(target)
            if _sha256(new_db) != backup.files.get(DATABASE):
                raise BackupDamaged(backup.when(), "the copy differs from the backup")
        except OSError as exc:
            raise file_error(exc, files.database) from None
        aside = _aside_path(files, stamp)
        moved = False
        try:
            for suffix in _COMPANIONS:
                current = files.database.with_name(files.database.name + suffix)
                if current.exists():
                    os.replace(current, aside.with_name(aside.name + suffix))
                    moved = moved or suffix == ""
            fsync_directory(folder)
            if ANCHOR in backup.files:
                os.replace(new_anchor, _anchor_of(files.database))
            os.replace(new_keys, files.keyslots)
            os.replace(new_bak, files.keyslots_backup)
            os.replace(new_db, files.database)
            fsync_directory(folder)
        except OSError as exc:
            log.error("restore stopped halfway: %s", type(exc).__name__)
            raise RestoreUnfinished(str(aside) if moved else "-") from None
        return aside if moved else None
    finally:
        for leftover in (new_db, new_keys, new_bak, new_anchor):
            with contextlib.suppress(OSError):
                leftover.unlink()


# ----------------------------------------------------------------------------- looking


class LookupRegister(Register):
    """A register opened from a temporary copy of a backup, to look things up: once signed in,
    every write raises `BackupReadOnly` (and the connection is query-only besides), and the
    audit entries of looking (views, prints) are not kept, since the copy is thrown away."""

    _frozen = False

    def freeze(self) -> None:
        with self._mutex:
            self._conn_or_raise().execute("PRAGMA query_only = ON")
            self._frozen = True

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        if self._frozen:
            raise BackupReadOnly()
        with super().write() as tx:
            yield tx

    def record(self, action: Action, entity: str = "", entity_id: object = "") -> int:
        if self._frozen:
            return 0
        return super().record(action, entity, entity_id)


@dataclass
class OpenedBackup:
    """A backup opened to look something up. `register` is read-only; `close()` closes it and
    deletes the temporary copy (encrypted, like the backup)."""

    backup: BackupInfo
    register: LookupRegister
    _folder: Path

    def close(self) -> None:
        if self.register.is_open:
            self.register.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> OpenedBackup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_copy(
    backup: BackupInfo,
    sign_in: Callable[[Path], Register],
    *,
    temp_root: Path | None = None,
) -> OpenedBackup:
    """Copy the backup's two files to a new private temporary folder (still encrypted; never
    anything in plain text) and sign in there with `sign_in(path)`, which must open with
    `LookupRegister`. The backup's own files are only read."""
    folder = Path(tempfile.mkdtemp(prefix="fardvag-look-", dir=temp_root))
    try:
        copy = folder / DATABASE
        shutil.copyfile(backup.path / DATABASE, copy)
        shutil.copyfile(backup.path / KEYS, folder / KEYS)
        if ANCHOR in backup.files:
            shutil.copyfile(backup.path / ANCHOR, folder / ANCHOR)
        if _sha256(copy) != backup.files.get(DATABASE):
            raise BackupDamaged(backup.when(), "the copy differs from the backup")
        register = sign_in(copy)
        if not isinstance(register, LookupRegister):
            register.close()
            raise TypeError("sign_in must open a LookupRegister")
        register.freeze()
        return OpenedBackup(backup, register, folder)
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise file_error(exc, backup.path) from None
        raise


def open_lookup(
    path: Path,
    *,
    username: str | None,
    password: str | None,
    recovery_key: str | None,
    kdf: KdfParams | None,
    clock: Clock = utc_now,
) -> Register:
    """Sign in to a backup's copy with the backup's own slots, or its recovery key."""
    if recovery_key is not None:
        return LookupRegister.open_with_recovery_key(path, recovery_key, clock=clock, kdf=kdf)
    return LookupRegister.open(path, username or "", password or "", clock=clock, kdf=kdf)

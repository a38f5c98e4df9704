"""The register: one SQLCipher file with its key slots beside it. This module is the one place
that opens the database; everything else works through a `Register`."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.accounts import Role, check_password, check_username, normalise_username
from desktop.core.audit import (
    GENESIS_MAC,
    Action,
    AnchorVerdict,
    AuditEntry,
    AuditHead,
    ChainReport,
    compare_with_anchor,
    entry_mac,
    verify_chain,
)
from desktop.core.clock import Clock, utc_now
from desktop.core.errors import (
    AccountError,
    AppError,
    KeySlotsMissing,
    NotPermitted,
    RegisterDamaged,
    RegisterExists,
    RegisterInUse,
    RegisterNotFound,
    RegisterTooNew,
    SignInThrottled,
    WrongPassword,
)
from desktop.core.file_errors import (
    DiskFull,
    FileProblem,
    FolderNotWritable,
    NameTooLong,
    file_error,
    path_is_folder,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from desktop.db import driver
from desktop.db.anchor import Anchor, AnchorUnreadable, read_anchor, save_anchor_file
from desktop.db.attempts import SignInAttempts
from desktop.db.driver import Connection
from desktop.db.files import (
    RegisterFiles,
    atomic_write,
    fsync_directory,
    looks_like_plain_sqlite,
    set_aside,
)
from desktop.db.keyslots import (
    KdfParams,
    KeySlot,
    RotationRecord,
    SlotDoesNotOpen,
    SlotFile,
    SlotFileDamaged,
    database_key_from_recovery,
    dummy_unlock,
    key_check_value,
    key_checks_out,
    new_slot,
    seal_key,
)
from desktop.db.lock import LockHeld, RegisterLock
from desktop.db.migrations import MIGRATIONS, Migration, latest, user_version

log = logging.getLogger(__name__)


RECOVERY_USER = "(recovery)"
_HEX_KEY = re.compile(r"[0-9a-f]{64}")


def audit_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def where_all(*conditions: tuple[str, object | None]) -> tuple[str, list[object]]:
    """ " WHERE a AND b …" over the conditions whose value is not None (each has one "?"),
    and their values; "" and no values when none applies."""
    used = [(clause, value) for clause, value in conditions if value is not None]
    where = " WHERE " + " AND ".join(clause for clause, _ in used) if used else ""
    return where, [value for _, value in used]


class WrongRecoveryKey(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "The recovery key does not open this register.")


class AccountDisabled(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "This account is disabled. Ask an administrator to enable it again."
    )


class MigrationFailed(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register could not be updated for this version of Färdväg and was left as it was. "
        "A copy from before the update is at {copy}.",
    )

    def __init__(self, copy: str) -> None:
        super().__init__(copy=copy)


class RegisterStateRefused(AppError):
    """The register is not in the state Färdväg last saved (its anchor says otherwise); every
    file is left as it was. The subclasses say what probably happened."""

    message = QT_TRANSLATE_NOOP("AppError", "The register does not match its anchor.")
    restore_helps = True

    def __init__(self, path: str, verdict: AnchorVerdict) -> None:
        super().__init__(path=path)
        self.verdict = verdict


class RegisterBehind(RegisterStateRefused):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register is missing changes that were saved in it: its write-ahead log (the file "
        "ending in -wal) may have been deleted after a crash, or an older copy put in its "
        "place. Nothing was changed and every file is kept; do not delete any of them. "
        "Restore the latest backup, or ask an administrator to look at the files; if the loss "
        "is accepted, the administrator runs: python -m desktop accept-register-state "
        '--register "{path}"',
    )


class RegisterNotAsSaved(RegisterStateRefused):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register is not as Färdväg last saved it: a write-ahead log (the file ending in "
        "-wal) from another copy may have been put beside it, another copy put in its place, "
        "or entries removed from its log. Nothing was changed and every file is kept; do not "
        "delete any of them. Restore the latest backup, or ask an administrator to look at "
        "the files; if this state is accepted, the administrator runs: python -m desktop "
        'accept-register-state --register "{path}"',
    )


class AnchorMissing(RegisterStateRefused):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register's check file (the file ending in .anchor) is missing or damaged, so "
        "Färdväg cannot tell whether the register holds every saved change. Nothing was "
        "changed. If the register was copied or moved, copy its .anchor file along with it; "
        "otherwise restore the latest backup, or ask an administrator to run: python -m "
        'desktop accept-register-state --register "{path}"',
    )


class RegisterFolderNotWritable(FolderNotWritable):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "Färdväg may not save files in the folder {folder}: it is read-only, or your account "
        "lacks permission there, and Färdväg must write beside the register while it is open. "
        "Move the register's folder to a place where you can save files, or ask whoever "
        "looks after the unit's computers for permission to write there. Nothing was changed.",
    )


def _refusal(verdict: AnchorVerdict, files: RegisterFiles) -> RegisterStateRefused:
    kind: type[RegisterStateRefused] = {
        AnchorVerdict.BEHIND: RegisterBehind,
        AnchorVerdict.MISSING: AnchorMissing,
        AnchorVerdict.UNREADABLE: AnchorMissing,
    }.get(verdict, RegisterNotAsSaved)
    return kind(str(files.database), verdict)


def _opening_error(exc: BaseException, files: RegisterFiles) -> AppError | None:
    """The message for a file-system refusal while an existing register is opened."""
    mapped = _storage_error(exc, files.database)
    if isinstance(mapped, FolderNotWritable):
        return RegisterFolderNotWritable(folder=str(files.database.parent))
    return mapped


class _KeyRejected(Exception):
    """SQLCipher did not accept the key (wrong key, or not a database at all)."""


class MissingAuditEntry(RuntimeError):
    """A bug: a transaction tried to commit a change without its audit entry."""


@dataclass(frozen=True)
class Session:
    """Who is signed in. A recovery session acts as an administrator."""

    username: str
    display_name: str
    role: Role
    must_change_password: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def is_recovery(self) -> bool:
        return self.username == RECOVERY_USER


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: Role
    created_at: str
    disabled_at: str | None
    must_change_password: bool


@dataclass(frozen=True)
class AuditQuery:
    """A filter on the audit log. Dates are the user's local calendar days, inclusive."""

    user: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def sql(self) -> tuple[str, list[object]]:
        return where_all(
            ("user = ?", self.user or None),
            ("action = ?", self.action or None),
            ("at >= ?", _local_midnight_utc(self.date_from) if self.date_from else None),
            (
                "at < ?",
                _local_midnight_utc(self.date_to + timedelta(days=1)) if self.date_to else None,
            ),
        )


def _local_midnight_utc(day: date) -> str:
    return audit_time(datetime.combine(day, time.min).astimezone())


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


PAGE_SIZE = 4096  # SQLCipher 4's default cipher_page_size, which Färdväg keeps


def _cut_short(files: RegisterFiles) -> bool:
    """A register file that is not a whole number of pages was cut off (SQLCipher writes
    whole pages only): damaged, whatever key is tried on it."""
    try:
        size = files.database.stat().st_size
    except OSError:
        return False
    return size == 0 or size % PAGE_SIZE != 0


def _audit_key_from(database_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"fardvag audit chain v1"
    ).derive(database_key)


def _read_only_uri(path: Path, *, immutable: bool) -> str:
    """An SQLite URI opening `path` read-only (a drive letter or a UNC path keeps an empty
    authority: file:///C:/… and file:////server/share/…)."""
    text = os.fspath(path.absolute()).replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text
    return "file://" + quote(text, safe="/:") + "?mode=ro" + ("&immutable=1" if immutable else "")


def _connect(
    path: Path, key: bytes, *, read_only: bool = False, immutable: bool = False
) -> Connection:
    """Open `path` with `key`: key first, one read to prove it, then nothing else. Raises
    `_KeyRejected` when SQLCipher refuses the key.

    `read_only` is for looking before anything may change (`_peek`): such a connection never
    checkpoints the write-ahead log into the file when it closes, as a writable one does. It
    cannot hold SQLite's exclusive lock (that needs a file opened for writing), so it keeps
    the log's index in a `-shm` file while it is open; `_peek` removes the one it made.
    `immutable` (with no write-ahead log to read) reads the file alone and makes no file at
    all: the register's lock keeps everyone else from changing it meanwhile."""
    if path.exists() and path.stat().st_size > 0 and looks_like_plain_sqlite(path):
        raise RegisterDamaged("file is plain SQLite")
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("database key must be 32 bytes")
    if read_only:
        conn = driver.connect(
            _read_only_uri(path, immutable=immutable),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = driver.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            # The environment's fault, not the user's: never write personal data unencrypted.
            raise RuntimeError("the loaded database module is not SQLCipher")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        # Before the first read: in WAL mode SQLite then keeps its index in memory instead of a
        # shared-memory `-shm` file, which does not work over a network share (SMB). The lock
        # file already lets one process at a time in, so nothing is lost by excluding others.
        if not read_only:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.OperationalError:
            raise  # the environment (a file that cannot be opened or made, a full disk)
        except driver.DatabaseError as exc:
            # SQLCipher refuses a wrong key as "file is not a database" (page 1's MAC fails);
            # anything else (e.g. "database disk image is malformed": the schema's pages cut
            # off) means the key opened page 1 and the file itself is damaged.
            if "not a database" in str(exc).casefold():
                raise _KeyRejected() from None
            raise RegisterDamaged(type(exc).__name__) from None
        return conn
    except BaseException:
        conn.close()
        raise


def _own_head(conn: Connection) -> AuditHead | None:
    """The register's own head: its commit count and newest audit entry; None for a register
    that has not counted its commits yet (made before anchors, and not written since)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'commits'").fetchone()
    if row is None:
        return None
    last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if last is None:
        return AuditHead(int(row[0]), 0, GENESIS_MAC)
    return AuditHead(int(row[0]), int(last[0]), bytes(last[1]))


def _mac_at(conn: Connection) -> Callable[[int], bytes | None]:
    def mac_at(seq: int) -> bytes | None:
        row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        return bytes(row[0]) if row else None

    return mac_at


@dataclass(frozen=True)
class _Peek:
    """What `_peek` saw, before anything could change the register's files."""

    key: bytes
    opened_with: int  # which candidate key opened it
    version: int
    verdict: AnchorVerdict
    own: AuditHead | None
    role: str | None  # of the user signing in; None for no such user


def _peek(
    files: RegisterFiles, keys: list[bytes], username: str, migrations: Sequence[Migration]
) -> _Peek:
    """Everything sign-in checks, on a read-only connection, so that a refusal leaves every
    file as it was (a writable connection would checkpoint a stray `-wal` into the register
    when it closes, and delete it). Cheap at any size: the key, the schema, the version, the
    meta rows, the newest audit entry and the anchor. The full checks over every page are
    `verify`'s, the backups' and `check_integrity`'s, run after sign-in in the background."""
    # SQLite may leave an empty `-wal` and a `-shm` behind a read-only look: those it made
    # are removed again (the register's lock keeps anyone else from using them meanwhile).
    made = [path for path in (files.wal, files.shm) if not path.exists()]
    wal_size = files.wal.stat().st_size if files.wal.exists() else 0
    conn: Connection | None = None
    try:
        opened_with = -1
        for index, candidate in enumerate(keys):
            try:
                conn = _connect(files.database, candidate, read_only=True, immutable=wal_size == 0)
            except _KeyRejected:
                continue
            except driver.OperationalError as exc:
                if wal_size == 0:
                    raise
                # The read-only look at a write-ahead log needs a `-shm` file, which a full
                # disk (or a folder that refuses new files) does not give: look through a
                # writable connection instead, which keeps that index in memory. Its close may
                # then apply the log to the file, the one thing not kept as it was here.
                log.warning("read-only look failed (%s); looking read-write", exc)
                try:
                    conn = _connect(files.database, candidate)
                except _KeyRejected:
                    continue
            key, opened_with = candidate, index
            break
        if conn is None:
            raise _KeyRejected()
        found, supported = user_version(conn), latest(migrations)
        if found > supported:
            raise RegisterTooNew(found, supported)
        if found == 0:
            raise RegisterDamaged("no schema")
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if wal_size == 0 and pages * page_size > files.database.stat().st_size:
            raise RegisterDamaged("file shorter than its page count")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if "register_id" not in meta or "audit_key" not in meta:
            raise RegisterDamaged("meta rows missing")
        register_id, audit_key = str(meta["register_id"]), bytes(meta["audit_key"])
        own = _own_head(conn)
        try:
            anchored, unreadable = read_anchor(files.anchor, register_id, audit_key), False
        except AnchorUnreadable:
            anchored, unreadable = None, True
        verdict = compare_with_anchor(own, anchored, _mac_at(conn), anchor_unreadable=unreadable)
        if not verdict.consistent:
            log.error(
                "register refused: %s (register %s, anchor %s)",
                verdict.value,
                f"{own.commits}/{own.seq}" if own else "-",
                f"{anchored.commits}/{anchored.seq}" if anchored else "-",
            )
        row = conn.execute("SELECT role FROM users WHERE username = ?", (username,)).fetchone()
        return _Peek(key, opened_with, found, verdict, own, str(row[0]) if row else None)
    finally:
        if conn is not None:
            conn.close()
        for path in made:
            with contextlib.suppress(OSError):
                if path == files.shm or path.stat().st_size == 0:
                    path.unlink()


def _copy_before_accept(files: RegisterFiles, clock: Clock) -> Path:
    """Copy the register, its write-ahead log and its anchor, exactly as they are, before an
    accepted state is opened for writing (which applies the log to the file): the copies
    together still show what was refused. Returns the copy of the register."""
    stamp = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = files.pre_accept_copy(stamp)
    n = 1
    while target.exists():
        n += 1
        target = files.pre_accept_copy(f"{stamp}-{n}")
    for source, suffix in ((files.database, ""), (files.wal, "-wal"), (files.anchor, ".anchor")):
        if source.exists():
            copy = target.with_name(target.name + suffix)
            shutil.copyfile(source, copy)
            with open(copy, "rb+") as fh:
                os.fsync(fh.fileno())
    fsync_directory(files.database.parent)
    return target


def _configure(conn: Connection) -> None:
    # `_connect` already set locking_mode = EXCLUSIVE, before the first WAL access as it must.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


class KeySlotsNotSaved(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The change could not be saved: the register's folder cannot be written to (the disk "
        "may be full, or the folder write-protected). Nothing was changed and every password "
        "works as before. Free some space or ask whoever looks after the computers, then try "
        "again.",
    )


class RotationNotStarted(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register keeps its old key: the folder cannot be written to (the disk may be "
        "full). The old recovery key still works; the new one just shown does not, destroy "
        "it. Free some space, then try again.",
    )


class RotationNotFinished(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register could not be given its new key yet (the disk may be full). Keep both "
        "recovery keys, the old one and the new one just shown, until the next sign-in has "
        "finished the change. Free some space, then sign in again.",
    )


def _read_slots(path: Path) -> tuple[SlotFile | None, bytes | None]:
    """The slot file at `path` and its bytes; (None, None) if missing, (None, bytes) if damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    try:
        return SlotFile.from_bytes(raw), raw
    except SlotFileDamaged:
        log.warning("key-slot file %s is unreadable", path.name)
        return None, raw


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _peek_slots(files: RegisterFiles) -> SlotFile | None:
    """The slot file or its backup as they are, without repairing anything; None if neither
    can be read."""
    for path in (files.keyslots, files.keyslots_backup):
        slots, _ = _read_slots(path)
        if slots is not None:
            return slots
    return None


def _load_slot_file(files: RegisterFiles) -> SlotFile:
    """The slot file. When it is missing or damaged and its backup is good, the file is
    repaired from the backup first (the damaged one kept aside as `.keys.damaged-TIME`, never
    deleted), so the next change starts from every slot instead of from none. A backup behind
    the file (a crash between their two writes) is brought up to date."""
    primary, primary_raw = _read_slots(files.keyslots)
    backup, backup_raw = _read_slots(files.keyslots_backup)
    if primary is not None:
        if backup_raw != primary_raw:
            try:
                atomic_write(files.keyslots_backup, primary_raw or b"")
            except OSError:
                log.warning("could not refresh the key-slot backup")
        return primary
    if backup is None:
        raise KeySlotsMissing()
    try:
        if primary_raw is not None:
            kept = set_aside(files.keyslots, _stamp())
            log.warning("key-slot file damaged (kept as %s): repaired from backup", kept.name)
        else:
            log.warning("key-slot file missing; repairing it from its backup")
        atomic_write(files.keyslots, backup_raw or b"")
    except OSError:
        # Signing in still works from the backup; a change will try the repair again first.
        log.warning("could not repair the key-slot file from its backup")
    return backup


def _slots_for_change(files: RegisterFiles, register_id: str) -> SlotFile:
    """The slots a change starts from: every slot there is (see `_load_slot_file`). Only when
    neither the file nor its backup can be read (a session opened with the recovery key)
    does it start empty, with any unreadable file kept aside first."""
    try:
        return _load_slot_file(files)
    except KeySlotsMissing:
        for path in (files.keyslots, files.keyslots_backup):
            if path.exists():
                kept = set_aside(path, _stamp())
                log.warning("unreadable key-slot file kept as %s", kept.name)
        return SlotFile(register_id)


def _is_damage(exc: driver.DatabaseError) -> bool:
    """SQLite's "malformed" and "not a database" are plain DatabaseErrors; its subclasses (a
    constraint, a bug in a statement, the environment) are something else."""
    return type(exc) is driver.DatabaseError


def _damaged(exc: driver.DatabaseError) -> RegisterDamaged:
    log.error("damaged page met: %s", exc)  # SQLite's text, no personal data
    return RegisterDamaged(str(exc))


def _count_commit(conn: Connection) -> AuditHead:
    """Count this commit inside the transaction, and return the head it commits."""
    commits = conn.execute(
        "INSERT INTO meta (key, value) VALUES ('commits', 1) "
        "ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value"
    ).fetchall()[0][0]
    last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return AuditHead(int(commits), int(last[0]), bytes(last[1]))


class Transaction:
    """One write: statements plus at least one audit entry, committed together."""

    def __init__(self, register: Register, conn: Connection) -> None:
        self._register = register
        self.conn = conn
        self.audited = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> driver.Cursor:
        return self.conn.execute(sql, params)

    def audit(
        self,
        action: Action,
        entity: str = "",
        entity_id: object = "",
        *,
        user: str | None = None,
        at: datetime | None = None,
    ) -> int:
        seq = self._register._append_audit(self.conn, action, entity, str(entity_id), user, at)
        self.audited = True
        return seq


class Register:
    """An open register and the session that opened it."""

    def __init__(
        self,
        files: RegisterFiles,
        conn: Connection,
        key: bytes,
        lock: RegisterLock,
        clock: Clock,
        kdf: KdfParams,
    ) -> None:
        self.files = files
        self._conn: Connection | None = conn
        self._key = bytearray(key)
        self._lock = lock
        self._clock = clock
        self.kdf = kdf
        self._mutex = threading.RLock()
        self._audit_key = b""
        self._opened_with = 0  # which of the candidate keys opened it (1: a pending rotation's)
        self._anchor: Anchor | None = None
        # The last commit's anchor could not be written (e.g. a full disk): the register is one
        # commit ahead of its anchor, which the next open accepts, so no further commit may
        # happen until the anchor is written (see `write`).
        self._anchor_stale = False
        self.accepted_copy: Path | None = None  # set when this opening accepted a state
        self.register_id = ""
        self.session = Session(RECOVERY_USER, RECOVERY_USER, Role.ADMIN)

    def now(self) -> datetime:
        """The register's clock: every stored time comes from here (tests set `_clock`)."""
        return self._clock()

    def today(self) -> date:
        """Today in the PC's own time zone, by the register's clock."""
        return self._clock().astimezone().date()

    # ----------------------------------------------------------------- creating and opening

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        username: str,
        password: str,
        display_name: str = "",
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> tuple[Register, str]:
        """Create a register with its first administrator, in one transaction. Returns the open
        register and the recovery key, which is shown once and never stored."""
        files = RegisterFiles(Path(path))
        _check_new_register_path(files)
        username = check_username(username)
        check_password(password, username)
        kdf = kdf or KdfParams.default()
        secret = new_recovery_secret()
        key = database_key_from_recovery(secret)
        register_id = uuid.uuid4().hex

        try:
            files.database.parent.mkdir(parents=True, exist_ok=True)
            lock = _acquire(files, username)
        except OSError as exc:
            raise file_error(exc, files.database) from None
        conn: Connection | None = None
        register: Register | None = None
        try:
            conn = _connect(files.database, key)
            _configure(conn)
            with contextlib.suppress(OSError):  # only the owner reads it (POSIX; WAL follows)
                files.database.chmod(0o600)
            register = cls(files, conn, key, lock, clock, kdf)
            register.register_id = register_id
            register._audit_key = _audit_key_from(key)
            register.session = Session(username, display_name or username, Role.ADMIN)
            slot = new_slot(username, password, key, register_id, kdf)
            now = audit_time(clock())
            with register.write() as tx:
                for step in migrations:
                    step.apply(tx.conn)
                    tx.execute(f"PRAGMA user_version = {int(step.version)}")
                for meta_key, value in (
                    ("register_id", register_id),
                    ("created_at", now),
                    ("audit_key", register._audit_key),
                ):
                    tx.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (meta_key, value))
                user_id = tx.execute(
                    "INSERT INTO users (username, display_name, role, created_at, "
                    "slot_public_key) VALUES (?, ?, 'admin', ?, ?)",
                    (username, register.session.display_name, now, slot.public_key),
                ).lastrowid
                tx.audit(Action.CREATE, "register")
                tx.audit(Action.USER_CHANGE, "user", user_id)
                SlotFile(
                    register_id, {username: slot}, key_check=key_check_value(key, register_id)
                ).save(files.keyslots, files.keyslots_backup)
            if register._anchor_stale:  # a register without its anchor would be refused
                register._write_anchor_or_refuse()
            if looks_like_plain_sqlite(files.database):  # belt and braces: never plaintext
                raise RuntimeError("register was written unencrypted")
            return register, format_recovery_key(secret)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if register is not None and register._anchor is not None:
                register._anchor.close()
            for leftover in (
                files.database,
                files.wal,
                files.shm,
                files.keyslots,
                files.keyslots_backup,
                files.anchor,
            ):
                with contextlib.suppress(OSError):  # gone already, or the folder refuses
                    leftover.unlink()
            lock.release()
            mapped = _storage_error(exc, files.database)
            if mapped is not None:
                raise mapped from None
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        username: str,
        password: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
        accept_state: bool = False,
    ) -> Register:
        """Sign in: the user's slot gives the key, the key opens the database. An
        administrator passing `accept_state` accepts a register its anchor disagrees with
        (see `_open_with_keys`); anyone else is refused as usual."""
        files = _existing_register(path)
        username = normalise_username(username)
        attempts = SignInAttempts(files.signin_attempts)
        now = clock()
        wait = attempts.seconds_to_wait(username, now)
        if wait:
            raise SignInThrottled(wait)
        slots = _load_slot_file(files)
        # The user's slot, and during a password change cut off by a crash also the new slot
        # waiting beside it: whichever the password opens and the database names is current.
        candidates = [s for s in (slots.slots.get(username), slots.pending.get(username)) if s]
        opened: list[tuple[KeySlot, list[bytes]]] = []
        try:
            if not candidates:
                dummy_unlock(kdf or KdfParams.default())
            for candidate in candidates:
                with contextlib.suppress(SlotDoesNotOpen):
                    opened.append((candidate, candidate.open(password, slots.register_id)))
        except SlotFileDamaged as exc:
            raise RegisterDamaged(f"key slot: {exc}") from None
        if not opened:
            log.info("sign-in failed: wrong user name or password")
            raise WrongPassword(retry_after=attempts.record_failure(username, now))
        slot, keys = opened[0]

        try:
            register = cls._open_with_keys(
                files, keys, username, clock, kdf, migrations, accept_state=accept_state
            )
        except _KeyRejected:
            raise RegisterDamaged("the key from the slot does not open the database") from None
        try:
            row = (
                register._conn_or_raise()
                .execute(
                    "SELECT display_name, role, disabled_at, must_change_password, slot_public_key "
                    "FROM users WHERE username = ?",
                    (username,),
                )
                .fetchone()
            )
            current = bytes(row[4] or b"") if row is not None else b""
            matching = [(s, k) for s, k in opened if s.public_key == current]
            new_but_not_current = all(s is slots.pending.get(username) for s, _ in opened)
            if row is not None and row[2] is None and not matching and new_but_not_current:
                # A new password whose change never reached the database: the old one still
                # holds. Drop the leftover slot and say the password is wrong.
                register._settle_pending_slots()
                raise WrongPassword(retry_after=attempts.record_failure(username, now))
            if row is None or row[2] is not None or not matching:
                # A removed user, or a slot that was replaced since (an old copy of the file).
                raise AccountDisabled()
            slot, keys = matching[0]
            if register.register_id != slots.register_id:
                raise RegisterDamaged("key slots belong to another register")
            register.session = Session(username, row[0], Role(row[1]), bool(row[3]))
            register._record_sign_in(attempts)
            if slots.pending:
                register._settle_pending_slots()
            if slot.sealed_pending is not None or slots.rotation is not None:
                register._finish_interrupted_rotation(
                    rekeyed=register._opened_with == 1,
                    new_key=keys[1] if len(keys) > 1 else None,
                )
            elif not key_checks_out(slots, bytes(register._key)):
                # A slot file from before the check value (or one a crash left behind): give
                # it the current key's, so a damaged register is never taken for a wrong key.
                with contextlib.suppress(KeySlotsNotSaved):
                    register._save_slots(lambda _slots: None)
        except BaseException as exc:
            register.close()
            mapped = _opening_error(exc, files) if isinstance(exc, OSError | driver.Error) else None
            if mapped is not None:
                raise mapped from None
            raise
        return register

    @classmethod
    def open_with_recovery_key(
        cls,
        path: Path | str,
        recovery_key: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
        accept_state: bool = False,
    ) -> Register:
        """Open as an administrator with the recovery key; works without the slot file.
        `accept_state` as for `open`."""
        files = _existing_register(path)
        key = database_key_from_recovery(parse_recovery_key(recovery_key))
        peek = _peek_slots(files)
        rotation = peek.rotation if peek is not None else None
        old_key = rotation.old_key(key, peek.register_id) if peek and rotation else None
        try:
            register = cls._open_with_keys(
                files,
                [key] if old_key is None else [key, old_key],
                RECOVERY_USER,
                clock,
                kdf,
                migrations,
                accept_state=accept_state,
            )
        except _KeyRejected:
            if _cut_short(files) or (
                peek is not None
                and any(
                    key_checks_out(peek, k) for k in ([key] if old_key is None else [key, old_key])
                )
            ):
                # Never tell the user to doubt the one key that would open a backup when it is
                # the file that fails.
                log.error("register damaged: not a whole number of pages")
                raise RegisterDamaged("cut short") from None
            log.info("recovery key rejected")
            raise WrongRecoveryKey() from None
        try:
            with register.write() as tx:
                tx.audit(Action.RECOVER, "register")
            if rotation is not None:
                # The new recovery key was shown: finish the re-key to it (or just the slot
                # file if it was done). The old one: the rotation is given up, since that key
                # is evidently still kept.
                register._finish_interrupted_rotation(
                    rekeyed=old_key is not None and register._opened_with == 0,
                    new_key=key if register._opened_with == 1 else None,
                    signed_in_with=Action.RECOVER,
                    give_up=old_key is None,
                )
            elif peek is not None and any(s.sealed_pending for s in peek.slots.values()):
                register._finish_interrupted_rotation(
                    rekeyed=False, signed_in_with=Action.RECOVER, give_up=True
                )
        except BaseException:
            register.close()
            raise
        return register

    @classmethod
    def _open_with_keys(
        cls,
        files: RegisterFiles,
        keys: list[bytes],
        lock_user: str,
        clock: Clock,
        kdf: KdfParams | None,
        migrations: Sequence[Migration],
        *,
        accept_state: bool = False,
    ) -> Register:
        """Lock, look (`_peek`, read-only: a refusal leaves every file as it was), then open
        for writing. `accept_state`: an administrator (or the recovery key) accepts a state
        the anchor disagrees with; the files are copied aside first."""
        try:
            lock = _acquire(files, lock_user)
        except OSError as exc:
            raise _opening_error(exc, files) or file_error(exc, files.database) from None
        conn: Connection | None = None
        try:
            peek = _peek(files, keys, lock_user, migrations)
            kept: Path | None = None
            if not peek.verdict.consistent:
                if not accept_state:
                    raise _refusal(peek.verdict, files)
                if lock_user != RECOVERY_USER and peek.role != Role.ADMIN.value:
                    raise NotPermitted()
                kept = _copy_before_accept(files, clock)
            conn = _connect(files.database, peek.key)
            _configure(conn)
            register = cls(files, conn, peek.key, lock, clock, kdf or KdfParams.default())
            register._opened_with = peek.opened_with
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            register.register_id = str(meta["register_id"])
            register._audit_key = bytes(meta["audit_key"])
            if kept is not None:
                register._accept_state(peek.verdict, lock_user, kept)
            elif peek.verdict is AnchorVerdict.ONE_AHEAD:
                log.warning("anchor one commit behind the register (a crash after a commit)")
                register._write_anchor_or_refuse()
            if peek.version < latest(migrations):
                register._migrate(peek.version, migrations)
            return register
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            mapped = _opening_error(exc, files) if isinstance(exc, OSError | driver.Error) else None
            if mapped is not None:
                raise mapped from None
            if isinstance(exc, driver.DatabaseError):
                log.error("register damaged: %s", type(exc).__name__)
                raise RegisterDamaged(type(exc).__name__) from None
            if isinstance(exc, RegisterDamaged):
                log.error("register damaged: %s", exc.detail)  # technical, no personal data
            raise

    def _accept_state(self, verdict: AnchorVerdict, user: str, kept: Path) -> None:
        """Anchor the register as it is now, with an audit entry saying so; the state before
        was copied to `kept` (and its `-wal` and `.anchor`)."""
        log.warning("register state accepted (%s); the files before are kept", verdict.value)
        # The whole file, not one record: the other record may hold the refused state.
        save_anchor_file(self.files.anchor, self.audit_head(), self.register_id, self._audit_key)
        with self.write() as tx:
            tx.audit(Action.RECOVER, "register_state", verdict.value, user=user)
        if self._anchor_stale:
            self._write_anchor_or_refuse()
        self.accepted_copy = kept

    def _migrate(self, found: int, migrations: Sequence[Migration]) -> None:
        """Bring an older register up to date: a copy first, then every step in one
        transaction, each with its audit entry. A failing step rolls them all back, so the
        register is left at the version it had, which the previous program still opens."""
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = self.files.pre_migration_copy(found, stamp)
        target = _connect(copy, bytes(self._key))
        try:
            self._conn_or_raise().backup(target)
        finally:
            target.close()
        version = found
        try:
            with self.write() as tx:
                for step in migrations:
                    if step.version <= found:
                        continue
                    version = step.version
                    step.apply(tx.conn)
                    tx.execute(f"PRAGMA user_version = {int(step.version)}")
                    tx.audit(Action.MIGRATE, "schema", step.version, user=self.session.username)
        except Exception as exc:
            log.error("migration to schema %d failed: %s", version, type(exc).__name__)
            raise MigrationFailed(str(copy)) from exc

    def _record_sign_in(self, attempts: SignInAttempts) -> None:
        with self.read() as conn:
            accounts = [str(row[0]) for row in conn.execute("SELECT username FROM users")]
        pending = attempts.pending(accounts)
        with self.write() as tx:
            for failure in pending:
                tx.audit(
                    Action.SIGN_IN_FAILED,
                    user=failure.user,
                    at=datetime.fromisoformat(failure.at),
                )
            tx.audit(Action.SIGN_IN)
        attempts.after_success(self.session.username)

    # ----------------------------------------------------------------- writing

    def _conn_or_raise(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("register is closed")
        return self._conn

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One write transaction. It must record at least one audit entry, or it is a bug.

        Every commit is counted inside the register (meta `commits`) and, once committed, its
        head (count and newest audit entry) is written to the anchor outside it, one record
        and one fsync. A process that dies in between leaves the register exactly one commit
        ahead of its anchor, which the next sign-in accepts (`AnchorVerdict.ONE_AHEAD`); so an
        anchor that could not be written must be written before the next commit begins."""
        with self._mutex:
            conn = self._conn_or_raise()
            if self._anchor_stale:
                self._write_anchor_or_refuse()
            conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(self, conn)
            try:
                yield tx
                if not tx.audited:
                    raise MissingAuditEntry("a write must record its audit entry")
                head = _count_commit(conn)
                conn.execute("COMMIT")
            except BaseException as exc:
                # SQLite rolls a transaction back by itself after some errors (a full disk, an
                # I/O error); a second ROLLBACK would raise and hide the error that matters.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                refused = _storage_error(exc, self.files.database)
                if isinstance(exc, driver.Error) and refused is not None:
                    log.error("write refused by the file system: %s", exc)  # SQLite's text only
                    raise refused from exc
                if isinstance(exc, driver.DatabaseError) and _is_damage(exc):
                    raise _damaged(exc) from exc
                raise
            self._anchor_commit(head)

    def _anchor_file(self) -> Anchor:
        if self._anchor is None:
            self._anchor = Anchor(self.files.anchor, self.register_id, self._audit_key)
        return self._anchor

    def _anchor_commit(self, head: AuditHead) -> None:
        """Anchor a commit that has happened. A failure must not look like a failed write
        (the change is saved, and callers would undo their half of it): it is logged, and the
        next write first writes the anchor or refuses."""
        try:
            self._anchor_file().write(head)
        except OSError as exc:
            log.error("anchor not written after a commit: %s", type(exc).__name__)
            self._anchor_stale = True
        else:
            self._anchor_stale = False

    def _write_anchor_or_refuse(self) -> None:
        """Anchor the register's head as it is now, or raise the user's message for why the
        folder refuses (before a write, so nothing was changed)."""
        head = self.audit_head()
        try:
            self._anchor_file().write(head)
        except OSError as exc:
            log.error("anchor still not written: %s", type(exc).__name__)
            raise file_error(exc, self.files.anchor) from None
        self._anchor_stale = False

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """The connection for reading, held by this thread until the block ends. A damaged
        page met on the way (sign-in no longer reads every page) is `RegisterDamaged`, which
        the windows show as a message, not a crash."""
        with self._mutex:
            conn = self._conn_or_raise()
            try:
                yield conn
            except driver.DatabaseError as exc:
                if _is_damage(exc):
                    raise _damaged(exc) from exc
                raise

    def record(self, action: Action, entity: str = "", entity_id: object = "") -> int:
        """An audit entry on its own, e.g. a view, an export or a print."""
        with self.write() as tx:
            return tx.audit(action, entity, entity_id)

    def _append_audit(
        self,
        conn: Connection,
        action: Action,
        entity: str,
        entity_id: str,
        user: str | None,
        at: datetime | None,
    ) -> int:
        last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq = last[0] + 1 if last else 1
        previous = bytes(last[1]) if last else GENESIS_MAC
        when = audit_time(at or self._clock())
        who = user if user is not None else self.session.username
        mac = entry_mac(self._audit_key, previous, seq, when, who, action.value, entity, entity_id)
        conn.execute(
            "INSERT INTO audit_log (seq, at, user, action, entity, entity_id, mac) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, when, who, action.value, entity, entity_id, mac),
        )
        return seq

    # ----------------------------------------------------------------- reading

    def audit_entries(self, query: AuditQuery | None = None) -> Iterator[AuditEntry]:
        """The audit log in sequence order, optionally filtered (user, action, local dates)."""
        where, params = (query or AuditQuery()).sql()
        with self.read() as conn:
            rows = conn.execute(
                "SELECT seq, at, user, action, entity, entity_id, mac FROM audit_log"
                f"{where} ORDER BY seq",
                params,
            ).fetchall()
        for seq, at, user, action, entity, entity_id, mac in rows:
            yield AuditEntry(seq, at, user, action, entity, entity_id, bytes(mac))

    def audit_users(self) -> list[str]:
        with self.read() as conn:
            return [r[0] for r in conn.execute("SELECT DISTINCT user FROM audit_log ORDER BY 1")]

    def verify_audit_chain(self) -> ChainReport:
        return verify_chain(self._audit_key, self.audit_entries())

    def audit_head(self) -> AuditHead:
        """Where the register stands now: commits counted and the newest audit entry (seq,
        MAC). A backup keeps it (`save_anchor`), so a later `head_in_chain` can show that the
        history up to the backup was not rewritten since."""
        with self.read() as conn:
            own = _own_head(conn)
            if own is not None:
                return own
            last = conn.execute(
                "SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        return AuditHead(0, int(last[0]), bytes(last[1])) if last else AuditHead(0, 0, GENESIS_MAC)

    def save_anchor(self, path: Path) -> AuditHead:
        """Write an anchor file for the register as it is now at `path` (atomically), e.g.
        beside a backup made under the same lock; put in place with the backup, it lets the
        restored register open. Returns the head it holds."""
        with self._mutex:
            head = self.audit_head()
            save_anchor_file(path, head, self.register_id, self._audit_key)
        return head

    def head_in_chain(self, head: AuditHead) -> bool:
        """Does this register's audit log hold `head`'s entry, with the same MAC? True for a
        head taken from this register earlier (say, a backup's anchor) unless the log was
        cut or rewritten since."""
        if head.seq == 0:
            return head.mac == GENESIS_MAC
        with self.read() as conn:
            return _mac_at(conn)(head.seq) == head.mac

    def anchor_verdict(self) -> AnchorVerdict:
        """The register's head against its anchor file, now."""
        with self.read() as conn:
            own = _own_head(conn)
            try:
                anchored = read_anchor(self.files.anchor, self.register_id, self._audit_key)
            except AnchorUnreadable:
                return AnchorVerdict.UNREADABLE
            return compare_with_anchor(own, anchored, _mac_at(conn))

    def check_integrity(self, progress: Progress = NO_PROGRESS) -> list[str] | None:
        """The checks over every page that sign-in leaves out (they take seconds on a large
        register): SQLite's quick check table by table, then SQLCipher's page MACs. Meant for
        a background thread after sign-in: the register's mutex is taken for one table at a
        time, so the window's own reads wait at most that long. Returns the problems found
        ([] when none), or None when the register was closed before the check finished."""
        with self._mutex:
            if self._conn is None:
                return None
            tables = [
                str(row[0])
                for row in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
        problems: list[str] = []
        total = len(tables) + 1
        for done, table in enumerate(tables):
            progress.check()
            progress.report(done, total)
            quoted = '"' + table.replace('"', '""') + '"'
            with self._mutex:
                if self._conn is None:
                    return None
                try:
                    rows = [str(r[0]) for r in self._conn.execute(f"PRAGMA quick_check({quoted})")]
                except driver.DatabaseError as exc:
                    rows = [f"{table}: {type(exc).__name__}: {exc}"]
            if rows != ["ok"]:
                problems.extend(rows)
        progress.check()
        with self._mutex:
            if self._conn is None:
                return None
            try:
                problems.extend(
                    str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")
                )
            except driver.DatabaseError as exc:
                problems.append(f"{type(exc).__name__}: {exc}")
        progress.report(total, total)
        if problems:
            log.error("integrity check found %d problem(s)", len(problems))
        return problems

    def users(self) -> list[UserRecord]:
        with self._mutex:
            rows = (
                self._conn_or_raise()
                .execute(
                    "SELECT id, username, display_name, role, created_at, disabled_at, "
                    "must_change_password FROM users ORDER BY username"
                )
                .fetchall()
            )
        return [UserRecord(r[0], r[1], r[2], Role(r[3]), r[4], r[5], bool(r[6])) for r in rows]

    def verify(self) -> list[Check]:
        """Every check `verify` reports: encryption, SQLCipher's page MACs, SQLite's structure,
        the audit chain and its anchor. Details are in the user's language.

        What it can prove: every page is one this register's key wrote (SQLCipher's MACs), the
        file is a consistent SQLite database, each audit entry is unchanged and in order since
        it was written (the HMAC chain), and the newest entry and the number of commits are
        the ones Färdväg anchored outside the register after its last commit, so newest
        entries deleted, a lost or foreign write-ahead log, or an older copy put in place are
        found. What it cannot prove: the chain's key and the anchor's are kept in the register,
        so someone who has the database key (any user's password opens it) and rewrites the
        log, the chain and the anchor together is not caught by the register alone; a backup's
        anchor kept elsewhere (`head_in_chain`) shows whether the history up to that backup
        is still the same. Nor does it show whether what was typed was true, or that a
        change never saved was lost."""
        with self._mutex:
            conn = self._conn_or_raise()
            cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
            plain = looks_like_plain_sqlite(self.files.database)
            cipher_problems = _rows_or_error(conn, "PRAGMA cipher_integrity_check")
            structure = _rows_or_error(conn, "PRAGMA integrity_check")
            try:
                head, verdict = self.audit_head(), self.anchor_verdict()
                anchor = Check("audit_anchor", verdict.consistent, _anchor_detail(verdict, head))
            except driver.DatabaseError as exc:  # a damaged page under the log's newest end
                anchor = Check("audit_anchor", False, f"{type(exc).__name__}: {exc}")
            try:
                report = self.verify_audit_chain()
                chain = Check(
                    "audit_chain",
                    report.intact,
                    translate("Check", "{count} entries").format(count=report.entries)
                    if report.intact
                    else translate("Check", "first broken entry: {seq}").format(
                        seq=report.first_broken_seq
                    ),
                )
            except driver.DatabaseError as exc:
                chain = Check("audit_chain", False, f"{type(exc).__name__}: {exc}")
        structure_ok = structure == ["ok"]
        return [
            Check("key", True),
            Check("encrypted", bool(cipher) and not plain, f"SQLCipher {cipher}"),
            Check("cipher_integrity_check", not cipher_problems, "; ".join(cipher_problems[:5])),
            Check(
                "integrity_check", structure_ok, "" if structure_ok else "; ".join(structure[:5])
            ),
            chain,
            anchor,
        ]

    # ----------------------------------------------------------------- accounts

    def require_admin(self) -> None:
        if not self.session.is_admin:
            raise NotPermitted()

    def _save_slots(self, change: Callable[[SlotFile], object]) -> None:
        """Apply `change` to every slot there is (a damaged file is repaired from its backup
        first, never started over) and write the file and its backup, which is the same. So a
        revoked slot (a removed user, a replaced password) does not live on in the backup."""
        slots = _slots_for_change(self.files, self.register_id)
        change(slots)
        slots.key_check = key_check_value(bytes(self._key), self.register_id)
        try:
            slots.save(self.files.keyslots, self.files.keyslots_backup)
        except OSError as exc:
            log.error("could not write the key-slot file: %s", type(exc).__name__)
            raise KeySlotsNotSaved() from exc

    def _settle_pending_slots(self) -> None:
        """Password changes cut off between the slot file and the database: the new slot is
        kept if the database names it, dropped if not (the old password then still holds)."""
        with self.read() as conn:
            current = {
                str(row[0]): bytes(row[1])
                for row in conn.execute(
                    "SELECT username, slot_public_key FROM users "
                    "WHERE disabled_at IS NULL AND slot_public_key IS NOT NULL"
                )
            }

        def settle(slots: SlotFile) -> None:
            for name, slot in slots.pending.items():
                if current.get(name) == slot.public_key:
                    slots.slots[name] = slot
            slots.pending.clear()

        try:
            self._save_slots(settle)
        except KeySlotsNotSaved:
            log.warning("a pending password change is settled at the next sign-in instead")

    def add_user(
        self,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        must_change: bool = True,
    ) -> UserRecord:
        """A new account. The password is one an administrator chose, so by default the user
        must replace it at the first sign-in."""
        self.require_admin()
        username = check_username(username)
        check_password(password, username)
        if username == normalise_username(RECOVERY_USER):
            raise AccountError(QT_TRANSLATE_NOOP("AppError", "That user name is reserved."))
        with self.write() as tx:
            if tx.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
                raise AccountError(
                    QT_TRANSLATE_NOOP("AppError", "There is already a user called {username}."),
                    username=username,
                )
            slot = new_slot(username, password, bytes(self._key), self.register_id, self.kdf)
            user_id = tx.execute(
                "INSERT INTO users (username, display_name, role, created_at, slot_public_key, "
                "must_change_password) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    username,
                    display_name.strip() or username,
                    role.value,
                    audit_time(self._clock()),
                    slot.public_key,
                    int(must_change),
                ),
            ).lastrowid
            tx.audit(Action.USER_CHANGE, "user", user_id)
            self._save_slots(lambda s: s.slots.__setitem__(username, slot))
        return self._user(username)

    def _user(self, username: str) -> UserRecord:
        for user in self.users():
            if user.username == username:
                return user
        raise AccountError(
            QT_TRANSLATE_NOOP("AppError", "There is no user called {username}."),
            username=username,
        )

    def set_password(self, username: str, password: str, *, must_change: bool = True) -> None:
        """An administrator (or the recovery key) sets a new password for someone. Unless it is
        for the administrator themselves, the user must change it at the next sign-in."""
        self.require_admin()
        username = normalise_username(username)
        check_password(password, username)
        user = self._user(username)
        self._replace_slot(user, password, must_change and username != self.session.username)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        if self.session.is_recovery:
            raise NotPermitted()
        username = self.session.username
        slots = _load_slot_file(self.files)
        slot = slots.slots.get(username)
        try:
            if slot is None:
                raise SlotDoesNotOpen()
            slot.open(old_password, self.register_id)
        except SlotDoesNotOpen:
            raise WrongPassword() from None
        check_password(new_password, username)
        if new_password == old_password:
            raise AccountError(
                QT_TRANSLATE_NOOP("AppError", "The new password must differ from the old one.")
            )
        self._replace_slot(self._user(username), new_password, False)
        self.session = Session(
            self.session.username, self.session.display_name, self.session.role, False
        )

    def _replace_slot(self, user: UserRecord, password: str, must_change: bool) -> None:
        if user.disabled_at is not None:
            raise AccountDisabled()
        slot = new_slot(user.username, password, bytes(self._key), self.register_id, self.kdf)
        name = user.username
        with self._mutex:
            # Crash-safe in three steps, so the old or the new password always opens: (1) the
            # new slot is written beside the old one, (2) the database commits which one is
            # current, (3) the new slot replaces the old. Cut off after (1) or (2), the next
            # sign-in keeps the slot the database names (`_settle_pending_slots`).
            self._save_slots(lambda s: s.pending.__setitem__(name, slot))
            try:
                with self.write() as tx:
                    tx.execute(
                        "UPDATE users SET slot_public_key = ?, must_change_password = ? "
                        "WHERE id = ?",
                        (slot.public_key, int(must_change), user.id),
                    )
                    tx.audit(Action.USER_CHANGE, "user", user.id)
            except (OSError, driver.Error, FileProblem) as exc:  # e.g. a full disk at COMMIT
                log.error("password change not committed: %s", type(exc).__name__)
                with contextlib.suppress(KeySlotsNotSaved):
                    self._save_slots(lambda s: s.pending.pop(name, None))
                raise KeySlotsNotSaved() from exc

            def promote(slots: SlotFile) -> None:
                slots.slots[name] = slot
                slots.pending.pop(name, None)

            try:
                self._save_slots(promote)
            except KeySlotsNotSaved:
                log.warning("password changed; the key-slot file is finished at the next sign-in")

    def remove_user(self, username: str) -> None:
        """Disable the account and delete its key slot. The row stays, because the audit log
        names the user; a removed user can be given a new password to come back."""
        self.require_admin()
        user = self._user(normalise_username(username))
        if user.username == self.session.username:
            raise AccountError(QT_TRANSLATE_NOOP("AppError", "You cannot remove yourself."))
        active_admins = [u for u in self.users() if u.role is Role.ADMIN and u.disabled_at is None]
        if user.role is Role.ADMIN and len(active_admins) <= 1:
            raise AccountError(
                QT_TRANSLATE_NOOP("AppError", "The last administrator cannot be removed.")
            )
        with self.write() as tx:
            tx.execute(
                "UPDATE users SET disabled_at = ?, slot_public_key = NULL WHERE id = ?",
                (audit_time(self._clock()), user.id),
            )
            tx.audit(Action.USER_CHANGE, "user", user.id)
            self._save_slots(lambda s: s.slots.pop(user.username, None))

    def enable_user(self, username: str, password: str) -> None:
        """Give a removed user access again, with a password they must change."""
        self.require_admin()
        user = self._user(normalise_username(username))
        check_password(password, user.username)
        with self.write() as tx:
            tx.execute("UPDATE users SET disabled_at = NULL WHERE id = ?", (user.id,))
            tx.audit(Action.USER_CHANGE, "user", user.id)
        self._replace_slot(self._user(user.username), password, True)

    def rotate_key(self, show: Callable[[str], None] | None = None) -> str:
        """A new database key (and so a new recovery key) for when a removed user may have kept
        a copy of the old one. Every active user's slot is re-sealed from the public key the
        register holds for them; nobody's password is needed.

        Crash-safe, and never on a key whose recovery key nobody saw: (1) the slot file gets
        the new key beside the old in every slot; (2) `show` displays the new recovery key and
        returns once the user has it; (3) the slot file records the rotation as shown (the old
        key under the new, `RotationRecord`); (4) the database is re-keyed; (5) the slot file
        settles. Cut off before (3), the next sign-in drops the new key and the old recovery key
        still works; after it, the next sign-in, or the new recovery key itself, finishes the
        re-key. Without `show` the caller shows the returned key, and a crash in between
        would lose it: callers pass `show`."""
        self.require_admin()
        secret = new_recovery_secret()
        new_key = database_key_from_recovery(secret)
        recovery = format_recovery_key(secret)
        with self._mutex:
            conn = self._conn_or_raise()
            self._settle_pending_slots()
            holders = {
                row[0]: bytes(row[1])
                for row in conn.execute(
                    "SELECT username, slot_public_key FROM users "
                    "WHERE disabled_at IS NULL AND slot_public_key IS NOT NULL"
                )
            }

            def add_pending(slots: SlotFile) -> None:
                slots.rotation = None
                for name in list(slots.slots):
                    slot = slots.slots[name]
                    if holders.get(name) != slot.public_key:
                        del slots.slots[name]  # not an active user's current slot
                        continue
                    slots.slots[name] = replace(
                        slot,
                        sealed_pending=seal_key(new_key, slot.public_key, self.register_id, name),
                    )

            self._save_slots(add_pending)
            if show is not None:
                show(recovery)
            record = RotationRecord.make(new_key, bytes(self._key), self.register_id)
            try:
                self._save_slots(lambda slots: setattr(slots, "rotation", record))
            except KeySlotsNotSaved as exc:
                raise RotationNotStarted() from exc
            try:
                self._rekey(new_key)
            except (OSError, driver.Error, FileProblem) as exc:
                log.error("re-key failed: %s", type(exc).__name__)
                raise RotationNotFinished() from exc
            try:
                self._save_slots(_settle_rotation(rekeyed=True))
            except KeySlotsNotSaved:
                log.warning("key rotated; the key-slot file is settled at the next sign-in")
        return recovery

    def _rekey(self, new_key: bytes) -> None:
        self._conn_or_raise().execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        old = self._key
        self._key = bytearray(new_key)
        for i in range(len(old)):
            old[i] = 0
        self.record(Action.KEY_CHANGE, "register")

    def _finish_interrupted_rotation(
        self,
        *,
        rekeyed: bool,
        new_key: bytes | None = None,
        signed_in_with: Action = Action.SIGN_IN,
        give_up: bool = False,
    ) -> None:
        """A rotation was cut off with both keys in the slot file. Every pending key was sealed
        from the same new key, so the key that opened the database tells for all slots whether
        the re-key happened. If it did: keep the pending keys. If not and the new recovery key
        was shown (the rotation record is there) and `new_key` is at hand: re-key now. If it
        was never shown, or the old recovery key was just used (`give_up`): drop the new key.
        Otherwise leave it for a sign-in that can finish it."""
        log.warning("finishing an interrupted key rotation")
        slots = _slots_for_change(self.files, self.register_id)
        if rekeyed:
            if self._action_before_this_sign_in(signed_in_with) != Action.KEY_CHANGE:
                self.record(Action.KEY_CHANGE, "register")  # the crash came before it was written
            self._save_slots(_settle_rotation(rekeyed=True))
        elif (
            new_key is not None
            and slots.rotation is not None
            and slots.rotation.old_key(new_key, self.register_id) == bytes(self._key)
        ):
            self._rekey(new_key)
            self._save_slots(_settle_rotation(rekeyed=True))
        elif slots.rotation is None or give_up:
            self._save_slots(_settle_rotation(rekeyed=False))

    # ----------------------------------------------------------------- closing

    def _action_before_this_sign_in(self, sign_in: Action = Action.SIGN_IN) -> str | None:
        """The action logged just before this session's sign-in (and the failures it flushed)."""
        rows = (
            self._conn_or_raise()
            .execute(
                "SELECT action FROM audit_log WHERE seq < (SELECT max(seq) FROM audit_log "
                "WHERE action = ?) AND action <> ? ORDER BY seq DESC LIMIT 1",
                (sign_in.value, Action.SIGN_IN_FAILED.value),
            )
            .fetchone()
        )
        return str(rows[0]) if rows else None

    def close(self) -> None:
        """Close the connection, overwrite the key bytes held here and release the lock."""
        with self._mutex:
            if self._anchor_stale and self._conn is not None:
                with contextlib.suppress(AppError, OSError, driver.Error):
                    self._write_anchor_or_refuse()
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(driver.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            if self._anchor is not None:
                self._anchor.close()
                self._anchor = None
            for i in range(len(self._key)):
                self._key[i] = 0
            self._audit_key = b""
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _rows_or_error(conn: Connection, pragma: str) -> list[str]:
    """A check's rows; a page so damaged that the check itself stops is one row saying so."""
    try:
        return [str(row[0]) for row in conn.execute(pragma)]
    except driver.DatabaseError as exc:
        return [f"{type(exc).__name__}: {exc}"]


_ANCHOR_DETAILS = {
    AnchorVerdict.SAME: QT_TRANSLATE_NOOP(
        "Check", "newest entry {seq} and {commits} commits, as anchored outside the register"
    ),
    AnchorVerdict.ONE_AHEAD: QT_TRANSLATE_NOOP(
        "Check",
        "the anchor is one commit behind (its last write failed); it is written again before "
        "the next change",
    ),
    AnchorVerdict.NOT_YET: QT_TRANSLATE_NOOP(
        "Check", "no anchor yet: the register predates anchors, the next change writes one"
    ),
    AnchorVerdict.BEHIND: QT_TRANSLATE_NOOP(
        "Check", "the register lacks commits its anchor records (newest entry here: {seq})"
    ),
    AnchorVerdict.DIFFERENT: QT_TRANSLATE_NOOP(
        "Check", "the newest entries are not the ones anchored (newest entry here: {seq})"
    ),
    AnchorVerdict.MISSING: QT_TRANSLATE_NOOP("Check", "the anchor file is missing"),
    AnchorVerdict.UNREADABLE: QT_TRANSLATE_NOOP("Check", "the anchor file is damaged"),
}


def _anchor_detail(verdict: AnchorVerdict, head: AuditHead) -> str:
    return translate("Check", _ANCHOR_DETAILS[verdict]).format(seq=head.seq, commits=head.commits)


def _settle_rotation(*, rekeyed: bool) -> Callable[[SlotFile], None]:
    """End a rotation in the slot file: the pending key becomes the key, or is dropped."""

    def settle(slots: SlotFile) -> None:
        slots.rotation = None
        for name, slot in list(slots.slots.items()):
            if slot.sealed_pending is None:
                continue
            if rekeyed:
                slots.slots[name] = replace(slot, sealed=slot.sealed_pending, sealed_pending=None)
            else:
                slots.slots[name] = replace(slot, sealed_pending=None)

    return settle


def _integrity_failures(conn: Connection, *, quick: bool) -> list[str]:
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    structure = [
        str(r[0]) for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
    ]
    if structure != ["ok"]:
        problems.extend(structure)
    return problems


def _existing_register(path: Path | str) -> RegisterFiles:
    files = RegisterFiles(Path(path))
    try:
        if files.database.is_dir():
            raise path_is_folder(files.database, EXAMPLE_NAME)
        if not files.database.exists():
            raise RegisterNotFound(str(files.database))
    except OSError as exc:  # a name too long, a folder that may not be read
        raise file_error(exc, files.database) from None
    return files


EXAMPLE_NAME = "enhet.fardvag"
# The register's companions add up to 27 characters to its name (".before-v9-20260101T000000Z")
# and most file systems stop at 255, some paths (Windows) much earlier: a short name is safe.
REGISTER_NAME_MAX = 120


def _check_new_register_path(files: RegisterFiles) -> None:
    """Refuse, before anything is written, a path that cannot become a register."""
    if len(files.database.name) > REGISTER_NAME_MAX:
        raise NameTooLong(name=files.database.name)
    try:
        if files.database.is_dir():
            raise path_is_folder(files.database, EXAMPLE_NAME)
        if files.database.exists() or files.keyslots.exists():
            raise RegisterExists(str(files.database))
    except OSError as exc:
        raise file_error(exc, files.database) from None


def _storage_error(exc: BaseException, path: Path) -> AppError | None:
    """The user's message for a file-system failure while a register is written: the OS's
    own errors, and SQLite's, which carry only a text."""
    if isinstance(exc, OSError):
        return file_error(exc, path)
    if isinstance(exc, driver.Error):
        text = str(exc).casefold()
        if "disk is full" in text:
            return DiskFull(folder=str(path.parent))
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return FolderNotWritable(folder=str(path.parent))
    return None


def _local_time(iso_utc: str) -> str:
    """A UTC time from the lock file as the user's wall-clock time, e.g. 2026-11-22 09:41."""
    try:
        return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_utc


def _acquire(files: RegisterFiles, user: str) -> RegisterLock:
    lock = RegisterLock(files.lock)
    try:
        lock.acquire(user)
    except LockHeld as held:
        raise RegisterInUse(
            user=held.holder.user,
            computer=held.holder.computer,
            since=_local_time(held.holder.since),
        ) from None
    return lock

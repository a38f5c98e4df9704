"""The register: one SQLCipher file with its key slots beside it. This module is the one place
that opens the database; everything else works through a `Register`."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.accounts import Role, check_password, check_username, normalise_username
from desktop.core.audit import GENESIS_MAC, Action, AuditEntry, ChainReport, entry_mac, verify_chain
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
    FolderNotWritable,
    NameTooLong,
    file_error,
    path_is_folder,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from desktop.db import driver
from desktop.db.attempts import SignInAttempts
from desktop.db.driver import Connection
from desktop.db.files import RegisterFiles, atomic_write, looks_like_plain_sqlite, set_aside
from desktop.db.keyslots import (
    KdfParams,
    KeySlot,
    RotationRecord,
    SlotDoesNotOpen,
    SlotFile,
    SlotFileDamaged,
    database_key_from_recovery,
    dummy_unlock,
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


def _audit_key_from(database_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"fardvag audit chain v1"
    ).derive(database_key)


def _connect(path: Path, key: bytes) -> Connection:
    """Open `path` with `key`: key first, one read to prove it, then nothing else. Raises
    `_KeyRejected` when SQLCipher refuses the key."""
    if path.exists() and path.stat().st_size > 0 and looks_like_plain_sqlite(path):
        raise RegisterDamaged("file is plain SQLite")
    hex_key = key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("database key must be 32 bytes")
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
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.DatabaseError:
            raise _KeyRejected() from None
        return conn
    except BaseException:
        conn.close()
        raise


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
                SlotFile(register_id, {username: slot}).save(files.keyslots, files.keyslots_backup)
            if looks_like_plain_sqlite(files.database):  # belt and braces: never plaintext
                raise RuntimeError("register was written unencrypted")
            return register, format_recovery_key(secret)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for leftover in (
                files.database,
                files.database.with_name(files.database.name + "-wal"),
                files.database.with_name(files.database.name + "-shm"),
                files.keyslots,
                files.keyslots_backup,
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
    ) -> Register:
        """Sign in: the user's slot gives the key, the key opens the database."""
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
            register = cls._open_with_keys(files, keys, username, clock, kdf, migrations)
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
        except BaseException:
            register.close()
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
    ) -> Register:
        """Open as an administrator with the recovery key; works without the slot file."""
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
            )
        except _KeyRejected:
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
    ) -> Register:
        lock = _acquire(files, lock_user)
        conn: Connection | None = None
        opened_with = -1
        try:
            for index, candidate in enumerate(keys):
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
            failures = _integrity_failures(conn, quick=True)
            if failures:
                raise RegisterDamaged("; ".join(failures))
            _configure(conn)
            register = cls(files, conn, key, lock, clock, kdf or KdfParams.default())
            register._opened_with = opened_with
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            register.register_id = str(meta["register_id"])
            register._audit_key = bytes(meta["audit_key"])
            if found < supported:
                register._migrate(found, migrations)
            return register
        except driver.DatabaseError as exc:
            if conn is not None:
                conn.close()
            lock.release()
            log.error("register damaged: %s", type(exc).__name__)
            raise RegisterDamaged(type(exc).__name__) from None
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, RegisterDamaged):
                log.error("register damaged: %s", exc.detail)  # technical, no personal data
            raise

    def _migrate(self, found: int, migrations: Sequence[Migration]) -> None:
        """Bring an older register up to date: a copy first, then each step in its own
        transaction with its audit entry. A failing step rolls back and stops."""
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = self.files.pre_migration_copy(found, stamp)
        target = _connect(copy, bytes(self._key))
        try:
            self._conn_or_raise().backup(target)
        finally:
            target.close()
        for step in migrations:
            if step.version <= found:
                continue
            try:
                with self.write() as tx:
                    step.apply(tx.conn)
                    tx.execute(f"PRAGMA user_version = {int(step.version)}")
                    tx.audit(Action.MIGRATE, "schema", step.version, user=self.session.username)
            except Exception as exc:
                log.error("migration to schema %d failed: %s", step.version, type(exc).__name__)
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
        """One write transaction. It must record at least one audit entry, or it is a bug."""
        with self._mutex:
            conn = self._conn_or_raise()
            conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(self, conn)
            try:
                yield tx
                if not tx.audited:
                    raise MissingAuditEntry("a write must record its audit entry")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """The connection for reading, held by this thread until the block ends."""
        with self._mutex:
            yield self._conn_or_raise()

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
        """Every check `verify` reports: encryption, SQLCipher's page MACs, SQLite's structure
        and the audit chain. Details are in the user's language."""
        with self._mutex:
            conn = self._conn_or_raise()
            cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
            plain = looks_like_plain_sqlite(self.files.database)
            cipher_problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        report = self.verify_audit_chain()
        structure_ok = structure == ["ok"]
        return [
            Check("key", True),
            Check("encrypted", bool(cipher) and not plain, f"SQLCipher {cipher}"),
            Check("cipher_integrity_check", not cipher_problems, "; ".join(cipher_problems[:5])),
            Check(
                "integrity_check", structure_ok, "" if structure_ok else "; ".join(structure[:5])
            ),
            Check(
                "audit_chain",
                report.intact,
                translate("Check", "{count} entries").format(count=report.entries)
                if report.intact
                else translate("Check", "first broken entry: {seq}").format(
                    seq=report.first_broken_seq
                ),
            ),
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
            except (OSError, driver.Error) as exc:  # e.g. a full disk at COMMIT
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
            except (OSError, driver.Error) as exc:
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
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(driver.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
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

"""Failed sign-ins, remembered outside the encrypted register (which cannot be opened without
the right password): the count per user name that drives the back-off, and the failures that are
written into the audit log the next time anyone signs in.

People sometimes type their password into the user-name field, so the file never holds a typed
name: only a keyed, deliberately slow hash of it (scrypt under a random salt kept in the file).
That is enough to count attempts per name and, at the next successful sign-in, to tell which
account a failure was for (by hashing each account's name the same way); a name that is no
account is logged as "(unknown user)". The salt makes the tags useless in any other register's
file, and the cost makes guessing a typed password from its tag slow."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.accounts import normalise_username
from desktop.db.files import atomic_write

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 5
MAX_WAIT_SECONDS = 15 * 60
FILE_VERSION = 2
UNKNOWN_USER = "(unknown user)"
# About 10 ms and 4 MiB per name: unnoticed at sign-in, slow for guessing.
_SCRYPT = {"n": 2**12, "r": 8, "p": 1, "dklen": 16, "maxmem": 16 * 1024 * 1024}


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: none for the first three, then
    5 s, doubling each time, at most 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS))


@dataclass(frozen=True)
class PendingFailure:
    user: str  # the account's name, or UNKNOWN_USER
    at: str


def _tag(salt: bytes, name: str) -> str:
    digest = hashlib.scrypt(normalise_username(name).encode("utf-8"), salt=salt, **_SCRYPT)
    return digest.hex()


class SignInAttempts:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            data = None
        if not isinstance(data, dict) or data.get("version") != FILE_VERSION:
            # Missing, unreadable, or the first version that kept typed names in plain text:
            # start over rather than carry a typed password along.
            data = {
                "version": FILE_VERSION,
                "salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii"),
            }
        return data

    def _salt(self, data: dict[str, object]) -> bytes:
        return base64.b64decode(str(data["salt"]))

    def _save(self, data: dict[str, object]) -> None:
        try:
            atomic_write(self.path, json.dumps(data).encode("utf-8"))
        except OSError:
            # A read-only folder must not stop the register from opening; the back-off is then
            # per process only, which the log says (without any user name).
            log.warning("could not record a failed sign-in attempt")

    def _users(self, data: dict[str, object]) -> dict[str, dict[str, object]]:
        users = data.setdefault("users", {})
        assert isinstance(users, dict)
        return users

    def seconds_to_wait(self, user: str, now: datetime) -> int:
        data = self._load()
        if not data.get("users"):
            return 0
        entry = self._users(data).get(_tag(self._salt(data), user))
        if not entry:
            return 0
        failures = int(str(entry.get("failures", 0)))
        last = datetime.fromisoformat(str(entry["last"]))
        remaining = last + timedelta(seconds=wait_after(failures)) - now
        return max(0, int(remaining.total_seconds() + 0.999))

    def record_failure(self, user: str, now: datetime) -> int:
        """Count one failure; returns how long the user must now wait."""
        data = self._load()
        tag = _tag(self._salt(data), user)
        users = self._users(data)
        entry = users.setdefault(tag, {"failures": 0})
        entry["failures"] = int(str(entry.get("failures", 0))) + 1
        entry["last"] = now.isoformat(timespec="seconds")
        pending = data.setdefault("pending", [])
        assert isinstance(pending, list)
        pending.append({"tag": tag, "at": now.isoformat(timespec="seconds")})
        self._save(data)
        return wait_after(int(str(entry["failures"])))

    def pending(self, accounts: Iterable[str]) -> list[PendingFailure]:
        """The failures not yet in the audit log, each named by the account it was for (one of
        `accounts`) or as UNKNOWN_USER."""
        data = self._load()
        raw = data.get("pending", [])
        if not isinstance(raw, list) or not raw:
            return []
        salt = self._salt(data)
        names = {_tag(salt, name): name for name in accounts}
        return [
            PendingFailure(names.get(str(p.get("tag")), UNKNOWN_USER), str(p["at"]))
            for p in raw
            if isinstance(p, dict) and "at" in p
        ]

    def after_success(self, user: str) -> None:
        """The failures have been written to the audit log; the user's count starts over."""
        data = self._load()
        data["pending"] = []
        if data.get("users"):
            self._users(data).pop(_tag(self._salt(data), user), None)
        if data.get("users"):
            self._save(data)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

"""Failed sign-ins, remembered outside the encrypted register (which cannot be opened without
the right password): the count per user name that drives the back-off, and the failures that are
written into the audit log the next time anyone signs in."""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.db.files import atomic_write

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 5
MAX_WAIT_SECONDS = 15 * 60


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: none for the first three, then
    5 s, doubling each time, at most 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS))


@dataclass(frozen=True)
class PendingFailure:
    user: str
    at: str


class SignInAttempts:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_bytes())
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

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
        entry = self._users(self._load()).get(user)
        if not entry:
            return 0
        failures = int(str(entry.get("failures", 0)))
        last = datetime.fromisoformat(str(entry["last"]))
        remaining = last + timedelta(seconds=wait_after(failures)) - now
        return max(0, int(remaining.total_seconds() + 0.999))

    def record_failure(self, user: str, now: datetime) -> int:
        """Count one failure; returns how long the user must now wait."""
        data = self._load()
        users = self._users(data)
        entry = users.setdefault(user, {"failures": 0})
        entry["failures"] = int(str(entry.get("failures", 0))) + 1
        entry["last"] = now.isoformat(timespec="seconds")
        pending = data.setdefault("pending", [])
        assert isinstance(pending, list)
        pending.append({"user": user, "at": now.isoformat(timespec="seconds")})
        self._save(data)
        return wait_after(int(str(entry["failures"])))

    def pending(self) -> list[PendingFailure]:
        raw = self._load().get("pending", [])
        if not isinstance(raw, list):
            return []
        return [PendingFailure(str(p["user"]), str(p["at"])) for p in raw if isinstance(p, dict)]

    def after_success(self, user: str) -> None:
        """The failures have been written to the audit log; the user's count starts over."""
        data = self._load()
        data["pending"] = []
        self._users(data).pop(user, None)
        if data.get("users"):
            self._save(data)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

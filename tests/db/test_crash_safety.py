"""passwd and rotate-key cut off at every file-system step (each write's fsync, each rename,
the database commit and re-key), or meeting a full disk there: afterwards the old or the new
password opens the register, and for a rotation the old recovery key or the new one that was
shown. Each step is made to fail in turn by counting calls to os.fsync and os.replace."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from desktop.core.accounts import Role
from desktop.core.errors import AppError
from desktop.db import driver
from desktop.db.files import RegisterFiles
from desktop.db.keyslots import SlotFile
from desktop.db.register import KeySlotsNotSaved, Register, RotationNotFinished, RotationNotStarted
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP

BO = "bo"
BO_OLD = "bos-gamla-lösen-1"
BO_NEW = "bos-nya-lösenord-2"


class Killed(BaseException):
    """The process died here (BaseException: nothing catches it as an ordinary error)."""


class _Steps:
    def __init__(self, fail_at: int, failure: Callable[[], BaseException]) -> None:
        self.count = 0
        self.fail_at = fail_at
        self.failure = failure

    def step(self) -> None:
        self.count += 1
        if self.count == self.fail_at:
            raise self.failure()


class _CountingConnection:
    """The register's connection, with COMMIT and PRAGMA rekey counted as steps."""

    def __init__(self, conn: driver.Connection, steps: _Steps) -> None:
        self._conn = conn
        self._steps = steps

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT" or sql.startswith("PRAGMA rekey"):
            try:
                self._steps.step()
            except OSError:
                raise driver.DatabaseError("database or disk is full") from None
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@contextmanager
def failing_at(
    monkeypatch: pytest.MonkeyPatch, register: Register, steps: _Steps
) -> Iterator[None]:
    real_replace, real_fsync = os.replace, os.fsync

    def replace(*args: Any, **kwargs: Any) -> None:
        steps.step()
        real_replace(*args, **kwargs)

    def fsync(fd: int) -> None:
        steps.step()
        real_fsync(fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace)
        patch.setattr(os, "fsync", fsync)
        patch.setattr(register, "_conn", _CountingConnection(register._conn, steps))  # type: ignore[arg-type]
        yield


def _die(register: Register) -> None:
    """What a killed process leaves: no checkpoint, nothing written after the failure."""
    conn = register._conn
    register._conn = None
    if conn is not None:
        (conn._conn if isinstance(conn, _CountingConnection) else conn).close()
    register._lock.release()


def _opens(path: Path, user: str, password: str) -> bool:
    try:
        Register.open(path, user, password, kdf=CHEAP).close()
    except AppError:
        return False
    return True


def _opens_with_recovery(path: Path, key: str) -> bool:
    try:
        Register.open_with_recovery_key(path, key, kdf=CHEAP).close()
    except AppError:
        return False
    return True


def _copy(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to)
    return to / "enhet.fardvag"


def _make(folder: Path) -> tuple[Register, str]:
    register, recovery = Register.create(
        folder / "enhet.fardvag", username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP
    )
    register.add_user(BO, "Bo", Role.STAFF, BO_OLD, must_change=False)
    return register, recovery


def _count_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, op: str) -> int:
    register, _ = _make(tmp_path / "count")
    register = _signed_in(register, op)
    steps = _Steps(0, Killed)
    with failing_at(monkeypatch, register, steps):
        _run(register, op, [])
    register.close()
    return steps.count


def _run(register: Register, op: str, shown: list[str]) -> None:
    if op == "passwd":
        register.change_own_password(BO_OLD, BO_NEW)
    elif op == "reset":
        register.set_password(BO, BO_NEW, must_change=False)
    else:
        register.rotate_key(show=shown.append)


def _signed_in(register: Register, op: str) -> Register:
    if op == "passwd":
        register.close()
        return Register.open(register.files.database, BO, BO_OLD, kdf=CHEAP)
    return register


@pytest.mark.parametrize("op", ["passwd", "reset"])
@pytest.mark.parametrize("failure", ["killed", "disk_full"])
def test_password_change_cut_off_at_every_step_old_or_new_password_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, op: str, failure: str
) -> None:
    total = _count_steps(tmp_path, monkeypatch, op)
    assert total >= 6  # two slot writes of two files each, the commit
    for n in range(1, total + 1):
        folder = tmp_path / f"{failure}-{n}"
        register, _ = _make(folder)
        register = _signed_in(register, op)
        make_failure: Callable[[], BaseException] = (
            Killed if failure == "killed" else lambda: OSError(errno.ENOSPC, "disk full")
        )
        steps = _Steps(n, make_failure)
        finished = False
        refused = False
        with failing_at(monkeypatch, register, steps):
            try:
                _run(register, op, [])
                finished = True
            except Killed:
                pass
            except KeySlotsNotSaved:
                refused = True
        assert not refused or failure == "disk_full"
        _die(register)
        old = _opens(_copy(folder, tmp_path / f"old-{failure}-{n}"), BO, BO_OLD)
        new = _opens(_copy(folder, tmp_path / f"new-{failure}-{n}"), BO, BO_NEW)
        assert old or new, f"step {n} of {total}: neither password opens"
        if finished:
            assert new, f"step {n}: the change was reported done but the new password fails"
        assert _opens(folder / "enhet.fardvag", ADMIN, ADMIN_PASSWORD), f"step {n}"
        # Either password, once it worked, goes on working: nothing is left half-done.
        works = BO_NEW if new else BO_OLD
        assert _opens(folder / "enhet.fardvag", BO, works), f"step {n}"
        assert _opens(folder / "enhet.fardvag", BO, works), f"step {n}"
        assert not SlotFile.load(RegisterFiles(folder / "enhet.fardvag").keyslots).pending


def recovery_keys_still_work(
    path: Path, tmp_path: Path, old_recovery: str, shown: list[str], label: str
) -> None:
    old = _opens_with_recovery(_copy(path.parent, tmp_path / f"o-{label}"), old_recovery)
    new = bool(shown) and _opens_with_recovery(
        _copy(path.parent, tmp_path / f"n-{label}"), shown[0]
    )
    assert old or new, f"{label}: no recovery key that was shown opens"


@pytest.mark.parametrize("failure", ["killed", "disk_full"])
def test_rotate_key_cut_off_at_every_step_leaves_a_recovery_key_that_was_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    total = _count_steps(tmp_path, monkeypatch, "rotate")
    assert total >= 8
    for n in range(1, total + 1):
        folder = tmp_path / f"{failure}-{n}"
        register, old_recovery = _make(folder)
        shown: list[str] = []
        make_failure: Callable[[], BaseException] = (
            Killed if failure == "killed" else lambda: OSError(errno.ENOSPC, "disk full")
        )
        steps = _Steps(n, make_failure)
        refused = False
        with failing_at(monkeypatch, register, steps):
            try:
                _run(register, "rotate", shown)
            except Killed:
                pass
            except (KeySlotsNotSaved, RotationNotStarted, RotationNotFinished):
                refused = True
        assert not refused or failure == "disk_full"
        _die(register)
        path = folder / "enhet.fardvag"

        recovery_keys_still_work(path, tmp_path, old_recovery, shown, f"{failure}-{n}-before")
        # Each credential on its own copy, first thing after the crash.
        for user, password in ((ADMIN, ADMIN_PASSWORD), (BO, BO_OLD)):
            copy = _copy(folder, tmp_path / f"pw-{user}-{failure}-{n}")
            assert _opens(copy, user, password), f"step {n}: {user} cannot sign in"
            recovery_keys_still_work(
                copy, tmp_path, old_recovery, shown, f"{failure}-{n}-after-{user}"
            )
            assert _opens(copy, user, password)
        if shown:
            copy = _copy(folder, tmp_path / f"new-first-{failure}-{n}")
            if _opens_with_recovery(copy, shown[0]):
                assert _opens(copy, ADMIN, ADMIN_PASSWORD) and _opens(copy, BO, BO_OLD)
                assert _opens_with_recovery(copy, shown[0])
        copy = _copy(folder, tmp_path / f"old-first-{failure}-{n}")
        if _opens_with_recovery(copy, old_recovery):
            assert _opens(copy, ADMIN, ADMIN_PASSWORD) and _opens(copy, BO, BO_OLD)
            assert _opens_with_recovery(copy, old_recovery)

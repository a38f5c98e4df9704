"""After three failed passwords a user waits, longer each time; every failure reaches the log."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.audit import Action
from desktop.core.errors import SignInThrottled, WrongPassword
from desktop.db.attempts import UNKNOWN_USER, wait_after
from desktop.db.files import RegisterFiles
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def fail(path, user: str, clock: Clock) -> WrongPassword:  # type: ignore[no-untyped-def]
    with pytest.raises(WrongPassword) as caught:
        Register.open(path, user, "inte-rätt-lösenord", clock=clock, kdf=CHEAP)
    return caught.value


def test_wait_grows_exponentially_and_is_capped() -> None:
    assert [wait_after(n) for n in range(1, 8)] == [0, 0, 5, 10, 20, 40, 80]
    assert wait_after(40) == 15 * 60


def test_three_free_attempts_then_back_off(new_register: NewRegister) -> None:
    new_register.register.close()
    clock = Clock()
    assert fail(new_register.path, ADMIN, clock).retry_after == 0
    assert fail(new_register.path, ADMIN, clock).retry_after == 0
    third = fail(new_register.path, ADMIN, clock)
    assert third.retry_after == 5
    assert "5" in third.user_message()
    # Even the right password is not tried during the wait.
    with pytest.raises(SignInThrottled) as throttled:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP)
    assert throttled.value.seconds == 5
    clock.advance(5)
    assert fail(new_register.path, ADMIN, clock).retry_after == 10
    clock.advance(4)
    with pytest.raises(SignInThrottled):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP)
    clock.advance(6)
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP).close()
    # Success starts the count over.
    assert fail(new_register.path, ADMIN, clock).retry_after == 0


def test_back_off_is_per_user(new_register: NewRegister) -> None:
    new_register.register.close()
    clock = Clock()
    for _ in range(3):
        fail(new_register.path, "bo", clock)
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP).close()


def test_back_off_survives_restarting_the_program(new_register: NewRegister) -> None:
    """The count lives beside the register, not in memory: a restart does not reset it."""
    new_register.register.close()
    clock = Clock()
    for _ in range(3):
        fail(new_register.path, ADMIN, clock)
    # A "new process" is simply a new call: nothing is cached in memory between calls.
    with pytest.raises(SignInThrottled):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP)


def test_every_failure_is_written_to_the_audit_log(new_register: NewRegister) -> None:
    new_register.register.close()
    clock = Clock()
    fail(new_register.path, ADMIN, clock)
    clock.advance(60)
    fail(new_register.path, "okänd", clock)
    clock.advance(60)
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP) as reg:
        entries = list(reg.audit_entries())
        failed = [e for e in entries if e.action == Action.SIGN_IN_FAILED]
        assert [(e.user, e.at) for e in failed] == [
            (ADMIN, "2026-11-23T08:00:00Z"),
            (UNKNOWN_USER, "2026-11-23T08:01:00Z"),  # no account: the name is not kept
        ]
        assert entries[-1].action == Action.SIGN_IN
        assert reg.verify_audit_chain().intact
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP) as reg:
        again = [e for e in reg.audit_entries() if e.action == Action.SIGN_IN_FAILED]
        assert len(again) == 2  # written once, not again at the next sign-in


def test_password_typed_as_user_name_is_not_kept_in_the_attempts_file(
    new_register: NewRegister,
) -> None:
    new_register.register.close()
    clock = Clock()
    fail(new_register.path, ADMIN_PASSWORD, clock)  # the password typed into the name field
    fail(new_register.path, ADMIN, clock)
    attempts_file = RegisterFiles(new_register.path).signin_attempts
    raw = attempts_file.read_bytes()
    for form in {ADMIN_PASSWORD, ADMIN_PASSWORD.lower()}:
        assert form.encode("utf-8") not in raw
        assert json.dumps(form).encode("ascii") not in raw  # nor JSON-escaped
    assert ADMIN.encode() not in raw  # names are not kept either, only keyed hashes
    # The count still works per name, and the next sign-in names the real account.
    assert fail(new_register.path, ADMIN, clock).retry_after == 0
    assert fail(new_register.path, ADMIN, clock).retry_after == 5
    clock.advance(5)
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, clock=clock, kdf=CHEAP) as reg:
        failed = [e.user for e in reg.audit_entries() if e.action == Action.SIGN_IN_FAILED]
    assert failed == [UNKNOWN_USER, ADMIN, ADMIN, ADMIN]


def test_old_attempts_file_with_plain_names_is_not_carried_on(new_register: NewRegister) -> None:
    new_register.register.close()
    attempts_file = RegisterFiles(new_register.path).signin_attempts
    attempts_file.write_text(
        json.dumps(
            {
                "users": {ADMIN_PASSWORD: {"failures": 1, "last": "2026-11-23T08:00:00+00:00"}},
                "pending": [{"user": ADMIN_PASSWORD, "at": "2026-11-23T08:00:00+00:00"}],
            }
        )
    )
    clock = Clock()
    fail(new_register.path, ADMIN, clock)
    assert ADMIN_PASSWORD.encode() not in attempts_file.read_bytes()

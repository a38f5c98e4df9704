"""One process at a time: a second one is told who has the register open, where and since when;
a lock left behind by a crash does not block anyone."""

from __future__ import annotations

import signal
import socket

import pytest

from desktop.core.errors import RegisterInUse
from desktop.db.files import RegisterFiles
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.db.test_durability import start_child


def test_second_process_gets_register_in_use(new_register: NewRegister) -> None:
    new_register.register.close()
    holder = start_child("hold", str(new_register.path), ADMIN)
    try:
        with pytest.raises(RegisterInUse) as caught:
            Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
        message = caught.value.user_message()
        assert ADMIN in message
        assert socket.gethostname() in message
    finally:
        assert holder.stdin
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    assert holder.returncode == 0
    assert not RegisterFiles(new_register.path).lock.exists()
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP).close()


def test_lock_left_by_a_killed_process_is_taken_over(new_register: NewRegister) -> None:
    new_register.register.close()
    holder = start_child("hold", str(new_register.path), ADMIN)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert RegisterFiles(new_register.path).lock.exists()  # stale, left behind
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP).close()


def test_second_open_in_the_same_process_is_refused(new_register: NewRegister) -> None:
    with pytest.raises(RegisterInUse):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert new_register.register.is_open

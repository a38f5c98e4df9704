"""A damaged register is reported as damaged (never as a wrong password, never recreated), and
the file is left alone for whoever restores it."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.audit import Action
from desktop.core.errors import RegisterDamaged, WrongPassword
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister


def grow(made: NewRegister) -> None:
    with made.register.write() as tx:
        tx.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(40):
            tx.execute("INSERT INTO filler VALUES (randomblob(3000))")
        tx.audit(Action.CREATE, "filler", 1)
    made.register.close()


def test_flipped_bytes_are_reported_as_damage(new_register: NewRegister) -> None:
    grow(new_register)
    data = bytearray(new_register.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    new_register.path.write_bytes(bytes(data))
    damaged = bytes(data)
    with pytest.raises(RegisterDamaged) as caught:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert "backup" in caught.value.user_message()
    assert new_register.path.read_bytes() == damaged  # left exactly as found


def test_a_damaged_first_page_is_damage_not_a_wrong_password(new_register: NewRegister) -> None:
    grow(new_register)
    data = bytearray(new_register.path.read_bytes())
    data[100:200] = bytes(100)
    new_register.path.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_truncated_file_is_damage(new_register: NewRegister) -> None:
    grow(new_register)
    data = new_register.path.read_bytes()
    new_register.path.write_bytes(data[: len(data) // 3])
    with pytest.raises(RegisterDamaged):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_an_unencrypted_file_in_its_place_is_refused(new_register: NewRegister) -> None:
    new_register.register.close()
    new_register.path.unlink()
    plain = sqlite3.connect(new_register.path)
    plain.execute("CREATE TABLE people (name TEXT)")
    plain.commit()
    plain.close()
    with pytest.raises(RegisterDamaged):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_wrong_password_does_not_touch_a_damaged_file(new_register: NewRegister) -> None:
    grow(new_register)
    new_register.path.write_bytes(b"\x00" * 8192)
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, ADMIN, "inte-lösenordet", kdf=CHEAP)
    assert new_register.path.read_bytes() == b"\x00" * 8192

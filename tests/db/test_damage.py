"""A damaged register is reported as damaged (never as a wrong password, never recreated), and
the file is left alone for whoever restores it."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.audit import Action
from desktop.core.errors import RegisterDamaged, WrongPassword
from desktop.core.progress import Progress
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister


def grow(made: NewRegister) -> None:
    with made.register.write() as tx:
        tx.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(40):
            tx.execute("INSERT INTO filler VALUES (randomblob(3000))")
        tx.audit(Action.CREATE, "filler", 1)
    made.register.close()


def damage_the_middle(made: NewRegister) -> bytes:
    grow(made)
    data = bytearray(made.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    made.path.write_bytes(bytes(data))
    return bytes(data)


def test_flipped_bytes_in_a_middle_page_are_found_by_the_full_checks(
    new_register: NewRegister,
) -> None:
    """Sign-in no longer reads every page (seconds on a large register): damage in a page it
    does not touch is found by the check run after sign-in in the background, by verify and
    by every backup's checks, with the file left for whoever restores it."""
    damaged = damage_the_middle(new_register)
    register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    problems = register.check_integrity()
    assert problems, "the background check must find the damaged page"
    failed = {c.name for c in register.verify() if not c.ok}
    assert {"cipher_integrity_check", "integrity_check"} <= failed
    register.close()
    middle = len(damaged) // 2
    assert new_register.path.read_bytes()[middle : middle + 64] == bytes(64)  # not "repaired"


def test_a_damaged_page_met_while_reading_is_damage_not_a_crash(
    new_register: NewRegister,
) -> None:
    with new_register.register.write() as tx:  # most of the file, so the middle is in it
        tx.execute("CREATE TABLE big (x BLOB)")
        for _ in range(400):
            tx.execute("INSERT INTO big VALUES (randomblob(3000))")
        tx.audit(Action.CREATE, "big", 1)
    damage_the_middle(new_register)
    register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    with pytest.raises(RegisterDamaged) as caught, register.read() as conn:
        conn.execute("SELECT x FROM big").fetchall()  # every page of every blob
    assert "backup" in caught.value.user_message()
    register.close()


def test_the_full_checks_find_nothing_in_a_sound_register(new_register: NewRegister) -> None:
    grow(new_register)
    register = new_register.reopen()
    assert register.check_integrity() == []
    assert all(check.ok for check in register.verify())


def test_the_background_check_stops_quietly_when_the_register_is_locked(
    new_register: NewRegister,
) -> None:
    grow(new_register)
    register = new_register.reopen()
    reports: list[tuple[int, int]] = []

    def lock_midway(done: int, total: int, text: str) -> None:
        reports.append((done, total))
        if done == 2:
            register.close()

    assert register.check_integrity(Progress(lock_midway)) is None
    assert reports[-1][0] == 2


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

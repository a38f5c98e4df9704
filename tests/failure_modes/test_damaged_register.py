"""A damaged register file: cut short, emptied to zero bytes, junk over the first page or over
a page in the middle. Each is reported as damage (never as a wrong password, never recreated
or "repaired"), in Swedish, and the file is left exactly as found for whoever restores it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.errors import AppError, RegisterDamaged
from desktop.db.register import Register, WrongRecoveryKey
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.failure_modes.conftest import files_in
from tests.services.conftest import build_casebook

PAGE = 4096  # SQLCipher's page size
DAMAGED = (
    "Registerfilen är skadad och kan inte öppnas på ett säkert sätt. Radera den inte. Kontakta "
    "den som sköter enhetens datorer och återställ den senaste säkerhetskopian."
)


def junk(length: int) -> bytes:
    return bytes((i * 7 + 3) % 256 for i in range(length))


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        del data[len(data) // 3 :]
    elif how == "zero_length":
        data.clear()
    elif how == "first_page":
        data[16:PAGE] = junk(PAGE - 16)  # after the salt: the header and the first table
    elif how == "middle_page":
        middle = (len(data) // PAGE // 2) * PAGE
        data[middle : middle + PAGE] = junk(PAGE)
    path.write_bytes(bytes(data))


def assert_left_as_found(folder: Path, before: dict[str, bytes]) -> None:
    """Every file as it was, byte for byte. (An empty write-ahead log that a refused open may
    leave holds nothing; anything else new would be a change.)"""
    after = files_in(folder)
    assert {name: after.get(name) for name in before} == before
    assert all(after[name] == b"" for name in after.keys() - before.keys()), sorted(after)


@pytest.fixture
def closed_book(new_register: NewRegister) -> NewRegister:
    """A register with two people's records in it, several pages long, closed."""
    build_casebook(new_register.register)
    new_register.register.close()
    assert new_register.path.stat().st_size > 20 * PAGE
    return new_register


@pytest.mark.parametrize("how", ["truncated", "zero_length", "first_page"])
def test_a_damaged_register_is_refused_as_damaged_and_left_as_found(
    closed_book: NewRegister, how: str, swedish: Callable[[AppError], str]
) -> None:
    damage(closed_book.path, how)
    before = files_in(closed_book.path.parent)
    with pytest.raises(RegisterDamaged) as raised:
        Register.open(closed_book.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert swedish(raised.value) == DAMAGED
    assert_left_as_found(closed_book.path.parent, before)


def test_the_recovery_key_on_an_emptied_register_says_damaged_not_wrong_key(
    closed_book: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    damage(closed_book.path, "zero_length")
    with pytest.raises(RegisterDamaged) as raised:
        Register.open_with_recovery_key(closed_book.path, closed_book.recovery_key, kdf=CHEAP)
    assert swedish(raised.value) == DAMAGED
    assert closed_book.path.read_bytes() == b""


@pytest.mark.parametrize("how", ["truncated", "first_page"])
def test_the_recovery_key_on_a_damaged_register_says_damaged_not_wrong_key(
    closed_book: NewRegister, how: str, swedish: Callable[[AppError], str]
) -> None:
    damage(closed_book.path, how)
    before = files_in(closed_book.path.parent)
    with pytest.raises(RegisterDamaged) as raised:
        Register.open_with_recovery_key(closed_book.path, closed_book.recovery_key, kdf=CHEAP)
    assert swedish(raised.value) == DAMAGED
    assert_left_as_found(closed_book.path.parent, before)


def test_junk_in_a_middle_page_is_caught_at_sign_in_or_by_verify(
    closed_book: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    """The full page check moved from sign-in (which must stay fast) to verify, backup and a
    background check. Either place may catch it; one of them must. Refused, the file is left
    as found; let in, verify and the background check both name the page."""
    damage(closed_book.path, "middle_page")
    damaged = closed_book.path.read_bytes()
    refused: RegisterDamaged | None = None
    try:
        register = Register.open(closed_book.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    except RegisterDamaged as error:
        refused = error
    if refused is not None:
        assert swedish(refused) == DAMAGED
        assert closed_book.path.read_bytes() == damaged
        return
    try:
        checks = {check.name: check for check in register.verify()}
        assert not checks["cipher_integrity_check"].ok
        assert "page" in checks["cipher_integrity_check"].detail  # says which page
        assert register.check_integrity()  # the background check finds it too
    finally:
        register.close()


def test_a_damaged_register_is_not_replaced_by_a_new_empty_one(
    closed_book: NewRegister, swedish: Callable[[AppError], str]
) -> None:
    damage(closed_book.path, "zero_length")
    with pytest.raises(AppError) as raised:
        Register.create(closed_book.path, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP)
    assert "Det finns redan ett register" in swedish(raised.value)
    assert closed_book.path.read_bytes() == b""


def test_a_wrong_recovery_key_on_a_damaged_register_is_still_called_wrong(
    closed_book: NewRegister,
) -> None:
    """The key slots' check value tells the register's own key from another: junk over the
    first page with somebody else's recovery key is a wrong key, not damage."""
    from desktop.core.recovery import format_recovery_key, new_recovery_secret

    damage(closed_book.path, "first_page")
    other = format_recovery_key(new_recovery_secret())
    with pytest.raises(WrongRecoveryKey):
        Register.open_with_recovery_key(closed_book.path, other, kdf=CHEAP)


def test_a_slot_file_from_before_the_key_check_gets_one_at_the_next_sign_in(
    closed_book: NewRegister,
) -> None:
    import json

    from desktop.db.files import RegisterFiles
    from desktop.db.keyslots import SlotFile

    files = RegisterFiles(closed_book.path)
    for path in (files.keyslots, files.keyslots_backup):
        data = json.loads(path.read_bytes())
        del data["key_check"]
        path.write_text(json.dumps(data))
    assert not SlotFile.load(files.keyslots).key_check
    closed_book.reopen().close()
    assert SlotFile.load(files.keyslots).key_check
    assert SlotFile.load(files.keyslots_backup).key_check == SlotFile.load(files.keyslots).key_check

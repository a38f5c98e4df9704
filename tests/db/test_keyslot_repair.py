"""A damaged or missing key-slot file with a good backup: sign-in repairs the file from the
backup (the damaged one kept aside, never deleted), and a later change keeps every slot."""

from __future__ import annotations

import pytest

from desktop.core.accounts import Role
from desktop.db.files import RegisterFiles
from desktop.db.keyslots import SlotFile
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister

BO_PASSWORD = "bos-lösenord-123"
CIA_PASSWORD = "hennes-lösenord-456"
GARBAGE = b"{ half a file \x00\xff"


def _everyone_signs_in(made: NewRegister) -> None:
    for user, password in ((ADMIN, ADMIN_PASSWORD), ("bo", BO_PASSWORD), ("cia", CIA_PASSWORD)):
        Register.open(made.path, user, password, kdf=CHEAP).close()


@pytest.mark.parametrize("damage", ["garbage", "missing"])
def test_damaged_keys_file_repaired_from_backup_then_adduser_keeps_every_slot(
    new_register: NewRegister, damage: str
) -> None:
    new_register.register.add_user("bo", "Bo Berg", Role.STAFF, BO_PASSWORD)
    new_register.register.close()
    files = RegisterFiles(new_register.path)
    if damage == "garbage":
        files.keyslots.write_bytes(GARBAGE)
    else:
        files.keyslots.unlink()

    register = new_register.reopen(ADMIN, ADMIN_PASSWORD)
    assert set(SlotFile.load(files.keyslots).slots) == {ADMIN, "bo"}  # repaired
    kept = list(files.database.parent.glob(files.keyslots.name + ".damaged-*"))
    if damage == "garbage":
        assert [k.read_bytes() for k in kept] == [GARBAGE]  # kept aside, never deleted
    else:
        assert kept == []
    register.add_user("cia", "Cia", Role.STAFF, CIA_PASSWORD)
    register.close()
    assert set(SlotFile.load(files.keyslots).slots) == {ADMIN, "bo", "cia"}
    assert set(SlotFile.load(files.keyslots_backup).slots) == {ADMIN, "bo", "cia"}
    _everyone_signs_in(new_register)


@pytest.mark.parametrize("damage", ["garbage", "missing"])
def test_keys_file_damaged_while_open_then_adduser_keeps_every_slot(
    new_register: NewRegister, damage: str
) -> None:
    register = new_register.register
    register.add_user("bo", "Bo Berg", Role.STAFF, BO_PASSWORD)
    files = RegisterFiles(new_register.path)
    if damage == "garbage":
        files.keyslots.write_bytes(GARBAGE)
    else:
        files.keyslots.unlink()
    register.add_user("cia", "Cia", Role.STAFF, CIA_PASSWORD)
    register.close()
    _everyone_signs_in(new_register)
    if damage == "garbage":
        kept = list(files.database.parent.glob(files.keyslots.name + ".damaged-*"))
        assert [k.read_bytes() for k in kept] == [GARBAGE]


def test_backup_one_change_behind_is_brought_up_to_date(new_register: NewRegister) -> None:
    """A crash between writing the file and its backup leaves the backup behind; the next
    sign-in copies the file over it, so a later damage to the file loses nothing."""
    files = RegisterFiles(new_register.path)
    behind = files.keyslots_backup.read_bytes()
    new_register.register.add_user("bo", "Bo Berg", Role.STAFF, BO_PASSWORD)
    new_register.register.close()
    files.keyslots_backup.write_bytes(behind)
    new_register.reopen().close()
    files.keyslots.write_bytes(GARBAGE)
    Register.open(new_register.path, "bo", BO_PASSWORD, kdf=CHEAP).close()

"""The key-slot file beside the register: missing, corrupt, repaired from its `.bak`, and the
recovery key when neither can be read. Every slot survives a repair (the next change starts
from all of them), a damaged file is kept aside and never deleted, and the messages say what
to do in Swedish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.accounts import Role
from desktop.core.errors import AppError, KeySlotsMissing
from desktop.core.recovery import BadRecoveryKey
from desktop.db.files import RegisterFiles
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register, WrongRecoveryKey
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.services.conftest import Casebook, build_casebook

BO, BO_PASSWORD = "bo", "hemligt-lösen-2026"
NEW_PASSWORD = "ett-helt-nytt-lösenord-1"


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    """A register with records, a second user, closed."""
    made = build_casebook(new_register.register)
    new_register.register.add_user(BO, "Bo Berg", Role.STAFF, BO_PASSWORD, must_change=False)
    new_register.register.close()
    return made


@pytest.fixture
def files(new_register: NewRegister) -> RegisterFiles:
    return RegisterFiles(new_register.path)


def signs_in(new_register: NewRegister, user: str, password: str) -> bool:
    with Register.open(new_register.path, user, password, kdf=CHEAP) as register:
        return register.session.username == user


def kept_aside(files: RegisterFiles) -> list[bytes]:
    folder = files.database.parent
    return [p.read_bytes() for p in sorted(folder.glob(files.keyslots.name + ".damaged-*"))]


@pytest.mark.parametrize("damage", ["missing", "garbage", "half", "empty"])
def test_a_lost_key_file_is_repaired_from_its_backup_and_no_one_is_locked_out(
    new_register: NewRegister, book: Casebook, files: RegisterFiles, damage: str
) -> None:
    good = files.keyslots_backup.read_bytes()
    original = files.keyslots.read_bytes()
    broken = {
        "garbage": bytes(range(256)) * 4,
        "half": original[: len(original) // 2],
        "empty": b"",
    }.get(damage)
    if broken is None:
        files.keyslots.unlink()
    else:
        files.keyslots.write_bytes(broken)

    assert signs_in(new_register, ADMIN, ADMIN_PASSWORD)
    assert files.keyslots.read_bytes() == good  # repaired at once, not only read around
    assert kept_aside(files) == ([] if broken is None else [broken])  # never deleted
    # The next change starts from every slot: adding a user locks out neither anna nor bo.
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        register.add_user("cilla", "Cilla", Role.STAFF, "vinter-lösen-2026")
    assert signs_in(new_register, ADMIN, ADMIN_PASSWORD)
    assert signs_in(new_register, BO, BO_PASSWORD)
    assert files.keyslots_backup.read_bytes() == files.keyslots.read_bytes()


def test_both_key_files_lost_points_to_the_recovery_key_which_brings_everyone_back(
    new_register: NewRegister,
    book: Casebook,
    files: RegisterFiles,
    swedish: Callable[[AppError], str],
) -> None:
    garbage = b"\x00not a key file\xff" * 20
    files.keyslots.write_bytes(garbage)
    files.keyslots_backup.unlink()
    with pytest.raises(KeySlotsMissing) as raised:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert swedish(raised.value) == (
        "Nyckelfilen till registret saknas. Öppna registret med återställningsnyckeln och välj "
        "sedan nya lösenord."
    )
    with Register.open_with_recovery_key(
        new_register.path, new_register.recovery_key, kdf=CHEAP
    ) as register:
        register.set_password(ADMIN, NEW_PASSWORD)
        register.set_password(BO, NEW_PASSWORD)
        people = ParticipantRepository(register)
        assert sorted(n.text for n in people.notes(book.asa)) == sorted(book.asa_notes)
    assert signs_in(new_register, ADMIN, NEW_PASSWORD)
    assert kept_aside(files) == [garbage]  # the unreadable file was kept for support


def test_a_mistyped_or_wrong_recovery_key_is_told_apart_and_changes_nothing(
    new_register: NewRegister,
    book: Casebook,
    files: RegisterFiles,
    swedish: Callable[[AppError], str],
) -> None:
    before = files.database.read_bytes(), files.keyslots.read_bytes()
    other, other_key = Register.create(
        files.database.with_name("annan.fardvag"),
        username="xavier",
        password="hemligt-lösen-2027",
        kdf=CHEAP,
    )
    other.close()
    with pytest.raises(WrongRecoveryKey) as wrong:
        Register.open_with_recovery_key(new_register.path, other_key, kdf=CHEAP)
    assert swedish(wrong.value) == "Återställningsnyckeln öppnar inte det här registret."
    with pytest.raises(BadRecoveryKey) as typo:
        Register.open_with_recovery_key(
            new_register.path, new_register.recovery_key[:-3], kdf=CHEAP
        )
    assert swedish(typo.value) != typo.value.message  # told in Swedish what a key looks like
    assert (files.database.read_bytes(), files.keyslots.read_bytes()) == before
    # Typed the way people type it from paper: lower case, spaces for dashes.
    typed = new_register.recovery_key.lower().replace("-", " ")
    with Register.open_with_recovery_key(new_register.path, typed, kdf=CHEAP) as register:
        assert register.session.is_recovery
    assert signs_in(new_register, ADMIN, ADMIN_PASSWORD)  # every password works as before
    assert signs_in(new_register, BO, BO_PASSWORD)

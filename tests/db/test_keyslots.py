"""Signing in: each user's password, the recovery key, password changes, removal and rotation."""

from __future__ import annotations

import json

import pytest

from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.errors import AccountError, KeySlotsMissing, NotPermitted, WrongPassword
from desktop.db.files import RegisterFiles
from desktop.db.keyslots import SlotFile
from desktop.db.register import AccountDisabled, Register, WrongRecoveryKey
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister

BO_PASSWORD = "bos-lösenord-123"


def add_bo(made: NewRegister, role: Role = Role.STAFF) -> None:
    made.register.add_user("bo", "Bo Berg", role, BO_PASSWORD)


def test_each_user_signs_in_with_own_password(new_register: NewRegister) -> None:
    add_bo(new_register)
    register = new_register.reopen("bo", BO_PASSWORD)
    assert register.session.username == "bo"
    assert register.session.role is Role.STAFF
    assert not register.session.is_admin
    register = new_register.reopen(ADMIN, ADMIN_PASSWORD)
    assert register.session.is_admin


def test_user_name_is_case_insensitive(new_register: NewRegister) -> None:
    assert new_register.reopen("ANNA", ADMIN_PASSWORD).session.username == ADMIN


def test_wrong_password_and_unknown_user_look_the_same(new_register: NewRegister) -> None:
    new_register.register.close()
    with pytest.raises(WrongPassword) as wrong:
        Register.open(new_register.path, ADMIN, "fel lösenord!!", kdf=CHEAP)
    with pytest.raises(WrongPassword) as unknown:
        Register.open(new_register.path, "nobody", ADMIN_PASSWORD, kdf=CHEAP)
    assert wrong.value.user_message() == unknown.value.user_message()


def test_staff_cannot_manage_users(new_register: NewRegister) -> None:
    add_bo(new_register)
    register = new_register.reopen("bo", BO_PASSWORD)
    with pytest.raises(NotPermitted):
        register.add_user("cia", "Cia", Role.STAFF, "cias-lösenord-1")
    with pytest.raises(NotPermitted):
        register.rotate_key()


def test_duplicate_user_is_refused(new_register: NewRegister) -> None:
    add_bo(new_register)
    with pytest.raises(AccountError, match="already"):
        new_register.register.add_user("BO", "Bo igen", Role.STAFF, BO_PASSWORD)


def test_recovery_key_opens_and_lets_admin_set_a_password(new_register: NewRegister) -> None:
    new_register.register.close()
    typed = new_register.recovery_key.lower().replace("-", " ")
    with Register.open_with_recovery_key(new_register.path, typed, kdf=CHEAP) as register:
        assert register.session.is_admin and register.session.is_recovery
        register.set_password(ADMIN, "nytt-lösenord-efter-glömska")
        assert any(e.action == Action.RECOVER for e in register.audit_entries())
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    Register.open(new_register.path, ADMIN, "nytt-lösenord-efter-glömska", kdf=CHEAP).close()


def test_wrong_recovery_key_is_refused(new_register: NewRegister) -> None:
    new_register.register.close()
    with pytest.raises(WrongRecoveryKey):
        Register.open_with_recovery_key(new_register.path, "0000-" * 7 + "0000", kdf=CHEAP)


def test_missing_slot_file_says_so_and_recovery_key_still_opens(new_register: NewRegister) -> None:
    new_register.register.close()
    files = RegisterFiles(new_register.path)
    files.keyslots.unlink()
    files.keyslots_backup.unlink(missing_ok=True)
    with pytest.raises(KeySlotsMissing) as missing:
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert "recovery key" in missing.value.user_message()
    with Register.open_with_recovery_key(new_register.path, new_register.recovery_key) as reg:
        reg.set_password(ADMIN, "ett-helt-nytt-lösenord")
    Register.open(new_register.path, ADMIN, "ett-helt-nytt-lösenord", kdf=CHEAP).close()


def test_damaged_slot_file_falls_back_to_its_backup(new_register: NewRegister) -> None:
    add_bo(new_register)  # the backup now holds the version with anna only
    new_register.register.close()
    files = RegisterFiles(new_register.path)
    files.keyslots.write_text("{ half a file")
    Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP).close()


def test_password_change_rewraps_only_that_slot(new_register: NewRegister) -> None:
    add_bo(new_register)
    files = RegisterFiles(new_register.path)
    before = SlotFile.load(files.keyslots).slots
    register = new_register.reopen("bo", BO_PASSWORD)
    register.change_own_password(BO_PASSWORD, "bos-nya-lösenord-456")
    after = SlotFile.load(files.keyslots).slots
    assert after[ADMIN] == before[ADMIN]
    assert after["bo"] != before["bo"]
    register.close()
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, "bo", BO_PASSWORD, kdf=CHEAP)
    Register.open(new_register.path, "bo", "bos-nya-lösenord-456", kdf=CHEAP).close()


def test_old_password_does_not_live_on_in_the_backup(new_register: NewRegister) -> None:
    add_bo(new_register)
    register = new_register.reopen("bo", BO_PASSWORD)
    register.change_own_password(BO_PASSWORD, "bos-nya-lösenord-456")
    register.close()
    files = RegisterFiles(new_register.path)
    files.keyslots.unlink()  # forces the backup to be used
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, "bo", BO_PASSWORD, kdf=CHEAP)


def test_change_own_password_needs_the_current_one(new_register: NewRegister) -> None:
    with pytest.raises(WrongPassword):
        new_register.register.change_own_password("inte-mitt-lösenord", "nytt-lösenord-789")


def test_admin_reset_means_change_at_next_sign_in(new_register: NewRegister) -> None:
    add_bo(new_register)
    new_register.register.set_password("bo", "tillfälligt-lösen-1")
    register = new_register.reopen("bo", "tillfälligt-lösen-1")
    assert register.session.must_change_password
    register.change_own_password("tillfälligt-lösen-1", "bos-egna-lösenord-2")
    assert not register.session.must_change_password
    assert not new_register.reopen("bo", "bos-egna-lösenord-2").session.must_change_password


def test_removed_user_cannot_sign_in_and_slot_is_gone(new_register: NewRegister) -> None:
    add_bo(new_register)
    new_register.register.remove_user("bo")
    files = RegisterFiles(new_register.path)
    assert "bo" not in SlotFile.load(files.keyslots).slots
    assert "bo" not in SlotFile.load(files.keyslots_backup).slots
    new_register.register.close()
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, "bo", BO_PASSWORD, kdf=CHEAP)


def test_old_slot_copied_back_does_not_let_a_removed_user_in(new_register: NewRegister) -> None:
    add_bo(new_register)
    files = RegisterFiles(new_register.path)
    kept_copy = files.keyslots.read_bytes()
    new_register.register.remove_user("bo")
    new_register.register.close()
    files.keyslots.write_bytes(kept_copy)
    with pytest.raises(AccountDisabled):
        Register.open(new_register.path, "bo", BO_PASSWORD, kdf=CHEAP)


def test_removed_user_can_be_enabled_with_a_new_password(new_register: NewRegister) -> None:
    add_bo(new_register)
    new_register.register.remove_user("bo")
    new_register.register.enable_user("bo", "välkommen-tillbaka-1")
    assert new_register.reopen("bo", "välkommen-tillbaka-1").session.must_change_password


def test_cannot_remove_yourself_or_the_last_admin(new_register: NewRegister) -> None:
    with pytest.raises(AccountError):
        new_register.register.remove_user(ADMIN)
    add_bo(new_register, Role.ADMIN)
    register = new_register.reopen("bo", BO_PASSWORD)
    register.remove_user(ADMIN)
    with pytest.raises(AccountError):
        register.remove_user("bo")


def test_slot_is_bound_to_its_user(new_register: NewRegister) -> None:
    """Renaming a slot in the file to another user does not let anyone in."""
    add_bo(new_register)
    new_register.register.close()
    files = RegisterFiles(new_register.path)
    data = json.loads(files.keyslots.read_text())
    for slot in data["slots"]:
        slot["username"] = {"anna": "bo", "bo": "anna"}[slot["username"]]
    files.keyslots.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, "bo", ADMIN_PASSWORD, kdf=CHEAP)


def test_slot_is_bound_to_its_register(new_register: NewRegister) -> None:
    new_register.register.close()
    files = RegisterFiles(new_register.path)
    data = json.loads(files.keyslots.read_text())
    data["register_id"] = "0" * 32
    files.keyslots.write_text(json.dumps(data))
    files.keyslots_backup.unlink(missing_ok=True)
    with pytest.raises(WrongPassword):
        Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_rotate_key_keeps_every_user_and_retires_the_old_key(new_register: NewRegister) -> None:
    add_bo(new_register)
    old_key = bytes(new_register.register._key)
    new_recovery = new_register.register.rotate_key()
    assert bytes(new_register.register._key) != old_key
    assert new_recovery != new_register.recovery_key
    for user, password in ((ADMIN, ADMIN_PASSWORD), ("bo", BO_PASSWORD)):
        new_register.reopen(user, password)
    new_register.register.close()
    with pytest.raises(WrongRecoveryKey):
        Register.open_with_recovery_key(new_register.path, new_register.recovery_key, kdf=CHEAP)
    Register.open_with_recovery_key(new_register.path, new_recovery, kdf=CHEAP).close()
    slots = SlotFile.load(RegisterFiles(new_register.path).keyslots).slots
    assert all(s.sealed_pending is None for s in slots.values())
    register = new_register.reopen()
    assert register.verify_audit_chain().intact
    assert any(e.action == Action.KEY_CHANGE for e in register.audit_entries())


@pytest.mark.parametrize("rekeyed", [False, True])
def test_rotation_cut_off_between_the_two_files_locks_nobody_out(
    new_register: NewRegister, rekeyed: bool
) -> None:
    """Simulate a crash after the slot file got the pending key, before or after the re-key."""
    add_bo(new_register)
    register = new_register.register
    real_save = register._save_slots
    calls = []

    # Saves: 1 settles password changes, 2 adds the pending keys, 3 records the new recovery
    # key as shown, 4 settles after the re-key.
    def crash_on_second_save(change):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == (4 if rekeyed else 2):
            if not rekeyed:
                real_save(change)
            raise KeyboardInterrupt("power cut")
        real_save(change)

    register._save_slots = crash_on_second_save  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        register.rotate_key()
    register.close()
    for user, password in ((ADMIN, ADMIN_PASSWORD), ("bo", BO_PASSWORD)):
        reopened = new_register.reopen(user, password)
        assert reopened.verify_audit_chain().intact
    slots = SlotFile.load(RegisterFiles(new_register.path).keyslots).slots
    assert all(s.sealed_pending is None for s in slots.values())
    key_changes = [e for e in reopened.audit_entries() if e.action == Action.KEY_CHANGE]
    assert len(key_changes) == (1 if rekeyed else 0)

"""Signing in, the messages a user can meet there, users and roles, locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.accounts import Role
from desktop.core.errors import WrongPassword
from desktop.db.files import RegisterFiles
from desktop.db.register import Register
from desktop.ui.admin.settings import SettingsSection
from desktop.ui.admin.users import UsersSection
from desktop.ui.common.dialogs import AddUserDialog, ChangePasswordDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP
from tests.ui.conftest import MakeApp, click, sign_in, type_into


def nav_titles(app) -> list[str]:  # type: ignore[no-untyped-def]
    nav = app.main_window.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def test_wrong_then_right_password(qtbot, make_app: MakeApp, existing_register: Path) -> None:
    app = make_app(existing_register)
    app.start()
    window = app.sign_in_window
    type_into(qtbot, window.username, ADMIN)
    type_into(qtbot, window.password, "inte-rätt-lösenord")
    click(qtbot, window.sign_in_button)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert window.error.text() == WrongPassword().user_message()
    assert app.main_window is None
    assert window.username.text() == ADMIN  # what was typed stays
    type_into(qtbot, window.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: app.main_window is not None and app.main_window.isVisible(), timeout=10_000
    )
    assert not window.isVisible()
    assert window.password.text() == ""
    assert nav_titles(app) == [
        "Overview",
        "Participants",
        "Drug tests",
        "OSA",
        "Weekly summary",
        "Reports",
        "Users",
        "Settings",
        "Log",
    ]


def test_register_in_use_says_by_whom(qtbot, make_app: MakeApp, existing_register: Path) -> None:
    holder = Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    try:
        app = make_app(existing_register)
        app.start()
        window = app.sign_in_window
        type_into(qtbot, window.username, ADMIN)
        type_into(qtbot, window.password, ADMIN_PASSWORD)
        click(qtbot, window.sign_in_button)
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
        assert ADMIN in window.error.text()
        assert "computer" in window.error.text()
    finally:
        holder.close()


def test_missing_key_file_points_to_the_recovery_key(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    files = RegisterFiles(existing_register)
    files.keyslots.unlink()
    files.keyslots_backup.unlink(missing_ok=True)
    app = make_app(existing_register)
    app.start()
    window = app.sign_in_window
    type_into(qtbot, window.username, ADMIN)
    type_into(qtbot, window.password, ADMIN_PASSWORD)
    click(qtbot, window.sign_in_button)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert "recovery key" in window.error.text()


def test_admin_adds_a_user_who_signs_in_without_admin_sections(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    main.show_section("users")
    users = main.section("users")
    assert isinstance(users, UsersSection)
    click(qtbot, users.add_button)
    dialog = main.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.username, "bo")
    type_into(qtbot, dialog.display_name, "Bo Berg")
    type_into(qtbot, dialog.password, "bos-startlösen-1")
    type_into(qtbot, dialog.repeat, "bos-startlösen-1")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert users.model.rowCount() == 2

    main.lock_action.trigger()
    qtbot.waitUntil(lambda: app.sign_in_window.isVisible(), timeout=5000)
    sign_in(qtbot, app, "bo", "bos-startlösen-1")
    assert nav_titles(app) == [
        "Overview",
        "Participants",
        "Drug tests",
        "OSA",
        "Weekly summary",
        "Reports",
    ]
    forced = app.main_window.findChild(ChangePasswordDialog)
    assert forced is not None and forced.isVisible()  # an administrator set it: change it now
    type_into(qtbot, forced.current, "bos-startlösen-1")
    type_into(qtbot, forced.password, "bos-egna-lösenord-2")
    type_into(qtbot, forced.repeat, "bos-egna-lösenord-2")
    qtbot.keyClick(forced.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not forced.isVisible(), timeout=5000)
    assert not app.register.session.must_change_password


def test_auto_lock_closes_the_register_and_empties_the_models(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main, register = app.main_window, app.register
    users = main.section("users")
    audit = main.section("audit")
    assert users.model.rowCount() == 1
    assert audit.model.rowCount() > 0

    app.idle.set_timeout_ms(300)
    for _ in range(6):  # activity keeps it open
        qtbot.wait(100)
        qtbot.keyClick(main.navigation, Qt.Key.Key_Down)
    assert app.register is register

    qtbot.waitUntil(
        lambda: app.sign_in_window is not None and app.sign_in_window.isVisible(), timeout=5000
    )
    assert app.register is None
    assert not register.is_open
    assert bytes(register._key) == bytes(len(register._key))  # key bytes overwritten
    assert users.model.rowCount() == 0
    assert audit.model.rowCount() == 0
    assert main.section("overview").unit.text() == ""
    assert not main.isVisible()
    assert "minutes" in app.sign_in_window.notice.text()


def test_typed_input_survives_a_lock_for_the_same_user_only(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    app.register.add_user("bo", "Bo Berg", Role.STAFF, "bos-startlösen-1", must_change=False)
    settings = app.main_window.section("settings")
    assert isinstance(settings, SettingsSection)
    type_into(qtbot, settings.unit_name, "Chansen Borås, halvskrivet")
    app.lock()
    assert settings.unit_name.text() == "Chansen Borås, halvskrivet"  # in memory, hidden
    sign_in(qtbot, app, "bo", "bos-startlösen-1")
    assert app.main_window.section("settings") is None  # bo gets a window of his own
    app.lock()
    sign_in(qtbot, app)
    assert app.main_window.section("settings") is settings
    assert settings.unit_name.text() == "Chansen Borås, halvskrivet"


def test_lock_clears_what_was_copied_in_farvag(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    settings = app.main_window.section("settings")
    app.main_window.show_section("settings")
    settings.unit_name.setFocus()
    settings.unit_name.selectAll()
    qtbot.keyClick(settings.unit_name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Chansen"
    app.lock()
    assert clipboard.text() == ""


def test_operating_system_lock_locks(qtbot, make_app: MakeApp, existing_register: Path) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    app.session_watch.session_locked.emit()
    assert app.register is None
    assert app.sign_in_window.isVisible()

"""Settings, the log and recovery, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.audit import Action
from desktop.db.settings import load_settings
from desktop.ui.sign_in import RecoveryDialog
from tests.conftest import ADMIN
from tests.ui.conftest import MakeApp, click, sign_in, type_into


def test_settings_refuse_bad_input_in_place_and_keep_it(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    main.show_section("settings")
    settings = main.section("settings")
    type_into(qtbot, settings.unit_name, "   ")
    type_into(qtbot, settings.municipality, "Borås stad")
    click(qtbot, settings.save_button)
    assert settings.form.errors["unit_name"].isVisible()
    assert settings.municipality.text() == "Borås stad"
    assert load_settings(app.register).unit_name == "Chansen"

    type_into(qtbot, settings.unit_name, "Chansen Borås")
    settings.autolock.setValue(5)
    click(qtbot, settings.save_button)
    assert not settings.form.errors["unit_name"].isVisible()
    stored = load_settings(app.register)
    assert (stored.unit_name, stored.autolock_minutes) == ("Chansen Borås", 5)
    assert app.idle.timeout_ms == 5 * 60_000
    assert main.section("overview").unit.text() == "Chansen Borås"
    assert "Chansen Borås" in main.windowTitle()
    entries = list(app.register.audit_entries())
    assert (entries[-1].action, entries[-1].entity) == (Action.UPDATE.value, "settings")


def test_switching_language_rebuilds_the_window(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    settings = app.main_window.section("settings")
    settings.language.setCurrentIndex(settings.language.findData("sv"))
    click(qtbot, settings.save_button)
    qtbot.waitUntil(lambda: app.main_window.navigation.item(0).text() == "Översikt", timeout=3000)
    assert app.config.language == "sv"


def test_log_filters_and_verifies(qtbot, make_app: MakeApp, existing_register: Path) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    main.show_section("audit")
    audit = main.section("audit")
    total = audit.model.rowCount()
    assert total >= 3
    audit.action.setCurrentIndex(audit.action.findData(Action.SIGN_IN.value))
    assert audit.model.rowCount() == 1
    assert audit.model.data(audit.model.index(0, audit.model.ACTION)) == "Signed in"
    audit.action.setCurrentIndex(0)
    audit.user.setCurrentIndex(audit.user.findData(ADMIN))
    assert audit.model.rowCount() == total
    audit.from_box.setChecked(True)
    audit.from_date.setDate(audit.from_date.date().addDays(1))  # tomorrow: nothing yet
    assert audit.model.rowCount() == 0
    audit.from_box.setChecked(False)
    click(qtbot, audit.verify_button)
    assert "intact" in audit.verify_result.text()


def test_recovery_key_from_the_sign_in_screen(qtbot, make_app: MakeApp, tmp_path: Path) -> None:
    from desktop.db.register import Register
    from tests.conftest import CHEAP

    path = tmp_path / "enhet.fardvag"
    register, key = Register.create(path, username=ADMIN, password="glömt-sedan-länge", kdf=CHEAP)
    register.close()
    app = make_app(path)
    app.start()
    window = app.sign_in_window
    type_into(qtbot, window.username, ADMIN)
    dialog = window.open_recovery()
    assert isinstance(dialog, RecoveryDialog)
    type_into(qtbot, dialog.key, "0000-0000-0000-0000-0000-0000-0000-0000")
    type_into(qtbot, dialog.password, "nytt-fint-lösenord")
    type_into(qtbot, dialog.repeat, "nytt-fint-lösenord")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.errors["key"].isVisible(), timeout=10_000)
    assert dialog.isVisible()
    type_into(qtbot, dialog.key, key.lower().replace("-", " "))
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: app.main_window is not None and app.main_window.isVisible(), timeout=10_000
    )
    assert app.register.session.username == ADMIN

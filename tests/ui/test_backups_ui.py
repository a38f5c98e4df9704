"""Backups from the window (issue 11): made and listed with their check, opened read-only to
look something up, and restored through the guide the sign-in screen offers, with the
register that was there moved aside, never deleted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.db.backup import BackupReadOnly
from desktop.db.register import Register
from desktop.db.settings import load_settings, save_settings
from desktop.services import backup as service
from desktop.ui.admin.backups import BackupsDialog, BackupSignInDialog, RestoreGuide
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.ui.conftest import click, sign_in, type_into


def _with_folder(register: Register, folder: Path, unit: str) -> None:
    settings = load_settings(register)
    save_settings(register, replace(settings, unit_name=unit, backup_folder=str(folder)))


def _signed_in(qtbot, make_app, register_path: Path, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The unit's register with `folder` as its backup folder, signed in to in the window."""
    with Register.open(register_path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        _with_folder(register, folder, "Chansen")
    app = make_app(register_path)
    app.start()
    sign_in(qtbot, app)
    assert app.main_window is not None
    return app.main_window


@pytest.fixture
def runner(qtbot) -> TaskRunner:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_back_up_now_lists_the_backup_with_its_check(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    _with_folder(new_register.register, folder, "Chansen")
    dialog = BackupsDialog(new_register.register, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._busy)
    assert "no good backup yet" in dialog.status.text()
    assert dialog.table.rowCount() == 0

    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog._busy, timeout=20000)
    assert dialog.table.item(0, 2).text() == "OK: every check passed"
    assert dialog.message.text().startswith("Backup made and checked:")
    assert dialog.status.text().startswith("Last good backup:")
    assert len(service.backups(folder)) == 1


def test_a_backup_folder_that_is_gone_says_so_and_nothing_is_made(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    _with_folder(new_register.register, tmp_path / "nätverksenhet-borta", "Chansen")
    dialog = BackupsDialog(new_register.register, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog._busy)
    assert "cannot be reached" in dialog.status.text()
    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20000)
    assert dialog.error.text()  # the folder's own message, in the user's language
    assert not (tmp_path / "nätverksenhet-borta").exists()


def test_a_backup_opens_read_only_with_the_password_of_its_day(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    _with_folder(new_register.register, folder, "Före")
    made = service.backup_now(new_register.register).backup
    _with_folder(new_register.register, folder, "Efter")

    dialog = BackupSignInDialog(made, runner, ADMIN, register=new_register.register)
    qtbot.addWidget(dialog)
    opened: list[service.OpenedBackup] = []
    dialog.opened.connect(opened.append)
    type_into(qtbot, dialog.password, "fel-lösenord")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20000)
    assert "password" in dialog.error.text().lower()
    assert not opened

    dialog.password.clear()
    type_into(qtbot, dialog.password, ADMIN_PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    with opened[0] as backup:
        assert load_settings(backup.register).unit_name == "Före"
        with pytest.raises(BackupReadOnly):
            save_settings(backup.register, load_settings(backup.register))
    assert load_settings(new_register.register).unit_name == "Efter"


def test_the_restore_guide_puts_a_backup_in_place_and_keeps_the_register_that_was_there(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    tmp_path: Path,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    _with_folder(new_register.register, folder, "Före")
    made = service.backup_now(new_register.register).backup
    _with_folder(new_register.register, folder, "Efter")
    new_register.register.close()

    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a, **k: told.append(text)
    )
    guide = RestoreGuide(new_register.path, folder, runner, username=ADMIN)
    qtbot.addWidget(guide)
    qtbot.waitUntil(lambda: guide.table.rowCount() == 1 and guide.restore_button.isEnabled())
    assert guide.table.item(0, 0).text() == made.when()
    type_into(qtbot, guide.password, ADMIN_PASSWORD)
    restored: list[service.Restored] = []
    guide.restored.connect(restored.append)
    click(qtbot, guide.restore_button)
    qtbot.waitUntil(lambda: bool(restored), timeout=30000)

    assert "moved aside and kept" in asked[0]
    result = restored[0]
    assert result.verification.full  # the password of its day let it be checked in full
    assert result.set_aside is not None and result.set_aside.exists()
    assert str(result.set_aside) in told[0]
    with Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as back:
        assert load_settings(back).unit_name == "Före"
    # What was entered after the backup is still there, in the register moved aside.
    with Register.open(result.set_aside, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as aside:
        assert load_settings(aside).unit_name == "Efter"


def test_the_restore_guide_never_offers_a_backup_that_failed_its_check(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    _with_folder(new_register.register, folder, "Chansen")
    made = service.backup_now(new_register.register).backup
    database = next(p for p in made.path.iterdir() if p.name.endswith(".fardvag"))
    with database.open("r+b") as damaged:
        damaged.seek(8192)
        damaged.write(b"\xff" * 64)
    service.check(made, new_register.register)
    new_register.register.close()

    guide = RestoreGuide(new_register.path, folder, runner)
    qtbot.addWidget(guide)
    qtbot.waitUntil(lambda: guide.table.rowCount() == 1 and not guide._busy)
    assert guide.table.item(0, 2).text().startswith("Failed:")
    assert not guide.restore_button.isEnabled()


def test_closing_faerdvaeg_makes_the_days_backup_once(
    qtbot,  # type: ignore[no-untyped-def]
    make_app,  # type: ignore[no-untyped-def]
    existing_register: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    window = _signed_in(qtbot, make_app, existing_register, folder)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    made = service.backups(folder)
    assert len(made) == 1 and made[0].good


def test_a_backup_opened_read_only_shows_in_a_window_of_its_own_and_closes_with_a_lock(
    qtbot,  # type: ignore[no-untyped-def]
    make_app,  # type: ignore[no-untyped-def]
    existing_register: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    with Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        _with_folder(register, folder, "Chansen")
        made = service.backup_now(register).backup
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    assert window is not None
    opened = service.open_read_only(made, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP)
    backup_window = window.show_backup_read_only(opened)
    assert backup_window.windowTitle().startswith(f"Backup from {made.when()}, read-only")
    assert opened.register.is_open
    app.lock()
    qtbot.waitUntil(lambda: not opened.register.is_open)


def test_a_damaged_register_is_restored_from_the_sign_in_screen(
    qtbot,  # type: ignore[no-untyped-def]
    make_app,  # type: ignore[no-untyped-def]
    existing_register: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    assert app.register is not None
    _with_folder(app.register, folder, "Chansen")
    app.apply_settings(load_settings(app.register))  # as saving Settings does
    service.backup_now(app.register)
    app.lock()
    with existing_register.open("r+b") as damaged:  # junk over the first page
        damaged.write(b"\x00junk" * 800)

    window = app.sign_in_window
    assert window is not None and not window.restore_button.isVisible()
    type_into(qtbot, window.password, ADMIN_PASSWORD)
    click(qtbot, window.sign_in_button)
    qtbot.waitUntil(lambda: window.restore_button.isVisible(), timeout=10000)
    assert "restore the latest backup" in window.error.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    guide = window.open_restore()
    qtbot.waitUntil(lambda: guide.table.rowCount() == 1 and guide.restore_button.isEnabled())
    type_into(qtbot, guide.password, ADMIN_PASSWORD)
    click(qtbot, guide.restore_button)
    qtbot.waitUntil(lambda: "is restored" in window.notice.text(), timeout=30000)
    assert not window.restore_button.isVisible()
    sign_in(qtbot, app)
    assert load_settings(app.register).unit_name == "Chansen"
    damaged_copies = list(tmp_path.glob("enhet.fardvag.before-restore-*"))
    assert damaged_copies  # the damaged file is kept, never deleted


def test_oeversikt_says_when_the_last_good_backup_was_and_lists_an_old_one_as_a_task(
    qtbot,  # type: ignore[no-untyped-def]
    make_app,  # type: ignore[no-untyped-def]
    existing_register: Path,
    tmp_path: Path,
) -> None:
    from desktop.ui.participants.overview import TodoTableModel

    folder = tmp_path / "säkerhetskopior"
    folder.mkdir()
    window = _signed_in(qtbot, make_app, existing_register, folder)
    overview = window.section("overview")
    qtbot.waitUntil(lambda: not overview.loading)  # type: ignore[attr-defined]
    assert overview.backup_status.text() == "There is no good backup yet. Make one now."  # type: ignore[attr-defined]
    todo = overview.todo  # type: ignore[attr-defined]
    assert todo.rowCount() == 1
    assert todo.display(todo.record(0), TodoTableModel.PERSON) == "The unit"
    assert "no good backup yet" in todo.display(todo.record(0), TodoTableModel.WHAT)
    assert not overview.mark_handled.isEnabled()  # type: ignore[attr-defined]

    overview.todo_table.selectRow(0)  # type: ignore[attr-defined]
    overview._open_item(0)  # type: ignore[attr-defined]  # as Enter or a double-click does
    dialog = next(d for d in window.findChildren(BackupsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not dialog._busy)
    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog._busy, timeout=20000)
    dialog.close()
    qtbot.waitUntil(lambda: overview.backup_status.text().startswith("Last good backup:"))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: todo.rowCount() == 0)


def test_closing_with_the_backup_folder_gone_says_so_and_then_closes(
    qtbot,  # type: ignore[no-untyped-def]
    make_app,  # type: ignore[no-untyped-def]
    existing_register: Path,
    tmp_path: Path,
) -> None:
    from desktop.ui.admin.backups import BackupOnClose

    window = _signed_in(qtbot, make_app, existing_register, tmp_path / "nätverksenhet-borta")
    window.close()
    assert window.isVisible()  # the close waits for the backup
    dialog = next(d for d in window.findChildren(BackupOnClose))
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20000)
    assert "Färdväg closes anyway" in dialog.error.text()
    assert dialog.skip_button.text().replace("&", "") == "Close"  # with its Alt-letter
    click(qtbot, dialog.skip_button)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not (tmp_path / "nätverksenhet-borta").exists()  # nothing made on the way

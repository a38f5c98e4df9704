"""What signing in checks and where its refusals show: the full checks over every page run in
the background after sign-in and show damage as a message; a register in a read-only folder
is refused on the sign-in screen with a message naming the folder, not the crash dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.audit import Action
from desktop.db.register import Register
from desktop.ui import sign_in as sign_in_module
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP
from tests.failure_modes.conftest import remount_read_only, tmpfs  # noqa: F401 (fixture)
from tests.ui.conftest import MakeApp, click, sign_in, type_into


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def damage_a_middle_page(path: Path) -> None:
    register = Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    with register, register.write() as tx:
        tx.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(40):
            tx.execute("INSERT INTO filler VALUES (randomblob(3000))")
        tx.audit(Action.CREATE, "filler", 1)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Whatever would have gone to the crash dialog."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sign_in_module, "report_unexpected", seen.append)
    return seen


def test_damage_in_a_middle_page_is_found_after_sign_in_and_shown(
    qtbot, make_app: MakeApp, existing_register: Path, crashes: list[BaseException]
) -> None:
    damage_a_middle_page(existing_register)
    app = make_app(existing_register)
    app.start()
    window = app.sign_in_window
    assert window is not None
    with qtbot.waitSignal(window.integrity_checked, timeout=30_000) as checked:
        sign_in(qtbot, app)  # the window opens: sign-in no longer reads every page
    assert checked.args[0]  # the problems found
    qtbot.waitUntil(
        lambda: window.damage_message is not None and window.damage_message.isVisible(),
        timeout=10_000,
    )
    box = window.damage_message
    assert box is not None
    assert box.windowTitle() == "The register is damaged"
    assert "found damage" in box.text() and "backup" in box.text()
    assert box.detailedText()
    box.grab().save(str(existing_register.parent / "damage-message.png"))
    assert crashes == []


def test_a_sound_register_is_checked_quietly(
    qtbot, make_app: MakeApp, existing_register: Path, crashes: list[BaseException]
) -> None:
    app = make_app(existing_register)
    app.start()
    window = app.sign_in_window
    assert window is not None
    with qtbot.waitSignal(window.integrity_checked, timeout=30_000) as checked:
        sign_in(qtbot, app)
    assert checked.args[0] == []
    assert window.damage_message is None
    assert crashes == []


def test_locking_during_the_check_ends_it_without_a_message(
    qtbot, make_app: MakeApp, existing_register: Path, crashes: list[BaseException]
) -> None:
    app = make_app(existing_register)
    app.start()
    window = app.sign_in_window
    assert window is not None
    gate = threading.Event()  # holds the check's worker until the register is locked
    window.checks.run(gate.wait, lambda _: None, lambda _: None)
    with qtbot.waitSignal(window.integrity_checked, timeout=30_000) as checked:
        sign_in(qtbot, app)
        app.lock()
        gate.set()
    assert checked.args[0] is None
    assert window.damage_message is None
    assert crashes == []


def test_a_register_in_a_read_only_folder_is_refused_on_the_sign_in_screen(
    qtbot,
    make_app: MakeApp,
    tmpfs: Callable[[int], Path],  # noqa: F811
    crashes: list[BaseException],
) -> None:
    disk = tmpfs(8 * 1024 * 1024)
    path = disk / "enhet.fardvag"
    Register.create(path, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP)[0].close()
    remount_read_only(disk)
    before = files_in(disk)
    app = make_app(path)
    app.start()
    window = app.sign_in_window
    assert window is not None
    type_into(qtbot, window.username, ADMIN)
    type_into(qtbot, window.password, ADMIN_PASSWORD)
    click(qtbot, window.sign_in_button)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    message = window.error.text()
    assert f"may not save files in the folder {disk}" in message
    assert "Move the register's folder" in message
    assert app.main_window is None
    assert crashes == []
    assert files_in(disk) == before
    window.grab().save(str(disk.parent / "read-only-sign-in.png"))

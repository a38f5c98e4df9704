"""Fixtures for driving the real windows offscreen: an App with its own register folder, local
settings file and a cheap key derivation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.settings import UnitSettings
from desktop.db.register import Register
from desktop.db.settings import save_settings
from desktop.localconfig import LocalConfig
from desktop.ui.app import App, AppOptions
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP

MakeApp = Callable[..., App]


_tearing_down = False


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Windows left open with typed input are closed at the end without asking."""
    global _tearing_down
    _tearing_down = True
    try:
        yield
    finally:
        _tearing_down = False


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question no test answers fails the test instead of waiting forever offscreen; tests
    that expect one patch QMessageBox.question themselves."""

    def unanswered(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        if _tearing_down:
            return QMessageBox.StandardButton.Discard
        raise AssertionError(f"unanswered question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unanswered)


@pytest.fixture
def make_app(tmp_path: Path, qapp: QApplication) -> Iterator[MakeApp]:
    made: list[App] = []

    def make(register_path: Path | None = None) -> App:
        app = App(
            AppOptions(
                register_path=register_path or tmp_path / "enhet.fardvag",
                config=LocalConfig(tmp_path / "settings.json", language="en"),
                kdf=CHEAP,
            )
        )
        made.append(app)
        return app

    yield make
    for app in made:
        app.shutdown()
        app.deleteLater()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def existing_register(tmp_path: Path) -> Path:
    path = tmp_path / "enhet.fardvag"
    register, _ = Register.create(
        path, username=ADMIN, password=ADMIN_PASSWORD, display_name="Anna Andersson", kdf=CHEAP
    )
    with register:
        # English, like the tests' translator: assertions read the source strings.
        save_settings(
            register, UnitSettings(unit_name="Chansen", municipality="Borås stad", language="en")
        )
    return path


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a user would. QtTest only knows ASCII keys, so å, ä, ö and the like are sent as
    key events that carry their text, which is what a keyboard delivers."""
    widget.clear()  # type: ignore[attr-defined]
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def sign_in(qtbot, app: App, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> None:  # type: ignore[no-untyped-def]
    window = app.sign_in_window
    assert window is not None
    assert window.isVisible()
    type_into(qtbot, window.username, user)
    type_into(qtbot, window.password, password)
    click(qtbot, window.sign_in_button)
    qtbot.waitUntil(
        lambda: app.main_window is not None and app.main_window.isVisible(), timeout=10_000
    )

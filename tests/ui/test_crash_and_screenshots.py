"""Unexpected errors reach one dialog without personal data; the screenshots command renders
every screen."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from desktop.ui.crash import CrashReporter

SECRET = "Zlatan Ibrahimović 19811003-1234"


def test_crash_dialog_shows_where_not_what(qtbot, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    reporter = CrashReporter(tmp_path / "fardvag.log")
    try:
        raise KeyError(SECRET)
    except KeyError as error:
        with caplog.at_level(logging.ERROR):
            reporter.handle(type(error), error, error.__traceback__)
    qtbot.waitUntil(
        lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000
    )
    details = reporter.dialog.details.toPlainText()
    assert "KeyError" in details
    assert "test_crash_dialog_shows_where_not_what" in details
    assert "Zlatan" not in details
    assert "19811003" not in details
    assert "Zlatan" not in caplog.text
    labels = " ".join(label.text() for label in reporter.dialog.findChildren(QLabel))
    assert str(tmp_path / "fardvag.log") in labels
    reporter.dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == details
    reporter.dialog.close()


def test_screenshots_command_renders_every_screen(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "screenshots", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in out.glob("*.png"))
    for screen in (
        "first-run-1-welcome",
        "first-run-2-unit",
        "first-run-3-administrator",
        "first-run-4-recovery-key",
        "section-overview",
        "section-users",
        "section-settings",
        "section-log",
        "sign-in-locked",
        "sign-in-wrong-password",
        "dialog-recovery-key",
        "demo-participants",
        "record-path",
        "record-notes",
        "dialog-new-referral",
        "demo-drug-tests",
        "record-drug-tests",
        "dialog-drug-test-result",
        "demo-osa",
        "dialog-osa-placement",
        "dialog-unexpected-error",
    ):
        assert any(screen in name for name in names), screen
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert image.width() >= 300, path.name
        assert image.height() >= 100, path.name

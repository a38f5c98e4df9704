"""The first-run guide, driven as a new unit would: it creates a register `verify` accepts and
does not let go until the recovery key is stored."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWizard

from desktop.cli import main
from desktop.db.register import Register
from desktop.db.settings import load_settings
from tests.conftest import CHEAP
from tests.ui.conftest import MakeApp, click, type_into

KEY = re.compile(r"^(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}$")
PASSWORD = "vinter-solsken-77"


def test_first_run_guide_creates_a_register_that_verify_accepts(
    qtbot,
    make_app: MakeApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = make_app()
    app.start()
    wizard = app.first_run
    assert wizard is not None
    assert wizard.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a unit must have a name
    type_into(qtbot, wizard.unit_page.unit_name, "Chansen")
    type_into(qtbot, wizard.unit_page.municipality, "Borås stad")
    click(qtbot, next_button)

    page = wizard.admin_page
    type_into(qtbot, page.username, "anna")
    type_into(qtbot, page.display_name, "Anna Andersson")
    type_into(qtbot, page.password, PASSWORD)
    type_into(qtbot, page.repeat, PASSWORD + "x")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert page.form.errors["repeat"].isVisible()  # shown where it was typed; data stays
    assert page.username.text() == "anna"
    type_into(qtbot, page.repeat, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)

    recovery = wizard.recovery_page
    key = recovery.key.text()
    assert KEY.match(key)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # closing the window is refused until the key is stored
    assert wizard.isVisible()
    assert recovery.insist.isVisible()

    sheet = tmp_path / "sheet.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), "PDF (*.pdf)"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, recovery.save_button)
    assert sheet.exists()
    assert opened
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert key in text
    assert "Chansen" in text

    click(qtbot, recovery.stored)
    assert finish.isEnabled()
    click(qtbot, finish)
    qtbot.waitUntil(
        lambda: app.main_window is not None and app.main_window.isVisible(), timeout=5000
    )
    assert app.register is not None
    assert load_settings(app.register).unit_name == "Chansen"
    assert "Chansen" in app.main_window.windowTitle()
    app.shutdown()

    register = tmp_path / "enhet.fardvag"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["verify", "--register", str(register), "--user", "anna", "--password-stdin"])
    assert code == 0, capsys.readouterr()
    Register.open_with_recovery_key(register, key, kdf=CHEAP).close()


def test_next_time_the_program_opens_to_sign_in(make_app: MakeApp, existing_register: Path) -> None:
    app = make_app(existing_register)
    app.start()
    assert app.first_run is None
    assert app.sign_in_window is not None
    assert app.sign_in_window.isVisible()

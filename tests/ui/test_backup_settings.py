"""Inställningar: the backup folder and how many backups are kept, typed and saved as an
administrator does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.core.settings import UnitSettings
from desktop.db.settings import load_settings, save_settings
from desktop.ui.admin.settings import SettingsSection
from tests.conftest import NewRegister
from tests.ui.conftest import click, type_into


@pytest.fixture
def section(qtbot, new_register: NewRegister) -> SettingsSection:  # type: ignore[no-untyped-def]
    save_settings(new_register.register, UnitSettings(unit_name="Chansen"))
    widget = SettingsSection()
    qtbot.addWidget(widget)
    widget.load(new_register.register)
    widget.show()
    return widget


def test_a_backup_folder_and_counts_are_saved_in_the_register(
    qtbot,  # type: ignore[no-untyped-def]
    section: SettingsSection,
    new_register: NewRegister,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert section.backup_folder.placeholderText() == "No backups are made"
    assert (section.keep_daily.value(), section.keep_weekly.value()) == (7, 4)
    assert section.keep_monthly.value() == 12
    chosen = tmp_path / "Säkerhetskopior"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    click(qtbot, section.choose_folder_button)
    assert section.backup_folder.text() == str(chosen)
    section.keep_daily.setValue(10)
    section.keep_monthly.setValue(24)
    click(qtbot, section.save_button)
    assert section.status.text() == "Saved."
    stored = load_settings(new_register.register)
    assert stored.backup_folder == str(chosen)
    assert (stored.backup_keep_daily, stored.backup_keep_monthly) == (10, 24)

    other = SettingsSection()
    qtbot.addWidget(other)
    other.load(new_register.register)
    assert other.backup_folder.text() == str(chosen) and other.keep_daily.value() == 10


def test_a_folder_that_is_not_a_full_path_is_refused_under_its_field(
    qtbot,  # type: ignore[no-untyped-def]
    section: SettingsSection,
    new_register: NewRegister,
) -> None:
    type_into(qtbot, section.backup_folder, "säkerhetskopior")
    click(qtbot, section.save_button)
    error = section.form.errors["backup_folder"]
    assert error.isVisible()
    assert error.text().startswith("Give the whole path of the folder")
    assert section.status.text() == ""
    assert load_settings(new_register.register).backup_folder == ""

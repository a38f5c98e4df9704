"""Where Färdväg keeps things: the user's folders normally, beside the program in portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.localconfig import default_config_path
from desktop.logs import LOG_FILE_NAME


def as_frozen(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "Fardvag.exe"))


def test_installed_program_uses_the_users_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_frozen(monkeypatch, tmp_path)
    assert paths.portable_folder() is None
    assert tmp_path not in paths.default_register_path().parents
    assert paths.default_register_path().name == "register.fardvag"


def test_portable_txt_keeps_everything_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_frozen(monkeypatch, tmp_path)
    (tmp_path / "portable.txt").write_text("")
    data = tmp_path / "data"
    assert paths.default_register_path() == data / "register.fardvag"
    assert default_config_path() == data / "settings.json"
    assert paths.log_dir() == data / "logs"
    assert LOG_FILE_NAME == "fardvag.log"


def test_source_run_ignores_a_marker_in_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_folder() is None
    assert paths.portable_folder() is None


def test_resources_resolve_from_source_and_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"

"""Where things live: bundled resources (source tree or PyInstaller bundle) and the user's data,
log and settings folders (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Fardvag"
REGISTER_FILE_NAME = "register.fardvag"

_dirs = PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, wherever the program runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def default_register_path() -> Path:
    return Path(_dirs.user_data_dir) / REGISTER_FILE_NAME


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)

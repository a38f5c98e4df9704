"""Where things live: bundled resources (source tree or PyInstaller bundle), and the user's data,
log and settings folders (platformdirs), or, in portable mode, a `data` folder beside the
program."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Fardvag"
REGISTER_FILE_NAME = "register.fardvag"
PORTABLE_MARKER = "portable.txt"

_dirs = PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, wherever the program runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def program_folder() -> Path | None:
    """The folder of the installed program (a frozen build), or None when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_folder() -> Path | None:
    """With `portable.txt` beside the program, everything it writes stays in `data` beside it
    (a USB stick, or a folder the unit chose): register, settings and log."""
    folder = program_folder()
    if folder is not None and (folder / PORTABLE_MARKER).exists():
        return folder / "data"
    return None


def data_dir() -> Path:
    return portable_folder() or Path(_dirs.user_data_dir)


def default_register_path() -> Path:
    return data_dir() / REGISTER_FILE_NAME


def config_dir() -> Path:
    portable = portable_folder()
    return portable if portable else Path(_dirs.user_config_dir)


def log_dir() -> Path:
    portable = portable_folder()
    return portable / "logs" if portable else Path(_dirs.user_log_dir)

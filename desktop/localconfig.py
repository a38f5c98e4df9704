"""What this computer remembers between runs, outside the register: which register to open, the
language to show the sign-in screen in, and the last user name. Never personal data."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.fileio import atomic_write
from desktop.paths import config_dir

log = logging.getLogger(__name__)


def default_config_path() -> Path:
    return config_dir() / "settings.json"


@dataclass
class LocalConfig:
    path: Path = field(default_factory=default_config_path)
    register_path: str = ""
    language: str = "sv"
    last_user: str = ""
    # The backup folder of the register last signed in to: the restore guide starts there
    # when the register is too damaged to say where its backups are.
    backup_folder: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> LocalConfig:
        config = cls(path or default_config_path())
        try:
            data = json.loads(config.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return config
        except (OSError, ValueError):
            log.warning("local settings unreadable; using defaults")
            return config
        for key in ("register_path", "language", "last_user", "backup_folder"):
            if isinstance(data.get(key), str):
                setattr(config, key, data[key])
        return config

    def save(self) -> None:
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))
        except OSError:
            log.warning("could not save local settings")

"""Shared fixtures: every test gets its own encrypted register in a temporary folder, made with
a cheap key-derivation setting so the suite stays fast."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import i18n as core_i18n
from desktop.db.keyslots import KdfParams
from desktop.db.register import Register

ADMIN = "anna"
ADMIN_PASSWORD = "rött-äpple-2026"
CHEAP = KdfParams.cheap()


@dataclass
class NewRegister:
    path: Path
    register: Register
    recovery_key: str

    def reopen(self, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> Register:
        if self.register.is_open:
            self.register.close()
        self.register = Register.open(self.path, user, password, kdf=CHEAP)
        return self.register


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "enhet.fardvag"


@pytest.fixture
def new_register(register_path: Path) -> Iterator[NewRegister]:
    register, recovery = Register.create(
        register_path,
        username=ADMIN,
        password=ADMIN_PASSWORD,
        display_name="Anna Andersson",
        kdf=CHEAP,
    )
    made = NewRegister(register_path, register, recovery)
    yield made
    made.register.close()


@pytest.fixture(autouse=True)
def _source_language() -> Iterator[None]:
    """Tests read English source messages unless they install a language themselves."""
    from desktop import i18n

    i18n.install("en")
    yield
    i18n.install("en")
    core_i18n.set_translator(None)

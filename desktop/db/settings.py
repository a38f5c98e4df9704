"""The unit's settings in the register (name, municipality, auto-lock, language, retention, and
the backup folder with its rotation counts, which so belong to the register, not to a PC)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from desktop.core.audit import Action
from desktop.core.settings import UnitSettings
from desktop.db.register import Register


def load_settings(register: Register) -> UnitSettings:
    with register.read() as conn:
        stored = {
            row[0]: json.loads(row[1]) for row in conn.execute("SELECT key, value FROM settings")
        }
    known = {f.name for f in fields(UnitSettings)}
    return UnitSettings(**{k: v for k, v in stored.items() if k in known})


def save_settings(register: Register, settings: UnitSettings) -> UnitSettings:
    """Validate and store; administrators only. One transaction with its audit entry."""
    register.require_admin()
    settings = settings.validated()
    with register.write() as tx:
        for key, value in asdict(settings).items():
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
        tx.audit(Action.UPDATE, "settings")
    return settings


def is_demo(register: Register) -> bool:
    """A demonstration register (fictitious people): the window title says DEMO."""
    with register.read() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    return bool(row and row[0])


def mark_as_demo(register: Register) -> None:
    register.require_admin()
    with register.write() as tx:
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', 1)")
        tx.audit(Action.UPDATE, "register")

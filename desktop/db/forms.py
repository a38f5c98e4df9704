"""The consent form's texts in the register: the defaults shipped in resources/forms, and an
administrator's own wording kept in the settings table (one entry, one set per language)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from desktop.core.audit import Action
from desktop.core.forms import FormTexts, form_texts_from_json
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import LANGUAGES, FieldError
from desktop.db.register import Register
from desktop.paths import resource_path

FORM_TEXTS_KEY = "consent_form_texts"


@lru_cache(maxsize=len(LANGUAGES))
def default_form_texts(language: str) -> FormTexts:
    """The shipped texts for `language` (resources/forms/consent_form.<language>.json)."""
    if language not in LANGUAGES:
        raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
    path = resource_path("forms", f"consent_form.{language}.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return form_texts_from_json(raw, language)


def _stored(register: Register) -> dict[str, Any]:
    with register.read() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (FORM_TEXTS_KEY,)).fetchone()
    if row is None:
        return {}
    value = json.loads(row[0])
    return value if isinstance(value, dict) else {}


def load_form_texts(register: Register, language: str = "sv") -> FormTexts:
    """The texts the form is printed with: the administrator's wording where there is one, block
    by block, and the shipped default for the rest."""
    base = default_form_texts(language)
    own = _stored(register).get(language)
    if not isinstance(own, dict):
        return base
    return form_texts_from_json(own, language, base)


def save_form_texts(register: Register, texts: FormTexts) -> FormTexts:
    """Store an administrator's wording for `texts.language`; administrators only. One
    transaction with its audit entry."""
    register.require_admin()
    texts = texts.validated()
    with register.write() as tx:
        row = tx.execute("SELECT value FROM settings WHERE key = ?", (FORM_TEXTS_KEY,)).fetchone()
        stored = json.loads(row[0]) if row else {}
        if not isinstance(stored, dict):
            stored = {}
        stored[texts.language] = texts.to_json()
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (FORM_TEXTS_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True)),
        )
        tx.audit(Action.UPDATE, "settings", FORM_TEXTS_KEY)
    return texts


def reset_form_texts(register: Register, language: str) -> FormTexts:
    """Back to the shipped wording for `language`; administrators only."""
    register.require_admin()
    with register.write() as tx:
        row = tx.execute("SELECT value FROM settings WHERE key = ?", (FORM_TEXTS_KEY,)).fetchone()
        stored = json.loads(row[0]) if row else {}
        if isinstance(stored, dict):
            stored.pop(language, None)
        else:
            stored = {}
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (FORM_TEXTS_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True)),
        )
        tx.audit(Action.UPDATE, "settings", FORM_TEXTS_KEY)
    return default_form_texts(language)

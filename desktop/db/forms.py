"""The consent form's texts in the register: the defaults shipped in resources/forms, and an
administrator's own wording kept in the settings table (one entry, one set per language)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from desktop.core.audit import Action
from desktop.core.forms import (
    ContractTexts,
    FormTexts,
    contract_texts_from_json,
    form_texts_from_json,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import LANGUAGES, FieldError
from desktop.db.register import Register
from desktop.paths import resource_path

FORM_TEXTS_KEY = "consent_form_texts"
CONTRACT_TEXTS_KEY = "contract_texts"  # the action plan with the contract (R3), the same way


@lru_cache(maxsize=len(LANGUAGES))
def default_form_texts(language: str) -> FormTexts:
    """The shipped texts for `language` (resources/forms/consent_form.<language>.json)."""
    if language not in LANGUAGES:
        raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
    path = resource_path("forms", f"consent_form.{language}.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return form_texts_from_json(raw, language)


def _stored(register: Register, key: str = FORM_TEXTS_KEY) -> dict[str, Any]:
    with register.read() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
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


# ---------------------------------------------------------------------- the contract (R3)


@lru_cache(maxsize=len(LANGUAGES))
def default_contract_texts(language: str) -> ContractTexts:
    """The shipped texts for `language` (resources/forms/contract.<language>.json)."""
    if language not in LANGUAGES:
        raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
    path = resource_path("forms", f"contract.{language}.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return contract_texts_from_json(raw, language)


def load_contract_texts(register: Register, language: str = "sv") -> ContractTexts:
    """The administrator's wording block by block, the shipped default for the rest."""
    base = default_contract_texts(language)
    own = _stored(register, CONTRACT_TEXTS_KEY).get(language)
    if not isinstance(own, dict):
        return base
    return contract_texts_from_json(own, language, base)


def save_contract_texts(register: Register, texts: ContractTexts) -> ContractTexts:
    """Store an administrator's wording for `texts.language`; administrators only."""
    register.require_admin()
    texts = texts.validated()
    _store_language(register, CONTRACT_TEXTS_KEY, texts.language, texts.to_json())
    return texts


def reset_contract_texts(register: Register, language: str) -> ContractTexts:
    """Back to the shipped wording for `language`; administrators only."""
    register.require_admin()
    _store_language(register, CONTRACT_TEXTS_KEY, language, None)
    return default_contract_texts(language)


def _store_language(
    register: Register, key: str, language: str, value: dict[str, object] | None
) -> None:
    """One language's texts under `key` (None: removed), in one transaction with its audit
    entry."""
    with register.write() as tx:
        row = tx.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        stored = json.loads(row[0]) if row else {}
        if not isinstance(stored, dict):
            stored = {}
        if value is None:
            stored.pop(language, None)
        else:
            stored[language] = value
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(stored, ensure_ascii=False, sort_keys=True)),
        )
        tx.audit(Action.UPDATE, "settings", key)

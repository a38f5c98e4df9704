"""Loads the shipped translations (Qt .qm files compiled from resources/i18n/*.ts) and installs
them for the whole program: Qt's own tr() and the strings marked below the UI."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.core import i18n as core_i18n
from desktop.paths import resource_path

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
SOURCE_LANGUAGE = "en"  # the strings in the code are English

_installed: QTranslator | None = None


def load_translator(language: str) -> QTranslator | None:
    """The translator for `language`, or None for the source language. A missing .qm file for
    Swedish is a build error (run `make qm`), not something to hide."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    path = resource_path("i18n", f"fardvag_{language}.qm")
    if not translator.load(str(path)):
        raise FileNotFoundError(f"translation file missing: {path}")
    return translator


def install(language: str = DEFAULT_LANGUAGE) -> None:
    """Use `language` for every marked string from now on."""
    global _installed
    translator = load_translator(language)
    _installed = translator
    if translator is None:
        core_i18n.set_translator(None)
        return

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    core_i18n.set_translator(translate)

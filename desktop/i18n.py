"""Loads the shipped translations (Qt .qm files compiled from resources/i18n/*.ts) and installs
them for the whole program: Qt's own tr() and the strings marked below the UI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import i18n as core_i18n
from desktop.paths import resource_path

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
SOURCE_LANGUAGE = "en"  # the strings in the code are English

_installed: list[QTranslator] = []
LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


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


def load_qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own strings in `language`: `qtbase_xx.qm` from the Qt for Python wheel (its
    `qt_xx.qm` only names catalogues of modules the Essentials wheel leaves out, so it does not
    load), or the copy a frozen build carries beside our catalogues."""
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path("i18n")),
    ):
        translator = QTranslator()
        if translator.load(f"qtbase_{language}", folder):
            return translator
    return None


def install(language: str = DEFAULT_LANGUAGE) -> None:
    """Use `language` for every marked string from now on: the strings below the UI, and, when a
    Qt application exists, tr() in the windows and Qt's own buttons and dialogs."""
    translator = load_translator(language)
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    # Month names, weekdays and decimal commas follow the chosen language, not the computer's.
    QLocale.setDefault(LOCALES.get(language, QLocale(QLocale.Language.English)))
    if translator is None:
        core_i18n.set_translator(None)
        return
    _installed.append(translator)
    # Qt's own strings (file dialogs, wizard and dialog buttons, edit menus): Qt's catalogue,
    # then ours, installed last so that it wins, for what Qt's lacks or words differently.
    qt_own = load_qt_catalogue(language)
    if qt_own is not None:
        _installed.append(qt_own)
    extra = QTranslator()
    if extra.load(str(resource_path("i18n", f"qtbase_extra_{language}.qm"))):
        _installed.append(extra)
    if app is not None:
        for item in _installed:
            app.installTranslator(item)

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    core_i18n.set_translator(translate)

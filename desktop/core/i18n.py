"""Translation hook for code below the UI: strings are marked here and translated by whoever
installed a translator (the Qt translation system in the GUI and the CLI)."""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without translating it yet."""
    return text


def set_translator(translator: Translator | None) -> None:
    """Install the function that turns an English source string into the user's language."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate a marked source string with the installed translator."""
    return _translator(context, text)

"""Text as it enters the register: one Unicode form (NFC), no control characters, and no
invisible direction or zero-width characters in names and other one-line fields."""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI):
# RLO makes "Anna.exe" read "exe.annA", so a name or a note could show something other than
# what is stored. They are removed everywhere.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Zero-width joiner and non-joiner are part of how Persian and Indic names are spelled and of
# emoji, and cannot reorder text, so names keep them (the search key drops them).
_JOINERS = frozenset("\u200c\u200d")

_LINE_BREAKS = re.compile(r"\r\n?|[\u0085\u2028\u2029]")


def _keep_in_line(char: str) -> bool:
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):  # C0/C1 controls, lone surrogates (SQLite cannot store them)
        return False
    if category == "Cf":  # zero-width space, word joiner, BOM, soft hyphen, marks, overrides
        return char in _JOINERS
    return True


def clean_line(text: str) -> str:
    """A one-line field (a name, a phone number, a place): NFC, every kind of white space
    (tab and line breaks too) as one space, trimmed; control, bidirectional and zero-width
    characters removed."""
    text = unicodedata.normalize("NFC", text)
    spaced = "".join(" " if char.isspace() else char for char in text)
    kept = "".join(char for char in spaced if _keep_in_line(char))
    return " ".join(kept.split())


def _keep_in_text(char: str) -> bool:
    if char in "\n\t":
        return True
    if char in _BIDI_CONTROLS:
        return False
    return unicodedata.category(char) not in ("Cc", "Cs")


def clean_text(text: str) -> str:
    """A multi-line field (a note, a comment): NFC, line breaks as "\\n", trimmed at both ends;
    control characters other than newline and tab, and the bidirectional overrides, removed.
    Marks that only set a direction (LRM, RLM) stay: right-to-left text needs them."""
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    return "".join(char for char in text if _keep_in_text(char)).strip()


def search_key(text: str) -> str:
    """What search compares: `clean_line`, case-folded, with the joiners dropped too, so
    "ÅSA", "Åsa" typed as A + ring, and "Å​sa" with a zero-width space all find the same."""
    folded = clean_line(text).casefold()
    return unicodedata.normalize("NFC", "".join(c for c in folded if c not in _JOINERS))

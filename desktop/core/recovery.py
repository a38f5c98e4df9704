"""The recovery key as people see it: random bits written in groups that are easy to type,
read back forgivingly (spaces, dashes, lower case, and the letters people confuse)."""

from __future__ import annotations

import secrets

from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP

# Crockford's base 32: no I, L, O or U, so nothing reads as another character.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}

RECOVERY_BITS = 160
GROUP = 4
_CHARS = RECOVERY_BITS // 5  # 32 characters, 8 groups of 4


class BadRecoveryKey(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "That is not a recovery key: it has 32 letters and digits in groups of four, "
        "as printed on the recovery sheet.",
    )


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_BITS // 8)


def format_recovery_key(secret: bytes) -> str:
    """Groups of four characters separated by dashes, e.g. `7K2M-…`."""
    if len(secret) * 8 != RECOVERY_BITS:
        raise ValueError("recovery secret has the wrong length")
    number = int.from_bytes(secret, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_CHARS))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, _CHARS, GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accept what a person types: any case, spaces and dashes anywhere, I/L for 1, O for 0."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != _CHARS or any(ch not in _DECODE for ch in cleaned):
        raise BadRecoveryKey()
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    return number.to_bytes(RECOVERY_BITS // 8, "big")

"""Staff accounts: roles and the rules for user names and passwords."""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.core.errors import AccountError
from desktop.core.i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class Role(StrEnum):
    ADMIN = "admin"  # users, settings, audit log
    STAFF = "staff"


def normalise_username(name: str) -> str:
    """User names are case-insensitive: stored and compared in lower case."""
    return name.strip().lower()


def check_username(name: str) -> str:
    username = normalise_username(name)
    if not _USERNAME.match(username):
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "A user name has 2–32 characters: letters a–z, digits, dot, dash or "
                "underscore, starting with a letter or digit.",
            )
        )
    return username


def check_password(password: str, username: str = "") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            QT_TRANSLATE_NOOP("AppError", "A password must have at least {min} characters."),
            min=MIN_PASSWORD_LENGTH,
        )
    if len(username) >= 3 and username.lower() in password.lower():
        raise AccountError(
            QT_TRANSLATE_NOOP("AppError", "A password must not contain the user name.")
        )

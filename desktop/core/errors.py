"""Expected errors: each carries a message written for the user, translated on display."""

from __future__ import annotations

from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class AppError(Exception):
    """An error the user can act on. `message` is an English source string with `{name}`
    fields filled from the keyword arguments; Swedish comes from the translation files."""

    message: str = QT_TRANSLATE_NOOP("AppError", "Something went wrong.")
    # The register file itself is unusable: the sign-in screen offers to restore a backup.
    restore_helps: bool = False

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message.format(**params))

    def user_message(self) -> str:
        """The message in the user's language."""
        return translate("AppError", self.message).format(**self.params)


class WrongPassword(AppError):
    """The key slot does not open with the password given (or no such user)."""

    message = QT_TRANSLATE_NOOP("AppError", "The user name or the password is wrong.")

    def __init__(self, retry_after: int = 0) -> None:
        super().__init__(retry_after=retry_after)
        self.retry_after = retry_after

    def user_message(self) -> str:
        text = super().user_message()
        if self.retry_after:
            text += " " + translate(
                "AppError", "After several failed attempts you must wait {seconds} s."
            ).format(seconds=self.retry_after)
        return text


class SignInThrottled(AppError):
    """Too many failed attempts: the password is not even tried until the wait is over."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "Too many failed sign-in attempts. Wait {seconds} s before you try again.",
    )

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds=seconds)
        self.seconds = seconds


class RegisterDamaged(AppError):
    """The key is right but the file fails SQLCipher's or SQLite's checks."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register file is damaged and cannot be opened safely. Do not delete it: "
        "contact whoever looks after the unit's computers, and restore the latest backup.",
    )

    restore_helps = True

    def __init__(self, detail: str = "") -> None:
        super().__init__()
        self.detail = detail  # technical, for the log; never personal data


class RegisterTooNew(AppError):
    """The register was made by a newer version of Färdväg."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register was saved by a newer version of Färdväg (format {found}, this version "
        "reads up to {supported}). Install the newer version; the register was not changed.",
    )

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(found=found, supported=supported)


class RegisterInUse(AppError):
    """Another process holds the register's lock."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The register is open by {user} on the computer {computer} since {since}. "
        "Ask them to close Färdväg, then try again.",
    )

    def __init__(self, user: str, computer: str, since: str) -> None:
        super().__init__(user=user, computer=computer, since=since)


class KeySlotsMissing(AppError):
    """The key-slot file beside the register is gone."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The file with the register's keys is missing. Open the register with the recovery "
        "key, then set new passwords.",
    )


class RegisterNotFound(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "There is no register at {path}.")

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class RegisterExists(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "There is already a register at {path}. Choose another file name."
    )

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class NotPermitted(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "Only an administrator may do this.")


class AccountError(AppError):
    """Invalid user-account input; the (marked) message says which rule was broken."""


class Cancelled(AppError):
    """Long work stopped because the user cancelled it (desktop.core.progress)."""

    message = QT_TRANSLATE_NOOP("AppError", "The work was cancelled.")

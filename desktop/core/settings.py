"""The unit's settings, kept in the register, and the rules for their values."""

from __future__ import annotations

import ntpath
import posixpath
import unicodedata
from dataclasses import dataclass, replace

from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.text import clean_line

LANGUAGES = ("sv", "en")
AUTOLOCK_MINUTES_MIN = 1
AUTOLOCK_MINUTES_MAX = 120
NAME_MAX = 100
# Social-services files are deleted 5 years after the last entry (domain brief 8, our choice as
# a setting): the unit may be under the municipality's own archive rules instead.
RETENTION_YEARS_MIN = 1
RETENTION_YEARS_MAX = 30
# Backups (issue 11): how many rotation keeps of each kind; the newest is always kept, so a
# unit may keep no weekly or monthly ones, but always at least one daily.
BACKUP_DAILY_RANGE = (1, 60)
BACKUP_WEEKLY_RANGE = (0, 52)
BACKUP_MONTHLY_RANGE = (0, 120)
BACKUP_FOLDER_MAX = 400


class FieldError(AppError):
    """A value that breaks a rule; `field` names the input it belongs next to."""

    def __init__(self, field: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


@dataclass(frozen=True)
class UnitSettings:
    unit_name: str = ""
    municipality: str = ""
    autolock_minutes: int = 10
    language: str = "sv"
    retention_years: int = 5  # years to keep a person's records after their last entry
    backup_folder: str = ""  # where this register's backups go; "" = none made
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 12

    def validated(self) -> UnitSettings:
        """The same settings with surrounding spaces trimmed, or a `FieldError`."""
        unit_name = clean_line(self.unit_name)
        municipality = clean_line(self.municipality)
        if not unit_name:
            raise FieldError("unit_name", QT_TRANSLATE_NOOP("AppError", "Give the unit a name."))
        for field, value in (("unit_name", unit_name), ("municipality", municipality)):
            if len(value) > NAME_MAX:
                raise FieldError(
                    field,
                    QT_TRANSLATE_NOOP("AppError", "At most {max} characters."),
                    max=NAME_MAX,
                )
        if not AUTOLOCK_MINUTES_MIN <= self.autolock_minutes <= AUTOLOCK_MINUTES_MAX:
            raise FieldError(
                "autolock_minutes",
                QT_TRANSLATE_NOOP("AppError", "Choose between {min} and {max} minutes."),
                min=AUTOLOCK_MINUTES_MIN,
                max=AUTOLOCK_MINUTES_MAX,
            )
        if self.language not in LANGUAGES:
            raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
        if not RETENTION_YEARS_MIN <= self.retention_years <= RETENTION_YEARS_MAX:
            raise FieldError(
                "retention_years",
                QT_TRANSLATE_NOOP("AppError", "Choose between {min} and {max} years."),
                min=RETENTION_YEARS_MIN,
                max=RETENTION_YEARS_MAX,
            )
        for name, count, (low, high) in (
            ("backup_keep_daily", self.backup_keep_daily, BACKUP_DAILY_RANGE),
            ("backup_keep_weekly", self.backup_keep_weekly, BACKUP_WEEKLY_RANGE),
            ("backup_keep_monthly", self.backup_keep_monthly, BACKUP_MONTHLY_RANGE),
        ):
            if not low <= count <= high:
                raise FieldError(
                    name,
                    QT_TRANSLATE_NOOP("AppError", "Choose between {min} and {max}."),
                    min=low,
                    max=high,
                )
        return replace(
            self,
            unit_name=unit_name,
            municipality=municipality,
            backup_folder=_checked_folder(self.backup_folder),
        )


def _checked_folder(text: str) -> str:
    """The backup folder as typed, trimmed; "" for none. A path is taken as it is (spaces
    inside count), but it must be a full one, such as H:\\Säkerhetskopior or
    \\\\server\\share\\färdväg, never relative to wherever Färdväg happens to start."""
    folder = unicodedata.normalize("NFC", text.strip())
    if not folder:
        return ""
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in folder):
        raise FieldError(
            "backup_folder",
            QT_TRANSLATE_NOOP("AppError", "The folder name holds characters that cannot be used."),
        )
    if len(folder) > BACKUP_FOLDER_MAX:
        raise FieldError(
            "backup_folder",
            QT_TRANSLATE_NOOP("AppError", "At most {max} characters."),
            max=BACKUP_FOLDER_MAX,
        )
    if not (ntpath.isabs(folder) or posixpath.isabs(folder)):
        raise FieldError(
            "backup_folder",
            QT_TRANSLATE_NOOP(
                "AppError",
                "Give the whole path of the folder, starting with the drive, such as "
                "H:\\Backups, or with \\\\ for a network share.",
            ),
        )
    return folder

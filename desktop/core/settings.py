"""The unit's settings, kept in the register, and the rules for their values."""

from __future__ import annotations

from dataclasses import dataclass

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
        return UnitSettings(
            unit_name, municipality, self.autolock_minutes, self.language, self.retention_years
        )

"""Personnummer and samordningsnummer: validated with python-stdnum, stored normalised as twelve
digits (YYYYMMDDNNNN). stdnum 2.x does not know samordningsnummer (day of birth + 60), so those
are checked here with stdnum's own Luhn and date parsing on the real birth day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import personnummer as stdnum_pnr

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import FieldError

FIELD = "personnummer"


@dataclass(frozen=True)
class PersonalNumber:
    normalised: str  # twelve digits
    birth_date: date
    coordination: bool  # samordningsnummer

    @property
    def display(self) -> str:
        return f"{self.normalised[:8]}-{self.normalised[8:]}"

    @property
    def sex(self) -> str:
        """As the number encodes it: the second-to-last digit is odd for men."""
        return "male" if int(self.normalised[10]) % 2 else "female"


def _invalid() -> FieldError:
    return FieldError(
        FIELD,
        QT_TRANSLATE_NOOP(
            "AppError",
            "Not a valid personnummer or samordningsnummer. Write it as YYMMDD-NNNN or "
            "YYYYMMDD-NNNN; check the digits.",
        ),
    )


def parse_personal_number(text: str) -> PersonalNumber:
    """Accept 10 or 12 digits with `-`, `+` (aged 100 or more) or nothing between."""
    cleaned = "".join(ch for ch in text.strip() if ch not in " ")
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if len(digits) not in (10, 12) or any(not (c.isdigit() or c in "-+") for c in cleaned):
        raise _invalid()
    day = int(digits[-6:-4])
    coordination = day > 60
    candidate = cleaned
    if coordination:
        # Give stdnum the real birth day so it can parse the date; check the Luhn on the
        # number as written (which is what the tax agency computes it on).
        position = 4 if len(digits) == 10 else 6  # the day: separators only come after it
        if not cleaned[: position + 2].isdigit():
            raise _invalid()
        candidate = cleaned[:position] + f"{day - 60:02d}" + cleaned[position + 2 :]
        if not luhn.is_valid(digits[-10:]):
            raise _invalid()
    try:
        birth = stdnum_pnr.get_birth_date(candidate)
        if not coordination:
            stdnum_pnr.validate(candidate)
    except (ValidationError, ValueError):
        raise _invalid() from None
    normalised = f"{birth.year:04d}{digits[-8:-6]}{digits[-6:]}"
    return PersonalNumber(normalised, birth, coordination)

"""The enrolment criteria (R2) that are read from what the register holds, never ticked by hand.

- **18 or older**: the age on the day the criteria are checked, from the personnummer (or a
  recorded birth date when the person has none); unknown without either.
- **Lives in the municipality**: the person's bostadskommun against the unit's municipality
  (Inställningar), ignoring case and "kommun" or "stad" after the name; unknown when either is
  not recorded. A name that still differs is "not met" with both names shown.
- **Eligible for OSA**: only AF's coding decision (R17): granted is met, denied is not met; no
  coding or one still pending is unknown, never presumed.

The other criteria (criminal history, no ongoing criminality, motivation) are staff's judgement
after the mapping interview and stay theirs to record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.osa import AfCoding, CodingDecision
from desktop.core.path import Criterion, CriterionStatus
from desktop.core.personnummer import parse_personal_number
from desktop.core.records import Person
from desktop.core.settings import FieldError
from desktop.core.steering import age_on

ADULT_AGE = 18
READ_CRITERIA = (Criterion.ADULT, Criterion.RESIDENT, Criterion.OSA_ELIGIBLE)


def _t(text: str) -> str:
    return translate("Criteria", text)


@dataclass(frozen=True)
class ReadCriterion:
    """A criterion as the register shows it: its status and what it was read from."""

    criterion: Criterion
    status: CriterionStatus
    reading: str  # what it was read from, in words: "34 years, from the personnummer"


def _birth(person: Person) -> tuple[date | None, bool]:
    """The birth date and whether it came from the personnummer."""
    if person.personnummer:
        try:
            return parse_personal_number(person.personnummer).birth_date, True
        except FieldError:
            pass  # a stored number is validated on saving; fall back to the birth date
    return person.birth_date, False


def municipality_key(name: str) -> str:
    """The name without case, spacing or "kommun"/"stad" after it: "Borås kommun" → "borås"."""
    key = " ".join(name.split()).casefold()
    for suffix in (" kommun", " stad"):
        key = key.removesuffix(suffix)
    return key.strip()


def same_municipality(first: str, second: str) -> bool:
    """ "Borås" and "Borås stad"; "Göteborg" and "Göteborgs Stad" (the genitive a municipality
    often takes in its own name)."""
    a, b = municipality_key(first), municipality_key(second)
    return bool(a and b) and (a == b or a + "s" == b or b + "s" == a)


def read_adult(person: Person, on: date) -> ReadCriterion:
    birth, from_number = _birth(person)
    if birth is None:
        return ReadCriterion(
            Criterion.ADULT,
            CriterionStatus.UNKNOWN,
            _t(QT_TRANSLATE_NOOP("Criteria", "no personnummer or birth date recorded")),
        )
    age = age_on(birth, on)
    reading = (
        _t(QT_TRANSLATE_NOOP("Criteria", "{age} years, from the personnummer"))
        if from_number
        else _t(QT_TRANSLATE_NOOP("Criteria", "{age} years, from the birth date"))
    )
    return ReadCriterion(
        Criterion.ADULT,
        CriterionStatus.MET if age >= ADULT_AGE else CriterionStatus.NOT_MET,
        reading.format(age=age),
    )


def read_resident(person: Person, unit_municipality: str) -> ReadCriterion:
    lives_in = " ".join(person.municipality.split())
    if not lives_in:
        return ReadCriterion(
            Criterion.RESIDENT,
            CriterionStatus.UNKNOWN,
            _t(QT_TRANSLATE_NOOP("Criteria", "no bostadskommun recorded")),
        )
    if not municipality_key(unit_municipality):
        return ReadCriterion(
            Criterion.RESIDENT,
            CriterionStatus.UNKNOWN,
            _t(
                QT_TRANSLATE_NOOP(
                    "Criteria", "lives in {municipality}; the unit's municipality is not set"
                )
            ).format(municipality=lives_in),
        )
    if same_municipality(lives_in, unit_municipality):
        return ReadCriterion(
            Criterion.RESIDENT,
            CriterionStatus.MET,
            _t(QT_TRANSLATE_NOOP("Criteria", "lives in {municipality}")).format(
                municipality=lives_in
            ),
        )
    # Both names shown: a spelling the comparison does not know ("Falu kommun" for Falun) is
    # for staff to see at once.
    return ReadCriterion(
        Criterion.RESIDENT,
        CriterionStatus.NOT_MET,
        _t(QT_TRANSLATE_NOOP("Criteria", "lives in {municipality}, the unit is in {unit}")).format(
            municipality=lives_in, unit=" ".join(unit_municipality.split())
        ),
    )


def read_osa_eligible(coding: AfCoding | None) -> ReadCriterion:
    if coding is None:
        return ReadCriterion(
            Criterion.OSA_ELIGIBLE,
            CriterionStatus.UNKNOWN,
            _t(QT_TRANSLATE_NOOP("Criteria", "no AF coding recorded")),
        )
    if coding.decision is CodingDecision.PENDING or coding.decided_on is None:
        return ReadCriterion(
            Criterion.OSA_ELIGIBLE,
            CriterionStatus.UNKNOWN,
            _t(QT_TRANSLATE_NOOP("Criteria", "AF has not decided the coding yet")),
        )
    reading = (
        QT_TRANSLATE_NOOP("Criteria", "AF coding granted {date}")
        if coding.decision is CodingDecision.GRANTED
        else QT_TRANSLATE_NOOP("Criteria", "AF coding denied {date}")
    )
    return ReadCriterion(
        Criterion.OSA_ELIGIBLE,
        coding.criterion,
        _t(reading).format(date=coding.decided_on.isoformat()),
    )


def read_criteria(
    person: Person, on: date, unit_municipality: str, coding: AfCoding | None
) -> dict[Criterion, ReadCriterion]:
    """The criteria the register can answer, as they stand on `on`."""
    return {
        Criterion.ADULT: read_adult(person, on),
        Criterion.RESIDENT: read_resident(person, unit_municipality),
        Criterion.OSA_ELIGIBLE: read_osa_eligible(coding),
    }

"""The enrolment criteria the register answers itself (R2, R17): age from the personnummer,
residence from the bostadskommun, OSA eligibility only from a recorded AF coding; "unknown"
whenever the fact is not recorded, never presumed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.criteria import read_criteria
from desktop.core.osa import AfCoding, CodingDecision
from desktop.core.path import Criterion, CriterionStatus
from desktop.core.records import Person

MET, NOT_MET, UNKNOWN = CriterionStatus.MET, CriterionStatus.NOT_MET, CriterionStatus.UNKNOWN
TODAY = date(2026, 11, 30)


def person(pnr: str | None = None, municipality: str = "", birth: date | None = None) -> Person:
    return Person("Åsa", "Öberg", pnr, birth, municipality=municipality)


def read(p: Person, on: date = TODAY, unit: str = "Borås", coding: AfCoding | None = None):  # type: ignore[no-untyped-def]
    return read_criteria(p, on, unit, coding)


@pytest.mark.parametrize(
    ("on", "status", "reading"),
    [
        (date(2030, 12, 11), NOT_MET, "17 years, from the personnummer"),
        (date(2030, 12, 12), MET, "18 years, from the personnummer"),  # the 18th birthday
    ],
)
def test_age_is_read_from_the_personnummer_on_the_day_checked(
    on: date, status: CriterionStatus, reading: str
) -> None:
    adult = read(person("20121212-1212"), on=on)[Criterion.ADULT]
    assert (adult.status, adult.reading) == (status, reading)


def test_age_is_unknown_without_a_personnummer_and_read_from_a_birth_date_when_given() -> None:
    unknown = read(person())[Criterion.ADULT]
    assert (unknown.status, unknown.reading) == (
        UNKNOWN,
        "no personnummer or birth date recorded",
    )
    given = read(person(birth=date(1981, 12, 18)))[Criterion.ADULT]
    assert (given.status, given.reading) == (MET, "44 years, from the birth date")
    # The personnummer wins over a birth date typed apart from it.
    both = read(person("811218-9876", birth=date(2015, 1, 1)))[Criterion.ADULT]
    assert (both.status, both.reading) == (MET, "44 years, from the personnummer")


@pytest.mark.parametrize(
    ("lives_in", "unit", "status", "reading"),
    [
        ("Borås", "Borås", MET, "lives in Borås"),
        ("borås kommun", "Borås", MET, "lives in borås kommun"),
        ("  Borås  ", "Borås kommun", MET, "lives in Borås"),
        ("Borås", "Borås Stad", MET, "lives in Borås"),
        ("Göteborg", "Göteborgs stad", MET, "lives in Göteborg"),
        (
            "Ulricehamn",
            "Borås  kommun",
            NOT_MET,
            "lives in Ulricehamn, the unit is in Borås kommun",
        ),
        ("", "Borås", UNKNOWN, "no bostadskommun recorded"),
        ("Borås", "", UNKNOWN, "lives in Borås; the unit's municipality is not set"),
    ],
)
def test_residence_is_the_bostadskommun_against_the_units_municipality(
    lives_in: str, unit: str, status: CriterionStatus, reading: str
) -> None:
    resident = read(person(municipality=lives_in), unit=unit)[Criterion.RESIDENT]
    assert (resident.status, resident.reading) == (status, reading)


@pytest.mark.parametrize(
    ("coding", "status", "reading"),
    [
        (None, UNKNOWN, "no AF coding recorded"),
        (AfCoding(1, requested_on=date(2026, 10, 1)), UNKNOWN, "AF has not decided the coding yet"),
        (
            AfCoding(1, decision=CodingDecision.GRANTED, decided_on=date(2026, 11, 2)),
            MET,
            "AF coding granted 2026-11-02",
        ),
        (
            AfCoding(1, decision=CodingDecision.DENIED, decided_on=date(2026, 11, 3)),
            NOT_MET,
            "AF coding denied 2026-11-03",
        ),
    ],
)
def test_osa_eligibility_comes_only_from_a_recorded_af_coding(
    coding: AfCoding | None, status: CriterionStatus, reading: str
) -> None:
    eligible = read(person("811218-9876", "Borås"), coding=coding)[Criterion.OSA_ELIGIBLE]
    assert (eligible.status, eligible.reading) == (status, reading)


def test_only_the_recorded_facts_are_read_the_judgements_are_left_to_staff() -> None:
    assert set(read(person())) == {Criterion.ADULT, Criterion.RESIDENT, Criterion.OSA_ELIGIBLE}

"""Personnummer and samordningsnummer: the forms people write, stored one way."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum import luhn

from desktop.core.personnummer import parse_personal_number
from desktop.core.settings import FieldError


@pytest.mark.parametrize(
    "typed", ["811218-9876", "19811218-9876", "8112189876", "198112189876", " 811218 9876 "]
)
def test_forms_of_the_same_number(typed: str) -> None:
    parsed = parse_personal_number(typed)
    assert parsed.normalised == "198112189876"
    assert parsed.birth_date == date(1981, 12, 18)
    assert parsed.display == "19811218-9876"
    assert not parsed.coordination


def test_plus_means_a_hundred_or_older() -> None:
    assert parse_personal_number("121212+1212").birth_date == date(1912, 12, 12)
    assert parse_personal_number("121212-1212").birth_date.year == 2012


def test_samordningsnummer_day_plus_sixty() -> None:
    body = "811278987"
    number = body + luhn.calc_check_digit(body)
    parsed = parse_personal_number(f"{number[:6]}-{number[6:]}")
    assert parsed.coordination
    assert parsed.birth_date == date(1981, 12, 18)
    assert parsed.normalised == "19" + number


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "850101-1234",
        "811318-9876",
        "811299-9876",
        "81121-89876",
        "abc",
        "811218-98766",
        "811218/9876",
        "811298-9875",
    ],
)
def test_invalid_numbers_are_refused_with_a_message(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_personal_number(typed)
    assert caught.value.field == "personnummer"
    assert "personnummer" in caught.value.user_message()


def test_sex_from_the_second_last_digit() -> None:
    assert parse_personal_number("811218-9876").sex == "male"
    assert parse_personal_number("19121212-1212").sex == "male"

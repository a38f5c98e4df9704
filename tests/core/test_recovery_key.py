"""The recovery key is typed from paper: it must survive the ways people type it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.recovery import (
    BadRecoveryKey,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)


def test_has_at_least_128_random_bits_in_groups() -> None:
    secret = new_recovery_secret()
    assert len(secret) * 8 >= 128
    text = format_recovery_key(secret)
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 for g in groups)


def test_two_keys_differ() -> None:
    assert new_recovery_secret() != new_recovery_secret()


@given(st.binary(min_size=20, max_size=20))
def test_round_trip(secret: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(secret)) == secret


@given(st.binary(min_size=20, max_size=20), st.sampled_from(["", " ", "-", "  ", "\t"]))
def test_accepts_lower_case_spaces_and_dashes(secret: bytes, separator: str) -> None:
    text = format_recovery_key(secret)
    typed = separator.join(text.replace("-", "").lower())
    assert parse_recovery_key(typed) == secret


def test_confusable_letters_read_as_digits() -> None:
    secret = bytes(20)  # all zeros: "0000-…"
    assert parse_recovery_key("OOOO" * 8) == secret
    ones = format_recovery_key(parse_recovery_key("1111" * 8))
    assert parse_recovery_key(ones.replace("1", "l")) == parse_recovery_key(ones.replace("1", "I"))


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "U" * 32, "0" * 31, "0" * 33, "ÅÄÖ0" * 8])
def test_rejects_what_is_not_a_key(typed: str) -> None:
    with pytest.raises(BadRecoveryKey):
        parse_recovery_key(typed)

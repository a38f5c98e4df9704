"""Rules for user names and passwords, with messages a user can act on."""

from __future__ import annotations

import pytest

from desktop.core.accounts import MIN_PASSWORD_LENGTH, check_password, check_username
from desktop.core.errors import AccountError


@pytest.mark.parametrize("name", ["anna", "Anna", " bo.k ", "kim_2", "a1"])
def test_valid_user_names_are_normalised(name: str) -> None:
    assert check_username(name) == name.strip().lower()


@pytest.mark.parametrize("name", ["", "a", "åsa", "anna lind", "-anna", "x" * 33])
def test_invalid_user_names(name: str) -> None:
    with pytest.raises(AccountError, match="user name"):
        check_username(name)


def test_short_password_names_the_minimum() -> None:
    with pytest.raises(AccountError) as caught:
        check_password("kort")
    assert str(MIN_PASSWORD_LENGTH) in caught.value.user_message()


def test_password_may_not_contain_user_name() -> None:
    with pytest.raises(AccountError):
        check_password("annas-hemliga-ord", "anna")
    check_password("hemligt-lösenord", "anna")

"""Search finds a name however its letters were encoded: NFD "Åsa" (a Mac, some Excel files)
by NFC "Åsa" and the other way round, also in registers saved before the normalisation."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.migrations import MIGRATIONS
from desktop.db.participants import ParticipantRepository, SearchFilter
from tests.conftest import NewRegister

NFC_ASA, NFD_ASA = "Åsa", unicodedata.normalize("NFD", "Åsa")


def referral() -> PathEvent:
    return PathEvent(
        EventKind.REFERRAL,
        date(2026, 1, 12),
        {"referrer_type": "probation", "referrer_name": "Frivården", "reason": "Arbete"},
    )


@pytest.fixture
def repo(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def names(repo: ParticipantRepository, text: str) -> list[str]:
    return [p.name for p in repo.search(SearchFilter(text=text))]


@pytest.mark.parametrize(("stored", "typed"), [(NFD_ASA, NFC_ASA), (NFC_ASA, NFD_ASA)])
def test_nfd_name_is_found_by_nfc_search_and_vice_versa(
    repo: ParticipantRepository, stored: str, typed: str
) -> None:
    repo.create_referral(Person(stored, "Öberg"), referral())
    assert names(repo, typed) == ["Åsa Öberg"]
    assert names(repo, typed.upper() + " " + unicodedata.normalize("NFD", "ÖBERG")) == ["Åsa Öberg"]


def test_invisible_characters_in_the_search_box_do_not_hide_anyone(
    repo: ParticipantRepository,
) -> None:
    repo.create_referral(Person("Åsa\u200b", "Öb\u202eerg"), referral())
    assert names(repo, "Å\u200bsa\x1b") == ["Åsa Öberg"]
    assert names(repo, "öberg") == ["Åsa Öberg"]


def test_nfd_search_text_saved_before_the_migration_is_found(
    repo: ParticipantRepository, new_register: NewRegister
) -> None:
    person = repo.create_referral(Person("Åsa", "Öberg"), referral())
    conn = new_register.register._conn_or_raise()
    # As an older version stored it: the search column case-folded but decomposed.
    old = unicodedata.normalize("NFD", "åsa öberg åsa")
    conn.execute("UPDATE persons SET search = ? WHERE id = ?", (old, person.id))
    assert names(repo, "Åsa") == []
    step = next(m for m in MIGRATIONS if m.name == "search text in one Unicode form")
    step.apply(conn)
    assert names(repo, "Åsa") == ["Åsa Öberg"]
    assert conn.execute("SELECT search FROM persons").fetchone()[0] == "åsa öberg åsa"

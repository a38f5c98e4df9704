"""Text at the door: one Unicode form, no control, direction-override or zero-width characters."""

from __future__ import annotations

import unicodedata
from datetime import date

from desktop.core.records import CapitalCheckin, Contact, ContactRole, Note, NoteCategory, Person
from desktop.core.settings import UnitSettings
from desktop.core.text import clean_line, clean_text, search_key

NFD_ASA = unicodedata.normalize("NFD", "Åsa")
HOSTILE = "\x1bÅ\x07s\u202ea\u200b\x9b\x00\ufeff"


def test_control_characters_are_stripped_from_names() -> None:
    assert clean_line(HOSTILE) == "Åsa"
    assert clean_line(" Anna\tMaria\nLind\r\n") == "Anna Maria Lind"
    assert clean_line("\u2066Anna\u2069 \u202dLind\u202c\u00ad") == "Anna Lind"


def test_nfd_text_is_stored_as_nfc() -> None:
    assert NFD_ASA != "Åsa"
    assert clean_line(NFD_ASA) == "Åsa"
    assert clean_text(NFD_ASA + "\nrad två") == "Åsa\nrad två"


def test_joiners_stay_in_names_but_not_in_the_search_key() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ is part of the spelling
    assert clean_line(persian) == persian
    assert "\u200c" not in search_key(persian)


def test_multi_line_text_keeps_newlines_and_tabs_only() -> None:
    assert clean_text("  rad 1\r\nrad\t2\rrad 3\x1b\x07\u202e  ") == "rad 1\nrad\t2\nrad 3"
    assert clean_text("\u200fعربي\u200f") == "\u200fعربي\u200f"  # RLM marks a direction


def test_search_key_is_the_same_however_the_name_was_typed() -> None:
    assert search_key(NFD_ASA) == search_key("ÅSA") == search_key("Å\u200bsa") == "åsa"


def test_records_are_cleaned_when_validated() -> None:
    person = Person(
        first_name=HOSTILE, last_name=NFD_ASA + "\u202eson", phone="070\x07"
    ).validated()
    assert (person.first_name, person.last_name, person.phone) == ("Åsa", "Åsason", "070")
    contact = Contact(ContactRole.OTHER, "Bo\x1b Berg", unit="IFO\u200b").validated()
    assert (contact.name, contact.unit) == ("Bo Berg", "IFO")
    note = Note(date(2026, 1, 12), NoteCategory.OTHER, "Möte\x1b\r\nmed\tAF\u202e").validated()
    assert note.text == "Möte\nmed\tAF"
    checkin = CapitalCheckin(date(2026, 1, 12), 1, 2, 3, 4, comment="bra\x07").validated()
    assert checkin.comment == "bra"
    settings = UnitSettings(unit_name="Chansen\x1b", municipality=NFD_ASA).validated()
    assert (settings.unit_name, settings.municipality) == ("Chansen", "Åsa")

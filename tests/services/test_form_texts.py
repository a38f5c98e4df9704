"""The consent form's texts: shipped defaults in Swedish and English that pass their own rules,
an administrator's wording kept in the register (one transaction with its audit entry), and
placeholders that are filled in or refused, never half-obeyed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.consent import DEFAULT_CATEGORIES, DEFAULT_UNITS
from desktop.core.errors import NotPermitted
from desktop.core.forms import REQUIRED, TEXT_FIELDS, FormTexts, fill, form_texts_from_json
from desktop.core.settings import FieldError, UnitSettings
from desktop.db.forms import (
    FORM_TEXTS_KEY,
    default_form_texts,
    load_form_texts,
    reset_form_texts,
    save_form_texts,
)
from desktop.db.settings import save_settings
from desktop.paths import resource_path
from desktop.services.consent_documents import ConsentFormDocument
from desktop.services.exports import run_export
from tests.conftest import NewRegister
from tests.services.test_consent_documents import flat, pdf_text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_shipped_texts_are_complete_and_valid(language: str) -> None:
    texts = default_form_texts(language)
    assert texts.language == language
    assert texts.validated() == texts  # trimmed already, and every placeholder is known
    for name in TEXT_FIELDS:
        assert getattr(texts, name), name  # every block has words, not only the required ones
    # R19: what each of the programme's receiving units does, what each kind of data is.
    assert {code for code, _ in texts.unit_roles} == {c.code for c in DEFAULT_UNITS}
    assert {code for code, _ in texts.category_notes} == {c.code for c in DEFAULT_CATEGORIES}


def test_the_two_languages_have_the_same_blocks() -> None:
    raw = {
        language: json.loads(
            Path(resource_path("forms", f"consent_form.{language}.json")).read_text("utf-8")
        )
        for language in ("sv", "en")
    }
    assert set(raw["sv"]) == set(raw["en"]) == {*TEXT_FIELDS, "unit_roles", "category_notes"}
    assert set(raw["sv"]["unit_roles"]) == set(raw["en"]["unit_roles"])


def test_the_swedish_form_says_how_to_withdraw_and_uses_the_unit_name() -> None:
    texts = default_form_texts("sv").filled(
        {"unit": "Chansen", "municipality": "Borås stad", "valid_until": "2027-06-11"}
    )
    assert "när som helst" in texts.withdraw_text
    assert "lika enkelt som att ge det" in texts.withdraw_text
    assert "Chansen" in texts.withdraw_text
    assert "2027-06-11" in texts.valid_text
    assert "{" not in " ".join(getattr(texts, name) for name in TEXT_FIELDS)


def test_an_administrator_saves_their_own_wording(
    new_register: NewRegister, tmp_path: Path
) -> None:
    register = new_register.register
    save_settings(register, UnitSettings(unit_name="Chansen"))
    own = replace(
        default_form_texts("sv"),
        title="Samtycke för {unit}",
        programme="{unit} i {municipality} är kommunens stöd till arbete.",
    )
    saved = save_form_texts(register, own)
    entry = list(register.audit_entries())[-1]
    assert (entry.action, entry.entity, entry.entity_id) == (
        Action.UPDATE.value,
        "settings",
        FORM_TEXTS_KEY,
    )
    assert load_form_texts(register, "sv") == saved
    assert load_form_texts(register, "en") == default_form_texts("en")  # each language its own
    result = run_export(register, ConsentFormDocument(None, None), tmp_path / "blank.pdf")
    text = flat(pdf_text(result.path))
    assert "Samtycke för Chansen" in text
    assert "Chansen i är kommunens stöd" in text  # no municipality set: an empty fill, no brace
    assert reset_form_texts(register, "sv") == default_form_texts("sv")
    assert load_form_texts(register, "sv") == default_form_texts("sv")


def test_a_block_missing_from_the_stored_wording_falls_back_to_the_default(
    new_register: NewRegister,
) -> None:
    register = new_register.register
    with register.write() as tx:
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            (FORM_TEXTS_KEY, json.dumps({"sv": {"title": "Eget", "unit_roles": {"af": "AF"}}})),
        )
        tx.audit(Action.UPDATE, "settings", FORM_TEXTS_KEY)
    texts = load_form_texts(register, "sv")
    assert texts.title == "Eget"
    assert texts.withdraw_text == default_form_texts("sv").withdraw_text
    assert texts.unit_role("af") == "AF"
    assert texts.unit_role("ifo") == default_form_texts("sv").unit_role("ifo")


def test_only_an_administrator_changes_the_wording(new_register: NewRegister) -> None:
    new_register.register.add_user("bo", "Bo Berg", Role.STAFF, "bos-lösenord-123")
    register = new_register.reopen("bo", "bos-lösenord-123")
    with pytest.raises(NotPermitted):
        save_form_texts(register, default_form_texts("sv"))


@pytest.mark.parametrize(
    ("block", "value", "message"),
    [
        ("withdraw_text", "   ", "This must be filled in."),
        ("programme", "Hej {namn}", "{namn} is not something the form can fill in"),
        ("programme", "Hej {unit", "is not closed"),
        ("rights_text", "x" * 2_001, "At most 2000 characters."),
    ],
)
def test_wording_that_breaks_a_rule_is_refused_next_to_its_block(
    block: str, value: str, message: str
) -> None:
    with pytest.raises(FieldError, match=message) as caught:
        replace(default_form_texts("sv"), **{block: value}).validated()
    assert caught.value.field == block


def test_fill_leaves_what_it_cannot_fill_as_written() -> None:
    values = {"unit": "Chansen"}
    assert fill("{unit} och {valid_until}", values) == "Chansen och {valid_until}"
    assert fill("{{unit}} {unit}", values) == "{unit} Chansen"
    assert fill("trasig {unit", values) == "trasig {unit"
    assert fill("{unit!r:>9}", values) == "{unit!r:>9}"


def test_texts_read_from_json_ignore_what_they_do_not_know() -> None:
    texts = form_texts_from_json(
        {"title": "T", "later_block": "x", "statement": 5, "unit_roles": ["not a map"]},
        "sv",
        FormTexts(language="sv", statement="S"),
    )
    assert (texts.title, texts.statement, texts.unit_roles) == ("T", "S", ())
    assert all(name in TEXT_FIELDS for name in REQUIRED)

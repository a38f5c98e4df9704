"""The renderers of the consent form, the register extract and the data-handling plan, fed with
plain data: fonts travel with the file, titles hold no names, user text is shown as typed, and
long tables run over pages with their heading row."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from desktop.db.forms import default_form_texts
from desktop.reports.consent_form import ConsentFormData, FormLine, render_consent_form
from desktop.reports.handling_plan import Account, HandlingPlan, Named, render_handling_plan
from desktop.reports.register_extract import (
    Document,
    Entry,
    Listing,
    Section,
    render_register_extract,
)
from tests.reports.test_recovery_sheet import fonts

DAY = date(2026, 11, 23)
VALUES = {"unit": "Chansen", "municipality": "Borås stad", "valid_until": "2027-06-11"}


def read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def form(blank: bool, **extra: object) -> ConsentFormData:
    units = (
        FormLine("Arbetsförmedlingen (AF)", "Beslutar om OSA.", "Action plan"),
        FormLine("A & B <unit>", "", "Action plan"),
    )
    return ConsentFormData(
        texts=default_form_texts("sv").filled(
            {**VALUES, "valid_until": "________" if blank else VALUES["valid_until"]}
        ),
        unit_name="Chansen",
        made_on=DAY,
        blank=blank,
        kinds=(FormLine("Information sharing"),),
        units=units,
        categories=(FormLine("Action plan", "Din åtgärdsplan."),),
        purpose="Arbete",
        **extra,  # type: ignore[arg-type]
    )


def test_the_filled_form_says_what_each_unit_gets_and_who_signs() -> None:
    reader, text = read(
        render_consent_form(
            form(
                False,
                participant_name="Åsa Öberg",
                personnummer="19900101-2393",
                internal_no="2026-001",
                handed_over=True,
            )
        )
    )
    assert "A & B <unit>" in text  # as typed, not read as markup
    assert "Får: Action plan" in text
    assert "2027-06-11" in text
    assert "Åsa Öberg" in text and "Namnförtydligande" in text
    assert "Kryssa i" not in text  # a filled-in form has nothing to tick
    used = fonts(reader)
    assert used and all(used.values()), used
    assert reader.metadata.title == "Samtycke till att dela uppgifter om dig"  # no name


def test_the_blank_form_has_lines_and_boxes_instead() -> None:
    reader, text = read(render_consent_form(form(True)))
    used = fonts(reader)
    assert used and all(used.values()), used
    assert "Kryssa i det du säger ja till" in text
    assert "Får:" not in text  # on paper every ticked unit gets every ticked kind of data
    assert "till och med ________" in text


def test_sections_run_over_pages_with_the_table_heading_repeated() -> None:
    rows = tuple(
        (f"2026-11-{n % 28 + 1:02d} 09:30", "Anna", "Viewed", "person") for n in range(120)
    )
    extract = Document(
        title="Register extract 2026-001",
        unit_name="Chansen",
        made_on=DAY,
        intro=("Allt vi har om dig.",),
        heading="Register extract",
        sections=(
            Section("Empty", empty="Nothing recorded."),
            Section(
                "Entries",
                entries=(
                    Entry("One", fields=(("Label", "=1+1 & <x>"),), text="a\n\nb", mark="Voided"),
                ),
            ),
            Section("Log", listing=Listing(("When", "Who", "What", "In"), rows, (3, 3, 2, 3))),
        ),
    )
    reader, text = read(render_register_extract(extract))
    assert len(reader.pages) >= 3
    assert "Nothing recorded." in text and "=1+1 & <x>" in text and "Voided" in text
    assert all(
        "When Who What In" in re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages[1:]
    )
    assert reader.metadata.title == "Register extract 2026-001"
    used = fonts(reader)
    assert used and all(used.values()), used
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_the_handling_plan_lists_the_units_and_the_accounts() -> None:
    plan = HandlingPlan(
        unit_name="Chansen",
        municipality="Borås stad",
        made_on=DAY,
        kinds=(Named("Security check"),),
        units=(Named("AF", "Beslutar om OSA."), Named("Gammal enhet", "", in_use=False)),
        categories=(Named("Action plan"),),
        retention_years=5,
        accounts=(Account("Anna Andersson", "anna", "Administrator", "2026-01-01"),),
        autolock_minutes=10,
        key_derivation="Argon2id, 4 passes, 192 MiB, 2 lanes",
        audit_entries=42,
        audit_intact=False,
        consent_months=12,
    )
    reader, text = read(render_handling_plan(plan))
    used = fonts(reader)
    assert used and all(used.values()), used
    assert "Gammal enhet no longer in use" in text
    assert "Anna Andersson anna Administrator 2026-01-01" in text
    assert "5 years after their last entry" in text
    assert "192 MiB" in text
    assert "chain is BROKEN" in text

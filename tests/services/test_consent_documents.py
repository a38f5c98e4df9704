"""The consent documents of issue 10 through the one export door: the form names each unit and
kind of data, the register extract holds everything about one person and nothing about anyone
else, the data-handling plan is read from the register's settings, and every export is in the
audit and disclosure logs."""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.consent import DATA_SUBJECT, INTERNAL, ConsentOptions
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Note, NoteCategory, Person
from desktop.core.settings import UnitSettings
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings, save_settings
from desktop.services.consent_documents import (
    ConsentFormDocument,
    ConsentOfAnotherPerson,
    HandlingPlanDocument,
    PersonNotFound,
    RegisterExtractDocument,
    find_person,
    newest_consent,
)
from desktop.services.exports import ExportRefused, run_export
from tests.conftest import ADMIN, ADMIN_PASSWORD, NewRegister
from tests.services.conftest import TODAY, TRICKY, Casebook


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with every run of white space as one space: a name wrapped over two
    lines still reads as the name."""
    return re.sub(r"\s+", " ", text)


def last_disclosure(register: Register) -> tuple[int, str, frozenset[str], str]:
    line = ConsentRepository(register).disclosures()[-1]
    return line.person_id, line.recipient, line.categories, line.document


# ----------------------------------------------------------------------- the consent form


def test_the_form_names_every_unit_and_category_of_the_consent_and_its_end(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    result = run_export(
        register, ConsentFormDocument(casebook.asa, casebook.consent_id), tmp_path / "f.pdf"
    )
    text = flat(pdf_text(result.path))
    options = ConsentOptions()
    consent = ConsentRepository(register).consent(casebook.consent_id)
    for code in consent.units:
        assert options.unit_label(code) in text
    for code in consent.categories:
        assert options.category_label(code) in text
    assert consent.valid_until.isoformat() in text
    assert "Samtycket gäller till och med 2027-06-11" in text
    # Only what the consent covers: no other unit, no other kind of data.
    assert options.unit_label("frivarden") not in text
    assert options.category_label("drug_tests") not in text
    # Who the form is for, what it is for, and the way out (GDPR art. 7.3).
    assert "Åsa Öberg" in text and "19900101-2393" in text and "2026-001" in text
    assert "Att komma ut i arbete genom Chansen" in text
    assert "Du kan ta tillbaka ditt samtycke när du vill" in text
    assert "lika enkelt som att ge det" in text
    assert "Kontakta Chansen." in text and "Anna Andersson" in text  # the responsible staff
    assert "Namnförtydligande" in text and "Underskrift" in text and "För Chansen" in text
    assert "Sida" in text or "Page 1 of" in text
    assert result.people == 1


def test_the_blank_form_lists_every_unit_and_category_in_use(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    consents = ConsentRepository(register)
    options = consents.options()
    # An entry set "not in use" is left off a new form; one of the unit's own is on it.
    units = tuple(
        c if c.code != "home_municipality" else type(c)(c.code, c.label, False)
        for c in options.units
    )
    units += (type(units[0])("", "Kommunens arbetsmarknadsenhet"),)
    options = consents.save_options(ConsentOptions(options.kinds, units, options.categories))
    result = run_export(register, ConsentFormDocument(None, None), tmp_path / "blank.pdf")
    text = flat(pdf_text(result.path))
    for choice in (*options.kinds, *options.units, *options.categories):
        if choice.active:
            assert choice.shown() in text, choice
        else:
            assert choice.shown() not in text, choice
    assert "Kommunens arbetsmarknadsenhet" in text
    assert "Kryssa i det du säger ja till" in text
    assert "Samtycket gäller till och med ____" in text
    assert "Åsa" not in text and "Bo" not in text.split()
    assert result.people == 0
    assert ConsentFormDocument(None, None).default_name() == "samtycke-blankett.pdf"


def test_a_form_for_a_person_without_a_chosen_consent_has_boxes_to_tick(
    casebook: Casebook, tmp_path: Path
) -> None:
    result = run_export(
        casebook.register, ConsentFormDocument(casebook.bo, None), tmp_path / "bo.pdf"
    )
    text = flat(pdf_text(result.path))
    assert "Bo Berglund" in text
    assert "Kryssa i det du säger ja till" in text
    assert all(ConsentOptions().unit_label(c.code) in text for c in ConsentOptions().units)


def test_the_form_in_english_and_a_consent_of_someone_else_is_refused(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    result = run_export(
        register, ConsentFormDocument(casebook.asa, casebook.consent_id, "en"), tmp_path / "e.pdf"
    )
    text = flat(pdf_text(result.path))
    assert "You can take back your consent whenever you like" in text
    assert "Name in block letters" in text
    with pytest.raises(ConsentOfAnotherPerson):
        run_export(
            register, ConsentFormDocument(casebook.bo, casebook.consent_id), tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_the_form_is_logged_as_going_to_the_person_with_their_name_only(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    before = len(ConsentRepository(register).disclosures())
    result = run_export(
        register, ConsentFormDocument(None, casebook.consent_id), tmp_path / "form.pdf"
    )
    disclosures = ConsentRepository(register).disclosures()
    assert len(disclosures) == before + 1  # one line
    assert last_disclosure(register) == (casebook.asa, DATA_SUBJECT, frozenset(), "consent_form")
    entry = list(register.audit_entries())[-1]
    assert (entry.action, entry.entity, entry.entity_id) == (
        Action.EXPORT.value,
        "consent_form",
        str(casebook.asa),
    )
    assert disclosures[-1].by == ADMIN
    assert result.audit_seq == entry.seq


# ----------------------------------------------------------------------- the register extract


def test_the_extract_holds_everything_about_the_person_and_nothing_about_anyone_else(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    result = run_export(register, RegisterExtractDocument(casebook.asa), tmp_path / "u.pdf")
    text = flat(pdf_text(result.path))
    # Details, and every note, correction and result of the person.
    for expected in (
        "Åsa Öberg",
        "19900101-2393",
        "070-123 45 67",
        *casebook.asa_notes,
        TRICKY,
        "Corrects note 2 of",
        "Corrected by note 5 of",
        "ASA-001",
        "ASA-001B",
        "300 ng/ml",
        "30 ng/ml",
        "Fel värde inskrivet",
        "No-show",
        "Eget förstahandskontrakt",
        "Karin Handläggare",
        "Bättre sömn",
        "Återbruket",
        "Trivs bra",
        "Job search with AF",
        "Att komma ut i arbete genom Chansen",
        "Withdrawn 2026-11-03",
        "samtycke-skannat.pdf (2 kB)",
        "Entered by mistake and voided",
        "Fel person vald",
        "Taken back",  # the voided step on the path
        "Vårgruppen 2026",
        "Who has seen or changed your record",
    ):
        assert flat(expected) in text, expected
    # Nobody else: not the other group member's name, notes, results, contacts or consents.
    for foreign in (
        "Bo",
        "Berglund",
        "19850515-1236",
        *casebook.bo_notes,
        "BO-SECRET-77",
        "Olle Frivårdsson",
        "Bos eget syfte",
    ):
        assert foreign not in text.split() if foreign == "Bo" else foreign not in text, foreign
    # The scanned form is listed, never its content.
    assert "fake scan" not in text
    assert result.people == 1


def test_the_extract_lists_the_disclosures_and_the_audit_entries_about_the_record(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    run_export(register, ConsentFormDocument(casebook.asa, casebook.consent_id), tmp_path / "f.pdf")
    run_export(register, ConsentFormDocument(casebook.bo, None), tmp_path / "bo.pdf")
    result = run_export(register, RegisterExtractDocument(casebook.asa), tmp_path / "u.pdf")
    text = flat(pdf_text(result.path))
    assert "Who has received data about you" in text
    assert text.count("consent form") >= 2  # the disclosure and the export in the audit log
    assert "Viewed" in text and "Exported" in text and "Created" in text
    assert "drug-test result" in text and "note" in text
    # The other person's form is in the audit log as an export about them, not here.
    disclosures_section = text.split("Who has received data about you")[1].split(
        "Who has seen or changed your record"
    )[0]
    assert disclosures_section.count("The participant") == 1


def test_user_text_survives_as_typed(casebook: Casebook, tmp_path: Path) -> None:
    register = casebook.register
    people = ParticipantRepository(register)
    person = people.get(casebook.asa)
    people.update_person(
        Person(
            person.first_name,
            person.last_name,
            person.personnummer,
            id=person.id,
            interpreter="<i>&amp; 😀",
        )
    )
    result = run_export(register, RegisterExtractDocument(casebook.asa), tmp_path / "u.pdf")
    text = flat(pdf_text(result.path))
    assert TRICKY in text  # "=SUM(A1) <b>not bold</b> & Co 😀" as written, not as markup
    assert "<i>&amp; 😀" in text  # the emoji reads back too (copy, search, screen readers)


def test_a_ten_page_note_history_runs_over_numbered_pages(
    new_register: NewRegister, tmp_path: Path
) -> None:
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    save_settings(register, UnitSettings(unit_name="Chansen"))
    people = ParticipantRepository(register)
    person = people.create_many(
        [
            (
                Person("Åsa", "Öberg"),
                [PathEvent(EventKind.REFERRAL, date(2026, 1, 5), {"referrer_type": "self"})],
            )
        ],
        today=TODAY,
    )[0]
    assert person.id is not None
    paragraph = "Vi pratade om veckan, boendet, skulderna och arbetsträningen. " * 8
    long_note = "\n\n".join(f"Stycke {n}. {paragraph}" for n in range(1, 13))  # a page or more
    texts = [f"Anteckning {n:02d}. " + (long_note if n % 5 == 0 else paragraph) for n in range(40)]
    for n, note_text in enumerate(texts):
        people.add_note(
            person.id, Note(date(2026, 1, 6) + timedelta(days=n), NoteCategory.MEETING, note_text)
        )
    result = run_export(register, RegisterExtractDocument(person.id), tmp_path / "lang.pdf")
    reader = PdfReader(result.path)
    pages = len(reader.pages)
    assert pages >= 10
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    text = flat("\n".join(page.extract_text() for page in reader.pages))
    for n in range(40):
        assert f"Anteckning {n:02d}." in text
    assert "Stycke 12." in text


def test_the_extract_is_logged_with_every_category_for_the_person(
    casebook: Casebook, tmp_path: Path
) -> None:
    register = casebook.register
    result = run_export(register, RegisterExtractDocument(casebook.asa), tmp_path / "u.pdf")
    every = frozenset(c.code for c in ConsentRepository(register).options().categories)
    assert last_disclosure(register) == (casebook.asa, DATA_SUBJECT, every, "register_extract")
    entry = list(register.audit_entries())[-1]
    assert (entry.seq, entry.action, entry.entity, entry.entity_id) == (
        result.audit_seq,
        Action.EXPORT.value,
        "register_extract",
        str(casebook.asa),
    )
    document = RegisterExtractDocument(casebook.asa, internal_no="2026-001")
    assert document.default_name() == "registerutdrag-2026-001.pdf"


def test_nothing_is_written_onto_the_register_or_its_files(
    new_register: NewRegister, casebook: Casebook
) -> None:
    register = casebook.register
    files = register.files
    before = files.database.read_bytes()[:4096]
    lines = len(ConsentRepository(register).disclosures())
    for document in (
        RegisterExtractDocument(casebook.asa),
        ConsentFormDocument(None, None),
        HandlingPlanDocument(),
    ):
        with pytest.raises(ExportRefused):
            run_export(register, document, files.database)
    with pytest.raises(ExportRefused):
        run_export(register, RegisterExtractDocument(casebook.asa), new_register.path)
    assert files.database.read_bytes()[:4096] == before
    assert len(ConsentRepository(register).disclosures()) == lines


# ----------------------------------------------------------------------- the handling plan


def test_the_handling_plan_is_read_from_the_settings(casebook: Casebook, tmp_path: Path) -> None:
    register = casebook.register
    save_settings(
        register,
        UnitSettings(
            unit_name="Chansen", municipality="Borås stad", autolock_minutes=7, retention_years=8
        ),
    )
    register.add_user("bo", "Bo Personal", Role.STAFF, "ett-långt-lösenord-9")
    lines = len(ConsentRepository(register).disclosures())
    result = run_export(register, HandlingPlanDocument(), tmp_path / "plan.pdf")
    text = flat(pdf_text(result.path))
    assert "Data-handling plan for Chansen" in text
    assert "Chansen, Borås stad" in text
    assert "8 years after their last entry" in text
    assert "locks after 7 minutes" in text
    assert "Anna Andersson" in text and "Bo Personal" in text
    assert "Administrator" in text and "Staff" in text
    options = ConsentOptions()
    for choice in (*options.kinds, *options.units, *options.categories):
        assert choice.shown() in text
    assert "Beslutar om OSA och lönebidrag" in text  # what AF does with the data (R19)
    assert "its chain is intact" in text
    assert "Åsa" not in text and "Berglund" not in text  # no participant in it
    assert result.people == 0
    assert len(ConsentRepository(register).disclosures()) == lines
    entry = list(register.audit_entries())[-1]
    assert (entry.action, entry.entity) == (Action.EXPORT.value, "handling_plan")
    assert HandlingPlanDocument().recipient == INTERNAL
    assert HandlingPlanDocument().default_name() == "informationshanteringsplan.pdf"


def test_retention_is_a_setting_from_1_to_30_years(new_register: NewRegister) -> None:
    register = new_register.register
    assert load_settings(register).retention_years == 5
    save_settings(register, UnitSettings(unit_name="Chansen", retention_years=10))
    assert load_settings(register).retention_years == 10
    for wrong in (0, 31):
        with pytest.raises(Exception, match="between 1 and 30 years") as caught:
            save_settings(register, UnitSettings(unit_name="Chansen", retention_years=wrong))
        assert getattr(caught.value, "field", "") == "retention_years"


# ----------------------------------------------------------------------- the command line


def test_people_are_found_by_their_number_or_id(casebook: Casebook) -> None:
    register = casebook.register
    assert find_person(register, "2026-001") == casebook.asa
    assert find_person(register, f" {casebook.bo} ") == casebook.bo
    with pytest.raises(PersonNotFound):
        find_person(register, "2025-999")
    assert newest_consent(register, casebook.asa) == casebook.consent_id


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_command_line_writes_each_document(
    new_register: NewRegister,
    casebook: Casebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    casebook.register.close()
    base = ["--lang", "en", "export"]
    common = ["--register", str(new_register.path), "--user", ADMIN, "--password-stdin"]
    form = tmp_path / "samtycke.pdf"
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "consent-form",
        *common,
        "--participant",
        "2026-001",
        "--out",
        str(form),
    )
    assert code == 0, out
    assert "data about 1 people" in out
    assert "Att komma ut i arbete genom Chansen" in flat(pdf_text(form))  # the newest consent
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "consent-form",
        *common,
        "--blank",
        "--out",
        str(tmp_path / "blank.pdf"),
    )
    assert code == 0, out
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "register-extract",
        *common,
        "--participant",
        "2026-001",
        "--out",
        str(tmp_path / "utdrag.pdf"),
    )
    assert code == 0, out
    assert "Åsa Öberg" in pdf_text(tmp_path / "utdrag.pdf")
    code, out = cli(
        monkeypatch, capsys, *base, "handling-plan", *common, "--out", str(tmp_path / "plan.pdf")
    )
    assert code == 0, out
    # Missing or contradictory arguments are the user's to fix, said in words.
    code, out = cli(monkeypatch, capsys, *base, "register-extract", *common, "--out", "x.pdf")
    assert code == 1 and "--participant" in out
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "consent-form",
        *common,
        "--blank",
        "--participant",
        "2026-001",
        "--out",
        "x.pdf",
    )
    assert code == 1 and "blank form" in out
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "register-extract",
        *common,
        "--participant",
        "2031-404",
        "--out",
        "x.pdf",
    )
    assert code == 1 and "2031-404" in out
    code, out = cli(
        monkeypatch,
        capsys,
        *base,
        "register-extract",
        *common,
        "--participant",
        "2026-001",
        "--out",
        str(new_register.path),
    )
    assert code == 1 and "never writes a document there" in out

"""The weekly ambassador summaries through the export door, in a real register: one file per
ambassador named without personal names, one combined file to print, the gate deciding who is
named, a disclosure-log line per person and ambassador, what was sent kept, and a sent week made
again showing what changed since."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.ambassadors import Ambassador, IsoWeek, LineKind
from desktop.core.consent import INFORMATION_SHARING, Consent, Withdrawal, WithdrawalMethod
from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.errors import Cancelled
from desktop.core.path import EventKind, PathEvent
from desktop.core.progress import Progress
from desktop.core.records import Goal, LifeArea, Need, Person, Responsible
from desktop.core.settings import UnitSettings
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import save_settings
from desktop.services.ambassador_documents import (
    NoAmbassadors,
    NoteRefused,
    make_drafts,
    send_week,
)
from desktop.services.exports import ExportRefused
from tests.conftest import NewRegister

WEEK = IsoWeek(2026, 47)
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)  # Tuesday of the week after
TODAY = date(2026, 11, 24)
PERSONNUMMER = {
    "Åsa": "19900101-0017",
    "Bo": "19850505-0024",
    "Carola": "19920202-0039",
    "David": "19880808-0041",
    "Erik": "19950315-0055",
}


def enrolled(start: date, *more: PathEvent) -> list[PathEvent]:
    before = start - timedelta(days=20)
    return [
        PathEvent(EventKind.REFERRAL, before, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, before),
        PathEvent(EventKind.SECURITY_RESULT, before, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, before),
        PathEvent(EventKind.DECISION, before, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
        *more,
    ]


def sharing(person_id: int, units: set[str], categories: set[str], **changes: object) -> Consent:
    values: dict[str, object] = {
        "given_on": date(2026, 11, 1),
        "valid_until": date(2027, 10, 31),
        **changes,
    }
    return Consent(
        person_id,
        INFORMATION_SHARING,
        frozenset(units),
        frozenset(categories),
        purpose="Etablering på arbetsmarknaden",
        **values,  # type: ignore[arg-type]
    )


@dataclass
class Week:
    register: Register
    ids: dict[str, int]  # first name -> person id
    ambassadors: dict[str, Ambassador]  # first name -> ambassador


def make_week(register: Register) -> Week:
    """Five participants of week 47 and four ambassadors:

    - Åsa: enrolled in the week; needs housing and income; a goal for IFO; consent for IFO and
      Försörjningsenheten covering the action plan and drug tests; two tests in the week;
    - Bo: changed to phase 2 in the week; consent for AF only;
    - Carola: consent for IFO that expired before the week;
    - David: consent for IFO withdrawn the day before sending;
    - Erik: needs housing; consent for IFO covering the action plan, not drug tests; a test in
      the week.
    """
    register._clock = lambda: NOW
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    people = ParticipantRepository(register)
    september = date(2026, 9, 1)
    created = people.create_many(
        [
            (
                Person(
                    "Åsa",
                    "Öberg",
                    PERSONNUMMER["Åsa"],
                    needs=frozenset({Need.HOUSING, Need.INCOME}),
                ),
                enrolled(date(2026, 11, 18)),
            ),
            (
                Person("Bo", "Berg", PERSONNUMMER["Bo"]),
                enrolled(
                    september,
                    PathEvent(EventKind.PHASE_CHANGE, date(2026, 11, 19), {"phase": "phase_2"}),
                ),
            ),
            (Person("Carola", "Ceder", PERSONNUMMER["Carola"]), enrolled(september)),
            (Person("David", "Dahl", PERSONNUMMER["David"]), enrolled(september)),
            (
                Person("Erik", "Ek", PERSONNUMMER["Erik"], needs=frozenset({Need.HOUSING})),
                enrolled(september),
            ),
        ],
        today=TODAY,
    )
    ids = {p.first_name: p.id or 0 for p in created}
    people.save_goal(
        ids["Åsa"],
        Goal(
            LifeArea.HOUSING,
            "Ansöka om bostad med förtur",
            Responsible.PARTNER,
            "IFO Borås stad",
            date(2026, 12, 15),
        ),
    )
    consents = ConsentRepository(register)
    consents.add(sharing(ids["Åsa"], {"ifo", "income_support"}, {"action_plan", "drug_tests"}))
    consents.add(sharing(ids["Bo"], {"af"}, {"action_plan", "osa"}))
    consents.add(
        sharing(
            ids["Carola"],
            {"ifo"},
            {"action_plan"},
            given_on=date(2025, 11, 1),
            valid_until=date(2026, 10, 31),
        )
    )
    withdrawn = consents.add(sharing(ids["David"], {"ifo"}, {"action_plan"}))
    consents.withdraw(withdrawn.id or 0, Withdrawal(date(2026, 11, 23), WithdrawalMethod.PHONE))
    consents.add(sharing(ids["Erik"], {"ifo"}, {"action_plan"}))
    tests = DrugTestRepository(register)
    for person, day, outcome, positive in (
        ("Åsa", 17, Outcome.RESULT, True),
        ("Åsa", 19, Outcome.NO_SHOW, False),
        ("Erik", 18, Outcome.RESULT, False),
    ):
        tests.add_result(
            TestResult(
                ids[person],
                datetime(2026, 11, day, 9, 30),
                Method.URINE,
                outcome,
                values=(SubstanceValue(Substance.CANNABIS, positive, 40.0 if positive else None),)
                if outcome is Outcome.RESULT
                else (),
            )
        )
    store = AmbassadorRepository(register)
    ambassadors = {
        a.name.split()[0]: store.save(a)
        for a in (
            Ambassador("Karin Ek", "ifo", "033-35 70 00", "karin.ek@boras.se"),
            Ambassador("Per Holm", "income_support"),
            Ambassador("Omar Said", "af"),
            Ambassador("Lena Ask", "ifo"),
        )
    }
    return Week(register, ids, ambassadors)


@pytest.fixture
def week(new_register: NewRegister) -> Week:
    return make_week(new_register.register)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "veckobrev"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_one_file_per_ambassador_and_one_to_print_named_without_names(
    week: Week, out: Path
) -> None:
    result = send_week(week.register, WEEK, out)
    assert sorted(p.name for p in out.iterdir()) == [
        "veckosammanfattning-2026-W47-af-1.pdf",
        "veckosammanfattning-2026-W47-ifo-1.pdf",
        "veckosammanfattning-2026-W47-ifo-2.pdf",
        "veckosammanfattning-2026-W47-income-support-1.pdf",
        "veckosammanfattningar-2026-W47-utskrift.pdf",
    ]
    assert result.combined.path.name == "veckosammanfattningar-2026-W47-utskrift.pdf"
    ifo = pdf_text(out / "veckosammanfattning-2026-W47-ifo-1.pdf")
    for expected in (
        "Weekly summary 2026-W47",
        "To: Karin Ek, Social services (IFO)",
        "From: Chansen, Anna Andersson",
        "Åsa Öberg",
        "Enrolled in the programme",
        "Ansöka om bostad med förtur",
        "Needs support with: housing",
        "Drug tests this week: 2 taken, 1 positive, 1 not given (no-show)",
        "Erik Ek",
        "Page 1 of 1",
    ):
        assert expected in ifo, expected
    # Carola's consent expired, David's was withdrawn, Bo's covers AF only: counted, not named.
    for absent in ("Carola", "Ceder", "David", "Dahl", "Bo Berg", "Needs support with: income"):
        assert absent not in ifo
    assert "3 of the week's 5 participants are not named here" in ifo
    assert "1 changed phase" in ifo
    # Erik's consent does not cover drug tests: his test this week is not told.
    # People are in order of last name: Ek, then Öberg.
    erik = ifo[ifo.index("Erik Ek") : ifo.index("Åsa Öberg")]
    assert "Needs support with: housing" in erik and "Drug tests" not in erik
    af = pdf_text(out / "veckosammanfattning-2026-W47-af-1.pdf")
    assert "Bo Berg" in af and "New phase: Phase 2" in af and "Åsa" not in af
    income = pdf_text(out / "veckosammanfattning-2026-W47-income-support-1.pdf")
    assert "Needs support with: income" in income and "housing" not in income


def test_no_file_holds_a_personnummer(week: Week, out: Path) -> None:
    send_week(week.register, WEEK, out)
    for path in out.iterdir():
        text = pdf_text(path).replace(" ", "")
        for number in PERSONNUMMER.values():
            assert number not in text and number.replace("-", "") not in text
            assert number[2:] not in text and number[2:].replace("-", "") not in text


def test_the_disclosure_log_has_a_line_per_person_per_ambassador_sent(
    week: Week, out: Path
) -> None:
    result = send_week(week.register, WEEK, out)
    log = ConsentRepository(week.register).disclosures()
    sent = [d for d in log if d.document == "ambassador_summary"]
    ids = week.ids
    assert sorted((d.recipient, d.person_id) for d in sent) == sorted(
        [
            ("ifo", ids["Åsa"]),  # Karin
            ("ifo", ids["Erik"]),
            ("ifo", ids["Åsa"]),  # Lena, the unit's second ambassador
            ("ifo", ids["Erik"]),
            ("income_support", ids["Åsa"]),
            ("af", ids["Bo"]),
        ]
    )
    asa_ifo = [d for d in sent if d.person_id == ids["Åsa"] and d.recipient == "ifo"]
    assert {d.categories for d in asa_ifo} == {frozenset({"action_plan", "drug_tests"})}
    assert all(d.on == TODAY and d.by == "anna" for d in sent)
    assert result.disclosures == 6
    # Each ambassador's file is its own audit entry, and so is the combined file.
    audit = [
        (e.action, e.entity, e.entity_id)
        for e in week.register.audit_entries()
        if e.entity in ("ambassador_summary", "ambassador_summaries") and e.action == "export"
    ]
    karin = week.ambassadors["Karin"].id
    assert ("export", "ambassador_summary", f"2026-W47:{karin}") in audit
    assert ("export", "ambassador_summaries", "2026-W47") in audit
    # The combined printout stays in the unit until handed out: logged as internal.
    combined = [d for d in log if d.document == "ambassador_summaries"]
    assert {d.recipient for d in combined} == {"internal"}
    assert {d.person_id for d in combined} == {ids["Åsa"], ids["Bo"], ids["Erik"]}


def test_the_combined_file_numbers_each_ambassadors_pages_on_their_own(
    week: Week, out: Path
) -> None:
    result = send_week(week.register, WEEK, out)
    reader = PdfReader(io.BytesIO(result.combined.path.read_bytes()))
    assert len(reader.pages) == 4
    pages = [p.extract_text() for p in reader.pages]
    assert all("Page 1 of 1" in page for page in pages)
    assert [
        next(n for n in ("Karin", "Per", "Omar", "Lena") if f"To: {n}" in p) for p in pages
    ] == [
        "Omar",
        "Karin",
        "Lena",
        "Per",
    ]


def test_what_was_sent_is_kept_and_a_sent_week_shows_what_changed(week: Week, out: Path) -> None:
    karin = week.ambassadors["Karin"].id or 0
    send_week(week.register, WEEK, out, {karin: "Nästa arbetsgruppsmöte: 10 december."})
    store = AmbassadorRepository(week.register)
    kept = store.last_sent(WEEK)
    assert set(kept) == {a.id for a in week.ambassadors.values()}
    record = kept[karin]
    assert (record.week, record.unit, record.sent_by, record.sent_at) == (
        WEEK,
        "ifo",
        "anna",
        NOW,
    )
    assert record.file_name == "veckosammanfattning-2026-W47-ifo-1.pdf"
    assert len(record.content_hash) == 64 and len(record.file_sha256) == 64
    assert record.content["note"] == "Nästa arbetsgruppsmöte: 10 december."
    assert store.sent_weeks() == [WEEK]

    # Made again with the same line: nothing has changed.
    same = make_drafts(week.register, WEEK, {karin: "Nästa arbetsgruppsmöte: 10 december."})
    draft = same.draft(karin)
    assert draft is not None and draft.changes is not None and draft.changes.none
    # Bo gives IFO consent the next day: Karin's draft of the same week now names him.
    week.register._clock = lambda: NOW + timedelta(days=1)
    ConsentRepository(week.register).add(
        sharing(week.ids["Bo"], {"ifo"}, {"action_plan"}, given_on=date(2026, 11, 25))
    )
    again = make_drafts(week.register, WEEK, {karin: "Nästa arbetsgruppsmöte: 10 december."})
    draft = again.draft(karin)
    assert draft is not None and draft.changes is not None
    assert [(who, line.kind) for who, line in draft.changes.added] == [
        ("Bo Berg (2026-002)", LineKind.PHASE_CHANGE)
    ]
    assert draft.changes.others_changed and not draft.changes.note_changed
    # Sending it again keeps both records; the latest is the one compared with.
    send_week(week.register, WEEK, out, {karin: "Nästa arbetsgruppsmöte: 10 december."})
    assert len([s for s in store.sent(WEEK) if s.ambassador_id == karin]) == 2
    assert (
        make_drafts(week.register, WEEK, {karin: "Nästa arbetsgruppsmöte: 10 december."})
        .draft(karin)
        .changes.none
    )  # type: ignore[union-attr]


def test_a_line_that_names_someone_not_covered_stops_the_sending_before_any_file(
    week: Week, out: Path
) -> None:
    karin = week.ambassadors["Karin"].id or 0
    with pytest.raises(NoteRefused) as raised:
        send_week(week.register, WEEK, out, {karin: "Carola Ceder har fått jobb."})
    assert raised.value.ambassador_id == karin
    assert list(out.iterdir()) == []
    assert ConsentRepository(week.register).disclosures() == []
    drafts = make_drafts(week.register, WEEK)
    with pytest.raises(Exception, match="personnummer"):
        drafts.with_note(karin, "Gäller 900101-0017")


def test_cancel_stops_at_the_next_file_and_what_was_written_stays_recorded(
    week: Week, out: Path
) -> None:
    progress = Progress()
    seen: list[tuple[int, int, str]] = []

    def report(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))
        if done == 3:  # two ambassadors' files written
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled):
        send_week(week.register, WEEK, out, progress=progress)
    assert len(list(out.iterdir())) == 2
    assert len(AmbassadorRepository(week.register).sent(WEEK)) == 2
    assert seen[0][:2] == (0, 6)


def test_drafts_are_what_sending_would_make_and_viewing_them_is_logged(
    week: Week, out: Path
) -> None:
    drafts = make_drafts(week.register, WEEK)
    assert [d.ambassador.name for d in drafts.drafts] == [
        "Omar Said",
        "Karin Ek",
        "Lena Ask",
        "Per Holm",
    ]
    assert all(d.sent is None and d.changes is None for d in drafts.drafts)
    entry = list(week.register.audit_entries())[-1]
    assert (entry.action, entry.entity, entry.entity_id) == (
        "view",
        "ambassador_summary",
        "2026-W47",
    )
    result = send_week(week.register, WEEK, out)
    for draft, sent in zip(drafts.drafts, result.sent, strict=True):
        assert draft.summary.content() == sent.content
        assert draft.summary.content_hash() == sent.content_hash


def test_nothing_to_send_without_ambassadors_or_a_folder(
    new_register: NewRegister, tmp_path: Path
) -> None:
    register = new_register.register
    with pytest.raises(NoAmbassadors):
        send_week(register, WEEK, tmp_path)
    AmbassadorRepository(register).save(Ambassador("Karin Ek", "ifo"))
    with pytest.raises(ExportRefused):
        send_week(register, WEEK, tmp_path / "finns-inte")


def test_the_combined_file_refuses_a_part_the_gate_does_not_allow(week: Week, out: Path) -> None:
    from desktop.services.ambassador_documents import CombinedSummariesDocument
    from desktop.services.exports import GateViolation, run_export

    drafts = make_drafts(week.register, WEEK)
    karin = drafts.draft(week.ambassadors["Karin"].id or 0)
    omar = drafts.draft(week.ambassadors["Omar"].id or 0)
    assert karin is not None and omar is not None
    # Karin's part addressed to AF instead: Åsa's consent does not cover AF.
    wrong = replace(karin.summary, ambassador=omar.ambassador)
    document = CombinedSummariesDocument(WEEK, [omar.summary, wrong], unit_name="Chansen")
    with pytest.raises(GateViolation):
        run_export(week.register, document, out / document.default_name())
    assert list(out.iterdir()) == []

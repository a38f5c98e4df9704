"""Erasing records at the end of their retention period: past figures unchanged, the audit chain
intact, nothing identifying left (not in any column, not in the decrypted pages), and nothing
erased by a staff member, without a confirmed count, or for someone no longer due."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.consent import Disclosure
from desktop.core.errors import NotPermitted
from desktop.core.path import EventKind, PathEvent, Status
from desktop.core.progress import Cancelled, Progress
from desktop.core.records import Note, NoteCategory
from desktop.core.steering import parse_period
from desktop.db.consent import ConsentRepository, record_disclosures
from desktop.db.keyslots import KdfParams
from desktop.db.participants import ParticipantRepository, SearchFilter
from desktop.db.register import Register
from desktop.db.retention import NotConfirmed, NotDue, RetentionRepository, person_tables
from desktop.demo import build_demo
from desktop.services.steering import compute
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.services.conftest import Casebook, build_casebook

LATER = datetime(2032, 6, 1, 9, 0, tzinfo=UTC)  # more than five years after the casebook

# Åsa's own words and numbers in the casebook: none may survive her erasure.
ASA_TRACES = (
    "Åsa",
    "Öberg",
    "199001012393",
    "9001012393",
    "19900101-2393",
    "070-123 45 67",
    "Åsas samtal",
    "SUM(A1)",
    "telefonsamtal",
    "Karin Handläggare",
    "Eget förstahandskontrakt",
    "Bättre sömn",
    "ASA-001",
    "Fel värde inskrivet",
    "Trivs bra",
    "samtycke-skannat",
    "fake scan",
    "Ringde",
    "Fel person",
    "Att komma ut i arbete",
    "Fick jobb via morbror Nils",
    "Hyreskontraktet klart hos Wallenstam",
)


@pytest.fixture
def casebook(new_register: NewRegister) -> Casebook:
    book = build_casebook(new_register.register)
    ParticipantRepository(book.register).add_event(
        book.asa,
        PathEvent(
            EventKind.DISCHARGE,
            date(2026, 11, 23),
            {"outcome": "private_job", "comment": "Fick jobb via morbror Nils"},
        ),
    )
    with book.register.write() as tx:  # a follow-up's text (schema v11), written as signed
        tx.execute(
            "INSERT INTO goal_follow_up_texts (follow_up_id, person_id, text, written_by, "
            "written_at) SELECT f.id, g.person_id, ?, 'anna', '2026-11-20T10:00:00Z' "
            "FROM goal_follow_ups f JOIN goals g ON g.id = f.goal_id WHERE g.person_id = ?",
            ("Hyreskontraktet klart hos Wallenstam", book.asa),
        )
        tx.audit(Action.CREATE, "goal_follow_up_text", 1)
    with book.register.write() as tx:  # a progress sheet sent to AF: a disclosure-log line
        seq = tx.audit(Action.EXPORT, "progress_sheet", book.asa)
        record_disclosures(
            tx,
            seq,
            [
                Disclosure(
                    book.asa,
                    "af",
                    frozenset({"action_plan"}),
                    "progress_sheet",
                    date(2026, 11, 23),
                    "anna",
                    book.register.now(),
                )
            ],
        )
    book.register._clock = lambda: LATER
    return book


def _text_everywhere(register: Register) -> str:
    """Every text and blob value in every table, the audit log included, as one string."""
    found = []
    with register.read() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        found.append(value)
                    elif isinstance(value, bytes):
                        found.append(value.decode("utf-8", "replace"))
    return "\n".join(found)


def _decrypted_pages(path: Path, key: bytes, page_size: int = 4096) -> bytes:
    """The register file's pages decrypted by hand (SQLCipher 4: AES-256-CBC per page, the IV
    in the 80 reserved bytes at its end, the salt in the first 16 bytes of page 1): what is
    stored on disk, free pages and leftover bytes in used pages included."""
    raw = path.read_bytes()
    reserve = 80
    pages = []
    for n in range(len(raw) // page_size):
        page = raw[n * page_size : (n + 1) * page_size]
        start = 16 if n == 0 else 0
        iv = page[page_size - reserve : page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : page_size - reserve]) + decryptor.finalize())
    return b"".join(pages)


def test_due_people_are_reviewed_with_what_would_go(casebook: Casebook) -> None:
    review = RetentionRepository(casebook.register).review()
    assert [r.person_id for r in review] == [casebook.asa]  # Bo is still enrolled
    asa = review[0]
    assert asa.name == "Åsa Öberg" and asa.personnummer == "19900101-2393"
    assert asa.last_entry == date(2026, 11, 23) and asa.due_on == date(2031, 11, 24)
    assert asa.removal.deleted["notes"] == 5
    assert asa.removal.deleted["consents"] == 3
    assert asa.removal.deleted["consent_attachments"] == 1
    assert asa.removal.deleted["disclosures"] == 1
    assert asa.removal.deleted["goal_follow_up_texts"] == 1
    assert asa.removal.kept == {"path_events": 10, "test_results": 3, "placements": 1}
    # A day earlier nobody is due.
    assert RetentionRepository(casebook.register).review(date(2031, 11, 23)) == []


def test_a_later_entry_of_any_kind_postpones_deletion(casebook: Casebook) -> None:
    register = casebook.register
    register._clock = lambda: datetime(2028, 1, 10, 9, tzinfo=UTC)
    ParticipantRepository(register).add_note(
        casebook.asa, Note(date(2028, 1, 10), NoteCategory.PHONE, "Ringde och frågade om intyg")
    )
    register._clock = lambda: LATER
    assert RetentionRepository(register).review() == []


def test_erasing_keeps_past_figures_and_the_audit_chain(casebook: Casebook) -> None:
    register = casebook.register
    periods = [parse_period(p) for p in ("2026", "2026-Q4", "2026-11")]
    before = [compute(register, p)[0] for p in periods]
    audit_before = list(register.audit_entries())

    reviewed = RetentionRepository(register).review()[0].removal
    erased = RetentionRepository(register).erase([casebook.asa], confirmed_count=1)

    # What was deleted is what the review said would be.
    assert erased.entries[0].removal.to_json() == reviewed.to_json()
    assert [compute(register, p)[0] for p in periods] == before
    report = register.verify_audit_chain()
    assert report.intact
    checks = {c.name: c.ok for c in register.verify()}
    assert checks["integrity_check"] and checks["cipher_integrity_check"] and checks["audit_chain"]
    entries = list(register.audit_entries())
    assert entries[: len(audit_before)] == audit_before  # not one old entry touched
    assert (Action.ERASE.value, "person", str(casebook.asa)) in {
        (e.action, e.entity, e.entity_id) for e in entries
    }
    assert (Action.ERASE.value, "erasure_list", str(erased.id)) in {
        (e.action, e.entity, e.entity_id) for e in entries
    }
    # The audit log's id for her now leads to the pseudonym, and only to it.
    entry = erased.entries[0]
    person = ParticipantRepository(register).get(casebook.asa)
    assert person.name == f"Raderad person {entry.pseudonym}"
    assert person.internal_no == entry.pseudonym
    assert person.personnummer is None and person.status is Status.DISCHARGED
    assert entry.internal_no == "2026-001"
    # No list or search shows the skeleton: it is there for the figures only.
    assert ParticipantRepository(register).search(SearchFilter(entry.pseudonym)) == []


def test_nothing_identifying_is_left_in_any_column_or_page(
    casebook: Casebook, register_path: Path
) -> None:
    register = casebook.register
    assert any(t in _text_everywhere(register) for t in ASA_TRACES)
    RetentionRepository(register).erase([casebook.asa], confirmed_count=1)

    text = _text_everywhere(register)
    assert [t for t in ASA_TRACES if t.casefold() in text.casefold()] == []
    assert "Bos hemliga anteckning" in text and "Berglund" in text  # Bo is untouched
    people = ParticipantRepository(register)
    assert people.search(SearchFilter("Åsa")) == []
    assert people.search(SearchFilter("199001012393")) == []
    assert people.notes(casebook.asa) == []
    assert ConsentRepository(register).disclosures(casebook.asa) == []
    assert ConsentRepository(register).consents(casebook.asa) == []

    with register.read() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    key = bytes(register._key)
    register.close()
    wal = register_path.with_name(register_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    pages = _decrypted_pages(register_path, key)
    assert b"Bos hemliga anteckning" in pages  # the decryption reads real content
    left = [t for t in ASA_TRACES if t.encode("utf-8") in pages]
    assert left == []


def test_the_skeleton_keeps_codes_and_dates_without_free_text(casebook: Casebook) -> None:
    register = casebook.register
    people = ParticipantRepository(register)
    before = people.events(casebook.asa)
    RetentionRepository(register).erase([casebook.asa], confirmed_count=1)
    after = people.events(casebook.asa)
    assert [(e.kind, e.on) for e in after] == [(e.kind, e.on) for e in before]
    referral = after[0].data
    assert referral == {"referrer_type": "probation"}
    assert after[-1].data == {"outcome": "private_job"}
    assert people.path(casebook.asa) == people.path(casebook.asa)  # still replays


def test_a_staff_member_cannot_review_or_erase(new_register: NewRegister) -> None:
    register = new_register.register
    book = build_casebook(register)
    register.add_user("olle", "Olle Personal", Role.STAFF, "grön-gurka-2026", must_change=False)
    register.close()
    staff = Register.open(new_register.path, "olle", "grön-gurka-2026", kdf=CHEAP)
    try:
        staff._clock = lambda: LATER
        retention = RetentionRepository(staff)
        with pytest.raises(NotPermitted):
            retention.review()
        with pytest.raises(NotPermitted):
            retention.erase([book.asa], confirmed_count=1)
        assert ParticipantRepository(staff).get(book.asa).name == "Åsa Öberg"
    finally:
        staff.close()
        new_register.register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_nothing_is_erased_without_the_confirmed_count(casebook: Casebook) -> None:
    register = casebook.register
    retention = RetentionRepository(register)
    seq = len(list(register.audit_entries()))
    for count in (0, 2):
        with pytest.raises(NotConfirmed):
            retention.erase([casebook.asa], confirmed_count=count)
    with pytest.raises(NotConfirmed):
        retention.erase([], confirmed_count=0)
    assert ParticipantRepository(register).get(casebook.asa).name == "Åsa Öberg"
    assert len(list(register.audit_entries())) == seq


def test_cancelling_before_the_commit_erases_no_one(casebook: Casebook) -> None:
    register = casebook.register
    entries = len(list(register.audit_entries()))
    progress = Progress(lambda done, total, text: progress.cancel())
    with pytest.raises(Cancelled):
        RetentionRepository(register).erase([casebook.asa], confirmed_count=1, progress=progress)
    assert ParticipantRepository(register).get(casebook.asa).name == "Åsa Öberg"
    assert len(ParticipantRepository(register).notes(casebook.asa)) == 5
    assert len(list(register.audit_entries())) == entries
    assert RetentionRepository(register).erasure_lists() == []


def test_a_list_with_someone_not_due_erases_no_one(casebook: Casebook) -> None:
    register = casebook.register
    with pytest.raises(NotDue):
        RetentionRepository(register).erase([casebook.asa, casebook.bo], confirmed_count=2)
    people = ParticipantRepository(register)
    assert people.get(casebook.asa).name == "Åsa Öberg"
    assert len(people.notes(casebook.asa)) == 5
    # Erased once, she is not due again.
    RetentionRepository(register).erase([casebook.asa], confirmed_count=1)
    assert RetentionRepository(register).review() == []
    with pytest.raises(NotDue):
        RetentionRepository(register).erase([casebook.asa], confirmed_count=1)


def test_the_append_only_rules_hold_outside_an_erasure(casebook: Casebook) -> None:
    register = casebook.register
    statements = [
        ("DELETE FROM notes WHERE person_id = ?", (casebook.asa,)),
        ("UPDATE path_events SET data = '{}' WHERE person_id = ?", (casebook.asa,)),
        ("UPDATE test_results SET comment = '' WHERE person_id = ?", (casebook.asa,)),
        ("DELETE FROM consents WHERE person_id = ?", (casebook.asa,)),
        ("DELETE FROM consent_withdrawals", ()),
    ]
    for sql, params in statements:
        with pytest.raises(Exception, match=r"never|append-only"), register.write() as tx:
            tx.execute(sql, params)
            tx.audit(Action.UPDATE)
    # Even while erasing, a step's date or a result's values cannot change.
    with pytest.raises(Exception, match="never changed"), register.write() as tx:
        tx.execute("INSERT INTO retention_erasing (person_id) VALUES (?)", (casebook.asa,))
        tx.execute(
            "UPDATE path_events SET on_date = '2020-01-01' WHERE person_id = ?", (casebook.asa,)
        )
        tx.audit(Action.UPDATE)


def test_every_table_holding_a_person_is_deleted_or_kept_on_purpose(casebook: Casebook) -> None:
    """A table added later with a person_id is deleted with the record unless it is made part
    of the skeleton: this lists what there is now, so a new one is a conscious choice."""
    with casebook.register.read() as conn:
        tables = set(person_tables(conn))
    expected = {
        "path_events", "test_results", "placements",  # the skeleton
        "notes", "contacts", "goals", "capital_checkins", "test_schedules", "af_codings",
        "consents", "disclosures",
    }  # fmt: skip
    assert expected <= tables
    # To-do items marked handled (schema v10) and follow-up texts (v11): free text, deleted.
    assert tables - expected <= {"todo_handled", "goal_follow_up_texts"}


def test_a_sent_summary_keeps_the_week_without_the_erased_person(casebook: Casebook) -> None:
    register = casebook.register
    content = {
        "week": "2026-W47",
        "ambassador": 1,
        "unit": "af",
        "people": [
            {"person_id": casebook.asa, "name": "Åsa Öberg", "internal_no": "2026-001",
             "lines": [{"kind": "note", "params": {}}]},
            {"person_id": casebook.bo, "name": "Bo Berglund", "internal_no": "2026-002",
             "lines": []},
        ],
        "others": {"people": 0, "events": {}},
        "participants": 2,
        "note": "Åsa och Bo var på studiebesök.",
    }  # fmt: skip
    with register.write() as tx:
        tx.execute(
            "INSERT INTO ambassadors (name, unit, created_at, updated_at) "
            "VALUES ('Karin', 'af', 'x', 'x')"
        )
        tx.execute(
            "INSERT INTO ambassador_summaries (week, ambassador_id, unit, sent_at, sent_by, "
            "content_hash, content, file_name, file_sha256, audit_seq) "
            "VALUES ('2026-W47', 1, 'af', 'x', 'anna', 'h', ?, 'f.pdf', 'h', 1)",
            (json.dumps(content, ensure_ascii=False),),
        )
        tx.audit(Action.CREATE, "ambassador_summary", 1)
    review = RetentionRepository(register).review()
    assert review[0].removal.deleted["ambassador_summaries"] == 1
    erased = RetentionRepository(register).erase([casebook.asa], confirmed_count=1)
    with register.read() as conn:
        kept = json.loads(conn.execute("SELECT content FROM ambassador_summaries").fetchone()[0])
    pseudonym = erased.entries[0].pseudonym
    assert kept["people"][0]["name"] == f"Raderad person {pseudonym}"
    assert kept["people"][0]["lines"] == []
    assert kept["people"][1]["name"] == "Bo Berglund"
    assert kept["note"] == f"{pseudonym} och Bo var på studiebesök."


# ------------------------------------------------------------------ the demo register, at scale


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    register = build_demo(
        tmp_path_factory.mktemp("demo") / "demo.fardvag",
        "vinter-äpple-77",
        today=date(2026, 3, 16),
        kdf=KdfParams.cheap(),
    )
    # The demo's rows are recorded at the real time it is built: six years after that.
    later = datetime.now(UTC) + timedelta(days=6 * 366)
    register._clock = lambda: later
    yield register
    register.close()


def test_erasing_everyone_due_in_the_demo_keeps_every_past_figure(demo: Register) -> None:
    """Two years of a unit's work: everyone off the path is due six years on (but for the
    research sample), and the steering figures of every past period come out the same."""
    retention = RetentionRepository(demo)
    review = retention.review()
    off_path = [
        p for p in ParticipantRepository(demo).people().values()
        if p.status in (Status.DISCHARGED, Status.NOT_ENROLLED)
    ]  # fmt: skip
    sample = [p for p in off_path if p.birth_date and p.birth_date.day in (5, 15, 25)]
    assert len(review) == len(off_path) - len(sample) > 10
    assert retention.kept_for_research() == len(sample)

    periods = [parse_period(p) for p in ("2024", "2025", "2025-H1", "2025-Q4", "2026-02")]
    before = [compute(demo, p)[0] for p in periods]
    erased = retention.erase([r.person_id for r in review], confirmed_count=len(review))

    assert len(erased.entries) == len(review)
    said = {r.person_id: r.removal.to_json() for r in review}
    assert {e.person_id: e.removal.to_json() for e in erased.entries} == said
    assert [compute(demo, p)[0] for p in periods] == before
    assert demo.verify_audit_chain().intact
    text = _text_everywhere(demo)
    for record in review:
        assert record.name not in text
        assert record.personnummer.replace("-", "") not in text
    assert retention.review() == []

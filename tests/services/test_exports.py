"""The one export door: the gate decides what a document may hold, the file lands whole or not
at all, never on the register's files, and every export is in the audit and disclosure logs."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.consent import INFORMATION_SHARING, Consent
from desktop.core.errors import Cancelled
from desktop.core.path import EventKind, PathEvent
from desktop.core.progress import Progress
from desktop.core.records import Person
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.services import exports
from desktop.services.exports import (
    Document,
    ExportRefused,
    ExportSource,
    GateViolation,
    Included,
    Rendered,
    run_export,
)
from tests.conftest import CHEAP, NewRegister

TODAY = date(2026, 11, 23)
CATEGORIES = frozenset({"action_plan", "drug_tests"})


class Summary(Document):
    """A stand-in for an ambassador summary: one line per person the gate lets through."""

    kind = "summary"
    suffix = ".pdf"

    def __init__(self, recipient: str, people: list[int], *, cheat: bool = False) -> None:
        self.recipient = recipient
        self.people = people
        self.cheat = cheat
        self.progress_seen: list[tuple[int, int]] = []

    def subject(self) -> str:
        return "2026-W47"

    def default_name(self) -> str:
        return "sammanfattning-2026-W47.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        included = []
        for n, person_id in enumerate(self.people, start=1):
            progress.check()
            allowed = CATEGORIES if self.cheat else source.permitted(person_id, CATEGORIES)
            if allowed:
                included.append(Included(person_id, frozenset(allowed)))
            progress.report(n, len(self.people))
        body = ",".join(f"{i.person_id}:{sorted(i.categories)}" for i in included)
        return Rendered(b"%PDF-1.4\n" + body.encode(), tuple(included))


def enrolled_path(start: date) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    register = new_register.register
    register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    start = TODAY - timedelta(days=100)
    people = ParticipantRepository(register).create_many(
        [
            (Person("Åsa", "Öberg"), enrolled_path(start)),
            (Person("Bo", "Berg"), enrolled_path(start)),
        ],
        today=TODAY,
    )
    ConsentRepository(register).add(
        Consent(
            people[0].id or 0,
            INFORMATION_SHARING,
            frozenset({"ifo"}),
            frozenset({"action_plan"}),
            TODAY - timedelta(days=5),
            TODAY + timedelta(days=300),
            purpose="Etablering på arbetsmarknaden",
        )
    )
    return register


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the documents (the register sits in tmp_path)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def ids(register: Register) -> list[int]:
    return sorted(ParticipantRepository(register).people())


def test_the_gate_decides_who_and_what_and_the_logs_say_so(register: Register, out: Path) -> None:
    asa, bo = ids(register)
    document = Summary("ifo", [asa, bo])
    result = run_export(register, document, out / "sammanfattning.pdf")
    assert result.path.read_bytes() == b"%PDF-1.4\n" + f"{asa}:['action_plan']".encode()
    assert result.people == 1
    entry = list(register.audit_entries())[-1]
    assert (entry.seq, entry.action, entry.entity, entry.entity_id) == (
        result.audit_seq,
        "export",
        "summary",
        "2026-W47",
    )
    (line,) = ConsentRepository(register).disclosures()
    assert (line.person_id, line.recipient, line.categories, line.document, line.on, line.by) == (
        asa,
        "ifo",
        frozenset({"action_plan"}),
        "summary",
        TODAY,
        "anna",
    )
    assert ConsentRepository(register).disclosures(bo) == []


def test_a_document_that_ignores_the_gate_is_stopped_before_anything_is_written(
    register: Register, out: Path
) -> None:
    asa, bo = ids(register)
    before = len(list(register.audit_entries()))
    with pytest.raises(GateViolation):
        run_export(register, Summary("ifo", [asa, bo], cheat=True), out / "x.pdf")
    assert list(out.iterdir()) == []
    assert len(list(register.audit_entries())) == before
    assert ConsentRepository(register).disclosures() == []


def test_internal_documents_need_no_consent_but_are_logged(register: Register, out: Path) -> None:
    asa, bo = ids(register)
    result = run_export(register, Summary("internal", [asa, bo]), out / "intern.pdf")
    assert result.people == 2
    assert {d.recipient for d in ConsentRepository(register).disclosures()} == {"internal"}


def test_progress_is_reported_and_cancel_stops_before_the_file(
    register: Register, tmp_path: Path
) -> None:
    asa, bo = ids(register)
    seen: list[tuple[int, int]] = []
    run_export(
        register,
        Summary("internal", [asa, bo]),
        tmp_path / "a.pdf",
        progress=Progress(lambda done, total, _text: seen.append((done, total))),
    )
    assert seen == [(1, 2), (2, 2)]
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        run_export(register, Summary("internal", [asa, bo]), tmp_path / "b.pdf", progress=progress)
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize(
    "name",
    [
        "enhet.fardvag",  # the register itself
        "enhet.fardvag.keys",
        "enhet.fardvag.keys.bak",
        "enhet.fardvag-wal",
        "enhet.fardvag.lock",
        "enhet.fardvag.before-v6-20261123",
        "annan.fardvag",  # another register
        "backup.FARDVAG.pdf",
    ],
)
def test_never_onto_a_register_or_its_files(
    register: Register, new_register: NewRegister, name: str
) -> None:
    folder = new_register.path.parent
    target = folder / name
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(ExportRefused) as raised:
        run_export(register, Summary("internal", ids(register)), target)
    assert "register" in raised.value.user_message()
    assert (target.read_bytes() if target.exists() else None) == before


def test_a_register_under_another_name_is_recognised(out: Path, register: Register) -> None:
    other, _ = Register.create(
        out / "kopia.db", username="bo", password="bos-lösen-2026", kdf=CHEAP
    )
    other.close()
    with pytest.raises(ExportRefused):
        run_export(register, Summary("internal", ids(register)), out / "kopia.db")


def test_refusals_say_what_to_do(register: Register, out: Path) -> None:
    people = ids(register)
    with pytest.raises(ExportRefused) as raised:
        run_export(register, Summary("internal", people), out)
    assert "folder" in raised.value.user_message()
    with pytest.raises(ExportRefused) as raised:
        run_export(register, Summary("internal", people), out / "saknas" / "x.pdf")
    assert "does not exist" in raised.value.user_message()
    with pytest.raises(ExportRefused) as raised:
        run_export(register, Summary("internal", people), out / "x.xlsx")
    assert ".pdf" in raised.value.user_message()
    with pytest.raises(ExportRefused):
        run_export(register, Summary("internal", people), out / ("x" * 250 + ".pdf"))
    assert list(out.glob("*.pdf")) == []
    written = run_export(register, Summary("internal", people), out / "lista")
    assert written.path == out / "lista.pdf"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk is full"),
        (errno.EROFS, "may not write"),
        (errno.EIO, "could not be written"),
    ],
)
def test_a_failing_disk_leaves_no_file_and_no_log(
    register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    real = exports.atomic_write

    def failing(path: Path, data: bytes, **kwargs: object) -> None:
        real(path, data[: len(data) // 2])  # half of it, then the disk gives up
        path.unlink()
        raise OSError(code, "simulated")

    monkeypatch.setattr(exports, "atomic_write", failing)
    before = len(list(register.audit_entries()))
    with pytest.raises(ExportRefused) as raised:
        run_export(register, Summary("internal", ids(register)), out / "x.pdf")
    assert words in raised.value.user_message()
    assert list(out.iterdir()) == []
    assert len(list(register.audit_entries())) == before


def test_if_the_log_cannot_be_written_the_file_is_taken_back(
    register: Register, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("simulated failure while logging")

    monkeypatch.setattr(exports, "record_disclosures", broken)
    with pytest.raises(RuntimeError):
        run_export(register, Summary("internal", ids(register)), out / "x.pdf")
    assert not (out / "x.pdf").exists()
    assert ConsentRepository(register).disclosures() == []


def test_an_existing_file_is_replaced_whole(register: Register, out: Path) -> None:
    target = out / "x.pdf"
    target.write_bytes(b"old" * 10_000)
    run_export(register, Summary("internal", ids(register)), target)
    assert target.read_bytes().startswith(b"%PDF-1.4\n")
    assert [p.name for p in out.iterdir()] == ["x.pdf"]

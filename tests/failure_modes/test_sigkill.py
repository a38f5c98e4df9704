"""SIGKILL in the middle of writing: a child process signing notes, or exporting a document,
is killed at a random moment again and again. Every note it confirmed is there word for word,
the register passes every check, and a document is whole or absent, never half written."""

from __future__ import annotations

import io
import random
import signal
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository
from desktop.services.exports import run_export
from desktop.services.progress_documents import ProgressSheetDocument, SheetOptions
from tests.conftest import ADMIN, NewRegister
from tests.failure_modes.child import note_text
from tests.failure_modes.conftest import finish, start_child
from tests.services.conftest import build_casebook

ROUNDS = 20

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def kill_after(child, seconds: float) -> list[str]:  # type: ignore[no-untyped-def]
    """What the child confirmed before it was killed `seconds` after it was ready."""
    assert child.stdout
    deadline = time.monotonic() + seconds
    confirmed: list[str] = []
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        confirmed.append(line.strip())
    child.send_signal(signal.SIGKILL)
    rest, errors = finish(child)
    assert child.returncode == -signal.SIGKILL, errors[-3000:]
    return confirmed + rest


def test_sigkill_while_signing_notes_loses_no_confirmed_note(new_register: NewRegister) -> None:
    people = ParticipantRepository(new_register.register)
    person = people.create_referral(
        Person("Åsa", "Öberg"),
        PathEvent(EventKind.REFERRAL, date(2026, 11, 2), {"referrer_type": "probation"}),
    )
    assert person.id is not None
    new_register.register.close()

    rng = random.Random(20261201)
    confirmed: set[int] = set()
    start = 1
    for round_no in range(ROUNDS):
        child = start_child("notes", str(new_register.path), ADMIN, str(person.id), str(start))
        confirmed.update(int(n) for n in kill_after(child, rng.uniform(0.02, 0.3)))
        # The kill may land between a COMMIT and its print: one note more than confirmed.
        start = max(confirmed | {start - 1}) + 2

        register = new_register.reopen()
        notes = ParticipantRepository(register).notes(person.id)
        by_number = {int(n.text.split(":")[0].split()[1]): n.text for n in notes}
        missing = confirmed - by_number.keys()
        assert not missing, sorted(missing)[:5]
        assert all(by_number[n] == note_text(n) for n in confirmed)  # word for word
        assert len(by_number.keys() - confirmed) <= round_no + 1
        checks = register.verify()
        assert all(check.ok for check in checks), checks
        register.close()
    assert len(confirmed) > ROUNDS  # the child really wrote in every round


def test_sigkill_during_an_export_leaves_the_document_whole_or_absent(
    new_register: NewRegister, tmp_path: Path
) -> None:
    book = build_casebook(new_register.register)
    new_register.register.close()
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "utvecklingsblad.pdf"

    rng = random.Random(20261202)
    for _ in range(ROUNDS // 4):  # the write itself is a short window: see the next test
        child = start_child("export", str(new_register.path), ADMIN, str(book.asa), str(target))
        kill_after(child, rng.uniform(0.0, 0.25))
        if target.exists():  # always a complete PDF: the reader is strict
            reader = PdfReader(io.BytesIO(target.read_bytes()), strict=True)
            assert "Åsa" in reader.pages[0].extract_text()
        assert {p.name for p in out.iterdir()} <= {target.name} | {
            p.name for p in out.glob(f".{target.name}.*.tmp")
        }

    register = new_register.reopen()
    assert all(check.ok for check in register.verify())


def test_the_half_file_of_a_killed_export_is_removed_by_the_next(
    new_register: NewRegister, tmp_path: Path
) -> None:
    """A kill between the temporary file's first byte and its rename (a window too short to hit
    reliably above) leaves that file behind, hidden, holding personal data: the next export to
    the same name removes it."""
    book = build_casebook(new_register.register)
    target = tmp_path / "utvecklingsblad.pdf"
    left = tmp_path / f".{target.name}.0badf00d.tmp"  # atomic_write's temporary name
    left.write_bytes("%PDF-1.4 half of Åsa's progress sheet".encode())
    other = tmp_path / ".annat.pdf.0badf00d.tmp"  # another document's: not ours to touch
    other.write_bytes(b"%PDF-1.4")
    run_export(
        new_register.register,
        ProgressSheetDocument(book.asa, SheetOptions(include_notes=True)),
        target,
    )
    assert not left.exists()
    assert other.exists()
    PdfReader(io.BytesIO(target.read_bytes()), strict=True)

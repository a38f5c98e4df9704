"""The deletion list for the archive, written through the export door after an erasure: read back
with pdftotext, it lists the pseudonym and the former number, and names no one."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.errors import NotPermitted
from desktop.core.path import EventKind, PathEvent
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.services import retention
from desktop.services.exports import ExportRefused
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.services.conftest import Casebook, build_casebook


@pytest.fixture
def erased(new_register: NewRegister) -> tuple[Casebook, int]:
    book = build_casebook(new_register.register)
    ParticipantRepository(book.register).add_event(
        book.asa, PathEvent(EventKind.DISCHARGE, date(2026, 11, 23), {"outcome": "studies"})
    )
    book.register._clock = lambda: datetime(2032, 6, 1, 9, tzinfo=UTC)
    due = retention.review(book.register)
    assert [d.person_id for d in due] == [book.asa]
    done = retention.erase(book.register, [book.asa], confirmed_count=1)
    return book, done.id


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_deletion_list_names_the_pseudonym_and_no_one(
    erased: tuple[Casebook, int], tmp_path: Path
) -> None:
    book, list_id = erased
    register = book.register
    entry = retention.RetentionRepository(register).erasure_list(list_id).entries[0]
    document = retention.DeletionListDocument(list_id)
    assert "Åsa" not in document.default_name() and document.default_name().endswith(".pdf")

    result = retention.write_deletion_list(register, list_id, tmp_path / document.default_name())

    text = _pdf_text(result.path)
    assert f"Deletion list {list_id}" in text
    assert entry.pseudonym in text and "2026-001" in text
    assert "Chansen" in text and "Anna Andersson (anna)" in text
    assert "2026-05-07" in text and "2026-11-23" in text  # first and last entry
    assert "notes: 5" in text and "Records deleted: 1" in text
    for trace in ("Åsa", "Öberg", "19900101", "Bo Berglund"):
        assert trace not in text
    assert PdfReader(result.path).metadata.title == f"Deletion list {list_id}"
    # The door's audit entry; no disclosure-log line for an erased record.
    last = list(register.audit_entries())[-1]
    assert (last.action, last.entity, last.entity_id) == (
        Action.PRINT.value,
        "erasure_list",
        str(list_id),
    )
    assert result.people == 0
    assert ConsentRepository(register).disclosures(book.asa) == []


def test_the_door_still_refuses_to_write_onto_the_register(
    erased: tuple[Casebook, int], new_register: NewRegister
) -> None:
    book, list_id = erased
    with pytest.raises(ExportRefused):
        retention.write_deletion_list(book.register, list_id, new_register.path)


def test_only_an_administrator_prints_the_list(
    erased: tuple[Casebook, int], new_register: NewRegister, tmp_path: Path
) -> None:
    book, list_id = erased
    book.register.add_user(
        "olle", "Olle Personal", Role.STAFF, "grön-gurka-2026", must_change=False
    )
    book.register.close()
    staff = Register.open(new_register.path, "olle", "grön-gurka-2026", kdf=CHEAP)
    try:
        with pytest.raises(NotPermitted):
            retention.write_deletion_list(staff, list_id, tmp_path / "lista.pdf")
        assert not (tmp_path / "lista.pdf").exists()
    finally:
        staff.close()
        new_register.register = Register.open(new_register.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)

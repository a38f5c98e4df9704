"""A full disk. During an export: a clear message, no file (not even a hidden half of one) and
no audit entry. During a write to the register: what was saved before is all still there once
space is freed. Real full disks where a tmpfs can be mounted (root), a refusing fsync
everywhere."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop.core.errors import AppError
from desktop.core.file_errors import DiskFull
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Note, NoteCategory, Person
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.services.exports import ExportRefused, run_export
from desktop.services.progress_documents import ProgressSheetDocument, SheetOptions
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.failure_modes.conftest import fill
from tests.services.conftest import Casebook, build_casebook

FULL = "Disken är full, så ingenting har sparats. Frigör utrymme eller välj en annan plats."
NOTE = Note(date(2026, 11, 3), NoteCategory.CONVERSATION, "Sparad innan disken blev full.")


def export_into(book: Casebook, folder: Path) -> tuple[ExportRefused, int]:
    """An export of a progress sheet with notes into `folder` that must fail; its error, and
    how many audit entries the attempt added."""
    before = len(list(book.register.audit_entries()))
    document = ProgressSheetDocument(book.asa, SheetOptions(include_notes=True))
    with pytest.raises(ExportRefused) as raised:
        run_export(book.register, document, folder / "utvecklingsblad.pdf")
    return raised.value, len(list(book.register.audit_entries())) - before


def test_export_onto_a_full_disk_leaves_no_file_and_no_log_entry(
    new_register: NewRegister, tmpfs: Callable[[int], Path], swedish: Callable[[AppError], str]
) -> None:
    book = build_casebook(new_register.register)
    disk = tmpfs(256 * 1024)
    filler = fill(disk)
    error, logged = export_into(book, disk)
    assert swedish(error) == FULL
    assert [p.name for p in disk.iterdir()] == [filler.name]  # no half file, hidden or not
    assert logged == 0


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the file by /proc")
def test_export_when_fsync_finds_the_disk_full_leaves_no_file(
    new_register: NewRegister,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    swedish: Callable[[AppError], str],
) -> None:
    """The same without a small disk: the temporary file is written and then fsync fails, as a
    disk that ran out while flushing does."""
    book = build_casebook(new_register.register)
    out = tmp_path / "ut"
    out.mkdir()
    real_fsync = os.fsync

    def no_space(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == out:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)  # the register's own files (its commit and anchor) still have room

    monkeypatch.setattr(os, "fsync", no_space)
    error, logged = export_into(book, out)
    assert swedish(error) == FULL
    assert list(out.iterdir()) == []
    assert logged == 0


def register_on_a_full_disk(disk: Path) -> tuple[Register, int, Path]:
    """A register on `disk` with one person and one note, then the disk filled up."""
    register, _ = Register.create(
        disk / "enhet.fardvag", username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP
    )
    people = ParticipantRepository(register)
    person = people.create_referral(
        Person("Åsa", "Öberg"),
        PathEvent(EventKind.REFERRAL, date(2026, 11, 2), {"referrer_type": "probation"}),
    )
    assert person.id is not None
    people.add_note(person.id, NOTE)
    return register, person.id, fill(disk)


def test_a_full_disk_loses_nothing_saved_before(tmpfs: Callable[[int], Path]) -> None:
    disk = tmpfs(4 * 1024 * 1024)
    register, person, filler = register_on_a_full_disk(disk)
    with pytest.raises(Exception):  # noqa: B017, PT011  (what it raises: the test below)
        ParticipantRepository(register).add_note(
            person, Note(date(2026, 11, 4), NoteCategory.CONVERSATION, "Ny anteckning " * 900)
        )
    register.close()
    filler.unlink()
    reopened = Register.open(disk / "enhet.fardvag", ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    try:
        assert [n.text for n in ParticipantRepository(reopened).notes(person)] == [NOTE.text]
        assert all(check.ok for check in reopened.verify())
    finally:
        reopened.close()


def test_a_note_saved_on_a_full_disk_says_the_disk_is_full(
    tmpfs: Callable[[int], Path], swedish: Callable[[AppError], str]
) -> None:
    disk = tmpfs(4 * 1024 * 1024)
    register, person, _ = register_on_a_full_disk(disk)
    try:
        with pytest.raises(DiskFull) as raised:
            ParticipantRepository(register).add_note(
                person, Note(date(2026, 11, 4), NoteCategory.CONVERSATION, "Ny " * 3000)
            )
        assert "full" in swedish(raised.value)
    finally:
        register.close()


def test_signing_in_on_a_full_disk_says_the_disk_is_full(
    tmpfs: Callable[[int], Path], swedish: Callable[[AppError], str]
) -> None:
    disk = tmpfs(4 * 1024 * 1024)
    register, _, _ = register_on_a_full_disk(disk)
    register.close()
    with pytest.raises(DiskFull) as raised:
        Register.open(disk / "enhet.fardvag", ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert "full" in swedish(raised.value)


def test_a_document_open_in_excel_on_windows_is_named_and_left_whole(
    new_register: NewRegister,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    swedish: Callable[[AppError], str],
) -> None:
    """Not a full disk, but the export failure staff meet most: last time's file still open in
    Excel or a PDF reader, which Windows will not let anyone replace (sharing violation)."""
    from desktop import fileio

    book = build_casebook(new_register.register)
    target = tmp_path / "utvecklingsblad.pdf"
    target.write_bytes(b"%PDF-1.4 last week's sheet")

    def locked(src: object, dst: object) -> None:
        error = PermissionError(errno.EACCES, "The process cannot access the file")
        error.winerror = 32  # type: ignore[attr-defined]  # what Windows sets
        raise error

    monkeypatch.setattr(fileio.os, "replace", locked)
    before = len(list(book.register.audit_entries()))
    with pytest.raises(ExportRefused) as raised:
        run_export(book.register, ProgressSheetDocument(book.asa), target)
    message = swedish(raised.value)
    assert "utvecklingsblad.pdf" in message and "Excel" in message  # which file, and why
    assert target.read_bytes() == b"%PDF-1.4 last week's sheet"  # the open file is untouched
    assert not list(tmp_path.glob(".utvecklingsblad.pdf.*.tmp"))
    assert len(list(book.register.audit_entries())) == before

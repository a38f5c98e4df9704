"""A register on a read-only location (a write-protected share, a USB stick with its switch
on, a CD): refused with a message that names the folder, and every file left as it was. A
real read-only mount where the tests run as root; as root a chmod would not stop anything."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.errors import AppError
from desktop.core.file_errors import FolderNotWritable
from desktop.db.register import Register
from desktop.services.exports import ExportRefused, run_export
from desktop.services.progress_documents import ProgressSheetDocument
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.failure_modes.conftest import files_in, remount_read_only
from tests.services.conftest import build_casebook


@pytest.fixture
def read_only_register(tmpfs: Callable[[int], Path]) -> tuple[Path, str, dict[str, bytes]]:
    """A register with a person in it on a disk then made read-only; its path, recovery key
    and every file's bytes."""
    disk = tmpfs(8 * 1024 * 1024)
    register, recovery = Register.create(
        disk / "enhet.fardvag", username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP
    )
    build_casebook(register)
    register.close()
    remount_read_only(disk)
    return disk / "enhet.fardvag", recovery, files_in(disk)


def test_signing_in_to_a_register_on_a_read_only_location_names_the_folder(
    read_only_register: tuple[Path, str, dict[str, bytes]], swedish: Callable[[AppError], str]
) -> None:
    path, _, before = read_only_register
    with pytest.raises(FolderNotWritable) as raised:
        Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert str(path.parent) in swedish(raised.value)
    assert files_in(path.parent) == before


def test_the_command_line_on_a_read_only_register_says_so_and_changes_nothing(
    read_only_register: tuple[Path, str, dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _, before = read_only_register
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        ["--lang", "sv", "verify", "--register", str(path), "--user", ADMIN, "--password-stdin"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert str(path.parent) in err and "Färdväg" in err
    assert "Traceback" not in err
    assert files_in(path.parent) == before


def test_an_export_to_a_read_only_folder_is_refused_before_it_is_made(
    new_register: NewRegister, tmpfs: Callable[[int], Path], swedish: Callable[[AppError], str]
) -> None:
    book = build_casebook(new_register.register)
    disk = tmpfs(1024 * 1024)
    remount_read_only(disk)
    before = len(list(book.register.audit_entries()))
    with pytest.raises(ExportRefused) as raised:
        run_export(book.register, ProgressSheetDocument(book.asa), disk / "blad.pdf")
    assert swedish(raised.value) == (
        f"Färdväg får inte skriva i {disk}. Välj en mapp som du kan skriva i, till exempel "
        "Dokument."
    )
    assert list(disk.iterdir()) == []
    assert len(list(book.register.audit_entries())) == before

"""Hostile export file names, through the export door (`checked_target`/`run_export`) and the
command line's --out: a Windows device name, a backslash path, a trailing dot, 300 characters,
a folder that is not there, a register's own files. Each is refused with a message saying what
to do, or written under the name the user meant, and nothing else is written anywhere."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.errors import AppError
from desktop.db.files import RegisterFiles
from desktop.db.register import Register
from desktop.services.exports import ExportRefused, checked_target, run_export
from desktop.services.progress_documents import ProgressSheetDocument
from tests.conftest import ADMIN, ADMIN_PASSWORD, NewRegister
from tests.failure_modes.conftest import files_in
from tests.services.conftest import Casebook, build_casebook

UNUSABLE = [
    "..\\..\\x",  # folders on Windows, a strange name here: neither writes outside the folder
    "CON.pdf",  # the console on Windows, whatever the ending
    "nul",
    "Com1.rapport.pdf",
    "LPT9 .pdf",
    "rapport?.pdf",
    'a"b.pdf',
    "a|b.pdf",
    "a:b.pdf",  # an alternate data stream on NTFS
    "rapport\x07.pdf",  # control character
    "rapport\u202efdp.exe",  # RLO: shows as rapportexe.pdf
    "...",
]


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    return build_casebook(new_register.register)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def export(book: Casebook, target: Path) -> Path:
    return run_export(book.register, ProgressSheetDocument(book.asa), target).path


def refused(book: Casebook, target: Path, swedish: Callable[[AppError], str]) -> tuple[str, int]:
    """The Swedish message of the refusal, and how many audit entries the attempt added."""
    before = len(list(book.register.audit_entries()))
    with pytest.raises(ExportRefused) as raised:
        export(book, target)
    return swedish(raised.value), len(list(book.register.audit_entries())) - before


@pytest.mark.parametrize("name", UNUSABLE)
def test_a_name_windows_cannot_take_is_refused_before_anything_is_written(
    book: Casebook, out: Path, name: str, swedish: Callable[[AppError], str]
) -> None:
    register_before = files_in(book.register.files.database.parent)
    message, logged = refused(book, out / name, swedish)
    assert "Windows" in message  # says why, and that another name is needed
    assert "\u202e" not in message and "\x07" not in message  # shown as �, not obeyed
    assert list(out.iterdir()) == [] and logged == 0
    assert files_in(book.register.files.database.parent).keys() == register_before.keys()


@pytest.mark.parametrize(
    ("typed", "written"),
    [("lista.", "lista.pdf"), ("lista.pdf.", "lista.pdf"), ("lista ", "lista.pdf")],
)
def test_a_trailing_dot_or_space_is_dropped_as_windows_would(
    book: Casebook, out: Path, typed: str, written: str
) -> None:
    assert export(book, out / typed) == out / written
    assert [p.name for p in out.iterdir()] == [written]


def test_300_characters_is_refused_with_the_limit_not_an_unexpected_error(
    book: Casebook, out: Path, swedish: Callable[[AppError], str]
) -> None:
    message, logged = refused(book, out / ("å" * 300), swedish)
    assert message == "Filnamnet är för långt: använd högst 200 tecken."
    assert logged == 0 and list(out.iterdir()) == []
    # 150 characters of å are 300 bytes: past a file system's 255, so refused as well.
    message, _ = refused(book, out / ("å" * 150 + ".pdf"), swedish)
    assert "för långt" in message
    assert export(book, out / ("å" * 100)) == out / ("å" * 100 + ".pdf")


def test_a_slash_in_the_name_is_a_folder_that_must_exist(
    book: Casebook, out: Path, swedish: Callable[[AppError], str]
) -> None:
    message, _ = refused(book, out / "a/b.pdf", swedish)
    assert message == f"Mappen {out / 'a'} finns inte. Välj en mapp som finns."
    assert list(out.iterdir()) == []


def test_a_folder_as_the_name_is_refused(
    book: Casebook, out: Path, swedish: Callable[[AppError], str]
) -> None:
    message, _ = refused(book, out, swedish)
    assert message == f"{out} är en mapp. Ge filen ett namn."


@pytest.mark.parametrize("companion", ["", ".keys", ".keys.bak", ".lock", "-wal", ".anchor"])
def test_never_onto_the_register_or_its_companions(
    book: Casebook, companion: str, swedish: Callable[[AppError], str]
) -> None:
    files = book.register.files
    before = files_in(files.database.parent)
    target = files.database.with_name(files.database.name + companion)
    message, _ = refused(book, target, swedish)
    assert "aldrig" in message and "register" in message
    after = files_in(files.database.parent)
    for name in (files.keyslots.name, files.keyslots_backup.name):
        assert after[name] == before[name]


def test_checked_target_keeps_a_good_name_as_typed(book: Casebook, out: Path) -> None:
    assert checked_target(book.register, out / "Åsas plan 2026-11-23", ".pdf") == (
        out / "Åsas plan 2026-11-23.pdf"
    )


# ---------------------------------------------------------------------- the command line


def cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    register: Path,
    out: Path | str,
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        [
            "--lang",
            "sv",
            "export",
            "progress",
            "--register",
            str(register),
            "--user",
            ADMIN,
            "--password-stdin",
            "--participant",
            "2026-001",
            "--out",
            str(out),
        ]
    )
    _, err = capsys.readouterr()
    assert "Traceback" not in err and "Oväntat fel" not in err and "Unexpected" not in err
    return code, err


@pytest.fixture
def closed_book(new_register: NewRegister) -> Path:
    build_casebook(new_register.register)
    new_register.register.close()
    return new_register.path


@pytest.mark.parametrize(
    "name", ["CON.pdf", "..\\..\\x.pdf", "x" * 300, "saknas/x.pdf", "enhet.fardvag.keys"]
)
def test_the_command_line_refuses_the_same_names_with_exit_code_1(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    closed_book: Path,
    tmp_path: Path,
    name: str,
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    files = RegisterFiles(closed_book)
    keys_before = files.keyslots.read_bytes()
    target = closed_book.parent / name if name.startswith("enhet") else out / name
    code, err = cli(monkeypatch, capsys, closed_book, target)
    assert code == 1
    assert err.strip()
    assert list(out.iterdir()) == []
    assert files.keyslots.read_bytes() == keys_before
    Register.open(closed_book, ADMIN, ADMIN_PASSWORD).close()  # the register still opens


def test_the_command_line_writes_a_good_name(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    closed_book: Path,
    tmp_path: Path,
) -> None:
    code, err = cli(monkeypatch, capsys, closed_book, tmp_path / "blad.")
    assert code == 0, err
    assert (tmp_path / "blad.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("companion", ["", ".keys", ".keys.bak", ".anchor"])
def test_export_tests_today_onto_the_register_or_its_key_file_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    closed_book: Path,
    companion: str,
) -> None:
    """The first problem the adversarial tester found: `export tests-today --out` the register
    (or its .keys) overwrote it with a PDF and exited 0."""
    target = closed_book.with_name(closed_book.name + companion)
    before = files_in(closed_book.parent)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        [
            "--lang",
            "sv",
            "export",
            "tests-today",
            "--register",
            str(closed_book),
            "--user",
            ADMIN,
            "--password-stdin",
            "--date",
            "2026-11-23",
            "--out",
            str(target),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "Färdväg skriver aldrig ett dokument där" in err
    after = files_in(closed_book.parent)
    for name in before.keys() - {closed_book.name, closed_book.name + ".anchor"}:
        assert after[name] == before[name], name  # key slots untouched
    assert not after[closed_book.name].startswith(b"%PDF")
    with Register.open(closed_book, ADMIN, ADMIN_PASSWORD) as register:
        assert all(check.ok for check in register.verify())

"""The command line meets the file system's refusals with a message naming the place and exit
code 1, never "Unexpected error (PermissionError …)" and exit 70."""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.db import register as register_module
from desktop.db.register import Register

PASSWORD = "vinter-solsken-77"


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--lang", "en", *args, "--user", "anna", "--password-stdin"])
    _, err = capsys.readouterr()
    assert "Unexpected error" not in err and "Traceback" not in err
    return code, err


def raising(error: BaseException) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


def test_init_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    denied = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "r.fardvag.lock"))
    monkeypatch.setattr(register_module, "_acquire", raising(denied))
    code, err = cli(monkeypatch, capsys, "init", "--register", str(tmp_path / "r.fardvag"))
    assert code == 1
    assert "may not save files in the folder" in err and str(tmp_path) in err


def test_init_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "r.fardvag.keys"))
    monkeypatch.setattr(register_module.SlotFile, "save", raising(full))
    code, err = cli(monkeypatch, capsys, "init", "--register", str(tmp_path / "r.fardvag"))
    assert code == 1
    assert "is full" in err
    assert not (tmp_path / "r.fardvag").exists()


def test_init_with_a_250_character_name_and_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(monkeypatch, capsys, "init", "--register", str(tmp_path / ("x" * 250)))
    assert (code, "too long" in err) == (1, True)
    code, err = cli(monkeypatch, capsys, "init", "--register", str(tmp_path))
    assert (code, "is a folder" in err) == (1, True)


def test_verify_in_a_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(
        monkeypatch, capsys, "verify", "--register", str(tmp_path / "borta" / "r.fardvag")
    )
    assert code == 1 and "There is no register" in err


def test_any_other_os_error_reaches_the_user_as_a_message_naming_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Opening writes beside the register (lock, sign-in attempts): a read-only share says no.
    lock = tmp_path / "r.fardvag.lock"
    monkeypatch.setattr(
        Register, "open", raising(OSError(errno.EROFS, "Read-only file system", str(lock)))
    )
    code, err = cli(monkeypatch, capsys, "verify", "--register", str(tmp_path / "r.fardvag"))
    assert code == 1
    assert str(tmp_path) in err and "may not save files" in err
    monkeypatch.setattr(Register, "open", raising(OSError(errno.EIO, "Input/output error")))
    code, err = cli(monkeypatch, capsys, "verify", "--register", str(tmp_path / "r.fardvag"))
    assert code == 1
    assert str(tmp_path / "r.fardvag") in err and "Input/output error" in err

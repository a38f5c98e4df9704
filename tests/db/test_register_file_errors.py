"""Creating and opening a register where the file system says no: a read-only folder, a full
disk, a missing folder, a 250-character name, a folder as the register. Each is an AppError
with its own message, and a failed create leaves no file behind. The tests run as root, for
whom chmod does not make a folder read-only, so the refusals are raised where the OS would."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from desktop.core.file_errors import (
    DiskFull,
    FileProblem,
    FolderMissing,
    FolderNotWritable,
    NameTooLong,
    PathIsFolder,
    file_error,
)
from desktop.db import register as register_module
from desktop.db.keyslots import SlotFile
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP


def create(path: Path) -> Register:
    register, _ = Register.create(path, username=ADMIN, password=ADMIN_PASSWORD, kdf=CHEAP)
    return register


def raising(error: BaseException) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


def assert_nothing_left(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".lock")] == []


@pytest.mark.parametrize(
    "error",
    [
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.EROFS, "Read-only file system"),
    ],
)
def test_create_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    error.filename = str(tmp_path / "r.fardvag.lock")
    monkeypatch.setattr(register_module, "_acquire", raising(error))
    with pytest.raises(FolderNotWritable) as refused:
        create(tmp_path / "r.fardvag")
    assert str(tmp_path) in refused.value.user_message()
    assert_nothing_left(tmp_path)


def test_create_where_sqlite_may_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        register_module,
        "_connect",
        raising(sqlcipher3.OperationalError("unable to open database file")),
    )
    with pytest.raises(FolderNotWritable):
        create(tmp_path / "r.fardvag")
    assert_nothing_left(tmp_path)


def test_create_on_a_full_disk_leaves_no_partial_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "r.fardvag.keys"))
    monkeypatch.setattr(SlotFile, "save", raising(full))
    with pytest.raises(DiskFull) as refused:
        create(tmp_path / "r.fardvag")
    assert "full" in refused.value.user_message() and str(tmp_path) in str(refused.value)
    assert_nothing_left(tmp_path)


def test_create_when_sqlite_finds_the_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        register_module,
        "_configure",
        raising(sqlcipher3.OperationalError("database or disk is full")),
    )
    with pytest.raises(DiskFull):
        create(tmp_path / "r.fardvag")
    assert_nothing_left(tmp_path)


def test_create_in_a_missing_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(FolderMissing) as refused:
        create(tmp_path / "a-file" / "sub" / "r.fardvag")
    assert "a-file" in refused.value.user_message()


def test_create_on_a_network_drive_that_is_not_connected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "mkdir", raising(FileNotFoundError(errno.ENOENT, "gone")))
    with pytest.raises(FolderMissing):
        create(tmp_path / "h" / "r.fardvag")


def test_create_in_a_missing_folder_makes_it(tmp_path: Path) -> None:
    with create(tmp_path / "ny" / "mapp" / "r.fardvag") as register:
        assert register.files.database.exists()


def test_create_and_open_with_a_250_character_name(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 242 + ".fardvag")
    with pytest.raises(NameTooLong) as refused:
        create(path)
    assert "shorter" in refused.value.user_message()
    assert_nothing_left(tmp_path)
    with pytest.raises(NameTooLong):
        Register.open(tmp_path / ("y" * 300 + ".fardvag"), ADMIN, ADMIN_PASSWORD, kdf=CHEAP)


def test_a_folder_as_the_register_path(tmp_path: Path) -> None:
    folder = tmp_path / "Register"
    folder.mkdir()
    with pytest.raises(PathIsFolder) as refused:
        create(folder)
    assert "enhet.fardvag" in refused.value.user_message()
    with pytest.raises(PathIsFolder):
        Register.open(folder, ADMIN, ADMIN_PASSWORD, kdf=CHEAP)
    assert list(folder.iterdir()) == []


def test_any_other_os_error_names_the_file() -> None:
    problem = file_error(OSError(errno.EIO, "Input/output error"), "/mnt/h/r.fardvag")
    assert type(problem) is FileProblem
    assert "/mnt/h/r.fardvag" in problem.user_message()
    assert "Input/output error" in problem.user_message()

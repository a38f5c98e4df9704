"""backup, backups and restore on the command line, passwords and answers on standard input."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.db.backup import DATABASE
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.db.test_backup import add_person, flip_byte
from tests.test_cli import cli, run_cli


@pytest.fixture
def closed(new_register: NewRegister) -> NewRegister:
    add_person(new_register.register, "Åsa", "Lind")
    new_register.register.close()
    return new_register


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "kopior"
    made.mkdir()
    return made


def backup(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    register: Path,
    *extra: str,
) -> tuple[int, str, str]:
    return cli(
        monkeypatch,
        capsys,
        "--lang",
        "en",
        "backup",
        "--register",
        str(register),
        "--user",
        ADMIN,
        "--password-stdin",
        *extra,
        stdin=ADMIN_PASSWORD + "\n",
    )


def only_backup(folder: Path) -> Path:
    (made,) = folder.iterdir()
    return made


def test_backup_then_list_the_folder(
    closed: NewRegister,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = backup(monkeypatch, capsys, closed.path, "--to", str(folder))
    assert (code, err) == (0, "")
    made = only_backup(folder)
    assert made.name.startswith("fardvag-backup-")
    assert f"Backup made and checked: {made}" in out

    code, out, err = cli(
        monkeypatch, capsys, "--lang", "en", "backups", "--to", str(folder), stdin=""
    )
    assert code == 0, err
    (line,) = out.splitlines()
    assert line.endswith(made.name) and " OK " in line and "MB" in line

    flip_byte(made / DATABASE, 5000)
    code, out, err = cli(
        monkeypatch, capsys, "--lang", "en", "backups", "--to", str(folder), "--check", stdin=""
    )
    assert code == 1
    assert "DAMAGED" in out and "register.fardvag changed since it was made" in out


def test_backup_without_a_folder_or_into_a_missing_one(
    closed: NewRegister,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = backup(monkeypatch, capsys, closed.path)
    assert code == 1 and "No backup folder is chosen" in err
    missing = tmp_path / "ej-ansluten"
    code, _, err = backup(monkeypatch, capsys, closed.path, "--to", str(missing))
    assert code == 1 and f"The folder {missing} does not exist" in err
    assert not missing.exists()


def test_restore_asks_first_and_says_where_the_register_went(
    closed: NewRegister,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup(monkeypatch, capsys, closed.path, "--to", str(folder))
    made = only_backup(folder)
    with Register.open(closed.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        add_person(register, "Bo", "Berg")  # after the backup
        args = ("--lang", "en", "restore", "--register", str(closed.path), "--from", str(made))
        code, out, err = cli(monkeypatch, capsys, *args, "--yes", stdin="")
        assert code == 1 and f"The register is open by {ADMIN}" in err

    before = {p.name: p.read_bytes() for p in closed.path.parent.iterdir() if p.is_file()}
    code, out, err = cli(monkeypatch, capsys, *args, stdin="n\n")
    assert code == 1 and "Nothing was restored." in out
    assert {p.name: p.read_bytes() for p in closed.path.parent.iterdir() if p.is_file()} == before

    code, out, err = cli(
        monkeypatch,
        capsys,
        *args,
        "--user",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\nj\n",
    )
    assert code == 0, err
    (aside,) = closed.path.parent.glob("enhet.fardvag.before-restore-*[0-9Z]")
    assert f"The register that was there is kept as {aside}." in out
    with Register.open(closed.path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as restored:
        assert [p.name for p in ParticipantRepository(restored).search()] == ["Åsa Lind"]


def test_restore_refuses_a_damaged_backup(
    closed: NewRegister,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup(monkeypatch, capsys, closed.path, "--to", str(folder))
    made = only_backup(folder)
    flip_byte(made / DATABASE, 7000)
    register_bytes = closed.path.read_bytes()
    code, _, err = cli(
        monkeypatch,
        capsys,
        "--lang",
        "en",
        "restore",
        "--register",
        str(closed.path),
        "--from",
        str(made),
        "--yes",
        stdin="",
    )
    assert code == 1 and "is damaged" in err and "nothing was changed" in err
    assert closed.path.read_bytes() == register_bytes
    assert not list(closed.path.parent.glob("*before-restore*"))


def test_restore_of_a_folder_that_is_no_backup_from_the_shell(
    closed: NewRegister, tmp_path: Path
) -> None:
    not_a_backup = tmp_path / "något"
    not_a_backup.mkdir()
    done = run_cli(
        "restore", "--register", str(closed.path), "--from", str(not_a_backup), "--yes", stdin=""
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and str(not_a_backup) in done.stderr

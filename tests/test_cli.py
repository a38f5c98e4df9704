"""The command line as an administrator uses it, passwords on standard input."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import _parser, main
from desktop.core.audit import Action
from desktop.core.recovery import parse_recovery_key
from desktop.db.keyslots import database_key_from_recovery
from desktop.db.register import _connect

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "vinter-solsken-77"
KEY_PATTERN = re.compile(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b")


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
        timeout=60,
    )


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_verify_from_the_shell(tmp_path: Path) -> None:
    register = tmp_path / "chansen.fardvag"
    created = run_cli(
        "init",
        "--register",
        str(register),
        "--user",
        "anna",
        "--display-name",
        "Anna Andersson",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert created.returncode == 0, created.stderr
    keys = KEY_PATTERN.findall(created.stdout)
    assert len(keys) == 1
    assert "återställningsnyckel" in created.stdout.lower()  # Swedish by default

    verified = run_cli(
        "verify",
        "--register",
        str(register),
        "--user",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert verified.returncode == 0, verified.stderr
    lines = verified.stdout.strip().splitlines()
    assert len(lines) == 6  # key, encryption, pages, structure, chain, its anchor
    assert all(line.startswith("OK") for line in lines)

    wrong = run_cli(
        "verify",
        "--register",
        str(register),
        "--user",
        "anna",
        "--password-stdin",
        stdin="fel-lösenord-1\n",
    )
    assert wrong.returncode == 1
    assert "lösenord" in wrong.stderr and "Traceback" not in wrong.stderr


def test_account_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = str(tmp_path / "r.fardvag")
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "init",
        "--register",
        reg,
        "--user",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    recovery = KEY_PATTERN.findall(out)[0]

    code, out, err = cli(
        monkeypatch,
        capsys,
        "adduser",
        "--register",
        reg,
        "--user",
        "anna",
        "--new-user",
        "bo",
        "--display-name",
        "Bo Berg",
        "--password-stdin",
        stdin=f"{PASSWORD}\nbo-startlösen-1\n",
    )
    assert code == 0, err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "passwd",
        "--register",
        reg,
        "--user",
        "bo",
        "--password-stdin",
        stdin="bo-startlösen-1\nbo-eget-lösen-2\n",
    )
    assert code == 0, err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--register",
        reg,
        "--user",
        "bo",
        "--password-stdin",
        stdin="bo-startlösen-1\n",
    )
    assert code == 1 and "lösenord" in err

    # Everyone forgot: the recovery key, typed sloppily, sets a new password for anna.
    sloppy = recovery.lower().replace("-", " ")
    code, _, err = cli(
        monkeypatch,
        capsys,
        "recover",
        "--register",
        reg,
        "--user",
        "anna",
        "--password-stdin",
        stdin=f"{sloppy}\nnytt-admin-lösen-3\n",
    )
    assert code == 0, err

    code, _, err = cli(
        monkeypatch,
        capsys,
        "removeuser",
        "--register",
        reg,
        "--user",
        "anna",
        "--remove",
        "bo",
        "--password-stdin",
        stdin="nytt-admin-lösen-3\n",
    )
    assert code == 0, err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--register",
        reg,
        "--user",
        "bo",
        "--password-stdin",
        stdin="bo-eget-lösen-2\n",
    )
    assert code == 1

    code, out, err = cli(
        monkeypatch,
        capsys,
        "rotate-key",
        "--register",
        reg,
        "--user",
        "anna",
        "--password-stdin",
        stdin="nytt-admin-lösen-3\n",
    )
    assert code == 0, err
    new_recovery = KEY_PATTERN.findall(out)[0]
    assert new_recovery != recovery
    code, _, err = cli(
        monkeypatch,
        capsys,
        "recover",
        "--register",
        reg,
        "--user",
        "anna",
        "--password-stdin",
        stdin=f"{recovery}\nspelar-ingen-roll-4\n",
    )
    assert code == 1 and "återställningsnyckel" in err.lower()

    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--register",
        reg,
        "--user",
        "anna",
        "--password-stdin",
        stdin="nytt-admin-lösen-3\n",
    )
    assert code == 0, out + err


def test_verify_fails_on_a_tampered_audit_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = tmp_path / "r.fardvag"
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "init",
        "--register",
        str(reg),
        "--user",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    key = database_key_from_recovery(parse_recovery_key(KEY_PATTERN.findall(out)[0]))
    conn = _connect(reg, key)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET action = ? WHERE seq = 1", (Action.VIEW.value,))
    conn.close()
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "verify",
        "--register",
        str(reg),
        "--user",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 1
    failed = [line for line in out.splitlines() if not line.startswith("OK")]
    assert len(failed) == 1 and "1" in failed[0]


def test_english_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(
        monkeypatch,
        capsys,
        "--lang",
        "en",
        "verify",
        "--register",
        str(tmp_path / "none.fardvag"),
        "--user",
        "anna",
        "--password-stdin",
        stdin="x\n",
    )
    assert code == 1
    assert "There is no register" in err


def test_refuses_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = tmp_path / "r.fardvag"
    reg.write_bytes(b"something precious")
    code, _, err = cli(
        monkeypatch,
        capsys,
        "init",
        "--register",
        str(reg),
        "--user",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 1
    assert "finns redan" in err  # "there is already a register"
    assert reg.read_bytes() == b"something precious"


def test_no_way_to_pass_a_password_as_an_argument() -> None:
    options = {opt for action in _parser()._actions for opt in action.option_strings}
    for sub in _parser()._subparsers._group_actions[0].choices.values():  # type: ignore[union-attr]
        options |= {opt for action in sub._actions for opt in action.option_strings}
    assert not [o for o in options if "password" in o and o != "--password-stdin"]


def test_version_and_help_answer_before_a_command_and_belong_to_it_after(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The window's start parses only the options; --version and --help still answer, and a
    command's option of the same name is the command's."""
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "en", "--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("Färdväg ")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "verify" in capsys.readouterr().out  # the commands are listed
    with pytest.raises(SystemExit):
        main(["--lang", "en", "verify", "--help"])
    out = capsys.readouterr().out
    assert "fardvag verify" in out and "--user" in out

"""accept-register-state: the administrator's way out when sign-in refuses a register that is
not as Färdväg last saved it, with the administrator's password or the recovery key."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def without_anchor(made: NewRegister) -> Path:
    made.register.close()
    made.path.with_name(made.path.name + ".anchor").unlink()
    return made.path


def test_verify_refuses_and_an_administrator_accepts(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = without_anchor(new_register)
    common = ("--register", str(path), "--user", ADMIN, "--password-stdin")
    code, out, err = cli(monkeypatch, capsys, "verify", *common, stdin=ADMIN_PASSWORD + "\n")
    assert code == 1 and out == ""
    assert "accept-register-state" in err and ".anchor" in err

    before = path.read_bytes()
    code, out, err = cli(
        monkeypatch, capsys, "accept-register-state", *common, stdin=ADMIN_PASSWORD + "\n"
    )
    assert code == 0, err
    assert "before-accept-" in out and "audit log" in out
    copies = sorted(p.name for p in path.parent.glob(path.name + ".before-accept-*"))
    assert len(copies) == 1 and copies[0].endswith("Z")  # no -wal or .anchor there to keep
    assert copies[0] in out
    assert (path.parent / copies[0]).read_bytes() == before

    code, out, err = cli(monkeypatch, capsys, "verify", *common, stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "audit chain's anchor" in out
    assert all(line.startswith("OK") for line in out.splitlines())

    code, out, _ = cli(
        monkeypatch, capsys, "accept-register-state", *common, stdin=ADMIN_PASSWORD + "\n"
    )
    assert code == 0 and "nothing to accept" in out


def test_the_recovery_key_accepts_without_a_user(
    new_register: NewRegister, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = without_anchor(new_register)
    code, _, err = cli(
        monkeypatch,
        capsys,
        "accept-register-state",
        "--register",
        str(path),
        "--password-stdin",
        stdin=new_register.recovery_key + "\n",
    )
    assert code == 0, err
    Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP).close()

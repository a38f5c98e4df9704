"""`python -m desktop export ambassadors --week 2026-W47 --out DIR`: every ambassador's summary
and the file to print, written into a folder through the export door, and a week sent before
saying what changed since."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli
from desktop.core.ambassadors import IsoWeek
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentRepository
from desktop.db.register import Register
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.services.test_ambassador_documents import NOW, Week, make_week, sharing


@pytest.fixture
def week(new_register: NewRegister) -> Week:
    return make_week(new_register.register)


@pytest.fixture
def register_file(week: Week, new_register: NewRegister, monkeypatch: pytest.MonkeyPatch) -> Path:
    new_register.register.close()
    # The command line opens the register by the computer's clock; here, the week's Tuesday.
    monkeypatch.setattr(
        cli,
        "_open",
        lambda args, password: Register.open(
            args.register, args.user, password, kdf=CHEAP, clock=lambda: NOW
        ),
    )
    return new_register.path


def export(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    register: Path,
    out: Path,
    *week: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    args = ["--lang", "en", "export", "ambassadors", "--register", str(register)]
    args += ["--user", ADMIN, "--password-stdin", *week, "--out", str(out)]
    code = cli.main(args)
    printed, errors = capsys.readouterr()
    return code, printed, errors


def test_the_week_is_written_into_the_folder(
    week: Week,
    register_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "veckobrev"
    out.mkdir()
    code, printed, errors = export(monkeypatch, capsys, register_file, out, "--week", "2026-W47")
    assert code == 0, errors
    assert sorted(p.name for p in out.iterdir()) == [
        "veckosammanfattning-2026-W47-af-1.pdf",
        "veckosammanfattning-2026-W47-ifo-1.pdf",
        "veckosammanfattning-2026-W47-ifo-2.pdf",
        "veckosammanfattning-2026-W47-income-support-1.pdf",
        "veckosammanfattningar-2026-W47-utskrift.pdf",
    ]
    assert printed.count("Wrote ") == 5
    assert "veckosammanfattning-2026-W47-ifo-1.pdf" in printed
    assert "data about 2 people" in printed  # Karin: Åsa and Erik
    text = "".join(
        p.extract_text() for p in PdfReader(out / "veckosammanfattning-2026-W47-ifo-1.pdf").pages
    )
    assert "Åsa Öberg" in text and "Carola" not in text

    # A day later Bo gives IFO consent; the same week made again says what changed.
    with Register.open(register_file, ADMIN, ADMIN_PASSWORD, kdf=CHEAP, clock=lambda: NOW) as r:
        ConsentRepository(r).add(
            sharing(week.ids["Bo"], {"ifo"}, {"action_plan"}, given_on=date(2026, 11, 24))
        )
    code, printed, errors = export(monkeypatch, capsys, register_file, out, "--week", "2026-W47")
    assert code == 0, errors
    assert "Sent before: 1 lines new, 0 gone since." in printed  # each IFO ambassador
    assert "Sent before: nothing has changed since." in printed  # AF and Försörjningsenheten
    with Register.open(register_file, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as r:
        assert len(AmbassadorRepository(r).sent(IsoWeek(2026, 47))) == 8


def test_the_default_week_is_the_last_one_and_a_file_is_not_a_folder(
    register_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, printed, errors = export(monkeypatch, capsys, register_file, tmp_path)
    assert code == 0, errors
    assert "veckosammanfattning-2026-W47-ifo-1.pdf" in printed  # Tuesday of W48: W47
    code, _printed, errors = export(
        monkeypatch, capsys, register_file, tmp_path / "finns-inte", "--week", "2026-W47"
    )
    assert code == 1 and "does not exist" in errors
    code, _printed, errors = export(
        monkeypatch, capsys, register_file, tmp_path, "--week", "2025-W53"
    )
    assert code == 1 and "2025 has no week 53" in errors

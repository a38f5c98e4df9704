"""`export steering`: the steering group's workbook from the command line, for a named period
or for dates, through the same door and the same figures as the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.steering import SHEET_NAMES
from desktop.db.register import Register
from desktop.db.steering import SteeringRepository
from desktop.demo import build_demo
from tests.conftest import CHEAP
from tests.test_cli_participants import run

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.fardvag"
    build_demo(path, "visning-lösen-1", today=TODAY, kdf=CHEAP).close()
    return path


def export(monkeypatch, capsys, demo: Path, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    return run(
        monkeypatch,
        capsys,
        "--lang",
        "en",
        "export",
        "steering",
        "--register",
        str(demo),
        "--user",
        "demo",
        "--password-stdin",
        *args,
    )


def test_a_named_period(demo: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "styrgrupp.xlsx"
    code, text = export(monkeypatch, capsys, demo, "--period", "2025-Q4", "--out", str(out))
    assert code == 0, text
    assert "data about 0 people" in text
    book = load_workbook(out)
    assert book.sheetnames == list(SHEET_NAMES.values())
    assert "2025-Q4 (2025-10-01–2025-12-31)" in book["Sammanfattning"]["A1"].value


def test_dates(demo: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dagar"  # the suffix is added
    code, text = export(
        monkeypatch, capsys, demo, "--from", "2025-03-16", "--to", "2026-03-15", "--out", str(out)
    )
    assert code == 0, text
    assert (tmp_path / "dagar.xlsx").is_file()
    with Register.open(demo, "demo", "visning-lösen-1", kdf=CHEAP) as register:
        periods = [e.period for e in SteeringRepository(register).history()]
    assert "2025-03-16–2026-03-15" in periods


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "--period"),
        (("--period", "2025-Q4", "--from", "2025-01-01"), "not both"),
        (("--period", "2025-Q5"), "2026-Q3"),
        (("--from", "2025-02-30", "--to", "2025-03-01"), "2026-Q3"),
    ],
)
def test_a_period_that_cannot_be_read_says_why(  # type: ignore[no-untyped-def]
    demo: Path, tmp_path: Path, monkeypatch, capsys, args: tuple[str, ...], message: str
) -> None:
    code, text = export(monkeypatch, capsys, demo, *args, "--out", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert message in text
    assert not (tmp_path / "x.xlsx").exists()

"""The participants' commands: the same services as the window, for scripts and checks."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.figures import programme_figures
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import is_demo
from desktop.demo import build_demo
from tests.conftest import CHEAP

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.fardvag"
    build_demo(path, "visning-lösen-1", today=TODAY, kdf=CHEAP).close()
    return path


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *args: str,
    stdin: str = "visning-lösen-1\n",
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_participants_as_json(demo: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = run(
        monkeypatch,
        capsys,
        "participants",
        "--register",
        str(demo),
        "--user",
        "demo",
        "--password-stdin",
        "--json",
    )
    assert code == 0
    people = json.loads(out)
    assert 35 <= len(people) <= 45
    assert set(people[0]) == {"internal_no", "name", "status", "phase"}
    assert {p["status"] for p in people} >= {"enrolled", "not_enrolled", "discharged", "referred"}


def test_participants_as_text_in_swedish(demo: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = run(
        monkeypatch,
        capsys,
        "participants",
        "--register",
        str(demo),
        "--user",
        "demo",
        "--password-stdin",
    )
    assert code == 0
    assert "Inskriven" in out or "Enrolled" in out


def test_figures_for_a_date_match_the_core_function(demo: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = run(
        monkeypatch,
        capsys,
        "figures",
        "--register",
        str(demo),
        "--user",
        "demo",
        "--password-stdin",
        "--date",
        TODAY.isoformat(),
    )
    assert code == 0
    figures = json.loads(out)
    assert figures["date"] == TODAY.isoformat()
    model = figures["outcome_model"]
    assert model["counted"] == sum(model["groups"].values()) == sum(model["categories"].values())
    assert 0 < model["on_path_share"] < 1
    with Register.open(demo, "demo", "visning-lösen-1", kdf=CHEAP) as register:
        from desktop.db.drugtests import DrugTestRepository
        from desktop.db.osa import OsaRepository

        expected = programme_figures(
            ParticipantRepository(register).all_paths(),
            TODAY,
            test_results=DrugTestRepository(register).results(),
            placements=OsaRepository(register).placements(),
            workplaces=OsaRepository(register).workplaces(),
        ).to_json()
        assert is_demo(register)
        exports = [e for e in register.audit_entries() if e.action == "export"]
    assert figures == expected  # the same numbers as the window and the workbook (R9)
    assert exports  # every export of figures or lists is in the log
    early = run(
        monkeypatch,
        capsys,
        "figures",
        "--register",
        str(demo),
        "--user",
        "demo",
        "--password-stdin",
        "--date",
        "2023-01-01",
    )[1]
    assert json.loads(early)["outcome_model"]["counted"] == 0


def test_demo_command_creates_a_demo_register(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.db.keyslots import KdfParams

    monkeypatch.setattr(KdfParams, "default", classmethod(lambda cls: KdfParams.cheap()))
    path = tmp_path / "ny-demo.fardvag"
    code, out = run(monkeypatch, capsys, "demo", "--register", str(path), "--password-stdin")
    assert code == 0, out
    assert path.exists()
    with Register.open(path, "demo", "visning-lösen-1", kdf=CHEAP) as register:
        assert is_demo(register)
        assert ParticipantRepository(register).count() > 30


def test_export_tests_today_writes_the_list(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """The issue's command: `export tests-today --date DATE --out FILE.pdf`."""
    from datetime import UTC, datetime, timedelta

    from pypdf import PdfReader

    from desktop.core.drugtests import Schedule, ScheduleKind
    from desktop.core.path import EventKind, PathEvent
    from desktop.core.records import Person
    from desktop.db.drugtests import DrugTestRepository

    monday = date(2026, 11, 16)  # a past Monday: the list was drawn that day, printed later
    path = tmp_path / "r.fardvag"
    register, _ = Register.create(
        path,
        username="anna",
        password="rött-äpple-2026",
        kdf=CHEAP,
        clock=lambda: datetime(2026, 11, 16, 8, tzinfo=UTC),
    )
    with register:
        start = monday - timedelta(days=30)
        events = [
            PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
            PathEvent(EventKind.SECURITY_CONSENT, start),
            PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
            PathEvent(EventKind.MAPPING_INTERVIEW, start),
            PathEvent(EventKind.DECISION, start, {"enrolled": True}),
            PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
        ]
        people = ParticipantRepository(register).create_many(
            [(Person("Åsa", "Öberg"), events), (Person("Bo", "Berg"), events)], today=monday
        )
        tests = DrugTestRepository(register)
        tests.save_schedule(
            Schedule(people[0].id or 0, ScheduleKind.FIXED, start, weekdays=frozenset({0}))
        )
        assert tests.open_day(monday) is not None  # opened that morning: the draw is made
    out = tmp_path / "lista.pdf"
    code, text = run(
        monkeypatch,
        capsys,
        "export",
        "tests-today",
        "--register",
        str(path),
        "--user",
        "anna",
        "--password-stdin",
        "--date",
        monday.isoformat(),
        "--out",
        str(out),
        stdin="rött-äpple-2026\n",
    )
    assert code == 0, text
    pdf_text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Åsa Öberg" in pdf_text
    assert "Bo Berg" not in pdf_text

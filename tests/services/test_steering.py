"""The steering group's workbook through the export door: logged, naming nobody, with Historik
growing by one row per export; the evaluation's own history rebuilt through the services gives
figure 5; the same register and period give the same figures after later steps; and the steering
group's own workbook keeps its other sheets, or is left alone when it holds what would be lost."""

from __future__ import annotations

import gc
import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference

from desktop.core.errors import Cancelled
from desktop.core.outcome import OutcomeGroup
from desktop.core.path import EventKind, PathEvent
from desktop.core.progress import Progress
from desktop.core.records import Person, Sex
from desktop.core.settings import UnitSettings
from desktop.core.steering import (
    SHEET_NAMES,
    CostParameters,
    key_figures,
    month_period,
    parse_period,
    quarter_period,
)
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import save_settings
from desktop.db.steering import KIND, SteeringRepository
from desktop.services.steering import (
    NotAWorkbook,
    compute,
    export_steering,
    kept_out_message,
    load_inputs,
    unkeepable,
)
from tests.conftest import NewRegister

MAY_2021 = month_period(2021, 5)
NOW = datetime(2021, 6, 3, 10, 0, tzinfo=UTC)


def _intake(on: date, referrer: str) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, on, {"referrer_type": referrer}),
        PathEvent(EventKind.SECURITY_CONSENT, on),
        PathEvent(EventKind.SECURITY_RESULT, on + timedelta(days=2), {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, on + timedelta(days=4)),
    ]


def evaluation_history(register: Register) -> None:
    """The evaluation's figures up to May 2021 (000:877–910): 62 referred, mostly by
    Kriminalvården; 21 not enrolled; 41 enrolled, of whom at the end of May 20 follow the path
    (7 newly enrolled, 2 in private jobs, 11 in OSA), 7 are off it, 14 discharged before the
    goal. Each person's path is recorded through the participants' repository."""
    register._clock = lambda: NOW
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    start = date(2019, 10, 1)
    reasons = ["not_motivated", "not_fit", "not_osa_eligible", "ongoing_criminality"]
    discharges = ["prison"] * 3 + ["care"] * 3 + ["unreachable"] * 3 + ["not_osa_eligible"] * 5
    people: list[tuple[Person, list[PathEvent]]] = []
    for i in range(62):
        referred = start + timedelta(days=9 * i)
        referrer = "probation" if i % 3 else ("af" if i % 2 else "ifo")
        events = _intake(referred, referrer)
        decided = referred + timedelta(days=6)
        person = Person(
            f"Person{i}",
            "Exempel",
            birth_date=date(1975 + i % 25, 1 + i % 12, 1 + i % 28),
            sex=Sex.FEMALE if i % 5 in (0, 3) else Sex.MALE,
        )
        if i < 21:
            events.append(
                PathEvent(
                    EventKind.DECISION, decided, {"enrolled": False, "reason": reasons[i % 4]}
                )
            )
            people.append((person, events))
            continue
        enrolled = decided + timedelta(days=3)
        events += [
            PathEvent(EventKind.DECISION, decided, {"enrolled": True}),
            PathEvent(EventKind.ENROLMENT, enrolled, {"contract_signed": True}),
        ]
        k = i - 21  # 0–40
        later = max(enrolled + timedelta(days=30), date(2021, 3, 1))
        if k < 14:  # discharged before the goal
            events.append(
                PathEvent(
                    EventKind.DISCHARGE, enrolled + timedelta(days=60), {"outcome": discharges[k]}
                )
            )
        elif k < 21:  # off the path: extra support
            events.append(PathEvent(EventKind.PHASE_CHANGE, later, {"phase": "support"}))
        elif k < 23:  # a private job, by their own contacts
            events += [
                PathEvent(EventKind.PHASE_CHANGE, enrolled + timedelta(days=40), {"phase": "osa"}),
                PathEvent(EventKind.DISCHARGE, later, {"outcome": "private_job"}),
            ]
        elif k < 34:  # in OSA
            events.append(PathEvent(EventKind.PHASE_CHANGE, later, {"phase": "osa"}))
        # the last seven: newly enrolled, still in phase 1
        people.append((person, events))
    ParticipantRepository(register).create_many(people, today=NOW.date())


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    evaluation_history(new_register.register)
    return new_register.register


def test_the_evaluations_history_gives_figure_5_in_the_workbook(
    register: Register, tmp_path: Path
) -> None:
    figures, _inputs = compute(register, MAY_2021)
    assert figures.outcome.counted == 41
    assert figures.outcome.groups[OutcomeGroup.ON_PATH] == 20
    assert figures.outcome.groups[OutcomeGroup.OFF_PATH] == 7
    assert figures.outcome.groups[OutcomeGroup.DISCHARGED] == 14
    assert figures.outcome.on_path_share == round(20 / 41, 4)
    made = export_steering(register, MAY_2021, tmp_path / "styrgrupp.xlsx")
    sheet = load_workbook(made.result.path)["Utfallsmodell"]
    found = {r[0]: r[1] for r in sheet.iter_rows(min_row=7, values_only=True) if r[0]}
    assert found["Counted in the outcome model"] == 41
    assert found["On the path"] == 20
    assert found["Off the path, still enrolled"] == 7
    assert found["Discharged"] == 14
    assert found["Share on the path"] == round(20 / 41, 4)


def test_an_export_is_logged_names_nobody_and_grows_the_history(
    register: Register, tmp_path: Path
) -> None:
    first = export_steering(register, MAY_2021, tmp_path / "maj.xlsx")
    assert first.result.people == 0  # nobody in the disclosure log: the workbook names nobody
    entries = [e for e in register.audit_entries() if e.entity == KIND]
    assert [e.entity_id for e in entries] == ["2021-05:1"]
    second = export_steering(register, parse_period("2021-Q1"), tmp_path / "q1.xlsx")
    history = load_workbook(second.result.path)["Historik"]
    rows = [r for r in history.iter_rows(min_row=7, values_only=True) if r[0] is not None]
    assert [r[1] for r in rows] == ["2021-05", "2021-Q1"]
    assert [e.period for e in SteeringRepository(register).history()] == ["2021-05", "2021-Q1"]
    stored = SteeringRepository(register).history()[0].figures
    assert stored == key_figures(first.figures)


def test_a_cancelled_export_leaves_no_file_and_no_history(
    register: Register, tmp_path: Path
) -> None:
    progress = Progress()
    progress_seen: list[int] = []

    def on_report(done: int, total: int, text: str) -> None:
        progress_seen.append(done)
        if done == 3 and total == 4:  # the workbook is made: cancel before the file is
            progress.cancel()

    progress = Progress(on_report)
    out = tmp_path / "styrgrupp.xlsx"
    with pytest.raises(Cancelled):
        export_steering(register, MAY_2021, out, progress=progress)
    assert not out.exists()
    assert SteeringRepository(register).history() == []
    assert 3 in progress_seen


def test_counting_leaves_the_cycle_collector_as_it_was(register: Register) -> None:
    """The figures are counted with Python's cycle collector paused; it runs again afterwards,
    also when the user cancels while the register is read, and stays off if it was off."""
    assert gc.isenabled()
    compute(register, MAY_2021)
    assert gc.isenabled()
    load_inputs(register, MAY_2021.since, MAY_2021.until)
    assert gc.isenabled()

    def cancel_when_reading(done: int, total: int, text: str) -> None:
        if done == 1:  # read, about to count
            progress.cancel()

    progress = Progress(cancel_when_reading)
    with pytest.raises(Cancelled):
        compute(register, MAY_2021, progress=progress)
    assert gc.isenabled()
    gc.disable()
    try:
        compute(register, MAY_2021)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_same_register_and_period_give_the_same_figures_after_later_steps(
    register: Register,
) -> None:
    before, _ = compute(register, MAY_2021)
    people = ParticipantRepository(register)
    register._clock = lambda: NOW + timedelta(days=40)
    newly = next(p for p in people.search() if p.phase and p.phase.value == "phase_1")
    assert newly.id is not None
    people.add_event(
        newly.id, PathEvent(EventKind.PHASE_CHANGE, date(2021, 6, 20), {"phase": "osa"})
    )
    people.create_referral(
        Person("Ny", "Person"),
        PathEvent(EventKind.REFERRAL, date(2021, 7, 1), {"referrer_type": "self"}),
    )
    after, _ = compute(register, MAY_2021)
    assert key_figures(after) == key_figures(before)
    assert after.flow == before.flow and after.outcome == before.outcome
    assert after.participants == before.participants


def test_cost_parameters_are_kept_and_used(register: Register) -> None:
    store = SteeringRepository(register)
    assert store.parameters() == CostParameters()
    store.save_parameters(CostParameters(participants_per_year=12))
    assert store.parameters().participants_per_year == 12
    figures, _ = compute(register, MAY_2021)
    assert figures.cost.parameters.participants_per_year == 12
    assert any(e.entity == "steering_parameters" for e in register.audit_entries())


# ----------------------------------------------------------- the steering group's own workbook


def _their_workbook(path: Path, *, chart: bool = False) -> bytes:
    book = Workbook()
    book.active.title = "Budget"
    sheet = book["Budget"]
    for row in range(1, 5):
        sheet.append([f"Rad {row}", row * 10])
    if chart:
        bars = BarChart()
        bars.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4))
        sheet.add_chart(bars, "D2")
    book.create_sheet("Flöde")["A1"] = "förra kvartalets flöde"
    book.save(path)
    return path.read_bytes()


def test_their_workbook_keeps_its_other_sheets_after_a_copy(
    register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "styrgruppen.xlsx"
    original = _their_workbook(path)
    made = export_steering(register, MAY_2021, path)
    assert made.result.path == path and made.target.base == path
    assert made.target.copy is not None and made.target.copy.read_bytes() == original
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Budget", "Flöde"]
    assert book["Budget"]["B4"].value == 40
    assert book["Flöde"]["A1"].value != "förra kvartalets flöde"
    assert set(SHEET_NAMES.values()) <= set(book.sheetnames)
    # Our own charts from that export do not stop the next one from updating it in place.
    again = export_steering(register, parse_period("2021-Q1"), path)
    assert again.result.path == path and again.target.kept_out == ()
    assert load_workbook(path)["Budget"]["A1"].value == "Rad 1"


def test_their_workbook_with_a_chart_is_never_overwritten(
    register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "styrgruppen.xlsx"
    original = _their_workbook(path, chart=True)
    made = export_steering(register, MAY_2021, path)
    assert path.read_bytes() == original
    assert made.result.path == tmp_path / "styrgruppen-fardvag-2021-05.xlsx"
    assert made.target.kept_out == ("charts",)
    assert "charts" in kept_out_message(made.target) and "styrgruppen.xlsx" in (
        kept_out_message(made.target)
    )
    assert load_workbook(made.result.path).sheetnames == list(SHEET_NAMES.values())


def test_macros_and_pivot_tables_are_recognised(tmp_path: Path) -> None:
    path = tmp_path / "makron.xlsx"
    _their_workbook(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0")
        archive.writestr("xl/pivotCache/pivotCacheDefinition1.xml", "<x/>")
    assert unkeepable(path, SHEET_NAMES.values()) == ("macros", "pivot tables")


def test_a_file_that_is_not_a_workbook_is_left_alone(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(NotAWorkbook) as caught:
        export_steering(register, MAY_2021, path)
    assert "anteckningar.xlsx" in caught.value.user_message()
    assert path.read_bytes() == b"not a workbook"


def test_a_cell_starting_with_equals_stays_text(register: Register, tmp_path: Path) -> None:
    save_settings(register, UnitSettings(unit_name="=cmd|' /C calc'!A0", municipality=""))
    made = export_steering(register, quarter_period(2021, 1), tmp_path / "q1.xlsx")
    title = load_workbook(io.BytesIO(made.result.path.read_bytes()))["Sammanfattning"]["A1"]
    assert title.value.startswith("=cmd")
    assert title.data_type == "s"

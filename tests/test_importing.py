"""Import from Excel: reading the file, the column guess, the cell values, the row checks, and
committing all rows or none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from stdnum import luhn

from desktop.core import i18n as core_i18n
from desktop.core.errors import AppError
from desktop.core.path import DischargeOutcome, EventKind, PathEvent, Phase, Status
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository, SearchFilter
from desktop.importing import (
    AcceptedRow,
    ColumnMapping,
    ImportFileError,
    ImportRefused,
    ImportReport,
    RejectedRow,
    commit_import,
    guess_mapping,
    parse_date,
    parse_outcome,
    parse_phase,
    plan_import,
    read_sheet,
)
from tests.conftest import NewRegister

TODAY = date(2025, 1, 15)
HEADERS = ["Namn", "Personnummer", "Remissdatum", "Inskriven", "Fas", "Utskriven", "Utfall"]


def pnr(birth: str, serial: str) -> str:
    """A valid personnummer: YYYYMMDD-NNNC with the Luhn check digit computed."""
    return f"{birth}-{serial}{luhn.calc_check_digit(birth[2:] + serial)}"


ANNA = pnr("19800101", "123")
BO = pnr("19751231", "456")
CECILIA = pnr("19900615", "002")
DAN = pnr("19851010", "111")
EVA = pnr("19700304", "228")
YOUNG = pnr("20050101", "123")


def write_xlsx(
    path: Path, headers: Sequence[Any], rows: Sequence[Sequence[Any]], *, skip: int = 0
) -> Path:
    """An Excel file as units keep them: `skip` empty rows above the headers."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Deltagare"
    for _ in range(skip):
        sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def repository(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def plan(path: Path, repository: ParticipantRepository) -> ImportReport:
    sheet = read_sheet(path)
    return plan_import(path, guess_mapping(sheet.headers), repository, TODAY)


def rejected_by_row(report: ImportReport) -> dict[int, str]:
    return {row.row: " ".join(row.reasons()) for row in report.rejected}


def event_count(new_register: NewRegister) -> int:
    with new_register.register.read() as conn:
        return int(conn.execute("SELECT count(*) FROM path_events").fetchone()[0])


# ---------------------------------------------------------------------------- pure parts


def test_guess_mapping_reads_swedish_and_english_headers() -> None:
    assert guess_mapping(HEADERS) == ColumnMapping(
        name=0,
        personnummer=1,
        referral_date=2,
        enrolment_date=3,
        phase=4,
        discharge_date=5,
        discharge_outcome=6,
    )
    swedish = guess_mapping(
        [
            "FÖRNAMN",
            "Efternamn",
            "Pnr",
            "Inremitterad",
            "Inskrivningsdatum",
            "Aktuell fas",
            "Utskrivningsdatum",
            "Orsak",
        ]
    )
    assert swedish == ColumnMapping(
        first_name=0,
        last_name=1,
        personnummer=2,
        referral_date=3,
        enrolment_date=4,
        phase=5,
        discharge_date=6,
        discharge_outcome=7,
    )
    english = guess_mapping(
        ["Full name", "Referred by", "Referral date", "Enrolment date", "Discharge date", "Outcome"]
    )
    assert english == ColumnMapping(
        name=0, referral_date=2, enrolment_date=3, discharge_date=4, discharge_outcome=5
    )
    assert guess_mapping(["Kommentar", ""]) == ColumnMapping()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2024, 3, 5), date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05 00:00", date(2024, 3, 5)),
        ("2024-03-05 00:00:00", date(2024, 3, 5)),
        ("5/3/2024", date(2024, 3, 5)),  # day first, as written in Sweden
        ("05.03.2024", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),
        (20240305, date(2024, 3, 5)),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_from_cells(value: Any, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/2/2024", "mars", "3/5/24", 45356, "2024-13-01"])
def test_not_dates(value: Any) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the module's own private subclass
        parse_date(value)


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("Fas 1", Phase.PHASE_1),
        ("fas 2", Phase.PHASE_2),
        ("FAS 3", Phase.OSA),
        ("OSA", Phase.OSA),
        ("Efter OSA", Phase.AFTER_OSA),
        ("efter-OSA", Phase.AFTER_OSA),
        ("Stöd", Phase.SUPPORT),
        (2, Phase.PHASE_2),
        ("phase_2", Phase.PHASE_2),
        ("", None),
    ],
)
def test_phases_from_text(text: Any, phase: Phase | None) -> None:
    assert parse_phase(text) == phase


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Arbete", DischargeOutcome.PRIVATE_JOB),
        ("fått jobb på lager", DischargeOutcome.PRIVATE_JOB),
        ("Studier", DischargeOutcome.STUDIES),
        ("OSA", DischargeOutcome.SUBSIDISED_WORK),
        ("Lönebidrag", DischargeOutcome.SUBSIDISED_WORK),
        ("subventionerat arbete", DischargeOutcome.SUBSIDISED_WORK),
        ("Försäkringskassan", DischargeOutcome.LONG_TERM_BENEFIT),
        ("FK", DischargeOutcome.LONG_TERM_BENEFIT),
        ("Fängelse", DischargeOutcome.PRISON),
        ("anstalt", DischargeOutcome.PRISON),
        ("Vård", DischargeOutcome.CARE),
        ("behandlingshem", DischargeOutcome.CARE),
        ("Ej nåbar", DischargeOutcome.UNREACHABLE),
        ("avbrutit", DischargeOutcome.UNREACHABLE),
        ("slutat komma", DischargeOutcome.UNREACHABLE),
        ("Ej OSA-berättigad", DischargeOutcome.NOT_OSA_ELIGIBLE),
        ("Flyttat", DischargeOutcome.MOVED),
        ("studies", DischargeOutcome.STUDIES),
        ("private_job", DischargeOutcome.PRIVATE_JOB),
        ("något helt annat", DischargeOutcome.OTHER),
        ("", None),
        (None, None),
    ],
)
def test_outcomes_from_swedish_and_english_text(text: Any, outcome: DischargeOutcome) -> None:
    assert parse_outcome(text) == outcome


def test_the_header_need_not_be_the_first_row_and_row_numbers_are_excels(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        ["Förnamn", "Efternamn", None, "Remiss"],
        [["Anna", "Andersson", None, "2024-01-10"], [], [None, None], ["Bo", "Berg", "x", None]],
        skip=2,
    )
    sheet = read_sheet(path)
    assert sheet.header_row == 3
    assert sheet.headers == ("Förnamn", "Efternamn", "", "Remiss")
    assert [row.number for row in sheet.rows] == [4, 7]
    assert sheet.column_label(2) == "C"
    assert sheet.column_label(3) == "D: Remiss"


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "lista.xlsx"
    text.write_text("Namn;Personnummer\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_sheet(text)
    assert "not an Excel workbook" in refused.value.user_message()
    with pytest.raises(ImportFileError):
        read_sheet(tmp_path / "finns-inte.xlsx")
    with pytest.raises(ImportFileError):
        read_sheet(b"not a zip file")


# ---------------------------------------------------------------------------- planning


def good_rows() -> list[list[Any]]:
    return [
        # real Excel dates
        ["Anna Andersson", ANNA, date(2024, 1, 10), date(2024, 2, 1), "Fas 2", None, None],
        # dates as text, a name the way lists sorted by surname write it
        ["Berg, Bo", BO, "2024-01-15", "2024-02-01 00:00", "OSA", None, None],
        [],  # an empty row is skipped, and the rows after it keep Excel's numbers
        # only referred so far, Swedish day-first date
        ["Cecilia Åberg", CECILIA, "5/3/2024", None, None, None, None],
        ["Dan Östlund", DAN, "2024-01-05", "2024-01-20", "Efter OSA", None, None],
        ["Eva Ek", EVA, "2024-01-05", "2024-01-20", "Stöd", "2024-06-01", "Fått arbete"],
    ]


def test_plan_accepts_good_rows_and_builds_their_paths(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, good_rows()), repository)
    assert report.rejected == ()
    assert report.can_commit
    rows = {row.row: row for row in report.accepted}
    assert sorted(rows) == [2, 3, 5, 6, 7]
    anna = rows[2]
    assert (anna.person.first_name, anna.person.last_name) == ("Anna", "Andersson")
    assert anna.person.personnummer == ANNA.replace("-", "")
    assert [e.kind for e in anna.events] == [
        EventKind.REFERRAL,
        EventKind.SECURITY_CONSENT,
        EventKind.SECURITY_RESULT,
        EventKind.MAPPING_INTERVIEW,
        EventKind.DECISION,
        EventKind.ENROLMENT,
        EventKind.PHASE_CHANGE,
    ]
    # Imported history has no intake dates of its own: they are the referral day.
    assert {e.on for e in anna.events[:5]} == {date(2024, 1, 10)}
    assert anna.events[0].data == {
        "referrer_type": "other",
        "referrer_name": "",
        "reason": "Importerad från Excel",
    }
    assert anna.events[5].on == date(2024, 2, 1)
    assert (anna.state.status, anna.state.phase) == (Status.ENROLLED, Phase.PHASE_2)
    assert (rows[3].person.first_name, rows[3].person.last_name) == ("Bo", "Berg")
    assert rows[3].state.phase is Phase.OSA
    assert rows[5].state.status is Status.REFERRED
    assert rows[5].state.referral_date == date(2024, 3, 5)
    assert [e.data.get("phase") for e in rows[6].events[-2:]] == ["osa", "after_osa"]
    assert rows[6].state.phase is Phase.AFTER_OSA
    eva = rows[7].state
    assert eva.status is Status.DISCHARGED
    assert eva.periods[-1].outcome is DischargeOutcome.PRIVATE_JOB
    assert eva.periods[-1].phases[-1][1] is Phase.SUPPORT


def test_plan_rejects_rows_and_says_why(tmp_path: Path, repository: ParticipantRepository) -> None:
    gun = pnr("19600202", "345")
    repository.create_many(
        [
            (
                Person("Gun", "Gustafsson", gun),
                [PathEvent(EventKind.REFERRAL, date(2023, 5, 1), {"referrer_type": "af"})],
            )
        ],
        today=TODAY,
    )
    rows = [
        ["Anna Andersson", ANNA, "2024-01-10", "2024-02-01", "Fas 1", None, None],  # 2: fine
        ["Bo Berg", "19751231-4560", "2024-01-10", None, None, None, None],  # 3: Luhn wrong
        ["Cecilia Åberg", CECILIA, "2024-01-10", None, None, None, None],  # 4: same pnr as 5
        ["Cecilia Åberg", CECILIA.replace("-", ""), "2024-01-11", None, None, None, None],  # 5
        ["Gun Gustafsson", gun, "2024-01-10", None, None, None, None],  # 6: in the register
        ["Dan Östlund", DAN, "2024-01-05", "2024-03-01", None, "2024-02-01", "Studier"],  # 7
        [None, EVA, "2024-01-05", None, None, None, None],  # 8: no name
        ["Frida Falk", None, "10 januari", None, None, None, None],  # 9: not a date
        ["Hans Holm", None, "2024-01-05", "2024-01-06", "Fas 9", None, None],  # 10: phase
        ["Ida Ilm", None, "2024-01-05", "2024-01-06", None, "2024-02-01", None],  # 11: outcome
        [None, "12345", "2024-02-01", "2024-01-01", None, None, None],  # 12: three problems
        ["Jon Jonsson", None, "2024-01-05", "2030-01-01", None, None, None],  # 13: future
        ["Kim", None, "2024-01-05", None, None, None, None],  # 14: one word only
        ["Lo Lund", None, None, None, None, None, None],  # 15: no referral date
    ]
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, rows), repository)
    assert [row.row for row in report.accepted] == [2]
    reasons = rejected_by_row(report)
    assert sorted(reasons) == list(range(3, 16))
    assert "Not a valid personnummer" in reasons[3]
    assert "also on row 5" in reasons[4]
    assert "also on row 4" in reasons[5]
    assert "Gun Gustafsson" in reasons[6] and "already has this personnummer" in reasons[6]
    assert "discharge date (2024-02-01) is before the enrolment date (2024-03-01)" in reasons[7]
    assert "name is missing" in reasons[8]
    assert "“Remissdatum”: “10 januari” is not a date" in reasons[9]
    assert "phase “Fas 9” is not known" in reasons[10]
    assert "no outcome" in reasons[11]
    # Every reason of a row, not only the first.
    assert "name is missing" in reasons[12]
    assert "Not a valid personnummer" in reasons[12]
    assert "enrolment date (2024-01-01) is before the referral date (2024-02-01)" in reasons[12]
    assert "2030-01-01 is in the future" in reasons[13]
    assert "both the first and the last name" in reasons[14]
    assert "referral date is missing" in reasons[15]
    rejected = {row.row: row for row in report.rejected}
    assert rejected[4].name == "Cecilia Åberg"
    assert rejected[12].describe().startswith("Row 12: ")
    assert not report.can_commit


def test_reasons_are_translated_when_shown(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", HEADERS, [[None, "1", "2024-01-01"]])
    report = plan(path, repository)
    core_i18n.set_translator(lambda context, text: f"[{context}] {text}")
    reasons = report.rejected[0].reasons()
    assert "[Import] The name is missing." in reasons
    assert any(r.startswith("[AppError] Not a valid personnummer") for r in reasons)


def test_an_incomplete_mapping_checks_no_rows(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", HEADERS, good_rows())
    report = plan_import(path, ColumnMapping(personnummer=1), repository, TODAY)
    texts = [p.text() for p in report.mapping_problems]
    assert any("column with the name" in t for t in texts)
    assert any("referral date" in t for t in texts)
    assert report.rows() == []
    with pytest.raises(ImportRefused):
        commit_import(report, repository)


def test_separate_name_columns_and_a_file_given_as_bytes(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        ["Förnamn", "Efternamn", "Pnr", "Inremitterad"],
        [
            ["Åsa", "Öberg", int(ANNA.replace("-", "")), datetime(2024, 4, 2, 0, 0)],
            ["Per", None, None, "x"],
            # Typed as a number, Excel drops the leading zero of someone born in 2005.
            ["Ola", "Olsson", int(YOUNG[2:].replace("-", "")), "2024-04-03"],
        ],
    )
    report = plan_import(path.read_bytes(), guess_mapping(read_sheet(path).headers), repository)
    asa, ola = report.accepted
    assert (asa.person.first_name, asa.person.last_name) == ("Åsa", "Öberg")
    assert asa.person.personnummer == ANNA.replace("-", "")
    assert ola.person.personnummer == YOUNG.replace("-", "")
    reasons = " ".join(report.rejected[0].reasons())
    assert "last name is missing" in reasons and "is not a date" in reasons


# ---------------------------------------------------------------------------- committing


def test_commit_stores_everyone_with_status_and_phase(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, good_rows()), repository)
    created = commit_import(report, repository)
    assert len(created) == 5 == repository.count()
    assert all(p.internal_no.startswith("2024-") for p in created)
    people = {p.name: p for p in repository.search()}
    assert set(people) == {"Anna Andersson", "Bo Berg", "Cecilia Åberg", "Dan Östlund", "Eva Ek"}
    assert (people["Anna Andersson"].status, people["Anna Andersson"].phase) == (
        Status.ENROLLED,
        Phase.PHASE_2,
    )
    assert people["Bo Berg"].phase is Phase.OSA
    assert people["Cecilia Åberg"].status is Status.REFERRED
    assert people["Dan Östlund"].phase is Phase.AFTER_OSA
    assert people["Eva Ek"].status is Status.DISCHARGED
    assert people["Eva Ek"].id is not None
    eva = repository.path(people["Eva Ek"].id)
    assert eva.periods[-1].outcome is DischargeOutcome.PRIVATE_JOB
    in_osa = repository.search(SearchFilter(status=Status.ENROLLED, phase=Phase.OSA))
    assert [p.name for p in in_osa] == ["Bo Berg"]
    assert [p.name for p in repository.search(SearchFilter(text="åberg"))] == ["Cecilia Åberg"]

    # The same file again: everyone is already there, so every row is rejected.
    again = plan(tmp_path / "lista.xlsx", repository)
    assert again.accepted == ()
    assert all("already has this personnummer" in r for r in rejected_by_row(again).values())


def test_commit_with_a_rejected_row_writes_nothing(
    tmp_path: Path, repository: ParticipantRepository, new_register: NewRegister
) -> None:
    rows = [*good_rows(), ["Frida Falk", "19800101-0000", "2024-01-10"]]
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, rows), repository)
    assert len(report.accepted) == 5 and [r.row for r in report.rejected] == [8]
    audit_before = len(list(new_register.register.audit_entries()))
    with pytest.raises(ImportRefused) as refused:
        commit_import(report, repository)
    assert "rows 8" in refused.value.user_message()
    assert repository.count() == 0
    assert event_count(new_register) == 0
    assert len(list(new_register.register.audit_entries())) == audit_before


def test_a_failure_half_way_through_leaves_nothing(
    tmp_path: Path,
    repository: ParticipantRepository,
    new_register: NewRegister,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, good_rows()), repository)
    assert report.can_commit
    stored = ParticipantRepository._store_state
    calls = []

    def fail_on_the_third(self: ParticipantRepository, *args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:  # two people are already written inside the transaction
            raise OSError("disk full")
        stored(self, *args)

    monkeypatch.setattr(ParticipantRepository, "_store_state", fail_on_the_third)
    with pytest.raises(OSError, match="disk full"):
        commit_import(report, repository)
    assert len(calls) == 3
    assert repository.count() == 0
    assert event_count(new_register) == 0


def test_someone_added_between_check_and_commit_stops_the_whole_import(
    tmp_path: Path, repository: ParticipantRepository
) -> None:
    report = plan(write_xlsx(tmp_path / "lista.xlsx", HEADERS, good_rows()), repository)
    first: AcceptedRow = report.accepted[0]
    repository.create_many([(first.person, first.events[:1])], today=TODAY)
    with pytest.raises(AppError, match="already in the register"):
        commit_import(report, repository)
    assert repository.count() == 1


def test_an_empty_report_is_refused(repository: ParticipantRepository) -> None:
    with pytest.raises(ImportRefused, match="nothing to import"):
        commit_import(ImportReport(TODAY), repository)
    rejected = ImportReport(TODAY, rejected=(RejectedRow(4, "", "", ()),))
    with pytest.raises(ImportRefused, match="rows 4"):
        commit_import(rejected, repository)

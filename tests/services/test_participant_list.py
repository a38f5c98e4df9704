"""The Deltagare list as an Excel file through the export door: the columns and words the
screen shows, for the same search and filters, typed text that a spreadsheet never runs as a
formula, a frozen heading with filters, and each person on it in the disclosure log."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.audit import Action
from desktop.core.consent import INTERNAL
from desktop.core.path import EventKind, PathEvent, Status
from desktop.core.records import Person
from desktop.db.consent import ConsentRepository
from desktop.db.participants import ParticipantRepository, SearchFilter
from desktop.db.register import AuditQuery, Register
from desktop.services.exports import run_export
from desktop.services.participant_list import ParticipantListDocument
from tests.conftest import ADMIN, NewRegister

DAY = date(2026, 11, 23)
FORMULA = '=HYPERLINK("http://example.invalid")'


def enrolled(start: date) -> list[PathEvent]:
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    register = new_register.register
    people = ParticipantRepository(register)
    start = DAY - timedelta(days=20)
    people.create_many(
        [
            (
                Person("Åsa", "Öberg", "19811218-9876", responsible=ADMIN),
                enrolled(start),
            ),
            (Person("Bo", FORMULA), enrolled(start)[:1]),
            (Person("Cecilia", "Ek"), enrolled(start)[:1]),
        ],
        today=DAY,
    )
    return register


def sheet_rows(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).worksheets[0]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_file_holds_the_columns_shown_and_everyone_matching(
    register: Register, tmp_path: Path
) -> None:
    document = ParticipantListDocument(SearchFilter(), DAY)
    assert document.default_name() == "deltagarlista-2026-11-23.xlsx"  # no name, no search text
    result = run_export(register, document, tmp_path / document.default_name())
    book = load_workbook(result.path)
    sheet = book.worksheets[0]
    assert sheet.title == "Participants"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"
    rows = sheet_rows(result.path)
    assert rows[0] == [
        "No.",
        "Name",
        "Personnummer",
        "Status",
        "Phase",
        "Group",
        "Responsible",
        "Consent",
    ]
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["Öberg, Åsa"] == [
        "2026-001",
        "Öberg, Åsa",
        "19811218-9876",
        "Enrolled",
        "Phase 1",
        None,
        "Anna Andersson",  # the display name, never the login
        "missing",  # enrolled without an information-sharing consent
    ]
    # What someone typed as a formula stays text, shown as typed.
    (tricky,) = [row[1] for row in sheet.iter_rows(min_row=2) if row[1].value.startswith("=")]
    assert tricky.value == f"{FORMULA}, Bo"
    assert tricky.data_type == "s"
    assert result.people == 3

    entry = next(e for e in register.audit_entries(AuditQuery()) if e.seq == result.audit_seq)
    assert (entry.action, entry.entity, entry.entity_id) == (
        Action.EXPORT.value,
        "participant_list",
        "2026-11-23",
    )
    (line,) = ConsentRepository(register).disclosures(1)
    assert (line.recipient, line.document) == (INTERNAL, "participant_list")


def test_the_file_follows_the_search_filters_and_sort_of_the_screen(
    register: Register, tmp_path: Path
) -> None:
    enrolled_only = ParticipantListDocument(SearchFilter(status=Status.ENROLLED), DAY)
    path = run_export(register, enrolled_only, tmp_path / "a.xlsx").path
    assert [r[1] for r in sheet_rows(path)[1:]] == ["Öberg, Åsa"]
    assert enrolled_only.rows_written == 1

    searched = ParticipantListDocument(SearchFilter(text="ek"), DAY)
    path = run_export(register, searched, tmp_path / "b.xlsx").path
    assert [r[1] for r in sheet_rows(path)[1:]] == ["Ek, Cecilia"]

    backwards = ParticipantListDocument(SearchFilter(sort="name", descending=True), DAY)
    path = run_export(register, backwards, tmp_path / "c.xlsx").path
    names = [r[1] for r in sheet_rows(path)[1:]]
    assert names == sorted(names, reverse=True)
    # Only the people on each list are in the disclosure log with it.
    assert len(ConsentRepository(register).disclosures(3)) == 2  # Cecilia: the search and c

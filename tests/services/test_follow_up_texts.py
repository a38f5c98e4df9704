"""An action-plan follow-up's text where follow-ups are printed: the staff's progress sheet (PDF
and Excel) shows what the latest follow-up found, as it stands after a correction; the
participant's version does not; the register extract holds every text, the corrected one too."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core.progress_sheet import Version
from desktop.core.records import FollowUpText, LifeArea
from desktop.db.participants import ParticipantRepository
from desktop.services.consent_documents import RegisterExtractDocument
from desktop.services.exports import run_export
from desktop.services.progress_documents import (
    ProgressSheetDocument,
    ProgressWorkbookDocument,
    SheetOptions,
)
from tests.conftest import NewRegister
from tests.progress_data import TODAY, ProgressBook, build_progress_book

FIRST = "Träffade hyresvärden, lägenhet visas 2 dec."
FIX = "Rättelse: visningen är 3 dec."


@pytest.fixture
def book(new_register: NewRegister) -> ProgressBook:
    book = build_progress_book(new_register.register)
    people = ParticipantRepository(book.register)
    goal = next(g for g in people.goals(book.asa) if g.life_area is LifeArea.HOUSING)
    done = replace(
        goal.follow_ups[0], done_on=TODAY - timedelta(days=1), texts=(FollowUpText(FIRST),)
    )
    goal = people.save_goal(book.asa, replace(goal, follow_ups=(done,)))
    saved = goal.follow_ups[0]
    fix = FollowUpText(FIX, corrects=saved.texts[0].id)
    people.save_goal(
        book.asa, replace(goal, follow_ups=(replace(saved, texts=(*saved.texts, fix)),))
    )
    return book


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_staff_sheet_shows_what_the_latest_follow_up_found(
    book: ProgressBook, tmp_path: Path
) -> None:
    staff = run_export(
        book.register,
        ProgressSheetDocument(book.asa, SheetOptions(Version.STAFF), day=TODAY),
        tmp_path / "staff.pdf",
    )
    text = text_of(staff.path)
    assert f"Latest follow-up: {(TODAY - timedelta(days=1)).isoformat()}: {FIX}" in text
    assert FIRST not in text  # corrected: the sheet shows what stands

    participant = run_export(
        book.register,
        ProgressSheetDocument(book.asa, SheetOptions(Version.PARTICIPANT), day=TODAY),
        tmp_path / "participant.pdf",
    )
    assert FIX not in text_of(participant.path)  # the staff's words stay with the staff

    workbook = run_export(
        book.register,
        ProgressWorkbookDocument(book.asa, SheetOptions(Version.STAFF), day=TODAY),
        tmp_path / "staff.xlsx",
    )
    plan = load_workbook(workbook.path)["Plan"]
    headers = [c.value for c in plan[1]]
    column = headers.index("Latest follow-up")
    values = [row[column].value for row in plan.iter_rows(min_row=2)]
    assert f"{(TODAY - timedelta(days=1)).isoformat()}: {FIX}" in values


def test_the_register_extract_holds_every_follow_up_text(
    book: ProgressBook, tmp_path: Path
) -> None:
    result = run_export(book.register, RegisterExtractDocument(book.asa), tmp_path / "u.pdf")
    text = text_of(result.path)
    assert FIRST in text
    assert f"correction: {FIX}" in text

"""A very long note. A megabyte pasted into the note dialog is refused in place with the limit,
in Swedish, and stays in the dialog so nothing typed is lost; a note at the limit is saved word
for word, shown in the record, and printed whole in the progress sheet (PDF and Excel)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate

from desktop.core.errors import AppError
from desktop.core.records import NOTE_MAX
from desktop.db.participants import ParticipantRepository
from desktop.services.exports import run_export
from desktop.services.progress_documents import (
    ProgressSheetDocument,
    ProgressWorkbookDocument,
    SheetOptions,
)
from desktop.ui.participants.dialogs import NoteDialog
from desktop.ui.participants.person_window import PersonWindow
from tests.conftest import NewRegister
from tests.services.conftest import Casebook, build_casebook

MEGABYTE = ("Klistrade in hela loggen från telefonen. " * 30 + "\n") * 820  # > 1 MB in UTF-8


def long_note() -> str:
    """A note exactly at the limit: paragraphs of prose, a marker at the start, middle and end."""
    body = ("Åsa berättade om veckan, om boendet och om skulderna. " * 6 + "\n\n") * 70
    text = "BÖRJAN " + body
    middle = len(text) // 2
    text = text[:middle] + " MITTEN " + text[middle:]
    return text[: NOTE_MAX - len(" SLUTET")] + " SLUTET"


@pytest.fixture
def book(new_register: NewRegister) -> Casebook:
    return build_casebook(new_register.register)


def test_a_megabyte_note_is_refused_in_place_and_kept_in_the_dialog(
    qtbot, book: Casebook, swedish: Callable[[AppError], str]
) -> None:  # type: ignore[no-untyped-def]
    assert len(MEGABYTE.encode()) > 1_000_000
    people = ParticipantRepository(book.register)
    before = people.notes(book.asa)
    dialog = NoteDialog(people, book.asa)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(MEGABYTE)  # as a paste delivers it
    dialog.accept()
    assert dialog.isVisible()  # not closed: nothing was saved, and nothing is lost
    assert dialog.form.errors["text"].isVisible()
    assert dialog.form.errors["text"].text() == f"Högst {NOTE_MAX} tecken."
    assert dialog.text.toPlainText() == MEGABYTE.replace("\r", "")
    assert people.notes(book.asa) == before


def test_a_note_at_the_limit_is_saved_shown_and_printed_whole(
    qtbot, book: Casebook, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = long_note()
    assert len(text) == NOTE_MAX
    people = ParticipantRepository(book.register)
    dialog = NoteDialog(people, book.asa)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.written_on.setDate(QDate(2026, 11, 20))  # inside the sheet's period
    dialog.text.setPlainText(text)
    dialog.accept()
    assert not dialog.isVisible()
    saved = [n for n in people.notes(book.asa) if n.text.startswith("BÖRJAN")]
    assert [n.text for n in saved] == [text.strip()]

    window = PersonWindow(people, book.asa)
    qtbot.addWidget(window)
    shown = window.notes_view.toPlainText()
    assert all(word in shown for word in ("BÖRJAN", "MITTEN", "SLUTET"))

    sheet = run_export(
        book.register,
        ProgressWorkbookDocument(book.asa, SheetOptions(include_notes=True)),
        tmp_path / "blad.xlsx",
    )
    cells = [
        c.value for s in load_workbook(sheet.path).worksheets for row in s.iter_rows() for c in row
    ]
    assert text.strip() in cells  # the whole note in one cell, within Excel's 32,767

    pdf = run_export(
        book.register,
        ProgressSheetDocument(book.asa, SheetOptions(include_notes=True)),
        tmp_path / "blad.pdf",
    )
    reader = PdfReader(io.BytesIO(pdf.path.read_bytes()), strict=True)
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert all(word in printed for word in ("BÖRJAN", "MITTEN", "SLUTET"))
    assert printed.count("Åsa berättade om veckan") == text.count("Åsa berättade om veckan")

"""Veckosammanfattning driven as staff would: the last week chosen by default, a draft per
ambassador, a line of one's own (refused in place when it names someone the gate left out),
sending to a folder in the background, the sent week showing what changed since, printing
through Qt's printer, and the ambassadors managed in their dialog."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.core.ambassadors import IsoWeek
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentRepository
from desktop.db.register import Register
from desktop.ui.ambassadors.dialogs import AmbassadorDialog, AmbassadorsDialog
from desktop.ui.ambassadors.section import AmbassadorsSection
from tests.conftest import NewRegister
from tests.services.test_ambassador_documents import NOW, WEEK, Week, make_week, sharing
from tests.ui.conftest import click, type_into


@pytest.fixture
def week(new_register: NewRegister) -> Week:
    return make_week(new_register.register)


def section_for(qtbot, register: Register) -> AmbassadorsSection:  # type: ignore[no-untyped-def]
    section = AmbassadorsSection()
    qtbot.addWidget(section)
    section.resize(1100, 760)
    section.load(register)
    section.show()
    qtbot.waitUntil(lambda: section.drafts is not None, timeout=10_000)
    return section


def names(section: AmbassadorsSection) -> list[str]:
    return [section.list.item(i).text().split("\n")[0] for i in range(section.list.count())]


def test_the_last_week_is_chosen_and_each_ambassador_has_a_draft(qtbot, week: Week) -> None:  # type: ignore[no-untyped-def]
    section = section_for(qtbot, week.register)
    assert section.chosen_week() == WEEK  # the clock says Tuesday of week 48
    assert "2026-W48" in section.week.itemText(0) and "not over yet" in section.week.itemText(0)
    assert names(section) == ["Omar Said", "Karin Ek", "Lena Ask", "Per Holm"]
    assert "not sent" in section.list.item(0).text()
    section.select_ambassador(week.ambassadors["Karin"].id or 0)
    text = section.preview.toPlainText()
    assert "To: Karin Ek, Social services (IFO)" in text
    assert "Åsa Öberg" in text and "Needs support with: housing" in text
    assert "Bo Berg" not in text and "Carola" not in text
    assert "Not sent yet." in section.state.text()
    entry = list(week.register.audit_entries())[-1]
    assert (entry.action, entry.entity) == ("view", "ambassador_summary")


def test_the_own_line_shows_in_the_preview_or_is_refused_in_place(qtbot, week: Week) -> None:  # type: ignore[no-untyped-def]
    section = section_for(qtbot, week.register)
    section.select_ambassador(week.ambassadors["Karin"].id or 0)
    type_into(qtbot, section.note, "Arbetsgruppen ses den 10 december.")
    qtbot.waitUntil(
        lambda: "Arbetsgruppen ses den 10 december." in section.preview.toPlainText(),
        timeout=3000,
    )
    type_into(qtbot, section.note, "Carola Ceder har fått jobb.")
    qtbot.waitUntil(section.note_error.isVisible, timeout=3000)
    assert "consent does not cover" in section.note_error.text()
    assert "Carola" not in section.preview.toPlainText()
    # Another ambassador, and back: the typed line is still there.
    section.select_ambassador(week.ambassadors["Per"].id or 0)
    assert section.note.toPlainText() == ""
    section.select_ambassador(week.ambassadors["Karin"].id or 0)
    assert section.note.toPlainText() == "Carola Ceder har fått jobb."
    # Sending is refused before anything is written while the line cannot go.
    section.send(Path("/nonexistent-folder-never-used"))
    assert section._handle is None and section.note_error.isVisible()


def test_sending_writes_the_files_and_a_sent_week_shows_what_changed(
    qtbot, week: Week, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ut"
    out.mkdir()
    section = section_for(qtbot, week.register)
    karin = week.ambassadors["Karin"].id or 0
    section.select_ambassador(karin)
    type_into(qtbot, section.note, "Arbetsgruppen ses den 10 december.")
    section.send(out)
    assert section.progress.isVisible()
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: section._handle is None and section.drafts is not None, timeout=10_000)
    assert len(list(out.iterdir())) == 5
    assert "Sent: 4 summaries" in section.done.text()
    assert "disclosure log has 6 new lines" in section.done.text()
    assert "sent" in section.week.currentText()
    assert all("· sent" in section.list.item(i).text() for i in range(section.list.count()))
    section.select_ambassador(karin)
    assert "Nothing has changed since." in section.changes.text()
    assert section.print_button.isEnabled()

    # Printing goes through Qt's printer (a PDF file here) and is logged as a print.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    assert section.print_to(printer) == 4
    printed = PdfReader(io.BytesIO((tmp_path / "utskrift.pdf").read_bytes()))
    # Qt's PDF writer spaces words with tabs: read it as words.
    text = " ".join(" ".join(p.extract_text() for p in printed.pages).split())
    assert "Karin Ek" in text and "Åsa Öberg" in text and "Page 1 of 1" in text
    assert "19900101" not in text.replace("-", "")
    entry = list(week.register.audit_entries())[-1]
    assert (entry.action, entry.entity, entry.entity_id) == (
        "print",
        "ambassador_summaries",
        "2026-W47",
    )

    # Bo gives IFO consent the next day: the sent week, made again, says what changed.
    week.register._clock = lambda: NOW + timedelta(days=1)
    ConsentRepository(week.register).add(
        sharing(week.ids["Bo"], {"ifo"}, {"action_plan"}, given_on=date(2026, 11, 25))
    )
    section.load_week()
    qtbot.waitUntil(lambda: section._handle is None, timeout=10_000)
    section.select_ambassador(karin)
    assert "Changed since:" in section.changes.text()
    assert "+ Bo Berg (2026-002): New phase: Phase 2" in section.changes.text()
    assert "sent, changed since" in section.list.currentItem().text()


def test_a_lock_forgets_the_drafts_but_keeps_the_typed_line(qtbot, week: Week) -> None:  # type: ignore[no-untyped-def]
    section = section_for(qtbot, week.register)
    karin = week.ambassadors["Karin"].id or 0
    section.select_ambassador(karin)
    type_into(qtbot, section.note, "Möte på torsdag.")
    qtbot.waitUntil(lambda: "Möte på torsdag." in section.preview.toPlainText(), timeout=3000)
    section.clear()
    assert section.drafts is None and section.list.count() == 0
    assert section.preview.toPlainText() == ""
    section.load(week.register)
    qtbot.waitUntil(lambda: section.drafts is not None, timeout=10_000)
    section.select_ambassador(karin)
    assert section.note.toPlainText() == "Möte på torsdag."
    assert "Möte på torsdag." in section.preview.toPlainText()


def test_ambassadors_are_added_changed_and_deactivated_in_their_dialog(
    qtbot, new_register: NewRegister
) -> None:  # type: ignore[no-untyped-def]
    register = new_register.register
    section = section_for(qtbot, register)
    assert section.list.count() == 0
    assert "No ambassador yet" in section.preview.toPlainText()
    assert not section.send_button.isEnabled()
    dialog = section.show_ambassadors()
    assert isinstance(dialog, AmbassadorsDialog)
    add = dialog.edit(None)
    assert isinstance(add, AmbassadorDialog)
    add.unit.setCurrentIndex(add.unit.findData("income_support"))
    add.accept()  # no name yet: refused in place
    assert add.form.errors["name"].isVisible() and add.isVisible()
    type_into(qtbot, add.name, "Per Holm")
    type_into(qtbot, add.email, "per.holm@boras.se")
    add.accept()
    assert not add.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, dialog.model.UNIT)) == (
        "Income support (Försörjningsenheten)"
    )
    qtbot.waitUntil(lambda: section.list.count() == 1, timeout=10_000)
    dialog.table.selectRow(0)
    assert dialog.active_button.text() == "&Deactivate"
    click(qtbot, dialog.active_button)
    (stored,) = AmbassadorRepository(register).ambassadors()
    assert not stored.active
    assert dialog.model.data(dialog.model.index(0, dialog.model.ACTIVE)) == "No, deactivated"
    qtbot.waitUntil(lambda: section.list.count() == 0, timeout=10_000)
    assert IsoWeek.parse(str(section.chosen_week()))

"""Deltagare → "Export to Excel…": the file holds exactly what the list shows with its search
and filters, cell for cell, and the suggested file name holds no personal data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from desktop.core.path import EventKind, PathEvent, Status
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository
from desktop.ui.participants.section import ParticipantsSection
from tests.ui.conftest import MakeApp, click, sign_in, type_into


def test_the_list_as_shown_goes_to_excel(
    qtbot, make_app: MakeApp, existing_register: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    start = date.today() - timedelta(days=20)
    referral = PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"})
    enrolment = [
        referral,
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]
    ParticipantRepository(app.register).create_many(
        [
            (Person("Åsa", "Öberg", "19811218-9876", responsible="anna"), enrolment),
            (Person("Åke", "Öst"), [referral]),
            (Person("Bo", "Berg"), enrolment),
        ]
    )
    app.main_window.show_section("participants")
    section = app.main_window.section("participants")
    assert isinstance(section, ParticipantsSection)
    section.load(app.register)
    section.status.setCurrentIndex(section.status.findData(Status.ENROLLED))
    type_into(qtbot, section.search, "ö")
    shown = [
        [section.model.display(section.model.record(r), c) for c in range(8)]
        for r in range(section.model.rowCount())
    ]
    assert [row[1] for row in shown] == ["Öberg, Åsa"]  # enrolled and matching "ö"

    asked: list[str] = []
    target = tmp_path / "lista.xlsx"

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), "Excel"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert section.export_button.text() == "&Export to Excel…"
    with qtbot.waitSignal(section.list_exported, timeout=20000):  # written in the background
        click(qtbot, section.export_button)
    assert Path(asked[0]).name == f"deltagarlista-{app.register.today().isoformat()}.xlsx"
    sheet = load_workbook(target).worksheets[0]
    rows = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    assert rows[0] == list(section.model.headers())  # the same headings as the screen
    assert rows[1:] == shown  # cell for cell what the list shows
    assert "Anna Andersson" in rows[1]
    assert section.exported.text() == "1 person saved to lista.xlsx."
    assert not section.error.isVisible()

    # A folder given as the file is refused in place, with what to do.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path), "Excel"))
    click(qtbot, section.export_button)
    qtbot.waitUntil(lambda: section.error.isVisible() and bool(section.error.text()))

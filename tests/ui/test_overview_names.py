"""Staff are shown by their display names (Karin Lind), never by their login names (karin): in
Översikt's to-do list and in the participants' list, also after the account was removed."""

from __future__ import annotations

from pathlib import Path

from desktop.db.participants import PersonRow, StaffNames, staff_names
from desktop.db.register import Register
from desktop.ui.participants.section import ParticipantsSection, PeopleTableModel
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP, NewRegister
from tests.ui.conftest import MakeApp, sign_in
from tests.ui.overview_helpers import fill_unit, loaded_overview, rows


def test_the_to_do_list_names_the_responsible_staff_member_by_display_name(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    fill_unit(existing_register)
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    people = {person: when for when, person, _task in rows(overview)}
    fatima = next(p for p in people if p.startswith("Fatima Said"))
    erik = next(p for p in people if p.startswith("Erik Ek"))
    assert fatima.splitlines()[1] == "Responsible: Karin Lind"
    assert erik.splitlines()[1] == "Responsible: Anna Andersson"
    # Who is signed in: the name, not the login.
    assert overview.signed_in.text() == "Signed in as Anna Andersson"


def test_the_participants_list_shows_display_names_even_for_a_removed_account(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    fill_unit(existing_register)
    with Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        register.remove_user("karin")
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    window.show_section("participants")
    section = window.section("participants")
    assert isinstance(section, ParticipantsSection)
    model = section.model
    shown = {
        model.data(model.index(row, PeopleTableModel.NAME)): model.data(
            model.index(row, PeopleTableModel.RESPONSIBLE)
        )
        for row in range(model.rowCount())
    }
    assert shown == {"Said, Fatima": "Karin Lind", "Ek, Erik": "Anna Andersson"}
    assert section.table.isColumnHidden(PeopleTableModel.RESPONSIBLE) is False


def test_staff_names_reads_every_account_once_and_shows_unknown_logins_as_they_are(
    new_register: NewRegister,
) -> None:
    names = staff_names(new_register.register)
    assert isinstance(names, StaffNames)
    assert names[ADMIN] == "Anna Andersson"
    assert names["recovery"] == "recovery"  # a login without an account: shown as itself
    row = PersonRow(1, "2026-001", "Fatima", "Said", None, "referred", None, None, ADMIN)
    model = PeopleTableModel()
    model.names = names
    assert model.display(row, PeopleTableModel.RESPONSIBLE) == "Anna Andersson"


def test_the_record_shows_who_signed_a_note_and_held_the_interview_by_display_name(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    from datetime import date

    from desktop.core.path import EventKind, PathEvent
    from desktop.core.records import Note, NoteCategory
    from desktop.db.participants import ParticipantRepository
    from desktop.ui.participants.person_window import EventsTableModel

    unit = fill_unit(existing_register)
    with Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        repository = ParticipantRepository(register)
        repository.add_note(unit.fatima, Note(date.today(), next(iter(NoteCategory)), "Samtal."))
        for event in (
            PathEvent(EventKind.SECURITY_CONSENT, date.today()),
            PathEvent(EventKind.SECURITY_RESULT, date.today(), {"result": "clear"}),
            PathEvent(EventKind.MAPPING_INTERVIEW, date.today(), {"staff": "karin"}),
        ):
            repository.add_event(unit.fatima, event)
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    record = app.main_window.open_person(unit.fatima)
    assert record is not None
    assert "signed by Anna Andersson" in record.notes_view.toPlainText()
    events = record.events
    details = [
        events.display(events.record(row), EventsTableModel.DETAILS)
        for row in range(events.rowCount())
        if events.record(row).kind is EventKind.MAPPING_INTERVIEW
    ]
    assert details == ["Karin Lind"]

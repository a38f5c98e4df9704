"""Consents driven as staff would: taken in the dialog and seen in force in the record's tab, a
valid-until past 12 months refused next to the field, withdrawn (the gate says no, and the units
that had data are named), a signed form attached and viewed, the form printed through the export
door, an entry made by mistake, and the administrators' lists."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from desktop.core.audit import Action
from desktop.core.consent import (
    INFORMATION_SHARING,
    SECURITY_CHECK,
    Consent,
    ConsentForm,
    Disclosure,
    GateReason,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.todo import todo_list
from desktop.db.consent import ConsentRepository, record_disclosures
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.snapshot import load_snapshot
from desktop.ui.consent.dialogs import ConsentListsDialog, NewConsentDialog, WithdrawDialog
from desktop.ui.consent.tab import ConsentsTableModel, ConsentTab, DisclosuresTableModel
from desktop.ui.participants.person_window import PersonWindow
from tests.conftest import NewRegister
from tests.ui.conftest import click, type_into

TODAY = date(2026, 11, 23)
LAST = date(2027, 11, 23)  # twelve months on: the default and the latest valid-until


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    new_register.register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    return new_register.register


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: the question to discard typed input is recorded and
    answered "Discard" unless a test says otherwise; opened files are recorded."""
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Discard,
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    return asked


def enrolled(register: Register, first: str = "Åsa", last: str = "Öberg") -> int:
    start = TODAY - timedelta(days=120)
    path = [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]
    [person] = ParticipantRepository(register).create_many(
        [(Person(first, last), path)], today=TODAY
    )
    assert person.id is not None
    return person.id


def tab_for(qtbot, register: Register, person_id: int) -> ConsentTab:  # type: ignore[no-untyped-def]
    tab = ConsentTab()
    qtbot.addWidget(tab)
    tab.load(ConsentRepository(register), person_id)
    tab.resize(1000, 640)
    tab.show()
    return tab


def given(register: Register, person_id: int, **changes: Any) -> Consent:
    values: dict[str, Any] = {
        "person_id": person_id,
        "kind": INFORMATION_SHARING,
        "units": frozenset({"af", "ifo"}),
        "categories": frozenset({"action_plan", "drug_tests"}),
        "given_on": TODAY - timedelta(days=60),
        "valid_until": TODAY + timedelta(days=200),
        "purpose": "Etablering på arbetsmarknaden",
    } | changes
    return ConsentRepository(register).add(Consent(**values))


def sent(register: Register, person_id: int, unit: str, on: date, *categories: str) -> None:
    """A line in the disclosure log, as an export to a partner writes it."""
    with register.write() as tx:
        seq = tx.audit(Action.EXPORT, "report", person_id)
        record_disclosures(
            tx,
            seq,
            [Disclosure(person_id, unit, frozenset(categories), "report", on, "anna", None)],
        )


def press_ok(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def row_texts(model: Any, row: int = 0) -> list[str]:
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


# ----------------------------------------------------------------------- a new consent


def test_a_consent_taken_in_the_dialog_is_in_force_in_the_tab(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    tab = tab_for(qtbot, register, person_id)
    assert tab.model.rowCount() == 0
    assert "No valid consent to share information" in tab.status.text()
    assert "b00020" in tab.status.styleSheet()  # red
    assert not tab.withdraw_button.isEnabled()

    click(qtbot, tab.new_button)
    dialog = tab.findChild(NewConsentDialog)
    assert dialog is not None and dialog.isVisible()
    # Prefilled for information sharing: the partners and the usual data (SUGGESTED).
    assert dialog.kind.currentData() == INFORMATION_SHARING
    assert dialog.units.checked() == {"frivarden", "af", "ifo", "income_support"}
    assert dialog.categories.checked() == {
        "personal_investigation",
        "action_plan",
        "sentence_plan",
    }
    assert dialog.purpose.text() == "Establishment on the labour market through the programme"
    assert dialog.given_on.date() == QDate(TODAY)
    assert dialog.valid_until.date() == QDate(LAST)
    click(qtbot, dialog.categories.boxes["drug_tests"])
    click(qtbot, dialog.handed_over)
    type_into(qtbot, dialog.note, "Underskriven på plats.")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    [stored] = ConsentRepository(register).consents(person_id)
    assert stored.categories == {
        "personal_investigation",
        "action_plan",
        "sentence_plan",
        "drug_tests",
    }
    assert stored.form is ConsentForm.WRITTEN and stored.description_handed_over
    assert stored.note == "Underskriven på plats."
    assert tab.model.rowCount() == 1
    cells = row_texts(tab.model)
    assert cells[ConsentsTableModel.KIND] == "Information sharing between the programme's partners"
    assert cells[ConsentsTableModel.GIVEN] == TODAY.isoformat()
    assert cells[ConsentsTableModel.UNTIL] == LAST.isoformat()
    assert cells[ConsentsTableModel.FORM] == "Written"
    assert cells[ConsentsTableModel.DESCRIPTION] == "Yes"
    assert cells[ConsentsTableModel.STATE] == "In force"
    assert cells[ConsentsTableModel.ATTACHED] == "0"
    assert "Arbetsförmedlingen (AF)" in cells[ConsentsTableModel.UNITS]
    assert tab.status.text().startswith(f"Information may be shared until {LAST.isoformat()}")
    assert "b00020" not in tab.status.styleSheet()
    assert "Underskriven på plats." in tab.details.toPlainText()
    decision = ConsentRepository(register).gate().decide(person_id, "af", "drug_tests")
    assert decision.allowed and decision.consent_id == stored.id


def test_valid_until_past_12_months_is_refused_next_to_the_field(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    tab = tab_for(qtbot, register, person_id)
    dialog = tab.new_consent()
    assert dialog is not None
    type_into(qtbot, dialog.note, "Muntligt i telefon")
    click(qtbot, dialog.oral)
    dialog.valid_until.setDate(QDate(LAST + timedelta(days=1)))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    error = dialog.form.errors["valid_until"]
    assert error.isVisible()
    assert error.text() == (
        f"A consent is valid for at most 12 months: choose {LAST.isoformat()} or earlier."
    )
    # Nothing typed is lost, nothing is saved.
    assert dialog.note.toPlainText() == "Muntligt i telefon"
    assert dialog.oral.isChecked()
    assert dialog.valid_until.date() == QDate(LAST + timedelta(days=1))
    assert ConsentRepository(register).consents(person_id) == []

    dialog.valid_until.setDate(QDate(LAST))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    [stored] = ConsentRepository(register).consents(person_id)
    assert stored.form is ConsentForm.ORAL and stored.valid_until == LAST


def test_valid_until_follows_the_day_given_until_changed(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    tab = tab_for(qtbot, register, enrolled(register))
    dialog = tab.new_consent()
    assert dialog is not None
    assert dialog.given_on.maximumDate() == QDate(TODAY)  # the register's today, not the PC's
    dialog.given_on.setDate(QDate(2026, 10, 31))
    assert dialog.valid_until.date() == QDate(2027, 10, 31)
    dialog.valid_until.setDate(QDate(2027, 4, 30))
    dialog.given_on.setDate(QDate(2026, 11, 2))
    assert dialog.valid_until.date() == QDate(2027, 4, 30)  # the user's choice stays
    dialog.close_without_asking()


def test_the_kind_suggests_its_units_unless_the_user_chose(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    tab = tab_for(qtbot, register, enrolled(register))
    dialog = tab.new_consent()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(SECURITY_CHECK))
    assert dialog.units.checked() == {"security_centre"}
    assert dialog.categories.checked() == {"criminal_records"}
    click(qtbot, dialog.units.boxes["af"])
    dialog.kind.setCurrentIndex(dialog.kind.findData(INFORMATION_SHARING))
    assert dialog.units.checked() == {"security_centre", "af"}  # ticked by hand: kept
    dialog.close_without_asking()


def test_escape_asks_before_dropping_what_was_typed(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = tab_for(qtbot, register, enrolled(register))
    untouched = tab.new_consent()
    assert untouched is not None
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and answers == []  # nothing typed: no question

    dialog = tab.new_consent()
    assert dialog is not None
    type_into(qtbot, dialog.note, "Halvskrivet")
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: answers.append(a[1]) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers == ["Save changes?"]
    dialog.close()  # the window's close button asks the same
    assert dialog.isVisible() and len(answers) == 2
    assert dialog.note.toPlainText() == "Halvskrivet"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ConsentRepository(register).consents() == []


# ----------------------------------------------------------------------- withdrawal


def test_withdrawal_changes_the_state_closes_the_gate_and_names_the_units(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
) -> None:
    person_id = enrolled(register)
    consent = given(register, person_id)
    sent(register, person_id, "af", TODAY - timedelta(days=20), "action_plan")
    sent(register, person_id, "frivarden", TODAY - timedelta(days=10), "sentence_plan")
    tab = tab_for(qtbot, register, person_id)
    assert tab.log.rowCount() == 2
    assert not tab.follow_up.isVisible()
    assert ConsentRepository(register).gate().decide(person_id, "af", "action_plan").allowed

    tab.table.selectRow(0)
    click(qtbot, tab.withdraw_button)
    [dialog] = tab.findChildren(WithdrawDialog)
    # Before saving it says who had data under this consent: AF, not Frivården (not on it).
    assert "Arbetsförmedlingen (AF): Action plan" in dialog.told_label.text()
    assert "Frivården" not in dialog.told_label.text()
    dialog.method.setCurrentIndex(dialog.method.findData("phone"))
    type_into(qtbot, dialog.note, "Ringde in.")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    cells = row_texts(tab.model)
    assert cells[ConsentsTableModel.STATE] == f"Withdrawn on {TODAY.isoformat()}"
    assert "No valid consent to share information" in tab.status.text()
    decision = ConsentRepository(register).gate().decide(person_id, "af", "action_plan")
    assert not decision.allowed and decision.reason is GateReason.WITHDRAWN
    assert not tab.withdraw_button.isEnabled()
    # The message after saving, the line above the log and the highlighted log line agree.
    assert tab.told_box is not None
    assert "Arbetsförmedlingen (AF)" in tab.told_box.text()
    assert tab.follow_up.isVisible()
    assert "Tell these units that the consent is withdrawn" in tab.follow_up.text()
    assert "Arbetsförmedlingen (AF): Action plan" in tab.follow_up.text()
    flagged = [
        row_texts(tab.log, r)[DisclosuresTableModel.RECIPIENT]
        for r in range(tab.log.rowCount())
        if tab.log.data(tab.log.index(r, 0), Qt.ItemDataRole.ForegroundRole) is not None
    ]
    assert flagged == ["Arbetsförmedlingen (AF)"]
    assert "By phone" in tab.details.toPlainText()
    stored = ConsentRepository(register).consent(consent.id or 0)
    assert stored.withdrawal is not None and stored.withdrawal.note == "Ringde in."
    tab.told_box.close()


def test_a_withdrawal_after_today_is_refused_in_place(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    given(register, person_id, given_on=TODAY - timedelta(days=3))
    tab = tab_for(qtbot, register, person_id)
    dialog = tab.withdraw()
    assert dialog is not None
    assert "No unit has received data" in dialog.told_label.text()
    dialog.on.setDate(QDate(TODAY - timedelta(days=5)))  # before it was given
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "choose that day or later" in dialog.form.errors["on"].text()
    dialog.close_without_asking()


# ----------------------------------------------------------------------- signed forms


def test_a_signed_form_is_attached_and_shown_inside_the_program(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
) -> None:
    person_id = enrolled(register)
    consent = given(register, person_id)
    picture = QImage(120, 80, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366cc"))
    scan = tmp_path / "blankett.png"
    assert picture.save(str(scan))
    tab = tab_for(qtbot, register, person_id)
    assert not tab.view_button.isEnabled()

    assert not tab.attach_file(tmp_path / "anteckning.txt")  # missing, and not a form anyway
    assert tab.error.isVisible() and "could not be read" in tab.error.text()
    (tmp_path / "anteckning.txt").write_text("text")
    assert not tab.attach_file(tmp_path / "anteckning.txt")
    assert "Attach a PDF or an image" in tab.error.text()

    assert tab.attach_file(scan)
    assert not tab.error.isVisible()
    assert row_texts(tab.model)[ConsentsTableModel.ATTACHED] == "1"
    assert tab.view_button.isEnabled()
    click(qtbot, tab.view_button)
    viewer = tab.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.list.count() == 1 and "blankett.png" in viewer.list.item(0).text()
    # Smaller than the window: shown as it is, once the window has its size.
    qtbot.waitUntil(lambda: viewer.view.picture.pixmap().size().toTuple() == (120, 80))
    viewed = [e.action for e in register.audit_entries() if e.entity == "consent_attachment"]
    assert viewed == ["create", "view"]
    viewer.close()
    assert tab.viewer is None

    (tmp_path / "skannad.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    assert tab.attach_file(tmp_path / "skannad.pdf")
    viewer = tab.show_forms()
    assert viewer is not None
    viewer.list.setCurrentRow(1)
    assert viewer.view.picture.text().startswith("PDF, 3\u00a0kB.")
    assert len(ConsentRepository(register).attachments(consent.id or 0)) == 2
    viewer.close()


def test_locking_closes_a_form_being_shown(qtbot, register: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    given(register, person_id)
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    picture.save(str(tmp_path / "form.png"))
    tab = tab_for(qtbot, register, person_id)
    assert tab.attach_file(tmp_path / "form.png")
    viewer = tab.show_forms()
    assert viewer is not None and viewer.isVisible()
    tab.forget()
    assert not viewer.isVisible() and tab.viewer is None
    assert tab.model.rowCount() == 0 and tab.log.rowCount() == 0
    assert tab.status.text() == "" and not tab.new_button.isEnabled()


# ----------------------------------------------------------------------- documents


def test_the_consent_form_is_printed_through_the_door_and_logged(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
) -> None:
    person_id = enrolled(register)
    given(register, person_id)
    tab = tab_for(qtbot, register, person_id)
    assert tab.log.rowCount() == 0
    menu = tab.print_button.menu()
    assert [a.text() for a in menu.actions()] == ["Svenska…", "English…"]
    written = tab.print_form(tmp_path / "samtycke.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert not tab.error.isVisible()
    assert tab.log.rowCount() == 1
    cells = row_texts(tab.log)
    assert cells[DisclosuresTableModel.DATE] == TODAY.isoformat()
    assert cells[DisclosuresTableModel.RECIPIENT] == "The participant"
    assert cells[DisclosuresTableModel.DOCUMENT] == "consent form"
    assert cells[DisclosuresTableModel.BY] == "Anna Andersson"

    english = tab.print_form(tmp_path / "consent.pdf", language="en")
    assert english is not None and tab.log.rowCount() == 2
    refused = tab.print_form(register.files.database)  # never over the register
    assert refused is None and tab.error.isVisible()
    assert tab.log.rowCount() == 2


def test_the_register_extract_is_saved_through_the_door(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    tmp_path: Path,
) -> None:
    person_id = enrolled(register)
    tab = tab_for(qtbot, register, person_id)
    written = tab.register_extract(tmp_path / "utdrag.pdf")
    assert written is not None and written.exists()
    assert row_texts(tab.log)[DisclosuresTableModel.DOCUMENT] == "register extract"


# ----------------------------------------------------------------------- by mistake


def test_an_entry_made_by_mistake_needs_a_reason_and_disappears(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    given(register, person_id)
    tab = tab_for(qtbot, register, person_id)
    dialog = tab.void()
    assert dialog is not None
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.errors["reason"].text() == "Write why the entry was a mistake."
    type_into(qtbot, dialog.reason, "Fel person")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 0
    assert ConsentRepository(register).consents(person_id) == []


# ----------------------------------------------------------------------- the record window


def test_the_record_has_a_consents_tab(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    given(register, person_id)
    window = PersonWindow(ParticipantRepository(register), person_id)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Consents"
    window.tabs.setCurrentWidget(window.consent_tab)
    assert window.consent_tab.model.rowCount() == 1
    changed: list[bool] = []
    window.changed.connect(lambda: changed.append(True))
    window.consent_tab.changed.emit()
    assert changed == [True]
    window.forget()
    assert window.consent_tab.model.rowCount() == 0


# ----------------------------------------------------------------------- the to-do list


def test_the_todo_list_asks_for_a_consent_and_for_the_units_to_be_told(register: Register) -> None:
    person_id = enrolled(register)
    messages = [i.message for i in todo_list(load_snapshot(register), TODAY)]
    assert "Enrolled without a valid consent to share information." in messages

    consent = given(register, person_id, valid_until=TODAY + timedelta(days=12))
    items = [i for i in todo_list(load_snapshot(register), TODAY) if "consent" in i.message]
    assert [(i.message, i.params.get("date")) for i in items] == [
        ("The consent “{consent_kind}” ends on {date}.", (TODAY + timedelta(days=12)).isoformat())
    ]

    sent(register, person_id, "ifo", TODAY - timedelta(days=1), "action_plan")
    from desktop.core.consent import Withdrawal, WithdrawalMethod

    ConsentRepository(register).withdraw(
        consent.id or 0, Withdrawal(TODAY, WithdrawalMethod.WRITTEN)
    )
    told = [
        i.params["consent_unit"]
        for i in todo_list(load_snapshot(register), TODAY)
        if "consent_unit" in i.params
    ]
    assert told == ["Social services (IFO)"]


# ----------------------------------------------------------------------- the unit's lists


def test_administrators_add_rename_and_retire_entries(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    person_id = enrolled(register)
    store = ConsentRepository(register)
    dialog = ConsentListsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    units = dialog.lists["units"]
    units.list.setCurrentRow(0)
    assert not units.remove_button.isEnabled()  # the programme's own: untick instead
    item = units.add_entry()
    units.list.closePersistentEditor(item)
    item.setText("Bostadsbolaget")
    dialog.tabs.setCurrentIndex(2)
    categories = dialog.lists["categories"]
    health = categories.list.findItems("Health", Qt.MatchFlag.MatchExactly)[0]
    health.setCheckState(Qt.CheckState.Unchecked)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = store.options()
    added = [u for u in saved.units if u.label == "Bostadsbolaget"]
    assert len(added) == 1 and added[0].active and added[0].code
    assert [c.active for c in saved.categories if c.code == "health"] == [False]
    # Unchanged words stay the source string, so they are still translated.
    assert saved.units[0].label == "Kriminalvården/Frivården"

    new = NewConsentDialog(store, person_id)
    qtbot.addWidget(new)
    assert added[0].code in new.units.boxes and "health" not in new.categories.boxes
    new.close_without_asking()

    # An entry in use cannot be removed: the register says so and the dialog stays open.
    store.add(
        Consent(
            person_id,
            INFORMATION_SHARING,
            frozenset({added[0].code}),
            frozenset({"action_plan"}),
            TODAY,
            TODAY,
            purpose="Boende",
        )
    )
    again = ConsentListsDialog(store)
    qtbot.addWidget(again)
    again.show()
    units = again.lists["units"]
    row = next(
        i for i in range(units.list.count()) if units.list.item(i).text() == "Bostadsbolaget"
    )
    units.list.setCurrentRow(row)
    click(qtbot, units.remove_button)
    press_ok(qtbot, again)
    assert again.isVisible()
    assert "cannot be removed" in again.error.text()
    again.close_without_asking()


def test_an_empty_name_is_refused_under_its_list(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    dialog = ConsentListsDialog(ConsentRepository(register))
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = dialog.lists["kinds"]
    item = kinds.add_entry()
    kinds.list.closePersistentEditor(item)
    dialog.tabs.setCurrentIndex(1)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # back on the list with the problem
    assert dialog.forms[1].errors["kinds"].text() == "An entry has no name."
    dialog.close_without_asking()


def test_settings_open_the_consent_lists(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.admin.settings import SettingsSection

    section = SettingsSection()
    qtbot.addWidget(section)
    section.load(register)
    section.show()
    click(qtbot, section.consent_lists_button)
    [dialog] = section.findChildren(ConsentListsDialog)
    assert dialog.isVisible() and dialog.lists["kinds"].list.count() == 2
    dialog.close()
    assert not dialog.isVisible()


def test_the_demo_register_shows_every_consent_case(tmp_path: Path) -> None:
    """Most enrolled people have an information-sharing consent; one ends within 30 days, one
    was withdrawn lately after two units had data, one is enrolled without any."""
    from desktop.core.consent import consent_status
    from desktop.core.path import Status
    from desktop.db.keyslots import KdfParams
    from desktop.demo import build_demo

    today = date.today()  # the withdrawal's follow-up window is read by the register's clock
    demo = build_demo(
        tmp_path / "demo.fardvag", "visning-lösen-1", today=today, kdf=KdfParams.cheap()
    )
    try:
        snapshot = load_snapshot(demo)
        enrolled = [p.id for p in snapshot.people.values() if p.status is Status.ENROLLED]
        missing = [
            p
            for p in enrolled
            if consent_status(
                snapshot.consents.get(p or 0, ()), today, snapshot.discharges.get(p or 0, ())
            ).missing
        ]
        assert len(enrolled) >= 10 and len(missing) == 2  # the one without, the one withdrawn
        items = [i for i in todo_list(snapshot, today) if "onsent" in i.message]
        ending = [i for i in items if i.message.startswith("The consent")]
        told = sorted(str(i.params["consent_unit"]) for i in items if "consent_unit" in i.params)
        assert len(ending) == 1
        assert told == ["Income support (Försörjningsenheten)", "Social services (IFO)"]
        assert demo.verify_audit_chain().first_broken_seq is None
    finally:
        demo.close()


def test_the_participants_list_shows_the_consent_at_a_glance(
    qtbot,  # type: ignore[no-untyped-def]
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.participants.section import ParticipantsSection, PeopleTableModel

    without = enrolled(register, "Ada", "Utan")
    lasting = enrolled(register, "Bo", "Länge")
    ending = enrolled(register, "Cia", "Snart")
    given(register, lasting)
    given(register, ending, valid_until=TODAY + timedelta(days=9))
    section = ParticipantsSection()
    qtbot.addWidget(section)
    section.load(register)
    model = section.model
    shown = {
        model.record(r).id: (
            model.data(model.index(r, PeopleTableModel.CONSENT)),
            model.data(model.index(r, PeopleTableModel.CONSENT), Qt.ItemDataRole.ForegroundRole),
        )
        for r in range(model.rowCount())
    }
    assert shown[without][0] == "missing" and shown[without][1] is not None
    assert shown[lasting] == (f"until {(TODAY + timedelta(days=200)).isoformat()}", None)
    assert shown[ending][0] == f"ends {(TODAY + timedelta(days=9)).isoformat()}"
    assert shown[ending][1] is not None
    # Typing a search reads no consents: they were read once when the section loaded.
    reads: list[int] = []
    monkeypatch.setattr(ConsentRepository, "consents", lambda *a, **k: reads.append(1) or [])
    type_into(qtbot, section.search, "Snart")
    assert model.rowCount() == 1 and reads == []
    assert model.data(model.index(0, PeopleTableModel.CONSENT)).startswith("ends ")


def test_the_lists_dialog_left_open_across_a_lock_saves_into_the_new_register(
    qtbot,  # type: ignore[no-untyped-def]
    new_register: NewRegister,
) -> None:
    from desktop.ui.admin.settings import SettingsSection

    section = SettingsSection()
    qtbot.addWidget(section)
    section.load(new_register.register)
    dialog = section.open_consent_lists()
    assert isinstance(dialog, ConsentListsDialog)
    item = dialog.lists["units"].add_entry()
    dialog.lists["units"].list.closePersistentEditor(item)
    item.setText("Bostadsbolaget")
    section.clear()
    reopened = new_register.reopen()  # the lock closed it; sign-in opened it again
    section.load(reopened)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert "Bostadsbolaget" in [u.label for u in ConsentRepository(reopened).options().units]

"""Deltagare driven as staff would: a referral through the dialog, found by search, taken from
referral to discharge on the path, notes and their corrections, the overview's numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.core.audit import Action
from desktop.core.path import EventKind, Status
from desktop.db.participants import ParticipantRepository
from desktop.ui.participants.dialogs import EventDialog, NoteDialog, ReferralDialog
from desktop.ui.participants.person_window import PersonWindow
from desktop.ui.participants.section import ParticipantsSection
from tests.ui.conftest import MakeApp, click, sign_in, type_into

PNR = "19811218-9876"


def open_app(qtbot, make_app: MakeApp, existing_register: Path):  # type: ignore[no-untyped-def]
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    app.main_window.show_section("participants")
    return app


def refer(qtbot, app, first: str, last: str, pnr: str = "", by: str = "") -> ReferralDialog:  # type: ignore[no-untyped-def]
    section = app.main_window.section("participants")
    click(qtbot, section.new_button)
    dialog = app.main_window.findChildren(ReferralDialog)[-1]
    type_into(qtbot, dialog.fields.first_name, first)
    type_into(qtbot, dialog.fields.last_name, last)
    if pnr:
        type_into(qtbot, dialog.fields.personnummer, pnr)
    if by:
        dialog.referrer_type.setCurrentIndex(dialog.referrer_type.findData(by))
    type_into(qtbot, dialog.referrer_name, "Frivården Borås")
    dialog.accept()
    return dialog


def test_referral_is_found_by_search_and_opens_the_record(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    dialog = refer(qtbot, app, "Åsa", "Öberg", PNR)
    assert not dialog.isVisible()
    window = next(iter(app.main_window.records.values()))
    assert isinstance(window, PersonWindow)
    assert "Åsa Öberg" in window.heading.text()
    section = app.main_window.section("participants")
    assert isinstance(section, ParticipantsSection)
    type_into(qtbot, section.search, "öbe")
    assert section.model.rowCount() == 1
    type_into(qtbot, section.search, "8112189876")
    assert section.model.rowCount() == 1
    type_into(qtbot, section.search, "nobody")
    assert section.model.rowCount() == 0
    entries = list(app.register.audit_entries())
    assert any(e.action == Action.VIEW.value and e.entity == "person" for e in entries)


def test_bad_personnummer_is_shown_where_it_was_typed(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    dialog = refer(qtbot, app, "Bo", "Berg", "850101-1234")
    assert dialog.isVisible()
    assert dialog.form.errors["personnummer"].isVisible()
    assert dialog.fields.first_name.text() == "Bo"  # nothing typed is lost


def test_same_personnummer_opens_the_existing_person(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Åsa", "Öberg", PNR)
    first_window = next(iter(app.main_window.records.values()))
    first_window.close()
    dialog = refer(qtbot, app, "Åsa", "Oberg", "8112189876")
    box = dialog.duplicate_box
    assert "already has this personnummer" in box.text()
    open_button = next(b for b in box.buttons() if "Open" in b.text())
    click(qtbot, open_button)
    assert not dialog.isVisible()
    assert ParticipantRepository(app.register).count() == 1
    assert len(app.main_window.records) == 1


def test_similar_name_and_birth_date_warns(
    qtbot, make_app: MakeApp, existing_register: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Mohammed", "Ali", PNR)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    from stdnum import luhn

    body = "811218987"  # same birth date, another number
    other = body[:6] + "-" + body[6:] + luhn.calc_check_digit(body)
    other = other if other != "811218-9876" else "811218-9850"
    dialog = refer(qtbot, app, "Mohamed", "Alic", other)
    assert asked and "similar name" in asked[0]
    assert dialog.isVisible()  # said no: nothing created, input kept
    assert ParticipantRepository(app.register).count() == 1


def step(qtbot, window: PersonWindow, kind: EventKind, fill=None) -> EventDialog:  # type: ignore[no-untyped-def]
    dialog = window.record_step(kind)
    # An outcome is never preset: the steps that record one are given a choice here.
    for key, value in (("result", "clear"), ("outcome", "private_job")):
        combo = dialog.inputs.get(key)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(value))
    if fill:
        fill(dialog)
    dialog.accept()
    return dialog


def test_from_referral_to_discharge_in_the_ui(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Cecilia", "Ek")
    window = next(iter(app.main_window.records.values()))
    assert [a.text() for a in window.next_menu.actions()] == [
        "Consent to security check",
        "Enrolment criteria",
    ]
    step(qtbot, window, EventKind.SECURITY_CONSENT)
    step(qtbot, window, EventKind.SECURITY_RESULT)
    step(qtbot, window, EventKind.MAPPING_INTERVIEW)
    refused = window.record_step(EventKind.ENROLMENT)  # not decided yet: refused with a reason
    refused.inputs["contract_signed"].setChecked(True)
    refused.accept()
    assert refused.isVisible()
    assert "decision" in refused.error.text()
    refused.close_without_asking()
    step(qtbot, window, EventKind.DECISION)

    def enrol(dialog: EventDialog) -> None:
        combo = dialog.inputs["group_id"]
        combo.setCurrentIndex(combo.findData("new"))
        type_into(qtbot, dialog.new_group[0], "Grupp höst 2026")
        dialog.inputs["contract_signed"].setChecked(True)

    step(qtbot, window, EventKind.ENROLMENT, enrol)
    assert window.state.status is Status.ENROLLED
    step(qtbot, window, EventKind.PHASE_CHANGE)  # first allowed phase: phase 2
    step(qtbot, window, EventKind.DISCHARGE)
    assert window.state.status is Status.DISCHARGED
    assert window.events.rowCount() == 8
    section = app.main_window.section("participants")
    assert section.model.display(section.model.record(0), section.model.STATUS) == "Discharged"
    click(qtbot, window.next_step)  # the menu now offers a new referral only
    assert [a.text() for a in window.next_menu.actions()] == ["Referral"]


def test_notes_are_signed_and_corrections_shown(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "David", "Nilsson")
    window = next(iter(app.main_window.records.values()))
    click(qtbot, window.new_note)
    dialog = window.findChildren(NoteDialog)[-1]
    dialog.accept()
    assert dialog.form.errors["text"].isVisible()  # empty: refused in place
    type_into(qtbot, dialog.text, "Träffade David om boende.")
    dialog.accept()
    assert "Träffade David om boende." in window.notes_view.toPlainText()
    original = window._notes[0]
    window._correct(original.id)
    fix = window.findChildren(NoteDialog)[-1]
    assert fix.corrects is original
    type_into(qtbot, fix.text, "Rättelse: om skulder.")
    fix.accept()
    text = window.notes_view.toPlainText()
    assert "Träffade David om boende." in text  # both shown
    assert "Rättelse: om skulder." in text
    assert "Corrected by a later note." in text


def test_lock_empties_open_records_and_unlock_reloads_them(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Emir", "Hodžić")
    window = next(iter(app.main_window.records.values()))
    assert window.events.rowCount() == 1
    app.lock()
    assert window.events.rowCount() == 0
    assert window.heading.text() == ""
    assert not window.isVisible()
    sign_in(qtbot, app)
    assert window.isVisible()
    assert window.events.rowCount() == 1


def test_overview_numbers_open_the_people_behind_them(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Fatima", "Said")
    window = next(iter(app.main_window.records.values()))
    for kind in (
        EventKind.SECURITY_CONSENT,
        EventKind.SECURITY_RESULT,
        EventKind.MAPPING_INTERVIEW,
        EventKind.DECISION,
    ):
        step(qtbot, window, kind)
    step(qtbot, window, EventKind.ENROLMENT, lambda d: d.inputs["contract_signed"].setChecked(True))
    overview = app.main_window.section("overview")
    from desktop.core.outcome import OutcomeCategory

    # Loaded and counted in the background.
    qtbot.waitUntil(lambda: overview.buttons[OutcomeCategory.NEWLY_ENROLLED].text() == "1")
    people = overview.show_people(OutcomeCategory.NEWLY_ENROLLED)
    assert people.list.count() == 1
    assert "Said, Fatima" in people.list.item(0).text()
    people.list.itemActivated.emit(people.list.item(0))
    assert window.isVisible()
    overview.day.setDate(overview.day.date().addYears(-1))
    qtbot.waitUntil(lambda: overview.buttons[OutcomeCategory.NEWLY_ENROLLED].text() == "0")


def test_a_dialog_left_open_across_a_lock_still_saves(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Gustav", "Holm")
    window = next(iter(app.main_window.records.values()))
    click(qtbot, window.new_note)
    dialog = window.findChildren(NoteDialog)[-1]
    type_into(qtbot, dialog.text, "Skrivet före låsningen.")
    app.lock()
    assert not dialog.isVisible()
    sign_in(qtbot, app)
    assert dialog.isVisible()
    assert dialog.text.toPlainText() == "Skrivet före låsningen."  # kept, in memory only
    dialog.accept()
    assert "Skrivet före låsningen." in window.notes_view.toPlainText()


def test_criteria_step_reads_what_is_recorded_instead_of_asking(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    """R2, R17: age from the personnummer, residence from the bostadskommun against the unit's
    municipality (Borås stad), OSA eligibility only from AF's coding; "Unknown" where nothing
    is recorded. Only the judgements are the user's to choose, and what is read is recorded."""
    from datetime import date

    from PySide6.QtWidgets import QComboBox, QLabel

    from desktop.core.osa import AfCoding, CodingDecision
    from desktop.db.osa import OsaRepository

    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Hanna", "Sjöberg", PNR)
    window = next(iter(app.main_window.records.values()))
    dialog = window.record_step(EventKind.CRITERIA)
    readings = {key: dialog.inputs[key].text() for key in ("adult", "resident", "osa_eligible")}
    assert readings["adult"].startswith("Met: ") and "from the personnummer" in readings["adult"]
    assert readings["resident"] == "Unknown: no bostadskommun recorded"
    assert readings["osa_eligible"] == "Unknown: no AF coding recorded"
    assert all(isinstance(dialog.inputs[k], QLabel) for k in readings)  # nothing to tick
    assert isinstance(dialog.inputs["motivation"], QComboBox)  # a judgement stays the user's
    dialog.close_without_asking()

    people = ParticipantRepository(app.register)
    people.update_person(replace(people.get(window.person_id), municipality="Borås"))
    OsaRepository(app.register).save_coding(
        AfCoding(window.person_id, decision=CodingDecision.DENIED, decided_on=date(2026, 1, 5))
    )
    dialog = window.record_step(EventKind.CRITERIA)
    assert dialog.inputs["resident"].text() == "Met: lives in Borås"
    assert dialog.inputs["osa_eligible"].text() == "Not met: AF coding denied 2026-01-05"
    motivation = dialog.inputs["motivation"]
    motivation.setCurrentIndex(motivation.findData("met"))
    dialog.accept()
    assert not dialog.isVisible()
    criteria = people.path(window.person_id).criteria
    assert {c.value: s.value for c, s in criteria.items()} == {
        "adult": "met",
        "resident": "met",
        "criminal_history": "unknown",
        "no_ongoing_criminality": "unknown",
        "motivation": "met",
        "osa_eligible": "not_met",
    }


def test_ongoing_criminality_is_decided_without_a_mapping_interview(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    """R1: a security check that found ongoing criminality may end the intake at once, as
    "not enrolled" for that reason; the dialog offers nothing else and says why."""
    from desktop.core.path import NotEnrolledReason

    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Isak", "Lund", by="krami")
    window = next(iter(app.main_window.records.values()))
    referral = window.events.record(0)
    assert window.events.display(referral, window.events.DETAILS).startswith("Krami")
    step(qtbot, window, EventKind.SECURITY_CONSENT)

    def criminality(dialog: EventDialog) -> None:
        combo = dialog.inputs["result"]
        combo.setCurrentIndex(combo.findData("ongoing_criminality"))

    step(qtbot, window, EventKind.SECURITY_RESULT, criminality)
    assert [a.text() for a in window.next_menu.actions()] == [
        "Mapping interview",
        "Enrolment criteria",
        "Decision",
    ]
    dialog = window.record_step(EventKind.DECISION)
    assert dialog.decline.isChecked()
    assert not dialog.enrol.isEnabled()
    reason = dialog.inputs["reason"]
    assert reason.isEnabled()
    assert [reason.itemText(i) for i in range(reason.count())] == [
        "Security check: ongoing criminality"
    ]
    assert dialog.explanation is not None
    assert "cannot be enrolled" in dialog.explanation.text()
    assert "without a mapping interview" in dialog.explanation.text()
    dialog.accept()
    assert not dialog.isVisible()
    assert window.state.status is Status.NOT_ENROLLED
    assert window.state.not_enrolled_reason is NotEnrolledReason.ONGOING_CRIMINALITY
    assert window.state.mapping_date is None
    assert [a.text() for a in window.next_menu.actions()] == ["Referral"]
    details = window.events.display(window.events.record(0), window.events.DETAILS)
    assert details == "Not enrolled: Security check: ongoing criminality"


def test_after_a_mapping_interview_the_decision_offers_every_reason(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Jonas", "Berg")
    window = next(iter(app.main_window.records.values()))
    step(qtbot, window, EventKind.SECURITY_CONSENT)

    def criminality(dialog: EventDialog) -> None:
        combo = dialog.inputs["result"]
        combo.setCurrentIndex(combo.findData("ongoing_criminality"))

    step(qtbot, window, EventKind.SECURITY_RESULT, criminality)
    step(qtbot, window, EventKind.MAPPING_INTERVIEW)
    dialog = window.record_step(EventKind.DECISION)
    assert not dialog.enrol.isEnabled()  # still never enrolment (R1)
    reason = dialog.inputs["reason"]
    assert reason.count() > 1
    assert reason.currentData() == "ongoing_criminality"
    assert dialog.explanation is not None
    assert "without a mapping interview" not in dialog.explanation.text()
    reason.setCurrentIndex(reason.findData("not_motivated"))
    dialog.accept()
    assert window.state.status is Status.NOT_ENROLLED


def test_a_clear_check_still_needs_the_mapping_interview_before_the_decision(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Klara", "Holm")
    window = next(iter(app.main_window.records.values()))
    step(qtbot, window, EventKind.SECURITY_CONSENT)
    step(qtbot, window, EventKind.SECURITY_RESULT)  # the first result: nothing that prevents
    assert "Decision" not in [a.text() for a in window.next_menu.actions()]
    dialog = window.record_step(EventKind.DECISION)
    assert dialog.enrol.isEnabled()
    assert dialog.explanation is None
    dialog.accept()
    assert dialog.isVisible()
    assert "mapping interview" in dialog.error.text()
    dialog.reject()


def test_a_follow_up_gets_text_kept_signed_and_corrected_by_a_new_text(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    """Action-plan follow-ups carry what came of them, not only dates: the text is added in the
    goal dialog, signed when the goal is saved, and a later text is a correction that keeps
    the first. Text typed but not yet added is saved with the goal, never dropped."""
    from desktop.ui.participants.dialogs import GoalDialog

    app = open_app(qtbot, make_app, existing_register)
    refer(qtbot, app, "Hanna", "Sjöberg", PNR)
    window = next(iter(app.main_window.records.values()))
    window._goal_dialog(None)
    dialog = window.findChildren(GoalDialog)[-1]
    type_into(qtbot, dialog.description, "Eget boende")
    type_into(qtbot, dialog.follow_up_text, "Ringde hyresvärden.")
    dialog.accept()
    assert dialog.isVisible()  # a text needs its follow-up: nothing is dropped or guessed
    assert "Add the follow-up" in dialog.error.text()
    assert dialog.follow_up_text.text() == "Ringde hyresvärden."
    click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add follow-up"))
    assert dialog.text_button.text() == "Add &text"
    click(qtbot, dialog.text_button)
    assert dialog.follow_ups.item(0).text().endswith("Ringde hyresvärden.")
    assert dialog.follow_up_text.text() == ""
    assert dialog.unsaved()
    dialog.accept()
    assert not dialog.isVisible()

    people = ParticipantRepository(app.register)
    (goal,) = people.goals(window.person_id)
    (first,) = goal.follow_ups[0].texts
    assert (first.text, first.written_by) == ("Ringde hyresvärden.", "anna")

    window._goal_dialog(goal)
    dialog = window.findChildren(GoalDialog)[-1]
    dialog.follow_ups.setCurrentRow(0)
    assert dialog.text_button.text() == "Correct &text"
    type_into(qtbot, dialog.follow_up_text, "Rättelse: mejlade hyresvärden.")
    dialog.accept()  # typed, not added: saved with the goal as the correction
    assert not dialog.isVisible()
    texts = people.goals(window.person_id)[0].follow_ups[0].texts
    assert [(t.text, t.corrects) for t in texts] == [
        ("Ringde hyresvärden.", None),
        ("Rättelse: mejlade hyresvärden.", first.id),
    ]
    window._goal_dialog(people.goals(window.person_id)[0])
    dialog = window.findChildren(GoalDialog)[-1]
    line = dialog.follow_ups.item(0).text()
    assert "Rättelse: mejlade hyresvärden." in line and "(corrected)" in line
    assert "Ringde" not in line  # the list shows what stands; the extract keeps both
    dialog.close_without_asking()

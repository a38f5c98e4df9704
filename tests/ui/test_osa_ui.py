"""OSA driven as staff would: a workplace and a placement through their dialogs, started, seen
among those ending soon without a plan, planned for, ended; the capacity timeline's counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from desktop.core.osa import (
    DEFAULT_CERTIFICATES,
    CodingDecision,
    EmployerType,
    NextStep,
    Placement,
    PlacementStatus,
    Workplace,
)
from desktop.core.path import EventKind, PathEvent, Phase, Status, add_months
from desktop.core.records import Person
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.ui.osa.dialogs import PlacementDialog
from desktop.ui.osa.section import ACTIVE_COLOR, EndingModel, OsaSection
from desktop.ui.osa.tab import OsaTab
from tests.conftest import NewRegister
from tests.ui.conftest import type_into

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    new_register.register._clock = lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    return new_register.register


def enrolled(register: Register, *names: tuple[str, str]) -> list[Person]:
    start = TODAY - timedelta(days=120)
    path = [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
        PathEvent(EventKind.PHASE_CHANGE, start + timedelta(days=60), {"phase": "phase_2"}),
    ]
    return ParticipantRepository(register).create_many(
        [(Person(first, last), path) for first, last in names], today=TODAY
    )


def section_for(qtbot, register: Register) -> OsaSection:  # type: ignore[no-untyped-def]
    section = OsaSection()
    qtbot.addWidget(section)
    section.load(register)
    section.resize(1100, 800)
    section.show()
    return section


def tab_for(qtbot, register: Register, person_id: int) -> OsaTab:  # type: ignore[no-untyped-def]
    tab = OsaTab()
    qtbot.addWidget(tab)
    tab.load(OsaRepository(register), ParticipantRepository(register), person_id)
    tab.show()
    return tab


def workplace(register: Register, places: int = 3) -> Workplace:
    return OsaRepository(register).save_workplace(
        Workplace("Återbruket", EmployerType.MUNICIPAL, places=places)
    )


def test_a_bad_organisation_number_is_shown_under_its_field(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    section = section_for(qtbot, register)
    dialog = section.workplace_dialog(None)
    assert dialog is not None
    type_into(qtbot, dialog.name, "Återbruket")
    type_into(qtbot, dialog.kinds_of_work, "Återvinning, sortering")
    type_into(qtbot, dialog.org_number, "212000-1356")  # wrong check digit
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.errors["org_number"].isVisible()
    assert "organisation number" in dialog.form.errors["org_number"].text()
    assert dialog.name.text() == "Återbruket"  # nothing typed is lost
    assert OsaRepository(register).workplaces() == []

    type_into(qtbot, dialog.org_number, "2120001355")
    dialog.accept()
    assert not dialog.isVisible()
    [saved] = OsaRepository(register).workplaces()
    assert (saved.name, saved.org_number) == ("Återbruket", "212000-1355")
    assert section.workplaces.rowCount() == 1
    assert section.workplaces.display(saved, section.workplaces.TYPE) == "Municipal"
    assert saved.id in section.timelines


def test_from_placement_to_after_osa_with_the_plan_flag(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    [person] = enrolled(register, ("Åsa", "Öberg"))
    enrolled_later = ParticipantRepository(register).create_referral(
        Person("Bo", "Berg"),
        PathEvent(EventKind.REFERRAL, TODAY, {"referrer_type": "af"}),
    )
    place = workplace(register)
    section = section_for(qtbot, register)

    dialog = section.new_placement()
    assert dialog is not None
    choices = [dialog.person.itemData(i) for i in range(dialog.person.count())]
    assert choices == [person.id]  # enrolled people only, not the one just referred
    assert enrolled_later.id not in choices
    start = TODAY - timedelta(days=30)
    dialog.start.setDate(QDate(start))
    assert dialog.planned_end.date() == QDate(add_months(start, 12))  # follows the start
    dialog.planned_end.setDate(QDate(TODAY + timedelta(days=40)))
    type_into(qtbot, dialog.wage_subsidy_ref, "AF-2026-1234")
    dialog.accept()
    assert not dialog.isVisible()
    [planned] = OsaRepository(register).placements(person_id=person.id)
    assert planned.status is PlacementStatus.PLANNED
    assert planned.workplace_id == place.id

    tab = tab_for(qtbot, register, person.id)
    tab.changed.connect(section.refresh)  # what the main window does with `changed`
    assert tab.model.rowCount() == 1
    assert tab.start_button.isEnabled() and not tab.end_button.isEnabled()
    starting = tab.start_placement()
    assert starting is not None
    starting.accept()
    assert not starting.isVisible()
    assert ParticipantRepository(register).get(person.id).phase is Phase.OSA
    assert tab.model.record(0).status is PlacementStatus.ACTIVE
    assert "No after-OSA plan yet" in tab.warning.text()

    assert section.ending.rowCount() == 1
    row = section.ending.record(0)
    assert section.ending.display(row, EndingModel.DAYS) == 40
    assert section.ending.display(row, EndingModel.NUMBER) == person.internal_no
    assert section.ending.display(row, EndingModel.PLAN) == "No plan – warning"
    plan_cell = section.ending.index(0, EndingModel.PLAN)
    assert section.ending.data(plan_cell, Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 without a plan" in section.summary.text()
    opened: list[tuple[int, str]] = []
    section.open_person_at.connect(lambda person_id, tab: opened.append((person_id, tab)))
    section.ending_table.activated.emit(section.ending.index(0, EndingModel.PERSON))
    assert opened == [(person.id, "osa")]  # the record opens at its OSA tab

    section.ending_table.selectRow(0)
    planning = section.edit_plan()
    assert planning is not None
    planning.next_step.setCurrentIndex(planning.next_step.findData(NextStep.JOB_SEARCH_AF))
    planning.responsible.setEditText("Anna Andersson")
    planning.coaching_day.setDate(QDate(TODAY - timedelta(days=7)))
    planning.add_coaching.click()
    planning.accept()
    assert not planning.isVisible()
    assert section.ending.display(section.ending.record(0), EndingModel.PLAN) == (
        "Yes: Job search with AF"
    )
    assert (
        section.ending.data(
            section.ending.index(0, EndingModel.PLAN), Qt.ItemDataRole.ForegroundRole
        )
        is None
    )
    assert "0 without a plan" in section.summary.text()
    stored = OsaRepository(register).placement(planned.id)
    assert stored.plan is not None and stored.plan.coaching == (TODAY - timedelta(days=7),)

    tab.reload()
    assert "No after-OSA plan" not in tab.warning.text()
    ending = tab.end_placement()
    assert ending is not None
    assert ending.after_osa.isChecked()
    ending.accept()
    assert not ending.isVisible()
    assert ParticipantRepository(register).get(person.id).phase is Phase.AFTER_OSA
    assert tab.model.record(0).status is PlacementStatus.ENDED
    assert section.ending.rowCount() == 0  # the main window's wiring reloaded the section


def test_a_13_month_planned_end_is_refused_under_the_field(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    [person] = enrolled(register, ("Cecilia", "Ek"))
    workplace(register)
    tab = tab_for(qtbot, register, person.id)
    dialog = tab.new_placement()
    assert isinstance(dialog, PlacementDialog)
    assert dialog.person is None  # opened from the record: the person is given
    dialog.planned_end.setDate(QDate(add_months(TODAY, 13)))
    type_into(qtbot, dialog.supervisor, "Lena Ek")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.errors["planned_end"].isVisible()
    assert "at most 12 months" in dialog.form.errors["planned_end"].text()
    assert dialog.supervisor.text() == "Lena Ek"
    assert OsaRepository(register).placements() == []

    # Longer only with an extension decided by AF, which needs its reason.
    dialog.planned_end.setDate(QDate(add_months(TODAY, 12)))
    dialog.extension.setChecked(True)
    dialog.extended_to.setDate(QDate(add_months(TODAY, 13)))
    dialog.accept()
    assert dialog.extension_form.errors["extension_reason"].isVisible()
    type_into(qtbot, dialog.extension_reason, "Behöver en månad till för att avsluta")
    dialog.accept()
    assert not dialog.isVisible()
    [saved] = OsaRepository(register).placements()
    assert saved.end == add_months(TODAY, 13)
    assert tab.model.rowCount() == 1
    assert "(extended)" in tab.model.display(saved, tab.model.END)


def test_ending_early_needs_a_reason_and_can_discharge(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    [person] = enrolled(register, ("David", "Nilsson"))
    place = workplace(register)
    osa = OsaRepository(register)
    planned = osa.save_placement(
        Placement(person.id, place.id, TODAY - timedelta(days=20), TODAY + timedelta(days=200))
    )
    osa.start_placement(planned.id)
    tab = tab_for(qtbot, register, person.id)
    dialog = tab.end_placement()
    assert dialog is not None
    dialog.reason.setCurrentIndex(1)  # ended early
    dialog.discharge.setChecked(True)
    dialog.accept()
    assert dialog.form.errors["end_comment"].isVisible()
    type_into(qtbot, dialog.comment, "Slutade komma")
    dialog.accept()
    assert not dialog.isVisible()
    assert ParticipantRepository(register).get(person.id).status is Status.DISCHARGED


def test_af_coding_through_its_dialog(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    [person] = enrolled(register, ("Emir", "Hodžić"))
    tab = tab_for(qtbot, register, person.id)
    assert tab.coding_summary.text() == "Not requested yet."
    dialog = tab.open_coding()
    assert dialog is not None
    dialog.requested_on.known.setChecked(True)
    dialog.requested_on.edit.setDate(QDate(TODAY - timedelta(days=10)))
    dialog.certificates[DEFAULT_CERTIFICATES[0]].setChecked(True)
    type_into(qtbot, dialog.new_certificate, "Läkarintyg från företagshälsan")
    dialog.add_certificate.click()
    dialog.decision.setCurrentIndex(dialog.decision.findData(CodingDecision.GRANTED))
    dialog.decided_on.setDate(QDate(TODAY - timedelta(days=20)))  # before the request
    type_into(qtbot, dialog.af_officer, "Karin Åberg")
    dialog.accept()
    assert dialog.form.errors["decided_on"].isVisible()
    dialog.decided_on.setDate(QDate(TODAY - timedelta(days=2)))
    dialog.accept()
    assert not dialog.isVisible()
    coding = OsaRepository(register).coding(person.id)
    assert coding is not None and coding.decision is CodingDecision.GRANTED
    assert coding.certificates[DEFAULT_CERTIFICATES[0]] is True
    assert coding.certificates["Läkarintyg från företagshälsan"] is True
    assert coding.certificates[DEFAULT_CERTIFICATES[1]] is False
    assert "Granted on 2026-11-21" in tab.coding_summary.text()
    assert "certificates: 2 of 5" in tab.coding_summary.text()
    again = tab.open_coding()
    assert again is not None
    assert "Läkarintyg från företagshälsan" in again.certificates  # stored ones come back


def test_capacity_timeline_shows_used_places(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    first, second = enrolled(register, ("Fatima", "Said"), ("Gustav", "Holm"))
    place = workplace(register, places=2)
    osa = OsaRepository(register)
    running = osa.save_placement(
        Placement(first.id, place.id, TODAY - timedelta(days=60), TODAY + timedelta(days=100))
    )
    osa.start_placement(running.id)
    osa.save_placement(  # planned, from the first of next month
        Placement(second.id, place.id, date(2026, 12, 1), date(2027, 6, 30))
    )
    section = section_for(qtbot, register)
    timeline = section.timelines[place.id]
    counts = [used for _day, used in timeline.counts]
    # Now, then the first of each of the next 6 months; the running one ends 3 March.
    assert counts == [1, 2, 2, 2, 2, 1, 1]
    assert timeline.count_text(2) == "2 used, 0 free"
    numbers = {bar.number for bar in timeline.bars}
    assert numbers == {first.internal_no, second.internal_no}  # numbers, never names
    description = timeline.accessibleDescription()
    assert "Now: 1 used, 1 free." in description
    assert first.internal_no in description and "Said" not in description
    assert section.workplaces.free == {place.id: 1}

    qtbot.waitExposed(section)
    bar = next(b for b in timeline.bars if b.number == first.internal_no)
    rect = timeline.bar_rect(bar)
    image = timeline.grab().toImage()
    ratio = image.devicePixelRatio()
    centre = rect.center()
    pixel = image.pixelColor(QPoint(round(centre.x() * ratio), round((rect.top() + 3) * ratio)))
    assert pixel == QColor(ACTIVE_COLOR)
    opened: list[tuple[int, str]] = []
    section.open_person_at.connect(lambda person_id, tab: opened.append((person_id, tab)))
    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [(first.id, "osa")]

    section.clear()
    assert section.ending.rowCount() == 0 and section.workplaces.rowCount() == 0
    assert section.timelines == {}
    assert section.new_placement() is None

"""No outcome is recorded by pressing Enter on a preset: the security check's result, the
discharge outcome and the recovery capitals start empty and are refused next to the field until
chosen; taking a step back defaults to "No"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository
from desktop.ui.participants.dialogs import CheckinDialog
from desktop.ui.participants.person_window import PersonWindow
from tests.conftest import NewRegister
from tests.ui.conftest import click

Button = QMessageBox.StandardButton
START = date.today() - timedelta(days=90)


@pytest.fixture
def repository(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def person(repository: ParticipantRepository, *kinds: EventKind) -> int:
    data = {
        EventKind.REFERRAL: {"referrer_type": "probation"},
        EventKind.SECURITY_RESULT: {"result": "clear"},
        EventKind.DECISION: {"enrolled": True},
        EventKind.ENROLMENT: {"contract_signed": True},
    }
    path = [PathEvent(kind, START, data.get(kind, {})) for kind in (EventKind.REFERRAL, *kinds)]
    [created] = repository.create_many([(Person("Karin", "Lind"), path)], today=date.today())
    assert created.id is not None
    return created.id


def window_for(qtbot, repository: ParticipantRepository, person_id: int) -> PersonWindow:  # type: ignore[no-untyped-def]
    window = PersonWindow(repository, person_id)
    qtbot.addWidget(window)
    window.show()
    return window


def press_enter(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("before", "kind", "key", "message", "choice"),
    [
        (
            (EventKind.SECURITY_CONSENT,),
            EventKind.SECURITY_RESULT,
            "result",
            "Choose the result of the security check.",
            "clear",
        ),
        (
            (
                EventKind.SECURITY_CONSENT,
                EventKind.SECURITY_RESULT,
                EventKind.MAPPING_INTERVIEW,
                EventKind.DECISION,
                EventKind.ENROLMENT,
            ),
            EventKind.DISCHARGE,
            "outcome",
            "Choose the outcome of the discharge.",
            "private_job",
        ),
    ],
)
def test_enter_without_a_choice_records_no_outcome(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    before: tuple[EventKind, ...],
    kind: EventKind,
    key: str,
    message: str,
    choice: str,
) -> None:
    person_id = person(repository, *before)
    window = window_for(qtbot, repository, person_id)
    dialog = window.record_step(kind)
    combo = dialog.inputs[key]
    assert isinstance(combo, QComboBox)
    assert combo.currentIndex() == -1 and combo.placeholderText() == "Choose…"

    press_enter(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.errors[key].isVisible()
    assert dialog.form.errors[key].text() == message
    assert len(repository.events(person_id)) == len(before) + 1

    combo.setCurrentIndex(combo.findData(choice))
    press_enter(qtbot, dialog)
    assert not dialog.isVisible()
    last = repository.events(person_id)[-1]
    assert last.kind is kind and last.data[key] == choice


def test_recovery_capitals_start_empty_and_enter_is_refused(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
) -> None:
    person_id = person(repository)
    dialog = CheckinDialog(repository, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(spin.text() == "—" for spin in dialog.scores.values())

    dialog.scores["social"].setValue(4)
    press_enter(qtbot, dialog)
    assert dialog.isVisible()
    for capital in ("physical", "human", "cultural"):
        assert dialog.form.errors[capital].isVisible()
        assert dialog.form.errors[capital].text() == "Choose a rating from 1 to 5."
    assert not dialog.form.errors["social"].isVisible()
    assert repository.checkins(person_id) == []

    for capital, score in (("physical", 2), ("human", 3), ("cultural", 5)):
        dialog.scores[capital].setValue(score)
    press_enter(qtbot, dialog)
    assert not dialog.isVisible()
    [checkin] = repository.checkins(person_id)
    assert (checkin.social, checkin.physical, checkin.human, checkin.cultural) == (4, 2, 3, 5)


def test_taking_a_step_back_defaults_to_no(
    qtbot,  # type: ignore[no-untyped-def]
    repository: ParticipantRepository,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person_id = person(repository, EventKind.SECURITY_CONSENT)
    window = window_for(qtbot, repository, person_id)
    defaults: list[object] = []

    def question(*args: object) -> Button:
        defaults.append(args[4] if len(args) > 4 else None)
        return Button.No  # what Enter answers

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, window.undo_step)
    assert defaults == [Button.No]
    assert len(repository.events(person_id)) == 2

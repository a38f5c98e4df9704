"""The keyboard, the same in every window (desktop/ui/common/keyboard.py, installed by the App):
Tab leaves a multi-line field and Ctrl+Tab types a tab, Ctrl+Enter saves, every button and
labelled field has an Alt-letter of its own, date fields take a typed date in one go, and Enter
on the first-run welcome page goes on to the next page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)

from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.steering import CostParameters
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.keyboard import Keyboard, mnemonic_letter
from desktop.ui.common.widgets import DateEdit, typed_date
from desktop.ui.participants.dialogs import GoalDialog, NoteDialog
from desktop.ui.participants.person_window import PersonWindow
from desktop.ui.reports.section import CostParametersDialog
from tests.conftest import NewRegister
from tests.ui.conftest import MakeApp, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TODAY = date(2026, 11, 23)


@pytest.fixture
def keyboard(qapp: QApplication) -> Iterator[Keyboard]:
    """What the App installs, for dialogs tested on their own."""
    installed = Keyboard.install()
    yield installed
    qapp.removeEventFilter(installed)
    installed.deleteLater()


@pytest.fixture
def repository(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def person(repository: ParticipantRepository) -> int:
    start = TODAY - timedelta(days=30)
    path = [PathEvent(EventKind.REFERRAL, start, {"referrer_type": "probation"})]
    [created] = repository.create_many([(Person("Karin", "Lind"), path)], today=TODAY)
    assert created.id is not None
    return created.id


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # keys, focus and Alt-letters as on a desktop
    return widget


# -- multi-line fields


def test_tab_leaves_a_note_and_ctrl_tab_types_a_tab(qtbot, keyboard, repository) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, NoteDialog(repository, person(repository)))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Kom i tid")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab, CTRL)
    qtbot.keyClicks(dialog.text, "ja")
    assert dialog.text.toPlainText() == "Kom i tid\tja"
    assert dialog.text.hasFocus()

    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "Kom i tid\tja"  # no tab typed
    assert not dialog.text.hasFocus()  # focus went on to the next field


# -- Ctrl+Enter


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)],
)
def test_ctrl_enter_in_a_note_signs_and_saves_it(  # type: ignore[no-untyped-def]
    qtbot, keyboard, repository, key, modifiers
) -> None:
    person_id = person(repository)
    dialog = shown(qtbot, NoteDialog(repository, person_id))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Ringde")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter alone is a new line
    qtbot.keyClicks(dialog.text, "och sa återbud")
    qtbot.keyClick(dialog.text, key, modifiers)
    assert not dialog.isVisible()
    [note] = repository.notes(person_id)
    assert note.text == "Ringde\noch sa återbud"


def test_ctrl_enter_presses_the_accept_button_of_a_plain_dialog(qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, CostParametersDialog(CostParameters()))
    box = dialog.fields["participants_per_year"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "25")
    accepted: list[int] = []
    dialog.accepted.connect(lambda: accepted.append(box.value()))
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)
    assert accepted == [25]
    assert dialog.parameters().participants_per_year == 25


def test_ctrl_enter_on_the_record_saves_the_details(qtbot, keyboard, repository) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, PersonWindow(repository, person(repository)))
    assert isinstance(window, PersonWindow) and window.fields is not None
    type_into(qtbot, window.fields.phone, "070-111 22 33")
    qtbot.keyClick(window.fields.phone, Qt.Key.Key_Return, CTRL)
    assert repository.get(window.person_id).phone == "070-111 22 33"
    assert window.saved_label.text() == "Saved."
    assert window.isVisible()  # saving the details does not close the record


# -- Alt-letters


def letters_of(window: QWidget) -> tuple[dict[QWidget, str], dict[QWidget, str]]:
    """The visible buttons, boxes and labelled fields of the window with their Alt-letters:
    those the code named ("&" in the source text), and those the keyboard gave."""
    named: dict[QWidget, str] = {}
    given: dict[QWidget, str] = {}
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (isinstance(widget, QPushButton | QCheckBox | QRadioButton) or labelled):
            continue
        if not widget.text():  # type: ignore[attr-defined]
            continue
        letter = mnemonic_letter(widget.text())  # type: ignore[attr-defined]
        ours = widget.property("fardvagMnemonicText") == widget.text()  # type: ignore[attr-defined]
        (given if ours else named)[widget] = letter
    return named, given


def assert_letters_of_their_own(window: QWidget, leave_out: tuple[QWidget, ...] = ()) -> None:
    named, given = letters_of(window)
    given = {w: x for w, x in given.items() if w not in leave_out}
    everyone = {**named, **given}
    assert all(everyone.values()), [w.text() for w, x in everyone.items() if not x]  # type: ignore[attr-defined]
    # A given letter is never one the code named, nor given twice.
    assert not set(given.values()) & set(named.values())
    assert len(set(given.values())) == len(given)


def test_every_button_and_field_of_a_dialog_has_a_letter(qtbot, keyboard, repository) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, GoalDialog(repository, person(repository)))
    assert_letters_of_their_own(dialog)
    named, given = letters_of(dialog)
    # The ones the code names are kept as they are.
    assert {"&Add follow-up", "Mark as &done", "&Goal"} <= {w.text() for w in named}  # type: ignore[attr-defined]
    # What had none got one: the check box, the dialog's own buttons.
    assert dialog.has_due in given
    assert dialog.has_due.text().replace("&", "") == "Has a due date"
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert all(b in given for b in box.buttons())


def test_an_alt_letter_ticks_the_box_it_names(qtbot, keyboard, repository) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, GoalDialog(repository, person(repository)))
    letter = mnemonic_letter(dialog.has_due.text())
    assert not dialog.has_due.isChecked()
    dialog.description.setFocus()
    qtbot.keyClick(dialog.description, Qt.Key.Key_A + (ord(letter.upper()) - ord("A")), ALT)
    qtbot.waitUntil(dialog.has_due.isChecked)  # a mnemonic clicks as a short animation
    assert dialog.focusWidget() is dialog.has_due


def test_a_text_changed_later_gets_a_letter_when_alt_is_pressed(qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    field = QLineEdit(window)
    first = QPushButton("&Save", window)
    second = QPushButton("Print", window)
    first.move(0, 40)
    second.move(0, 80)
    shown(qtbot, window)
    field.setFocus()
    assert first.text() == "&Save" and second.text() == "&Print"
    second.setText("Send")  # e.g. a button whose task changes
    qtbot.keyClick(field, Qt.Key.Key_Alt)  # Alt pressed while typing in the field
    assert mnemonic_letter(second.text()) not in ("", "s")  # S is Save's
    assert second.text().replace("&", "") == "Send"
    assert first.text() == "&Save"


def test_each_tab_of_the_record_has_letters_of_its_own(qtbot, keyboard, repository) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, PersonWindow(repository, person(repository)))
    assert isinstance(window, PersonWindow)
    above = (window.progress_button, window.contract_button)  # on screen with every tab
    around = {mnemonic_letter(button.text()) for button in above}
    assert len(around) == 2 and "" not in around
    clashes = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: all(mnemonic_letter(b.text()) for b in visible_buttons(window)))
        assert_letters_of_their_own(window, leave_out=above)
        named, given = letters_of(window)
        on_page = [x for w, x in {**named, **given}.items() if w not in above]
        page_given = {x for w, x in given.items() if w not in above}
        assert not page_given & around  # what a page is given avoids the two above the tabs
        clashes += len(set(on_page) & around)
        if index == 0:  # Översikt: the needs' check boxes have none in the code
            assert all(box in given for box in window.fields.needs.values())  # type: ignore[union-attr]
    # Every letter of "Print action plan with contract" is named on some page: the one named
    # on the fewest is taken, so the two above the tabs clash on one page at most.
    assert clashes <= 1


def visible_buttons(window: QWidget) -> list[QPushButton]:
    return [b for b in window.findChildren(QPushButton) if b.isVisible() and b.text()]


# -- dates


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2026-11-30", date(2026, 11, 30)),
        ("20261130", date(2026, 11, 30)),
        ("30.11.2026", date(2026, 11, 30)),
        ("301126", date(2026, 11, 30)),
        ("30/11", date(2026, 11, 30)),
        ("3011", date(2026, 11, 30)),
        ("5/1/27", date(2027, 1, 5)),
        ("2026-1-5", date(2026, 1, 5)),
        ("20112026", date(2026, 11, 20)),  # the 20th, though it starts like a year
    ],
)
def test_typed_dates_are_understood(typed: str, meant: date) -> None:
    assert typed_date(typed, 2026) == meant


@pytest.mark.parametrize("typed", ["31/02", "30/13", "3", "30/11/202", "idag", ""])
def test_what_is_no_date_is_not_guessed(typed: str) -> None:
    assert typed_date(typed, 2026) is None


@pytest.mark.parametrize("typed", ["2026-11-30", "30/11", "301126", "30.11.2026", "20261130"])
def test_a_due_date_typed_in_one_go_is_saved(qtbot, keyboard, repository, typed: str) -> None:  # type: ignore[no-untyped-def]
    person_id = person(repository)
    dialog = shown(qtbot, GoalDialog(repository, person_id))
    type_into(qtbot, dialog.description, "Söka tre jobb")
    dialog.has_due.setChecked(True)
    field = dialog.due
    assert isinstance(field, DateEdit)
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    year = QDate.currentDate().year()  # "30/11" is this year's
    expected = date(year if typed == "30/11" else 2026, 11, 30)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == expected.isoformat()  # shown as understood on leaving
    dialog.accept()
    assert not dialog.isVisible()
    [goal] = repository.goals(person_id)
    assert goal.due == expected


def test_a_date_out_of_range_or_no_date_goes_back_to_what_it_was(qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    field = DateEdit(QDate(2026, 11, 23), holder)
    other = QLineEdit(holder)
    other.move(0, 40)
    field.setMaximumDate(QDate(2026, 11, 23))  # nothing ahead of today
    shown(qtbot, holder)
    for typed in ("301226", "31/02"):
        field.setFocus()
        field.lineEdit().selectAll()
        qtbot.keyClicks(field, typed)
        other.setFocus()
        assert field.date() == QDate(2026, 11, 23)
        assert field.text() == "2026-11-23"


def test_the_arrows_and_the_calendar_still_work(qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    field = shown(qtbot, DateEdit(QDate(2026, 11, 23)))
    assert isinstance(field, DateEdit)
    field.setFocus()
    field.setCurrentSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 11, 24)
    assert field.calendarPopup() and field.calendarWidget() is not None
    field.calendarWidget().setSelectedDate(QDate(2026, 12, 2))
    field.calendarWidget().clicked.emit(QDate(2026, 12, 2))
    assert field.date() == QDate(2026, 12, 2)


def test_no_window_makes_a_plain_date_field() -> None:
    """Every date field is a DateEdit: the constructor of Qt's own is called nowhere else."""
    root = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    plain = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QDateEdit(" in line and "class DateEdit(QDateEdit)" not in line
    ]
    assert plain == []


# -- the first-run guide


def test_enter_on_the_welcome_page_goes_on_to_the_next(
    qtbot, make_app: MakeApp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("save") or ("", "")
    )
    app = make_app()
    app.start()
    wizard = app.first_run
    assert wizard is not None
    qtbot.waitExposed(wizard)
    welcome = wizard.welcome_page
    welcome.elsewhere.setFocus()  # the page's first widget, where the focus starts
    qtbot.keyClick(welcome.elsewhere, Qt.Key.Key_Return)
    assert asked == []  # not "Choose another place…"
    assert wizard.currentPage() is wizard.unit_page
    # The App's keyboard is at work in the guide: Qt's Cancel, which has none, gets a letter
    # once the page is on screen (the wizard names its buttons again at every page).
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: mnemonic_letter(cancel.text()) != "")
    assert cancel.text().replace("&", "") == "Cancel"

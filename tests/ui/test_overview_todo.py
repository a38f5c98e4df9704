"""Översikt's to-do list as a user works with it: overdue items say so, the task text is shown
whole, "only my participants", and marking an item handled with a reason."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.records import Goal, GoalStatus, LifeArea, Responsible
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.todo import TodoRepository
from desktop.ui.participants.overview import HandledDialog, OverviewSection, TodoTableModel
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP
from tests.ui.conftest import MakeApp, click, sign_in, type_into
from tests.ui.overview_helpers import KARIN_PASSWORD, Unit, fill_unit, loaded_overview, rows


@pytest.fixture
def unit_register(existing_register: Path) -> tuple[Path, Unit]:
    return existing_register, fill_unit(existing_register)


def task_row(overview: OverviewSection, words: str) -> tuple[str, str, str]:
    return next(r for r in rows(overview) if words in r[2])


def select(overview: OverviewSection, words: str) -> None:
    row = next(i for i, r in enumerate(rows(overview)) if words in r[2])
    overview.todo_table.selectionModel().select(
        overview.todo.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_an_item_past_its_last_day_reads_overdue_and_a_since_item_does_not(
    qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit]
) -> None:
    path, _unit = unit_register
    app = make_app(path)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    today = date.today()
    # The referral's decision was due 14 days after it, 16 days ago.
    referral = task_row(overview, "without a decision")
    assert referral[0] == f"{(today - timedelta(days=16)).isoformat()}\nOverdue"
    goal = task_row(overview, "Apply for three jobs")
    assert goal[0] == f"{(today - timedelta(days=10)).isoformat()}\nOverdue"
    # "Enrolled without a consent" dates from the enrolment: nothing was due that day.
    consent = task_row(overview, "without a valid consent")
    assert consent[0].endswith("\nSoon")
    # Overdue is shown in the warning colour.
    model = overview.todo
    row = rows(overview).index(referral)
    colour = model.data(model.index(row, TodoTableModel.DUE), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().name() == "#b00020"


def test_the_task_text_is_never_cut_off(
    qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit]
) -> None:
    """Each row is as tall as its wrapped text needs, at the narrowest the column gets."""
    path, unit = unit_register
    with Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        ParticipantRepository(register).save_goal(
            unit.erik,
            Goal(
                LifeArea.HOUSING,
                "Find a first-hand rental contract with the housing company and move out of the "
                "sheltered housing before the winter",
                Responsible.STAFF,
                due=date.today() - timedelta(days=3),
                status=GoalStatus.PLANNED,
            ),
        )
    app = make_app(path)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    table = overview.todo_table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    window = app.main_window
    window.resize(window.minimumSizeHint().width(), 768)
    QApplication.processEvents()
    assert_rows_fit(overview)
    long_goal = next(i for i, r in enumerate(rows(overview)) if "first-hand rental" in r[2])
    assert table.rowHeight(long_goal) > 2 * table.fontMetrics().height()  # it did wrap
    # The user drags the line to the outcome model to the left, and back: the rows follow.
    overview.columns.setSizes([overview.columns.widget(0).minimumSizeHint().width(), 10_000])
    QApplication.processEvents()
    assert_rows_fit(overview)
    overview.todo_table.scrollToBottom()  # the rows further down fit as they come into view
    QApplication.processEvents()
    assert_rows_fit(overview)
    overview.columns.setSizes([10_000, 0])
    QApplication.processEvents()
    assert_rows_fit(overview)


def assert_rows_fit(overview: OverviewSection) -> None:
    """Every row on screen is at least as tall as its wrapped task text needs."""
    table = overview.todo_table
    # The width the text gets in its cell: the column less the grid line and the style's text
    # margins on both sides (as QCommonStyle lays out an item's text).
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(TodoTableModel.WHAT) - 1 - 2 * margin
    metrics = table.fontMetrics()
    on_screen = [
        (row, task)
        for row, (_when, _who, task) in enumerate(rows(overview))
        if table.rowViewportPosition(row) + table.rowHeight(row) >= 0
        and table.rowViewportPosition(row) <= table.viewport().height()
    ]
    assert on_screen
    for row, task in on_screen:
        needed = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, task
        ).height()
        assert table.rowHeight(row) >= needed, (task, width, table.rowHeight(row), needed)


def test_only_my_participants(qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit]) -> None:
    path, _unit = unit_register
    app = make_app(path)
    app.start()
    sign_in(qtbot, app, "karin", KARIN_PASSWORD)
    overview = loaded_overview(qtbot, app)
    everyone = {who.split(" (")[0] for _when, who, _task in rows(overview)}
    assert everyone == {"Fatima Said", "Erik Ek"}
    click(qtbot, overview.mine)
    assert overview.mine.isChecked()
    mine = rows(overview)
    assert mine and all(who.startswith("Fatima Said") for _when, who, _task in mine)
    # Every row is hers, so the list no longer repeats who is responsible.
    assert all("Responsible" not in who for _when, who, _task in mine)
    click(qtbot, overview.mine)
    assert len(rows(overview)) > len(mine)


def test_only_my_participants_says_when_there_is_nothing(
    qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit]
) -> None:
    path, _unit = unit_register
    with Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        from desktop.core.accounts import Role

        register.add_user("bo", "Bo Berg", Role.STAFF, "gröna-äpplen-2026")
    app = make_app(path)
    app.start()
    sign_in(qtbot, app, "bo", "gröna-äpplen-2026")
    overview = loaded_overview(qtbot, app)
    click(qtbot, overview.mine)
    assert overview.todo.rowCount() == 0
    assert overview.todo_empty.isVisible()
    # Bo is nobody's responsible staff member: the list says so, and where that is chosen.
    assert overview.todo_empty.text().startswith(
        "You are not the responsible staff member of any participant yet"
    )


def test_marking_an_item_handled_asks_why_and_keeps_it_off_the_list_until_it_changes(
    qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit]
) -> None:
    path, unit = unit_register
    app = make_app(path)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    assert not overview.mark_handled.isEnabled()  # nothing chosen yet
    select(overview, "Apply for three jobs")
    assert overview.mark_handled.isEnabled()
    click(qtbot, overview.mark_handled)
    dialog = overview.findChild(HandledDialog)
    assert dialog is not None and dialog.isVisible()
    # No reason: refused under the field, the dialog stays open and nothing is written.
    click(qtbot, _ok_button(dialog))
    assert dialog.isVisible()
    assert "Write why" in dialog.form.errors["reason"].text()
    assert any("Apply for three jobs" in r[2] for r in rows(overview))
    type_into(qtbot, dialog.reason, "Erik has applied; we follow it up at the next meeting.")
    click(qtbot, _ok_button(dialog))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not any("Apply for three jobs" in r[2] for r in rows(overview))
    assert any("without a valid consent" in r[2] for r in rows(overview))  # the others stay

    # Kept in the register, with who and why, and in the audit log.
    register = app.register
    handled = TodoRepository(register).handled()
    assert [(h.person_id, h.reason, h.by) for h in handled] == [
        (unit.erik, "Erik has applied; we follow it up at the next meeting.", ADMIN)
    ]
    entries = [e for e in register.audit_entries() if e.entity == "todo_handled"]
    assert [(e.user, e.action, e.entity_id) for e in entries] == [
        (ADMIN, "create", str(handled[0].id))
    ]

    # Still off the list after a reload; "show handled" shows it with the reason.
    overview.load(register)
    overview = loaded_overview(qtbot, app)
    assert not any("Apply for three jobs" in r[2] for r in rows(overview))
    click(qtbot, overview.show_handled)
    shown = task_row(overview, "Apply for three jobs")
    assert shown[0].endswith("\nHandled")
    assert "Handled by Anna Andersson on" in shown[2]
    assert "we follow it up at the next meeting" in shown[2]
    select(overview, "Apply for three jobs")
    assert not overview.mark_handled.isEnabled()  # already handled
    click(qtbot, overview.show_handled)

    # The goal gets a new due date, also passed: a new item, on the list again.
    repository = ParticipantRepository(register)
    goal = next(g for g in repository.goals(unit.erik) if g.description == "Apply for three jobs")
    from dataclasses import replace

    repository.save_goal(unit.erik, replace(goal, due=date.today() - timedelta(days=2)))
    overview.load(register)
    overview = loaded_overview(qtbot, app)
    again = task_row(overview, "Apply for three jobs")
    assert again[0] == f"{(date.today() - timedelta(days=2)).isoformat()}\nOverdue"


def _ok_button(dialog: HandledDialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_closing_the_reason_dialog_with_typed_text_asks_first(
    qtbot, make_app: MakeApp, unit_register: tuple[Path, Unit], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path, _unit = unit_register
    app = make_app(path)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    select(overview, "without a decision")
    dialog = overview.mark_selected_handled()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog.reason, "Decision meeting booked")
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save changes?"]
    assert dialog.isVisible() and dialog.reason.toPlainText() == "Decision meeting booked"

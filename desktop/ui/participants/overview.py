"""Översikt: the unit, who is signed in, what is due (the to-do list, all of it or only the
signed-in staff member's participants; an item can be marked handled with a reason) and the
outcome model on any date, where every number opens the list of people behind it (R9). An empty
register shows the first steps instead of an empty list.

Reading everyone's path and working out the to-do list and the figures takes seconds at
thousands of people, so it runs in the background (TaskRunner) while the section shows that it
is loading; a result that arrives after a newer load started, or after a lock, is dropped."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backup import BackupStatus
from desktop.core.drugtests import Substance
from desktop.core.errors import AppError, Cancelled
from desktop.core.figures import outcome_figures
from desktop.core.labels import label, label_of
from desktop.core.outcome import (
    GROUP_OF,
    Distribution,
    OutcomeCategory,
    OutcomeGroup,
    distribution,
)
from desktop.core.progress import Progress
from desktop.core.records import Person
from desktop.core.todo import (
    UNIT,
    Handled,
    Severity,
    TodoItem,
    backup_item,
    split_handled,
    todo_list,
)
from desktop.db.participants import ParticipantRepository, StaffNames, staff_names
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.db.snapshot import load_snapshot
from desktop.db.todo import TodoRepository
from desktop.services import backup as backups
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import DateEdit, RecordDialog, compact_rows
from desktop.ui.participants.person_window import tab_for_todo

OVERDUE_COLOR = "#b00020"  # the error red of widgets.ERROR_STYLE: 7:1 on white
FIT_SAMPLE = 200  # rows measured to size the date and person columns


def percent(share: float | None, decimals: int) -> str:
    """A share as a percentage in the user's language ("48,7 %"); "–" for none."""
    if share is None:
        return "–"
    return QLocale().toString(share * 100, "f", decimals) + "\u00a0%"


class TodoTableModel(RecordTableModel[TodoItem]):
    """The to-do list. Three columns so the task's words get the width (at 1024 pixels too):
    the date with how pressing it is under it, the person with their responsible staff member
    under the name, and the task, wrapped."""

    DUE, PERSON, WHAT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[int, Person] = {}
        self.names = StaffNames()  # display names by login name, read once per load
        self.handled: dict[tuple[int, str, date, Severity], Handled] = {}
        self.today = date.today()
        self.show_responsible = True  # off when the list shows only the user's own people

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Person"), self.tr("What"))

    def priority(self, item: TodoItem) -> str:
        if item.identity in self.handled:
            return self.tr("Handled")
        if item.overdue(self.today):
            return self.tr("Overdue")
        return {
            Severity.URGENT: self.tr("Urgent"),
            Severity.WARNING: self.tr("Soon"),
            Severity.INFO: self.tr("Note"),
        }[item.severity]

    def task(self, item: TodoItem) -> str:
        params = dict(item.params)
        if "substance" in params:  # stored as a code; the user reads a word
            params["substance"] = label_of(Substance, str(params["substance"]))
        return QCoreApplication.translate("Todo", item.message).format(**params)

    def display(self, item: TodoItem, column: int) -> Any:
        if column == self.DUE:
            return f"{item.due.isoformat()}\n{self.priority(item)}"
        if column == self.PERSON:
            if item.person_id == UNIT:
                return self.tr("The unit")
            person = self.people.get(item.person_id)
            if person is None:
                return ""
            text = f"{person.name} ({person.internal_no})"
            if self.show_responsible and person.responsible:
                text += "\n" + self.tr("Responsible: {name}").format(
                    name=self.names[person.responsible]
                )
            return text
        text = self.task(item)
        handled = self.handled.get(item.identity)
        if handled is not None:
            text += "\n" + self.tr("Handled by {name} on {date}: {reason}").format(
                name=self.names[handled.by],
                date=handled.at.astimezone().date().isoformat() if handled.at else "",
                reason=handled.reason,
            )
        return text

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.DUE:
            item = self.record(index.row())
            pressing = item.identity not in self.handled and (
                item.overdue(self.today) or item.severity is Severity.URGENT
            )
            if role == Qt.ItemDataRole.ForegroundRole and pressing:
                return QBrush(QColor(OVERDUE_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return None  # every cell shows its whole text (rows grow to fit)
        return super().data(index, role)


class HandledDialog(RecordDialog):
    """Mark a to-do item handled: the reason is required and kept in the register, and the
    audit log records who did it."""

    FIELD_OF_MESSAGE = (("Write why", "reason"), ("The reason can be", "reason"))

    def __init__(
        self,
        repository: TodoRepository,
        item: TodoItem,
        person: str,
        task: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository, self.item = repository, item
        self.handled: Handled | None = None
        self.setWindowTitle(self.tr("Mark as handled"))
        about = QLabel(f"{person}\n{task}")
        about.setWordWrap(True)
        self.layout_.insertWidget(0, about)
        explanation = QLabel(
            self.tr(
                "The item leaves the to-do list and comes back only if it changes (a new date "
                "or priority). The reason is kept with your name."
            )
        )
        explanation.setWordWrap(True)
        self.layout_.insertWidget(1, explanation)
        self.reason = self.form.add("reason", self.tr("&Reason"), QPlainTextEdit())
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.finish_layout(self.tr("Mark as &handled"))

    def save(self) -> None:
        self.handled = self.repository.mark_handled(self.item, self.reason.toPlainText())


class PeopleListDialog(QDialog):
    """The people behind a number; double-click opens a record."""

    open_person = Signal(int)

    def __init__(self, title: str, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} people").format(count=len(people))))
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        for person in sorted(
            people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold())
        ):
            item = QListWidgetItem(
                f"{person.last_name}, {person.first_name}  ({person.internal_no})"
            )
            item.setData(256, person.id)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(lambda item: self.open_person.emit(int(item.data(256))))
        self.resize(420, 460)


@dataclass(frozen=True)
class OverviewData:
    """What the background load hands the section: nothing in it is a widget."""

    people: Mapping[int, Person]
    todo: list[TodoItem]
    figures: Distribution
    handled: Sequence[Handled] = ()
    names: StaffNames | None = None
    # For the first steps in an empty register: active accounts, and whether the unit's name
    # and municipality are given. Read here, as the register may be closed by the time the
    # result arrives.
    accounts: int = 0
    unit_given: bool = True
    backup: BackupStatus | None = None  # when the last good backup was made


def compute_overview(
    register: Register, day: date, progress: Progress, steps: Sequence[str]
) -> OverviewData:
    """Read the register and work out the to-do list and the outcome model on `day`; runs on
    the worker thread. `steps` are the (translated) words shown for its three steps."""
    progress.report(0, 3, steps[0])
    snapshot = load_snapshot(register)
    progress.check()
    progress.report(1, 3, steps[1])
    todo = todo_list(snapshot, register.today())
    progress.check()
    handled = TodoRepository(register).handled()
    progress.report(2, 3, steps[2])
    figures = distribution(snapshot.paths, day)
    progress.report(3, 3, steps[2])
    settings = load_settings(register)
    backup = backups.status(register)  # reads the backup folder: a network drive, maybe
    unit_item = backup_item(backup, register.today())
    if unit_item is not None:
        todo.insert(0, unit_item)
    return OverviewData(
        dict(snapshot.people),
        todo,
        figures,
        handled,
        staff_names(register),
        accounts=sum(1 for u in register.users() if u.disabled_at is None),
        unit_given=bool(settings.unit_name and settings.municipality),
        backup=backup,
    )


def figures_on(register: Register, people: Mapping[int, Person], day: date) -> Distribution:
    """The outcome model on `day` for `people`; runs on the worker thread."""
    paths = ParticipantRepository(register).all_paths()
    return distribution({i: events for i, events in paths.items() if i in people}, day)


class OverviewSection(Section):
    key = "overview"
    open_person = Signal(int)
    open_person_at = Signal(int, str)  # from a to-do item: at the record's tab for it
    # The first steps' buttons: the main window shows the section or opens the dialog.
    go_to = Signal(str)
    backups_requested = Signal()
    new_referral_requested = Signal()
    import_requested = Signal()

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The main window's runner (one worker for the window's background reads); a section
        # made on its own gets its own.
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.register: Register | None = None
        # The people the list was loaded with. Their paths are not kept: the figures for
        # another date read them again (a fifth of a second at 10,000 people, in the
        # background) rather than hold 15 MiB for as long as the window is open.
        self.people: Mapping[int, Person] = {}
        self.items: list[TodoItem] = []  # everything due, before the filters
        self.handled: list[Handled] = []
        # Each load or figure computation gets a number; only the latest one's result is shown.
        self._generation = 0
        self._running: list[TaskHandle] = []
        self.loading = False
        layout = QVBoxLayout(self)
        self.unit = QLabel()
        self.unit.setObjectName("overviewUnit")
        font = self.unit.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.unit.setFont(font)
        self.municipality = QLabel()
        self.signed_in = QLabel()
        self.register_file = QLabel()
        self.register_file.setWordWrap(True)
        for label_widget in (self.unit, self.municipality, self.signed_in, self.register_file):
            layout.addWidget(label_widget)
        backup_row = QHBoxLayout()
        self.backup_status = QLabel()
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Bac&kups…"))
        self.backup_button.clicked.connect(self.backups_requested)
        self.backup_button.hide()
        backup_row.addWidget(self.backup_status, 1)
        backup_row.addWidget(self.backup_button)
        layout.addLayout(backup_row)
        self.progress = ProgressPanel(cancellable=False)
        self.progress.setAccessibleName(self.tr("Loading the overview"))
        # Its place is kept while hidden: showing it must not resize the to-do table, whose
        # columns fit their contents (measured over every row, in Python, while the worker
        # competes for the interpreter).
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        layout.addWidget(self.progress)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.first_steps = self._first_steps_box()
        self.first_steps.hide()
        layout.addWidget(self.first_steps)

        columns = QSplitter(Qt.Orientation.Horizontal)
        todo_box = QGroupBox(self.tr("To do"))
        todo_layout = QVBoxLayout(todo_box)
        filters = QHBoxLayout()
        self.mine = QCheckBox(self.tr("Only &my participants"))
        self.mine.setToolTip(
            self.tr("Only the people you are the responsible staff member for (their record)")
        )
        self.show_handled = QCheckBox(self.tr("Show hand&led items"))
        self.mark_handled = QPushButton(self.tr("Mark as &handled…"))
        self.mark_handled.setEnabled(False)
        filters.addWidget(self.mine)
        filters.addWidget(self.show_handled)
        filters.addStretch(1)
        todo_layout.addLayout(filters)
        self.todo = TodoTableModel(self)
        self.todo_table = QTableView()
        self.todo_table.setModel(self.todo)
        self.todo_table.setAccessibleName(self.tr("To do"))
        self.todo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.todo_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.todo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todo_table.verticalHeader().hide()
        header = self.todo_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TodoTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        compact_rows(self.todo_table)
        # The task wraps within its column and each row is as tall as its text: nothing cut off.
        # Only the rows on screen are measured (as they come into view, and again when the
        # column's width changes): measuring all of them took 2 s for 1,940 items at 10,000
        # people, on every load, filter and window resize.
        self.todo_table.setWordWrap(True)
        self.todo_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setResizeContentsPrecision(FIT_SAMPLE)  # a longer cell wraps instead
        self._fitted: set[int] = set()
        self._refit_pending = False
        self.todo_table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_rows())
        header.sectionResized.connect(lambda _i, _old, _new: self._refit_rows())
        self.todo_table.viewport().installEventFilter(self)
        self.todo_table.activated.connect(lambda index: self._open_item(index.row()))
        todo_layout.addWidget(self.todo_table)
        self.todo_empty = QLabel()
        self.todo_empty.setWordWrap(True)
        self.todo_empty.hide()
        todo_layout.addWidget(self.todo_empty)
        actions = QHBoxLayout()  # under the list, so the filters and the list fit 1024 pixels
        actions.addStretch(1)
        actions.addWidget(self.mark_handled)
        todo_layout.addLayout(actions)
        self.mine.toggled.connect(lambda _on: self._show_todo())
        self.show_handled.toggled.connect(lambda _on: self._show_todo())
        self.mark_handled.clicked.connect(self.mark_selected_handled)
        self.todo_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_mark_button()
        )
        self.todo.modelReset.connect(self._update_mark_button)
        self.todo.modelReset.connect(self._refit_rows)

        outcome_box = QGroupBox(self.tr("Outcome model"))
        outcome_layout = QVBoxLayout(outcome_box)
        about_model = QLabel(
            self.tr(
                "Where everyone enrolled by the date stands: on the path to work or studies, "
                "off the path but still enrolled, or discharged."
            )
        )
        about_model.setWordWrap(True)
        about_model.setObjectName("outcomeModelExplained")
        self.about_model = about_model
        outcome_layout.addWidget(about_model)
        row = QHBoxLayout()
        on_label = QLabel(self.tr("&On"))
        self.day = DateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Date for the figures"))
        on_label.setBuddy(self.day)
        row.addWidget(on_label)
        row.addWidget(self.day)
        row.addStretch(1)
        outcome_layout.addLayout(row)
        self.grid = QGridLayout()
        outcome_layout.addLayout(self.grid)
        self.share = QLabel()
        self.share.setWordWrap(True)
        outcome_layout.addWidget(self.share)
        outcome_layout.addStretch(1)
        self.buttons: dict[OutcomeCategory | OutcomeGroup, QPushButton] = {}
        row_index = 0
        for group in OutcomeGroup:
            heading = QLabel(f"<b>{label(group)}</b>")
            self.grid.addWidget(heading, row_index, 0)
            self.buttons[group] = self._number_button(group)
            self.grid.addWidget(self.buttons[group], row_index, 1)
            row_index += 1
            for category in OutcomeCategory:
                if GROUP_OF[category] is group:
                    self.grid.addWidget(QLabel("    " + label(category)), row_index, 0)
                    self.buttons[category] = self._number_button(category)
                    self.grid.addWidget(self.buttons[category], row_index, 1)
                    row_index += 1
        self.day.dateChanged.connect(lambda _d: self.refresh_figures())
        # The to-do list takes the width the outcome model does not need; the user can drag
        # the line between them.
        columns.addWidget(todo_box)
        columns.addWidget(outcome_box)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 0)
        columns.setChildrenCollapsible(False)
        columns.setSizes([10_000, outcome_box.minimumSizeHint().width()])  # the model: its least
        self.columns = columns
        layout.addWidget(columns, 1)
        self._ids: dict[OutcomeCategory | OutcomeGroup, tuple[int, ...]] = {}

    def _first_steps_box(self) -> QGroupBox:
        """What to do first in an empty register, each step with the button that does it."""
        box = QGroupBox(self.tr("First steps"))
        box.setObjectName("firstSteps")
        grid = QGridLayout(box)
        intro = QLabel(self.tr("The register has no participants yet. To start:"))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        self.step_staff = QLabel()
        self.step_settings = QLabel()
        self.step_people = QLabel(
            self.tr(
                "3. Register the participants: a new referral for each person, or import the "
                "unit's list from an Excel file."
            )
        )
        self.add_staff = QPushButton(self.tr("Add &staff…"))
        self.add_staff.clicked.connect(lambda: self.go_to.emit("users"))
        self.unit_settings = QPushButton(self.tr("Unit se&ttings…"))
        self.unit_settings.clicked.connect(lambda: self.go_to.emit("settings"))
        self.new_referral = QPushButton(self.tr("&New referral…"))
        self.new_referral.clicked.connect(self.new_referral_requested)
        self.import_people = QPushButton(self.tr("&Import from Excel…"))
        self.import_people.clicked.connect(self.import_requested)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.new_referral)
        people_buttons.addWidget(self.import_people)
        for row, text in enumerate((self.step_staff, self.step_settings, self.step_people), 1):
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
        grid.addWidget(self.add_staff, 1, 1)
        grid.addWidget(self.unit_settings, 2, 1)
        grid.addLayout(people_buttons, 3, 1)
        grid.setColumnStretch(0, 1)
        return box

    def _show_first_steps(self, data: OverviewData, admin: bool) -> None:
        """Shown while the register has no participants. The staff and settings steps say who
        can do them: both sections are for administrators."""
        empty = not data.people
        self.first_steps.setVisible(empty)
        if not empty:
            return
        staff = self.tr("1. Add an account for each staff member, with their full name.")
        if data.accounts > 1:
            staff += " " + self.tr("({count} accounts so far.)").format(count=data.accounts)
        if not admin:
            staff += " " + self.tr("An administrator does this under Users.")
        self.step_staff.setText(staff)
        unit = self.tr("2. Check the unit's name, municipality and auto-lock in Settings.")
        if not data.unit_given:
            unit = self.tr(
                "2. Give the unit's name and municipality in Settings: they are printed on "
                "every form."
            )
        if not admin:
            unit += " " + self.tr("An administrator does this.")
        self.step_settings.setText(unit)
        self.add_staff.setVisible(admin)
        self.unit_settings.setVisible(admin)

    def _number_button(self, key: OutcomeCategory | OutcomeGroup) -> QPushButton:
        button = QPushButton("0")
        button.setFlat(True)
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance("00000") + 16)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(label(key))
        button.setToolTip(self.tr("Show the people behind this number"))
        button.clicked.connect(lambda _c=False, k=key: self.show_people(k))
        return button

    def title(self) -> str:
        return self.tr("Overview")

    def load(self, register: Register) -> None:
        self.register = register
        settings = load_settings(register)
        self.unit.setText(settings.unit_name or self.tr("(no unit name yet)"))
        self.municipality.setText(settings.municipality)
        session = register.session
        self.signed_in.setText(self.tr("Signed in as {name}").format(name=session.display_name))
        self.register_file.setText(self.tr("Register: {path}").format(path=register.files.database))
        # The to-do list and the figures: in the background; what is shown stays until the new
        # data arrives.
        day = self.figures_day()
        steps = (
            self.tr("Reading the register…"),
            self.tr("Working out the to-do list…"),
            self.tr("Counting the outcome model…"),
        )
        self.loading = True
        self._start(
            lambda progress: compute_overview(register, day, progress, steps),
            self._loaded,
            steps[0],
        )

    def _start(
        self, job: Callable[[Progress], Any], deliver: Callable[[Any], None], text: str
    ) -> None:
        """Run `job` in the background, dropping any earlier one; `deliver` gets its result on
        the UI thread unless a newer job or `clear` came first."""
        for handle in self._running:
            handle.cancel()
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            # A newer job or a lock came first, or the window was closed meanwhile.
            return shiboken6.isValid(self) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._finish()
                deliver(result)

        def failed(error: BaseException) -> None:
            if not current() or isinstance(error, Cancelled):
                return
            if self.register is not None and not self.register.is_open:
                return  # closed under the load (the window is going away): nothing to show
            self._finish()
            if isinstance(error, AppError):
                self.error.setText(error.user_message())
                self.error.show()
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        handle = self.tasks.run_job(job, done, failed, self.progress.report)
        self._running = [h for h in self._running if not h.finished] + [handle]
        self.error.hide()
        self.progress.start(None, text)

    @property
    def busy(self) -> bool:
        """Something is being loaded or counted in the background."""
        return any(not h.finished for h in self._running)

    def _finish(self) -> None:
        self._running = [h for h in self._running if not h.finished]
        self.progress.finish()

    def _loaded(self, data: OverviewData) -> None:
        self.loading = False
        self.people = data.people
        self.todo.people = dict(data.people)
        self.todo.names = data.names if data.names is not None else StaffNames()
        if self.register is not None:
            self.todo.today = self.register.today()
            self._show_first_steps(data, self.register.session.is_admin)
        self.items, self.handled = list(data.todo), list(data.handled)
        self._show_backup(data.backup)
        self._show_todo()
        if data.figures.day == self.figures_day():
            self._show_figures(data.figures)
        else:  # the date was changed while loading
            self.refresh_figures()

    def _open_item(self, row: int) -> None:
        """Where the item is dealt with: the person's record at its tab, or the backups."""
        item = self.todo.record(row)
        if item.person_id == UNIT:
            self.backups_requested.emit()
        else:
            self.open_person_at.emit(item.person_id, tab_for_todo(item.kind))

    def _show_backup(self, status: BackupStatus | None) -> None:
        self.backup_status.setText(status.message() if status is not None else "")
        attention = status is not None and status.needs_attention
        self.backup_status.setStyleSheet(f"color: {OVERDUE_COLOR};" if attention else "")
        self.backup_button.setVisible(status is not None)

    def _show_todo(self) -> None:
        """The items the filters let through: only the user's own people if asked, and the
        handled ones only if asked (shown as handled, with the reason)."""
        items = self.items
        if self.mine.isChecked() and self.register is not None:
            me = self.register.session.username
            items = [
                i
                for i in items
                if i.person_id == UNIT
                or (
                    (person := self.people.get(i.person_id)) is not None
                    and person.responsible == me
                )
            ]
        still_open, handled = split_handled(items, self.handled)
        self.todo.handled = handled
        self.todo.show_responsible = not self.mine.isChecked()
        self.todo.set_records(items if self.show_handled.isChecked() else still_open)
        empty = self.todo.rowCount() == 0 and self.register is not None and bool(self.people)
        if empty:
            text = self.tr("Nothing to do.")
            if self.mine.isChecked() and self.register is not None:
                me = self.register.session.username
                text = (
                    self.tr("Nothing to do for your participants.")
                    if any(p.responsible == me for p in self.people.values())
                    else self.tr(
                        "You are not the responsible staff member of any participant yet: "
                        "it is chosen in each person's record."
                    )
                )
            self.todo_empty.setText(text)
        self.todo_empty.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.todo_table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_rows)  # a taller view shows more rows
        return super().eventFilter(watched, event)

    def _refit_rows(self) -> None:
        """Measure the rows again (new rows or a new column width), from the ones on screen,
        once Qt has laid out every column: it does when control returns to it, and a row
        measured in between would keep a height for widths that no longer hold."""
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self._refit_now)

    def _refit_now(self) -> None:
        self._refit_pending = False
        self._fitted = set()
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Make each row on screen as tall as its text, and remember which are done."""
        table = self.todo_table
        if not shiboken6.isValid(table):
            return
        row, count, bottom = table.rowAt(0), self.todo.rowCount(), table.viewport().height()
        row = max(row, 0)
        while row < count and table.rowViewportPosition(row) <= bottom:
            if row not in self._fitted:
                self._fitted.add(row)
                table.resizeRowToContents(row)
            row += 1

    def selected_item(self) -> TodoItem | None:
        rows = self.todo_table.selectionModel().selectedRows()
        return self.todo.record(rows[0].row()) if rows else None

    def _update_mark_button(self) -> None:
        item = self.selected_item()
        # The backups' item is not marked handled: it goes once a good backup is made.
        self.mark_handled.setEnabled(
            item is not None and item.person_id != UNIT and item.identity not in self.todo.handled
        )

    def mark_selected_handled(self) -> HandledDialog | None:
        """Ask for the reason; once saved, the item leaves the list (or shows as handled)."""
        item = self.selected_item()
        if item is None or item.person_id == UNIT or self.register is None:
            return None
        person = self.todo.display(item, TodoTableModel.PERSON).split("\n")[0]
        dialog = HandledDialog(
            TodoRepository(self.register), item, person, self.todo.task(item), self
        )

        def saved() -> None:
            if dialog.handled is not None:
                self.handled.append(dialog.handled)
                self._show_todo()

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def figures_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def refresh_figures(self) -> None:
        """The outcome model for the chosen date, counted in the background from the paths of
        the people the list was loaded with, as the register holds them now."""
        if self.register is None or self.loading:
            return  # a load in progress counts the figures for the date it finds on arrival
        register, people, day = self.register, self.people, self.figures_day()
        self._start(
            lambda _progress: figures_on(register, people, day),
            self._show_figures,
            self.tr("Counting the outcome model…"),
        )

    def _show_figures(self, dist: Distribution) -> None:
        self._ids = {c: dist.people.get(c, ()) for c in OutcomeCategory}
        for group in OutcomeGroup:
            self._ids[group] = dist.group_ids(group)
        for key, button in self.buttons.items():
            button.setText(str(len(self._ids.get(key, ()))))
        figures = outcome_figures(dist)  # the numbers every export shows (R9)
        self.share.setText(
            self.tr(
                "{counted} people counted (everyone enrolled by this date). "
                "{share} follow the path; the goal is {goal}."
            ).format(
                counted=figures.counted,
                share=percent(figures.on_path_share, 1),
                goal=percent(figures.goal_share, 0),
            )
        )

    def show_people(self, key: OutcomeCategory | OutcomeGroup) -> PeopleListDialog:
        people = [self.people[i] for i in self._ids.get(key, ()) if i in self.people]
        title = f"{label(key)} – {self.figures_day().isoformat()}"
        dialog = PeopleListDialog(title, people, self)
        dialog.open_person.connect(self.open_person)
        dialog.open()
        return dialog

    def clear(self) -> None:
        # Whatever is still being worked out in the background is dropped when it arrives.
        for handle in self._running:
            handle.cancel()
        self._running = []
        self._generation += 1
        self.loading = False
        self.progress.finish()
        self.error.clear()
        self.error.hide()
        self.register = None
        for label_widget in (self.unit, self.municipality, self.signed_in, self.register_file):
            label_widget.clear()
        self.people = {}
        self.items, self.handled = [], []
        self.todo.people = {}
        self.todo.names = StaffNames()
        self.todo.handled = {}
        self.todo.set_records([])
        self.todo_empty.hide()
        self.first_steps.hide()
        self._show_backup(None)
        self._ids = {}
        for button in self.buttons.values():
            button.setText("0")
        self.share.clear()

"""Översikt: the unit, who is signed in, what is due (the to-do list) and the outcome model on
any date, where every number opens the list of people behind it (R9).

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
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
from desktop.core.path import PathEvent
from desktop.core.progress import Progress
from desktop.core.records import Person
from desktop.core.todo import Severity, TodoItem, todo_list
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.db.snapshot import load_snapshot
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import compact_rows


def percent(share: float | None, decimals: int) -> str:
    """A share as a percentage in the user's language ("48,7 %"); "–" for none."""
    if share is None:
        return "–"
    return QLocale().toString(share * 100, "f", decimals) + "\u00a0%"


class TodoTableModel(RecordTableModel[TodoItem]):
    SEVERITY, DUE, PERSON, WHAT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[int, Person] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Priority"), self.tr("Due"), self.tr("Person"), self.tr("What"))

    def display(self, item: TodoItem, column: int) -> Any:
        if column == self.SEVERITY:
            return {
                Severity.URGENT: self.tr("Urgent"),
                Severity.WARNING: self.tr("Soon"),
                Severity.INFO: self.tr("Note"),
            }[item.severity]
        if column == self.DUE:
            return item.due.isoformat()
        if column == self.PERSON:
            person = self.people.get(item.person_id)
            return f"{person.name} ({person.internal_no})" if person else ""
        params = dict(item.params)
        if "substance" in params:  # stored as a code; the user reads a word
            params["substance"] = label_of(Substance, str(params["substance"]))
        return QCoreApplication.translate("Todo", item.message).format(**params)


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
    paths: Mapping[int, Sequence[PathEvent]]
    todo: list[TodoItem]
    figures: Distribution


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
    progress.report(2, 3, steps[2])
    figures = distribution(snapshot.paths, day)
    progress.report(3, 3, steps[2])
    return OverviewData(dict(snapshot.people), snapshot.paths, todo, figures)


class OverviewSection(Section):
    key = "overview"
    open_person = Signal(int)

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The main window's runner (one worker for the window's background reads); a section
        # made on its own gets its own.
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.register: Register | None = None
        self.people: Mapping[int, Person] = {}
        self.paths: Mapping[int, Sequence[PathEvent]] = {}
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

        columns = QHBoxLayout()
        todo_box = QGroupBox(self.tr("To do"))
        todo_layout = QVBoxLayout(todo_box)
        self.todo = TodoTableModel(self)
        self.todo_table = QTableView()
        self.todo_table.setModel(self.todo)
        self.todo_table.setAccessibleName(self.tr("To do"))
        self.todo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.todo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todo_table.verticalHeader().hide()
        header = self.todo_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TodoTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        compact_rows(self.todo_table)
        self.todo_table.activated.connect(
            lambda index: self.open_person.emit(self.todo.record(index.row()).person_id)
        )
        todo_layout.addWidget(self.todo_table)

        outcome_box = QGroupBox(self.tr("Outcome model"))
        outcome_layout = QVBoxLayout(outcome_box)
        row = QHBoxLayout()
        on_label = QLabel(self.tr("&On"))
        self.day = QDateEdit(QDate.currentDate())
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
        columns.addWidget(todo_box, 3)
        columns.addWidget(outcome_box, 2)
        layout.addLayout(columns, 1)
        self._ids: dict[OutcomeCategory | OutcomeGroup, tuple[int, ...]] = {}

    def _number_button(self, key: OutcomeCategory | OutcomeGroup) -> QPushButton:
        button = QPushButton("0")
        button.setFlat(True)
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
        self.signed_in.setText(
            self.tr("Signed in as {name} ({user})").format(
                name=session.display_name, user=session.username
            )
        )
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
        self.people, self.paths = data.people, data.paths
        self.todo.people = dict(data.people)
        self.todo.set_records(data.todo)
        if data.figures.day == self.figures_day():
            self._show_figures(data.figures)
        else:  # the date was changed while loading
            self.refresh_figures()

    def figures_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def refresh_figures(self) -> None:
        """The outcome model for the chosen date, from the paths already read."""
        if self.register is None or self.loading:
            return  # a load in progress counts the figures for the date it finds on arrival
        paths, day = self.paths, self.figures_day()
        self._start(
            lambda _progress: distribution(paths, day),
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
                "{share} follow the path; the goal is {goal} (R8)."
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
        self.people, self.paths = {}, {}
        self.todo.people = {}
        self.todo.set_records([])
        self._ids = {}
        for button in self.buttons.values():
            button.setText("0")
        self.share.clear()

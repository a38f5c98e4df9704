"""Rapporter: choose a period, see the steering group's figures (the workbook's sheets as tabs),
open the people behind any number, and export the workbook in the background.

The figures come from desktop.core.steering through desktop.services.steering.compute, the same
function the workbook is made from (R9). The screen shows every number as it is, for the unit's
staff; the ones the workbook hides as "<5" are greyed, and their tooltip says so."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, QModelIndex, QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError, Cancelled
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.core.records import Person
from desktop.core.steering import (
    KEY_FIGURES,
    CostParameters,
    HistoryEntry,
    Period,
    PeriodKind,
    Row,
    Sheet,
    SteeringFigures,
    Table,
    dates_period,
    definition_rows,
    half_year_period,
    history_cells,
    month_period,
    period_of,
    quarter_period,
    sheets,
    title_line,
    year_period,
)
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.db.steering import SteeringRepository
from desktop.services.steering import (
    SteeringExport,
    SteeringTarget,
    compute,
    export_steering,
    file_label,
    kept_out_message,
    steering_target,
)
from desktop.ui.common.forms import ErrorLabel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import AsksBeforeClosing, DateEdit, compact_rows, qdate
from desktop.ui.participants.overview import PeopleListDialog
from desktop.ui.reports.models import PEOPLE_ROLE, DefinitionsTableModel, SheetTableModel


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    """A month, quarter, half-year, year or two dates; `changed` when the period changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for kind, text in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.HALF_YEAR, self.tr("Half-year")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.DATES, self.tr("Dates")),
        ):
            self.kind.addItem(text, kind.value)
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Which part of the year"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Year"))
        self.since = DateEdit()
        self.until = DateEdit()
        for edit, name in ((self.since, self.tr("First day")), (self.until, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.earlier = QPushButton("◀")
        self.earlier.setAccessibleName(self.tr("Previous period"))
        self.earlier.setToolTip(self.tr("Previous period"))
        self.later = QPushButton("▶")
        self.later.setAccessibleName(self.tr("Next period"))
        self.later.setToolTip(self.tr("Next period"))
        for button in (self.earlier, self.later):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.to_label = QLabel("–")
        for widget in (
            self.earlier,
            self.kind,
            self.part,
            self.year,
            self.since,
            self.to_label,
            self.until,
            self.later,
        ):
            layout.addWidget(widget)
        self._quiet = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(self._emit)
        self.year.valueChanged.connect(self._emit)
        self.since.dateChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self.earlier.clicked.connect(lambda: self.set_period(self.period().shifted(-1)))
        self.later.clicked.connect(lambda: self.set_period(self.period().shifted(1)))

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _parts(self, kind: PeriodKind) -> list[str]:
        if kind is PeriodKind.MONTH:
            return [QLocale().standaloneMonthName(m) for m in range(1, 13)]
        if kind is PeriodKind.QUARTER:
            return [self.tr("Quarter {number}").format(number=n) for n in range(1, 5)]
        if kind is PeriodKind.HALF_YEAR:
            return [self.tr("Half-year {number}").format(number=n) for n in (1, 2)]
        return []

    def _show_for(self, kind: PeriodKind) -> None:
        dates = kind is PeriodKind.DATES
        self.part.setVisible(kind not in (PeriodKind.YEAR, PeriodKind.DATES))
        self.year.setVisible(not dates)
        for widget in (self.since, self.to_label, self.until):
            widget.setVisible(dates)

    def _kind_changed(self) -> None:
        """Keep roughly the same time: the quarter, half-year or year of the period's start."""
        previous = self._last
        kind = PeriodKind(self.kind.currentData())
        start = previous.since if previous is not None else date.today()
        if kind is PeriodKind.DATES and previous is not None:
            self.set_period(dates_period(previous.since, previous.until))
        else:
            self.set_period(period_of(kind, start))

    _last: Period | None = None

    def set_period(self, period: Period) -> None:
        self._quiet = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
            self.part.clear()
            self.part.addItems(self._parts(period.kind))
            months = period.months
            if months is not None and months < 12:
                self.part.setCurrentIndex((period.since.month - 1) // months)
            self.year.setValue(period.since.year)
            self.since.setDate(qdate(period.since))
            self.until.setDate(qdate(period.until))
            self._show_for(period.kind)
        finally:
            self._quiet = False
        self._last = period
        self.changed.emit()

    def period(self) -> Period:
        """The period chosen; for dates given the wrong way round, the other way round."""
        kind = PeriodKind(self.kind.currentData())
        year, part = self.year.value(), max(0, self.part.currentIndex())
        if kind is PeriodKind.MONTH:
            return month_period(year, part + 1)
        if kind is PeriodKind.QUARTER:
            return quarter_period(year, part + 1)
        if kind is PeriodKind.HALF_YEAR:
            return half_year_period(year, part + 1)
        if kind is PeriodKind.YEAR:
            return year_period(year)
        since, until = sorted((_date(self.since.date()), _date(self.until.date())))
        return dates_period(since, until)


class CostParametersDialog(AsksBeforeClosing, QDialog):
    """The cost–benefit parameters; every default is the evaluation's (000:205–270). The section
    stores them when the dialog is accepted; closing with changed figures asks first."""

    def __init__(self, parameters: CostParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cost–benefit parameters"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The defaults are the evaluation's: the municipality's budget for 2021, the "
                "state grant, and the alternative cost of a person with ongoing drug use "
                "according to NUTEK (2006) and SOU 2011:6, adjusted to 2020 prices."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QSpinBox] = {}
        words = {
            "budget_management": self.tr("Budget: management (SEK a year)"),
            "budget_salaries": self.tr("Budget: salaries"),
            "budget_other_staff": self.tr("Budget: other staff costs"),
            "budget_material": self.tr("Budget: material"),
            "budget_services": self.tr("Budget: services"),
            "state_grant": self.tr("State grant (SEK a year)"),
            "nutek_municipality": self.tr("NUTEK: municipality (SEK a year per person)"),
            "nutek_justice": self.tr("NUTEK: justice system"),
            "nutek_total": self.tr("NUTEK: society in total"),
            "sou_municipality": self.tr("SOU 2011:6: municipality"),
            "sou_justice": self.tr("SOU 2011:6: justice system"),
            "sou_total": self.tr("SOU 2011:6: society in total"),
            "participants_per_year": self.tr("Participants a year"),
            "age_at_start": self.tr("Age at start"),
            "retirement_age": self.tr("Retirement age"),
        }
        for f in fields(CostParameters):
            box = QSpinBox()
            box.setRange(0, 99_999_999)
            box.setGroupSeparatorShown(True)
            box.setAccessibleName(words[f.name])
            self.fields[f.name] = box
            form.addRow(words[f.name], box)
        layout.addLayout(form)
        self.set_parameters(parameters)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults = buttons.addButton(
            self.tr("The evaluation's values"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults.clicked.connect(lambda: self.set_parameters(CostParameters()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.mark_saved()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def save_before_closing(self) -> bool:
        self.accept()  # closes; the section stores them
        return False

    def set_parameters(self, parameters: CostParameters) -> None:
        for name, box in self.fields.items():
            box.setValue(int(getattr(parameters, name)))

    def parameters(self) -> CostParameters:
        return CostParameters(**{name: box.value() for name, box in self.fields.items()})


@dataclass(frozen=True)
class ReportData:
    """What the background computation hands the section: nothing in it is a widget."""

    figures: SteeringFigures
    people: Mapping[int, Person]
    history: Sequence[HistoryEntry]
    unit_name: str
    municipality: str


def compute_report(register: Register, period: Period, progress: Progress) -> ReportData:
    """Runs on the worker thread."""
    figures, inputs = compute(register, period, progress=progress)
    settings = load_settings(register)
    return ReportData(
        figures,
        inputs.people,
        SteeringRepository(register).history(),
        settings.unit_name,
        settings.municipality,
    )


def history_table(entries: Sequence[HistoryEntry], title: str) -> Table:
    """Historik as a table of the screen: one row per export, newest last."""
    return Table(
        "history",
        title,
        tuple(translate("Steering", k.text) for k in KEY_FIGURES),
        tuple(
            Row("taken_on", f"{e.taken_on.isoformat()} · {e.period}", history_cells(e))
            for e in entries
        ),
    )


class ReportsSection(Section):
    key = "reports"
    open_person = Signal(int)
    exported = Signal(object)  # SteeringExport

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.register: Register | None = None
        self.data: ReportData | None = None
        self.figure_sheets: tuple[Sheet, ...] = ()
        self._generation = 0
        self._handle: TaskHandle | None = None
        self._exporting = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        self.period = PeriodChooser()
        period_label.setBuddy(self.period.kind)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.hide_small = QCheckBox(self.tr("Show 1–4 as <5 in the workbook"))
        self.hide_small.setChecked(True)
        self.hide_small.setToolTip(
            self.tr(
                "Counts from 1 to 4 are shown as <5 in the workbook, so that nobody can be "
                "recognised from a small number. The screen shows them greyed."
            )
        )
        top.addWidget(self.hide_small)
        self.parameters_button = QPushButton(self.tr("Cost &parameters…"))
        self.export_button = QPushButton(self.tr("&Export workbook…"))
        top.addWidget(self.parameters_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("reportsTitle")
        layout.addWidget(self.title_label)
        self.progress = ProgressPanel()
        self.progress.setAccessibleName(self.tr("Working on the figures"))
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        layout.addWidget(self.progress)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.done = QLabel()
        self.done.setWordWrap(True)
        self.done.setTextInteractionFlags(self.done.textInteractionFlags())
        layout.addWidget(self.done)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The workbook's sheets"))
        self.models: dict[str, SheetTableModel] = {}
        self.views: dict[str, QTableView] = {}
        layout.addWidget(self.tabs, 1)
        self.definitions = DefinitionsTableModel(self)
        self.history_model = SheetTableModel(self)

        self.period.changed.connect(self.refresh)
        self.hide_small.toggled.connect(self._hide_small_changed)
        self.parameters_button.clicked.connect(self.edit_parameters)
        self.export_button.clicked.connect(lambda: self.export())
        self._update_buttons()
        today = date.today()
        self.period.set_period(period_of(PeriodKind.QUARTER, today).previous())

    def title(self) -> str:
        return self.tr("Reports")

    # -- loading

    def load(self, register: Register) -> None:
        """Counting reads the whole register: done when the section is shown (every time, so
        what was recorded meanwhile is counted), not at every sign-in."""
        self.register = register
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.register is not None and not self._exporting:
            self.refresh()

    def refresh(self) -> None:
        """Count the chosen period's figures in the background."""
        register = self.register
        if register is None or self._exporting:
            return
        try:
            period = self.period.period()
        except AppError as error:
            self.error.show_error(error.user_message())
            return
        self._run(
            lambda progress: compute_report(register, period, progress),
            self._show,
            self.tr("Counting the figures for {period}…").format(period=period.label),
        )

    def _run(
        self, job: Callable[[Progress], Any], deliver: Callable[[Any], None], text: str
    ) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._finish()
                deliver(result)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self._finish()
            if isinstance(error, Cancelled):
                self.done.setText(self.tr("Cancelled."))
            elif isinstance(error, AppError):
                self.error.show_error(error.user_message())
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self.error.clear_error()
        self._handle = self.tasks.run_job(job, done, failed, self.progress.report)
        self.progress.start(self._handle, text)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def _finish(self) -> None:
        self._handle = None
        self._exporting = False
        self.progress.finish()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.register is not None and self.data is not None and not self._exporting
        self.export_button.setEnabled(ready)
        self.parameters_button.setEnabled(self.register is not None and not self._exporting)
        self.period.setEnabled(not self._exporting)

    def _show(self, data: ReportData) -> None:
        self.data = data
        self.figure_sheets = sheets(data.figures)
        self.title_label.setText(title_line(data.figures, data.unit_name, data.municipality))
        current = self.tabs.currentIndex()
        if not self.models:
            for sheet in self.figure_sheets:
                self._add_tab(sheet.key, sheet.name, SheetTableModel(self))
            self._add_tab("definitions", "Definitioner", self.definitions, definitions=True)
            self._add_tab("history", "Historik", self.history_model)
        for sheet in self.figure_sheets:
            self.models[sheet.key].set_hide_small(self.hide_small.isChecked())
            self.models[sheet.key].set_tables(sheet.tables)
        self.definitions.set_records(list(definition_rows(self.figure_sheets)))
        self.history_model.set_hide_small(self.hide_small.isChecked())
        self.history_model.set_tables(
            [history_table(data.history, self.tr("Every export, oldest first"))]
        )
        for view in self.views.values():
            view.resizeColumnsToContents()
        if current >= 0:
            self.tabs.setCurrentIndex(current)
        self._update_buttons()

    def _add_tab(self, key: str, name: str, model: Any, *, definitions: bool = False) -> None:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setWordWrap(definitions)
        compact_rows(view)
        view.setAlternatingRowColors(False)
        if definitions:
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            view.horizontalHeader().hide()
            view.activated.connect(lambda index, m=model: self._activated(m, index))
        view.verticalHeader().hide()
        if isinstance(model, SheetTableModel):
            self.models[key] = model
        self.views[key] = view
        self.tabs.addTab(view, name)

    def _hide_small_changed(self, hide: bool) -> None:
        for model in (*self.models.values(), self.history_model):
            model.set_hide_small(hide)

    # -- the people behind a number

    def _activated(self, model: SheetTableModel, index: QModelIndex) -> None:
        people = model.data(index, PEOPLE_ROLE)
        if people is None:
            return
        self.show_people(model, index.row(), index.column())

    def show_people(self, model: SheetTableModel, row: int, column: int) -> PeopleListDialog | None:
        """The people behind the number at (row, column) of a sheet's model."""
        if self.data is None:
            return None
        index = model.index(row, column)
        ids = model.data(index, PEOPLE_ROLE)
        if ids is None:
            return None
        _kind, table, line = model.line(row)
        header = table.columns[column - 1] if column - 1 < len(table.columns) else ""
        label = line.label if line is not None else table.title
        people = [self.data.people[i] for i in ids if i in self.data.people]
        dialog = PeopleListDialog(f"{label} – {header}", people, self)
        dialog.open_person.connect(self.open_person)
        dialog.open()
        return dialog

    # -- parameters

    def edit_parameters(self) -> CostParametersDialog | None:
        register = self.register
        if register is None:
            return None
        store = SteeringRepository(register)
        dialog = CostParametersDialog(store.parameters(), self)

        def save() -> None:
            if self.register is None:
                return
            store.save_parameters(dialog.parameters())
            self.refresh()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # -- export

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / f"styrgrupp-{file_label(self.period.period())}.xlsx"

    def ask(self, text: str) -> bool:
        """Whether to go on (a question the tests answer themselves)."""
        answer = QMessageBox.question(
            self,
            self.tr("Export workbook"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    def export(self, out: Path | None = None) -> TaskHandle | None:
        """Ask for the file (unless given), say what will happen to one that exists, then write
        the workbook in the background with progress and a cancel button."""
        register = self.register
        if register is None or self.data is None or self._exporting:
            return None
        period = self.period.period()
        if out is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the steering group's workbook"),
                str(self.default_path()),
                self.tr("Excel workbook (*.xlsx)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not chosen:
                return None
            out = Path(chosen)
        try:
            target = steering_target(register, out, period, register.now())
        except AppError as error:
            self.error.show_error(error.user_message())
            return None
        question = self._question(target)
        if question and not self.ask(question):
            return None
        hide = self.hide_small.isChecked()
        self._exporting = True
        self.done.clear()
        self._run(
            lambda progress: export_steering(
                register, period, target.path, hide_small=hide, progress=progress, target=target
            ),
            self._exported,
            self.tr("Writing the workbook for {period}…").format(period=period.label),
        )
        return self._handle

    def _question(self, target: SteeringTarget) -> str:
        if target.asked is not None:
            return (
                kept_out_message(target)
                + "\n\n"
                + self.tr("Go on and write {name}?").format(name=target.path.name)
            )
        if target.base is not None and target.copy is not None:
            return self.tr(
                "{name} already exists. Färdväg replaces its sheets Sammanfattning, Flöde, "
                "Utfallsmodell, OSA, Drogtester, Demografi, Kostnad–nytta, Definitioner and "
                "Historik and keeps all the others. The original is first copied to {copy}."
            ).format(name=target.path.name, copy=target.copy.name)
        return ""

    def _exported(self, made: SteeringExport) -> None:
        text = self.tr("Wrote {path}.").format(path=made.result.path)
        note = kept_out_message(made.target)
        if note:
            text += " " + note
        if made.target.copy is not None:
            text += " " + self.tr("The original was copied to {copy}.").format(
                copy=made.target.copy.name
            )
        self.done.setText(text)
        self.exported.emit(made)
        if self.data is not None:  # Historik has a new row
            self.data = replace(
                self.data,
                history=[*SteeringRepository(self.register).history()]
                if self.register is not None
                else self.data.history,
            )
            self.history_model.set_tables(
                [history_table(self.data.history, self.tr("Every export, oldest first"))]
            )

    def clear(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._generation += 1
        self._exporting = False
        self.progress.finish()
        self.error.clear_error()
        self.done.clear()
        self.title_label.clear()
        self.register = None
        self.data = None
        self.figure_sheets = ()
        for model in self.models.values():
            model.set_tables([])
        self.history_model.set_tables([])
        self.definitions.set_records([])
        self._update_buttons()

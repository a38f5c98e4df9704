"""Import from Excel: choose the file, map its columns, see every row accepted or rejected and
why, and import all of them in one go or none. Reading the file and checking its rows run in
the background, with progress and Cancel: a list of thousands takes a while."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError, Cancelled
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.labels import label
from desktop.core.path import DischargeOutcome, Status
from desktop.core.progress import Progress
from desktop.db.participants import ParticipantRepository
from desktop.importing import (
    AcceptedRow,
    ColumnMapping,
    ImportReport,
    RejectedRow,
    Sheet,
    Target,
    commit_import,
    guess_mapping,
    plan_rows,
    read_workbook,
)
from desktop.ui.common.forms import ERROR_STYLE, ErrorLabel
from desktop.ui.common.models import Index, RecordTableModel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import compact_rows

CONTEXT = "ImportDialog"
REJECTED_COLOUR = QColor("#b00020")


_TARGETS = {
    Target.NAME: QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    Target.FIRST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    Target.LAST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    Target.PERSONNUMMER: QT_TRANSLATE_NOOP("ImportDialog", "Personnummer"),
    Target.REFERRAL_DATE: QT_TRANSLATE_NOOP("ImportDialog", "Referral date"),
    Target.ENROLMENT_DATE: QT_TRANSLATE_NOOP("ImportDialog", "Enrolment date"),
    Target.PHASE: QT_TRANSLATE_NOOP("ImportDialog", "Phase"),
    Target.DISCHARGE_DATE: QT_TRANSLATE_NOOP("ImportDialog", "Discharge date"),
    Target.DISCHARGE_OUTCOME: QT_TRANSLATE_NOOP("ImportDialog", "Discharge outcome"),
}


_PERSON_TARGETS = 4  # name, first, last, personnummer; the path's columns follow


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def path_summary(row: AcceptedRow) -> str:
    """Where the person's path will stand, so the user can check the columns were read right."""
    state = row.state
    if state.status is Status.ENROLLED and state.phase is not None:
        return QCoreApplication.translate("ImportDialog", "Enrolled {date}, {phase}").format(
            date=state.periods[-1].start.isoformat(), phase=label(state.phase)
        )
    if state.status is Status.DISCHARGED:
        period = state.periods[-1]
        outcome = period.outcome or DischargeOutcome.OTHER
        return QCoreApplication.translate("ImportDialog", "Discharged {date}: {outcome}").format(
            date=period.end.isoformat() if period.end else "", outcome=label(outcome)
        )
    referral = state.referral_date.isoformat() if state.referral_date else ""
    return QCoreApplication.translate("ImportDialog", "Referred {date}").format(date=referral)


Row = AcceptedRow | RejectedRow


class ImportPreviewTableModel(RecordTableModel[Row]):
    ROW, NAME, PERSONNUMMER, RESULT, PATH, REASONS = range(6)
    align_right = (ROW,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Personnummer"),
            self.tr("Result"),
            self.tr("After the import"),
            self.tr("Why rejected"),
        )

    def display(self, record: Row, column: int) -> Any:
        if column == self.ROW:
            return record.row
        if isinstance(record, AcceptedRow):
            return {
                self.NAME: record.person.name,
                self.PERSONNUMMER: record.person.personnummer_display,
                self.RESULT: self.tr("Accepted"),
                self.PATH: path_summary(record),
                self.REASONS: "",
            }[column]
        return {
            self.NAME: record.name,
            self.PERSONNUMMER: record.personnummer,
            self.RESULT: self.tr("Rejected"),
            self.PATH: "",
            self.REASONS: "\n".join(record.reasons()),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            record = self.record(index.row())
            if isinstance(record, RejectedRow):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(REJECTED_COLOUR)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(record.reasons())
        return super().data(index, role)


class ImportDialog(QDialog):
    imported = Signal(int)  # how many people were stored

    def __init__(
        self,
        repository: ParticipantRepository,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self._handle: TaskHandle | None = None
        self._generation = 0  # only the latest read or check is shown
        self.repository = repository
        self.today = today or repository.today()
        self.path: Path | None = None
        self.sheets: list[Sheet] = []
        self.sheet: Sheet | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Choose an Excel file (.xlsx) with one row per person under a row of headers. "
                "Every row is checked first; nothing is stored until you import, and then "
                "all rows are stored or none."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.file_field = QLineEdit()
        self.file_field.setAccessibleName(self.tr("Excel file"))
        self.file_field.setPlaceholderText(self.tr("The file's path; press Enter to read it"))
        self.file_field.returnPressed.connect(self._file_typed)
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_field, 1)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        self.reload_button = QPushButton(self.tr("&Read again"))
        self.reload_button.setToolTip(self.tr("Read the file again after changing it in Excel."))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.setEnabled(False)
        file_row.addWidget(self.reload_button)
        layout.addLayout(file_row)
        self.file_error = ErrorLabel()
        layout.addWidget(self.file_error)

        self.sheet_row = QWidget()
        sheet_layout = QHBoxLayout(self.sheet_row)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setAccessibleName(self.tr("Sheet"))
        self.sheet_choice.currentIndexChanged.connect(self._sheet_chosen)
        sheet_layout.addWidget(QLabel(self.tr("Sheet:")))
        sheet_layout.addWidget(self.sheet_choice, 1)
        self.sheet_row.hide()  # only when the file has more than one sheet
        layout.addWidget(self.sheet_row)

        columns = QGroupBox(self.tr("Which column holds what"))
        columns_layout = QVBoxLayout(columns)
        hint = QLabel(
            self.tr(
                "Choose the column with the full name, or the columns with the first and the "
                "last name. The referral date is needed for everyone; a discharge date needs "
                "an outcome."
            )
        )
        hint.setWordWrap(True)
        columns_layout.addWidget(hint)
        # Two columns, the person on the left and the path on the right, so the preview keeps
        # most of the dialog's height.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 140)
        self.combos: dict[Target, QComboBox] = {}
        for number, target in enumerate(Target):
            combo = QComboBox()
            label = _tr(_TARGETS[target])
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._mapping_changed)
            caption = QLabel(label)
            caption.setBuddy(combo)
            row, pair = (number, 0) if number < _PERSON_TARGETS else (number - _PERSON_TARGETS, 2)
            grid.addWidget(caption, row, pair)
            grid.addWidget(combo, row, pair + 1)
            self.combos[target] = combo
        columns_layout.addLayout(grid)
        layout.addWidget(columns)

        self.model = ImportPreviewTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows in the file"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            ImportPreviewTableModel.REASONS, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        # Every reason of a rejected row in full, at whatever width the dialog has.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.progress = ProgressPanel()
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Storing many people at once takes a deliberate click (or Alt+I), never a stray Enter:
        # in the file field Enter reads the file. See keyPressEvent and showEvent.
        for button in (self.import_button, cancel, self.choose_button, self.reload_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.import_button.clicked.connect(self.import_rows)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.resize(960, 720)
        self._fill_combos()
        self._show_report()
        if path is not None:
            self.load(path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.import_button.setDefault(False)  # the button box made it the default on show
        if self.sheet is not None and self.report is None and not self.busy:
            self.replan()  # back after a lock that cut the check short

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ the file

    def ask_for_file(self) -> Path | None:
        """The file dialog; tests replace this method to bypass it."""
        folder = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from Excel"), folder, self.tr("Excel workbook (*.xlsx)")
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        chosen = self.ask_for_file()
        if chosen is not None:
            self.load(chosen)

    def _file_typed(self) -> None:
        text = self.file_field.text().strip().strip('"')
        if text:
            self.load(Path(text))

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        """Read `path` (in the background); keep the chosen columns when the headers are the
        same as before (the user fixed rows in Excel and reads the file again)."""
        self.file_error.clear_error()
        self.error.clear_error()
        self.file_field.setText(str(path))
        previous = (self.sheet.title, self.sheet.headers) if self.sheet else None
        kept = self.mapping() if self.sheet else None
        self._run(
            lambda progress: read_workbook(path, progress),
            lambda sheets: self._read(path, sheets, previous, kept),
            self._read_failed,
            self.tr("Reading {file}…").format(file=path.name),
        )

    def _read(
        self,
        path: Path,
        sheets: list[Sheet],
        previous: tuple[str, tuple[str, ...]] | None,
        kept: ColumnMapping | None,
    ) -> None:
        self.path, self.sheets = path, sheets
        self.reload_button.setEnabled(True)
        self.sheet_choice.blockSignals(True)
        self.sheet_choice.clear()
        for sheet in sheets:
            self.sheet_choice.addItem(sheet.title)
        index = 0
        if previous is not None:
            index = next((i for i, s in enumerate(sheets) if s.title == previous[0]), 0)
        self.sheet_choice.setCurrentIndex(index)
        self.sheet_choice.blockSignals(False)
        self.sheet_row.setVisible(len(sheets) > 1)
        self.sheet = sheets[index]
        same = previous == (self.sheet.title, self.sheet.headers)
        self._fill_combos(kept if same else None)
        self.replan()

    def _read_failed(self, error: AppError) -> None:
        self.file_error.show_error(error.user_message())
        self.path, self.sheets, self.sheet = None, [], None
        self.reload_button.setEnabled(False)
        self.sheet_row.hide()
        self._fill_combos()
        self.replan()

    def _sheet_chosen(self, index: int) -> None:
        if 0 <= index < len(self.sheets):
            self.sheet = self.sheets[index]
            self._fill_combos()
            self.replan()

    # ------------------------------------------------------------------ the mapping

    def _fill_combos(self, mapping: ColumnMapping | None = None) -> None:
        sheet = self.sheet
        if mapping is None:
            mapping = guess_mapping(sheet.headers) if sheet else ColumnMapping()
        for target, combo in self.combos.items():
            combo.blockSignals(True)  # one re-plan after all of them, not one per combo
            combo.clear()
            combo.addItem(self.tr("— none —"), None)
            if sheet is not None:
                for column in range(len(sheet.headers)):
                    combo.addItem(sheet.column_label(column), column)
            chosen = mapping.get(target)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            combo.setEnabled(sheet is not None)
            combo.blockSignals(False)

    def mapping(self) -> ColumnMapping:
        mapping = ColumnMapping()
        for target, combo in self.combos.items():
            column = combo.currentData()
            mapping = mapping.with_column(target, column if isinstance(column, int) else None)
        return mapping

    def _mapping_changed(self) -> None:
        self.error.clear_error()
        self.replan()

    # ------------------------------------------------------------------ checking

    def replan(self) -> None:
        """Check every row with the chosen columns, in the background; what was shown stays
        until the new check is done, and cannot be imported meanwhile."""
        self.report = None
        sheet = self.sheet
        if sheet is None:
            self._show_report()
            return
        mapping, repository, today = self.mapping(), self.repository, self.today
        self._run(
            lambda progress: plan_rows(sheet, mapping, repository, today, progress),
            self._planned,
            self._plan_failed,
            self.tr("Checking the rows…"),
        )

    def _planned(self, report: ImportReport) -> None:
        self.report = report
        self._show_report()

    def _plan_failed(self, error: AppError) -> None:
        self.error.show_error(error.user_message())
        self._show_report()

    # ------------------------------------------------------------------ in the background

    @property
    def busy(self) -> bool:
        """A file is being read or its rows checked."""
        return self._handle is not None

    def _run(
        self,
        job: Callable[[Progress], Any],
        deliver: Callable[[Any], None],
        fail: Callable[[AppError], None],
        text: str,
    ) -> None:
        """Run `job` on the worker, cancelling the one running; `deliver` its result or `fail`
        with its error on the UI thread, unless a newer job came first. A job the user
        cancelled leaves the preview empty, with the reason."""
        if self._handle is not None:
            self._handle.cancel()
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._finished()
                deliver(result)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self._finished()
            if isinstance(error, Cancelled):
                self.report = None
                self._show_report()
                self.error.show_error(error.user_message())
            elif not self.repository.register.is_open:
                # Locked while checking: the check runs again when the dialog comes back.
                self.report = None
                self._show_report()
            elif isinstance(error, AppError):
                fail(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self._handle = self.tasks.run_job(job, done, failed, self.progress.report)
        self.progress.start(self._handle, text)
        self.import_button.setEnabled(False)

    def _finished(self) -> None:
        self._handle = None
        self.progress.finish()

    def reject(self) -> None:
        if self._handle is not None:  # closing stops the reading or checking too
            self._handle.cancel()
            self._generation += 1
            self._finished()
        super().reject()

    def _rows(self, count: int) -> str:
        return self.tr("1 row") if count == 1 else self.tr("{count} rows").format(count=count)

    def _show_report(self) -> None:
        report = self.report
        self.model.set_records(report.rows() if report else [])
        self.import_button.setEnabled(report is not None and report.can_commit and not self.busy)
        self.summary.setStyleSheet("")
        if self.sheet is None:
            text = self.tr("Choose the Excel file to import.")
        elif not self.sheet.headers:
            text = self.tr("This sheet is empty.")
        elif report is None:
            text = ""
        elif report.mapping_problems:
            text = " ".join(problem.text() for problem in report.mapping_problems)
            self.summary.setStyleSheet(ERROR_STYLE)
        elif not report.accepted and not report.rejected:
            text = self.tr("There are no rows under the headers.")
        elif report.rejected:
            text = self.tr(
                "{accepted} could be imported, {rejected} rejected. Nothing can be imported "
                "while any row is rejected: fix the rejected rows in the file or leave them "
                "out of it, save it, and read it again."
            ).format(
                accepted=self._rows(len(report.accepted)), rejected=self._rows(len(report.rejected))
            )
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            text = self.tr("{accepted} will be imported. Check the list, then import.").format(
                accepted=self._rows(len(report.accepted))
            )
        self.summary.setText(text)

    # ------------------------------------------------------------------ importing

    def import_rows(self) -> None:
        report = self.report
        if report is None or not report.can_commit or self.busy:
            return
        self.error.clear_error()
        try:
            with _WaitCursor():
                created = commit_import(report, self.repository)
        except AppError as error:
            # Someone may have added one of these people meanwhile: check the rows again.
            self.replan()
            self.error.show_error(error.user_message())
            return
        self.imported.emit(len(created))
        self.accept()


class _WaitCursor:
    """Reading a file and checking it against the register takes a moment; say so."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()

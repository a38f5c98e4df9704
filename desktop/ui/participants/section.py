"""Deltagare: everyone in the register, searched as you type, filtered and sorted in SQL, with a
model that fetches rows as the table scrolls; a new referral; opening a record. A column shows
whether an information-sharing consent is in force (R18)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import ConsentStatus
from desktop.core.labels import label
from desktop.core.path import Phase, Status
from desktop.db.participants import ParticipantRepository, PersonRow, SearchFilter
from desktop.db.register import Register
from desktop.services import participant_list
from desktop.services.exports import ExportResult, run_export
from desktop.ui.common.forms import ErrorLabel
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskRunner, refusal_message
from desktop.ui.common.widgets import compact_rows

PAGE = 200
WARNING_COLOR = "#b00020"  # the error red of forms.ERROR_STYLE: 7:1 on white
Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(RecordTableModel[PersonRow]):
    """Rows come a page at a time (canFetchMore/fetchMore): the view asks for more as it scrolls,
    so a search over 10,000 people builds only what is on screen."""

    # The columns and their words are the Excel list's too (desktop/services/participant_list).
    NUMBER, NAME, PERSONNUMMER, STATUS, PHASE, GROUP, RESPONSIBLE, CONSENT = (
        participant_list.NUMBER,
        participant_list.NAME,
        participant_list.PERSONNUMMER,
        participant_list.STATUS,
        participant_list.PHASE,
        participant_list.GROUP,
        participant_list.RESPONSIBLE,
        participant_list.CONSENT,
    )
    SORT_KEYS: ClassVar[dict[int, str]] = {
        NUMBER: "internal_no",
        NAME: "name",
        PERSONNUMMER: "birth_date",
        STATUS: "status",
        PHASE: "phase",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository: ParticipantRepository | None = None
        self.query = SearchFilter()
        self.total = 0
        # Each person's information-sharing consent and the staff's display names, read once
        # when the section loads (and after every save), never per row or per keystroke.
        self.context = participant_list.ListContext(date.today())

    @property
    def consents(self) -> Mapping[int, ConsentStatus]:
        return self.context.consents

    @property
    def today(self) -> date:
        return self.context.today

    @property
    def names(self) -> Mapping[str, str]:
        return self.context.names

    @names.setter
    def names(self, names: Mapping[str, str]) -> None:
        self.context = replace(self.context, names=names)

    def headers(self) -> tuple[str, ...]:
        return participant_list.headers()

    def display(self, row: PersonRow, column: int) -> Any:
        return participant_list.cell(row, column, self.context)

    def consent_text(self, row: PersonRow) -> str:
        return participant_list.consent_text(row, self.context)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == self.CONSENT
            and role == Qt.ItemDataRole.ForegroundRole
        ):
            row = self.record(index.row())
            status = self.consents.get(row.id)
            if (status is None or status.missing) and row.status == Status.ENROLLED.value:
                return QBrush(QColor(WARNING_COLOR))
            if status is not None and status.ending_within(self.today):
                return QBrush(QColor(WARNING_COLOR))
        if (
            index.isValid()
            and index.column() == self.CONSENT
            and role == Qt.ItemDataRole.ToolTipRole
        ):
            return self.tr("The information-sharing consent in force (Consents tab)")
        return super().data(index, role)

    def load_consents(self, register: Register | None) -> None:
        """The consents and the staff's names (`ListContext`), read once for the list."""
        self.context = (
            participant_list.read_context(register)
            if register is not None
            else participant_list.ListContext(date.today())
        )

    def load(self, repository: ParticipantRepository | None, query: SearchFilter) -> None:
        self.repository, self.query = repository, query
        self.beginResetModel()
        if repository is None:
            self._records, self.total = [], 0
        else:
            self._records = repository.rows(query, limit=PAGE)
            self.total = (
                len(self._records)
                if len(self._records) < PAGE
                else repository.count_matching(query)
            )
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._records) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.repository is None or parent.isValid():
            return
        more = self.repository.rows(self.query, offset=len(self._records), limit=PAGE)
        if not more:
            self.total = len(self._records)
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._records.extend(more)
        self.endInsertRows()


class ParticipantsSection(Section):
    key = "participants"
    open_person = Signal(int)
    list_exported = Signal(object)  # the Excel list's Path, once written

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The main window's runner: the Excel list of thousands of people is written in the
        # background (2.3 s for 10,000), with progress and Cancel.
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.register: Register | None = None
        self.repository: ParticipantRepository | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, personnummer or number"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            if status is not Status.NEW:
                self.status.addItem(label(status), status)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        self.phase.addItem(self.tr("All phases"), None)
        for phase in Phase:
            self.phase.addItem(label(phase), phase)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.responsible = QComboBox()
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.new_button = QPushButton(self.tr("&New referral…"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.progress_button = QPushButton(self.tr("Progress s&heets…"))
        self.progress_button.setToolTip(self.tr("Progress sheets for a group or everyone enrolled"))
        self.progress_button.clicked.connect(self.progress_sheets)
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.setToolTip(
            self.tr("The list as shown, with its search and filters, as an Excel file")
        )
        self.export_button.clicked.connect(lambda: self.export_list())
        self.count = QLabel()
        self.error = ErrorLabel()
        self.exported = QLabel()
        self.exported.setWordWrap(True)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.progress_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        for widget in (self.status, self.phase, self.group, self.responsible):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeopleTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(
            PeopleTableModel.PERSONNUMMER,
            self.fontMetrics().horizontalAdvance("19811218-9876") + 24,
        )
        header.resizeSection(
            PeopleTableModel.PHASE,
            self.fontMetrics().horizontalAdvance("Extra stöd (utanför vägen)") + 16,
        )
        header.resizeSection(
            PeopleTableModel.CONSENT,
            self.fontMetrics().horizontalAdvance("t.o.m. 2026-12-31") + 24,
        )
        header.setSortIndicatorShown(True)
        header.setSortIndicator(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.refresh())
        compact_rows(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.exported)
        self.export_progress = ProgressPanel()
        layout.addWidget(self.export_progress)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.status, self.phase, self.group, self.responsible):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(self._activated)
        self.search.returnPressed.connect(self._open_first)

    def title(self) -> str:
        return self.tr("Participants")

    def load(self, register: Register) -> None:
        self.register = register
        self.repository = ParticipantRepository(register)
        self._fill_choices(register)
        self.model.load_consents(register)
        self.refresh()

    def _fill_choices(self, register: Register) -> None:
        assert self.repository is not None
        for combo, everyone, items in (
            (self.group, self.tr("All groups"), [(g.name, g.id) for g in self.repository.groups()]),
            (
                self.responsible,
                self.tr("All staff"),
                [(u.display_name, u.username) for u in register.users() if u.disabled_at is None],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def query(self) -> SearchFilter:
        header = self.table.horizontalHeader()
        return SearchFilter(
            text=self.search.text(),
            status=Status(self.status.currentData()) if self.status.currentData() else None,
            phase=Phase(self.phase.currentData()) if self.phase.currentData() else None,
            group_id=self.group.currentData(),
            responsible=self.responsible.currentData(),
            sort=PeopleTableModel.SORT_KEYS.get(header.sortIndicatorSection(), "name"),
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def refresh(self) -> None:
        if self.repository is None:
            return
        self.model.load(self.repository, self.query())
        self.count.setText(self.tr("{count} people").format(count=self.model.total))

    def clear(self) -> None:
        self.register = None
        self.repository = None
        self.error.clear_error()
        self.exported.clear()
        self.model.load_consents(None)
        self.model.load(None, SearchFilter())
        self.count.clear()
        for combo in (self.group, self.responsible):
            combo.clear()

    def _activated(self, index: QModelIndex) -> None:
        self.open_person.emit(self.model.record(index.row()).id)

    def progress_sheets(self) -> QWidget | None:
        """Progress sheets for a group or everyone enrolled, in one go (issue 14)."""
        from desktop.ui.participants.progress_dialog import ProgressSheetDialog

        # The main window's repository, which it points at the register again after a lock.
        repository = getattr(self.window(), "repository", None) or self.repository
        if not isinstance(repository, ParticipantRepository) or self.repository is None:
            return None
        dialog = ProgressSheetDialog(repository, None, self)
        group = self.group.currentData()
        if group is not None:
            dialog.who.setCurrentIndex(max(0, dialog.who.findData(group)))
        dialog.open()
        return dialog

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.open_person.emit(self.model.record(0).id)

    def export_list(self, path: Path | None = None) -> Path | None:
        """The list as shown (search, filters, sort) as an Excel file, through the export door,
        written in the background (`list_exported` says when); the suggested file name holds a
        date, never a name or the search text. Returns the file being written, or None."""
        if self.register is None or self.repository is None:
            return None
        document = participant_list.ParticipantListDocument(self.query(), self.register.today())
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the participant list"),
                str(Path(folder) / document.default_name()),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.error.clear_error()
        self.exported.clear()
        self.export_button.setEnabled(False)
        register = self.register
        target = path

        def done(result: ExportResult) -> None:
            self.export_progress.finish()
            self.export_button.setEnabled(True)
            saved = (
                self.tr("1 person saved to {file}.")
                if document.rows_written == 1
                else self.tr("{count} people saved to {file}.")
            )
            self.exported.setText(saved.format(count=document.rows_written, file=result.path.name))
            self.list_exported.emit(result.path)

        def failed(error: BaseException) -> None:
            self.export_progress.finish()
            self.export_button.setEnabled(True)
            message = refusal_message(error)
            if message:
                self.error.show_error(message)

        handle = self.tasks.run_job(
            lambda progress: run_export(register, document, target, progress=progress),
            done,
            failed,
            self.export_progress.report,
        )
        self.export_progress.start(handle, self.tr("Writing the list…"))
        return target

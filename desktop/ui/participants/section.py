"""Deltagare: everyone in the register, searched as you type, filtered and sorted in SQL, with a
model that fetches rows as the table scrolls; a new referral; opening a record."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import label, label_of
from desktop.core.path import Phase, Status
from desktop.db.participants import ParticipantRepository, PersonRow, SearchFilter
from desktop.db.register import Register
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.section import Section
from desktop.ui.common.widgets import compact_rows

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(RecordTableModel[PersonRow]):
    """Rows come a page at a time (canFetchMore/fetchMore): the view asks for more as it scrolls,
    so a search over 10,000 people builds only what is on screen."""

    NUMBER, NAME, PERSONNUMMER, STATUS, PHASE, GROUP, RESPONSIBLE = range(7)
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

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Name"),
            self.tr("Personnummer"),
            self.tr("Status"),
            self.tr("Phase"),
            self.tr("Group"),
            self.tr("Responsible"),
        )

    def display(self, row: PersonRow, column: int) -> Any:
        if column == self.NUMBER:
            return row.internal_no
        if column == self.NAME:
            return f"{row.last_name}, {row.first_name}"
        if column == self.PERSONNUMMER:
            pnr = row.personnummer
            return f"{pnr[:8]}-{pnr[8:]}" if pnr else ""
        if column == self.STATUS:
            return label_of(Status, row.status)
        if column == self.PHASE:
            return label_of(Phase, row.phase)
        if column == self.GROUP:
            return row.group_name or ""
        return row.responsible

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.count = QLabel()

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
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
        header.setSortIndicatorShown(True)
        header.setSortIndicator(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.refresh())
        compact_rows(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.status, self.phase, self.group, self.responsible):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(self._activated)
        self.search.returnPressed.connect(self._open_first)

    def title(self) -> str:
        return self.tr("Participants")

    def load(self, register: Register) -> None:
        self.repository = ParticipantRepository(register)
        self._fill_choices(register)
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
        self.repository = None
        self.model.load(None, SearchFilter())
        self.count.clear()
        for combo in (self.group, self.responsible):
            combo.clear()

    def _activated(self, index: QModelIndex) -> None:
        self.open_person.emit(self.model.record(index.row()).id)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.open_person.emit(self.model.record(0).id)

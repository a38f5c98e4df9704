"""Logg (administrators): the audit log with filters, and a check of its chain."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.audit import Action, AuditEntry
from desktop.core.labels import action_label, entity_label
from desktop.db.register import AuditQuery, Register
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.section import Section
from desktop.ui.common.widgets import DateEdit, compact_rows


def local_time(at: str) -> str:
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditTableModel(RecordTableModel[AuditEntry]):
    SEQ, TIME, USER, ACTION, ENTITY, ENTITY_ID = range(6)
    align_right = (SEQ, ENTITY_ID)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("What"),
            self.tr("Concerns"),
            self.tr("Id"),
        )

    def display(self, entry: AuditEntry, column: int) -> object:
        return (
            entry.seq,
            local_time(entry.at),
            entry.user,
            action_label(entry.action),
            entity_label(entry.entity),
            entry.entity_id,
        )[column]


def _date_filter(caption: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(caption)
    edit = DateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setEnabled(False)
    edit.setAccessibleName(caption.replace("&", ""))
    box.toggled.connect(edit.setEnabled)
    return box, edit


class AuditSection(Section):
    key = "audit"
    admin_only = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.model = AuditTableModel(self)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What"))
        self.action.addItem(self.tr("All actions"), None)
        for action in Action:
            self.action.addItem(action_label(action.value), action.value)
        self.from_box, self.from_date = _date_filter(self.tr("&From"))
        self.to_box, self.to_date = _date_filter(self.tr("&To"))
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        filters = QHBoxLayout()
        user_label = QLabel(self.tr("&User"))
        user_label.setBuddy(self.user)
        action_caption = QLabel(self.tr("&What"))
        action_caption.setBuddy(self.action)
        for widget in (
            user_label,
            self.user,
            action_caption,
            self.action,
            self.from_box,
            self.from_date,
            self.to_box,
            self.to_date,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.ACTION, QHeaderView.ResizeMode.Stretch)
        compact_rows(self.table)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (self.from_box, self.to_box):
            box.toggled.connect(self.refresh)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)

    def title(self) -> str:
        return self.tr("Log")

    def load(self, register: Register) -> None:
        self.register = register
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("All users"), None)
        for name in register.audit_users():
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)))
        self.user.blockSignals(False)
        self.refresh()

    def query(self) -> AuditQuery:
        def day(box: QCheckBox, edit: QDateEdit) -> date | None:
            chosen = edit.date()
            return date(chosen.year(), chosen.month(), chosen.day()) if box.isChecked() else None

        return AuditQuery(
            user=self.user.currentData(),
            action=self.action.currentData(),
            date_from=day(self.from_box, self.from_date),
            date_to=day(self.to_box, self.to_date),
        )

    def refresh(self) -> None:
        if self.register is None:
            return
        entries = list(self.register.audit_entries(self.query()))
        entries.reverse()  # newest first
        self.model.set_records(entries)
        self.count.setText(self.tr("{count} entries").format(count=len(entries)))

    def verify(self) -> None:
        if self.register is None:
            return
        report = self.register.verify_audit_chain()
        if report.intact:
            self.verify_result.setStyleSheet("color: #1b5e20;")
            self.verify_result.setText(
                self.tr(
                    "The chain is intact: none of the {count} entries has been changed or removed."
                ).format(count=report.entries)
            )
        else:
            self.verify_result.setStyleSheet("color: #b00020;")
            self.verify_result.setText(
                self.tr(
                    "The chain is broken at entry {seq}: that entry or one before it has been "
                    "changed or removed outside Färdväg."
                ).format(seq=report.first_broken_seq)
            )

    def clear(self) -> None:
        self.register = None
        self.model.set_records([])
        self.user.clear()
        self.verify_result.clear()
        self.count.clear()

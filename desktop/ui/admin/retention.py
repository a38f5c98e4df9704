"""Records due for deletion (administrators): the yearly review of whose retention period has run
out, with what erasing each one removes and keeps, a confirmation by typing the count, and the
deletion list for the archive. The rules are in desktop/core/retention.py."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError
from desktop.core.labels import label
from desktop.core.progress import Cancelled, Progress
from desktop.db.register import Register
from desktop.db.retention import DueRecord, ErasureList, RetentionRepository
from desktop.services import retention
from desktop.ui.common.forms import ErrorLabel, ok_cancel_buttons
from desktop.ui.common.models import Index, RecordTableModel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import record_table


class DueTableModel(RecordTableModel[DueRecord]):
    """The people due, each with a box to tick for the list to delete."""

    CHOSEN, NAME, PERSONNUMMER, NUMBER, STATUS, LAST_ENTRY, DUE_SINCE = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: set[int] = set()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Delete"),
            self.tr("Name"),
            self.tr("Personnummer"),
            self.tr("No."),
            self.tr("Status"),
            self.tr("Last entry"),
            self.tr("Due since"),
        )

    def display(self, record: DueRecord, column: int) -> object:
        return (
            "",
            record.name,
            record.personnummer,
            record.internal_no,
            label(record.status),
            record.last_entry.isoformat(),
            record.due_on.isoformat(),
        )[column]

    def set_records(self, records: list[DueRecord]) -> None:
        self.chosen.clear()
        super().set_records(records)

    def chosen_records(self) -> list[DueRecord]:
        return [
            self.record(row)
            for row in range(self.rowCount())
            if self.record(row).person_id in self.chosen
        ]

    def set_all(self, chosen: bool) -> None:
        ids = {self.record(row).person_id for row in range(self.rowCount())}
        self.chosen = ids if chosen else set()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.CHOSEN), self.index(self.rowCount() - 1, self.CHOSEN)
            )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOSEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.CHOSEN:
            if role == Qt.ItemDataRole.CheckStateRole:
                chosen = self.record(index.row()).person_id in self.chosen
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.record(index.row()).name
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == self.CHOSEN):
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        person_id = self.record(index.row()).person_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(person_id)
        else:
            self.chosen.discard(person_id)
        self.dataChanged.emit(index, index)
        return True


class ConfirmErasureDialog(QDialog):
    """The list once more, and the count typed by hand: nothing is deleted on a stray Enter."""

    def __init__(self, records: list[DueRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = len(records)
        self.setWindowTitle(self.tr("Delete records for good"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "These records will be deleted for good ({count}): names, personnummer, notes, "
                "action plans, consents and everything else that identifies the people. It "
                "cannot be undone. Only codes and dates stay, without identity, for the unit's "
                "figures."
            ).format(count=self.count)
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("People to delete"))
        for record in records:
            self.names.addItem(f"{record.name}  {record.personnummer}  ({record.internal_no})")
        layout.addWidget(self.names)
        prompt = QLabel(self.tr("Type {count} to confirm:").format(count=self.count))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Number of people to delete"))
        prompt.setBuddy(self.typed)
        row = QHBoxLayout()
        row.addWidget(prompt)
        row.addWidget(self.typed)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = ok_cancel_buttons(
            self, self.tr("Delete for good ({count})").format(count=self.count)
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        # Enter deletes only once the count is typed: until then the button is disabled.
        self.ok.setDefault(True)
        self.typed.textChanged.connect(
            lambda text: self.ok.setEnabled(self.confirmed_count() == self.count)
        )
        layout.addWidget(self.buttons)
        self.resize(520, 380)

    def confirmed_count(self) -> int | None:
        text = self.typed.text().strip()
        return int(text) if text.isdigit() else None


class RetentionDialog(QDialog):
    """The review. It reads the register when shown and forgets the names when hidden (as on a
    lock), so nothing about the people waits in memory while the window is locked."""

    erased = Signal(int)  # the deletion list's id

    def __init__(
        self,
        register_of: Callable[[], Register | None],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register_of = register_of
        self.tasks = tasks
        self._handle: TaskHandle | None = None
        self.last_list: ErasureList | None = None
        self.setWindowTitle(self.tr("Records due for deletion"))
        layout = QVBoxLayout(self)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.research = QCheckBox(
            self.tr("Keep the research sample (people born on the 5th, 15th or 25th of a month)")
        )
        self.research.toggled.connect(self.save_research_sample)
        layout.addWidget(self.research)

        self.model = DueTableModel(self)
        self.table = record_table(
            self.model, self.tr("Records due for deletion"), DueTableModel.NAME
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_preview())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No records are due for deletion today."))
        layout.addWidget(self.empty)
        preview_title = QLabel(self.tr("What deleting the chosen row removes"))
        layout.addWidget(preview_title)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(preview_title.text())
        self.preview.setMaximumHeight(110)
        layout.addWidget(self.preview)

        self.progress = ProgressPanel(self)
        layout.addWidget(self.progress)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)

        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.delete_button = QPushButton(self.tr("&Delete ticked…"))
        self.delete_button.clicked.connect(self.delete_ticked)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        for button in (self.all_button, self.none_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the table does not press any of them
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

        lists = QHBoxLayout()
        lists.addWidget(QLabel(self.tr("Deletion lists made:")))
        self.lists = QComboBox()
        self.lists.setAccessibleName(self.tr("Deletion lists made"))
        lists.addWidget(self.lists, 1)
        self.print_button = QPushButton(self.tr("&Save deletion list (PDF)…"))
        self.print_button.clicked.connect(lambda: self.save_list())
        lists.addWidget(self.print_button)
        layout.addLayout(lists)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 620)

    # -- reading

    def _repository(self) -> RetentionRepository | None:
        register = self.register_of()
        if register is None or not register.is_open or not register.session.is_admin:
            return None
        return RetentionRepository(register)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self.forget()
        super().hideEvent(event)

    def reload(self) -> None:
        repository = self._repository()
        if repository is None:
            self.forget()
            return
        rule = repository.rule()
        self.research.blockSignals(True)
        self.research.setChecked(rule.keep_research_sample)
        self.research.blockSignals(False)
        kept = repository.kept_for_research()
        text = self.tr(
            "A record is due for deletion {years} years after its last entry, once the person "
            "is no longer on the path. Change the years under Settings."
        ).format(years=rule.years)
        if rule.keep_research_sample and kept:
            text += " " + self.tr("{count} more are kept as the research sample.").format(
                count=kept
            )
        self.rule.setText(text)
        records = repository.review()
        self.model.set_records(records)
        self.empty.setVisible(not records)
        if records:
            self.table.selectRow(0)
        self.show_preview()
        self.lists.clear()
        for erased in repository.erasure_lists():
            self.lists.addItem(
                self.tr("List {number} of {date}, records: {count}").format(
                    number=erased.id, date=erased.confirmed_at[:10], count=len(erased.entries)
                ),
                erased.id,
            )
        self._update_buttons()

    def forget(self) -> None:
        self.model.set_records([])
        self.preview.clear()
        self.lists.clear()
        self._update_buttons()

    def show_preview(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.preview.clear()
            return
        record = self.model.record(rows[0].row())
        self.preview.setPlainText(
            self.tr(
                "Deleted: {deleted}\nKept without identity: {kept}\nIn the register since {first}."
            ).format(
                deleted=record.removal.deleted_text(),
                kept=record.removal.kept_text(),
                first=record.first_entry.isoformat(),
            )
        )

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.all_button.setEnabled(has_rows)
        self.none_button.setEnabled(has_rows)
        self.delete_button.setEnabled(bool(self.model.chosen) and self._handle is None)
        self.print_button.setEnabled(self.lists.count() > 0)

    # -- writing

    def save_research_sample(self, keep: bool) -> None:
        repository = self._repository()
        if repository is None:
            return
        self.error.clear_error()
        try:
            repository.save_research_sample(keep)
        except AppError as error:
            self.error.show_error(error.user_message())
            return
        self.reload()

    def confirm(self, records: list[DueRecord]) -> int | None:
        """The count the administrator typed, or None if they cancelled."""
        dialog = ConfirmErasureDialog(records, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.confirmed_count()

    def delete_ticked(self) -> None:
        """Confirm the ticked list, then erase it in the background (at thousands of people it
        takes seconds), with progress and Cancel, which deletes nothing."""
        register = self.register_of()
        records = self.model.chosen_records()
        if register is None or not records or self._handle is not None:
            return
        self.error.clear_error()
        self.outcome.clear()
        typed = self.confirm(records)
        if typed is None:
            return
        ids = [r.person_id for r in records]

        def job(progress: Progress) -> ErasureList:
            return retention.erase(register, ids, typed, progress=progress)

        def failed(error: BaseException) -> None:
            self._finish()
            if isinstance(error, Cancelled):
                self.outcome.setText(self.tr("Cancelled: nothing was deleted."))
            elif isinstance(error, AppError):
                self.error.show_error(error.user_message())
            else:
                sys.excepthook(type(error), error, error.__traceback__)
            self.reload()

        self._handle = self.tasks.run_job(job, self._erased, failed, self.progress.report)
        self.progress.start(self._handle, self.tr("Deleting records…"))
        self._update_buttons()

    def _finish(self) -> None:
        self._handle = None
        self.progress.finish()
        self._update_buttons()

    def _erased(self, erased: ErasureList) -> None:
        self._finish()
        self.last_list = erased
        self.reload()
        self.erased.emit(erased.id)
        written = self.save_list(erased.id)
        done = self.tr("Records deleted: {count} (deletion list {number}).").format(
            count=len(erased.entries), number=erased.id
        )
        if written is None:
            done += " " + self.tr(
                "Save the deletion list for the archive with “Save deletion list (PDF)…”."
            )
        else:
            done += " " + self.tr("The deletion list for the archive is saved as {path}.").format(
                path=str(written)
            )
        self.outcome.setText(done)

    def choose_path(self, default_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the deletion list"),
            str(Path(folder) / default_name),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def save_list(self, list_id: int | None = None, path: Path | None = None) -> Path | None:
        """Write a deletion list (the one just made, or the one chosen) through the export
        door, asking where unless `path` is given."""
        register = self.register_of()
        if list_id is None:
            list_id = self.lists.currentData()
        if register is None or list_id is None:
            return None
        document = retention.DeletionListDocument(int(list_id))
        path = path or self.choose_path(document.default_name())
        if path is None:
            return None
        self.error.clear_error()
        try:
            return retention.write_deletion_list(register, int(list_id), path).path
        except AppError as error:
            self.error.show_error(error.user_message())
            return None

"""Backups in the window (issue 11): the list of backups with each one's check, "back up
now", checking one again, opening one read-only to look something up, and the restore guide
the sign-in screen offers. The work itself is `desktop.services.backup`'s, always on a worker
thread: a backup of a large register takes a while, and the folder may be a slow network
drive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backup import BackupState, BackupStatus
from desktop.core.progress import Cancelled
from desktop.db.register import Register
from desktop.services import backup as service
from desktop.services.backup import BackupInfo, BackupResult, OpenedBackup, Restored
from desktop.ui.common.forms import ErrorLabel, Form, password_field
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.tasks import TaskRunner, refusal_message
from desktop.ui.common.widgets import compact_rows


def size_text(size: int) -> str:
    """A file size as people read it: 1.4 MB, 820 kB."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


class BackupTable(QTableWidget):
    """Backups, newest first: when each was made, its size and the result of its check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.backups: list[BackupInfo] = []
        self.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Check")])
        self.setAccessibleName(self.tr("Backups"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        compact_rows(self)

    def check_text(self, info: BackupInfo) -> str:
        result = info.verification
        if result.ok and result.full:
            return self.tr("OK: every check passed")
        if result.ok:
            return self.tr("OK: its files are those that passed every check")
        if not info.files:
            return self.tr("Not usable: its description is missing or unreadable")
        return self.tr("Failed: {problems}").format(problems="; ".join(result.problems[:2]))

    def show_backups(self, backups: list[BackupInfo], select: Path | None = None) -> None:
        self.backups = backups
        self.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cells = (
                info.when(),
                size_text(info.size) if info.files else "–",
                self.check_text(info),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and not info.good:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)
        chosen = next((r for r, b in enumerate(backups) if b.path == select), 0)
        if backups:
            self.selectRow(chosen)

    def selected(self) -> BackupInfo | None:
        rows = self.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


class BackupsDialog(QDialog):
    """The signed-in register's backups: made, listed, checked again, opened read-only, and
    a restore started (which signs out first: a register in use is never replaced)."""

    restore_requested = Signal(object)  # the backup's Path
    read_only_opened = Signal(object)  # OpenedBackup

    def __init__(self, register: Register, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.tasks = tasks
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.explanation = QLabel(
            self.tr(
                "Färdväg makes an encrypted backup when it closes, at most once a day, into "
                "the folder an administrator chose under Settings. Each backup is checked "
                "before an older one is removed; 7 daily, 4 weekly and 12 monthly are kept "
                "unless Settings say otherwise."
            )
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.table = BackupTable()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = ProgressPanel()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.check_button = QPushButton(self.tr("&Check again"))
        self.check_button.clicked.connect(self.check_selected)
        self.open_button = QPushButton(self.tr("&Open read-only…"))
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.backup_button, self.check_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.restore_button.setVisible(register.session.is_admin)
        self.resize(720, 460)
        self._busy = False
        self._update_buttons()
        self.refresh()

    # -- reading

    def refresh(self, select: Path | None = None) -> None:
        register = self.register

        def read() -> tuple[BackupStatus, list[BackupInfo]]:
            state = service.status(register)
            folder = Path(state.folder) if state.folder else None
            if folder is None or state.state is BackupState.UNREACHABLE:
                return state, []
            return state, service.backups(folder, register)

        self._run(
            read, lambda result: self._show(result[0], result[1], select), self.tr("Reading…")
        )

    def _show(self, state: BackupStatus, listed: list[BackupInfo], select: Path | None) -> None:
        self.folder = Path(state.folder) if state.folder else None
        self.status.setText(state.message())
        self.status.setStyleSheet("color: #b00020;" if state.needs_attention else "")
        self.table.show_backups(listed, select)
        self._update_buttons()

    # -- actions

    def back_up_now(self) -> None:
        register = self.register

        def done(result: BackupResult) -> None:
            removed = len(result.removed)
            self.message.setText(
                self.tr("Backup made and checked: {when}.").format(when=result.backup.when())
                + (
                    " "
                    + self.tr("{count} older backups removed as the settings say.").format(
                        count=removed
                    )
                    if removed
                    else ""
                )
            )
            self.refresh(select=result.backup.path)

        self._run_job(
            lambda progress: service.backup_now(register, progress=progress),
            done,
            self.tr("Making a backup…"),
        )

    def check_selected(self) -> None:
        info = self.table.selected()
        if info is None:
            return
        register = self.register

        def done(_result: Any) -> None:
            self.refresh(select=info.path)

        self._run(lambda: service.check(info, register), done, self.tr("Checking the backup…"))

    def open_selected(self) -> BackupSignInDialog | None:
        info = self.table.selected()
        if info is None:
            return None
        dialog = BackupSignInDialog(
            info, self.tasks, self.register.session.username, register=self.register, parent=self
        )
        dialog.opened.connect(self.read_only_opened)
        dialog.open()
        return dialog

    def restore_selected(self) -> None:
        info = self.table.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "To restore the backup from {when}, Färdväg signs you out first: a register "
                "in use is never replaced. The restore guide then asks for the user name and "
                "password of that day.\n\nThe register you have now is not deleted: it is "
                "moved aside and kept.\n\nSign out and restore?"
            ).format(when=info.when()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(info.path)
            self.accept()

    # -- plumbing

    def _update_buttons(self) -> None:
        chosen = self.table.selected() is not None
        self.backup_button.setEnabled(not self._busy)
        self.check_button.setEnabled(chosen and not self._busy)
        self.open_button.setEnabled(chosen and not self._busy)
        self.restore_button.setEnabled(chosen and not self._busy)

    def _run(self, operation: Callable[[], Any], done: Callable[[Any], None], text: str) -> None:
        self._run_job(lambda _progress: operation(), done, text)

    def _run_job(
        self, operation: Callable[[Any], Any], done: Callable[[Any], None], text: str
    ) -> None:
        self._busy = True
        self.error.clear_error()
        self._update_buttons()

        def finished(result: Any) -> None:
            self._busy = False
            self.progress.finish()
            self._update_buttons()
            done(result)

        def failed(error: BaseException) -> None:
            self._busy = False
            self.progress.finish()
            self._update_buttons()
            message = refusal_message(error)
            if message:
                self.error.show_error(message)

        handle = self.tasks.run_job(operation, finished, failed, self.progress.report)
        self.progress.start(handle, text)

    def reject(self) -> None:
        if self._busy and self.progress.handle is not None:
            self.progress.cancel()  # a backup half made is removed; nothing else is touched
        super().reject()


def credential_fields(
    form: Form, username: str, user_label: str, password_label: str
) -> tuple[QLineEdit, QLineEdit]:
    """The user name and password of the day a backup was made (its own key slots)."""
    user = form.add("username", user_label, QLineEdit(username))
    password = form.add("password", password_label, password_field(password_label.replace("&", "")))
    return user, password


class BackupSignInDialog(QDialog):
    """Signs in to a backup with the password of the day it was made, to look something up.
    Nothing can be written to it; what is opened is a private encrypted copy."""

    opened = Signal(object)  # OpenedBackup

    def __init__(
        self,
        info: BackupInfo,
        tasks: TaskRunner,
        username: str,
        *,
        register: Register | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.tasks = tasks
        self.register = register
        self.setWindowTitle(self.tr("Open a backup read-only"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The backup from {when} opens with the user name and password you had that "
                "day. Nothing can be changed in it."
            ).format(when=info.when())
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = Form(layout)
        self.username, self.password = credential_fields(
            form, username, self.tr("User &name"), self.tr("&Password")
        )
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = ProgressPanel(cancellable=False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if username:
            self.password.setFocus()

    def accept(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.error.show_error(self.tr("Type the user name and password of that day."))
            return
        info, register = self.info, self.register
        self.buttons.setEnabled(False)
        self.error.clear_error()

        def done(opened: OpenedBackup) -> None:
            self.progress.finish()
            self.opened.emit(opened)
            super(BackupSignInDialog, self).accept()

        def failed(error: BaseException) -> None:
            self.progress.finish()
            self.buttons.setEnabled(True)
            message = refusal_message(error)
            if message:
                self.error.show_error(message)
                self.password.selectAll()
                self.password.setFocus()

        handle = self.tasks.run(
            lambda: service.open_read_only(
                info, username=username, password=password, register=register
            ),
            done,
            failed,
        )
        self.progress.start(handle, self.tr("Opening…"))


class RestoreGuide(QDialog):
    """Puts a backup in the register's place, from the sign-in screen (nobody signed in, so
    nobody has the register open). Lists the backups in a folder with their checks; the user
    name and password of the backup's day let it be checked in full and the restore be
    recorded in its audit log. The register there now is moved aside, never deleted."""

    restored = Signal(object)  # Restored

    def __init__(
        self,
        register_path: Path,
        folder: Path | None,
        tasks: TaskRunner,
        *,
        username: str = "",
        select: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register_path = register_path
        self.tasks = tasks
        self._select = select
        self._busy = False
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The register you have now is not deleted: "
                "it is moved aside beside it, and kept. Whatever was entered after the backup "
                "was made is not in the restored register; look it up in the register moved "
                "aside and enter it again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setPlaceholderText(self.tr("The folder holding the backups"))
        self.folder.editingFinished.connect(self.refresh)
        choose = QPushButton(self.tr("C&hoose folder…"))
        choose.clicked.connect(self.choose_folder)
        folder_caption = QLabel(self.tr("&Folder"))
        folder_caption.setBuddy(self.folder)
        folder_row.addWidget(folder_caption)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        layout.addLayout(folder_row)
        self.table = BackupTable()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "With the user name and password you had the day the backup was made, it is "
                "checked in full again and the restore is written in its log. Without them, "
                "its files are compared with those that passed every check when it was made."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = Form(layout)
        self.username, self.password = credential_fields(
            form, username, self.tr("User &name"), self.tr("&Password")
        )
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = ProgressPanel(cancellable=False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._update_buttons()
        if folder is not None:
            self.refresh()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self.refresh()

    def refresh(self) -> None:
        text = self.folder.text().strip()
        self.error.clear_error()
        if not text:
            self.table.show_backups([])
            return
        folder = Path(text)

        def done(listed: list[BackupInfo]) -> None:
            self._busy = False
            self.progress.finish()
            self.table.show_backups(listed, self._select)
            if not listed:
                self.error.show_error(self.tr("There is no backup in this folder."))
            self._update_buttons()

        self._busy = True
        handle = self.tasks.run(lambda: service.backups(folder), done, self._failed)
        self.progress.start(handle, self.tr("Reading…"))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.progress.finish()
        self._update_buttons()
        message = refusal_message(error)
        if message:
            self.error.show_error(message)

    def _update_buttons(self) -> None:
        info = self.table.selected()
        self.restore_button.setEnabled(info is not None and info.good and not self._busy)

    def accept(self) -> None:
        info = self.table.selected()
        if info is None or self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if bool(username) != bool(password) and password:
            self.error.show_error(self.tr("Type the user name too, or leave both empty."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup from {when} in the register's place?\n\nThe register there "
                "now is moved aside and kept."
            ).format(when=info.when()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.register_path

        def done(result: Restored) -> None:
            self._busy = False
            self.progress.finish()
            aside = (
                self.tr("The register that was there is kept as {path}.").format(
                    path=result.set_aside
                )
                if result.set_aside is not None
                else ""
            )
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr("The register is back as it was on {when}.").format(
                    when=result.backup.when()
                )
                + ("\n\n" + aside if aside else ""),
            )
            self.restored.emit(result)
            super(RestoreGuide, self).accept()

        self._busy = True
        self._update_buttons()
        handle = self.tasks.run(
            lambda: service.restore(
                info,
                path,
                username=username or None,
                password=password or None,
            ),
            done,
            self._failed,
        )
        self.progress.start(handle, self.tr("Restoring…"))


class BackupOnClose(QDialog):
    """The day's backup as Färdväg closes: a progress bar and Skip (a half-made backup is
    removed; the older ones stay). A failure is said here, with what to do, before closing."""

    def __init__(self, register: Register, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup"))
        self.setModal(True)
        self.result_text = ""
        layout = QVBoxLayout(self)
        self.text = QLabel(self.tr("Making today's backup before Färdväg closes…"))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.progress = ProgressPanel(cancellable=False)
        layout.addWidget(self.progress)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.skip_button = self.buttons.addButton(
            self.tr("&Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        self.done_ = False
        self.handle = tasks.run_job(
            lambda progress: service.backup_if_due(register, progress=progress),
            self._finished,
            self._failed,
            self.progress.report,
        )
        self.progress.start(self.handle)

    def _finished(self, _result: BackupResult | None) -> None:
        self.done_ = True
        self.progress.finish()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.done_ = True
        self.progress.finish()
        message = refusal_message(error)
        if message is None or isinstance(error, Cancelled):
            self.reject()
            return
        self.text.setText(self.tr("Today's backup could not be made."))
        self.error.show_error(
            message + "\n" + self.tr("Färdväg closes anyway. Make one later under File → Backups.")
        )
        self.skip_button.setText(self.tr("Close"))

    def reject(self) -> None:
        if not self.done_:
            self.handle.cancel()  # the half backup is removed; the dialog closes when it stops
            self.skip_button.setEnabled(False)
            self.text.setText(self.tr("Stopping the backup…"))
            return
        super().reject()

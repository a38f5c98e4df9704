"""The sign-in screen, and the recovery-key dialog reached from it. Unlocking takes up to a
second (Argon2id), so it runs in the background while the window stays responsive.

Signing in checks only what is cheap (the key, the schema, the register against its anchor);
the checks over every page take seconds on a large register, so after each sign-in they run
in the background (`Register.check_integrity`), and damage found there is shown as a message
over whatever window is open by then."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import (
    AppError,
    Cancelled,
    KeySlotsMissing,
    SignInThrottled,
    WrongPassword,
)
from desktop.ui.common.first_paint import FirstPaint
from desktop.ui.common.forms import (
    ErrorLabel,
    Form,
    busy_bar,
    choose_register_file,
    password_field,
    passwords_differ,
    widget_row,
)
from desktop.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.db.register import Register
    from desktop.services.backup import Restored
    from desktop.ui.admin.backups import RestoreGuide

OpenRegister = Callable[[Path, str, str], "Register"]
RecoverRegister = Callable[[Path, str, str, str], "Register"]


def report_unexpected(error: BaseException) -> None:
    """Hand a bug to the one crash dialog (installed as sys.excepthook)."""
    sys.excepthook(type(error), error, error.__traceback__)


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Register
    create_requested = Signal()
    register_chosen = Signal(object)  # Path
    # The background check after a sign-in: the problems it found (a list, empty when none),
    # or None when the register was locked before it finished.
    integrity_checked = Signal(object)

    def __init__(
        self,
        path: Path,
        last_user: str,
        tasks: TaskRunner,
        open_register: OpenRegister,
        recover_register: RecoverRegister,
        parent: QWidget | None = None,
        *,
        check_in_background: bool = True,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.tasks = tasks
        self.open_register = open_register
        self.recover_register = recover_register
        self.check_in_background = check_in_background
        # The check gets a worker of its own: on a large register it takes seconds, and the
        # main window's first jobs (the overview's figures) must not queue behind it. The
        # register's lock keeps the two off the connection at the same time; the check takes
        # it for one table at a time.
        self.checks = TaskRunner(self)
        self.damage_message: QMessageBox | None = None
        self.setWindowTitle(self.tr("Färdväg – sign in"))

        title = QLabel("Färdväg")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.register_label = QLabel()
        self.register_label.setWordWrap(True)
        # The path can be selected and copied once the window has painted: the first use of
        # Qt's namespace (`QtCore.Qt`) costs about 12 ms, which the first screen need not wait
        # for.
        FirstPaint(self).painted.connect(self._path_selectable)
        self.choose_button = QPushButton(self.tr("Open another register…"))
        self.create_button = QPushButton(self.tr("Create a new register…"))

        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(self.notice)
        box.addSpacing(6)
        self.form = Form(box)
        self.username = self.form.add("username", self.tr("&User name"), QLineEdit(last_user))
        self.password = self.form.add(
            "password", self.tr("&Password"), password_field(self.tr("Password"))
        )
        self.error = ErrorLabel()
        self.error.setAccessibleName(self.tr("Sign-in message"))
        box.addWidget(self.error)
        self.busy = busy_bar()
        box.addWidget(self.busy)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        box.addWidget(self.sign_in_button)
        self.recovery_button = QPushButton(self.tr("Use the &recovery key…"))
        self.recovery_button.setFlat(True)
        # Offered when the register file itself is unusable (and from the backups dialog).
        self.restore_button = QPushButton(self.tr("Restore a &backup…"))
        self.restore_button.hide()
        # Both at the left, side by side: the restore button only when it can help.
        box.addWidget(widget_row(self.recovery_button, self.restore_button))
        self.backup_folder: Path | None = None  # where the restore guide starts looking
        box.addSpacing(16)
        box.addWidget(self.register_label)
        others = QHBoxLayout()
        others.addWidget(self.choose_button)
        others.addWidget(self.create_button)
        others.addStretch(1)
        box.addLayout(others)

        holder = QWidget()
        holder.setLayout(box)
        holder.setMaximumWidth(460)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.resize(640, 480)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0

        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.recovery_button.clicked.connect(self.open_recovery)
        self.restore_button.clicked.connect(lambda: self.open_restore())
        self.choose_button.clicked.connect(self.choose_register)
        self.create_button.clicked.connect(self.create_requested)
        self.set_register(path)

    def _path_selectable(self) -> None:
        self.register_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def set_register(self, path: Path) -> None:
        self.path = path
        self.restore_button.hide()
        self.register_label.setText(self.tr("Register: {path}").format(path=path))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def prepare(self, username: str = "") -> None:
        """Ready for someone to sign in: password empty, focus where typing starts."""
        if username:
            self.username.setText(username)
        self.password.clear()
        self.error.clear_error()
        (self.password if self.username.text() else self.username).setFocus()

    # -- signing in

    def sign_in(self) -> None:
        if self.tasks.pending or self._wait_left:
            return
        self.error.clear_error()
        user, password = self.username.text().strip(), self.password.text()
        if not user:
            self.error.show_error(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self._set_busy(True)
        path = self.path
        self.tasks.run(
            lambda: self.open_register(path, user, password), self._signed_in, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.sign_in_button,
            self.username,
            self.password,
            self.recovery_button,
            self.choose_button,
            self.create_button,
        ):
            widget.setEnabled(not busy)

    def _signed_in(self, register: Register) -> None:
        self._set_busy(False)
        self.password.clear()
        self.show_notice("")
        self.signed_in.emit(register)
        self.check_integrity(register)

    # -- the full checks, after sign-in

    def check_integrity(self, register: Register) -> None:
        if self.check_in_background:
            self.checks.run_job(register.check_integrity, self._checked, self._check_failed)

    def _checked(self, problems: list[str] | None) -> None:
        self.integrity_checked.emit(problems)
        if problems:
            self._show_damage(problems)

    def _check_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            report_unexpected(error)

    def _show_damage(self, problems: list[str]) -> None:
        box = QMessageBox(QApplication.activeWindow() or self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The register is damaged"))
        box.setText(
            self.tr(
                "Färdväg checked the register file after you signed in and found damage in it. "
                "What you see may be incomplete, and saving may fail. Do not delete any of the "
                "register's files. Finish what you are doing, then contact whoever looks after "
                "the unit's computers: the latest backup can be restored."
            )
        )
        box.setDetailedText("\n".join(problems[:20]))  # technical; no personal data
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.damage_message = box
        box.open()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, AppError):
            report_unexpected(error)
            return
        self.error.show_error(error.user_message())
        self.password.selectAll()
        self.password.setFocus()
        wait = (
            error.seconds
            if isinstance(error, SignInThrottled)
            else (error.retry_after if isinstance(error, WrongPassword) else 0)
        )
        if wait:
            self._wait_left = wait
            self.sign_in_button.setEnabled(False)
            self._tick_text()
            self._countdown.start()
        if isinstance(error, KeySlotsMissing):
            self.recovery_button.setFocus()
        if error.restore_helps:
            self.restore_button.show()
            self.restore_button.setFocus()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            self.sign_in_button.setEnabled(True)
            self.sign_in_button.setText(self.tr("&Sign in"))
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.sign_in_button.setText(
            self.tr("Sign in (wait {seconds} s)").format(seconds=self._wait_left)
        )

    # -- other registers and recovery

    def choose_register(self) -> None:
        chosen = choose_register_file(self, self.path.parent)
        if chosen:
            self.set_register(chosen)
            self.register_chosen.emit(chosen)

    def open_recovery(self) -> RecoveryDialog:
        dialog = RecoveryDialog(
            self.path, self.username.text().strip(), self.tasks, self.recover_register, self
        )
        dialog.recovered.connect(self._recovered)
        dialog.open()
        return dialog

    def open_restore(self, select: Path | None = None) -> RestoreGuide:
        """The restore guide for this register, in its backup folder (or `select`'s)."""
        from desktop.ui.admin.backups import RestoreGuide

        folder = select.parent if select is not None else self.backup_folder
        guide = RestoreGuide(
            self.path,
            folder,
            self.tasks,
            username=self.username.text().strip(),
            select=select,
            parent=self,
        )
        guide.restored.connect(self._restored)
        guide.open()
        return guide

    def _restored(self, restored: Restored) -> None:
        self.restore_button.hide()
        self.error.clear_error()
        self.show_notice(
            self.tr("The backup from {when} is restored. Sign in to go on.").format(
                when=restored.backup.when()
            )
        )
        self.prepare()

    def _recovered(self, register: Register) -> None:
        self.password.clear()
        self.show_notice("")
        self.signed_in.emit(register)
        self.check_integrity(register)


class RecoveryDialog(QDialog):
    """Open with the recovery key and give a user a new password; that user is then signed in."""

    recovered = Signal(object)  # Register

    def __init__(
        self,
        path: Path,
        username: str,
        tasks: TaskRunner,
        recover_register: RecoverRegister,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.tasks = tasks
        self.recover_register = recover_register
        self.setWindowTitle(self.tr("Use the recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the key from the recovery sheet (spaces, dashes and small letters do not "
                "matter), then choose a new password for your account. Set new passwords for the "
                "others afterwards under Users."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = Form(layout)
        self.key = self.form.add("key", self.tr("Recovery &key"), QLineEdit())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = self.form.add("username", self.tr("&User name"), QLineEdit(username))
        self.password = self.form.add(
            "password", self.tr("&New password"), password_field(self.tr("New password"))
        )
        self.repeat = self.form.add(
            "repeat",
            self.tr("R&epeat new password"),
            password_field(self.tr("Repeat new password")),
        )
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Open and set password")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.tasks.pending:
            return
        self.form.clear_errors()
        if passwords_differ(self.form, self.password, self.repeat):
            return
        key, user, password = self.key.text(), self.username.text().strip(), self.password.text()
        self.busy.show()
        self.buttons.setEnabled(False)
        path = self.path
        self.tasks.run(
            lambda: self.recover_register(path, key, user, password), self._done, self._failed
        )

    def _done(self, register: Register) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.recovered.emit(register)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if not isinstance(error, AppError):
            report_unexpected(error)
            return
        message = error.user_message()
        lowered = error.message.lower()
        field = (
            "key"
            if "recovery key" in lowered
            else ("password" if "password" in lowered else "username")
        )
        self.form.show_error(field, message)

"""Account dialogs: add a user, set someone's password, change your own. Each keeps what was
typed when the register refuses it, shows why under the field it concerns, and asks before
Escape or closing drops what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import Role
from desktop.core.errors import AccountError, AppError, WrongPassword
from desktop.db.register import Register, UserRecord
from desktop.ui.common.forms import (
    ErrorLabel,
    Form,
    ok_cancel_buttons,
    password_field,
    passwords_differ,
)
from desktop.ui.common.widgets import AsksBeforeClosing


class _WaitCursor:
    """Key derivation takes a moment; say so with the cursor."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def role_label(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    if role is Role.ADMIN:
        return QCoreApplication.translate("Roles", "Administrator")
    return QCoreApplication.translate("Roles", "Staff")


class _AccountDialog(AsksBeforeClosing, QDialog):
    """Escape, Cancel and the close button ask "Save changes?" once something was typed; Save
    takes the OK path (and stays open with the reason if the register refuses)."""

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def save_before_closing(self) -> bool:
        self.accept()  # closes once stored
        return False


class AddUserDialog(_AccountDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.created: UserRecord | None = None
        self.setWindowTitle(self.tr("Add user"))
        layout = QVBoxLayout(self)
        self.form = Form(layout)
        self.username = self.form.add("username", self.tr("&User name"), QLineEdit())
        self.display_name = self.form.add("display_name", self.tr("&Full name"), QLineEdit())
        self.role = QComboBox()
        for role in (Role.STAFF, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.form.add("role", self.tr("&Role"), self.role)
        self.password = self.form.add(
            "password", self.tr("&Password"), password_field(self.tr("Password"))
        )
        self.repeat = self.form.add(
            "repeat", self.tr("R&epeat password"), password_field(self.tr("Repeat password"))
        )
        hint = QLabel(
            self.tr(
                "Tell the new user this password in person. They choose one of their own at "
                "the first sign-in."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        layout.addWidget(ok_cancel_buttons(self, self.tr("Add")))
        self.setMinimumWidth(420)
        self.mark_saved()

    def accept(self) -> None:
        self.form.clear_errors()
        self.general_error.clear_error()
        if passwords_differ(self.form, self.password, self.repeat):
            return
        try:
            with _WaitCursor():
                self.created = self.register.add_user(
                    self.username.text(),
                    self.display_name.text(),
                    Role(self.role.currentData()),
                    self.password.text(),
                )
        except AccountError as error:
            field = "password" if "password" in error.message.lower() else "username"
            self.form.show_error(field, error.user_message())
            return
        except AppError as error:
            self.general_error.show_error(error.user_message())
            return
        super().accept()


class SetPasswordDialog(_AccountDialog):
    """An administrator gives a user a new password, which the user must change at sign-in."""

    def __init__(
        self,
        register: Register,
        user: UserRecord,
        *,
        enable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.user = user
        self.enable = enable
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.display_name))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("{name} must choose a password of their own at the next sign-in.").format(
                name=user.display_name
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = Form(layout)
        self.password = self.form.add(
            "password", self.tr("&New password"), password_field(self.tr("New password"))
        )
        self.repeat = self.form.add(
            "repeat", self.tr("R&epeat password"), password_field(self.tr("Repeat password"))
        )
        layout.addWidget(ok_cancel_buttons(self, self.tr("Set password")))
        self.setMinimumWidth(400)
        self.mark_saved()

    def accept(self) -> None:
        self.form.clear_errors()
        if passwords_differ(self.form, self.password, self.repeat):
            return
        try:
            with _WaitCursor():
                if self.enable:
                    self.register.enable_user(self.user.username, self.password.text())
                else:
                    self.register.set_password(self.user.username, self.password.text())
        except AppError as error:
            self.form.show_error("password", error.user_message())
            return
        super().accept()


class ChangePasswordDialog(_AccountDialog):
    """Change your own password; `forced` when an administrator set it and it must change now."""

    def __init__(
        self, register: Register, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            notice = QLabel(
                self.tr(
                    "An administrator set your password. Choose one of your own before you go on."
                )
            )
            notice.setWordWrap(True)
            layout.addWidget(notice)
        self.form = Form(layout)
        self.current = self.form.add(
            "current", self.tr("&Current password"), password_field(self.tr("Current password"))
        )
        self.password = self.form.add(
            "password", self.tr("&New password"), password_field(self.tr("New password"))
        )
        self.repeat = self.form.add(
            "repeat",
            self.tr("R&epeat new password"),
            password_field(self.tr("Repeat new password")),
        )
        layout.addWidget(ok_cancel_buttons(self, self.tr("Change password")))
        self.setMinimumWidth(400)
        self.mark_saved()

    def accept(self) -> None:
        self.form.clear_errors()
        if passwords_differ(self.form, self.password, self.repeat):
            return
        try:
            with _WaitCursor():
                self.register.change_own_password(self.current.text(), self.password.text())
        except WrongPassword:
            self.form.show_error("current", self.tr("That is not your current password."))
            return
        except AppError as error:
            self.form.show_error("password", error.user_message())
            return
        super().accept()

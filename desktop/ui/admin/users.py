"""Användare (administrators): the staff accounts, add, remove, set a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError
from desktop.db.register import Register, UserRecord
from desktop.ui.common.dialogs import AddUserDialog, SetPasswordDialog, role_label
from desktop.ui.common.forms import ErrorLabel
from desktop.ui.common.models import RECORD_ROLE, RecordTableModel
from desktop.ui.common.section import Section
from desktop.ui.common.widgets import compact_rows


class UsersTableModel(RecordTableModel[UserRecord]):
    USERNAME, NAME, ROLE, STATUS = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"))

    def display(self, user: UserRecord, column: int) -> str:
        if column == self.USERNAME:
            return user.username
        if column == self.NAME:
            return user.display_name
        if column == self.ROLE:
            return role_label(user.role)
        if user.disabled_at:
            return self.tr("Removed")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")


class UsersSection(Section):
    key = "users"
    admin_only = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setAccessibleName(self.tr("Users"))
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.enable_button = QPushButton(self.tr("&Enable again…"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.password_button,
            self.remove_button,
            self.enable_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.set_password)
        self.remove_button.clicked.connect(self.remove_user)
        self.enable_button.clicked.connect(self.enable_user)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Users")

    def load(self, register: Register) -> None:
        self.register = register
        self.model.set_records(register.users())
        self._update_buttons()

    def clear(self) -> None:
        self.register = None
        self.model.set_records([])

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], RECORD_ROLE) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        me = self.register.session.username if self.register else ""
        active = user is not None and user.disabled_at is None
        self.password_button.setEnabled(active)
        self.remove_button.setEnabled(active and user is not None and user.username != me)
        self.enable_button.setEnabled(user is not None and user.disabled_at is not None)

    def _reload(self) -> None:
        if self.register is not None:
            self.load(self.register)
            self.changed.emit()

    def add_user(self) -> None:
        if self.register is None:
            return
        dialog = AddUserDialog(self.register, self)
        dialog.accepted.connect(self._reload)
        dialog.open()

    def set_password(self) -> None:
        user = self.selected()
        if self.register is None or user is None:
            return
        dialog = SetPasswordDialog(self.register, user, parent=self)
        dialog.accepted.connect(self._reload)
        dialog.open()

    def enable_user(self) -> None:
        user = self.selected()
        if self.register is None or user is None:
            return
        dialog = SetPasswordDialog(self.register, user, enable=True, parent=self)
        dialog.accepted.connect(self._reload)
        dialog.open()

    def remove_user(self) -> None:
        user = self.selected()
        if self.register is None or user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove user"),
            self.tr(
                "Remove {name}? They can no longer sign in. What they did stays in the log. "
                "If they may have kept a copy of the register, also give the register a new key."
            ).format(name=user.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.clear_error()
        try:
            self.register.remove_user(user.username)
        except AppError as error:
            self.error.show_error(error.user_message())
            return
        self._reload()

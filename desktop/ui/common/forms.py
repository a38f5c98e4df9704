"""The building blocks of forms, light enough for the sign-in screen: labelled fields whose
error shows right under them, password fields, a busy indicator, OK and Cancel. (The heavier
shared widgets, tables and dates and dialogs that ask before closing, are in `widgets`; the
sign-in screen imports only this, so that Qt for Python need not prepare their types before
the first paint.)"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
W = TypeVar("W", bound=QWidget)


class ErrorLabel(QLabel):
    """A message under the input it belongs to; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def busy_bar() -> QProgressBar:
    """An indeterminate bar for work of unknown length, e.g. unlocking."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class Form:
    """A form layout whose rows each have an error label under the input."""

    def __init__(self, parent_layout: QVBoxLayout | None = None) -> None:
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}
        if parent_layout is not None:
            parent_layout.addLayout(self.layout)

    def add(self, key: str, label: str, field: W) -> W:
        caption = QLabel(label)
        caption.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.replace("&", ""))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = ErrorLabel()
        column.addWidget(error)
        self.errors[key] = error
        self.layout.addRow(caption, box)
        return field

    def show_error(self, key: str, message: str) -> None:
        self.errors.get(key, next(iter(self.errors.values()))).show_error(message)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()


def passwords_differ(form: Form, password: QLineEdit, repeat: QLineEdit) -> bool:
    """True, with the message under the repeat field, when the two entries are not the same."""
    if password.text() == repeat.text():
        return False
    form.show_error(
        "repeat", QCoreApplication.translate("Form", "The two passwords are not the same.")
    )
    repeat.setFocus()
    return True


def choose_register_file(parent: QWidget, folder: Path) -> Path | None:
    """Ask for an existing register file."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Form", "Open register"),
        str(folder),
        QCoreApplication.translate("Form", "Färdväg register (*.fardvag)"),
    )
    return Path(chosen) if chosen else None


def ok_cancel_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does) and Cancel; Enter and Escape work as people expect."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def widget_row(*widgets: QWidget, stretch: bool = True, vertical: bool = False) -> QWidget:
    """Widgets side by side (or stacked) as one form field, without extra margins."""
    box = QWidget()
    line = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    if stretch:
        line.addStretch(1)
    return box

"""The ambassadors: a list to add to, change and deactivate, and the dialog for one ambassador.
The unit is chosen from the consent options' receiving units, so the consent gate knows it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ambassadors import Ambassador
from desktop.core.consent import ConsentOptions
from desktop.core.errors import AppError
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentRepository
from desktop.ui.common.forms import ErrorLabel, widget_row
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.widgets import RecordDialog, record_table


def unit_combo(options: ConsentOptions, current: str = "") -> QComboBox:
    """The receiving units in use, and the current one even if no longer in use."""
    combo = QComboBox()
    for unit in options.units:
        if unit.active or unit.code == current:
            combo.addItem(unit.shown(), unit.code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AmbassadorDialog(RecordDialog):
    """A new ambassador or changed details."""

    def __init__(
        self,
        store: AmbassadorRepository,
        ambassador: Ambassador | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ambassador = ambassador or Ambassador("", "ifo")
        a = self.ambassador
        self.setWindowTitle(self.tr("Ambassador") if ambassador else self.tr("New ambassador"))
        options = ConsentRepository(store.register).options()
        add = self.form.add
        self.name = add("name", self.tr("&Name"), QLineEdit(a.name))
        self.unit = add("unit", self.tr("&Unit"), unit_combo(options, a.unit))
        self.phone = add("phone", self.tr("&Phone"), QLineEdit(a.phone))
        self.email = add("email", self.tr("&E-mail"), QLineEdit(a.email))
        self.active = add(
            "active", self.tr("Status"), QCheckBox(self.tr("A&ctive: gets the weekly summary"))
        )
        self.active.setChecked(a.active)
        self.finish_layout(self.tr("Save ambassador"))
        self.result_ambassador: Ambassador | None = None

    def save(self) -> None:
        self.result_ambassador = self.store.save(
            replace(
                self.ambassador,
                name=self.name.text(),
                unit=str(self.unit.currentData() or ""),
                phone=self.phone.text(),
                email=self.email.text(),
                active=self.active.isChecked(),
            )
        )


class AmbassadorsTableModel(RecordTableModel[Ambassador]):
    NAME, UNIT, PHONE, EMAIL, ACTIVE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.options = ConsentOptions()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Active"),
        )

    def display(self, record: Ambassador, column: int) -> Any:
        if column == self.NAME:
            return record.name
        if column == self.UNIT:
            return self.options.unit_label(record.unit)
        if column == self.PHONE:
            return record.phone
        if column == self.EMAIL:
            return record.email
        return self.tr("Yes") if record.active else self.tr("No, deactivated")


class AmbassadorsDialog(QDialog):
    """The partner units' ambassadors: add, change, deactivate (kept, never deleted: the
    summaries sent to them point to them)."""

    changed = Signal()

    def __init__(self, store: AmbassadorRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Ambassadors"))
        self.model = AmbassadorsTableModel(self)
        self.table = record_table(self.model, self.tr("Ambassadors"), AmbassadorsTableModel.EMAIL)
        self.new_button = QPushButton(self.tr("&New ambassador…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(widget_row(self.new_button, self.change_button, self.active_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.change_button.clicked.connect(self._edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.activated.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.resize(780, 340)
        self.reload()

    def reload(self) -> None:
        self.model.options = ConsentRepository(self.store.register).options()
        self.model.set_records(self.store.ambassadors())
        self._update_buttons()

    def selected(self) -> Ambassador | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.change_button.setEnabled(chosen is not None)
        self.active_button.setEnabled(chosen is not None)
        self.active_button.setText(
            self.tr("&Activate again") if chosen and not chosen.active else self.tr("&Deactivate")
        )

    def _edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.edit(chosen)

    def edit(self, ambassador: Ambassador | None) -> AmbassadorDialog:
        return AmbassadorDialog(self.store, ambassador, self).open_with(self._saved)

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        self.error.clear_error()
        try:
            self.store.set_active(chosen.id, not chosen.active)
        except AppError as error:
            self.error.show_error(error.user_message())
            return
        self._saved()

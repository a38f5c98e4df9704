"""Om Färdväg: the version, and what the program is built from with each licence in full."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.licenses import Component, components
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.widgets import compact_rows


class ComponentsTableModel(RecordTableModel[Component]):
    NAME, VERSION, LICENSE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Component"), self.tr("Version"), self.tr("Licence"))

    def display(self, component: Component, column: int) -> str:
        if column == self.NAME:
            return component.name
        if column == self.VERSION:
            return component.version
        return component.license or self.tr("see the text")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Färdväg"))
        layout = QVBoxLayout(self)
        title = QLabel(f"Färdväg {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
            )
        )
        intro = QLabel(
            self.tr(
                "Färdväg is built on the free software below. Choose a line to read its licence; "
                "the texts also ship with the program."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ComponentsTableModel(self)
        self.model.set_records(components())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Components"))
        compact_rows(self.table)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda index, _old: self.show_license(index.row())
        )
        self.table.selectRow(0)
        self.resize(760, 620)

    def show_license(self, row: int) -> None:
        if row < 0:
            return
        component = self.model.record(row)
        self.text.setPlainText(
            "\n\n".join(component.texts) or self.tr("No licence text was found.")
        )

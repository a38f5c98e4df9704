"""Översikt: the unit, who is signed in, and room for what later sections put here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.ui.sections import Section


class OverviewSection(Section):
    key = "overview"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.unit = QLabel()
        self.unit.setObjectName("overviewUnit")
        font = self.unit.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.unit.setFont(font)
        self.municipality = QLabel()
        self.signed_in = QLabel()
        self.register_file = QLabel()
        self.register_file.setWordWrap(True)
        for label in (self.unit, self.municipality, self.signed_in, self.register_file):
            layout.addWidget(label)
        # Later sections add their boxes (to-do list, outcome figures, backup status) here.
        self.panels = QVBoxLayout()
        layout.addLayout(self.panels)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def load(self, register: Register) -> None:
        settings = load_settings(register)
        self.unit.setText(settings.unit_name or self.tr("(no unit name yet)"))
        self.municipality.setText(settings.municipality)
        session = register.session
        self.signed_in.setText(
            self.tr("Signed in as {name} ({user})").format(
                name=session.display_name, user=session.username
            )
        )
        self.register_file.setText(self.tr("Register: {path}").format(path=register.files.database))

    def clear(self) -> None:
        for label in (self.unit, self.municipality, self.signed_in, self.register_file):
            label.clear()

"""The sections of the main window. Each is shown in the navigation list when the signed-in
user may see it, loads its data from the register, and forgets it on `clear` (at lock)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.db.register import Register


class Section(QWidget):
    """Base for a section. Subclasses set `key` and `admin_only`, and implement `title`,
    `load` and `clear`."""

    key = ""
    admin_only = False
    changed = Signal()  # something the other sections may show has changed

    def title(self) -> str:
        raise NotImplementedError

    def load(self, register: Register) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Drop every piece of register data held by this section's models and widgets."""
        raise NotImplementedError

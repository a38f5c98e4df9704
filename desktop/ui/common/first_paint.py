"""Work a window can leave until it is on the screen: the start-up is measured to its first
paint, and a person cannot use a window before they see it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Says once, through `painted`, that a window has painted for the first time: then it is
    on the screen, and whatever comes next no longer delays it."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # After this paint has reached the screen: the signal's slots run next time round.
            QTimer.singleShot(0, self, self.painted.emit)
        return False

"""A progress panel for long work in the background: a bar, a line saying what is being done,
and a Cancel button wired to the operation's TaskHandle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.common.tasks import TaskHandle


class ProgressPanel(QWidget):
    """Hidden until `start(handle)`; `report` is the `on_progress` to give `run_job`; `finish`
    hides it again. Without a total (0) the bar just shows that something is happening."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.handle: TaskHandle | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setMinimumWidth(160)
        self.text = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, handle: TaskHandle | None, text: str = "") -> None:
        """Show the panel for `handle` (the one Cancel stops), busy until the first report."""
        self.handle = handle
        self.bar.setRange(0, 0)
        self.text.setText(text)
        self.cancel_button.setEnabled(handle is not None)
        self.show()

    def report(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        if text:
            self.text.setText(text)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.handle = None
        self.hide()

"""The one place a bug reaches the user: a dialog with copyable details (the error's type and
where in the code it happened, never a message or a value, which may hold personal data) and
the log file's path."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.logs import describe_exception

log = logging.getLogger("desktop.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Färdväg – unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Färdväg. What you had saved is safe in the register. "
                "Please send the details below to whoever supports Färdväg at your unit; they hold "
                "no personal data."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        if log_path is not None:
            where = QLabel(self.tr("Log file: {path}").format(path=log_path))
            where.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook; shows one dialog at a time, from
    the event loop rather than inside the call that failed. It is made before the first screen,
    so it leaves Qt's namespace (`QtCore.Qt`, about 12 ms the first time) to the dialog."""

    _show = Signal(str)  # emitted on other threads only: Qt queues it to the UI thread

    def __init__(self, log_path: Path | None) -> None:
        super().__init__()
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._show.connect(self._show_dialog)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def details(self, kind: type[BaseException], tb: TracebackType | None) -> str:
        import platform

        header = " · ".join(
            (
                f"Färdväg {__version__}",
                f"Python {platform.python_version()}",
                f"PySide6 {pyside_version}",
                platform.platform(terse=True),
            )
        )
        return describe_exception(kind, tb, header=header)

    def handle(
        self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error or kind(), tb)
            return
        details = self.details(kind, tb)
        log.error("unexpected error\n%s", details)
        if threading.current_thread() is threading.main_thread():
            QTimer.singleShot(0, self, lambda: self._show_dialog(details))
        else:
            self._show.emit(details)

    @Slot(str)
    def _show_dialog(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.details.appendPlainText("\n" + details)
            return
        self.dialog = CrashDialog(details, self.log_path)
        self.dialog.show()

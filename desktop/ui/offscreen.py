"""Running without a display (self-test, screenshots): Qt's offscreen platform says, for every
window, that it cannot raise it or pass size hints to a window manager. True and useless here."""

from __future__ import annotations

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_NOISE = "This plugin does not support"


def quiet_offscreen_warnings() -> None:
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            import sys

            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)

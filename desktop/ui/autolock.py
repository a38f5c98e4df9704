"""Locking: after some minutes without keyboard or mouse activity anywhere in the program, and
when the operating system reports that the user's session was locked (Windows session
notifications; the freedesktop screensaver signal on Linux desktops)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits `timed_out` when no key or mouse activity reached the program for the timeout.
    It watches the program's events only while it runs (someone is signed in): a filter on the
    whole application makes Qt for Python prepare every Qt type the first time an event
    passes it (about 14 ms), which the sign-in screen need not wait for."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self.timeout_ms = 10 * 60_000
        self._watching = False

    @property
    def minutes(self) -> int:
        return self.timeout_ms // 60_000

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        if self._timer.isActive():
            self._timer.start(timeout_ms)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start(self.timeout_ms)
        return False


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._on_lock()
        return False, 0


class SessionLockWatcher(QObject):
    """Emits `session_locked` when the operating system locks the user's session, where the
    platform tells Qt programs about it. It starts listening with the first window it is given
    to watch (the main window, after a sign-in): before that there is nothing to lock, and the
    sign-in screen does not wait for D-Bus."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._native: _WindowsSessionFilter | None = None
        self.supported = False
        self._listening = False

    def _listen(self) -> None:
        if self._listening:
            return
        self._listening = True
        if sys.platform == "win32":  # pragma: no cover - Windows only
            self._native = _WindowsSessionFilter(self.session_locked.emit)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._native)
        elif sys.platform.startswith("linux"):
            self._watch_freedesktop()

    def watch_window(self, window: QWidget) -> None:
        """Listens from now on; Windows sends session notifications only to windows that ask
        for them."""
        self._listen()
        if sys.platform != "win32":
            return
        import ctypes  # pragma: no cover - Windows only

        try:  # pragma: no cover - Windows only
            wtsapi = ctypes.WinDLL("wtsapi32")
            self.supported = bool(
                wtsapi.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
            )
        except OSError:  # pragma: no cover
            log.warning("session lock notifications unavailable")

    def _watch_freedesktop(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            if bus.connect(
                service, path, service, "ActiveChanged", self, b"1_on_active_changed(bool)"
            ):
                self.supported = True

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

"""The application: which screen shows when (first-run guide, sign-in, main window), locking,
and the program's start-up. Heavy modules (ReportLab, openpyxl) are imported only when a
document is made, never on the way to the sign-in screen. The main window and what it needs
are loaded in the background (`warm_up`), and only once the first screen has painted: a
thread importing modules holds Python's lock, and would otherwise hold up the very window it
is meant to make feel quick (at 10,000 people the benchmark measured 6.4 times a bare
window with the warm-up running before the first paint)."""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n
from desktop.core.clock import Clock, utc_now
from desktop.db.files import RegisterFiles
from desktop.localconfig import LocalConfig
from desktop.paths import default_register_path
from desktop.ui.autolock import IdleLock, SessionLockWatcher
from desktop.ui.common.first_paint import FirstPaint
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.sign_in import SignInWindow

if TYPE_CHECKING:
    # The store (cryptography, Argon2, SQLCipher) and the main window are imported when first
    # needed, off the path to the sign-in screen; `warm_up` loads them while the user types.
    from desktop.core.settings import UnitSettings
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register
    from desktop.ui.common.keyboard import Keyboard
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class AppOptions:
    register_path: Path | None = None  # --register; otherwise the last one used, or the default
    config: LocalConfig = field(default_factory=LocalConfig.load)
    kdf: KdfParams | None = None  # None: the real cost; tests pass a cheap one
    clock: Clock = utc_now
    # Load the main window's modules in the background once the first screen has painted, so
    # signing in does not wait for them; the start-up benchmark (--exit-when-shown) leaves it
    # off, since it stops at the first paint.
    warm_up: bool = True


class App(QObject):
    # The first screen (sign-in or first-run guide) has painted.
    first_screen_shown = Signal()

    def __init__(self, options: AppOptions | None = None) -> None:
        super().__init__()
        self.options = options or AppOptions()
        self.config = self.options.config
        self.path = self.options.register_path or (
            Path(self.config.register_path)
            if self.config.register_path
            else default_register_path()
        )
        self.language = self.config.language
        self.tasks = TaskRunner(self)
        self.idle = IdleLock(self)
        self.idle.timed_out.connect(self.lock_for_inactivity)
        self.session_watch = SessionLockWatcher(self)
        self.session_watch.session_locked.connect(self.lock_for_session)
        self.clipboard = ClipboardGuard(self)
        # Tab, Ctrl+Enter and the Alt-letters, the same in every window: installed once the
        # first screen has painted (it adopts the window that has the focus then).
        self.keyboard: Keyboard | None = None
        self.register: Register | None = None
        self.main_window: MainWindow | None = None
        self.kept: dict[str, MainWindow] = {}  # windows of locked sessions, by user
        self.sign_in_window: SignInWindow | None = None
        self.first_run: FirstRunWizard | None = None
        self._warm_up: threading.Thread | None = None
        self._backed_up_at_close = False
        self.first_painted_at: float | None = None  # time.monotonic() of the first paint
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- what runs in the background

    def open_register(self, path: Path, username: str, password: str) -> Register:
        from desktop.db.register import Register

        return Register.open(
            path, username, password, kdf=self.options.kdf, clock=self.options.clock
        )

    def recover_register(self, path: Path, key: str, username: str, password: str) -> Register:
        from desktop.db.register import Register

        with Register.open_with_recovery_key(
            path, key, kdf=self.options.kdf, clock=self.options.clock
        ) as reg:
            reg.set_password(username, password, must_change=False)
        return self.open_register(path, username, password)

    def create_register(
        self, path: Path, username: str, display_name: str, password: str, settings: UnitSettings
    ) -> tuple[Register, str]:
        from dataclasses import replace

        from desktop.db.register import Register
        from desktop.db.settings import save_settings

        settings = replace(settings, language=self.language)  # the language the guide was in

        register, recovery_key = Register.create(
            path,
            username=username,
            password=password,
            display_name=display_name,
            kdf=self.options.kdf,
            clock=self.options.clock,
        )
        try:
            save_settings(register, settings)
        except BaseException:
            register.close()
            raise
        return register, recovery_key

    # -- screens

    def start(self) -> None:
        first: QWidget = (
            self.show_sign_in()
            if RegisterFiles(self.path).database.exists()
            else self.show_first_run()
        )
        FirstPaint(first).painted.connect(self._first_screen_painted)

    def _first_screen_painted(self) -> None:
        self.first_painted_at = time.monotonic()
        self._install_keyboard()
        self.first_screen_shown.emit()  # before the warm-up: its slots see the screen as painted
        if self.options.warm_up and self._warm_up is None:
            self._warm_up = threading.Thread(target=warm_up, name="fardvag-warm-up", daemon=True)
            self._warm_up.start()

    def _install_keyboard(self) -> None:
        """After the first paint (a sign-in before that, only a script can make); the keyboard
        module and Qt's types it uses cost a few milliseconds the first screen need not wait
        for."""
        if self.keyboard is None:
            from desktop.ui.common.keyboard import Keyboard

            self.keyboard = Keyboard.install(self)

    def show_sign_in(self, notice: str = "", username: str = "") -> SignInWindow:
        window = self.sign_in_window
        if window is None:
            window = SignInWindow(
                self.path,
                self.config.last_user,
                self.tasks,
                self.open_register,
                self.recover_register,
            )
            window.signed_in.connect(self.signed_in)
            window.create_requested.connect(self.show_first_run)
            window.register_chosen.connect(self.use_register)
            self.sign_in_window = window
        window.set_register(self.path)
        window.backup_folder = (
            Path(self.config.backup_folder) if self.config.backup_folder else None
        )
        window.show_notice(notice)
        window.prepare(username)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_first_run(self) -> FirstRunWizard:
        from desktop.ui.first_run import FirstRunWizard

        path = (
            self.path
            if not RegisterFiles(self.path).database.exists()
            else default_register_path().parent / "ny.fardvag"
        )
        wizard = FirstRunWizard(path, self.tasks, self.create_register)
        wizard.completed.connect(self.signed_in)
        wizard.open_existing.connect(self.use_register)
        wizard.rejected.connect(self._first_run_cancelled)
        self.first_run = wizard
        if self.sign_in_window is not None:
            self.sign_in_window.hide()
        wizard.show()
        return wizard

    def _first_run_cancelled(self) -> None:
        wizard, self.first_run = self.first_run, None
        if wizard is not None:
            wizard.deleteLater()
        if RegisterFiles(self.path).database.exists():
            self.show_sign_in()
        elif self.register is None:
            QApplication.quit()

    def use_register(self, path: Path) -> None:
        self.path = Path(path)
        self.config.register_path = str(self.path)
        self.config.save()
        self.show_sign_in()

    # -- signing in and locking

    def signed_in(self, register: Register) -> None:
        from desktop.db.settings import load_settings

        self._install_keyboard()
        self.register = register
        self.path = register.files.database
        settings = load_settings(register)
        self.config.register_path = str(self.path)
        self.config.last_user = register.session.username
        self.config.backup_folder = settings.backup_folder
        self.config.language = settings.language
        self.config.save()
        if settings.language != self.language:
            self.switch_language(settings.language)
        window = self.kept.pop(register.session.username, None)
        if window is not None:
            window.attach(register)
        else:
            window = self._new_main_window(register)
        self.main_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.session_watch.watch_window(window)
        for other in (self.sign_in_window, self.first_run):
            if other is not None:
                other.hide()
        if self.first_run is not None:
            self.first_run.deleteLater()
            self.first_run = None
        self.idle.set_minutes(settings.autolock_minutes)
        self.idle.start()
        if register.session.must_change_password:
            window.change_password(forced=True)

    def _new_main_window(self, register: Register) -> MainWindow:
        from desktop.ui.main_window import MainWindow

        window = MainWindow(register)
        window.lock_requested.connect(self.lock)
        window.settings_saved.connect(self.apply_settings)
        window.restore_requested.connect(self.restore_backup)
        window.installEventFilter(self)  # the day's backup as it closes
        return window

    def lock(self, notice: str = "") -> None:
        """Close the register (its key bytes are overwritten), empty every model, clear the
        clipboard if it holds what Färdväg put there, and show the sign-in screen. What the user
        was typing stays in the hidden window, in memory, for when they sign in again."""
        register, window = self.register, self.main_window
        if register is None or window is None:
            return
        self.idle.stop()
        username = register.session.username
        window.detach()
        window.hide()
        self.kept[username] = window
        self.clipboard.clear_if_ours()
        register.close()
        self.register = None
        self.main_window = None
        log.info("locked")
        self.show_sign_in(notice or self.tr("Färdväg is locked. Sign in to go on."), username)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The day's backup when the main window closes (at most one a day; none without a
        backup folder): the close waits for it, and then goes on."""
        if (
            event.type() == QEvent.Type.Close
            and watched is self.main_window
            and self.register is not None
            and not self._backed_up_at_close
        ):
            from desktop.db.settings import load_settings
            from desktop.ui.admin.backups import BackupOnClose

            if not load_settings(self.register).backup_folder:
                return False

            self._backed_up_at_close = True
            dialog = BackupOnClose(self.register, self.tasks, self.main_window)
            dialog.finished.connect(lambda _r, w=self.main_window: w.close())
            dialog.open()
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def restore_backup(self, backup: Path) -> None:
        """From the backups dialog: sign out (a register in use is never replaced), then the
        restore guide over the sign-in screen, with that backup chosen."""
        self.lock(self.tr("Signed out to restore a backup."))
        if self.sign_in_window is not None:
            self.sign_in_window.open_restore(select=backup)

    def lock_for_inactivity(self) -> None:
        self.lock(
            self.tr("Färdväg was locked after {minutes} minutes without activity.").format(
                minutes=self.idle.minutes
            )
        )

    def lock_for_session(self) -> None:
        self.lock(self.tr("Färdväg was locked because the computer was locked."))

    def apply_settings(self, settings: UnitSettings) -> None:
        self.idle.set_minutes(settings.autolock_minutes)
        self.config.language = settings.language
        self.config.backup_folder = settings.backup_folder
        self.config.save()
        if settings.language != self.language and self.register is not None:
            self.switch_language(settings.language)
            old, register = self.main_window, self.register
            self.main_window = self._new_main_window(register)
            self.main_window.show_section("settings")
            self.main_window.show()
            if old is not None:
                old.hide()
                old.deleteLater()

    def switch_language(self, language: str) -> None:
        i18n.install(language)
        self.language = language
        if self.sign_in_window is not None:
            self.sign_in_window.deleteLater()
            self.sign_in_window = None

    def shutdown(self) -> None:
        if self._warm_up is not None:
            self._warm_up.join()  # never leave a thread importing Qt modules at exit
        self.idle.stop()
        if self.register is not None:
            self.register.close()
            self.register = None
        self.clipboard.clear_if_ours()
        self.tasks.shutdown()
        if self.keyboard is not None:
            self.keyboard.uninstall()


def warm_up() -> None:
    """Load what signing in needs, in the background, while the sign-in screen waits."""
    import desktop.db.register
    import desktop.db.settings
    import desktop.ui.main_window  # noqa: F401


class ClipboardGuard(QObject):
    """Knows whether the clipboard still holds what Färdväg put there, so locking can clear it
    without wiping what the user copied in another program. `ownsClipboard()` answers that on
    some platforms only; elsewhere a change made while Färdväg is the active program is ours.
    Only a hash of the text is kept, not the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _digest(text: str) -> bytes:
        import hashlib

        return hashlib.sha256(text.encode("utf-8")).digest()

    def _changed(self) -> None:
        active = QGuiApplication.applicationState() == QtCore.Qt.ApplicationState.ApplicationActive
        text = QGuiApplication.clipboard().text()
        self._ours = self._digest(text) if active and text else None

    def clear_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if clipboard.ownsClipboard() or (
            self._ours is not None and text and self._digest(text) == self._ours
        ):
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = None


def create_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    # The window's thread gets Python's lock back within 1 ms while a background read computes
    # in Python: with the default 5 ms, each Python call of the first paint (event filters,
    # models) waited its turn, and the main window took 0.9 s to appear beside Översikt's load
    # at 10,000 people instead of 0.4 s. The background work is not measurably slower.
    sys.setswitchinterval(0.001)
    app.setApplicationName("Färdväg")
    app.setApplicationDisplayName("Färdväg")
    app.setOrganizationName("Fardvag")
    app.setStyle("Fusion")
    return app


def run(register_path: Path | None = None, *, exit_when_shown: bool = False) -> int:
    """Start the window: `make run`, `python -m desktop`, the installed program.
    `exit_when_shown` quits as soon as the first screen has painted, and prints when that was
    on the system's monotonic clock, `first-paint SECONDS` (the start-up benchmark and
    the test that nothing heavy is loaded on the way there)."""
    from desktop import logs
    from desktop.ui.crash import CrashReporter

    app = create_qapplication()
    log_path = logs.configure()
    reporter = CrashReporter(log_path)
    reporter.install()
    config = LocalConfig.load()
    i18n.install(config.language)
    controller = App(
        AppOptions(register_path=register_path, config=config, warm_up=not exit_when_shown)
    )
    if exit_when_shown:

        def painted() -> None:
            if sys.stdout is not None:  # a windowed build on Windows has none
                sys.stdout.write(f"first-paint {controller.first_painted_at:.6f}\n")
                sys.stdout.flush()
            app.quit()

        controller.first_screen_shown.connect(painted)
    controller.first_screen_shown.connect(logs.rotate_from_now_on)
    controller.start()
    return app.exec()

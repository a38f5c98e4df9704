"""The main window: a navigation list of the sections the user may see, and the section shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.db.participants import ParticipantRepository, RecordErased
from desktop.db.register import Register
from desktop.db.settings import is_demo, load_settings
from desktop.ui.admin.audit import AuditSection
from desktop.ui.admin.settings import SettingsSection
from desktop.ui.admin.users import UsersSection
from desktop.ui.ambassadors.section import AmbassadorsSection
from desktop.ui.common.dialogs import ChangePasswordDialog
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.drugtests.section import DrugTestsSection
from desktop.ui.osa.section import OsaSection
from desktop.ui.participants.dialogs import ReferralDialog
from desktop.ui.participants.overview import OverviewSection
from desktop.ui.participants.person_window import PersonWindow
from desktop.ui.participants.section import ParticipantsSection
from desktop.ui.reports.section import ReportsSection

if TYPE_CHECKING:
    from desktop.services.backup import OpenedBackup


class MainWindow(QMainWindow):
    lock_requested = Signal()
    # Restore a backup (its Path): the App signs out first, then shows the restore guide.
    restore_requested = Signal(object)
    settings_saved = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.username = register.session.username
        self._hidden_dialogs: list[QDialog] = []
        # Background reads for the sections (Översikt at thousands of people). The window's own
        # worker, not the App's: after a lock, a load still finishing must not hold up signing
        # in, and the register's mutex already keeps its reads one at a time.
        self.tasks = TaskRunner(self)
        # The sections that have read the register since sign-in (see `_load`).
        self._loaded: set[str] = set()
        self._backup_windows: list[BackupWindow] = []
        all_sections: list[Section] = [
            OverviewSection(self.tasks),
            ParticipantsSection(self.tasks),
            DrugTestsSection(),
            OsaSection(),
            AmbassadorsSection(self.tasks),
            ReportsSection(self.tasks),
            UsersSection(),
            SettingsSection(),
            AuditSection(),
        ]
        self.records: dict[int, PersonWindow] = {}
        # One repository for every record window and dialog: on unlock it is pointed at the
        # newly opened register, so nothing left open holds a closed one.
        self.repository = ParticipantRepository(register)
        self.sections = [s for s in all_sections if register.session.is_admin or not s.admin_only]
        for section in all_sections:
            if section not in self.sections:
                section.deleteLater()

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(190)
        self.navigation.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.navigation.setFont(nav_font)
        self.stack = QStackedWidget()
        for section in self.sections:
            item = QListWidgetItem(section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
            self.stack.addWidget(section)
            section.changed.connect(self._refresh_overview)
            if isinstance(section, OsaSection):
                # A placement started or ended here moves a person along the path.
                section.changed.connect(self._refresh_lists)
                section.changed.connect(self._reload_records)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(self._load_shown)
        self.navigation.setCurrentRow(0)
        for section in self.sections:
            if isinstance(section, SettingsSection):
                section.saved.connect(self.settings_saved)
            # A person, or a person at the record's tab for where they were opened from.
            for name in ("open_person", "open_person_at"):
                signal = getattr(section, name, None)
                if signal is not None:
                    signal.connect(self.open_person)
            if isinstance(section, ParticipantsSection):
                section.new_button.clicked.connect(self.new_referral)
                section.import_button.clicked.connect(self.import_from_excel)
            if isinstance(section, OverviewSection):  # its first steps in an empty register
                section.go_to.connect(self.show_section)
                section.backups_requested.connect(self.show_backups)
                section.new_referral_requested.connect(self.new_referral)
                section.import_requested.connect(self.import_from_excel)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        menu.addAction(self.lock_action)
        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        menu.addAction(self.password_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        menu.addAction(self.backups_action)
        # Administrators' yearly review of records whose retention period has run out.
        self.retention_action = QAction(self.tr("Records due for &deletion…"), self)
        self.retention_action.triggered.connect(self.review_retention)
        self.retention_action.setVisible(register.session.is_admin)
        menu.addAction(self.retention_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Färdväg"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.resize(1100, 700)
        self.attach(register)

    # -- sections

    def section(self, key: str) -> Section | None:
        """The section, with the register's data in it."""
        found = self._find(key)
        if found is not None:
            self._load(found)
        return found

    def _find(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def _load(self, section: Section) -> None:
        """A section reads the register the first time it is shown (or asked for) after
        sign-in, not all of them before the window appears: at 10,000 people that took 15 s
        (the audit log's million entries 8 s, OSA's capacity 5 s) before anything was shown."""
        if self.register is not None and section.key not in self._loaded:
            self._loaded.add(section.key)
            section.load(self.register)

    def _load_shown(self) -> None:
        shown = self.stack.currentWidget()
        if isinstance(shown, Section):
            self._load(shown)

    def show_section(self, key: str) -> None:
        for row, section in enumerate(self.sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)

    def _refresh_overview(self) -> None:
        overview = self._find("overview")
        if overview is not None and self.register is not None:
            self._loaded.add(overview.key)
            overview.load(self.register)
            self._update_title()

    def _update_title(self) -> None:
        if self.register is None:
            return
        unit = load_settings(self.register).unit_name
        title = f"Färdväg – {unit}" if unit else "Färdväg"
        if is_demo(self.register):
            title = self.tr("DEMO – fictitious people") + " – " + title
        self.setWindowTitle(title)

    def _reload_records(self) -> None:
        for record in self.records.values():
            if record.repository is not None:
                record.reload()

    def _refresh_lists(self) -> None:
        for key in ("participants", "overview", "drugtests", "osa"):
            section = self._find(key)
            # One not read yet reads the register when it is shown.
            if section is not None and self.register is not None and key in self._loaded:
                section.load(self.register)

    # -- participants

    def _repository(self) -> ParticipantRepository | None:
        return self.repository if self.register is not None else None

    def open_person(self, person_id: int, tab: str = "") -> PersonWindow | None:
        """The person's record, at `tab` (see PersonWindow.TABS) when given."""
        repository = self._repository()
        if repository is None:
            return None
        window = self.records.get(person_id)
        if window is None:
            try:
                window = PersonWindow(repository, person_id, self, tab=tab)
            except RecordErased as erased:  # e.g. from a figure's list of people
                QMessageBox.information(self, self.tr("Records deleted"), erased.user_message())
                return None
            window.changed.connect(self._refresh_lists)
            window.finished.connect(lambda _r, pid=person_id: self.records.pop(pid, None))
            self.records[person_id] = window
        else:
            window.reload(view=True)
            window.show_tab(tab)
        window.show()
        window.raise_()
        return window

    def new_referral(self) -> ReferralDialog | None:
        repository = self._repository()
        if repository is None:
            return None
        dialog = ReferralDialog(repository, self)
        dialog.created.connect(self._refresh_lists)
        dialog.created.connect(self.open_person)
        dialog.open_existing.connect(self.open_person)
        dialog.open()
        return dialog

    def import_from_excel(self) -> QDialog | None:
        from desktop.ui.participants.import_dialog import ImportDialog

        repository = self._repository()
        if repository is None:
            return None
        dialog = ImportDialog(repository, parent=self, tasks=self.tasks)
        dialog.imported.connect(lambda _count: self._refresh_lists())
        dialog.open()
        return dialog

    # -- lock and unlock

    def attach(self, register: Register) -> None:
        """Show `register`'s data (after sign-in, or again after a lock for the same user)."""
        self.register = register
        session = register.session
        self.who.setText(self.tr("Signed in: {name}").format(name=session.display_name))
        # Before the shown section starts its background read, which would hold the register
        # while the title waits for it.
        self._update_title()
        self._loaded.clear()
        self._load_shown()  # the others when they are shown
        self.repository.register = register
        for record in self.records.values():
            record.attach(self.repository)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs.clear()

    def detach(self) -> None:
        """Forget every piece of register data; what was typed stays in the widgets, hidden."""
        for backup_window in list(self._backup_windows):
            backup_window.close()
        for record in self.records.values():
            record.forget()
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        for section in self.sections:
            section.clear()
        self._loaded.clear()
        self.register = None
        self.who.clear()
        self.setWindowTitle("Färdväg")

    # -- backups

    def show_backups(self) -> QDialog | None:
        if self.register is None:
            return None
        from desktop.ui.admin.backups import BackupsDialog

        dialog = BackupsDialog(self.register, self.tasks, self)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.read_only_opened.connect(self.show_backup_read_only)
        dialog.finished.connect(lambda _r: self._refresh_overview())  # its backup status
        dialog.open()
        return dialog

    def show_backup_read_only(self, opened: OpenedBackup) -> BackupWindow:
        """A backup opened to look something up, in a window of its own that says so; it
        closes with a lock, like everything else showing register data."""
        window = BackupWindow(opened)
        window.lock_requested.connect(self.lock_requested)
        window.destroyed.connect(lambda _o=None, w=window: self._backup_windows.remove(w))
        self._backup_windows.append(window)
        window.show()
        return window

    def review_retention(self) -> QDialog | None:
        if self.register is None or not self.register.session.is_admin:
            return None
        from desktop.ui.admin.retention import RetentionDialog

        dialog = RetentionDialog(lambda: self.register, self.tasks, self)
        dialog.erased.connect(lambda _list: self._refresh_lists())
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from desktop.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    # -- account

    def change_password(self, *, forced: bool = False) -> ChangePasswordDialog | None:
        if self.register is None:
            return None
        dialog = ChangePasswordDialog(self.register, forced=forced, parent=self)
        if forced:
            dialog.rejected.connect(self.lock_requested)
        dialog.open()
        return dialog


class BackupWindow(MainWindow):
    """A backup opened read-only: the same sections over a private encrypted copy, where
    every change is refused. Closing it deletes the copy."""

    def __init__(self, opened: OpenedBackup) -> None:
        self.opened = opened
        super().__init__(opened.register)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backups_action.setVisible(False)
        self.retention_action.setVisible(False)
        self.password_action.setVisible(False)
        self.setStyleSheet("QMainWindow { border-top: 6px solid #b36b00; }")

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("Backup from {when}, read-only – Färdväg").format(
                when=self.opened.backup.when()
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.tasks.shutdown()
            self.opened.close()

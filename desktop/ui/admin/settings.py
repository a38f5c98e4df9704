"""Inställningar (administrators): the unit's name and municipality, auto-lock, language,
how long records are kept, where backups go and how many are kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError
from desktop.core.settings import (
    AUTOLOCK_MINUTES_MAX,
    AUTOLOCK_MINUTES_MIN,
    BACKUP_DAILY_RANGE,
    BACKUP_MONTHLY_RANGE,
    BACKUP_WEEKLY_RANGE,
    RETENTION_YEARS_MAX,
    RETENTION_YEARS_MIN,
    FieldError,
    UnitSettings,
)
from desktop.db.consent import ConsentRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings, save_settings
from desktop.ui.common.forms import Form
from desktop.ui.common.section import Section

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language, never translated


class SettingsSection(Section):
    key = "settings"
    admin_only = True
    saved = Signal(object)  # UnitSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self._stored = UnitSettings()
        self._unsaved = False
        outer = QVBoxLayout(self)
        panel = QWidget()
        panel.setMaximumWidth(640)  # short values: fields need not span a wide window
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(panel)
        outer.addStretch(1)
        self.form = Form(layout)
        self.unit_name = self.form.add("unit_name", self.tr("&Unit name"), QLineEdit())
        self.municipality = self.form.add("municipality", self.tr("&Municipality"), QLineEdit())
        self.autolock = QSpinBox()
        self.autolock.setRange(AUTOLOCK_MINUTES_MIN, AUTOLOCK_MINUTES_MAX)
        self.autolock.setSuffix(self.tr(" min"))
        self.form.add("autolock_minutes", self.tr("&Lock after"), self.autolock)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.form.add("language", self.tr("La&nguage"), self.language)
        self.retention = QSpinBox()
        self.retention.setRange(RETENTION_YEARS_MIN, RETENTION_YEARS_MAX)
        self.retention.setSuffix(self.tr(" years"))
        self.form.add(
            "retention_years",
            self.tr("&Years to keep records after the last entry"),
            self.retention,
        )
        # Backups (issue 11): the folder is the register's, so every PC that opens it backs up
        # to the same place; rotation keeps the newest of each day, week and month.
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("No backups are made"))
        self.choose_folder_button = QPushButton(self.tr("C&hoose…"))
        self.choose_folder_button.clicked.connect(self.choose_backup_folder)
        folder_layout.addWidget(self.backup_folder, 1)
        folder_layout.addWidget(self.choose_folder_button)
        folder_row.setFocusProxy(self.backup_folder)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.form.add("backup_folder", self.tr("&Backup folder"), folder_row)
        hint = QLabel(
            self.tr(
                "Preferably on another disk, such as your network home drive. A backup is made "
                "when Färdväg closes, at most once a day, and each is checked before an older "
                "one is removed."
            )
        )
        hint.setWordWrap(True)
        self.form.layout.addRow("", hint)
        self.keep_daily = self._count_box(BACKUP_DAILY_RANGE)
        self.form.add("backup_keep_daily", self.tr("Keep &daily backups"), self.keep_daily)
        self.keep_weekly = self._count_box(BACKUP_WEEKLY_RANGE)
        self.form.add("backup_keep_weekly", self.tr("Keep &weekly backups"), self.keep_weekly)
        self.keep_monthly = self._count_box(BACKUP_MONTHLY_RANGE)
        self.form.add("backup_keep_monthly", self.tr("Keep m&onthly backups"), self.keep_monthly)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        # The consent lists are saved on their own, in their dialog, not with the fields above.
        self.consent_lists_button = QPushButton(self.tr("&Consent lists…"))
        self.consent_lists_button.setToolTip(
            self.tr("Kinds of consent, receiving units and data categories on consent forms")
        )
        self.consent_lists_button.clicked.connect(self.open_consent_lists)
        self._consents: ConsentRepository | None = None
        # The consent form's wording, per language (issue 10), likewise saved in its dialog.
        self.form_texts_button = QPushButton(self.tr("Consent form &texts…"))
        self.form_texts_button.setToolTip(
            self.tr("The words printed on the consent form, in Swedish and English")
        )
        self.form_texts_button.clicked.connect(self.open_form_texts)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_lists_button)
        consent_row.addWidget(self.form_texts_button)
        consent_row.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(consent_row)
        self.save_button.clicked.connect(self.save)
        for edit in (self.unit_name, self.municipality, self.backup_folder):
            edit.textEdited.connect(lambda _text: self.status.clear())

    @staticmethod
    def _count_box(limits: tuple[int, int]) -> QSpinBox:
        box = QSpinBox()
        box.setRange(*limits)
        return box

    def title(self) -> str:
        return self.tr("Settings")

    def choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if chosen:
            self.backup_folder.setText(chosen)
            self.status.clear()

    def open_consent_lists(self) -> QWidget | None:
        """The kinds, units and categories consent forms offer (R19)."""
        if self.register is None:
            return None
        from desktop.ui.consent.dialogs import ConsentListsDialog

        # One store for the dialog, pointed at the register again on each load, so a dialog
        # left open across a lock saves into the register opened at sign-in.
        if self._consents is None:
            self._consents = ConsentRepository(self.register)
        dialog = ConsentListsDialog(self._consents, self)
        return dialog.open_with(self.changed.emit)

    def open_form_texts(self) -> QWidget | None:
        """The consent form's texts, on the same store as the consent lists (kept across a
        lock the same way)."""
        if self.register is None:
            return None
        from desktop.ui.admin.form_texts import FormTextsDialog

        if self._consents is None:
            self._consents = ConsentRepository(self.register)
        dialog = FormTextsDialog(self._consents, self)
        return dialog.open_with(self.changed.emit)

    def load(self, register: Register) -> None:
        """Show the stored settings, unless the fields hold edits that were not saved when the
        window was locked: those are kept for the same user."""
        self.register = register
        if self._consents is not None:
            self._consents.register = register
        if not self._unsaved:
            self._show(load_settings(register))

    def _show(self, settings: UnitSettings) -> None:
        self.unit_name.setText(settings.unit_name)
        self.municipality.setText(settings.municipality)
        self.autolock.setValue(settings.autolock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.retention.setValue(settings.retention_years)
        self.backup_folder.setText(settings.backup_folder)
        self.keep_daily.setValue(settings.backup_keep_daily)
        self.keep_weekly.setValue(settings.backup_keep_weekly)
        self.keep_monthly.setValue(settings.backup_keep_monthly)
        self._stored = settings
        self._unsaved = False

    def current(self) -> UnitSettings:
        return UnitSettings(
            unit_name=self.unit_name.text(),
            municipality=self.municipality.text(),
            autolock_minutes=self.autolock.value(),
            language=str(self.language.currentData()),
            retention_years=self.retention.value(),
            backup_folder=self.backup_folder.text(),
            backup_keep_daily=self.keep_daily.value(),
            backup_keep_weekly=self.keep_weekly.value(),
            backup_keep_monthly=self.keep_monthly.value(),
        )

    def clear(self) -> None:
        """At lock: what was typed and not saved stays in memory (for the same user); the
        stored values are forgotten."""
        self._unsaved = self.register is not None and self.current() != self._stored
        self.register = None
        if not self._unsaved:
            for edit in (self.unit_name, self.municipality, self.backup_folder):
                edit.clear()

    def save(self) -> None:
        if self.register is None:
            return
        self.form.clear_errors()
        try:
            settings = save_settings(self.register, self.current())
        except FieldError as error:
            self.form.show_error(error.field, error.user_message())
            return
        except AppError as error:
            self.form.show_error("unit_name", error.user_message())
            return
        self._show(settings)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(settings)
        self.changed.emit()

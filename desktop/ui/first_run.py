"""The first-run guide: where the register lives, the unit, the first administrator, and the
recovery key, which must be stored before the guide lets go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.accounts import check_password, check_username
from desktop.core.errors import AccountError, AppError
from desktop.core.settings import FieldError, UnitSettings
from desktop.fileio import atomic_write
from desktop.paths import REGISTER_FILE_NAME
from desktop.ui.common.forms import (
    ErrorLabel,
    Form,
    busy_bar,
    choose_register_file,
    password_field,
    passwords_differ,
)
from desktop.ui.common.tasks import TaskRunner
from desktop.ui.sign_in import report_unexpected

if TYPE_CHECKING:
    from desktop.db.register import Register

CreateRegister = Callable[[Path, str, str, str, UnitSettings], tuple["Register", str]]
SHEET_FILE_NAME = "fardvag-aterstallningsblad.pdf"  # no personal data in default names


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.guide = wizard
        self.setTitle(self.tr("Welcome to Färdväg"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Färdväg keeps the unit's participants, plans, notes, drug tests and "
                    "placements in one encrypted register on this computer. Nobody can read it "
                    "without a password. "
                    "This guide creates the register, names the unit and makes you its first "
                    "administrator."
                )
            )
        )
        self.location = _wrapped("")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location)
        row = QHBoxLayout()
        self.elsewhere = QPushButton(self.tr("Choose another &place…"))
        self.existing = QPushButton(self.tr("&Open an existing register…"))
        for button in (self.elsewhere, self.existing):
            # Enter goes on to Nästa, even with one of these focused (as the first widget on
            # the page, it is); they take a click, Space or their Alt-letter.
            button.setAutoDefault(False)
        row.addWidget(self.elsewhere)
        row.addWidget(self.existing)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.elsewhere.clicked.connect(self.choose_place)
        self.existing.clicked.connect(self.open_existing)
        self.show_path()

    def show_path(self) -> None:
        self.location.setText(
            self.tr("The register will be saved as: {path}").format(path=self.guide.path)
        )

    def choose_place(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to save the register"),
            str(self.guide.path),
            self.tr("Färdväg register (*.fardvag)"),
        )
        if chosen:
            path = Path(chosen)
            self.guide.path = path if path.suffix == ".fardvag" else path.with_suffix(".fardvag")
            self.show_path()

    def open_existing(self) -> None:
        chosen = choose_register_file(self, self.guide.path.parent)
        if chosen:
            self.guide.open_existing.emit(chosen)
            self.guide.done(QWizard.DialogCode.Rejected)


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The unit"))
        self.setSubTitle(self.tr("Shown on screen and on everything Färdväg prints."))
        layout = QVBoxLayout(self)
        self.form = Form(layout)
        self.unit_name = self.form.add("unit_name", self.tr("&Unit name"), QLineEdit())
        self.unit_name.setPlaceholderText(self.tr("e.g. Chansen"))
        self.municipality = self.form.add("municipality", self.tr("&Municipality"), QLineEdit())
        self.municipality.setPlaceholderText(self.tr("e.g. Borås stad"))
        self.registerField("unit_name*", self.unit_name)

    def settings(self) -> UnitSettings:
        return UnitSettings(unit_name=self.unit_name.text(), municipality=self.municipality.text())

    def validatePage(self) -> bool:
        self.form.clear_errors()
        try:
            self.settings().validated()
        except FieldError as error:
            self.form.show_error(error.field, error.user_message())
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.guide = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "That is you. Administrators add the other staff, change settings and read the log."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create register"))
        layout = QVBoxLayout(self)
        self.form = Form(layout)
        self.username = self.form.add("username", self.tr("&User name"), QLineEdit())
        self.display_name = self.form.add("display_name", self.tr("&Full name"), QLineEdit())
        self.password = self.form.add(
            "password", self.tr("&Password"), password_field(self.tr("Password"))
        )
        self.repeat = self.form.add(
            "repeat", self.tr("R&epeat password"), password_field(self.tr("Repeat password"))
        )
        layout.addWidget(
            _wrapped(
                self.tr(
                    "At least 10 characters. A few ordinary words in a row are easy to remember "
                    "and hard "
                    "to guess."
                )
            )
        )
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_password*", self.password)

    def validatePage(self) -> bool:
        if self.guide.register is not None:
            return True
        if self.guide.tasks.pending:
            return False
        self.form.clear_errors()
        self.error.clear_error()
        try:
            username = check_username(self.username.text())
        except AccountError as error:
            self.form.show_error("username", error.user_message())
            return False
        try:
            check_password(self.password.text(), username)
        except AccountError as error:
            self.form.show_error("password", error.user_message())
            return False
        if passwords_differ(self.form, self.password, self.repeat):
            return False
        self.busy.show()
        self.setEnabled(False)
        args = (
            self.guide.path,
            username,
            self.display_name.text().strip(),
            self.password.text(),
            self.guide.unit_page.settings(),
        )
        self.guide.tasks.run(lambda: self.guide.create_register(*args), self._created, self._failed)
        return False

    def _created(self, result: tuple[Register, str]) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self.guide.register, self.guide.recovery_key = result
        self.password.clear()
        self.repeat.clear()
        self.guide.next()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.setEnabled(True)
        if isinstance(error, AppError):
            self.error.show_error(error.user_message())
        else:
            report_unexpected(error)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.guide = wizard
        self.setTitle(self.tr("The recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "If every password is forgotten, this key is the only way into the register. "
                    "It is shown only now. Print the recovery sheet, or write the key down by "
                    "hand, and keep "
                    "it locked away, apart from this computer."
                )
            )
        )
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        self.key.setFont(mono)
        self.key.setStyleSheet("padding: 12px; border: 1px solid #888; background: #f6f6f6;")
        self.key.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the recovery sheet as &PDF…"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved = _wrapped("")
        layout.addWidget(self.saved)
        self.stored = QCheckBox(
            self.tr("I have &printed or written down the key and it is locked away.")
        )
        layout.addWidget(self.stored)
        self.insist = ErrorLabel()
        layout.addWidget(self.insist)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_sheet)
        self.stored.toggled.connect(self.completeChanged)
        self.stored.toggled.connect(lambda _on: self.insist.clear_error())

    def initializePage(self) -> None:
        self.key.setText(self.guide.recovery_key)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def save_sheet(self) -> Path | None:
        from desktop.reports.recovery_sheet import RecoverySheet, render_recovery_sheet

        register = self.guide.register
        if register is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path(folder) / SHEET_FILE_NAME),
            self.tr("PDF (*.pdf)"),
        )
        if not chosen:
            return None
        settings = self.guide.unit_page.settings().validated()
        pdf = render_recovery_sheet(
            RecoverySheet(
                unit_name=settings.unit_name,
                municipality=settings.municipality,
                register_file_name=register.files.database.name,
                register_id=register.register_id,
                created_on=date.today(),
                recovery_key=self.guide.recovery_key,
            )
        )
        path = Path(chosen)
        try:
            atomic_write(path, pdf)
        except OSError:
            self.saved.setText(self.tr("The file could not be saved there. Choose another folder."))
            return None
        self.saved.setText(
            self.tr(
                "Saved as {path}. Print it now, then delete the file: the key should exist on "
                "paper only."
            ).format(path=path)
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path


class FirstRunWizard(QWizard):
    completed = Signal(object)  # the open Register, signed in as the first administrator
    open_existing = Signal(object)  # Path

    def __init__(
        self,
        path: Path,
        tasks: TaskRunner,
        create_register: CreateRegister,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path if path.suffix == ".fardvag" else path / REGISTER_FILE_NAME
        self.tasks = tasks
        self.create_register = create_register
        self.register: Register | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Färdväg – new register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome_page = WelcomePage(self)
        self.unit_page = UnitPage()
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.welcome_page, self.unit_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start using Färdväg"))
        self.resize(720, 520)

    def accept(self) -> None:
        super().accept()
        if self.register is not None:
            self.completed.emit(self.register)

    def reject(self) -> None:
        """Once the register exists, the guide only closes when the key is stored."""
        if self.register is not None:
            if self.recovery_page.stored.isChecked():
                self.accept()
            else:
                self.recovery_page.insist.show_error(
                    self.tr(
                        "The register has been created. Store the recovery key and tick the box "
                        "before you go on."
                    )
                )
            return
        super().reject()

"""Skapa utvecklingsblad (issue 14): a progress sheet for one participant, or for a group or
everyone enrolled, as PDF or Excel, for the staff or for the participant; made in the background
with progress and Cancel. And the action plan with the contract to sign (R3), with the
administrators' editor for its texts. Every file goes through the one export door."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError, Cancelled
from desktop.core.forms import CONTRACT_FIELDS, ContractTexts
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import add_months
from desktop.core.progress import Progress
from desktop.core.progress_sheet import Period, Version, default_period
from desktop.core.settings import FieldError
from desktop.db.forms import load_contract_texts, reset_contract_texts, save_contract_texts
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.services.exports import ExportResult, run_export
from desktop.services.progress_documents import (
    BatchResult,
    CombinedProgressDocument,
    ContractDocument,
    SheetOptions,
    batch_names,
    enrolled_people,
    export_batch,
    group_members,
    progress_document,
)
from desktop.ui.common.forms import ErrorLabel, Form, widget_row
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.tasks import TaskHandle, TaskRunner
from desktop.ui.common.widgets import AsksBeforeClosing, DateEdit, qdate

ISO = "yyyy-MM-dd"
EVERYONE = "enrolled"


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _runner(parent: QWidget | None, tasks: TaskRunner | None, owner: QDialog) -> TaskRunner:
    """The main window's worker when there is one: its reads are already one at a time."""
    if tasks is not None:
        return tasks
    window = parent.window() if parent is not None else None
    found = getattr(window, "tasks", None)
    return found if isinstance(found, TaskRunner) else TaskRunner(owner)


class ProgressSheetDialog(QDialog):
    """For one person (`person_id`), or, without one, for a group or everyone enrolled."""

    finished_export = Signal(object)  # the ExportResult or BatchResult, on the UI thread

    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.person_id = person_id
        self.tasks = _runner(parent, tasks, self)
        self._handle: TaskHandle | None = None
        self._people: list[int] = []
        self.open_when_done = True  # open the file written (to print); tests turn it off
        self.outcome: ExportResult | BatchResult | None = None
        self.setWindowTitle(self.tr("Create progress sheet"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = Form(layout)
        self.form = form

        self.who = QComboBox()
        if person_id is None:
            form.add("who", self.tr("&For"), self.who)

        self.staff = QRadioButton(self.tr("For the &staff: everything, with the figures"))
        self.participant = QRadioButton(
            self.tr("For the p&articipant: plain words, to go through together")
        )
        self.staff.setChecked(True)
        versions = QButtonGroup(self)
        versions.addButton(self.staff)
        versions.addButton(self.participant)
        form.add(
            "version", self.tr("Version"), widget_row(self.staff, self.participant, vertical=True)
        )

        self.pdf = QRadioButton(self.tr("P&DF, to print"))
        self.excel = QRadioButton(self.tr("&Excel, to work with the figures"))
        self.pdf.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.pdf)
        formats.addButton(self.excel)
        form.add("format", self.tr("Format"), widget_row(self.pdf, self.excel))

        self.period = QComboBox()
        self.period.addItem(self.tr("The current enrolment"), "enrolment")
        self.period.addItem(self.tr("The last 3 months"), "3")
        self.period.addItem(self.tr("The last 6 months"), "6")
        self.period.addItem(self.tr("The last 12 months"), "12")
        self.period.addItem(self.tr("Dates of my choice"), "dates")
        today = repository.today()
        self.start = DateEdit(qdate(today - timedelta(days=90)))
        self.end = DateEdit(qdate(today))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setDisplayFormat(ISO)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.dash = QLabel("–")
        self.each_own = QLabel(self.tr("each person's own"))
        form.add(
            "period",
            self.tr("&Period"),
            widget_row(self.period, self.start, self.dash, self.end, self.each_own),
        )
        self.notes = QCheckBox(self.tr("Include the period's &notes"))
        form.add("notes", "", self.notes)

        self.per_person = QRadioButton(self.tr("One file per person, in a folder"))
        self.combined = QRadioButton(self.tr("One PDF with everyone, to print"))
        self.per_person.setChecked(True)
        outputs = QButtonGroup(self)
        outputs.addButton(self.per_person)
        outputs.addButton(self.combined)
        if person_id is None:
            form.add(
                "output",
                self.tr("Files"),
                widget_row(self.per_person, self.combined, vertical=True),
            )

        names = QLabel(
            self.tr(
                "File names hold the internal number and the date, never a name. Every sheet "
                "made is written to the log."
            )
        )
        names.setWordWrap(True)
        names.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(names)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = ProgressPanel()
        layout.addWidget(self.progress)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout.addWidget(self.done_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = QPushButton(self.tr("&Create…"))
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(lambda: self.make())
        layout.addWidget(self.buttons)

        for signal in (
            self.staff.toggled,
            self.pdf.toggled,
            self.per_person.toggled,
        ):
            signal.connect(lambda _on: self._update())
        self.period.currentIndexChanged.connect(lambda _i: self._update())
        self.who.currentIndexChanged.connect(lambda _i: self._update())
        self._fill()
        self._update()
        self.setMinimumWidth(560)

    # -- what is chosen

    def _register(self) -> Register:
        return self.repository.register

    def _fill(self) -> None:
        register = self._register()
        if self.person_id is not None:
            person = self.repository.get(self.person_id)
            self.heading.setText(
                self.tr("A progress sheet for {name} ({number}).").format(
                    name=person.name, number=person.internal_no
                )
            )
            return
        self.heading.setText(
            self.tr("Progress sheets for a group or for everyone enrolled, made in one go.")
        )
        self.who.clear()
        self.who.addItem(
            self.tr("Everyone enrolled ({count})").format(count=len(enrolled_people(register))),
            EVERYONE,
        )
        for group in self.repository.groups():
            if group.id is not None and group.members:
                self.who.addItem(
                    self.tr("{group} ({count})").format(group=group.name, count=len(group.members)),
                    group.id,
                )

    def _update(self) -> None:
        choice = self.period.currentData()
        chosen = choice == "dates"
        self.start.setEnabled(chosen)
        self.end.setEnabled(chosen)
        # The dates a preset stands for, shown; each person's own enrolment in a batch.
        own = choice == "enrolment" and self.person_id is None
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(not own)
        self.each_own.setVisible(own)
        if not chosen and not own:
            shown = self._preset_period()
            if shown is not None:
                self.start.setDate(qdate(shown.start))
                self.end.setDate(qdate(shown.end))
        self.notes.setEnabled(self.staff.isChecked())
        if not self.staff.isChecked():
            self.notes.setChecked(False)
        # A combined file is a PDF to print; a workbook is one person's figures.
        self.combined.setEnabled(self.pdf.isChecked())
        if not self.pdf.isChecked():
            self.per_person.setChecked(True)

    def people(self) -> list[int]:
        if self.person_id is not None:
            return [self.person_id]
        chosen = self.who.currentData()
        register = self._register()
        if chosen == EVERYONE or chosen is None:
            return enrolled_people(register)
        return group_members(register, int(chosen))

    def batch_name(self) -> str:
        """For a combined file's name and the log: `inskrivna` or `grupp-3`, never names."""
        chosen = self.who.currentData()
        return "inskrivna" if chosen in (EVERYONE, None) else f"grupp-{chosen}"

    def _preset_period(self) -> Period | None:
        """The period a preset stands for; None for each person's own enrolment."""
        choice = self.period.currentData()
        today = self.repository.today()
        if choice in ("3", "6", "12"):
            return Period(add_months(today, -int(choice)), today)
        if choice == "enrolment" and self.person_id is not None:
            return default_period(self.repository.events(self.person_id), today)
        return None

    def options(self) -> SheetOptions:
        choice = self.period.currentData()
        if choice == "dates":
            period: Period | None = Period(_pydate(self.start.date()), _pydate(self.end.date()))
        elif choice == "enrolment":
            period = None  # each person's current enrolment, as the sheet works it out
        else:
            period = self._preset_period()
        return SheetOptions(
            version=Version.STAFF if self.staff.isChecked() else Version.PARTICIPANT,
            period=period,
            include_notes=self.notes.isChecked() and self.staff.isChecked(),
        ).checked()

    # -- making it

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def make(self, target: Path | None = None, *, replace: bool | None = None) -> TaskHandle | None:
        """Ask where (unless `target` is given), then make the file(s) in the background. For a
        folder, files of the same names are replaced only after asking (or when `replace`)."""
        if self.busy:
            return None
        self.error.clear_error()
        self.done_label.hide()
        try:
            options = self.options()
            people = self.people()
            self._people = people
            if not people:
                raise AppError(self.tr("Nobody to make a progress sheet for."))
        except AppError as error:
            self.error.show_error(error.user_message())
            return None
        register = self._register()
        workbook = self.excel.isChecked()
        suffix = ".xlsx" if workbook else ".pdf"
        kind = self.tr("Excel files (*.xlsx)") if workbook else self.tr("PDF files (*.pdf)")
        job: Callable[[Progress], Any]

        if self.person_id is not None:
            document = progress_document(
                self.person_id,
                options,
                suffix,
                internal_no=self._internal_no(),
                day=self.repository.today(),
            )
            target = target or self._ask_file(document.default_name(), kind)
            if target is None:
                return None
            chosen = target

            def job(progress: Progress) -> Any:
                return run_export(register, document, chosen, progress=progress)

            text = self.tr("Making the progress sheet…")
        elif self.combined.isChecked():
            combined = CombinedProgressDocument(
                people, options, name=self.batch_name(), day=self.repository.today()
            )
            target = target or self._ask_file(combined.default_name(), kind)
            if target is None:
                return None
            chosen = target

            def job(progress: Progress) -> Any:
                return run_export(register, combined, chosen, progress=progress)

            text = self.tr("Making {count} progress sheets…").format(count=len(people))
        else:
            target = target or self._ask_folder()
            if target is None:
                return None
            folder = target
            existing = [
                n
                for n in batch_names(register, people, options, workbook=workbook)
                if (folder / n).exists()
            ]
            if existing and not self._replace(existing, replace):
                return None

            def job(progress: Progress) -> Any:
                return export_batch(
                    register, people, options, folder, workbook=workbook, progress=progress
                )

            text = self.tr("Making {count} progress sheets…").format(count=len(people))
        return self._run(job, text)

    def _internal_no(self) -> str:
        assert self.person_id is not None
        return self.repository.get(self.person_id).internal_no

    def _ask_file(self, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the progress sheet"), str(_documents_folder() / name), kind
        )
        return Path(chosen) if chosen else None

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the progress sheets"), str(_documents_folder())
        )
        return Path(chosen) if chosen else None

    def _replace(self, existing: list[str], replace: bool | None) -> bool:
        if replace is not None:
            return replace
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            self.tr(
                "{count} of the files are already in the folder ({first}…). Replace them?"
            ).format(count=len(existing), first=existing[0]),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, job: Callable[[Progress], Any], text: str) -> TaskHandle:
        def done(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self._finish()
            self._show_result(result)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            handle = self._handle
            self._finish()
            if isinstance(error, Cancelled) or (handle is not None and handle.cancelled):
                self._say(self.tr("Cancelled: nothing was written."))
            elif isinstance(error, AppError):
                self.error.show_error(error.user_message())
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        single = self.person_id is not None

        def report(done_count: int, total: int, number: str) -> None:
            # Which sheet, by internal number; the layout of a combined file has no number.
            if single or not number:
                self.progress.report(done_count, total)
            else:
                self.progress.report(
                    done_count,
                    total,
                    self.tr("Sheet {done} of {total}: {number}").format(
                        done=min(done_count + 1, len(self._people)),
                        total=len(self._people),
                        number=number,
                    ),
                )

        self._handle = self.tasks.run_job(job, done, failed, report)
        self.progress.start(self._handle, text)
        self.create_button.setEnabled(False)
        return self._handle

    def _finish(self) -> None:
        self._handle = None
        self.progress.finish()
        self.create_button.setEnabled(True)

    def _say(self, message: str) -> None:
        self.done_label.setText(message)
        self.done_label.show()

    def _show_result(self, result: ExportResult | BatchResult) -> None:
        self.outcome = result
        self.finished_export.emit(result)
        if isinstance(result, ExportResult):
            self._say(self.tr("Saved {file}.").format(file=result.path))
            if self.open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
            return
        folder = result.written[0].parent if result.written else None
        if result.cancelled:
            self._say(
                self.tr(
                    "Cancelled after {count} files. Those are written and logged, in {folder}."
                ).format(count=result.people, folder=folder or "–")
            )
        else:
            self._say(
                self.tr("Saved {count} files in {folder}.").format(
                    count=result.people, folder=folder or "–"
                )
            )
        if folder is not None and self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def cancel(self) -> None:
        if self._handle is not None:
            self.progress.cancel()

    def reject(self) -> None:
        """Close: while sheets are being made, only after asking to stop them (the files
        already written stay)."""
        if self.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Stop making the sheets?"),
                self.tr(
                    "The progress sheets are still being made. Stop and close? The files "
                    "already written stay."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.cancel()
        super().reject()


# ====================================================================== the contract


class ContractDialog(QDialog):
    """Print the action plan with the contract for one person (or a blank to fill in), in the
    chosen language; administrators may change its texts from here."""

    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.person_id = person_id
        self.open_when_done = True
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Action plan with contract"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The action plan with the contract the participant signs at enrolment: the "
                "goals not yet reached, the drug-test schedule, and the promises on both sides. "
                "Print it, sign it together, and keep the signed paper."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = Form(layout)
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        register = repository.register
        self.language.setCurrentIndex(
            max(0, self.language.findData(load_settings(register).language))
        )
        form.add("language", self.tr("&Language of the paper"), self.language)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.edit_button = QPushButton(self.tr("&Edit the texts…"))
        self.edit_button.setVisible(register.session.is_admin)
        self.edit_button.setToolTip(self.tr("Administrators: the wording of the contract"))
        self.edit_button.clicked.connect(self.edit_texts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Save and print…"))
        self.print_button.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.save())
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setMinimumWidth(480)

    def save(self, path: Path | None = None) -> Path | None:
        register = self.repository.register
        internal_no = (
            self.repository.get(self.person_id).internal_no if self.person_id is not None else ""
        )
        document = ContractDocument(
            self.person_id, str(self.language.currentData()), internal_no=internal_no
        )
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the action plan with contract"),
                str(_documents_folder() / document.default_name()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.error.clear_error()
        try:
            self.written = run_export(register, document, path).path
        except AppError as error:
            self.error.show_error(error.user_message())
            return None
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))
        return self.written

    def edit_texts(self) -> ContractTextsDialog:
        dialog = ContractTextsDialog(
            self.repository.register, str(self.language.currentData()), self
        )
        dialog.open()
        return dialog


# Each block's name in the editor, in the order printed.
_BLOCK_NAMES = {
    "title": QT_TRANSLATE_NOOP("ContractTextsDialog", "Title"),
    "intro": QT_TRANSLATE_NOOP("ContractTextsDialog", "Introduction"),
    "participant_heading": QT_TRANSLATE_NOOP(
        "ContractTextsDialog", "Heading over the participant's details"
    ),
    "name_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: name"),
    "personnummer_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: personnummer"),
    "number_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: internal number"),
    "start_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: enrolled from"),
    "contact_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: contact person"),
    "plan_heading": QT_TRANSLATE_NOOP("ContractTextsDialog", "Heading: action plan"),
    "plan_intro": QT_TRANSLATE_NOOP("ContractTextsDialog", "About the action plan"),
    "area_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Column: area"),
    "goal_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Column: goal"),
    "who_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Column: who is responsible"),
    "due_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Column: done by"),
    "plan_empty": QT_TRANSLATE_NOOP("ContractTextsDialog", "When there are no goals yet"),
    "tests_heading": QT_TRANSLATE_NOOP("ContractTextsDialog", "Heading: drug tests"),
    "tests_text": QT_TRANSLATE_NOOP("ContractTextsDialog", "About the drug tests"),
    "schedule_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: the schedule"),
    "contract_heading": QT_TRANSLATE_NOOP("ContractTextsDialog", "Heading: contract"),
    "promises_intro": QT_TRANSLATE_NOOP("ContractTextsDialog", "Before the participant's promises"),
    "promises": QT_TRANSLATE_NOOP("ContractTextsDialog", "The participant's promises (one a line)"),
    "unit_promises_intro": QT_TRANSLATE_NOOP("ContractTextsDialog", "Before the unit's promises"),
    "unit_promises": QT_TRANSLATE_NOOP("ContractTextsDialog", "The unit's promises (one a line)"),
    "breach_text": QT_TRANSLATE_NOOP("ContractTextsDialog", "If the contract is not kept"),
    "valid_text": QT_TRANSLATE_NOOP("ContractTextsDialog", "How long the contract applies"),
    "statement": QT_TRANSLATE_NOOP("ContractTextsDialog", "What the participant signs"),
    "participant_signs": QT_TRANSLATE_NOOP(
        "ContractTextsDialog", "Over the participant's signature"
    ),
    "staff_signs": QT_TRANSLATE_NOOP("ContractTextsDialog", "Over the staff member's signature"),
    "signature_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: signature"),
    "clarification_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: name in block letters"),
    "date_label": QT_TRANSLATE_NOOP("ContractTextsDialog", "Label: date"),
}
_MULTI_LINE = {"intro", "plan_intro", "tests_text", "promises", "unit_promises", "breach_text"}
_MULTI_LINE |= {"valid_text", "statement", "plan_empty"}


class ContractTextsDialog(AsksBeforeClosing, QDialog):
    """Administrators: the contract's wording for one language, block by block. {unit},
    {municipality} and {valid_until} (the 14-month limit) are filled in when it is printed.
    Closing with changed wording asks first."""

    saved = Signal()

    def __init__(self, register: Register, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.language = language
        self.setWindowTitle(self.tr("The contract's texts"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "{unit} is replaced by the unit's name, {municipality} by the municipality and "
                "{valid_until} by the day participation reaches 14 months. Have the "
                "municipality's lawyers read changes before the unit uses them."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.form = Form(column)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in CONTRACT_FIELDS:
            caption = QCoreApplication.translate(
                "ContractTextsDialog", _BLOCK_NAMES.get(name, name)
            )
            widget: QLineEdit | QPlainTextEdit
            if name in _MULTI_LINE:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            else:
                widget = QLineEdit()
            self.fields[name] = self.form.add(name, caption, widget)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = QPushButton(self.tr("&Back to the shipped wording"))
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(buttons)
        self.show_texts(load_contract_texts(register, language))
        self.resize(720, 640)
        self.mark_saved()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def save_before_closing(self) -> bool:
        self.accept()  # closes once saved; a refusal stays open with the reason shown
        return False

    def show_texts(self, texts: ContractTexts) -> None:
        for name, widget in self.fields.items():
            value = str(getattr(texts, name))
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)

    def texts(self) -> ContractTexts:
        values = {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for name, w in self.fields.items()
        }
        known = {f.name for f in fields(ContractTexts)}
        return ContractTexts(
            language=self.language, **{k: v for k, v in values.items() if k in known}
        )

    def accept(self) -> None:
        self.form.clear_errors()
        self.error.clear_error()
        try:
            save_contract_texts(self.register, self.texts())
        except FieldError as error:
            self.form.show_error(error.field, error.user_message())
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        except AppError as error:
            self.error.show_error(error.user_message())
            return
        self.saved.emit()
        super().accept()

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Back to the shipped wording"),
            self.tr("Replace every text with the wording Färdväg ships with?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_texts(reset_contract_texts(self.register, self.language))
            self.mark_saved()  # the shipped wording is what the register holds now

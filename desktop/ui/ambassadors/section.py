"""Veckosammanfattning: once a week a staff member picks the week (the last complete ISO week by
default), reads the draft for each ambassador, adds a line of their own where needed, and sends:
one PDF per ambassador and one combined file to print, written to a chosen folder in the
background with progress and cancel. A week already sent shows what changed since.

The preview is the draft laid out as formatted text, from the same summary and words as the
PDF: drawing the PDF itself in the window would need Qt's PDF add-on, which is not shipped."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ambassadors import Changes, IsoWeek
from desktop.core.audit import Action
from desktop.core.errors import AppError, Cancelled
from desktop.core.progress import Progress
from desktop.core.settings import FieldError
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.register import Register
from desktop.reports.ambassador_summary import summary_html
from desktop.services.ambassador_documents import (
    Draft,
    NoteRefused,
    SendResult,
    WeekDrafts,
    make_drafts,
    send_week,
)
from desktop.ui.ambassadors.dialogs import AmbassadorsDialog
from desktop.ui.common.forms import ErrorLabel
from desktop.ui.common.progress import ProgressPanel
from desktop.ui.common.section import Section
from desktop.ui.common.tasks import TaskHandle, TaskRunner

WEEKS_BACK = 26  # the weeks offered in the picker, besides any older week already sent
ROLE_AMBASSADOR = Qt.ItemDataRole.UserRole


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class AmbassadorsSection(Section):
    key = "ambassadors"

    sent_done = Signal(object)  # SendResult, once a week has been sent

    def __init__(self, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.register: Register | None = None
        self.store: AmbassadorRepository | None = None
        self.drafts: WeekDrafts | None = None
        self.notes: dict[int, str] = {}  # typed lines: kept in memory only, also across a lock
        self.last_result: SendResult | None = None
        self._handle: TaskHandle | None = None
        self._generation = 0
        self._showing: int | None = None  # the ambassador whose draft is shown
        self._names: dict[str, str] = {}  # user name -> the name shown for "sent by"

        heading = QLabel(self.tr("Weekly summary for the ambassadors"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.week = QComboBox()
        self.week.setAccessibleName(self.tr("Week"))
        week_label = QLabel(self.tr("&Week"))
        week_label.setBuddy(self.week)
        self.ambassadors_button = QPushButton(self.tr("&Ambassadors…"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.error = ErrorLabel()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts, one per ambassador"))
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 20))
        # Each draft is three lines: a rule and some air tell one ambassador from the next.
        self.list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid palette(mid); }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        drafts_box = QGroupBox(self.tr("Drafts"))
        drafts_layout = QVBoxLayout(drafts_box)
        drafts_layout.addWidget(self.list)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.changes.hide()
        self.note_label = QLabel(self.tr("Your own &line to this ambassador"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("E.g. the date of the next working-group meeting. No names, no personnummer.")
        )
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        self.note_label.setBuddy(self.note)
        self.note.setAccessibleName(self.tr("Your own line to this ambassador"))
        self.note_error = ErrorLabel()
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.changes)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.note_label)
        preview_layout.addWidget(self.note)
        preview_layout.addWidget(self.note_error)

        splitter = QSplitter()
        splitter.addWidget(drafts_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.progress = ProgressPanel()
        self.send_button = QPushButton(self.tr("&Send to a folder…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.done = QLabel()
        self.done.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(week_label)
        top.addWidget(self.week)
        top.addStretch(1)
        top.addWidget(self.ambassadors_button)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.done)
        layout.addLayout(actions)

        # Typing in the line waits for a pause before the preview follows.
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(300)
        self._note_timer.timeout.connect(self._note_changed)
        self.note.textChanged.connect(self._note_timer.start)
        self.week.activated.connect(lambda _i: self.load_week())
        self.list.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.ambassadors_button.clicked.connect(lambda: self.show_ambassadors())
        self.send_button.clicked.connect(lambda: self.send())
        self.print_button.clicked.connect(lambda: self.print_sent())
        self.open_button.clicked.connect(self._open_folder)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Weekly summary")

    # -- loading

    def load(self, register: Register) -> None:
        self.register = register
        if self.store is None:
            self.store = AmbassadorRepository(register)
        else:
            self.store.register = register
        self._names = {u.username: u.display_name or u.username for u in register.users()}
        self._fill_weeks()
        self.drafts = None
        if self.isVisible():
            self.load_week()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Drafts name people: they are computed (and the viewing logged) when looked at.
        if self.register is not None and self.drafts is None and self._handle is None:
            self.load_week()

    def _fill_weeks(self) -> None:
        assert self.store is not None
        today = self.store.today()
        chosen = self.chosen_week() or IsoWeek.last_complete(today)
        sent = set(self.store.sent_weeks())
        current = IsoWeek.of(today)
        weeks = [current]
        for _ in range(WEEKS_BACK):
            weeks.append(weeks[-1].previous())
        weeks += sorted((w for w in sent if w not in weeks), reverse=True)
        self.week.blockSignals(True)
        self.week.clear()
        for week in weeks:
            text = self.tr("{week} ({monday} – {sunday})").format(
                week=str(week), monday=week.monday.isoformat(), sunday=week.sunday.isoformat()
            )
            if week == current:
                text += " · " + self.tr("not over yet")
            if week in sent:
                text += " · " + self.tr("sent")
            self.week.addItem(text, str(week))
        self.week.setCurrentIndex(max(0, self.week.findData(str(chosen))))
        self.week.blockSignals(False)

    def chosen_week(self) -> IsoWeek | None:
        data = self.week.currentData()
        return IsoWeek.parse(str(data)) if data else None

    def choose_week(self, week: IsoWeek) -> None:
        index = self.week.findData(str(week))
        if index < 0:
            self.week.addItem(str(week), str(week))
            index = self.week.count() - 1
        self.week.setCurrentIndex(index)
        self.load_week()

    def load_week(self) -> None:
        """Compute the drafts for the chosen week in the background."""
        register, week = self.register, self.chosen_week()
        if register is None or week is None:
            return
        notes = dict(self.notes)
        self._run(
            lambda progress: make_drafts(register, week, notes, progress=progress),
            self._loaded,
            self.tr("Making the drafts…"),
        )

    def _run(
        self, job: Callable[[Progress], Any], deliver: Callable[[Any], None], text: str
    ) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._finish()
                deliver(result)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self._finish()
            self._failed(error)

        self.error.clear_error()
        self.done.clear()
        self._handle = self.tasks.run_job(job, done, failed, self.progress.report)
        self.progress.start(self._handle, text)
        self._update_buttons()

    def _finish(self) -> None:
        self._handle = None
        self.progress.finish()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.done.setText(self.tr("Cancelled."))
            self._after_send_or_cancel()
        elif isinstance(error, NoteRefused):
            self.select_ambassador(error.ambassador_id)
            self.note_error.show_error(error.user_message())
            self._after_send_or_cancel()
        elif isinstance(error, AppError):
            self.error.show_error(error.user_message())
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _loaded(self, drafts: WeekDrafts) -> None:
        self.drafts = drafts
        keep = self._showing
        self.list.blockSignals(True)
        self.list.clear()
        for draft in drafts.drafts:
            item = QListWidgetItem(self._item_text(draft))
            item.setData(ROLE_AMBASSADOR, draft.ambassador.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_state()
        if drafts.drafts:
            ids = [d.ambassador.id for d in drafts.drafts]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        else:
            self._showing = None
            self.preview.setHtml(
                "<p>"
                + self.tr(
                    "No ambassador yet. Add the partner units' ambassadors with "
                    "“Ambassadors…”: each gets their own summary."
                )
                + "</p>"
            )
            self.changes.hide()
        self._update_buttons()

    def _item_text(self, draft: Draft) -> str:
        summary = draft.summary
        unit = summary.unit_label
        named = self.tr("{count} named, {others} counted").format(
            count=len(summary.people), others=summary.others.people
        )
        if draft.sent is None:
            state = self.tr("not sent")
        elif draft.changes is not None and not draft.changes.none:
            state = self.tr("sent, changed since")
        else:
            state = self.tr("sent")
        return f"{draft.ambassador.name}\n{unit}\n{named} · {state}"

    def _show_state(self) -> None:
        drafts = self.drafts
        if drafts is None:
            self.state.clear()
            return
        week = drafts.week
        sent = [d.sent for d in drafts.drafts if d.sent is not None]
        text = self.tr("Week {number}, {monday} – {sunday}.").format(
            number=week.week, monday=week.monday.isoformat(), sunday=week.sunday.isoformat()
        )
        if sent:
            latest = max(sent, key=lambda s: s.sent_at)
            text += " " + self.tr("Last sent {time} by {user}.").format(
                time=_local(latest.sent_at), user=self._names.get(latest.sent_by, latest.sent_by)
            )
        else:
            text += " " + self.tr("Not sent yet.")
        self.state.setText(text)

    # -- one ambassador's draft

    def select_ambassador(self, ambassador_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_AMBASSADOR) == ambassador_id:
                self.list.setCurrentRow(row)

    def selected_draft(self) -> Draft | None:
        item = self.list.currentItem()
        if item is None or self.drafts is None:
            return None
        return self.drafts.draft(int(item.data(ROLE_AMBASSADOR)))

    def _show_selected(self) -> None:
        self._note_timer.stop()
        draft = self.selected_draft()
        self.note_error.clear_error()
        if draft is None:
            self._showing = None
            self.preview.clear()
            self.changes.hide()
            self.note.setEnabled(False)
            return
        self._showing = draft.ambassador.id
        self.note.blockSignals(True)
        self.note.setPlainText(self.notes.get(draft.ambassador.id or 0, ""))
        self.note.blockSignals(False)
        self.note.setEnabled(True)
        self._show_draft(draft)

    def _show_draft(self, draft: Draft) -> None:
        assert self.drafts is not None
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(summary_html(draft.summary, self.drafts.unit_name))
        bar.setValue(position)
        self._show_changes(draft.changes)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._item_text(draft))

    def _show_changes(self, changes: Changes | None) -> None:
        if changes is None:
            self.changes.hide()
            return
        sent_by = changes.sent.sent_by
        when = self.tr("Sent {time} by {user}.").format(
            time=_local(changes.sent.sent_at), user=self._names.get(sent_by, sent_by)
        )
        if changes.none:
            self.changes.setText(f"<b>{when}</b> " + self.tr("Nothing has changed since."))
        else:
            parts = [f"<b>{when}</b> " + self.tr("Changed since:")]
            parts += [f"+ {_html(who)}: {_html(line.text())}" for who, line in changes.added]
            parts += [f"− {_html(who)}: {_html(line.text())}" for who, line in changes.removed]
            if changes.others_changed:
                parts.append(self.tr("The counts under “Other” changed."))
            if changes.note_changed:
                parts.append(self.tr("Your own line changed."))
            self.changes.setText("<br/>".join(parts))
        self.changes.show()

    def _note_changed(self) -> None:
        draft = self.selected_draft()
        if draft is None or self.drafts is None:
            return
        ambassador_id = draft.ambassador.id or 0
        text = self.note.toPlainText()
        self.notes[ambassador_id] = text
        self.note_error.clear_error()
        try:
            self.drafts = self.drafts.with_note(ambassador_id, text)
        except FieldError as error:
            self.note_error.show_error(error.user_message())
            return
        updated = self.drafts.draft(ambassador_id)
        if updated is not None:
            self._show_draft(updated)
        self._update_buttons()

    # -- sending and printing

    def send(self, folder: Path | None = None) -> None:
        """Ask for a folder, then write every ambassador's PDF and the combined file there, in
        the background."""
        register, week = self.register, self.chosen_week()
        if register is None or week is None or self._handle is not None:
            return
        self._note_timer.stop()
        if self._note_invalid():
            return
        if folder is None:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the folder for the week's summaries"), start
            )
            if not chosen:
                return
            folder = Path(chosen)
        notes = {k: v for k, v in self.notes.items() if v.strip()}
        target = folder
        self._run(
            lambda progress: send_week(register, week, target, notes, progress=progress),
            self._sent,
            self.tr("Sending the week's summaries…"),
        )

    def _note_invalid(self) -> bool:
        """Apply the line being typed; True (and shown) if it cannot go."""
        draft = self.selected_draft()
        if draft is None or self.drafts is None:
            return False
        ambassador_id = draft.ambassador.id or 0
        self.notes[ambassador_id] = self.note.toPlainText()
        try:
            self.drafts = self.drafts.with_note(ambassador_id, self.notes[ambassador_id])
        except FieldError as error:
            self.note_error.show_error(error.user_message())
            self.note.setFocus()
            return True
        return False

    def _sent(self, result: SendResult) -> None:
        self.last_result = result
        self.done.setText(
            self.tr(
                "Sent: {count} summaries and the combined file to print, in {folder}. The "
                "disclosure log has {lines} new lines."
            ).format(
                count=len(result.files),
                folder=str(result.combined.path.parent),
                lines=result.disclosures,
            )
        )
        self.sent_done.emit(result)
        self._after_send_or_cancel()

    def _after_send_or_cancel(self) -> None:
        # What was sent is recorded: read the week again to show it (and the week as sent).
        if self.register is None:
            return
        self._fill_weeks()
        done_text = self.done.text()
        self.load_week()
        self.done.setText(done_text)

    def print_sent(self) -> int:
        """Print the summaries just sent through the system's printer dialog. Only what was sent
        is printed: it is what the disclosure log records."""
        result = self.last_result
        if result is None or self.register is None or self.drafts is None:
            return 0
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(result.combined.path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the week's summaries"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: Any) -> int:
        from desktop.ui.ambassadors.printing import print_summaries

        result = self.last_result
        if result is None or self.register is None or self.drafts is None:
            return 0
        pages = print_summaries(
            printer, result.summaries, self.drafts.unit_name, self.register.today()
        )
        self.register.record(Action.PRINT, "ambassador_summaries", str(result.week))
        return pages

    def _open_folder(self) -> None:
        if self.last_result is not None:
            folder = self.last_result.combined.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_ambassadors(self) -> AmbassadorsDialog | None:
        if self.store is None:
            return None
        dialog = AmbassadorsDialog(self.store, self)
        dialog.changed.connect(self.load_week)
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        busy = self._handle is not None
        loaded = self.register is not None
        has_drafts = self.drafts is not None and bool(self.drafts.drafts)
        self.send_button.setEnabled(loaded and has_drafts and not busy)
        sent_here = self.last_result is not None and (
            self.drafts is None or self.last_result.week == self.drafts.week
        )
        self.print_button.setEnabled(loaded and sent_here and not busy)
        self.open_button.setEnabled(loaded and self.last_result is not None)
        self.ambassadors_button.setEnabled(loaded and not busy)
        self.week.setEnabled(loaded and not busy)

    # -- locking

    def clear(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._generation += 1  # a result still on its way is dropped
        self._handle = None
        self.progress.finish()
        self.register = None
        self.drafts = None
        self.last_result = None
        self.list.clear()
        self.preview.clear()
        self.changes.clear()
        self.changes.hide()
        self.state.clear()
        self.done.clear()
        self.error.clear_error()
        self.note_error.clear_error()
        self.note.blockSignals(True)
        self.note.clear()  # the typed lines stay in self.notes, in memory, until sign-in
        self.note.blockSignals(False)
        self._update_buttons()


def _html(value: str) -> str:
    return escape(value)

"""Drogtester: the day's test list (drawn the first time it is opened that day, R13), results
registered from it, the list printed as a PDF, the last fortnight at a glance, providers and the
unit's settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drugtests import Draw, is_staffed
from desktop.core.errors import AppError
from desktop.core.labels import label
from desktop.db.drugtests import DayListEntry, DrugTestRepository
from desktop.db.register import Register
from desktop.services.exports import run_export
from desktop.services.test_list import TestListDocument
from desktop.ui.common.forms import ErrorLabel
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.section import Section
from desktop.ui.common.widgets import DateEdit, qdate, record_table
from desktop.ui.drugtests.dialogs import (
    DrugTestSettingsDialog,
    ProvidersDialog,
    ResultDialog,
    result_summary,
    weekday_name,
)
from desktop.ui.participants.dialogs import date_of

HISTORY_DAYS = 14


@dataclass(frozen=True)
class DayRow(DayListEntry):
    """A row of the day table: someone the draw selected, or someone tested that day without
    being drawn (on suspicion, or on a day nobody opened the list)."""

    drawn: bool = True


def day_rows(entries: list[DayListEntry], recorded: list[DayListEntry]) -> list[DayRow]:
    """The drawn people first, as the list was drawn, then everyone else tested that day."""

    def row(e: DayListEntry, drawn: bool) -> DayRow:
        return DayRow(e.person_id, e.name, e.internal_no, e.method, e.provider, e.result, drawn)

    drawn = {e.person_id for e in entries}
    return [row(e, True) for e in entries] + [
        row(e, False) for e in recorded if e.person_id not in drawn
    ]


class DayTableModel(RecordTableModel[DayRow]):
    NAME, NUMBER, DRAWN, METHOD, PROVIDER, RESULT = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("No."),
            self.tr("Drawn"),
            self.tr("Method"),
            self.tr("Provider"),
            self.tr("Result entered"),
        )

    def display(self, row: DayRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.NUMBER:
            return row.internal_no
        if column == self.DRAWN:
            return self.tr("Yes") if row.drawn else self.tr("No, tested anyway")
        if column == self.METHOD:
            return label(row.method)
        if column == self.PROVIDER:
            return row.provider
        if row.result is None:
            return self.tr("No")
        return self.tr("Yes: {result}").format(result=result_summary(row.result))


def _local(stamp: str | datetime) -> datetime:
    """A stored UTC time as the user's wall-clock time."""
    if isinstance(stamp, str):
        stamp = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return stamp.astimezone()


class DrugTestsSection(Section):
    key = "drugtests"
    open_person_at = Signal(int, str)  # a person from the day's list: at the Drug tests tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        # One repository object for the section's life, pointed at the register after each
        # unlock, so a dialog left open across a lock never holds a closed one.
        self._shared: DrugTestRepository | None = None
        self.repository: DrugTestRepository | None = None
        self.shown_day: date | None = None
        self.draw: Draw | None = None
        self._follow_today = True  # the picker moves on to the new day until a day is chosen
        self._open_on_show = False

        self.day = DateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Day"))
        day_label = QLabel(self.tr("&Day"))
        day_label.setBuddy(self.day)
        self.today_button = QPushButton(self.tr("&Today"))
        self.providers_button = QPushButton(self.tr("&Providers…"))
        self.settings_button = QPushButton(self.tr("&Settings…"))
        heading = QLabel(self.tr("Today's tests"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.heading = heading

        self.state = QLabel()
        state_font = self.state.font()
        state_font.setBold(True)
        self.state.setFont(state_font)
        self.state.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.error = ErrorLabel()

        self.model = DayTableModel(self)
        self.table = record_table(self.model, self.tr("The day's tests"), DayTableModel.RESULT)

        self.result_button = QPushButton(self.tr("&Register result…"))
        self.open_button = QPushButton(self.tr("&Open record"))
        self.print_button = QPushButton(self.tr("Print &list (PDF)…"))

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("The last 14 days"))
        history_box = QGroupBox(self.tr("The last 14 days"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        history_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 19))
        history_box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 24))

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.providers_button)
        top.addWidget(self.settings_button)
        actions = QHBoxLayout()
        actions.addWidget(self.result_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        main = QVBoxLayout()
        main.addWidget(self.heading)
        main.addWidget(self.state)
        main.addWidget(self.details)
        main.addWidget(self.error)
        main.addLayout(actions)
        main.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(main, 1)
        body.addWidget(history_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        # The picker's date changes with every digit typed: wait until the user pauses, so
        # passing through other days neither opens them nor fills the audit log.
        self._pick_timer = QTimer(self)
        self._pick_timer.setSingleShot(True)
        self._pick_timer.setInterval(400)
        self._pick_timer.timeout.connect(self._picked)
        self.day.dateChanged.connect(lambda _d: self._pick_timer.start())
        self.today_button.clicked.connect(self.show_today)
        self.providers_button.clicked.connect(lambda: self.show_providers())
        self.settings_button.clicked.connect(lambda: self.show_settings())
        self.result_button.clicked.connect(lambda: self.register_result())
        self.open_button.clicked.connect(self._open_selected)
        self.print_button.clicked.connect(lambda: self.print_list())
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.history.itemActivated.connect(self._history_chosen)
        self.history.itemClicked.connect(self._history_chosen)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Drug tests")

    # -- loading

    def load(self, register: Register) -> None:
        self.register = register
        if self._shared is None:
            self._shared = DrugTestRepository(register)
        else:
            self._shared.register = register
        self.repository = self._shared
        self.settings_button.setVisible(register.session.is_admin)
        today = self.repository.today()
        self._set_picker(
            today if self._follow_today or self.shown_day is None else self.shown_day, today
        )
        # Loading happens at every sign-in, for every section. Opening the list is what makes
        # today's draw and is recorded as an opening, so it waits until the list is looked at.
        if self.isVisible():
            self.open_day(date_of(self.day))
        else:
            self._open_on_show = True
            self._fill_history()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.repository is None:
            return
        today = self.repository.today()
        if self._follow_today and date_of(self.day) != today:
            self._set_picker(today, today)
            self._open_on_show = True
        if self._open_on_show or self.shown_day is None:
            self.open_day(date_of(self.day))
        else:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # Back from a record window where a result may have been entered: read the list again
        # (a read only; it is not another opening).
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.isVisible()
            and self.repository is not None
            and self.shown_day is not None
        ):
            self.refresh()
        super().changeEvent(event)

    def _set_picker(self, day: date, today: date) -> None:
        self.day.blockSignals(True)
        self.day.setMaximumDate(qdate(today))
        self.day.setDate(qdate(day))
        self.day.blockSignals(False)

    def _picked(self) -> None:
        if self.repository is None:
            return
        day = date_of(self.day)
        self._follow_today = day == self.repository.today()
        if day != self.shown_day:
            self.open_day(day)

    def show_today(self) -> None:
        if self.repository is None:
            return
        today = self.repository.today()
        self._follow_today = True
        self._set_picker(today, today)
        self.open_day(today)

    def show_day(self, day: date) -> None:
        """Open the list of `day` as if it had been picked."""
        if self.repository is None:
            return
        today = self.repository.today()
        self._follow_today = day == today
        self._set_picker(min(day, today), today)
        self.open_day(day)

    def open_day(self, day: date) -> None:
        """Open the day's list: today's is drawn now if nobody has opened it yet."""
        repository = self.repository
        if repository is None:
            return
        self._pick_timer.stop()
        self._open_on_show = False
        self.error.clear_error()
        try:
            draw = repository.open_day(day)
        except AppError as error:  # a day ahead: never drawn, never shown
            self.shown_day, self.draw = None, None
            self.model.set_records([])
            self.state.setText(error.user_message())
            self.details.clear()
            self._update_buttons()
            return
        self._show(day, draw)
        self._fill_history()

    def refresh(self) -> None:
        """Read the shown day again without opening it (a result was entered, say)."""
        if self.repository is None or self.shown_day is None:
            return
        self._show(self.shown_day, self.repository.draw(self.shown_day))
        self._fill_history()

    def _show(self, day: date, draw: Draw | None) -> None:
        repository = self.repository
        assert repository is not None
        # The same day read again (a result saved, back from a record): the same person stays
        # selected, so the next result is one click away.
        chosen = self.selected_row()
        keep = chosen.person_id if chosen is not None and day == self.shown_day else None
        self.shown_day, self.draw = day, draw
        self.model.set_records(self._rows(day, draw))
        self._select_person(keep)
        recorded = sum(1 for i in range(self.model.rowCount()) if not self.model.record(i).drawn)
        today = repository.today()
        self.heading.setText(
            self.tr("Today's tests, {weekday} {date}").format(
                weekday=weekday_name(day.weekday()), date=day.isoformat()
            )
            if day == today
            else self.tr("Tests {weekday} {date}").format(
                weekday=weekday_name(day.weekday()), date=day.isoformat()
            )
        )
        if draw is None:
            if not is_staffed(day, repository.settings()):
                self.state.setText(
                    self.tr(
                        "Not a staffed day: weekend, public holiday or closed. Nobody is drawn."
                    )
                )
            elif day < today:
                self.state.setText(self.tr("Not drawn: nobody opened the list that day."))
            else:
                self.state.setText(self.tr("The list has not been opened yet."))
            self.details.setText(self._recorded_text(recorded))
            self._update_buttons()
            return
        if not draw.eligible:
            self.state.setText(self.tr("Nobody has a test schedule that applies on this day."))
        elif not draw.selected:
            self.state.setText(
                self.tr("Nobody of the {eligible} with a schedule is to be tested.").format(
                    eligible=len(draw.eligible)
                )
            )
        else:
            self.state.setText(
                self.tr("{selected} of {eligible} with a schedule are to be tested.").format(
                    selected=len(draw.selected), eligible=len(draw.eligible)
                )
            )
        self.details.setText(
            " ".join(t for t in (self._who_opened(day, draw), self._recorded_text(recorded)) if t)
        )
        self._update_buttons()

    def _rows(self, day: date, draw: Draw | None) -> list[DayRow]:
        assert self.repository is not None
        drawn = self.repository.day_list(day, draw) if draw is not None else []
        return day_rows(drawn, self.repository.recorded_on(day))

    def _recorded_text(self, count: int) -> str:
        if not count:
            return ""
        return (
            self.tr("1 test that day without being drawn.")
            if count == 1
            else self.tr("{count} tests that day without being drawn.").format(count=count)
        )

    def _select_person(self, person_id: int | None) -> None:
        rows = [
            i for i in range(self.model.rowCount()) if self.model.record(i).person_id == person_id
        ]
        if rows:
            self.table.selectRow(rows[0])

    def _who_opened(self, day: date, draw: Draw) -> str:
        assert self.register is not None
        assert self.repository is not None
        names = {u.username: u.display_name for u in self.register.users()}

        def when(moment: datetime) -> str:
            local = _local(moment)
            return local.strftime("%H:%M" if local.date() == day else "%Y-%m-%d %H:%M")

        parts = []
        if draw.drawn_at is not None:
            parts.append(
                self.tr("Drawn at {time} by {name}.").format(
                    time=when(draw.drawn_at), name=names.get(draw.drawn_by, draw.drawn_by)
                )
            )
        openings = self.repository.openings(day)
        if openings:
            by, at = openings[-1]
            text = (
                self.tr("Opened once, at {time} by {name}.")
                if len(openings) == 1
                else self.tr("Opened {count} times, last at {time} by {name}.")
            )
            parts.append(
                text.format(count=len(openings), time=when(_local(at)), name=names.get(by, by))
            )
        return " ".join(parts)

    def _fill_history(self) -> None:
        """Each staffed day of the last fortnight: drawn (how many) or not drawn. A day nobody
        opened stays "not drawn"; it is never filled in afterwards."""
        self.history.clear()
        repository = self.repository
        if repository is None:
            return
        today = repository.today()
        since = today - timedelta(days=HISTORY_DAYS - 1)
        settings = repository.settings()
        draws = repository.draws(since, today)
        for offset in range(HISTORY_DAYS):
            day = today - timedelta(days=offset)
            if not is_staffed(day, settings):
                continue
            draw = draws.get(day)
            if draw is not None:
                state = self.tr("{count} drawn").format(count=len(draw.selected))
            elif day == today:
                state = self.tr("not opened yet")
            else:
                state = self.tr("not drawn")
            item = QListWidgetItem(f"{weekday_name(day.weekday())} {day.isoformat()}  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, day)
            if draw is None and day != today:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.history.addItem(item)

    def _history_chosen(self, item: QListWidgetItem) -> None:
        day = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(day, date) and day != self.shown_day:
            self.show_day(day)

    # -- actions

    def selected_row(self) -> DayRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.result_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(self.draw is not None and bool(self.draw.selected))
        loaded = self.repository is not None
        self.providers_button.setEnabled(loaded)
        self.settings_button.setEnabled(loaded)
        self.today_button.setEnabled(loaded)

    def _open_row(self, row: int) -> None:
        self.open_person_at.emit(self.model.record(row).person_id, "tests")

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_person_at.emit(row.person_id, "tests")

    def register_result(self) -> ResultDialog | None:
        row = self.selected_row()
        if self.repository is None or row is None:
            return None
        return ResultDialog(
            self.repository,
            row.person_id,
            schedule=self.repository.schedule(row.person_id),
            day=self.shown_day,
            parent=self,
        ).open_with(self._result_saved)

    def _result_saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def document(self) -> TestListDocument:
        assert self.shown_day is not None
        return TestListDocument(self.shown_day)

    def print_list(self, path: Path | None = None) -> Path | None:
        """Save the list as a PDF through the export door (asking where), then open it to
        print."""
        if self.register is None or self.shown_day is None or self.draw is None:
            return None
        document = self.document()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the test list"),
                str(Path(folder) / document.default_name()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.error.clear_error()
        try:
            written = run_export(self.register, document, path).path
        except AppError as error:
            self.error.show_error(error.user_message())
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def show_providers(self) -> ProvidersDialog | None:
        if self.repository is None:
            return None
        dialog = ProvidersDialog(self.repository, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def show_settings(self) -> DrugTestSettingsDialog | None:
        if self.repository is None:
            return None
        dialog = DrugTestSettingsDialog(self.repository, self).open_with(self.refresh)
        dialog.saved.connect(self._fill_history)
        return dialog

    # -- locking

    def clear(self) -> None:
        self.repository = None
        self.register = None
        self.draw = None
        self._open_on_show = True
        self.model.set_records([])
        self.history.clear()
        self.state.clear()
        self.details.clear()
        self.error.clear_error()
        self._update_buttons()

"""The Drug tests tab of a participant's record: the schedule in words, every result and
outcome, and a chart per substance with the verdict of the trend rule (R10: falling values)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drugtests import (
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    TestResult,
    Trend,
    current_results,
    series,
    trend,
)
from desktop.core.labels import label
from desktop.core.path import Status
from desktop.db.drugtests import DrugTestRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.charts import TrendChart
from desktop.ui.common.models import Index, RecordTableModel
from desktop.ui.common.widgets import record_table
from desktop.ui.drugtests.dialogs import (
    ResultDialog,
    ScheduleDialog,
    format_number,
    result_summary,
    weekday_name,
)

CORRECTED_COLOR = "#767676"  # 4.5:1 on white: greyed, still readable


class ResultsTableModel(RecordTableModel[TestResult]):
    """Every result as entered, newest first; a corrected one is greyed and says so."""

    TAKEN, METHOD, RESULT, PROVIDER, SAMPLE, PRICE, ENTERED_BY, STATUS = range(8)
    align_right = (PRICE,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.providers: dict[int, str] = {}
        self.users: dict[str, str] = {}
        self.corrected: set[int] = set()
        self.taken: dict[int, datetime] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Taken"),
            self.tr("Method"),
            self.tr("Result"),
            self.tr("Provider"),
            self.tr("Sample id"),
            self.tr("Price"),
            self.tr("Entered by"),
            self.tr("Status"),
        )

    def set_results(self, results: list[TestResult]) -> None:
        self.corrected = {r.corrects for r in results if r.corrects is not None}
        self.taken = {r.id: r.taken_at for r in results if r.id is not None}
        self.set_records(sorted(results, key=lambda r: (r.taken_at, r.id or 0), reverse=True))

    def display(self, result: TestResult, column: int) -> Any:
        if column == self.TAKEN:
            return result.taken_at.strftime("%Y-%m-%d %H:%M")
        if column == self.METHOD:
            return label(result.method)
        if column == self.RESULT:
            return result_summary(result)
        if column == self.PROVIDER:
            return self.providers.get(result.provider_id or 0, "")
        if column == self.SAMPLE:
            return result.sample_id
        if column == self.PRICE:
            return (
                self.tr("{price} kr").format(price=result.price_sek)
                if result.price_sek is not None
                else ""
            )
        if column == self.ENTERED_BY:
            return self.users.get(result.entered_by, result.entered_by)
        if result.id in self.corrected:
            return self.tr("Corrected later")
        if result.corrects is not None:
            earlier = self.taken.get(result.corrects)
            return self.tr("Correction of {date}").format(
                date=earlier.strftime("%Y-%m-%d") if earlier else "?"
            )
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.record(index.row()).id in self.corrected:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(CORRECTED_COLOR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(index.column() == self.RESULT)
                return font
        return super().data(index, role)


def schedule_text(schedule: Schedule | None, providers: dict[int, Provider]) -> str:
    """The schedule in one line of words."""
    if schedule is None:
        return QCoreApplication.translate("DrugTestsTab", "No test schedule yet.")
    if schedule.kind is ScheduleKind.FIXED:
        how = QCoreApplication.translate("DrugTestsTab", "Fixed days: {days}").format(
            days=", ".join(weekday_name(d) for d in sorted(schedule.weekdays))
        )
    else:
        target = (
            QCoreApplication.translate("DrugTestsTab", "{count} a week").format(
                count=format_number(schedule.target_per_week)
            )
            if schedule.target_per_week is not None
            else QCoreApplication.translate("DrugTestsTab", "as many a week as the phase says")
        )
        how = QCoreApplication.translate(
            "DrugTestsTab", "Random days: {target}, at least {min} and at most {max}"
        ).format(target=target, min=schedule.min_per_week, max=schedule.max_per_week)
        if schedule.no_consecutive:
            how += ", " + QCoreApplication.translate("DrugTestsTab", "never two days in a row")
    parts = [how, label(schedule.method)]
    provider = providers.get(schedule.provider_id or 0)
    if provider is not None:
        parts.append(provider.name)
    parts.append(
        QCoreApplication.translate("DrugTestsTab", "from {date}").format(
            date=schedule.start.isoformat()
        )
        + (
            " "
            + QCoreApplication.translate("DrugTestsTab", "until {date}").format(
                date=schedule.end.isoformat()
            )
            if schedule.end
            else ""
        )
    )
    return " · ".join(parts)


class DrugTestsTab(QWidget):
    """The tab's content. `load` reads one person's drug tests; `forget` drops them at lock."""

    changed = Signal()  # a schedule or a result was saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One repository object for the tab's life: on unlock it is pointed at the newly opened
        # register, so a dialog left open across a lock never holds a closed one.
        self._shared: DrugTestRepository | None = None
        self.repository: DrugTestRepository | None = None
        self.person_id: int | None = None
        self.schedule: Schedule | None = None
        self.results: list[TestResult] = []
        self.tolerance = 0.10

        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.schedule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schedule_button = QPushButton(self.tr("Change &schedule…"))
        self.new_button = QPushButton(self.tr("New &result…"))
        self.correct_button = QPushButton(self.tr("C&orrect…"))

        self.model = ResultsTableModel(self)
        self.table = record_table(
            self.model, self.tr("Drug-test results"), ResultsTableModel.RESULT
        )

        self.substance = QComboBox()
        self.substance.setAccessibleName(self.tr("Substance"))
        self.verdict = QLabel()
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setAccessibleName(self.tr("Trend"))
        self.chart = TrendChart()

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Schedule:"))
        top.addWidget(caption)
        top.addWidget(self.schedule_label, 1)
        top.addWidget(self.schedule_button)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        trend_box = QWidget()
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        substance_label = QLabel(self.tr("S&ubstance"))
        substance_label.setBuddy(self.substance)
        chooser.addWidget(substance_label)
        chooser.addWidget(self.substance)
        chooser.addSpacing(16)
        chooser.addWidget(self.verdict, 1)
        trend_layout.addLayout(chooser)
        trend_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(trend_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.schedule_button.clicked.connect(self.change_schedule)
        self.new_button.clicked.connect(lambda: self.new_result())
        self.correct_button.clicked.connect(lambda: self.correct_selected())
        self.table.activated.connect(lambda _i: self.correct_selected())
        self.substance.currentIndexChanged.connect(lambda _i: self._show_trend())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # -- data

    def load(self, repository: DrugTestRepository, person_id: int) -> None:
        if self._shared is None:
            self._shared = repository
        else:
            self._shared.register = repository.register
        self.repository = self._shared
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        repository, person_id = self.repository, self.person_id
        if repository is None or person_id is None:
            return
        providers = {p.id: p for p in repository.providers() if p.id is not None}
        self.schedule = repository.schedule(person_id)
        words = schedule_text(self.schedule, providers)
        person = ParticipantRepository(repository.register).get(person_id)
        if self.schedule is not None and person.status is not Status.ENROLLED:
            # The draw skips people who are not enrolled (R13): say so, or the list surprises.
            words += " · " + self.tr("paused while not enrolled")
        history = repository.schedule_history(person_id)
        if len(history) == 2:
            words += " · " + self.tr("changed once")
        elif len(history) > 2:
            words += " · " + self.tr("changed {count} times").format(count=len(history) - 1)
        self.schedule_label.setText(words)
        self.tolerance = repository.settings().trend_tolerance
        self.results = repository.results(person_id)
        self.model.providers = {pid: p.name for pid, p in providers.items()}
        self.model.users = {u.username: u.display_name for u in repository.register.users()}
        self.model.set_results(self.results)
        self._fill_substances()
        self._update_buttons()

    def _fill_substances(self) -> None:
        """The substances with values, the one most worth watching first: the latest positive,
        or else the one tested most."""
        chosen = self.substance.currentData()
        with_values = {s: series(self.results, s) for s in Substance}
        with_values = {s: points for s, points in with_values.items() if points}

        def weight(substance: Substance) -> tuple[date, int]:
            points = with_values[substance]
            positives = [day for day, _v, positive in points if positive]
            return (max(positives, default=date.min), len(points))

        ordered = sorted(with_values, key=weight, reverse=True)
        self.substance.blockSignals(True)
        self.substance.clear()
        for substance in ordered:
            self.substance.addItem(label(substance), substance)
        self.substance.setCurrentIndex(max(0, self.substance.findData(chosen)))
        self.substance.blockSignals(False)
        self.substance.setEnabled(bool(ordered))
        self._show_trend()

    def chosen_substance(self) -> Substance | None:
        data = self.substance.currentData()
        return Substance(data) if data else None

    def _show_trend(self) -> None:
        substance = self.chosen_substance()
        if substance is None:
            self.chart.clear()
            self.verdict.setText(self.tr("No values yet"))
            return
        points = series(self.results, substance)
        latest = [
            v
            for r in current_results(self.results)
            for v in r.values
            if v.substance is substance and (v.cutoff is not None or v.unit)
        ]
        unit = latest[-1].unit if latest else ""
        cutoff = next((v.cutoff for v in reversed(latest) if v.cutoff is not None), None)
        name = f"{label(substance)} ({unit})" if unit else label(substance)
        self.chart.set_series(
            {name: [(day, value) for day, value, _positive in points]},
            y_min=0,
            reference=(self.tr("cut-off"), cutoff) if cutoff is not None else None,
        )
        text = self.verdict_text(substance)
        if points:
            day, value, _positive = points[-1]
            amount = f"{format_number(value)} {unit}".strip()
            text += "  ·  " + self.tr("latest {value} on {date}").format(
                value=amount, date=day.isoformat()
            )
        self.verdict.setText(text)

    def verdict_text(self, substance: Substance) -> str:
        verdict = trend(self.results, substance, self.tolerance)
        if verdict.trend is Trend.DRUG_FREE and verdict.since is not None:
            return self.tr("Drug-free since {date}").format(date=verdict.since.isoformat())
        return label(verdict.trend)

    def _update_buttons(self) -> None:
        loaded = self.repository is not None
        for button in (self.schedule_button, self.new_button):
            button.setEnabled(loaded)
        self.correct_button.setEnabled(loaded and self.selected() is not None)

    def selected(self) -> TestResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- actions

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def change_schedule(self) -> ScheduleDialog | None:
        if self.repository is None or self.person_id is None:
            return None
        return ScheduleDialog(self.repository, self.person_id, self.schedule, self).open_with(
            self._saved
        )

    def new_result(self) -> ResultDialog | None:
        if self.repository is None or self.person_id is None:
            return None
        return ResultDialog(
            self.repository, self.person_id, schedule=self.schedule, parent=self
        ).open_with(self._saved)

    def correct_selected(self) -> ResultDialog | None:
        result = self.selected()
        if self.repository is None or self.person_id is None or result is None:
            return None
        return ResultDialog(
            self.repository, self.person_id, corrects=result, parent=self
        ).open_with(self._saved)

    # -- locking

    def forget(self) -> None:
        """At lock: drop every piece of register data this tab holds."""
        self.repository = None
        self.schedule = None
        self.results = []
        self.model.set_results([])
        self.model.providers, self.model.users = {}, {}
        self.schedule_label.clear()
        self.substance.clear()
        self.verdict.clear()
        self.chart.clear()
        self._update_buttons()

"""OSA: every placement ending in the next 3 months and whether it has an after-OSA plan (R16),
each workplace's places over the next 6 months as a timeline, and the workplaces themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import label
from desktop.core.osa import (
    Placement,
    PlacementStatus,
    Workplace,
    capacity_months,
    capacity_on,
    ending_within,
    plan_due,
)
from desktop.core.path import add_months
from desktop.core.records import Person
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.ui.common.charts import FRAME_COLOR, PALETTE, PLOT_TEXT_COLOR
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.section import Section
from desktop.ui.common.widgets import record_table
from desktop.ui.osa.dialogs import AfterOsaPlanDialog, PlacementDialog, WorkplaceDialog

Index = QModelIndex | QPersistentModelIndex
ENDING_MONTHS = 3  # the horizon of the list at the top (R16: warn well before the end)
CAPACITY_MONTHS = 6
NO_PLAN_COLOR = "#b00020"  # the error red used under fields: 7:1 on white

# Okabe & Ito (charts.PALETTE): blue for running placements, sky blue for planned ones,
# vermillion for what needs attention. Planned bars also get a dashed edge, so the difference
# survives greyscale print-outs and every kind of colour vision.
ACTIVE_COLOR = PALETTE[0]  # #0072B2: white text on it is 5:1
PLANNED_COLOR = PALETTE[5]  # #56B4E9: dark text on it is 8:1
ENDED_COLOR = "#d9d9d9"
ATTENTION_COLOR = PALETTE[1]  # #D55E00
PLACE_COLOR = "#e6e6e6"  # an empty place: visibly grey on the white plot
OVERBOOKED_COLOR = "#fbe3d6"  # a pale vermillion: more placements than places


class EndingModel(RecordTableModel[Placement]):
    """The placements ending soon; the plan column is red where there is none."""

    NUMBER, PERSON, WORKPLACE, END, DAYS, PLAN = range(6)
    align_right = (DAYS,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[int, Person] = {}
        self.workplaces: dict[int, str] = {}
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Participant"),
            self.tr("Workplace"),
            self.tr("Ends"),
            self.tr("Days left"),
            self.tr("After-OSA plan"),
        )

    def display(self, p: Placement, column: int) -> Any:
        person = self.people.get(p.person_id)
        if column == self.NUMBER:
            return person.internal_no if person else ""
        if column == self.PERSON:
            return f"{person.last_name}, {person.first_name}" if person else ""
        if column == self.WORKPLACE:
            return self.workplaces.get(p.workplace_id, "")
        if column == self.END:
            return p.end.isoformat()
        if column == self.DAYS:
            return (p.end - self.today).days
        if p.plan is not None:
            return self.tr("Yes: {step}").format(step=label(p.plan.next_step))
        due = plan_due(p, self.today)
        if due == "urgent":
            return self.tr("No plan – urgent")
        if due == "warning":
            return self.tr("No plan – warning")
        return self.tr("No plan")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.PLAN:
            p = self.record(index.row())
            if p.plan is None and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(NO_PLAN_COLOR))
            if p.plan is None and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(plan_due(p, self.today) == "urgent")
                return font
        return super().data(index, role)


class WorkplacesModel(RecordTableModel[Workplace]):
    NAME, UNIT, TYPE, ORG_NUMBER, SUPERVISOR, PHONE, WORK, PLACES, FREE, ACTIVE = range(10)
    align_right = (PLACES, FREE)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.free: dict[int, int] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Employer"),
            self.tr("Org. number"),
            self.tr("Supervisor"),
            self.tr("Phone"),
            self.tr("Kinds of work"),
            self.tr("Places"),
            self.tr("Free now"),
            self.tr("Active"),
        )

    def display(self, w: Workplace, column: int) -> Any:
        free = self.free.get(w.id, "") if w.id is not None and w.active else ""
        return (
            w.name,
            w.org_unit,
            label(w.employer_type),
            w.org_number,
            w.supervisor_name,
            w.supervisor_phone,
            w.kinds_of_work,
            w.places,
            free,
            self.tr("Yes") if w.active else self.tr("No"),
        )[column]


@dataclass(frozen=True)
class Bar:
    """One placement on the timeline: from its start to the last day it takes a place."""

    person_id: int
    number: str  # the internal number: the timeline is often on a shared screen, no names
    start: date
    last: date
    status: PlacementStatus
    attention: bool  # no after-OSA plan and the end is near
    lane: int = 0


@dataclass
class _Geometry:
    header: QRectF
    lanes: list[QRectF]
    footer: QRectF
    columns: list[tuple[date, float, float]]  # month, left x, right x
    left: float
    right: float
    first: date
    after: date  # the day after the window


class CapacityTimeline(QWidget):
    """One workplace's places over the current and the next months: a lane per place, a bar per
    placement (labelled with the internal number), the used/free count under each month."""

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace: Workplace | None = None
        self.bars: list[Bar] = []
        self.counts: list[tuple[date, int]] = []  # (day counted, places used)
        self.lane_count = 0
        self.today = date.today()
        self.months = CAPACITY_MONTHS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Reachable with Tab so a screen reader gets to the description of what is drawn.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)

    def set_data(
        self,
        workplace: Workplace,
        placements: list[Placement],
        numbers: dict[int, str],
        today: date,
        months: int = CAPACITY_MONTHS,
    ) -> None:
        self.workplace, self.today, self.months = workplace, today, months
        first = today.replace(day=1)
        after = add_months(first, months + 1)
        bars = []
        for p in sorted(placements, key=lambda p: (p.start, p.id or 0)):
            if p.workplace_id != workplace.id:
                continue
            last = p.ended_on if p.status is PlacementStatus.ENDED and p.ended_on else p.end
            if p.start >= after or last < first:
                continue
            bars.append(
                Bar(
                    p.person_id,
                    numbers.get(p.person_id, "?"),
                    p.start,
                    last,
                    p.status,
                    plan_due(p, today) is not None,
                )
            )
        # Lanes: each bar goes into the first lane that is free by its start, so bars that
        # overlap in time never cover each other; lanes beyond the places are overbooking.
        lane_ends: list[date] = []
        placed = []
        for bar in bars:
            lane = next((i for i, end in enumerate(lane_ends) if end < bar.start), None)
            if lane is None:
                lane_ends.append(bar.last)
                lane = len(lane_ends) - 1
            else:
                lane_ends[lane] = bar.last
            placed.append(Bar(**{**bar.__dict__, "lane": lane}))
        self.bars = placed
        self.lane_count = max(workplace.places, len(lane_ends))
        self.counts = [
            (day, capacity[0].used if capacity else 0)
            for day, capacity in capacity_months([workplace], placements, today, months)
        ]
        self.setAccessibleName(self.tr("Capacity of {name}").format(name=workplace.name))
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.workplace = None
        self.bars, self.counts, self.lane_count = [], [], 0
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.update()

    # -- words

    def _month(self, day: date) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), "MMM yyyy")

    def count_text(self, used: int) -> str:
        places = self.workplace.places if self.workplace else 0
        if used > places:
            return self.tr("{used} used, {over} too many").format(used=used, over=used - places)
        return self.tr("{used} used, {free} free").format(used=used, free=places - used)

    def describe(self) -> str:
        """What the drawing shows, in words, for screen readers."""
        if self.workplace is None:
            return ""
        lines = [
            self.tr("{name}: {places} places.").format(
                name=self.workplace.name, places=self.workplace.places
            )
        ]
        for index, (day, used) in enumerate(self.counts):
            when = self.tr("Now") if index == 0 else self._month(day)
            lines.append(f"{when}: {self.count_text(used)}.")
        for bar in self.bars:
            lines.append(self.bar_text(bar) + ".")
        if not self.bars:
            lines.append(self.tr("No placements in these months."))
        return "\n".join(lines)

    # -- geometry

    def _em(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _lane_height(self) -> float:
        return round(self._em() * 1.45)

    def sizeHint(self) -> QSize:
        em = self._em()
        height = 1.5 * em + max(1, self.lane_count) * (self._lane_height() + 3) + 1.6 * em + 4
        return QSize(max(640, round(40 * em)), round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(max(420, round(26 * self._em())), self.sizeHint().height())

    def _geometry(self) -> _Geometry:
        em = self._em()
        left, right = 1.0, float(self.width()) - 1.0
        first = self.today.replace(day=1)
        after = add_months(first, self.months + 1)
        header = QRectF(left, 0, right - left, 1.5 * em)
        lane_h = self._lane_height()
        lanes = []
        y = header.bottom()
        for _ in range(max(1, self.lane_count)):
            lanes.append(QRectF(left, y + 1.5, right - left, lane_h))
            y += lane_h + 3
        footer = QRectF(left, y + 2, right - left, 1.6 * em)
        span = (after - first).days

        def x(day: date) -> float:
            return left + (day - first).days / span * (right - left)

        columns = []
        for i in range(self.months + 1):
            start = add_months(first, i)
            columns.append((start, x(start), x(add_months(first, i + 1))))
        return _Geometry(header, lanes, footer, columns, left, right, first, after)

    def _x(self, g: _Geometry, day: date) -> float:
        span = (g.after - g.first).days
        return g.left + (day - g.first).days / span * (g.right - g.left)

    def bar_rect(self, bar: Bar, g: _Geometry | None = None) -> QRectF:
        g = g or self._geometry()
        lane = g.lanes[min(bar.lane, len(g.lanes) - 1)]
        start = max(bar.start, g.first)
        after = min(bar.last + timedelta(days=1), g.after)
        x0, x1 = self._x(g, start), self._x(g, after)
        return QRectF(x0, lane.top() + 2, max(3.0, x1 - x0 - 1), lane.height() - 4)

    def bar_at(self, x: float, y: float) -> Bar | None:
        g = self._geometry()
        return next((b for b in self.bars if self.bar_rect(b, g).contains(x, y)), None)

    def bar_text(self, bar: Bar) -> str:
        """One placement in words, for the tooltip and for screen readers (number, never name)."""
        text = self.tr("{number}: {start} to {end}, {status}").format(
            number=bar.number,
            start=bar.start.isoformat(),
            end=bar.last.isoformat(),
            status=label(bar.status),
        )
        if bar.attention:
            text += self.tr(", no after-OSA plan")
        return text

    # -- events

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().x(), event.pos().y())
            if bar is not None:
                QToolTip.showText(event.globalPos(), self.bar_text(bar), self)
            else:
                QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.LanguageChange and self.workplace is not None:
            self.setAccessibleDescription(self.describe())
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().x(), event.position().y())
        if bar is not None:
            self.open_person.emit(bar.person_id)
        super().mouseDoubleClickEvent(event)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.workplace is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self._geometry()
        text_pen = QPen(QColor(PLOT_TEXT_COLOR))
        places = self.workplace.places
        painter.fillRect(
            QRectF(g.left, g.header.bottom(), g.right - g.left, g.footer.top() - g.header.bottom()),
            QColor("white"),
        )
        for index, lane in enumerate(g.lanes):
            painter.fillRect(lane, QColor(PLACE_COLOR if index < places else OVERBOOKED_COLOR))
        # Month columns: a line at each month's start, its name above, its count below.
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (month, x0, x1) in enumerate(g.columns):
            painter.setPen(QPen(QColor(FRAME_COLOR), 1))
            painter.drawLine(QPointF(x0, g.header.top()), QPointF(x0, g.footer.bottom()))
            name = self._month(month)
            if index == 0:
                name = self.tr("{month} (now)").format(month=name)
            cell = QRectF(x0 + 4, g.header.top(), x1 - x0 - 8, g.header.height())
            painter.setPen(text_pen)
            painter.setFont(self.font())
            metrics = QFontMetricsF(self.font())
            painter.drawText(
                cell,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell.width()),
            )
            used = self.counts[index][1] if index < len(self.counts) else 0
            count_cell = QRectF(x0 + 4, g.footer.top(), x1 - x0 - 8, g.footer.height())
            over = used > places
            painter.setFont(bold if over or used == places else self.font())
            painter.setPen(QPen(QColor(ATTENTION_COLOR if over else PLOT_TEXT_COLOR)))
            painter.drawText(
                count_cell,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(painter.font()).elidedText(
                    self.count_text(used), Qt.TextElideMode.ElideRight, count_cell.width()
                ),
            )
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        for bar in self.bars:
            rect = self.bar_rect(bar, g)
            if bar.status is PlacementStatus.ACTIVE:
                fill, text_color, edge = ACTIVE_COLOR, "white", QPen(QColor(ACTIVE_COLOR), 1)
            elif bar.status is PlacementStatus.PLANNED:
                fill, text_color = PLANNED_COLOR, "#1a1a1a"
                edge = QPen(QColor("#1a1a1a"), 1, Qt.PenStyle.DashLine)
            else:
                fill, text_color, edge = ENDED_COLOR, "#1a1a1a", QPen(QColor(FRAME_COLOR), 1)
            if bar.attention:
                edge = QPen(QColor(ATTENTION_COLOR), 3)
            painter.setBrush(QColor(fill))
            painter.setPen(edge)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setPen(QPen(QColor(text_color)))
            text = metrics.elidedText(bar.number, Qt.TextElideMode.ElideRight, rect.width() - 8)
            painter.drawText(
                rect.adjusted(6, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        # Today: a dark line across the lanes.
        x_today = self._x(g, self.today)
        painter.setPen(QPen(QColor(PLOT_TEXT_COLOR), 2))
        painter.drawLine(QPointF(x_today, g.header.bottom()), QPointF(x_today, g.footer.top()))
        painter.end()


class OsaSection(Section):
    key = "osa"
    open_person_at = Signal(int, str)  # a person from a placement: at the OSA tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Kept across a lock and pointed at the register on the next load, so a dialog left
        # open never holds a closed register (as the main window does with its repository).
        self._osa: OsaRepository | None = None
        self._people: ParticipantRepository | None = None
        self.loaded = False
        self.placements: list[Placement] = []
        self.timelines: dict[int, CapacityTimeline] = {}
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Ending in the next 3 months"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.new_placement_button = QPushButton(self.tr("&New placement…"))
        self.plan_button = QPushButton(self.tr("After-OSA &plan…"))
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.new_placement_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ending = EndingModel(self)
        self.ending_table = record_table(
            self.ending, self.tr("Placements ending in the next 3 months"), EndingModel.PERSON
        )
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.ending_table, 1)

        self.tabs = QTabWidget()
        capacity_page = QWidget()
        capacity_layout = QVBoxLayout(capacity_page)
        legend = QLabel(
            self.tr(
                "Each row is a place; bars are placements, marked with the participant's "
                "number. Dark blue: running. Light blue, dashed edge: planned. Orange edge: no "
                "after-OSA plan and the end is near. Double-click a bar to open the participant."
            )
        )
        legend.setWordWrap(True)
        capacity_layout.addWidget(legend)
        self.capacity_box = QWidget()
        self.capacity_column = QVBoxLayout(self.capacity_box)
        self.capacity_column.setContentsMargins(0, 0, 0, 0)
        self.capacity_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.capacity_box)
        capacity_layout.addWidget(scroll, 1)
        self.tabs.addTab(capacity_page, self.tr("Capacity, next 6 months"))

        workplaces_page = QWidget()
        workplaces_layout = QVBoxLayout(workplaces_page)
        row = QHBoxLayout()
        self.new_workplace_button = QPushButton(self.tr("New &workplace…"))
        self.change_workplace_button = QPushButton(self.tr("&Change…"))
        row.addWidget(self.new_workplace_button)
        row.addWidget(self.change_workplace_button)
        row.addStretch(1)
        workplaces_layout.addLayout(row)
        self.workplaces = WorkplacesModel(self)
        self.workplaces_table = record_table(
            self.workplaces, self.tr("Workplaces"), WorkplacesModel.NAME
        )
        workplaces_layout.addWidget(self.workplaces_table, 1)
        self.tabs.addTab(workplaces_page, self.tr("Workplaces"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.new_placement_button.clicked.connect(self.new_placement)
        self.plan_button.clicked.connect(self.edit_plan)
        self.new_workplace_button.clicked.connect(lambda: self.workplace_dialog(None))
        self.change_workplace_button.clicked.connect(self.change_workplace)
        self.workplaces_table.activated.connect(lambda _i: self.change_workplace())
        self.ending_table.activated.connect(self._ending_activated)
        self.ending_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.workplaces_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def title(self) -> str:
        return self.tr("OSA")

    def load(self, register: Register) -> None:
        if self._osa is None or self._people is None:
            self._osa, self._people = OsaRepository(register), ParticipantRepository(register)
        else:
            self._osa.register = self._people.register = register
        self.loaded = True
        self.refresh()

    def refresh(self) -> None:
        if not self.loaded or self._osa is None or self._people is None:
            return
        today = self._osa.today()
        workplaces = self._osa.workplaces()
        self.placements = self._osa.placements()
        people = self._people.people({p.person_id for p in self.placements})
        names = {w.id: w.name for w in workplaces if w.id is not None}

        ending = ending_within(self.placements, today, ENDING_MONTHS)
        self.ending.people, self.ending.workplaces, self.ending.today = people, names, today
        self.ending.set_records(ending)
        without = sum(1 for p in ending if p.plan is None)
        if not ending:
            self.summary.setText(self.tr("No placement ends in the next 3 months."))
        else:
            self.summary.setText(
                self.tr(
                    "{count} placements end in the next 3 months; {without} without a plan."
                ).format(count=len(ending), without=without)
            )

        self.workplaces.free = {
            c.workplace_id: c.free for c in capacity_on(workplaces, self.placements, today)
        }
        self.workplaces.set_records(workplaces)
        self._fill_timelines(
            [w for w in workplaces if w.active],
            {pid: p.internal_no for pid, p in people.items()},
            today,
        )
        self._enable()

    def _fill_timelines(
        self, workplaces: list[Workplace], numbers: dict[int, str], today: date
    ) -> None:
        self._drop_timelines()
        for workplace in workplaces:
            assert workplace.id is not None
            title = QLabel(
                self.tr("{name} – {places} places").format(
                    name=workplace.name, places=workplace.places
                )
            )
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            timeline = CapacityTimeline()
            timeline.set_data(workplace, self.placements, numbers, today, CAPACITY_MONTHS)
            timeline.open_person.connect(
                lambda person_id: self.open_person_at.emit(person_id, "osa")
            )
            title.setBuddy(timeline)
            at = self.capacity_column.count() - 1  # above the stretch
            self.capacity_column.insertWidget(at, title)
            self.capacity_column.insertWidget(at + 1, timeline)
            self.timelines[workplace.id] = timeline
        if not workplaces:
            empty = QLabel(self.tr("No active workplaces yet. Add one under Workplaces."))
            self.capacity_column.insertWidget(0, empty)

    def _drop_timelines(self) -> None:
        self.timelines = {}
        while self.capacity_column.count() > 1:
            item = self.capacity_column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        self.loaded = False
        self.placements = []
        self.ending.set_records([])
        self.ending.people, self.ending.workplaces = {}, {}
        self.workplaces.set_records([])
        self.workplaces.free = {}
        self.summary.clear()
        self._drop_timelines()
        self._enable()

    # -- actions

    def _enable(self) -> None:
        self.new_placement_button.setEnabled(self.loaded)
        self.new_workplace_button.setEnabled(self.loaded)
        self.change_workplace_button.setEnabled(
            self.loaded and bool(self.workplaces_table.selectionModel().selectedRows())
        )
        self.plan_button.setEnabled(
            self.loaded and bool(self.ending_table.selectionModel().selectedRows())
        )

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def _ending_activated(self, index: QModelIndex) -> None:
        self.open_person_at.emit(self.ending.record(index.row()).person_id, "osa")

    def workplace_dialog(self, workplace: Workplace | None) -> WorkplaceDialog | None:
        if not self.loaded or self._osa is None:
            return None
        return WorkplaceDialog(self._osa, workplace, self).open_with(self._saved)

    def change_workplace(self) -> WorkplaceDialog | None:
        rows = self.workplaces_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.workplace_dialog(self.workplaces.record(rows[0].row()))

    def new_placement(self) -> PlacementDialog | None:
        if not self.loaded or self._osa is None or self._people is None:
            return None
        return PlacementDialog(self._osa, self._people, None, None, self).open_with(self._saved)

    def edit_plan(self) -> AfterOsaPlanDialog | None:
        rows = self.ending_table.selectionModel().selectedRows()
        if not self.loaded or self._osa is None or not rows:
            return None
        return AfterOsaPlanDialog(self._osa, self.ending.record(rows[0].row()), self).open_with(
            self._saved
        )

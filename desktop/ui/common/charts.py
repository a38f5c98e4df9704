"""A line chart of values over dates, painted with QPainter because Qt Charts is not shipped."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[date, float]

# Okabe & Ito's colour-blind-safe palette, strongest contrasts on white first. Their yellow is
# left out: it all but vanishes on a white plot. Greys are kept for text and the reference line.
PALETTE: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
# Each series also gets its own marker shape, so the chart still reads in greyscale print-outs
# and for people who cannot tell even these colours apart.
MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond")
REFERENCE_COLOR = "#555555"
GRID_COLOR = "#e4e4e4"
FRAME_COLOR = "#a8a8a8"
# Text drawn on the white plot area; 7:1 contrast on white whatever the window palette is.
PLOT_TEXT_COLOR = "#404040"

ISO_DATE = "yyyy-MM-dd"
# A span longer than about a quarter reads better by month than by day.
DAY_LABELS_UP_TO_DAYS = 92
DAY_STEPS = (1, 2, 7, 14, 28)
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
# Any Monday: weekly day ticks fall on Mondays, which is how Swedish calendars count weeks.
_MONDAY = date(2024, 1, 1).toordinal()


def _nice_step(raw: float) -> float:
    """The smallest of 1, 2, 5 or 10 times a power of ten that is at least `raw`."""
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1.0, 2.0, 5.0, 10.0) if raw <= m * power * (1 + 1e-9))


def nice_ticks(low: float, high: float, target: int) -> list[float]:
    """About `target` round values (1, 2 or 5 times a power of ten apart) covering low…high."""
    if high <= low:
        return [low]
    step = _nice_step((high - low) / max(1, target))
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    # Rounding keeps 0.1 * 3 from printing as 0.30000000000000004.
    return [round(k * step, 10) for k in range(first, last + 1)]


def _nice_range(low: float, high: float, target: int) -> tuple[float, float]:
    """low…high widened to round values, so the outermost grid lines frame the data."""
    if high - low < 1e-12:
        # One value (or all equal): give it room above and below instead of a zero-height axis.
        pad = max(1.0, abs(low) * 0.1)
        low, high = (max(0.0, low - pad) if low >= 0 else low - pad), high + pad
    step = _nice_step((high - low) / max(1, target))
    return math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step


def date_ticks(first: date, last: date, unit: str, step: int) -> list[date]:
    """Dates between first and last (inclusive) every `step` days or months, on round dates."""
    ticks: list[date] = []
    if unit == "day":
        day = first
        while day <= last:
            if (day.toordinal() - _MONDAY) % step == 0:
                ticks.append(day)
            day += timedelta(days=1)
        return ticks
    month = first.year * 12 + first.month - 1
    if first.day != 1:
        month += 1
    while True:
        day = date(month // 12, month % 12 + 1, 1)
        if day > last:
            return ticks
        if month % step == 0:
            ticks.append(day)
        month += 1


# A date label: the x of its tick, where its text goes, and the text.
_Placed = list[tuple[float, QRectF, str]]


@dataclass
class _Layout:
    """Where everything goes at the current size and font, worked out once per paint."""

    frame: QRectF
    inner: QRectF  # inset from the frame so markers on the extreme values are not cut in half
    y_low: float
    y_high: float
    x_low: int
    x_high: int
    y_ticks: list[float] = field(default_factory=list)
    y_labels: list[tuple[QRectF, str]] = field(default_factory=list)
    x_ticks: list[float] = field(default_factory=list)
    x_labels: list[tuple[QRectF, str]] = field(default_factory=list)
    legend: list[tuple[int, QRectF, str]] = field(default_factory=list)
    dodge: float = 0.0

    def y(self, value: float) -> float:
        share = (value - self.y_low) / (self.y_high - self.y_low)
        return self.inner.bottom() - share * self.inner.height()

    def x(self, ordinal: float) -> float:
        if self.x_high == self.x_low:
            return self.inner.center().x()
        share = (ordinal - self.x_low) / (self.x_high - self.x_low)
        return self.inner.left() + share * self.inner.width()


class TrendChart(QWidget):
    """One or more series of values over dates, with an optional labelled horizontal line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: dict[str, list[Point]] = {}
        self._y_min: float | None = None
        self._y_max: float | None = None
        self._y_ticks: list[float] | None = None
        self._reference: tuple[str, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Reachable with Tab so a screen reader gets to the description of what is drawn.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Trend chart"))
        self._describe()

    # --- the API -----------------------------------------------------------------------------

    def set_series(
        self,
        series: dict[str, list[tuple[date, float]]],
        *,
        y_min: float | None = None,
        y_max: float | None = None,
        y_ticks: list[float] | None = None,
        reference: tuple[str, float] | None = None,
    ) -> None:
        """Show `series` (name → (date, value) pairs, in any order); the y range and ticks are
        worked out from the data unless given."""
        self._series = {
            name: sorted(
                ((day, float(value)) for day, value in points if math.isfinite(value)),
                key=lambda point: point[0],
            )
            for name, points in series.items()
        }
        self._y_min, self._y_max = y_min, y_max
        self._y_ticks = sorted(y_ticks) if y_ticks else None
        self._reference = reference
        self._describe()
        self.update()

    def clear(self) -> None:
        self._series = {}
        self._reference = None
        self._y_min = self._y_max = None
        self._y_ticks = None
        self._describe()
        self.update()

    def series_names(self) -> list[str]:
        return list(self._series)

    def series_color(self, index: int) -> QColor:
        return QColor(PALETTE[index % len(PALETTE)])

    def plot_rect(self) -> QRectF:
        """The white plot area at the current size (for tests and for tooltips later)."""
        return self._layout().frame

    def y_position(self, value: float) -> float:
        """Where `value` is drawn, in widget coordinates."""
        return self._layout().y(value)

    def has_values(self) -> bool:
        return any(self._series.values())

    # --- sizes and events --------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        em = QFontMetricsF(self.font()).height()
        return QSize(max(320, round(20 * em)), max(200, round(12 * em)))

    def sizeHint(self) -> QSize:
        em = QFontMetricsF(self.font()).height()
        return QSize(max(560, round(34 * em)), max(300, round(18 * em)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Trend chart"))
            self._describe()
        elif event.type() == QEvent.Type.LocaleChange:
            # Decimal commas and month names in the description follow the locale.
            self._describe()
            self.update()
        super().changeEvent(event)

    # --- text ---------------------------------------------------------------------------------

    def _number(self, value: float, decimals: int | None = None) -> str:
        locale = self.locale()
        if decimals is None:
            if abs(value - round(value)) < 1e-9:
                return locale.toString(round(value))
            # Two decimals, or two significant digits for small values (0.005 per mille of
            # alcohol must not read as 0), without trailing zeros.
            size = abs(value)
            places = 2 if size >= 0.1 else min(8, 1 - math.floor(math.log10(size)))
            text = locale.toString(value, "f", places)
            return text.rstrip("0").rstrip(locale.decimalPoint())
        return locale.toString(value, "f", decimals)

    def _day(self, day: date, pattern: str = ISO_DATE) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), pattern)

    def _describe(self) -> None:
        """Screen readers cannot read the drawing, so the description says in words what it
        shows: for each series the first and the latest value with their dates."""
        if not self.has_values():
            self.setAccessibleDescription(self.tr("No values yet"))
            return
        lines = []
        for name, points in self._series.items():
            if not points:
                lines.append(self.tr("{name}: no values").format(name=name))
            elif len(points) == 1:
                (day, value) = points[0]
                lines.append(
                    self.tr("{name}: {value} on {date}").format(
                        name=name, value=self._number(value), date=self._day(day)
                    )
                )
            else:
                (first_day, first), (last_day, last) = points[0], points[-1]
                lines.append(
                    self.tr(
                        "{name}: first {first} on {first_date}, latest {latest} on "
                        "{latest_date} ({count} values)"
                    ).format(
                        name=name,
                        first=self._number(first),
                        first_date=self._day(first_day),
                        latest=self._number(last),
                        latest_date=self._day(last_day),
                        count=len(points),
                    )
                )
        if self._reference is not None:
            label, value = self._reference
            lines.append(
                self.tr("Line at {value}: {label}").format(value=self._number(value), label=label)
            )
        self.setAccessibleDescription("\n".join(lines))

    # --- geometry -------------------------------------------------------------------------------

    def _layout(self) -> _Layout:
        metrics = QFontMetricsF(self.font())
        em = metrics.height()
        margin = 0.5 * em
        marker = self._marker_radius(metrics)
        width, height = float(self.width()), float(self.height())

        legend, legend_bottom = self._legend_layout(metrics, margin, width - 2 * margin)
        top = legend_bottom + 0.5 * em if legend else margin
        tick_length = 0.3 * em
        bottom = height - margin - em - tick_length
        named = len(self._series)
        # Side by side rather than on top of each other: ratings of 1 to 5 on the same dates
        # coincide often, and a hidden marker would look like a missing check-in.
        dodge = max(2.2 * _line_width(metrics), 0.9 * marker) if named > 1 else 0.0
        pad_y = marker + 3
        pad_x = marker + 3 + dodge * (named - 1) / 2

        values = [value for points in self._series.values() for _, value in points]
        y_low, y_high, y_ticks = self._y_scale(values, (bottom - top - 2 * pad_y) / (2.2 * em))

        y_texts = [self._number(tick, _decimals(y_ticks)) for tick in y_ticks]
        label_width = max((metrics.horizontalAdvance(text) for text in y_texts), default=0.0)
        left = margin + label_width + 0.5 * em
        right = width - margin
        frame = QRectF(left, top, max(0.0, right - left), max(0.0, bottom - top))
        inner = frame.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        if inner.width() < 0 or inner.height() < 0:
            inner = QRectF(frame.center(), frame.center())

        days = [day.toordinal() for points in self._series.values() for day, _ in points]
        x_low, x_high = (min(days), max(days)) if days else (0, 0)
        layout = _Layout(frame, inner, y_low, y_high, x_low, x_high, legend=legend, dodge=dodge)

        layout.y_ticks = y_ticks
        last_top = math.inf
        for tick, text in zip(y_ticks, y_texts, strict=True):
            rect = QRectF(margin, layout.y(tick) - em / 2, label_width, em)
            # Labels are dropped rather than allowed to overlap when the chart is short.
            if rect.bottom() <= last_top:
                layout.y_labels.append((rect, text))
                last_top = rect.top()

        if days:
            self._x_axis(layout, metrics, frame.bottom() + tick_length, margin)
        return layout

    def _marker_radius(self, metrics: QFontMetricsF) -> float:
        return max(3.5, metrics.height() * 0.28)

    def _legend_layout(
        self, metrics: QFontMetricsF, margin: float, available: float
    ) -> tuple[list[tuple[int, QRectF, str]], float]:
        """Legend items in rows across the top, wrapping when the widget is narrow."""
        em = metrics.height()
        items: list[tuple[int, QRectF, str]] = []
        x, y = margin, margin
        swatch = 2.2 * em
        for index, name in enumerate(self._series):
            room = max(0.0, available - swatch)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            item_width = swatch + metrics.horizontalAdvance(text)
            if x > margin and x + item_width > margin + available:
                x, y = margin, y + em * 1.2
            items.append((index, QRectF(x, y, item_width, em), text))
            x += item_width + 1.2 * em
        return items, (y + em if items else margin)

    def _y_scale(
        self, values: list[float], room_for_ticks: float
    ) -> tuple[float, float, list[float]]:
        target = max(2, min(8, int(room_for_ticks)))
        wanted = list(values)
        if self._reference is not None:
            wanted.append(self._reference[1])
        if self._y_ticks:
            wanted += [self._y_ticks[0], self._y_ticks[-1]]
        low = self._y_min if self._y_min is not None else min(wanted, default=0.0)
        high = self._y_max if self._y_max is not None else max(wanted, default=1.0)
        if self._y_min is None or self._y_max is None:
            round_low, round_high = _nice_range(low, high, target)
            low = low if self._y_min is not None else round_low
            high = high if self._y_max is not None else round_high
        if high <= low:
            high = low + 1.0
        ticks = self._y_ticks or nice_ticks(low, high, target)
        return low, high, [tick for tick in ticks if low - 1e-9 <= tick <= high + 1e-9]

    def _x_axis(self, layout: _Layout, metrics: QFontMetricsF, top: float, margin: float) -> None:
        """The most date labels that fit without touching, on round dates."""
        first, last = date.fromordinal(layout.x_low), date.fromordinal(layout.x_high)
        em = metrics.height()
        gap = em
        low_edge, high_edge = margin / 2, self.width() - margin / 2

        def place(days: list[date], pattern: str) -> tuple[_Placed, bool]:
            placed: _Placed = []
            for day in days:
                text = self._day(day, pattern)
                x = layout.x(day.toordinal())
                text_width = metrics.horizontalAdvance(text)
                # The outermost labels are pushed inwards rather than cut off at the edge.
                left = min(max(x - text_width / 2, low_edge), high_edge - text_width)
                placed.append((x, QRectF(left, top, text_width, em), text))
            fits = all(
                after[1].left() >= before[1].right() + gap
                for before, after in itertools.pairwise(placed)
            )
            return placed, fits

        if first == last:
            candidates = [([first], ISO_DATE)]
        elif layout.x_high - layout.x_low <= DAY_LABELS_UP_TO_DAYS:
            candidates = [(date_ticks(first, last, "day", s), ISO_DATE) for s in DAY_STEPS]
        else:
            candidates = [
                (date_ticks(first, last, "month", s), "yyyy" if s >= 12 else "MMM yyyy")
                for s in MONTH_STEPS
            ]
        # When round dates give fewer than two labels (a short span at a large font), the first
        # and the last date of the data say more than one round date in the middle.
        candidates.append(([first, last], ISO_DATE))

        chosen: _Placed = []
        for days, pattern in candidates:
            placed, fits = place(sorted(set(days)), pattern)
            if fits and (len(placed) >= 2 or first == last):
                chosen = placed
                break
            if placed and fits and not chosen:
                chosen = placed
        else:
            # Nothing fits two labels: a single round date if that fit, else the widest step
            # with labels left out below, never drawn on top of each other.
            chosen = chosen or next(
                (place(days, pattern)[0] for days, pattern in reversed(candidates[:-1]) if days),
                place([first], ISO_DATE)[0],
            )
        kept: _Placed = []
        for x, rect, text in chosen:
            if not kept or rect.left() >= kept[-1][1].right() + gap / 2:
                kept.append((x, rect, text))
        layout.x_ticks = [x for x, _, _ in kept]
        layout.x_labels = [(rect, text) for _, rect, text in kept]

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            if self.has_values():
                self._paint_chart(painter, self._layout())
            else:
                self._paint_empty(painter)
            if self.hasFocus():
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        margin = 0.5 * QFontMetricsF(self.font()).height()
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        painter.setPen(QPen(QColor(FRAME_COLOR), 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(area)
        painter.setPen(QColor(PLOT_TEXT_COLOR))
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.tr("No values yet"),
        )

    def _paint_chart(self, painter: QPainter, layout: _Layout) -> None:
        frame = layout.frame
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawRect(frame)

        painter.setPen(QPen(QColor(GRID_COLOR), 1))
        for tick in layout.y_ticks:
            y = layout.y(tick)
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        tick_length = 0.3 * QFontMetricsF(self.font()).height()
        for x in layout.x_ticks:
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        painter.setPen(QPen(QColor(FRAME_COLOR), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        for x in layout.x_ticks:
            painter.drawLine(QPointF(x, frame.bottom()), QPointF(x, frame.bottom() + tick_length))

        painter.setPen(text_color)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for rect, text in layout.y_labels:
            painter.drawText(rect, right, text)
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for rect, text in layout.x_labels:
            painter.drawText(rect, centre, text)

        self._paint_reference(painter, layout)
        self._paint_series(painter, layout)
        self._paint_legend(painter, layout, text_color)

    def _paint_reference(self, painter: QPainter, layout: _Layout) -> None:
        if self._reference is None:
            return
        label, value = self._reference
        frame = layout.frame
        y = layout.y(value)
        if not frame.top() <= y <= frame.bottom():
            return
        y = math.floor(y) + 0.5  # on a pixel row, so the dashes are crisp rather than smeared
        pen = QPen(QColor(REFERENCE_COLOR), 1.5)
        pen.setDashPattern([6.0, 4.0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(frame.left() + 1, y), QPointF(frame.right() - 1, y))

        metrics = QFontMetricsF(self.font())
        text = self.tr("{label}: {value}").format(label=label, value=self._number(value))
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, frame.width() - 8)
        text_width, em = metrics.horizontalAdvance(text), metrics.height()
        box_top = y - em - 2 if y - em - 2 >= frame.top() else y + 2
        box = QRectF(frame.right() - text_width - 8, box_top, text_width + 6, em)
        # A white backing keeps the label readable where it crosses grid or series lines.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRect(box)
        painter.setPen(QColor(PLOT_TEXT_COLOR))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_series(self, painter: QPainter, layout: _Layout) -> None:
        metrics = QFontMetricsF(self.font())
        radius = self._marker_radius(metrics)
        line_width = _line_width(metrics)
        count = len(self._series)
        painter.save()
        # Values outside a fixed y range (a rating entered wrongly, say) stay inside the frame.
        painter.setClipRect(layout.frame)
        for index, points in enumerate(self._series.values()):
            if not points:
                continue
            shift = (index - (count - 1) / 2) * layout.dodge
            positions = [
                QPointF(layout.x(day.toordinal()) + shift, layout.y(value)) for day, value in points
            ]
            color = self.series_color(index)
            painter.setPen(
                QPen(
                    color,
                    line_width,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) > 1:
                painter.drawPolyline(QPolygonF(positions))
            for position in positions:
                _draw_marker(painter, MARKERS[index % len(MARKERS)], position, radius, color)
        painter.restore()

    def _paint_legend(self, painter: QPainter, layout: _Layout, text_color: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        em = metrics.height()
        radius = self._marker_radius(metrics)
        for index, rect, text in layout.legend:
            color = self.series_color(index)
            middle = rect.center().y()
            painter.setPen(QPen(color, _line_width(metrics)))
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + 1.6 * em, middle))
            marker_at = QPointF(rect.left() + 0.8 * em, middle)
            _draw_marker(painter, MARKERS[index % len(MARKERS)], marker_at, radius, color)
            painter.setPen(text_color)
            text_rect = QRectF(rect.left() + 2.2 * em, rect.top(), rect.width() - 2.2 * em, em)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )


def _line_width(metrics: QFontMetricsF) -> float:
    return max(2.0, metrics.height() / 8)


def _decimals(ticks: list[float]) -> int | None:
    """One number of decimals for all tick labels, so 0,5 and 1,0 line up; None for integers."""
    if all(abs(tick - round(tick)) < 1e-9 for tick in ticks):
        return None
    for decimals in range(1, 6):
        if all(abs(tick * 10**decimals - round(tick * 10**decimals)) < 1e-6 for tick in ticks):
            return decimals
    return 6


def _draw_marker(painter: QPainter, shape: str, at: QPointF, radius: float, color: QColor) -> None:
    # A white rim separates a marker from the line under it and from a neighbour's marker.
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(color)
    x, y, r = at.x(), at.y(), radius
    if shape == "circle":
        painter.drawEllipse(at, r, r)
    elif shape == "square":
        side = r * 0.9
        painter.drawRect(QRectF(x - side, y - side, 2 * side, 2 * side))
    elif shape == "triangle":
        r *= 1.2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r),
                    QPointF(x + r * 0.9, y + r * 0.6),
                    QPointF(x - r * 0.9, y + r * 0.6),
                ]
            )
        )
    else:
        r *= 1.15
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )

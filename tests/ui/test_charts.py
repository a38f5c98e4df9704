"""The trend chart draws every series in its own colour, a dashed reference line, and says in its
accessible description what a screen reader cannot see."""

from __future__ import annotations

import itertools
import math
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from desktop.ui.common.charts import PALETTE, REFERENCE_COLOR, TrendChart, date_ticks, nice_ticks

CHECK_INS = [
    date(2025, 1, 14),
    date(2025, 3, 11),
    date(2025, 5, 20),
    date(2025, 7, 29),
    date(2025, 10, 7),
    date(2026, 1, 13),
]
RECOVERY_CAPITAL = {
    "Social": list(zip(CHECK_INS, [2.0, 2, 3, 3, 4, 4], strict=True)),
    "Physical": list(zip(CHECK_INS, [2.0, 3, 2, 3, 3, 4], strict=True)),
    "Human": list(zip(CHECK_INS, [1.0, 2, 3, 3, 3, 4], strict=True)),
    "Cultural": list(zip(CHECK_INS, [2.0, 2, 2, 3, 4, 5], strict=True)),
}
RATING = {"y_min": 1.0, "y_max": 5.0, "y_ticks": [1.0, 2, 3, 4, 5]}
DRUG_TESTS = {
    "THC": [
        (date(2025, 2, 3), 120.0),
        (date(2025, 2, 10), 80.5),
        (date(2025, 2, 17), 42.0),
        (date(2025, 3, 3), 20.0),
    ],
    "Amphetamine": [(date(2025, 2, 10), 0.0), (date(2025, 3, 3), 300.0)],
}


@pytest.fixture
def chart(qtbot) -> TrendChart:  # type: ignore[no-untyped-def]
    widget = TrendChart()
    qtbot.addWidget(widget)
    widget.resize(520, 300)
    return widget


def picture(chart: TrendChart) -> QImage:
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def pixels_of(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


def test_each_series_is_drawn_in_its_own_colour(chart: TrendChart) -> None:
    chart.set_series(RECOVERY_CAPITAL, **RATING)
    image = picture(chart)
    for index in range(len(RECOVERY_CAPITAL)):
        assert pixels_of(image, PALETTE[index]) > 30, chart.series_names()[index]
    assert len(set(PALETTE)) == len(PALETTE)
    assert chart.series_names() == ["Social", "Physical", "Human", "Cultural"]


def test_reference_line_is_dashed(chart: TrendChart) -> None:
    chart.set_series(DRUG_TESTS, reference=("cut-off", 50.0))
    image = picture(chart)
    # The picture has device pixels; the chart's geometry is in logical ones (high-DPI runs).
    scale = image.devicePixelRatio()
    frame = chart.plot_rect()
    middle = math.floor(chart.y_position(50.0) * scale)
    wanted = QColor(REFERENCE_COLOR).rgb()
    columns = range(int(frame.left() * scale) + 2, int(frame.right() * scale) - 2)
    # The row the line covers fully, which depends on rounding at the scale factor.
    on_line = max(
        ([image.pixel(x, row) == wanted for x in columns] for row in range(middle - 2, middle + 3)),
        key=sum,
    )
    dashes = sum(1 for before, now in itertools.pairwise(on_line) if now and not before)
    assert sum(on_line) > 0.3 * len(on_line)
    assert dashes >= 10, "a dashed line, not a solid one"
    assert "cut-off" in chart.accessibleDescription()


def test_empty_chart_shows_no_series_colour(chart: TrendChart) -> None:
    image = picture(chart)
    assert all(pixels_of(image, colour) == 0 for colour in PALETTE)
    assert chart.accessibleDescription() == "No values yet"
    assert chart.accessibleName() == "Trend chart"

    chart.set_series(RECOVERY_CAPITAL, **RATING)
    chart.clear()
    image = picture(chart)
    assert all(pixels_of(image, colour) == 0 for colour in PALETTE)
    assert chart.series_names() == []
    assert chart.accessibleDescription() == "No values yet"


def test_description_names_each_series_with_its_latest_value(chart: TrendChart) -> None:
    chart.set_series(RECOVERY_CAPITAL, **RATING)
    lines = chart.accessibleDescription().splitlines()
    assert len(lines) == 4
    latest = {"Social": "4", "Physical": "4", "Human": "4", "Cultural": "5"}
    for line, (name, value) in zip(lines, latest.items(), strict=True):
        assert line.startswith(name)
        assert f"latest {value} on 2026-01-13" in line
        assert "2025-01-14" in line


def test_description_uses_the_locale_for_decimals(chart: TrendChart) -> None:
    chart.setLocale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    chart.set_series({"THC": [(date(2025, 2, 3), 12.5)]})
    assert "12,5" in chart.accessibleDescription()
    assert "2025-02-03" in chart.accessibleDescription()


def test_one_point_still_shows_a_marker(chart: TrendChart) -> None:
    chart.set_series({"THC": [(date(2025, 2, 3), 12.0)]})
    assert pixels_of(picture(chart), PALETTE[0]) > 10
    assert "THC: 12 on 2025-02-03" in chart.accessibleDescription()


def test_equal_dates_and_uneven_series_do_not_crash(chart: TrendChart) -> None:
    day = date(2025, 6, 1)
    chart.set_series(
        {
            "A": [(day, 1.0), (day, 2.0)],
            "B": [(day, 3.0)],
            "C": [],
            "D": [(day, float("nan")), (date(2024, 6, 1), 4.0)],
        }
    )
    image = picture(chart)
    assert pixels_of(image, PALETTE[0]) > 10
    assert pixels_of(image, PALETTE[1]) > 10
    assert "C: no values" in chart.accessibleDescription()
    chart.set_series({"A": [(day, 2.0)], "B": [(day, 2.0)]}, y_min=1, y_max=5)
    picture(chart)


@pytest.mark.parametrize("size", [(200, 120), (60, 40), (1, 1)])
def test_small_sizes_paint_without_crashing(chart: TrendChart, size: tuple[int, int]) -> None:
    chart.set_series(RECOVERY_CAPITAL, **RATING)
    chart.resize(*size)
    picture(chart)
    chart.set_series(DRUG_TESTS, reference=("cut-off", 50.0))
    picture(chart)


@pytest.mark.parametrize("width", [200, 320, 480, 700, 1100])
@pytest.mark.parametrize(
    "days",
    [
        [date(2025, 1, 1), date(2025, 1, 3)],
        [date(2025, 1, 1), date(2025, 2, 20)],
        [date(2025, 1, 14), date(2026, 1, 13)],
        [date(2015, 5, 1), date(2026, 1, 13)],
    ],
)
def test_date_labels_never_overlap(chart: TrendChart, width: int, days: list[date]) -> None:
    chart.set_series({"A": [(day, 1.0) for day in days]})
    chart.resize(width, 240)
    labels = [rect for rect, _ in chart._layout().x_labels]
    assert labels, "at least one date is named"
    for left, right in itertools.pairwise(labels):
        assert left.right() < right.left()
    assert all(rect.left() >= 0 and rect.right() <= width for rect in labels)


def test_size_hints_leave_room_to_read() -> None:
    chart = TrendChart()
    assert chart.minimumSizeHint().width() >= 320
    assert chart.minimumSizeHint().height() >= 200
    assert chart.sizeHint().width() >= chart.minimumSizeHint().width()


def test_ticks_are_round_values() -> None:
    assert nice_ticks(1, 5, 4) == [1, 2, 3, 4, 5]
    assert nice_ticks(0, 300, 4) == [0, 100, 200, 300]
    assert nice_ticks(0, 1, 5) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert date_ticks(date(2025, 1, 14), date(2025, 7, 1), "month", 2) == [
        date(2025, 3, 1),
        date(2025, 5, 1),
        date(2025, 7, 1),
    ]
    assert date_ticks(date(2025, 1, 1), date(2025, 1, 20), "day", 7) == [
        date(2025, 1, 6),
        date(2025, 1, 13),
        date(2025, 1, 20),
    ]


def test_small_values_keep_their_digits(chart: TrendChart) -> None:
    chart.set_series({"Ethanol": [(date(2025, 5, 5), 0.2), (date(2025, 5, 6), 0.005)]})
    assert "latest 0.005 on 2025-05-06" in chart.accessibleDescription()
    assert "first 0.2 on 2025-05-05" in chart.accessibleDescription()

"""The Qt models of Rapporter: a workbook sheet's tables in one table view (each table's title,
its header and its rows, as the workbook lays them out), and the definitions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.i18n import translate
from desktop.core.steering import DEFINITIONS, Cell, Row, Table, Unit, shown
from desktop.ui.common.models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the ids behind a figure (None: nobody in particular)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the number itself, as the workbook stores it
HEADER_BRUSH = QBrush(QColor("#e8eef4"))
HIDDEN_BRUSH = QBrush(QColor("#777777"))


def format_value(value: int | float | str | None, unit: Unit, locale: QLocale) -> str:
    """A figure as the screen shows it, in the user's language ("67,9 %", "164 720")."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if unit is Unit.SHARE:
        return locale.toString(float(value) * 100, "f", 1) + "\u00a0%"
    if isinstance(value, int):
        return str(locale.toString(value))
    if unit is Unit.YEARS:
        return str(locale.toString(value, "f", 2))
    return str(locale.toString(value, "f", 1))


@dataclass(frozen=True)
class _Line:
    kind: str  # "title", "header", "row" or "gap"
    table: Table
    row: Row | None = None


class SheetTableModel(QAbstractTableModel):
    """The tables of one sheet, one under the other with a blank line between, as in the
    workbook. A number's cell returns the people behind it (PEOPLE_ROLE)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._columns = 1
        self.hide_small = True  # the workbook's option: small numbers are greyed, with a word

    def set_tables(self, tables: Sequence[Table]) -> None:
        self.beginResetModel()
        self._lines = []
        for table in tables:
            if self._lines:
                self._lines.append(_Line("gap", table))
            self._lines.append(_Line("title", table))
            self._lines.append(_Line("header", table))
            self._lines.extend(_Line("row", table, row) for row in table.rows)
        self._columns = 1 + max((len(t.columns) for t in tables), default=0)
        self.endResetModel()

    def set_hide_small(self, hide: bool) -> None:
        self.hide_small = hide
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, self._columns - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self._columns

    def line(self, row: int) -> tuple[str, Table, Row | None]:
        item = self._lines[row]
        return item.kind, item.table, item.row

    def cell(self, index: Index) -> Cell | None:
        """The figure at `index`, if it holds one."""
        if not index.isValid() or index.column() == 0:
            return None
        item = self._lines[index.row()]
        if item.kind != "row" or item.row is None or index.column() > len(item.row.cells):
            return None
        return item.row.cells[index.column() - 1]

    def rows_of(self, table_key: str) -> list[int]:
        """The model rows of a table's rows, in order."""
        return [
            number
            for number, item in enumerate(self._lines)
            if item.kind == "row" and item.table.key == table_key
        ]

    def find(self, table_key: str, label: str) -> int:
        """The model row of a table's row by its label; ValueError if none."""
        for number, item in enumerate(self._lines):
            row = item.row
            if item.kind == "row" and item.table.key == table_key and row and row.label == label:
                return number
        raise ValueError(f"{label!r} not in {table_key}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._lines[index.row()]
        column = index.column()
        if item.kind == "title":
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return item.table.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if item.kind == "header":
            if role == Qt.ItemDataRole.DisplayRole and 0 < column <= len(item.table.columns):
                return item.table.columns[column - 1]
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADER_BRUSH
            if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if item.kind != "row" or item.row is None:
            return None
        row = item.row
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return "    " * row.level + row.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return _definition(row.key)
            return None
        figure = self.cell(index)
        if figure is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(figure.value, figure.unit, QLocale())
        if role == VALUE_ROLE:
            return shown(figure, False)
        if role == PEOPLE_ROLE:
            return figure.people
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.hide_small and figure.small():
            return HIDDEN_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [_definition(row.key)]
            if self.hide_small and figure.small():
                parts.append(
                    translate("ReportsSection", "The workbook shows this as {shown}.").format(
                        shown=shown(figure, True)
                    )
                )
            if figure.people:
                parts.append(
                    translate(
                        "ReportsSection", "Double-click to see the {count} people behind it."
                    ).format(count=len(figure.people))
                )
            return "\n\n".join(parts)
        return None


def _definition(key: str) -> str:
    definition = DEFINITIONS.get(key)
    return translate("Steering", definition[1]) if definition else ""


class DefinitionsTableModel(RecordTableModel[tuple[str, str, str]]):
    """Definitioner: one line per figure, as in the workbook."""

    FIGURE, DEFINITION = range(2)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Figure"), self.tr("How it is counted"))

    def display(self, record: tuple[str, str, str], column: int) -> Any:
        return record[1] if column == self.FIGURE else record[2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.display(self.record(index.row()), self.DEFINITION)
        return super().data(index, role)

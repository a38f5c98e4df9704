"""The one table model the sections build on (architecture habit 5): a list of records, column
constants in the subclass, a role that returns the record itself."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses implement `headers()` and `display(record, column)`; `align_right` lists
    columns of numbers."""

    align_right: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, record: T, column: int) -> Any:
        raise NotImplementedError

    def set_records(self, records: list[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(record, index.column())
            return text if isinstance(text, str) and len(text) > 30 else None  # cut-off cells
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

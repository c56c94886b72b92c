"""A read-only table model over a service list call, fetched in pages and sorted in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.services import ListQuery, Page

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a table: which value of a row it shows, and how."""

    key: str  # the row attribute (a tuple row: its index), also the service's sort key
    header: str
    format: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align_right: bool = False
    sortable: bool = True
    sensitive: bool = False
    value: Callable[[Any], Any] | None = None  # the value from the whole row, when no key holds it
    colour: Callable[[Any], str | None] | None = None  # text colour from the whole row, or None

    def value_of(self, row: Any) -> Any:
        if self.value is not None:
            return self.value(row)
        return row[int(self.key)] if isinstance(row, tuple) else getattr(row, self.key)

    def text(self, row: Any) -> str:
        return self.format(self.value_of(row))


class ServiceTableModel(QAbstractTableModel):
    """Rows come from `fetch(ListQuery) -> Page`; only the pages a view scrolls to are loaded."""

    def __init__(self, columns: list[Column], fetch: Callable[[ListQuery], Page], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._fetch = fetch
        self._query = ListQuery(limit=PAGE_SIZE)
        self._rows: list[Any] = []
        self._total = 0
        self._loaded = False  # the view sorts once when sorting is enabled; no query before load

    # --- what the view asks ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        page = self._fetch(replace(self._query, offset=len(self._rows)))
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self._columns[column].key, descending=descending))

    # --- what the tab asks ----------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> ListQuery:
        return self._query

    def columns(self) -> list[Column]:
        return list(self._columns)

    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, obj_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == obj_id), None)

    def set_query(self, query: ListQuery) -> None:
        """New search, filter or sort: start again from the first page."""
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        page = self._fetch(self._query)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

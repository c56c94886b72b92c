"""One read-only table model for the short lists inside dialogs and editors (homes of a complex,
contact moments, support links, backups, likely duplicates, an import preview): the rows are kept
as given, never thousands. The tabs' long lists page through SQL instead (ServiceTableModel)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.widgets import colours
from desktop.widgets.table_model import Column

Index = QModelIndex | QPersistentModelIndex
Tooltip = Callable[[Any], str | None]


class RowsModel(QAbstractTableModel):
    """Columns say what each cell shows (`Column.text(row)`, `Column.colour(row)`, a colours.Tone).

    tooltip(row) gives every cell of a row the same tooltip; text_tooltips=True gives each cell
    its own text as tooltip instead (long notes in narrow columns).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent=None,
        *,
        tooltip: Tooltip | None = None,
        text_tooltips: bool = False,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._tooltip = tooltip
        self._text_tooltips = text_tooltips

    # --- what the view asks ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column, row = self._columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(row)
            return column.text(row) if self._text_tooltips else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            tone = column.colour(row)
            return colours.colour(tone) if tone else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    # --- what the dialog asks -------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        """New rows (and, for a table whose columns depend on its data, new columns)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None


def rows_view(
    model: QAbstractTableModel,
    on_activate: Callable[[int], None] | None = None,
    *,
    fit_contents: bool = False,
) -> QTableView:
    """A compact, read-only, row-selecting table for a dialog page; on_activate(row) on a double
    click. fit_contents sizes the columns to their contents instead of leaving them to the user."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
        if fit_contents
        else QHeaderView.ResizeMode.Interactive
    )
    view.horizontalHeader().setStretchLastSection(True)
    if on_activate is not None:
        view.doubleClicked.connect(lambda index: on_activate(index.row()))
    return view


def selected(view: QTableView) -> Any | None:
    """The row object selected in a view over a RowsModel, or None."""
    model = view.model()
    rows = view.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows and isinstance(model, RowsModel) else None

"""The table model behind one Vandaag section: ready-made texts per row, urgency as a colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from db.services.today import TodayItem
from desktop.widgets import colours
from desktop.widgets.colours import Tone

Index = QModelIndex | QPersistentModelIndex

# Light cells with dark text in any theme (a fixed pair, see desktop/widgets/colours.py).
URGENCY_TONES = {"late": Tone.LATE_BACKGROUND, "soon": Tone.SOON_BACKGROUND}


@dataclass(frozen=True)
class SectionRow:
    item: TodayItem
    cells: tuple[str, ...]
    urgency: str = ""  # "late" | "soon" | ""


class SectionModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list[SectionRow] = []

    def set_rows(self, rows: list[SectionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.urgency:
            return QBrush(colours.colour(URGENCY_TONES[row.urgency]))
        if role == Qt.ItemDataRole.ForegroundRole and row.urgency:
            return QBrush(colours.colour(Tone.URGENT_TEXT))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def item(self, row: int) -> TodayItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def items(self) -> list[TodayItem]:
        return [row.item for row in self._rows]

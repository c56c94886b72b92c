"""The recruitment pipeline as a board: one column per stage, a card per candidate. A card is
moved on with one action (the button or Ctrl+→); double-clicking a card opens the volunteer.

Made for a laptop (1280×720): cards are two short lines that elide rather than wrap, and a
column can fold to its count (Actief and Gestopt start folded: hundreds of cards nobody moves)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.services import Stage
from db.services.volunteer_pipeline import PipelineCard, next_stage
from desktop import formatting, labels

_ROOT = QModelIndex()  # the invisible root, as default parent


class CardsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: list[PipelineCard] = []

    def set_cards(self, cards: list[PipelineCard]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        days = (clock.today() - card.since).days if card.since else None
        if role == Qt.ItemDataRole.DisplayRole:
            waiting = self.tr("%n day(s)", "", days) if days is not None else ""
            second = (
                self.tr("%1 · %2").replace("%1", waiting).replace("%2", card.complex_name)
                if waiting and card.complex_name
                else waiting or card.complex_name
            )
            return f"{card.name}\n{second}".rstrip()
        if role == Qt.ItemDataRole.ToolTipRole:
            since = (
                self.tr("since %1 (%n day(s))", "", days or 0).replace(
                    "%1", formatting.day(card.since)
                )
                if card.since
                else ""
            )
            return "\n".join(part for part in (card.name, card.complex_name, since) if part)
        if role == Qt.ItemDataRole.UserRole:
            return card.id
        return None


FOLDED_AT_START = (Stage.ACTIVE, Stage.STOPPED)


class _CardDelegate(QStyledItemDelegate):
    """Cards take the column's width and elide with "…" instead of scrolling sideways."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(1, hint.height() + 4)


class StageColumn(QFrame):
    folded_changed = Signal()

    def __init__(self, stage: Stage, parent=None):
        super().__init__(parent)
        self.stage = stage
        self.count = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QToolButton()  # click the title to fold the column to its count
        self.title.setObjectName("stageTitle")
        self.title.setCheckable(True)
        self.title.setAutoRaise(True)
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.title.toggled.connect(self.set_folded)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # A long stage name may be cut in a narrow column; the tooltip and the count stay.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.model = CardsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(_CardDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(labels.stage(stage))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.folded_label = QLabel()
        self.folded_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.folded_label.setWordWrap(True)
        layout.addWidget(self.folded_label, 1)
        folded = QSettings().value(f"board/folded/{stage.value}", stage in FOLDED_AT_START)
        self.title.setChecked(folded in (True, "true"))
        self.set_folded(self.title.isChecked())

    def is_folded(self) -> bool:
        return self.title.isChecked()

    def set_folded(self, folded: bool) -> None:
        self.title.setChecked(folded)
        self.view.setVisible(not folded)
        self.folded_label.setVisible(folded)
        self.setMaximumWidth(120 if folded else 16777215)
        QSettings().setValue(f"board/folded/{self.stage.value}", folded)
        self._update_title()
        self.folded_changed.emit()

    def _update_title(self) -> None:
        stage = labels.stage(self.stage)
        self.title.setText(self.tr("%1 (%2)").replace("%1", stage).replace("%2", str(self.count)))
        self.title.setToolTip(
            (
                self.tr("%1: click to show the cards")
                if self.is_folded()
                else self.tr("%1: click to fold")
            ).replace("%1", stage)
        )
        self.folded_label.setText(
            self.tr("%n card(s) folded away. Click the title to show them.", "", self.count)
        )

    def set_cards(self, cards: list[PipelineCard]) -> None:
        self.model.set_cards(cards)
        self.count = len(cards)
        self._update_title()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return (
            index.data(Qt.ItemDataRole.UserRole)
            if index.isValid() and self.view.selectionModel().isSelected(index)
            else None
        )


class PipelineBoard(QWidget):
    """Emits move_requested(volunteer_id, current stage, target stage) and open_requested(id)."""

    move_requested = Signal(int, str, str)
    open_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = {stage: StageColumn(stage) for stage in Stage}
        row = QHBoxLayout()
        row.setSpacing(6)
        for column in self.columns.values():
            column.setMinimumWidth(110)
            row.addWidget(column, 1)
            column.view.selectionModel().currentChanged.connect(
                lambda _cur, _prev, c=column: self._selected_in(c)
            )
            column.view.doubleClicked.connect(
                lambda index: self.open_requested.emit(index.data(Qt.ItemDataRole.UserRole))
            )
        inner = QWidget()
        inner.setLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.next_button = QPushButton(self.tr("Move to next stage"))
        self.next_button.setToolTip(self.tr("Ctrl+Right"))
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.hint = QLabel(
            self.tr("Select a candidate, then move them on with one click (or Ctrl+Right).")
        )
        self.hint.setObjectName("boardHint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.open_button, self.stop_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.next_button.clicked.connect(self.move_selected_on)
        self.stop_button.clicked.connect(self.stop_selected)
        self.open_button.clicked.connect(self._open_selected)
        move = QAction(self)
        move.setShortcut(QKeySequence("Ctrl+Right"))
        move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        move.triggered.connect(self.move_selected_on)
        self.addAction(move)
        self._current: StageColumn | None = None
        self.total = 0
        self._update_buttons()

    def set_board(self, board: dict[Stage, list[PipelineCard]]) -> None:
        for stage, column in self.columns.items():
            column.set_cards(board.get(stage, []))
        self.total = sum(len(cards) for cards in board.values())
        self._current = None
        self._update_buttons()

    def select(self, volunteer_id: int) -> bool:
        for column in self.columns.values():
            for row, card in enumerate(column.model.cards):
                if card.id == volunteer_id:
                    column.set_folded(False)
                    column.view.setCurrentIndex(column.model.index(row))
                    column.view.setFocus()
                    return True
        return False

    def selected(self) -> tuple[int, Stage] | None:
        if self._current is None:
            return None
        vid = self._current.selected_id()
        return (vid, self._current.stage) if vid is not None else None

    def _selected_in(self, column: StageColumn) -> None:
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().clearSelection()
        self._current = column
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        target = next_stage(chosen[1]) if chosen else None
        if chosen and chosen[1] == Stage.STOPPED:
            target = Stage.APPLIED
        self.next_button.setEnabled(target is not None)
        self.next_button.setText(
            self.tr("Move to: %1").replace("%1", labels.stage(target))
            if target
            else self.tr("Move to next stage")
        )
        self.stop_button.setEnabled(bool(chosen) and chosen[1] != Stage.STOPPED)
        self.open_button.setEnabled(bool(chosen))

    def move_selected_on(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        target = Stage.APPLIED if chosen[1] == Stage.STOPPED else next_stage(chosen[1])
        if target is not None:
            self.move_requested.emit(chosen[0], chosen[1].value, target.value)

    def stop_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[1] != Stage.STOPPED:
            self.move_requested.emit(chosen[0], chosen[1].value, Stage.STOPPED.value)

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_requested.emit(chosen[0])

"""The Vandaag tab: six sections of what needs doing, most urgent first, each item one Enter away.

The tab only shows and routes: it asks db.services.today for the overview and emits
open_requested(kind, id); the main window knows which tab or dialog opens that record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import Database
from db.services import today as today_service
from db.services.today import TodayItem
from desktop.today.model import SectionModel
from desktop.today.rows import RowTexts

VISIBLE_ROWS = 8  # a longer section scrolls inside its box, so the others stay in view
# Left column: what has a date; right column: people and complexes that need attention.
COLUMNS = (("deadlines", "followups", "activities"), ("vog", "support", "targets"))
RELOAD_MS = 5 * 60 * 1000  # other desks change data too, and the day turns over at midnight


class SectionView(QTableView):
    """A read-only table that opens its row with Enter as well as with a double-click."""

    open_row = Signal(int)

    def __init__(self, model: SectionModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: self.open_row.emit(index.row()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def fit_rows(self) -> None:
        rows = min(max(self.model().rowCount(), 1), VISIBLE_ROWS)
        height = (
            self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth())


class SectionBox(QFrame):
    """One section: its title with the count, a "Gezien" button and the table."""

    open_requested = Signal(object)  # TodayItem
    seen_requested = Signal(object)

    def __init__(self, name: str, title: str, headers: list[str], parent=None):
        super().__init__(parent)
        self.name = name
        self.title = title
        self.setObjectName(f"today_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = SectionModel(headers, self)
        self.view = SectionView(self.model)
        self.view.open_row.connect(self._open)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.more_label = QLabel()
        self.more_label.setObjectName("hint")
        self.seen_button = QPushButton(self.tr("Seen"))
        self.seen_button.setToolTip(self.tr("Hide the selected item until tomorrow (Ctrl+G)"))
        self.seen_button.setEnabled(False)
        self.seen_button.clicked.connect(self.mark_current_seen)
        shortcut = QShortcut(QKeySequence("Ctrl+G"), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.mark_current_seen)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.seen_button.setEnabled(current.isValid())
        )
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.more_label)
        top.addWidget(self.seen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_section(self, section: today_service.Section, rows) -> None:
        self.model.set_rows(rows)
        self.heading.setText(
            self.tr("%1 (%2)").replace("%1", self.title).replace("%2", str(section.total))
        )
        self.more_label.setText(
            self.tr("first %1 shown").replace("%1", str(len(rows))) if section.more else ""
        )
        self.seen_button.setEnabled(False)
        self.view.fit_rows()
        self.setVisible(bool(rows))

    def _open(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.open_requested.emit(item)

    def mark_current_seen(self) -> None:
        item = self.model.item(self.view.currentIndex().row())
        if item is not None:
            self.seen_requested.emit(item)


class TodayTab(QWidget):
    """First tab of the window; reloads whenever it is shown, and every few minutes."""

    open_requested = Signal(str, int)  # record kind ("resident", "event", ...) and its id
    count_changed = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.texts = RowTexts(clock.today(), self)
        titles, headers = self.texts.titles(), self.texts.headers()
        self.sections = {name: SectionBox(name, titles[name], headers[name]) for name in titles}
        for box in self.sections.values():
            box.open_requested.connect(self._open)
            box.seen_requested.connect(self.mark_seen)
        self.date_label = QLabel()
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.date_label.setFont(font)
        self.count_label = QLabel()
        self.show_seen_button = QPushButton(self.tr("Show seen items again"))
        self.show_seen_button.clicked.connect(self.show_seen_again)
        self.empty_label = QLabel(
            self.tr("Nothing needs doing today. Deadlines, follow-ups and activities appear here.")
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._scroll_area())
        self.stack.addWidget(self.empty_label)
        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.show_seen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(RELOAD_MS)
        self.timer.timeout.connect(self._reload_if_visible)
        self.timer.start()

    def title(self) -> str:
        return self.tr("Today")

    def _scroll_area(self) -> QScrollArea:
        content = QWidget()
        columns = QHBoxLayout(content)
        for names in COLUMNS:
            column = QVBoxLayout()
            for name in names:
                column.addWidget(self.sections[name])
            column.addStretch(1)
            columns.addLayout(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    # --- loading --------------------------------------------------------------------------
    def load(self) -> None:
        overview = today_service.overview(self.db)
        self.texts.today = overview.today
        self.date_label.setText(validation.format_date_weekday(overview.today))
        for name, box in self.sections.items():
            section = overview.sections[name]
            box.show_section(section, [self.texts.row(item) for item in section.items])
        shown = sum(len(s.items) for s in overview.sections.values())
        self.count_label.setText(self.tr("%n item(s) need attention", "", shown))
        self.show_seen_button.setVisible(bool(today_service.seen_keys(self.db, overview.today)))
        self.stack.setCurrentIndex(1 if overview.empty else 0)
        self.count_changed.emit(shown)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.load()  # the office may have changed things in another tab or at another desk

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.load()

    def focus_search(self) -> None:
        """Ctrl+F on this tab: the first visible section's table, so the arrows and Enter work."""
        for box in self.sections.values():
            if box.isVisible():
                box.view.setFocus()
                return

    # --- actions --------------------------------------------------------------------------
    def _open(self, item: TodayItem) -> None:
        self.open_requested.emit(item.kind, item.record_id)
        self.load()

    def mark_seen(self, item: TodayItem) -> None:
        today_service.mark_seen(self.db, [item.key])
        self.load()

    def show_seen_again(self) -> None:
        today_service.clear_seen(self.db)
        self.load()

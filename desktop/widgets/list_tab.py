"""The shape every tab shares: search, filters, a paged table, a match count, an empty state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.services import Database, ListQuery, Page, ServiceError
from desktop.widgets.search_field import SearchField
from desktop.widgets.table_model import Column, ServiceTableModel


class ListTab(QWidget):
    """Subclasses give columns(), fetch() and texts; they may add filter widgets."""

    count_changed = Signal(int)
    count_text_changed = Signal(str)  # the one count the tab and the status bar both show
    open_requested = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.search = SearchField(self.search_placeholder())
        self.count_label = QLabel()
        self.filter_bar = QHBoxLayout()
        self.model = ServiceTableModel(self.columns(), self.fetch, self)
        self.view = self._make_view()
        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self._lay_out()
        self.search.search_changed.connect(self._on_search)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._sort_restored = False
        self._sized = False
        self.stale = True  # not loaded yet: a hidden tab loads when first shown (showEvent)

    # --- for subclasses -------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, query: ListQuery) -> Page:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return self.tr("Search…")

    def empty_text(self) -> str:
        return self.tr("Nothing here yet.")

    def no_match_text(self) -> str:
        return self.tr("Nothing matches the search or filters.")

    def count_text(self, total: int) -> str:
        return self.tr("%n item(s)", "", total)

    def default_sort(self) -> tuple[str, bool]:
        """(column key, descending): the order a worker needs when the tab first opens."""
        return self.columns()[0].key, False

    def settings_key(self) -> str:
        return type(self).__name__

    def current_count_text(self) -> str:
        """What the count label says now; a tab with a second view (a calendar) overrides it."""
        return self.count_text(self.model.total)

    # --- behaviour ------------------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setResizeContentsPrecision(30)  # size columns from the first rows, not every page
        view.doubleClicked.connect(lambda index: self._emit_open(index.row()))
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addLayout(self.filter_bar, 3)
        top.addStretch(0)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _emit_open(self, row: int) -> None:
        obj_id = self.model.row_id(row)
        if obj_id is not None:
            self.open_requested.emit(obj_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            self._emit_open(self.view.currentIndex().row())
            return
        super().keyPressEvent(event)

    def load(self) -> None:
        if not self._sort_restored:
            self._restore_sort()
        self.stale = False
        self.model.refresh()
        if not self._sized:
            self._size_columns()

    def showEvent(self, event) -> None:
        if self.stale:
            self.load()
        super().showEvent(event)

    def _restore_sort(self) -> None:
        """Open in the order chosen last time, else the tab's default; remember each change."""
        self._sort_restored = True
        keys = [column.key for column in self.model.columns()]
        key, descending = self.default_sort()
        saved = QSettings().value(f"tables/{self.settings_key()}/sort")
        if isinstance(saved, str) and saved.rsplit(":", 1)[0] in keys:
            key, direction = saved.rsplit(":", 1)
            descending = direction == "desc"
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(keys.index(key), order)
        # The view sorts the model on the indicator change; set it too for a replaced model.
        self.model.sort(keys.index(key), order)
        header.sortIndicatorChanged.connect(self._remember_sort)

    def _remember_sort(self, section: int, order: Qt.SortOrder) -> None:
        column = self.model.columns()[section]
        if not column.sortable:
            return
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        QSettings().setValue(f"tables/{self.settings_key()}/sort", f"{column.key}:{direction}")

    def _size_columns(self) -> None:
        # Size once, to the first rows of the first page (the header's precision): later pages
        # and reloads must not make columns jump, nor cost a measure of every row.
        self._sized = self.model.rowCount() > 0
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            width = self.view.columnWidth(col)
            self.view.setColumnWidth(col, min(max(width + 16, 90), 360))

    def set_filter(self, key: str, value) -> None:
        filters = dict(self.model.query.filters)
        if value in (None, ""):
            filters.pop(key, None)
        else:
            filters[key] = value
        self.model.set_query(replace(self.model.query, filters=filters))
        if self.stale:  # a filter set on a tab not loaded yet: it is wanted now
            self.load()

    def _on_search(self, text: str) -> None:
        self.model.set_query(replace(self.model.query, text=text))
        if self.stale:
            self.load()

    def _update_count(self, *_args) -> None:
        total = self.model.total
        self._show_count(self.current_count_text())
        filtered = bool(self.model.query.text or self.model.query.filters)
        self.empty_label.setText(self.no_match_text() if filtered else self.empty_text())
        self.stack.setCurrentWidget(self.view if total else self.empty_label)
        self.count_changed.emit(total)

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.count_text_changed.emit(text)

    def confirm_and_delete(self, title: str, question: str, delete: Callable[[], None]) -> bool:
        """Ask first (No is the default), delete through the service, explain a refusal."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return False
        self.after_change(None)
        return True

    def after_change(self, select_id: int | None) -> None:
        """Reload after an edit and keep the edited row selected, with focus back in the table."""
        self.model.refresh()
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self.view.selectRow(row)
        self.view.setFocus()

    def refresh_keeping_selection(self) -> None:
        """Another desk changed something: reload, same row selected, focus left where it is."""
        current = self.view.currentIndex()
        keep = self.model.row_id(current.row()) if current.isValid() else None
        self.model.refresh()
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.view.selectRow(row)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

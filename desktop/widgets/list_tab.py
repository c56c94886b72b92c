"""The shape every tab shares: search, filters, a paged table, a match count, an empty state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
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
        self.stale = False
        self.model.refresh()
        if not self._sized:
            self._size_columns()

    def showEvent(self, event) -> None:
        if self.stale:
            self.load()
        super().showEvent(event)

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
        self.count_label.setText(self.count_text(total))
        filtered = bool(self.model.query.text or self.model.query.filters)
        self.empty_label.setText(self.no_match_text() if filtered else self.empty_text())
        self.stack.setCurrentWidget(self.view if total else self.empty_label)
        self.count_changed.emit(total)

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

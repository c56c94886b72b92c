"""Activiteiten tab: a list or a month calendar of activities, filtered by complex and status,
with the editor, printing (flyer, letterbox sheet, presentielijst, labels) and .ics export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from db.services import EventStatus, ListQuery, Page, ServiceError, complexes, events
from desktop import formatting, labels
from desktop.events.calendar import EventsMonthCalendar
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.widgets.table_model import Column


class EventsTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.complex_filter = QComboBox()
        self.complex_filter.setAccessibleName(self.tr("Filter by complex"))
        self.complex_filter.currentIndexChanged.connect(
            lambda _i: self._filter("complex_id", self.complex_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EventStatus:
            self.status_filter.addItem(labels.event_status(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter("status", self.status_filter.currentData())
        )
        self.upcoming = QCheckBox(self.tr("Upcoming only"))
        self.upcoming.toggled.connect(self._on_upcoming)
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("List"))
        self.month_button = QToolButton()
        self.month_button.setText(self.tr("Month"))
        self.view_group = QButtonGroup(self)
        for button in (self.list_button, self.month_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.list_button.setChecked(True)
        self.list_button.setToolTip(self.tr("Show as a list (Ctrl+Shift+L)"))
        self.month_button.setToolTip(self.tr("Show a month calendar (Ctrl+Shift+M)"))
        self.month_button.toggled.connect(self._update_count)
        self.new_button = QPushButton(self.tr("New activity"))
        self.new_button.setToolTip(self.tr("New activity (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_event())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Flyer, letterbox sheet or attendance list (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_current)
        for widget in (
            self.complex_filter,
            self.status_filter,
            self.upcoming,
            self.list_button,
            self.month_button,
            self.new_button,
            self.print_button,
        ):
            self.filter_bar.addWidget(widget)
        self.calendar = EventsMonthCalendar(self._month_rows)
        self.calendar.open_requested.connect(self.open_event)
        self.calendar.new_requested.connect(self.new_event)
        self.calendar.refreshed.connect(self._update_count)
        self.stack.addWidget(self.calendar)
        self._shortcut(QKeySequence.StandardKey.New, self.new_event)
        self._shortcut(QKeySequence.StandardKey.Print, self.print_current)
        self._shortcut(QKeySequence("Ctrl+Shift+L"), lambda: self.list_button.setChecked(True))
        self._shortcut(QKeySequence("Ctrl+Shift+M"), lambda: self.month_button.setChecked(True))
        self._shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_current, on_view=True)
        self.open_requested.connect(self.open_event)
        if QSettings().value("events/month_view", False, type=bool):
            self.month_button.setChecked(True)
        # A worker plans ahead: open on what is coming, unless they chose otherwise last time.
        # Set quietly: the filter waits for the tab's first load (the window shows first).
        upcoming = QSettings().value("events/upcoming", True, type=bool)
        self.upcoming.blockSignals(True)
        self.upcoming.setChecked(upcoming)
        self.upcoming.blockSignals(False)
        if upcoming:
            filters = {**self.model.query.filters, "upcoming": True}
            self.model.set_query(replace(self.model.query, filters=filters))

    def _on_upcoming(self, on: bool) -> None:
        QSettings().setValue("events/upcoming", on)
        self._filter("upcoming", True if on else None)

    def _shortcut(self, key, slot, on_view: bool = False) -> QShortcut:
        shortcut = QShortcut(key, self.view if on_view else self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # --- list and calendar ----------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            Column("starts_at", self.tr("Starts"), formatting.moment),
            Column("place", self.tr("Place")),
            Column("status", self.tr("Status"), labels.event_status),
            Column("capacity", self.tr("Places"), formatting.number, align_right=True),
            Column("registered", self.tr("Registered"), formatting.number, align_right=True),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return events.list_events(self.db, query)

    def _month_rows(self, first: date, last: date):
        # A calendar shows the whole month, past days too: "upcoming only" is for the list.
        filters = {k: v for k, v in self.model.query.filters.items() if k != "upcoming"}
        query = replace(self.model.query, filters=filters, offset=0, limit=None)
        return events.events_between(self.db, first, last, query)

    def load(self) -> None:
        current = self.complex_filter.currentData()
        self.complex_filter.blockSignals(True)
        self.complex_filter.clear()
        self.complex_filter.addItem(self.tr("All complexes"), None)
        for complex_id, name in complexes.names(self.db):
            self.complex_filter.addItem(name, complex_id)
        self.complex_filter.setCurrentIndex(max(self.complex_filter.findData(current), 0))
        self.complex_filter.blockSignals(False)
        super().load()
        self.calendar.refresh()

    def _filter(self, key: str, value) -> None:
        self.set_filter(key, value)
        self.calendar.refresh()

    def _on_search(self, text: str) -> None:
        super()._on_search(text)
        self.calendar.refresh()

    def is_month_view(self) -> bool:
        return self.month_button.isChecked()

    def current_count_text(self) -> str:
        if hasattr(self, "calendar") and self.is_month_view():
            return self.tr("%n activit(y/ies) this month", "", self.calendar.in_month())
        return super().current_count_text()

    def _update_count(self, *_args) -> None:
        super()._update_count()
        if not hasattr(self, "calendar"):
            return
        QSettings().setValue("events/month_view", self.is_month_view())
        if self.is_month_view():
            self.stack.setCurrentWidget(self.calendar)

    def default_sort(self) -> tuple[str, bool]:
        return "starts_at", False  # with "Upcoming only" on: the next activity at the top

    def search_placeholder(self) -> str:
        return self.tr("Search by title")

    def empty_text(self) -> str:
        return self.tr("No activities yet. Plan one with New activity (Ctrl+N).")

    def count_text(self, total: int) -> str:
        return self.tr("%n activit(y/ies)", "", total)

    # --- actions --------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.model.row_id(self.view.currentIndex().row())

    def new_event(self, on_day: date | None = None) -> None:
        from desktop.events.editor import EventEditor  # loaded when first opened

        editor = EventEditor(
            self.db, None, self, on_day=on_day if isinstance(on_day, date) else None
        )
        run_modal(editor)
        self.after_change(editor.saved_id)

    def open_event(self, event_id: int) -> None:
        from desktop.events.editor import EventEditor

        try:
            editor = EventEditor(self.db, event_id, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Activity"), str(exc))
            self.load()
            return
        run_modal(editor)
        self.after_change(event_id)

    def print_current(self) -> None:
        event_id = self.current_id()
        if event_id is None or self.is_month_view():
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Select an activity in the list first.")
            )
            return
        from desktop.events.printing import open_event_pdf  # reportlab: only to print

        try:
            run_modal(open_event_pdf(self, self.db, event_id))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))

    def delete_current(self) -> None:
        event_id = self.current_id()
        if event_id is None:
            return
        title = events.get(self.db, event_id).title
        self.confirm_and_delete(
            self.tr("Delete activity"),
            self.tr(
                "Delete %1 with its shifts and registrations? This cannot be undone. To call an "
                "activity off, set its status to Cancelled instead."
            ).replace("%1", title),
            lambda: events.delete(self.db, event_id),
        )

    def after_change(self, select_id: int | None) -> None:
        super().after_change(select_id)
        self.calendar.refresh()

    def export_ics(self) -> None:
        """All upcoming activities, or the selected one, as an .ics file for Outlook."""
        from db.services.events.ics import ics_bytes, upcoming_ids  # icalendar: only here

        selected = self.current_id() if not self.is_month_view() else None
        ids = [selected] if selected is not None else upcoming_ids(self.db)
        try:
            data = ics_bytes(self.db, ids)
        except ServiceError as exc:
            QMessageBox.information(self, self.tr("Export to calendar"), str(exc))
            return
        settings = QSettings()
        folder = settings.value("events/ics_folder", str(Path.home()))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path(folder) / "activiteiten.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
        try:
            target.write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export to calendar"),
                self.tr("Could not write %1: %2.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        settings.setValue("events/ics_folder", str(target.parent))
        self.window().statusBar().showMessage(
            self.tr("%n activit(y/ies) exported to %1", "", len(ids)).replace("%1", str(target)),
            5000,
        )

    def address_labels(self) -> None:
        from desktop.events.address_labels import LabelsDialog

        run_modal(LabelsDialog(self.db, self))

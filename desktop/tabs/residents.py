"""Bewoners tab: the residents of all complexes, searchable by name, address, postcode, phone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from db.services import ListQuery, Page, complexes, residents
from desktop import formatting
from desktop.tabs.base import ListTab
from desktop.widgets.table_model import Column


class ResidentsTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.status_filter = QComboBox()
        for label, value in ((self.tr("Living here now"), "current"), (self.tr("Moved out"), "moved"),
                             (self.tr("All"), "all")):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.currentData()))
        self.complex_filter = QComboBox()
        self.complex_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("complex_id", self.complex_filter.currentData()))
        self.filter_bar.addWidget(self.complex_filter)
        self.filter_bar.addWidget(self.status_filter)

    def load(self) -> None:
        self.complex_filter.blockSignals(True)
        self.complex_filter.clear()
        self.complex_filter.addItem(self.tr("All complexes"), None)
        for complex_id, name in complexes.names(self.db):
            self.complex_filter.addItem(name, complex_id)
        self.complex_filter.blockSignals(False)
        super().load()

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("address", self.tr("Address")),
            Column("postcode", self.tr("Postcode")),
            Column("phone", self.tr("Phone")),
            Column("complex_name", self.tr("Complex")),
            Column("move_in", self.tr("Moved in"), formatting.day),
            Column("move_out", self.tr("Moved out"), formatting.day),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return residents.list_residents(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by name, address, postcode or phone")

    def empty_text(self) -> str:
        return self.tr("No residents yet. Load demo data (File menu) or add residents.")

    def count_text(self, total: int) -> str:
        return self.tr("%n resident(s)", "", total)

"""Complexen tab: every housing complex with its residents, support requests and Nieuwe Buren."""

from __future__ import annotations

from db.services import ListQuery, Page, complexes
from desktop import formatting
from desktop.tabs.base import ListTab
from desktop.widgets.table_model import Column


class ComplexesTab(ListTab):
    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("buurt_name", self.tr("Neighbourhood")),
            Column("home_count", self.tr("Homes"), formatting.number, align_right=True),
            Column("residents_now", self.tr("Residents"), formatting.number, align_right=True),
            Column("support_requested", self.tr("Asked for support"), formatting.number, align_right=True),
            Column("nb_households", self.tr("Nieuwe Buren"), formatting.number, align_right=True),
            Column("next_activity", self.tr("Next activity"), formatting.moment),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return complexes.list_complexes(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by name or neighbourhood")

    def empty_text(self) -> str:
        return self.tr("No complexes yet. Load demo data (File menu) or add a complex.")

    def count_text(self, total: int) -> str:
        return self.tr("%n complex(es)", "", total)

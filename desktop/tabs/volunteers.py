"""Vrijwilligers tab: Nieuwe Buren and other volunteers with their stage and VOG."""

from __future__ import annotations

from db.models import Stage
from db.services import ListQuery, Page, volunteers
from desktop import formatting, labels
from desktop.tabs.base import ListTab
from desktop.widgets.table_model import Column


class VolunteersTab(ListTab):
    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("complex_name", self.tr("Complex")),
            Column("stage", self.tr("Stage"), lambda s: labels.stage(Stage(s))),
            Column("supported", self.tr("Supports"), formatting.number, align_right=True),
            Column("vog_date", self.tr("VOG date"), formatting.day),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return volunteers.list_volunteers(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by name")

    def empty_text(self) -> str:
        return self.tr("No volunteers yet. Load demo data (File menu) or add a volunteer.")

    def count_text(self, total: int) -> str:
        return self.tr("%n volunteer(s)", "", total)

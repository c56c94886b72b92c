"""Activiteiten tab: planned, announced and past activities."""

from __future__ import annotations

from db.services import ListQuery, Page, events
from desktop import formatting, labels
from desktop.tabs.base import ListTab
from desktop.widgets.table_model import Column


class EventsTab(ListTab):
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

    def search_placeholder(self) -> str:
        return self.tr("Search by title")

    def empty_text(self) -> str:
        return self.tr("No activities yet.")

    def count_text(self, total: int) -> str:
        return self.tr("%n activit(y/ies)", "", total)

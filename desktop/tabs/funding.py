"""Aanvragen tab: funding applications with their fund, amounts and status."""

from __future__ import annotations

from db.services import ListQuery, Page, funding
from desktop import formatting, labels
from desktop.tabs.base import ListTab
from desktop.widgets.table_model import Column


class FundingTab(ListTab):
    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            Column("fund_name", self.tr("Fund")),
            Column("applicant", self.tr("Applicant")),
            Column("status", self.tr("Status"), labels.application_status),
            Column("requested", self.tr("Requested"), formatting.money, align_right=True),
            Column("granted", self.tr("Granted"), formatting.money, align_right=True),
            Column("activity_start", self.tr("Activity date"), formatting.day),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return funding.list_applications(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by title or applicant")

    def empty_text(self) -> str:
        return self.tr("No funding applications yet.")

    def count_text(self, total: int) -> str:
        return self.tr("%n application(s)", "", total)

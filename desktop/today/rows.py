"""What each Vandaag section says about an item, in the office's words ("nog 2 nodig")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject

from db.services.funding.rules import DeadlineKind
from db.services.today import TodayItem
from db.services.volunteers import VogStatus
from desktop import formatting
from desktop.today.model import SectionRow


class RowTexts(QObject):
    """Section titles, column headers and row texts; a QObject so that tr() has a context."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today

    def titles(self) -> dict[str, str]:
        return {
            "deadlines": self.tr("Deadlines"),
            "vog": self.tr("VOG"),
            "followups": self.tr("Follow up"),
            "activities": self.tr("Activities"),
            "support": self.tr("Residents without support"),
            "targets": self.tr("Complexes below target"),
        }

    def headers(self) -> dict[str, list[str]]:
        return {
            "deadlines": [self.tr("Date"), self.tr("Application"), self.tr("Deadline")],
            "vog": [self.tr("Volunteer"), self.tr("VOG")],
            "followups": [self.tr("Due"), self.tr("Resident"), self.tr("What")],
            "activities": [self.tr("When"), self.tr("Activity"), self.tr("Needs")],
            "support": [self.tr("Complex"), self.tr("Waiting for a volunteer")],
            "targets": [self.tr("Complex"), self.tr("Nieuwe Buren")],
        }

    def row(self, item: TodayItem) -> SectionRow:
        return getattr(self, f"_{item.section}")(item)

    def _urgency(self, when: date | None, soon_days: int) -> str:
        if when is None or when < self.today:
            return "late"
        return "soon" if when <= self.today + timedelta(days=soon_days) else ""

    def _relative(self, when: date) -> str:
        days = (when - self.today).days
        if days < 0:
            return self.tr("%n day(s) late", "", -days)
        if days == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", days)

    def _deadlines(self, item: TodayItem) -> SectionRow:
        kind = {
            DeadlineKind.SUBMIT: self.tr("Submit before"),
            DeadlineKind.DECISION: self.tr("Decision expected"),
            DeadlineKind.ACCOUNTABILITY: self.tr("Account before"),
        }[item.detail]
        what = self.tr("%1, %2").replace("%1", kind).replace("%2", self._relative(item.when))
        return SectionRow(
            item, (formatting.day(item.when), item.title, what), self._urgency(item.when, 7)
        )

    def _vog(self, item: TodayItem) -> SectionRow:
        status = VogStatus(item.detail)
        if status == VogStatus.MISSING:
            text = self.tr("Missing, while supporting residents")
        elif status == VogStatus.EXPIRED:
            text = self.tr("Expired on %1").replace("%1", formatting.day(item.when))
        else:
            text = self.tr("Expires on %1").replace("%1", formatting.day(item.when))
        urgency = "soon" if status == VogStatus.EXPIRING else "late"
        return SectionRow(item, (item.title, text), urgency)

    def _followups(self, item: TodayItem) -> SectionRow:
        if item.detail == "signal":
            what = self.tr("Open signal to %1").replace("%1", item.other)
        elif item.other:
            what = self.tr("Contact moment (%1)").replace("%1", item.other)
        else:
            what = self.tr("Contact moment")
        return SectionRow(
            item, (formatting.day(item.when), item.title, what), self._urgency(item.when, 0)
        )

    def _activities(self, item: TodayItem) -> SectionRow:
        missing, free, waiting = item.numbers
        needs = []
        if missing:
            needs.append(self.tr("%n more volunteer(s) needed", "", missing))
        if waiting:
            needs.append(self.tr("waiting list %1").replace("%1", str(waiting)))
        elif free > 0:
            needs.append(self.tr("%n place(s) free", "", free))
        elif free == 0:
            needs.append(self.tr("full"))
        text = "; ".join(needs) if needs else self.tr("all set")
        return SectionRow(
            item,
            (formatting.moment(item.when), item.title, text),
            "soon" if missing and item.when.date() <= self.today + timedelta(days=3) else "",
        )

    def _support(self, item: TodayItem) -> SectionRow:
        count = self.tr("%n resident(s)", "", item.numbers[0])
        return SectionRow(item, (item.title, count))

    def _targets(self, item: TodayItem) -> SectionRow:
        households, homes = item.numbers
        text = (
            self.tr("%1 / %2 = %3 % (target %4 %)")
            .replace("%1", str(households))
            .replace("%2", str(homes))
            .replace("%3", str(round(100 * households / homes)))
            .replace("%4", item.other)
        )
        return SectionRow(item, (item.title, text))

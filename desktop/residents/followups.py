"""Opvolgen: contact moments whose follow-up date has come and signals still open, across all
residents, in a chosen period, oldest first (sensitive: office eyes only)."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from db import clock
from db.services import Database, ServiceError, SignalStatus, contacts
from desktop import formatting
from desktop.residents.contacts import signal_status
from desktop.residents.editor import ResidentEditor
from desktop.widgets.forms import show_service_error
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel, rows_view, selected
from desktop.widgets.table_model import Column


class FollowUpsDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Follow up"))
        # A period, not "everything since the start": a year of old items buries today's work.
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(self.tr("Period"))
        for label, back, ahead in (
            (self.tr("Past two weeks and the coming week"), 14, 7),
            (self.tr("Due today and the past two weeks"), 14, 0),
            (self.tr("Past three months and the coming month"), 92, 31),
            (self.tr("Everything still open"), None, 31),
        ):
            self.horizon.addItem(label, (back, ahead))
        self.horizon.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel()
        self.model = RowsModel(
            [
                Column(
                    "due", self.tr("Due"), lambda d: formatting.day(d) if d else self.tr("no date")
                ),
                Column("resident_name", self.tr("Resident")),
                Column(
                    "kind",
                    self.tr("What"),
                    value=lambda f: (
                        self.tr("Contact")
                        if f.kind == "contact"
                        else self.tr("Signal to %1").replace("%1", f.partner)
                    ),
                ),
                Column("status", self.tr("Status"), value=self.status_text),
                Column("by_whom", self.tr("By")),
                Column("what", self.tr("Note"), lambda text: " ".join(text.split())),
            ],
            self,
            text_tooltips=True,
        )
        self.view = rows_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.open_resident())
        self.empty = QLabel(self.tr("Nothing to follow up. Well done."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.horizon)
        top.addStretch(1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Open resident…"), self.open_resident),
            (self.tr("Follow-up done"), self.mark_done),
            (self.tr("Signal picked up"), lambda: self.set_status(SignalStatus.PICKED_UP)),
            (self.tr("Close signal"), lambda: self.set_status(SignalStatus.CLOSED)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sensitive: for the office only.")))
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(1000, 560)
        self.reload()

    def status_text(self, item) -> str:
        if item.kind == "signal":
            return signal_status(item.status)
        if item.due is None or item.due > clock.today():
            return self.tr("Planned")
        return self.tr("Due today") if item.due == clock.today() else self.tr("Overdue")

    def reload(self) -> None:
        back, ahead = self.horizon.currentData()
        today = clock.today()
        since = None if back is None else today - datetime.timedelta(days=back)
        until = today + datetime.timedelta(days=ahead)
        rows = contacts.list_followups(self.db, until, since)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("%n to follow up", "", len(rows)))
        self.stack.setCurrentWidget(self.view if rows else self.empty)

    def open_resident(self) -> None:
        item = selected(self.view)
        if item is not None:
            run_modal(ResidentEditor(self.db, item.resident_id, self))
            self.reload()

    def mark_done(self) -> None:
        item = selected(self.view)
        if item is not None and item.kind == "contact":
            contacts.complete_followup(self.db, item.id)
            self.reload()

    def set_status(self, status: SignalStatus) -> None:
        item = selected(self.view)
        if item is None or item.kind != "signal":
            return
        try:
            contacts.set_signal_status(self.db, item.id, status, clock.today())
        except ServiceError as exc:
            show_service_error(self, self.tr("Not saved"), str(exc))
            return
        self.reload()

"""Aanvragen tab: funding applications with fund, applicant, activity, amounts, status and the
deadline that matters now (submit before / decision expected / account for before)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton, QToolButton

from db import clock
from db.services import ApplicationStatus, ListQuery, Page, ServiceError, funding
from db.services.funding.rules import DeadlineKind
from desktop import formatting, labels
from desktop.widgets import colours
from desktop.widgets.colours import Tone
from desktop.widgets.forms import show_service_error
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.widgets.table_model import Column, ServiceTableModel

SOON_DAYS = 14


def deadline_text(kind: str, when: date | None) -> str:
    if when is None:
        return ""
    texts = {
        DeadlineKind.SUBMIT: QCoreApplication.translate("FundingTab", "Submit before %1"),
        DeadlineKind.DECISION: QCoreApplication.translate("FundingTab", "Decision expected %1"),
        DeadlineKind.ACCOUNTABILITY: QCoreApplication.translate(
            "FundingTab", "Account for before %1"
        ),
    }
    return texts[kind].replace("%1", formatting.day(when))


class FundingTableModel(ServiceTableModel):
    """Marks the deadline column: red and "overdue" when it has passed, amber and "due soon"
    when it is within two weeks: the word says it, the colour only helps the eye."""

    DEADLINE = "next_deadline"

    def __init__(self, columns, fetch, parent=None, today=None):
        super().__init__(columns, fetch, parent)
        self.today = today or clock.today
        self._deadline_col = next(i for i, c in enumerate(columns) if c.key == self.DEADLINE)

    def urgency(self, row: int) -> str:
        when = self._rows[row].next_deadline
        if when is None:
            return ""
        if when < self.today():
            return "overdue"
        return "soon" if when <= self.today() + timedelta(days=SOON_DAYS) else ""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self._deadline_col:
            row = self._rows[index.row()]
            urgency = self.urgency(index.row())
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.deadline_with_urgency(row, urgency)
            if role == Qt.ItemDataRole.ForegroundRole and urgency:
                return QBrush(colours.colour(Tone.ERROR if urgency == "overdue" else Tone.ADVICE))
            if role == Qt.ItemDataRole.FontRole and urgency:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and urgency:
                return (
                    self.tr("This deadline has passed.")
                    if urgency == "overdue"
                    else self.tr("This deadline is within two weeks.")
                )
        return super().data(index, role)

    def deadline_with_urgency(self, row, urgency: str) -> str:
        text = deadline_text(row.deadline_kind, row.next_deadline)
        if urgency == "overdue":
            return self.tr("%1 (overdue)").replace("%1", text)
        if urgency == "soon":
            return self.tr("%1 (due soon)").replace("%1", text)
        return text


class FundingTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        # The shared model cannot colour a cell; this one can (same paging, sorting and rows).
        self.model = FundingTableModel(self.columns(), self.fetch, self)
        self.view.setModel(self.model)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.open_requested.connect(self.open_application)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(labels.application_status(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.currentData())
        )
        self.fund_filter = QComboBox()
        self.fund_filter.setAccessibleName(self.tr("Filter by fund"))
        self.fund_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("fund_id", self.fund_filter.currentData())
        )
        self.new_button = QPushButton(self.tr("&New application"))
        self.new_button.setToolTip(self.tr("New funding application (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_application(None))
        # Deleting is rare and final: a quiet button, not one as prominent as New.
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(self.delete_selected)
        for combo in (self.status_filter, self.fund_filter):  # the window must fit small screens
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for widget in (self.status_filter, self.fund_filter, self.new_button, self.delete_button):
            self.filter_bar.addWidget(widget)
        shortcut = QShortcut(
            QKeySequence.StandardKey.New, self, lambda: self.open_application(None)
        )
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def load(self) -> None:
        current = self.fund_filter.currentData()
        self.fund_filter.blockSignals(True)
        self.fund_filter.clear()
        self.fund_filter.addItem(self.tr("All funds"), None)
        for fund in funding.list_funds(self.db):
            self.fund_filter.addItem(fund.name, fund.id)
        self.fund_filter.setCurrentIndex(max(0, self.fund_filter.findData(current)))
        self.fund_filter.blockSignals(False)
        super().load()

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            Column("applicant", self.tr("Applicant")),
            Column("status", self.tr("Status"), labels.application_status),
            Column("next_deadline", self.tr("Next deadline")),
            Column("requested", self.tr("Requested"), formatting.money, align_right=True),
            Column("granted", self.tr("Granted"), formatting.money, align_right=True),
            Column("linked_activity", self.tr("Activity")),
            Column("fund_name", self.tr("Fund")),
            Column("activity_start", self.tr("Activity date"), formatting.day),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return funding.list_applications(self.db, query)

    def default_sort(self) -> tuple[str, bool]:
        return "next_deadline", False  # what must be done first, at the top

    def search_placeholder(self) -> str:
        return self.tr("Search by title or applicant")

    def empty_text(self) -> str:
        return self.tr("No funding applications yet. Click 'New application' to start one.")

    def count_text(self, total: int) -> str:
        return self.tr("%n application(s)", "", total)

    # --- actions ----------------------------------------------------------------------------
    def open_application(self, app_id: int | None) -> None:
        from desktop.funding.editor import (
            ApplicationEditor,
        )  # the editor is heavy; load on use

        editor = ApplicationEditor(self.db, app_id, self)
        editor.setWindowTitle(
            self.tr("Funding application")
            if app_id is None
            else self.tr("Funding application: %1").replace("%1", editor.title_edit.text())
        )
        run_modal(editor)
        app_id = editor.app_id
        self.model.refresh()
        if app_id is not None and (row := self.model.row_of(app_id)) is not None:
            self.view.selectRow(row)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def delete_selected(self) -> None:
        app_id = self.model.row_id(self.view.currentIndex().row())
        if app_id is None:
            return
        app = funding.get(self.db, app_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete application"),
            self.tr(
                "Delete the application '%1' with its budget, history and attachments?"
            ).replace("%1", app.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            funding.delete_application(self.db, app_id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Delete application"), str(exc))
            return
        self.model.refresh()

"""Who could support whom: residents who asked for support and have nobody yet, and for the
chosen resident the suggested volunteers with the reasons; accepting makes the link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.services import ServiceError, complexes
from db.services import volunteer_matching as matching
from desktop.volunteers.widgets import day_name, support_kind
from desktop.widgets.rows_model import RowsModel, rows_view
from desktop.widgets.table_model import Column


class MatchDialog(QDialog):
    def __init__(self, db, parent=None, complex_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.made = 0
        self.setWindowTitle(self.tr("Match volunteers to residents"))
        self.complex_filter = QComboBox()
        self.complex_filter.addItem(self.tr("All complexes"), None)
        for cid, name in complexes.names(db):
            self.complex_filter.addItem(name, cid)
        if complex_id:
            self.complex_filter.setCurrentIndex(max(0, self.complex_filter.findData(complex_id)))
        self.waiting = RowsModel(
            [
                Column("name", self.tr("Resident")),
                Column("complex_name", self.tr("Complex")),
                Column(
                    "kinds",
                    self.tr("Asked for"),
                    lambda kinds: ", ".join(support_kind(k) for k in kinds),
                ),
            ],
            self,
        )
        self.waiting_view = rows_view(self.waiting, fit_contents=True)
        self.suggested = RowsModel(
            [
                Column("name", self.tr("Volunteer")),
                Column("complex_name", self.tr("Complex")),
                Column("supporting", self.tr("Supports now"), str, align_right=True),
            ],
            self,
        )
        self.suggested_view = rows_view(
            self.suggested, lambda _row: self.accept_selected(), fit_contents=True
        )
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("matchReasons")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_button = QPushButton(self.tr("Link this volunteer"))
        self.accept_button.setDefault(True)
        self.empty = QLabel(
            self.tr("Every resident who asked for support has a volunteer. Well done!")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._lay_out()
        self.complex_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.waiting_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_suggestions()
        )
        self.suggested_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_reasons()
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.resize(980, 560)
        self.refresh()

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Waiting for a volunteer</b>")))
        left_layout.addWidget(self.waiting_view, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Suggested volunteers</b> (best match first)")))
        right_layout.addWidget(self.suggested_view, 1)
        right_layout.addWidget(self.reasons)
        right_layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 480])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Complex")))
        top.addWidget(self.complex_filter)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        self.waiting.set_rows(
            matching.residents_waiting(self.db, self.complex_filter.currentData())
        )
        self.empty.setVisible(self.waiting.rowCount() == 0)
        if self.waiting.rowCount():
            self.waiting_view.selectRow(0)
        self._show_suggestions()

    def select_resident(self, resident_id: int) -> bool:
        for row in range(self.waiting.rowCount()):
            if self.waiting.row(row).id == resident_id:
                self.waiting_view.selectRow(row)
                return True
        return False

    def resident(self) -> matching.WaitingResident | None:
        rows = self.waiting_view.selectionModel().selectedRows()
        return self.waiting.row(rows[0].row()) if rows else None

    def suggestion(self) -> matching.Suggestion | None:
        rows = self.suggested_view.selectionModel().selectedRows()
        return self.suggested.row(rows[0].row()) if rows else None

    def _show_suggestions(self) -> None:
        resident = self.resident()
        self.suggested.set_rows(matching.suggestions(self.db, resident.id) if resident else [])
        if self.suggested.rowCount():
            self.suggested_view.selectRow(0)
        elif resident:
            self.reasons.setText(self.tr("No active volunteer available yet."))
        self._show_reasons()

    def _show_reasons(self) -> None:
        chosen = self.suggestion()
        self.accept_button.setEnabled(chosen is not None)
        if chosen is not None:
            lines = "\n".join(f"• {reason}" for reason in self.reason_texts(chosen))
            self.reasons.setText(self.tr("Why this volunteer:\n%1").replace("%1", lines))
        elif not self.resident():
            self.reasons.setText("")

    def reason_texts(self, s: matching.Suggestion) -> list[str]:
        reasons = [
            self.tr("lives in the same complex")
            if s.same_complex
            else self.tr("lives in another complex (%1)").replace("%1", s.complex_name)
        ]
        if s.floor_distance == 0:
            reasons.append(self.tr("same floor"))
        elif s.floor_distance is not None:
            reasons.append(self.tr("%n floor(s) apart", "", s.floor_distance))
        if s.shared_languages:
            reasons.append(self.tr("speaks %1 too").replace("%1", ", ".join(s.shared_languages)))
        if s.available_slots:
            reasons.append(
                self.tr(
                    "available %n part(s) of the week, first on %1", "", s.available_slots
                ).replace("%1", day_name(s.first_free_day))
            )
        else:
            reasons.append(self.tr("no availability given"))
        reasons.append(self.tr("supports %n resident(s) now", "", s.supporting))
        return reasons

    def accept_selected(self) -> None:
        resident, chosen = self.resident(), self.suggestion()
        if resident is None or chosen is None:
            return
        try:
            matching.accept(self.db, resident.id, chosen)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not linked"), str(exc))
            return
        self.made += 1
        self.refresh()

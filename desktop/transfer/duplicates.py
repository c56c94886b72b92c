"""Beheer → Dubbele bewoners zoeken: likely duplicates side by side, merge two into one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from db.services import Database, ServiceError
from db.transfer import duplicates
from db.validation import format_phone
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.table_model import Column


class DuplicatesDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.merged = 0
        self.setWindowTitle(self.tr("Duplicate residents"))
        self.model = RowsModel(
            [
                Column("likely", self.tr("Likelihood"), self.likely_text),
                Column(
                    "reasons",
                    self.tr("Evidence"),
                    value=lambda p: ", ".join(p.reasons + p.evidence),
                ),
                Column("first", self.tr("Resident"), lambda person: person.name),
                Column("first", self.tr("Details"), self.details),
                Column("second", self.tr("Possible duplicate"), lambda person: person.name),
                Column("second", self.tr("Details"), self.details),
            ],
            self,
            text_tooltips=True,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.merge_selected())
        self.empty = QLabel(self.tr("No likely duplicates found."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        intro = QLabel(
            self.tr(
                "Residents with the same home and a similar name, or the same "
                "phone number or e-mail address, the most likely pairs first. Check each pair "
                "before merging: members of one household often share a phone number."
            )
        )
        intro.setWordWrap(True)
        # A household sharing one e-mail address would flood the list; those pairs hide.
        self.show_unlikely = QCheckBox(
            self.tr("Also show unlikely pairs (a household sharing a phone or e-mail)")
        )
        self.show_unlikely.toggled.connect(lambda _on: self.reload())
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setEnabled(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.merge_button.setEnabled(self.view.selectionModel().hasSelection())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(self.show_unlikely, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self.reload()

    def details(self, person: duplicates.ResidentSummary) -> str:
        parts = [
            person.address,
            format_phone(person.phone),
            person.email,
            str(person.birth_year) if person.birth_year else "",
        ]
        text = " · ".join(p for p in parts if p)
        return f"{text} ({self.tr('moved out')})" if person.moved_out else text

    def likely_text(self, likely: str) -> str:
        return {
            "high": self.tr("Very likely"),
            "medium": self.tr("Possible"),
            "low": self.tr("Unlikely"),
        }[likely]

    def reload(self) -> None:
        pairs = duplicates.find_duplicates(self.db)  # most likely first
        shown = [p for p in pairs if self.show_unlikely.isChecked() or p.likely != "low"]
        self.model.set_rows(shown)
        self.count.setText(
            self.tr("%n pair(s) shown, %1 unlikely hidden", "", len(shown)).replace(
                "%1", str(len(pairs) - len(shown))
            )
        )
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 230))
        self.merge_button.setEnabled(False)

    def selected_pair(self) -> duplicates.DuplicatePair | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def describe(self, person: duplicates.ResidentSummary) -> str:
        links = duplicates.link_counts(self.db, person.id)
        linked = ", ".join(f"{self.table_label(t)}: {n}" for t, n in sorted(links.items()))
        text = f"{person.name} — {self.details(person)}"
        return f"{text}\n   {linked}" if linked else text

    def table_label(self, table: str) -> str:
        return {
            "contact_moments": self.tr("contact moments"),
            "signals": self.tr("signals"),
            "support_links": self.tr("support links"),
            "registrations": self.tr("registrations"),
            "volunteers": self.tr("volunteer record"),
            "resident_languages": self.tr("languages"),
            "resident_support_flags": self.tr("support flags"),
            "funding_applications": self.tr("funding applications"),
        }.get(table, table)

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge residents"),
            self.tr(
                "Which record stays? Everything linked to the other record "
                "(support, registrations, contact moments, signals) moves to "
                "it, empty fields are filled in, and the other record is "
                "deleted. The merge is recorded in the audit trail."
            )
            + "\n\n1. "
            + self.describe(pair.first)
            + "\n2. "
            + self.describe(pair.second),
            parent=self,
        )
        keep_first = box.addButton(self.tr("Keep 1"), QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(self.tr("Keep 2"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        run_modal(box)
        if box.clickedButton() is keep_first:
            keep, remove = pair.first.id, pair.second.id
        elif box.clickedButton() is keep_second:
            keep, remove = pair.second.id, pair.first.id
        else:
            return
        self.merge(keep, remove)

    def merge(self, keep: int, remove: int) -> bool:
        try:
            duplicates.merge(self.db, keep, remove)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Merge residents"), str(exc))
            return False
        self.merged += 1
        self.reload()
        return True


def open_duplicates(window) -> None:
    dialog = DuplicatesDialog(window.db, window)
    run_modal(dialog)
    if dialog.merged:
        window.reload()

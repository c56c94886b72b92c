"""Manage → Inzage and erasure: find one resident or volunteer, save everything the office holds
about them (PDF and JSON, for that person), or erase them (anonymise or remove entirely)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from db.services import (
    Database,
    ListQuery,
    Page,
    ServiceError,
    privacy,
    privacy_inzage,
    residents,
    volunteers,
)
from desktop import formatting, labels
from desktop.reports import load_all
from desktop.safety.erase_confirm import EraseConfirmDialog
from desktop.widgets.modal import run_modal
from desktop.widgets.search_field import SearchField
from desktop.widgets.table_model import Column, ServiceTableModel


class PersonDialog(QDialog):
    def __init__(self, db: Database, parent=None, on_changed=None):
        super().__init__(parent)
        self.db = db
        self.on_changed = on_changed or (lambda: None)
        self.setWindowTitle(self.tr("Inzage and erasure"))
        intro = QLabel(
            self.tr(
                "Residents and volunteers may see everything the office keeps about them "
                "(inzage) and may "
                "ask to be forgotten. Find the person, then save their overview or erase them."
            )
        )
        intro.setWordWrap(True)
        self.resident_radio = QRadioButton(self.tr("&Residents"))
        self.volunteer_radio = QRadioButton(self.tr("&Volunteers"))
        self.resident_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.resident_radio)
        group.addButton(self.volunteer_radio)
        self.search = SearchField(self.tr("Search by name, address or phone…"))
        # One model per kind: residents show their address, so namesakes can be told apart.
        self.models = {
            "Resident": ServiceTableModel(self.resident_columns(), self.fetch_residents, self),
            "Volunteer": ServiceTableModel(self.volunteer_columns(), self.fetch_volunteers, self),
        }
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pdf_button = QPushButton(self.tr("Save inzage as &PDF…"))
        self.json_button = QPushButton(self.tr("Save inzage as &JSON…"))
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.delete_button = QPushButton(self.tr("&Remove entirely…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.json_button.clicked.connect(self.save_json)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self.show_history)
        self.anonymise_button.clicked.connect(lambda: self.erase(privacy.Mode.ANONYMISE))
        self.delete_button.clicked.connect(lambda: self.erase(privacy.Mode.DELETE))
        top = QHBoxLayout()
        top.addWidget(self.resident_radio)
        top.addWidget(self.volunteer_radio)
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for button in (self.pdf_button, self.json_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.anonymise_button, self.delete_button):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.search.search_changed.connect(self.refresh)
        self.resident_radio.toggled.connect(lambda _on: self._show_kind())
        for model in self.models.values():
            model.modelReset.connect(self._update_buttons)
        self.resize(900, 560)
        self._show_kind()

    def resident_columns(self) -> list[Column]:
        # Namesakes are common (eight "Ayşe Yıldız"): birth year, address, phone and complex
        # tell them apart before anything irreversible is done.
        return [
            Column("name", self.tr("Name")),
            Column("birth_year", self.tr("Born"), sortable=False),
            Column("address", self.tr("Address")),
            Column("phone", self.tr("Phone"), sortable=False),
            Column("complex_name", self.tr("Complex")),
            Column("move_out", self.tr("Moved out"), formatting.day),
        ]

    def volunteer_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("complex_name", self.tr("Complex")),
            Column("stage", self.tr("Stage"), labels.stage),
        ]

    @property
    def model(self) -> ServiceTableModel:
        return self.models[self.kind]

    def _show_kind(self) -> None:
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.refresh()  # loads on first show; search and sorting reload from here on
        self.refresh()

    @property
    def kind(self) -> str:
        return "Resident" if self.resident_radio.isChecked() else "Volunteer"

    def fetch_residents(self, query: ListQuery) -> Page:
        # Everyone, also those who moved out: they have the same rights.
        return residents.list_residents(self.db, replace(query, filters={"status": "all"}))

    def fetch_volunteers(self, query: ListQuery) -> Page:
        return volunteers.list_volunteers(self.db, query)

    def refresh(self, *_args) -> None:
        self.model.set_query(replace(self.model.query, text=self.search.text().strip()))

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_name(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data() if rows else ""

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (
            self.pdf_button,
            self.json_button,
            self.history_button,
            self.anonymise_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        suggestion = f"inzage-{self.selected_name() or self.selected_id()}{suffix}".replace(
            " ", "-"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggestion), pattern
        )
        return Path(name) if name else None

    def _write(self, target: Path, data: bytes) -> None:
        try:
            target.write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        if hasattr(self.parent(), "statusBar"):
            self.parent().statusBar().showMessage(
                self.tr("Saved: %1").replace("%1", str(target)), 8000
            )

    def save_pdf(self) -> None:
        person = self.selected_id()
        target = self._ask_path(self.tr("Save inzage as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if person is None or target is None:
            return
        kind = "inzage" if self.kind == "Resident" else "inzage-vrijwilliger"
        try:
            data = load_all()[kind].render(self.db, person)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Inzage"), str(exc))
            return
        self._write(target, data)

    def show_history(self) -> None:
        """The audit trail of this one person (who changed what, when)."""
        from desktop.safety.audit import AuditDialog

        person = self.selected_id()
        if person is None:
            return
        dialog = AuditDialog(self.db, self)
        dialog.show_object(self.kind, person)
        run_modal(dialog)

    def save_json(self) -> None:
        person = self.selected_id()
        target = self._ask_path(
            self.tr("Save inzage as JSON"), ".json", self.tr("JSON files (*.json)")
        )
        if person is None or target is None:
            return
        try:
            data = (
                privacy_inzage.resident_inzage(self.db, person)
                if self.kind == "Resident"
                else privacy_inzage.volunteer_inzage(self.db, person)
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Inzage"), str(exc))
            return
        self._write(target, privacy_inzage.to_json(data))

    def _details(self) -> list[tuple[str, str]]:
        """The selected row's columns after the name, as label and text, for the confirmation."""
        row = self.view.selectionModel().selectedRows()[0].row()
        return [
            (column.header, self.model.index(row, number).data() or "")
            for number, column in enumerate(self.model.columns())
            if number > 0
        ]

    def erase(self, mode: privacy.Mode) -> None:
        person, name = self.selected_id(), self.selected_name()
        if person is None:
            return
        if mode is privacy.Mode.DELETE:
            question = self.tr(
                "Remove %1 entirely, with all registrations, contact moments and signals? "
                "This cannot be undone."
            )
        else:
            question = self.tr(
                "Anonymise %1? Name, contact details, notes, flags, contact moments and "
                "signals are removed; anonymous participation stays for the figures. "
                "This cannot be undone."
            )
        confirm = EraseConfirmDialog(question.replace("%1", name), name, self._details(), self)
        if run_modal(confirm) != QDialog.DialogCode.Accepted:
            return
        try:
            if self.kind == "Resident":
                erasure = privacy.erase_resident(self.db, person, mode)
            else:
                erasure = privacy.erase_volunteer(self.db, person, mode)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Erase"), str(exc))
            return
        self.refresh()
        self.on_changed()
        done = self.tr(
            "Done. Older backups still contain this person until they are rotated out "
            "(at most 12 months)."
        )
        if erasure.mentions:
            review = self.tr(
                "The name still appears in the text of these other records. They were not "
                "changed, because it may be someone else with the same name; check them and "
                "edit them where needed:"
            )
            listing = "\n".join(f"• {m.label}" for m in erasure.mentions)
            done = f"{done}\n\n{review}\n{listing}"
        QMessageBox.information(self, self.tr("Erase"), done)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.search.flush()
            return
        super().keyPressEvent(event)

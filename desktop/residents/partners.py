"""Beheer → Partners: the partner organisations signals are passed on to (neighbourhood office,
enforcement, social team, mental-health provider, housing corporation) and their contacts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import Database, PartnerKind, ServiceError, partners
from desktop.widgets.conflict import guarded_save
from desktop.widgets.forms import FormController, FormDialog, ValidatedLineEdit, show_service_error
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel, rows_view, selected
from desktop.widgets.table_model import Column


def partner_kind(kind: PartnerKind) -> str:
    return {
        PartnerKind.NEIGHBOURHOOD_OFFICE: QCoreApplication.translate(
            "PartnersDialog", "Neighbourhood office"
        ),
        PartnerKind.ENFORCEMENT: QCoreApplication.translate("PartnersDialog", "Enforcement"),
        PartnerKind.SOCIAL_TEAM: QCoreApplication.translate(
            "PartnersDialog", "Social neighbourhood team"
        ),
        PartnerKind.MENTAL_HEALTH: QCoreApplication.translate(
            "PartnersDialog", "Mental-health provider"
        ),
        PartnerKind.HOUSING_CORPORATION: QCoreApplication.translate(
            "PartnersDialog", "Housing corporation"
        ),
        PartnerKind.OTHER: QCoreApplication.translate("PartnersDialog", "Other"),
    }[PartnerKind(kind)]


class PartnersDialog(QDialog):
    """A list of partners on the left, the chosen partner and its contact persons on the right."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.current: partners.PartnerData | None = None
        self.setWindowTitle(self.tr("Partners"))
        self.list_model = RowsModel(
            [Column("name", self.tr("Partner")), Column("kind", self.tr("Kind"), partner_kind)],
            self,
            text_tooltips=True,
        )
        self.list_view = rows_view(self.list_model)
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._choose(cur.row())
        )
        new = QPushButton(self.tr("New partner"))
        new.clicked.connect(self.new_partner)
        delete = QPushButton(self.tr("Delete partner"))
        delete.clicked.connect(self.delete_partner)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        left_layout.addLayout(row)

        self.name = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Naam", 120),
            optional=False,
            required_message="Naam is verplicht.",
        )
        self.kind = QComboBox()
        for kind in PartnerKind:
            self.kind.addItem(partner_kind(kind), kind.value)
        self.phone = ValidatedLineEdit(validation.phone, example="030 123 4567")
        self.email = ValidatedLineEdit(validation.email)
        self.address = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("Save partner"))
        self.save_button.clicked.connect(self.save)
        self.form = FormController(self.save_button, self)
        self.form.watch(self.name, self.kind, self.phone, self.email, self.address, self.notes)
        self.contacts_model = RowsModel(
            [
                Column("name", self.tr("Name")),
                Column("role", self.tr("Role")),
                Column("phone", self.tr("Phone"), validation.format_phone),
                Column("email", self.tr("E-mail")),
            ],
            self,
            text_tooltips=True,
        )
        self.contacts_view = rows_view(self.contacts_model)
        self.contacts_view.doubleClicked.connect(lambda _i: self.edit_contact())
        self.right = QWidget()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Phone"), self.phone),
            (self.tr("E-mail"), self.email),
            (self.tr("Address"), self.address),
            (self.tr("Notes"), self.notes),
        ):
            form.addRow(label, widget)
        contact_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add contact…"), self.add_contact),
            (self.tr("Change contact…"), self.edit_contact),
            (self.tr("Remove contact"), self.remove_contact),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contact_buttons.addWidget(self.save_button)
        right_layout = QVBoxLayout(self.right)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(self.tr("<b>Contact persons</b>")))
        right_layout.addWidget(self.contacts_view, 1)
        right_layout.addLayout(contact_buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(980, 600)
        self.reload()

    # --- partners -------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        rows = partners.list_partners(self.db)
        self.list_model.set_rows(rows)
        self.list_view.resizeColumnsToContents()
        index = next((i for i, p in enumerate(rows) if p.id == select_id), 0 if rows else -1)
        if index >= 0:
            self._select(rows[index].id)
        self._show(rows[index] if index >= 0 else None)

    def _choose(self, row: int) -> None:
        partner = self.list_model.row(row)
        if partner is None or (self.current is not None and partner.id == self.current.id):
            return
        if not self.form.confirm_discard(self, save=self.save):
            self._select(self.current.id if self.current else None)
            return
        self._show(partner)

    def _select(self, partner_id: int | None) -> None:
        rows = self.list_model.rows()
        index = next((i for i, p in enumerate(rows) if p.id == partner_id), -1)
        if index >= 0:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.selectRow(index)
            self.list_view.selectionModel().blockSignals(False)

    def _show(self, partner: partners.PartnerData | None) -> None:
        self.current = partner
        self.right.setEnabled(partner is not None)
        data = partner or partners.PartnerData()
        self.name.setText(data.name)
        self.kind.setCurrentIndex(self.kind.findData(PartnerKind(data.kind).value))
        self.phone.setText(validation.format_phone(data.phone))
        self.email.setText(data.email)
        self.address.setText(data.address)
        self.notes.setPlainText(data.notes)
        self.form.mark_clean()
        self._reload_contacts()

    def _reload_contacts(self) -> None:
        rows = (
            partners.list_contacts(self.db, self.current.id)
            if self.current and self.current.id
            else []
        )
        self.contacts_model.set_rows(rows)
        self.contacts_view.resizeColumnsToContents()

    def new_partner(self) -> None:
        if not self.form.confirm_discard(self, save=self.save):
            return
        self._show(partners.PartnerData())
        self.form.set_dirty()
        self.name.setFocus()

    def save(self) -> bool:
        self.form.show_errors()
        if not self.form.is_valid() or self.current is None:
            return False
        data = replace(
            self.current,
            name=self.name.text(),
            kind=PartnerKind(self.kind.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

        def attempt(version: int | None) -> None:
            nonlocal data
            if data.id is None:
                data = replace(data, id=partners.partners.create(self.db, data))
            else:
                mine = data if version is None else replace(data, version=version)
                partners.partners.update(self.db, data.id, mine)

        def load_theirs() -> None:
            self._show(partners.partners.get(self.db, data.id))
            self.form.mark_clean()

        if not guarded_save(self, self.db, attempt, load_theirs):
            return False
        self.form.mark_clean()
        self.current = None
        self.reload(data.id)
        return True

    def delete_partner(self) -> None:
        partner = selected(self.list_view)
        if partner is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete partner"),
            self.tr("Delete %1 and its contact persons?").replace("%1", partner.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            partners.delete_partner(self.db, partner.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self.form.mark_clean()
        self.current = None
        self.reload()

    def reject(self) -> None:
        if self.form.confirm_discard(self, save=self.save):
            self.form.mark_clean()
            super().reject()

    # --- contact persons ------------------------------------------------------------------
    def add_contact(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if run_modal(
            ContactDialog(self.db, partners.ContactData(partner_id=self.current.id), self)
        ):
            self._reload_contacts()

    def edit_contact(self) -> None:
        contact = selected(self.contacts_view)
        if contact is not None and run_modal(ContactDialog(self.db, contact, self)):
            self._reload_contacts()

    def remove_contact(self) -> None:
        contact = selected(self.contacts_view)
        if contact is None:
            return
        partners.contacts.delete(self.db, contact.id)
        self._reload_contacts()


class ContactDialog(FormDialog):
    def __init__(self, db: Database, data: partners.ContactData, parent=None):
        super().__init__(parent, require_changes=data.id is not None)
        self.db = db
        self.data = data
        self.setWindowTitle(self.tr("Contact person"))
        self.name = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Naam", 120),
            optional=False,
            required_message="Naam is verplicht.",
        )
        self.role = QLineEdit()
        self.role.setMaxLength(120)
        self.phone = ValidatedLineEdit(validation.phone, example="06 12345678")
        self.email = ValidatedLineEdit(validation.email)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Role"), self.role),
            (self.tr("Phone"), self.phone),
            (self.tr("E-mail"), self.email),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setText(data.name)
        self.role.setText(data.role)
        self.phone.setText(validation.format_phone(data.phone))
        self.email.setText(data.email)
        self.form.watch(self.name, self.role, self.phone, self.email)
        self.form.mark_clean()
        self.resize(460, 240)

    def save(self) -> bool:
        data = replace(
            self.data,
            name=self.name.text(),
            role=self.role.text().strip(),
            phone=self.phone.text(),
            email=self.email.text(),
        )
        try:
            if data.id is None:
                partners.contacts.create(self.db, data)
            else:
                partners.contacts.update(self.db, data.id, data)
        except ServiceError as exc:
            show_service_error(self, self.tr("Not saved"), str(exc))
            return False
        return True

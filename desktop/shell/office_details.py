"""Beheer → Kantoorgegevens: the office's name, address, phone, e-mail, website and opening
hours, kept once and printed on flyers ("Aanmelden: bel … of mail …") and fund documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from db import validation
from db.services import ServiceError, office
from desktop.widgets.forms import FormDialog, ValidatedLineEdit, show_service_error
from desktop.widgets.modal import run_modal


class OfficeDetailsDialog(FormDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Office details"))
        self.name = ValidatedLineEdit(placeholder=self.tr("Buurtkantoor Overvecht"))
        self.address = ValidatedLineEdit(placeholder=self.tr("Vulcanusdreef 120, 3533 AB Utrecht"))
        self.phone = ValidatedLineEdit(validation.phone, placeholder="030 1234567")
        self.email = ValidatedLineEdit(validation.email, placeholder="buurtkantoor@voorbeeld.nl")
        self.website = ValidatedLineEdit(placeholder="www.voorbeeld.nl")
        self.hours = ValidatedLineEdit(placeholder=self.tr("Mon to Thu 9:00 – 12:00"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Opening hours"), self.hours)
        hint = QLabel(
            self.tr("Printed on flyers (how to sign up) and as the sender on fund documents.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.form.watch(self.name, self.address, self.phone, self.email, self.website, self.hours)
        details = office.get(db)
        self.name.setText(details.name)
        self.address.setText(details.address)
        self.phone.setText(details.phone_display)
        self.email.setText(details.email)
        self.website.setText(details.website)
        self.hours.setText(details.opening_hours)
        self.form.mark_clean()
        self.resize(520, self.sizeHint().height())

    def save(self) -> bool:
        details = office.OfficeDetails(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            opening_hours=self.hours.text(),
        )
        try:
            office.save(self.db, details)
        except ServiceError as exc:
            show_service_error(self, self.tr("Office details not saved"), str(exc))
            return False
        return True


def install_menu(window) -> None:
    """Beheer → Kantoorgegevens…"""
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("OfficeDetailsDialog", "Office details…"),
        lambda: run_modal(OfficeDetailsDialog(window.db, window)),
    )

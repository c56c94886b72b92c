"""Funds (Beheer → Fondsen): each fund's rules as data — maxima, lead time, decision period,
fixed decision dates, accountability period, required attachments, excluded cost categories."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import ServiceError, funding
from db.services.funding import rules
from desktop.widgets.forms import FormController, MoneyEdit, ValidatedLineEdit, show_service_error


def _spin(low: int, high: int, none_text: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if none_text:
        box.setSpecialValueText(none_text)
    return box


def _lines_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


def _fixed_dates(text: str) -> str:
    return ",".join(f"{m:02d}-{d:02d}" for m, d in rules.parse_fixed_dates(text))


class FundsDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Funds"))
        self.current: funding.FundData | None = None
        self.list = QListWidget()
        self.new_button = QPushButton(self.tr("New fund"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form = FormController(self.save_button, self)
        self._build_fields()
        self._lay_out()
        self.list.currentItemChanged.connect(self._switch)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.reload()
        self.resize(900, 640)

    def _build_fields(self) -> None:
        none = self.tr("none")
        self.name = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Naam", 120),
            optional=False,
            required_message=self.tr("Fill in the fund's name."),
        )
        self.municipality = QLineEdit()
        self.max_request = MoneyEdit()
        self.max_year = MoneyEdit()
        self.lead = _spin(0, 520)
        self.decision = _spin(0, 520)
        self.extension = _spin(0, 520)
        self.threshold = MoneyEdit()
        self.fixed = ValidatedLineEdit(_fixed_dates, placeholder="01-01,04-01,09-01")
        self.accountability = _spin(0, 520, none)
        self.years = _spin(0, 50, self.tr("no limit"))
        self.attachments = _lines_edit(self.tr("one per line, e.g. Begroting"))
        self.ineligible = _lines_edit(self.tr("one per line, e.g. Alcohol"))
        self.material = _lines_edit(self.tr("one per line, e.g. Materiaal"))
        self.material_share = _spin(-1, 100, self.tr("no limit"))
        self.material_share.setSuffix(" %")
        self.is_default = QCheckBox(self.tr("Default fund for new applications"))
        # Off: the number is our advice (⚠ in the checklist), not a rule the fund states (✘).
        self.lead_is_rule = QCheckBox(self.tr("The fund itself states this lead time"))
        self.share_is_rule = QCheckBox(self.tr("The fund itself states this share"))
        self.notes = _lines_edit("")
        self.form.watch(
            self.name,
            self.municipality,
            self.max_request,
            self.max_year,
            self.lead,
            self.decision,
            self.extension,
            self.threshold,
            self.fixed,
            self.accountability,
            self.years,
            self.attachments,
            self.ineligible,
            self.material,
            self.material_share,
            self.is_default,
            self.lead_is_rule,
            self.share_is_rule,
            self.notes,
        )

    def _lay_out(self) -> None:
        weeks = self.tr(" weeks")
        for box in (self.lead, self.decision, self.extension, self.accountability):
            box.setSuffix(weeks)
        self.years.setSuffix(self.tr(" years"))
        fields = QWidget()
        form = QFormLayout(fields)
        for label, widget in [
            (self.tr("Name:"), self.name),
            (self.tr("Municipality:"), self.municipality),
            (self.tr("Maximum per request:"), self.max_request),
            (self.tr("Maximum per initiative per year:"), self.max_year),
            (self.tr("Apply at least (before the activity):"), self.lead),
            ("", self.lead_is_rule),
            (self.tr("Decision within:"), self.decision),
            (self.tr("Extension (once):"), self.extension),
            (self.tr("Large requests above:"), self.threshold),
            (self.tr("…are taken into treatment on (month-day):"), self.fixed),
            (self.tr("Account for within (after the activity):"), self.accountability),
            (self.tr("Same initiative at most:"), self.years),
            (self.tr("Required attachments:"), self.attachments),
            (self.tr("Ineligible cost categories:"), self.ineligible),
            (self.tr("Material categories:"), self.material),
            (self.tr("Material at most (share of costs):"), self.material_share),
            ("", self.share_is_rule),
            ("", self.is_default),
            (self.tr("Notes:"), self.notes),
        ]:
            form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

    # --- list -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for fund in funding.list_funds(self.db):
            item = QListWidgetItem(fund.name)
            item.setData(Qt.ItemDataRole.UserRole, fund)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(self.list.count())
        ]
        row = rows.index(select_id) if select_id in rows else 0
        if rows:
            self.list.setCurrentRow(row)
            self.show_fund(self.list.item(row).data(Qt.ItemDataRole.UserRole))
        else:
            self.show_fund(funding.FundData())

    def _switch(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if not self.form.confirm_discard(self, self._save_quietly):
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.show_fund(current.data(Qt.ItemDataRole.UserRole))

    def _new(self) -> None:
        if self.form.confirm_discard(self, self._save_quietly):
            self.list.clearSelection()
            self.show_fund(funding.FundData(name="", min_lead_weeks=8, decision_weeks=4))
            self.name.setFocus()

    def _delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete fund"),
            self.tr("Delete the fund '%1'?").replace("%1", self.current.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            funding.delete_fund(self.db, self.current.id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Delete fund"), str(exc))
            return
        self.form.mark_clean()
        self.reload()

    # --- form -------------------------------------------------------------------------------
    def show_fund(self, fund: funding.FundData) -> None:
        self.current = fund
        self.name.setText(fund.name)
        self.municipality.setText(fund.municipality)
        self.max_request.set_amount(fund.max_per_request)
        self.max_year.set_amount(fund.max_per_year)
        self.lead.setValue(fund.min_lead_weeks)
        self.decision.setValue(fund.decision_weeks)
        self.extension.setValue(fund.decision_extension_weeks)
        self.threshold.set_amount(fund.large_request_threshold)
        self.fixed.setText(fund.fixed_decision_dates)
        self.accountability.setValue(fund.accountability_weeks or 0)
        self.years.setValue(fund.max_years_same_initiative or 0)
        self.attachments.setPlainText(fund.required_attachments)
        self.ineligible.setPlainText(fund.ineligible_categories)
        self.material.setPlainText(fund.material_categories)
        self.material_share.setValue(
            -1 if fund.max_material_share is None else fund.max_material_share
        )
        self.is_default.setChecked(fund.is_default)
        self.lead_is_rule.setChecked(fund.lead_time_is_rule)
        self.share_is_rule.setChecked(fund.material_share_is_rule)
        self.notes.setPlainText(fund.notes)
        self.delete_button.setEnabled(fund.id is not None)
        self.form.mark_clean()

    def collected(self) -> funding.FundData:
        share = self.material_share.value()
        return funding.FundData(
            id=self.current.id if self.current else None,
            name=self.name.text(),
            municipality=self.municipality.text(),
            max_per_request=self.max_request.amount(),
            max_per_year=self.max_year.amount(),
            min_lead_weeks=self.lead.value(),
            decision_weeks=self.decision.value(),
            decision_extension_weeks=self.extension.value(),
            large_request_threshold=self.threshold.amount(),
            fixed_decision_dates=self.fixed.text(),
            accountability_weeks=self.accountability.value() or None,
            max_years_same_initiative=self.years.value() or None,
            required_attachments=self.attachments.toPlainText(),
            ineligible_categories=self.ineligible.toPlainText(),
            material_categories=self.material.toPlainText(),
            max_material_share=None if share < 0 else share,
            is_default=self.is_default.isChecked(),
            lead_time_is_rule=self.lead_is_rule.isChecked(),
            material_share_is_rule=self.share_is_rule.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def _save_quietly(self) -> bool:
        self.form.show_errors()
        if not self.form.is_valid():
            return False
        try:
            fund_id = funding.save_fund(self.db, self.collected())
        except ServiceError as exc:
            show_service_error(self, self.tr("Funds"), str(exc))
            return False
        self.form.mark_clean()
        self._saved_id = fund_id
        return True

    def save(self) -> None:
        if self.save_button.isEnabled() and self._save_quietly():
            self.reload(self._saved_id)

    def reject(self) -> None:
        if self.form.confirm_discard(self, self._save_quietly):
            super().reject()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()

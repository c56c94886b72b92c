"""The right-hand side of the application editor: status steps and documents.

A mixin for ApplicationEditor (which provides db, bundle, form, checks, save() and
show_application()); strings keep the editor's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.services import ApplicationStatus, ServiceError, funding
from desktop import labels
from desktop.funding import status as step_dialogs
from desktop.funding.pdfs import save_pdf
from desktop.widgets.forms import show_service_error
from desktop.widgets.modal import run_modal

S = ApplicationStatus


class StepActions:
    def _side_panel(self) -> QWidget:
        self.status_label = QLabel()
        self.status_label.setObjectName("applicationStatus")
        self.submit_button = QPushButton(QCoreApplication.translate("ApplicationEditor", "Submit…"))
        self.decide_button = QPushButton(
            QCoreApplication.translate("ApplicationEditor", "Record decision…")
        )
        self.account_button = QPushButton(
            QCoreApplication.translate("ApplicationEditor", "Account for…")
        )
        self.close_button = QPushButton(QCoreApplication.translate("ApplicationEditor", "Close…"))
        self.withdraw_button = QPushButton(
            QCoreApplication.translate("ApplicationEditor", "Back to draft")
        )
        status = QGroupBox(QCoreApplication.translate("ApplicationEditor", "Status"))
        grid = QGridLayout(status)
        grid.addWidget(self.status_label, 0, 0, 1, 2)
        for n, button in enumerate(
            (
                self.submit_button,
                self.decide_button,
                self.account_button,
                self.close_button,
                self.withdraw_button,
            )
        ):
            # Two per row: the panel stays narrow enough for the form's tabs at 1000 px.
            grid.addWidget(button, 1 + n // 2, n % 2)
        pdfs = QGroupBox(QCoreApplication.translate("ApplicationEditor", "Documents (PDF)"))
        pdf_row = QGridLayout(pdfs)
        self.pdf_buttons = {}
        for kind, text in (
            ("application", QCoreApplication.translate("ApplicationEditor", "Application…")),
            ("signatures", QCoreApplication.translate("ApplicationEditor", "Signature list…")),
            ("accountability", QCoreApplication.translate("ApplicationEditor", "Accountability…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self._pdf(k))
            pdf_row.addWidget(button, len(self.pdf_buttons) // 2, len(self.pdf_buttons) % 2)
            self.pdf_buttons[kind] = button
        self.submit_button.clicked.connect(self.submit)
        self.decide_button.clicked.connect(
            lambda: self._step(
                lambda: step_dialogs.DecisionDialog(
                    self.db, self.bundle.application.id, self.bundle.budget.requested, self
                )
            )
        )
        self.account_button.clicked.connect(
            lambda: self._step(
                lambda: step_dialogs.AccountabilityDialog(self.db, self.bundle, self)
            )
        )
        self.close_button.clicked.connect(
            lambda: self._step(
                lambda: step_dialogs.CloseDialog(self.db, self.bundle.application.id, self)
            )
        )
        self.withdraw_button.clicked.connect(self._withdraw)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(status)
        # On a laptop the checks may need more height than there is: they scroll, never squash.
        checks_scroll = QScrollArea()
        checks_scroll.setWidgetResizable(True)
        checks_scroll.setFrameShape(QFrame.Shape.NoFrame)
        checks_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        checks_scroll.setWidget(self.checks)
        layout.addWidget(checks_scroll, 1)
        layout.addWidget(pdfs)
        return panel

    @property
    def app_id(self) -> int | None:
        return self.bundle.application.id if self.bundle else None

    # --- status steps and documents ---------------------------------------------------------
    def _update_actions(self) -> None:
        status = S(self.bundle.application.status) if self.bundle else S.DRAFT
        self.status_label.setText(
            QCoreApplication.translate("ApplicationEditor", "Status: %1").replace(
                "%1", labels.application_status(status)
            )
        )
        allowed = funding.NEXT[status] if self.bundle else ()
        self.submit_button.setEnabled(S.SUBMITTED in allowed or not self.bundle)
        self.decide_button.setEnabled(S.GRANTED in allowed)
        self.account_button.setEnabled(S.ACCOUNTED in allowed)
        self.close_button.setEnabled(S.CLOSED in allowed)
        self.withdraw_button.setEnabled(S.DRAFT in allowed)
        self.pdf_buttons["accountability"].setEnabled(status in (S.ACCOUNTED, S.CLOSED))

    def _saved_first(self) -> bool:
        """Steps and PDFs work on what is stored: save pending changes first (if they are valid)."""
        if self.bundle and not self.form.is_dirty():
            return True
        self.form.show_errors()
        if not self.form.is_valid():
            QMessageBox.information(
                self,
                QCoreApplication.translate("ApplicationEditor", "Funding application"),
                QCoreApplication.translate(
                    "ApplicationEditor",
                    "Correct the marked fields first; then the application can be saved.",
                ),
            )
            return False
        if not self.save():
            return False
        self.show_application()
        return True

    def submit(self) -> None:
        if not self._saved_first():
            return
        failing = self.checks.checklist.failing()
        if failing:
            lines = "\n".join(f"• {c.text}" for c in failing)
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("ApplicationEditor", "Submit application"),
                QCoreApplication.translate(
                    "ApplicationEditor",
                    "The application does not meet %n rule(s) of the fund:",
                    "",
                    len(failing),
                )
                + "\n\n"
                + lines
                + "\n\n"
                + QCoreApplication.translate("ApplicationEditor", "Submit anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._step(lambda: step_dialogs.SubmitDialog(self.db, self.app_id, self))

    def _step(self, make_dialog) -> None:
        if not self._saved_first():
            return
        dialog = make_dialog()
        accepted = run_modal(dialog)
        dialog.deleteLater()
        if accepted:
            self._reload()

    def _withdraw(self) -> None:
        try:
            funding.withdraw(self.db, self.app_id, clock.today())
        except ServiceError as exc:
            show_service_error(
                self,
                QCoreApplication.translate("ApplicationEditor", "Funding application"),
                str(exc),
            )
            return
        self._reload()

    def _reload(self) -> None:
        """After a step or an attachment: show what is stored, keeping unsaved edits out of it."""
        if self.form.is_dirty():
            self.bundle = funding.load(self.db, self.app_id)
            self.attachments.show_bundle(self.bundle, self.current_fund())
            self.history.show_bundle(self.bundle)
            self.recheck()
            self._update_actions()
        else:
            self.bundle = funding.load(self.db, self.app_id)
            self.show_application()

    def _pdf(self, kind: str) -> None:
        if self._saved_first():
            save_pdf(self, self.db, kind, self.app_id, self.bundle.application.title)

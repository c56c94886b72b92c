"""Status steps of a funding application: submit, record the decision, account for it, close."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import ApplicationStatus, ServiceError, funding
from desktop import formatting, labels
from desktop.widgets.forms import DateEdit, FormDialog, MoneyEdit, show_service_error

S = ApplicationStatus


class _StepDialog(FormDialog):
    """A dated step: Save is enabled as soon as the form is valid (nothing has to change)."""

    def __init__(self, db, app_id: int, parent=None):
        super().__init__(parent, require_changes=False)
        self.db = db
        self.app_id = app_id
        self.day = DateEdit(optional=False, required_message=self.tr("Fill in the date."))
        self.day.set_date(clock.today())
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.form_layout = QFormLayout()
        self.form_layout.addRow(self.tr("Date:"), self.day)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.buttons)

    def finish(self, step) -> bool:
        try:
            step()
        except ServiceError as exc:
            show_service_error(self, self.windowTitle(), str(exc))
            return False
        return True


class SubmitDialog(_StepDialog):
    def __init__(self, db, app_id: int, parent=None):
        super().__init__(db, app_id, parent)
        self.setWindowTitle(self.tr("Submit application"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("if the fund gave one, e.g. IF-2026-1234"))
        self.form_layout.addRow(self.tr("Fund's reference:"), self.reference)
        self.form_layout.addRow(self.tr("Note:"), self.note)
        self.form.watch(self.day, self.reference, self.note)

    def save(self) -> bool:
        return self.finish(
            lambda: funding.submit(
                self.db, self.app_id, self.day.date(), self.note.text(), self.reference.text()
            )
        )


class DecisionDialog(_StepDialog):
    def __init__(self, db, app_id: int, requested: Decimal, parent=None):
        super().__init__(db, app_id, parent)
        self.setWindowTitle(self.tr("Record decision"))
        self.requested = requested
        self.outcome = QComboBox()
        for status in (S.GRANTED, S.PARTLY_GRANTED, S.REJECTED):
            self.outcome.addItem(labels.application_status(status), status.value)
        self.amount = MoneyEdit(
            optional=False, required_message=self.tr("Fill in the granted amount.")
        )
        self.amount.set_amount(requested)
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("the fund's reference, e.g. BES-2026-12345"))
        self.form_layout.insertRow(0, self.tr("Outcome:"), self.outcome)
        self.form_layout.addRow(self.tr("Granted amount:"), self.amount)
        self.form_layout.addRow(self.tr("Requested:"), QLabel(formatting.money(requested)))
        self.form_layout.addRow(self.tr("Decision reference:"), self.reference)
        self.form_layout.addRow(self.tr("Note:"), self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.form.watch(self.outcome, self.day, self.amount, self.reference, self.note)

    def _outcome_changed(self) -> None:
        status = S(self.outcome.currentData())
        self.amount.setEnabled(status != S.REJECTED)
        if status == S.GRANTED:
            self.amount.set_amount(self.requested)
        self.form.refresh()

    def save(self) -> bool:
        status = S(self.outcome.currentData())
        amount = self.amount.amount() if status != S.REJECTED else None
        return self.finish(
            lambda: funding.decide(
                self.db,
                self.app_id,
                status,
                self.day.date(),
                amount,
                self.reference.text(),
                self.note.text(),
            )
        )


class CloseDialog(_StepDialog):
    def __init__(self, db, app_id: int, parent=None):
        super().__init__(db, app_id, parent)
        self.setWindowTitle(self.tr("Close application"))
        self.form_layout.addRow(self.tr("Note:"), self.note)
        self.form.watch(self.day, self.note)

    def save(self) -> bool:
        return self.finish(
            lambda: funding.close(self.db, self.app_id, self.day.date(), self.note.text())
        )


class AccountabilityDialog(_StepDialog):
    """Actual costs per line, participants, a short report, photos and receipts (copied in)."""

    def __init__(self, db, bundle: funding.ApplicationBundle, parent=None):
        super().__init__(db, bundle.application.id, parent)
        self.setWindowTitle(self.tr("Account for the application"))
        self.resize(640, 620)
        self.actuals: dict[int, MoneyEdit] = {}
        lines_widget = QWidget()
        lines = QFormLayout(lines_widget)
        for line in bundle.costs:
            edit = MoneyEdit(optional=False, required_message=self.tr("Fill in the actual amount."))
            edit.set_amount(line.actual_amount if line.actual_amount is not None else line.total)
            lines.addRow(
                self.tr("%1 (planned %2):")
                .replace("%1", line.description)
                .replace("%2", formatting.money(line.total)),
                edit,
            )
            self.actuals[line.id] = edit
        self.participants = QSpinBox()
        self.participants.setRange(0, 100000)
        self.participants.setValue(bundle.application.actual_participants or 0)
        self.report = QPlainTextEdit(bundle.application.report_text)
        self.report.setPlaceholderText(
            self.tr("A few lines: what happened, who came, what you learned.")
        )
        self.files = QListWidget()
        add_photos = QPushButton(self.tr("Add photos…"))
        add_receipts = QPushButton(self.tr("Add receipts…"))
        remove = QPushButton(self.tr("Remove file"))
        add_photos.clicked.connect(
            lambda: self._pick(funding.PHOTO, self.tr("Images (*.jpg *.jpeg *.png *.heic)"))
        )
        add_receipts.clicked.connect(
            lambda: self._pick(funding.RECEIPT, self.tr("Receipts (*.pdf *.jpg *.jpeg *.png)"))
        )
        remove.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        self.form_layout.addRow(QLabel(self.tr("<b>Actual costs per line</b>")))
        scroll = QScrollArea()  # a budget of sixty lines must not push the buttons off screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(lines_widget)
        scroll.setMaximumHeight(min(260, 40 + 34 * len(bundle.costs)))
        self.form_layout.addRow(scroll)
        self.form_layout.addRow(self.tr("Participants:"), self.participants)
        self.form_layout.addRow(self.tr("Report:"), self.report)
        buttons = QHBoxLayout()
        for button in (add_photos, add_receipts, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form_layout.addRow(self.tr("Photos and receipts:"), self.files)
        self.form_layout.addRow("", buttons)
        self.form.watch(self.day, self.participants, self.report, *self.actuals.values())

    def _pick(self, kind: str, file_filter: str) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files"), "", file_filter)
        for path in paths:
            self.add_file(kind, Path(path))

    def add_file(self, kind: str, path: Path) -> None:
        item = QListWidgetItem(f"{kind}: {path.name}")
        item.setData(Qt.ItemDataRole.UserRole, (kind, str(path)))
        self.files.addItem(item)

    def chosen_files(self) -> list[tuple[str, Path]]:
        return [
            (kind, Path(p))
            for kind, p in (
                self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())
            )
        ]

    def save(self) -> bool:
        actual = {line_id: edit.amount() for line_id, edit in self.actuals.items()}
        return self.finish(
            lambda: funding.account(
                self.db,
                self.app_id,
                self.day.date(),
                actual,
                self.participants.value(),
                self.report.toPlainText(),
                self.chosen_files(),
            )
        )


def format_history(change: funding.StatusChangeData) -> str:
    text = (
        f"{validation.format_date(change.changed_on)}  {labels.application_status(change.status)}"
    )
    return f"{text} — {change.note}" if change.note else text

"""Moving a candidate on in the pipeline: the day it happened and what that step records
(letter score, interview, home and move-in date, reason for stopping)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from db import clock
from db.services import ServiceError, Stage, volunteer_pipeline, volunteers
from desktop import labels
from desktop.widgets.forms import (
    DateEdit,
    ErrorLabel,
    FormDialog,
    ValidatedLineEdit,
    show_service_error,
)

NO_SCORE = -1


class StageStepDialog(FormDialog):
    def __init__(self, db, volunteer_id: int, name: str, target: Stage, parent=None):
        super().__init__(parent, require_changes=False)
        self.db, self.volunteer_id, self.target = db, volunteer_id, target
        self.setWindowTitle(
            self.tr("%1: %2").replace("%1", name).replace("%2", labels.stage(target))
        )
        self.on = DateEdit(
            optional=False, required_message=self.tr("Fill in the date of this step.")
        )
        self.on.set_date(clock.today())
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        self.form.watch(self.on, self.note)
        self._extra_fields(form, target)
        form.addRow(self.tr("Note for the history"), self.note)
        self.problem = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _extra_fields(self, form: QFormLayout, target: Stage) -> None:
        if target == Stage.LETTER_SCORED:
            self.score = QSpinBox()
            self.score.setRange(0, 10)
            self.score.setValue(6)
            form.addRow(self.tr("Motivation letter score (0–10)"), self.score)
            self.form.watch(self.score)
        elif target == Stage.INTERVIEW:
            self.interview_on = DateEdit(
                optional=False, required_message=self.tr("Fill in the interview date.")
            )
            self.interview_on.set_date(clock.today())
            self.interviewers = ValidatedLineEdit(
                optional=False, required_message=self.tr("Fill in who holds the interview.")
            )
            self.interview_score = QSpinBox()
            self.interview_score.setRange(NO_SCORE, 10)
            self.interview_score.setSpecialValueText(self.tr("not yet"))
            self.interview_score.setValue(NO_SCORE)
            self.interview_notes = QPlainTextEdit()
            self.interview_notes.setFixedHeight(70)
            form.addRow(self.tr("Interview date"), self.interview_on)
            form.addRow(self.tr("Interviewers"), self.interviewers)
            form.addRow(self.tr("Interview score (0–10)"), self.interview_score)
            form.addRow(self.tr("Interview notes"), self.interview_notes)
            self.form.watch(
                self.interview_on, self.interviewers, self.interview_score, self.interview_notes
            )
        elif target == Stage.HOUSED:
            data = volunteers.get(self.db, self.volunteer_id)
            self.home = QComboBox()
            self.home.addItem(self.tr("Choose a home…"), None)
            for home_id, address in volunteer_pipeline.vacant_homes(self.db, data.complex_id):
                self.home.addItem(address, home_id)
            self.move_in = DateEdit(
                optional=False, required_message=self.tr("Fill in the move-in date.")
            )
            self.move_in.set_date(clock.today())
            form.addRow(self.tr("Home"), self.home)
            form.addRow(self.tr("Move-in date"), self.move_in)
            home_error = ErrorLabel()
            form.addRow("", home_error)
            self.form.watch(self.home, self.move_in)
            self.form.add_check(
                lambda: (
                    None
                    if self.home.currentData() is not None
                    else self.tr("Choose the home the new neighbour moves into.")
                ),
                home_error,
            )
        elif target == Stage.STOPPED:
            self.reason = ValidatedLineEdit(
                optional=False, required_message=self.tr("Fill in why they stop.")
            )
            self.reason.edit.setMaxLength(300)
            form.addRow(self.tr("Reason"), self.reason)
            self.form.watch(self.reason)
        elif target in (Stage.WELCOMED, Stage.ACTIVE, Stage.APPLIED):
            form.addRow(QLabel(self.tr("Nothing else to record for this step.")))

    def step(self) -> volunteer_pipeline.StageStep:
        step = volunteer_pipeline.StageStep(self.target, self.on.date(), self.note.text())
        if self.target == Stage.LETTER_SCORED:
            step.motivation_score = self.score.value()
        elif self.target == Stage.INTERVIEW:
            step.interview_on = self.interview_on.date()
            step.interviewers = self.interviewers.text()
            step.interview_score = (
                None if self.interview_score.value() == NO_SCORE else self.interview_score.value()
            )
            step.interview_notes = self.interview_notes.toPlainText()
        elif self.target == Stage.HOUSED:
            step.home_id, step.move_in = self.home.currentData(), self.move_in.date()
        elif self.target == Stage.STOPPED:
            step.stopped_reason = self.reason.text()
        return step

    def save(self) -> bool:
        try:
            volunteer_pipeline.move_to_stage(self.db, self.volunteer_id, self.step())
        except ServiceError as exc:
            show_service_error(self, self.tr("Step not saved"), str(exc))
            return False
        return True

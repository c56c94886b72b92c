"""The fund's rule check shown as a checklist (a mark and a Dutch explanation per rule), and the
deadlines that follow from the rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from db.services.funding import rules
from desktop import formatting
from desktop.widgets import colours
from desktop.widgets.colours import Tone


class ChecklistWidget(QGroupBox):
    """One row per rule; rebuilt on every change (eight rows, so this is cheap)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Rule check"))
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(6)
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.checks: list[rules.Check] = []
        self._rows: list[tuple[QLabel, QLabel]] = []

    def show_checks(self, checks: list[rules.Check]) -> None:
        self.checks = checks
        while len(self._rows) < len(checks):  # rows are reused: the check runs on every keystroke
            mark, text = QLabel(), QLabel()
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(mark, len(self._rows), 0)
            self._grid.addWidget(text, len(self._rows), 1)
            self._rows.append((mark, text))
        for n, (mark, text) in enumerate(self._rows):
            visible = n < len(checks)
            mark.setVisible(visible)
            text.setVisible(visible)
            if not visible:
                continue
            check = checks[n]
            # ✘ only for a rule the fund states; ⚠ for our advice (with its reason in the text).
            mark.setText("✔" if check.ok else "⚠" if check.advice else "✘")
            tone = Tone.OK if check.ok else Tone.ADVICE if check.advice else Tone.ERROR
            mark.setStyleSheet(colours.style(tone) + " font-weight: bold;")
            mark.setAccessibleName(
                self.tr("In order")
                if check.ok
                else self.tr("Advice")
                if check.advice
                else self.tr("Not in order")
            )
            text.setText(check.text)
            text.setObjectName(f"check_{check.key}")
        failing = sum(c.blocking for c in checks)
        self.summary.setText(
            self.tr("All rules are met.")
            if not failing
            else self.tr("%n rule(s) not met.", "", failing)
        )
        self.summary.setStyleSheet(
            colours.style(Tone.ERROR if failing else Tone.OK) + " font-weight: bold;"
        )

    def failing(self) -> list[rules.Check]:
        return [c for c in self.checks if c.blocking]


class DeadlinesWidget(QGroupBox):
    """'Indienen vóór', 'besluit verwacht', 'verantwoording vóór' for the application."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Deadlines"))
        self.submit_by = QLabel()
        self.decision = QLabel()
        self.accountability = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Submit before:"), self.submit_by)
        form.addRow(self.tr("Decision expected:"), self.decision)
        form.addRow(self.tr("Account for before:"), self.accountability)

    def show_dates(
        self,
        submit_by: date | None,
        decision: tuple[date, date] | None,
        accountability: date | None,
    ) -> None:
        unknown = self.tr("not known yet")
        self.submit_by.setText(formatting.day(submit_by) or unknown)
        if decision is None:
            self.decision.setText(self.tr("after submitting"))
        elif decision[0] == decision[1]:
            self.decision.setText(formatting.day(decision[0]))
        else:
            self.decision.setText(
                self.tr("%1 (at the latest %2)")
                .replace("%1", formatting.day(decision[0]))
                .replace("%2", formatting.day(decision[1]))
            )
        self.accountability.setText(formatting.day(accountability) or unknown)


class ChecksPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.checklist = ChecklistWidget()
        self.deadlines = DeadlinesWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.checklist, 1)

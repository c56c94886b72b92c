"""Bestand → Importeren…: choose a file, map its columns, preview, import, read the report."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.services import Database, Stage
from db.transfer import importing
from db.transfer.importing.mapping import missing_required
from db.validation import Invalid, format_date, format_phone
from desktop import labels
from desktop.widgets.colours import Tone
from desktop.widgets.modal import dispose, run_modal
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.table_model import Column
from desktop.workers import Job

PREVIEW_ROWS = 200


def _shown(key: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, Stage):
        return labels.stage(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(value)
    if key == "phone":
        return format_phone(value)
    return str(value)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, with a header row."))
        self.kind = QComboBox()
        for text, kind in (
            (self.tr("Residents"), "residents"),
            (self.tr("Homes"), "homes"),
            (self.tr("Volunteers"), "volunteers"),
        ):
            self.kind.addItem(text, kind)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .xlsx or .csv file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("errorLabel")
        form = QFormLayout(self)
        form.addRow(self.tr("&What to import:"), self.kind)
        # A row that is a layout gets no buddy, so "&" would show literally: name the buddy.
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.message)
        self.path.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        start = QSettings().value("import/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), str(start), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        try:
            table = importing.read_table(path, importing.known_headers())
        except Invalid as exc:
            self.message.setText(str(exc))
            return False
        if not table.rows:
            self.message.setText(self.tr("The file has a header row but no rows to import."))
            return False
        self.message.clear()
        QSettings().setValue("import/folder", str(path.parent))
        self.wiz.kind, self.wiz.table, self.wiz.path = self.kind.currentData(), table, path
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(
            self.tr(
                "Guessed from the column names; fields marked * are required. "
                "Your choice is remembered for the next file."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.inner = QWidget()
        self.form = QFormLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        self.missing = QLabel()
        self.missing.setObjectName("errorLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        headers = self.wiz.table.headers
        remembered = {
            f.key: str(QSettings().value(self._key(f.key), ""))
            for f in importing.KINDS[self.wiz.kind]
        }
        guessed = importing.guess(self.wiz.kind, headers, remembered)
        for f in importing.KINDS[self.wiz.kind]:
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), -1)
            for column, header in enumerate(headers):
                combo.addItem(header, column)
            combo.setCurrentIndex(guessed.get(f.key, -1) + 1)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[f.key] = combo
            self.form.addRow(f"{f.label}{' *' if f.required else ''}", combo)
        self._changed()

    def _key(self, field: str) -> str:
        return f"import/{self.wiz.kind}/{field}"

    def mapping(self) -> importing.Mapping:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() is not None and combo.currentData() >= 0
        }

    def _changed(self, *_args) -> None:
        missing = missing_required(self.wiz.kind, self.mapping())
        self.missing.setText(
            self.tr("Choose a column for: %1").replace("%1", ", ".join(f.label for f in missing))
            if missing
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not missing_required(self.wiz.kind, self.mapping())

    def validatePage(self) -> bool:
        settings = QSettings()
        for key, combo in self.combos.items():
            settings.setValue(self._key(key), combo.currentText() if combo.currentIndex() else "")
        self.wiz.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The rows as they will be stored. Nothing has been saved yet."))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model = RowsModel([], self, tooltip=lambda outcome: " ".join(outcome.errors) or None)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(120)
        self.skip = QCheckBox(self.tr("Import only the correct rows and skip the rows with errors"))
        self.skip.toggled.connect(self.completeChanged)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.save_errors = QPushButton(self.tr("&Save rows with errors…"))
        self.save_errors.clicked.connect(self.wiz.save_error_rows)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip, 1)
        bottom.addWidget(self.save_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.report, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.counts.setText(self.tr("Checking the rows…"))
        self.report.clear()
        self.wiz.make_plan(self.show_plan)

    def show_plan(self, plan: importing.ImportPlan) -> None:
        outcomes = plan.outcomes[:PREVIEW_ROWS]
        self.model.set_rows(outcomes, self.columns(plan, outcomes))
        self.counts.setText(self.wiz.counts_text(plan.counts, plan.new_homes))
        bad = plan.report_lines()
        self.report.setPlainText("\n".join(bad) if bad else self.tr("No errors found."))
        self.report.setVisible(True)
        self.skip.setVisible(bool(bad))
        self.save_errors.setVisible(bool(bad))
        self.completeChanged.emit()

    def columns(self, plan: importing.ImportPlan, outcomes: list) -> list[Column]:
        """The first rows as they will be stored, with what will happen to each."""

        def colour(outcome: importing.RowOutcome) -> Tone | None:
            return Tone.ERROR if outcome.action == "error" else None

        # Mapped fields, plus parts found inside another column ("Vulcanusdreef 12A").
        fields = [
            f
            for f in importing.KINDS[plan.kind]
            if f.key in plan.mapping
            or any(o.values.get(f.key) not in (None, "", []) for o in outcomes)
        ]
        return [
            Column("number", self.tr("Row"), colour=colour),
            Column("action", self.tr("Result"), self.action_text, colour=colour),
            *(
                Column(
                    f.key,
                    f.label,
                    value=lambda o, key=f.key: _shown(key, o.values.get(key)),
                    colour=colour,
                )
                for f in fields
            ),
        ]

    def action_text(self, action: str) -> str:
        return {
            "new": self.tr("new"),
            "update": self.tr("update"),
            "same": self.tr("unchanged"),
            "error": self.tr("error"),
        }[action]

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        return plan is not None and (not plan.bad_rows or self.skip.isChecked())

    def validatePage(self) -> bool:
        return self.wiz.start_import(self.skip.isChecked())


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.save_errors = QPushButton(self.tr("&Save rows with errors…"))
        self.save_errors.clicked.connect(self.wiz.save_error_rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.save_errors, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        result = self.wiz.result
        text = self.wiz.counts_text(result.counts, result.new_homes)
        if result.backup:
            text += "\n" + self.tr("A backup was made first: %1").replace("%1", str(result.backup))
        self.summary.setText(text)
        self.report.setPlainText("\n".join(result.report) or self.tr("Every row was imported."))
        self.save_errors.setVisible(bool(result.report))


class ImportWizard(QWizard):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.kind, self.table, self.path = "residents", None, None
        self.mapping: importing.Mapping = {}
        self.plan: importing.ImportPlan | None = None
        self.result: importing.ImportResult | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.report_page = PreviewPage(self), ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.resize(900, 620)

    def counts_text(self, counts: dict[str, int], new_homes: int) -> str:
        text = self.tr("New: %1 · Updated: %2 · Unchanged: %3 · With errors (skipped): %4")
        for n, key in enumerate(("new", "update", "same", "error"), start=1):
            text = text.replace(f"%{n}", str(counts[key]))
        if new_homes:
            text += " · " + self.tr("New homes: %1").replace("%1", str(new_homes))
        return text

    def _run(self, work, on_done, cancellable: bool) -> None:
        dialog = QProgressDialog(
            self.tr("Working…"), self.tr("Cancel") if cancellable else "", 0, 0, self
        )
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        stop = threading.Event()
        dialog.canceled.connect(stop.set)
        self.job = Job(lambda progress: work(progress, stop.is_set))

        def progress(label: str, done: int, total: int) -> None:
            dialog.setLabelText(label)
            dialog.setMaximum(total)
            dialog.setValue(done)

        def failed(message: str) -> None:
            dialog.reset()
            dispose(dialog)
            self.job = None
            QMessageBox.warning(self, self.tr("Import"), message)

        def finished(value) -> None:
            dialog.reset()
            dispose(dialog)
            self.job = None
            on_done(value)

        self.job.signals.progress.connect(progress)
        self.job.signals.failed.connect(failed)
        self.job.signals.finished.connect(finished)
        QThreadPool.globalInstance().start(self.job)

    def make_plan(self, show) -> None:
        kind, table, mapping, name = self.kind, self.table, self.mapping, self.path.name

        def done(plan) -> None:
            self.plan = plan
            show(plan)

        self._run(
            lambda _p, _c: importing.make_plan(self.db, kind, table, mapping, name),
            done,
            cancellable=False,
        )

    def start_import(self, skip_invalid: bool) -> bool:
        """Runs the import in the pool; the wizard moves on to the report when it is done."""
        if self.result is not None:
            return True
        plan = self.plan

        def done(result) -> None:
            self.result = result
            self.next()

        self._run(
            lambda progress, cancelled: importing.run_import(
                self.db, plan, skip_invalid=skip_invalid, progress=progress, cancelled=cancelled
            ),
            done,
            cancellable=True,
        )
        return False

    def save_error_rows(self) -> None:
        if self.plan is None or not self.plan.bad_rows:
            return
        suggested = self.path.with_name(f"{self.path.stem} - fouten.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rows with errors"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"),
        )
        if not name:
            return
        try:
            importing.write_error_file(self.plan, name)
        except Invalid as exc:
            QMessageBox.warning(self, self.tr("Save rows with errors"), str(exc))


def open_import_wizard(window) -> None:
    wizard = ImportWizard(window.db, window)
    run_modal(wizard)
    if wizard.result is not None:
        window.reload()

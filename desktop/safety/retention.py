"""Manage → Retention list: residents who moved out and volunteers who stopped longer ago than
the retention period, with one action to anonymise them all (in the background)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from db.services import Database, ServiceError, privacy
from desktop import formatting
from desktop.widgets.modal import dispose
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.table_model import Column
from desktop.workers import Job


class RetentionDialog(QDialog):
    def __init__(self, db: Database, parent=None, on_changed=None):
        super().__init__(parent)
        self.db = db
        self.on_changed = on_changed or (lambda: None)
        self._mentions: list[privacy.Mention] = []
        self.setWindowTitle(self.tr("Retention list"))
        intro = QLabel(
            self.tr(
                "The office keeps personal data no longer than needed. "
                "Below are the residents who moved out "
                "and the volunteers who stopped longer ago than the retention period. "
                "Anonymising removes "
                "names, contact details, notes, flags, contact moments and signals; "
                "attendance and funding "
                "figures stay correct."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setSuffix(self.tr(" year(s)"))
        self.years.setValue(privacy.retention_years(db))
        self.years.valueChanged.connect(self.change_years)
        self.model = RowsModel(
            [
                Column(
                    "kind",
                    self.tr("Who"),
                    lambda kind: (
                        self.tr("Resident (moved out)")
                        if kind == "Resident"
                        else self.tr("Volunteer (stopped)")
                    ),
                ),
                Column("name", self.tr("Name")),
                Column("since", self.tr("Since"), formatting.day),
                Column("complex_name", self.tr("Complex")),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nobody is past the retention period. Nothing to do."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.anonymise_button = QPushButton()
        self.anonymise_button.clicked.connect(self.anonymise_all)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(self.tr("&Retention period after moving out or stopping:"), buddy=self.years)
        )
        top.addWidget(self.years)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.anonymise_button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.resize(820, 520)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(privacy.retention_candidates(self.db))
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.view if count else self.empty_label)
        self.anonymise_button.setText(self.tr("&Anonymise all %n person(s)…", "", count))
        self.anonymise_button.setEnabled(count > 0)

    def change_years(self, years: int) -> None:
        try:
            privacy.set_retention_years(self.db, years)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Retention period"), str(exc))
            return
        self.reload()

    def anonymise_all(self) -> None:
        rows = self.model.rows()
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            self.tr(
                "Anonymise %n person(s)? Names, contact details, notes and flags "
                "are removed for good; "
                "this cannot be undone (older backups still hold them until they are rotated out).",
                "",
                len(rows),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dialog = QProgressDialog(self.tr("Anonymising…"), "", 0, len(rows), self)
        dialog.setCancelButton(None)  # one transaction per person: stopping halfway is safe but odd
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self._mentions = mentions = []
        job = Job(lambda progress: privacy.anonymise_all(self.db, rows, progress, mentions))
        job.signals.progress.connect(lambda _label, done, _total: dialog.setValue(done))
        job.signals.failed.connect(lambda message: self._finished(dialog, None, message))
        job.signals.finished.connect(lambda done: self._finished(dialog, done, ""))
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _finished(self, dialog: QProgressDialog, done, message: str) -> None:
        dispose(dialog)
        self.reload()
        self.on_changed()
        if message:
            QMessageBox.warning(self, self.tr("Anonymise"), message)
        elif hasattr(self.parent(), "statusBar"):
            self.parent().statusBar().showMessage(
                self.tr("%n person(s) anonymised.", "", int(done or 0)), 8000
            )
        if not message and self._mentions:
            review = self.tr(
                "Their names still appear in the text of these other records. They were not "
                "changed, because it may be someone else with the same name; check them and "
                "edit them where needed:"
            )
            shown = self._mentions[:25]
            listing = "\n".join(f"• {m.label}" for m in shown)
            more = len(self._mentions) - len(shown)
            if more:
                listing += "\n" + self.tr("…and %n more.", "", more)
            QMessageBox.information(self, self.tr("Anonymise"), f"{review}\n{listing}")

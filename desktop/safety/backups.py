"""File → Backups: the list of backups (date, kind, size, residents, activities), back up now,
and restore one (the current file is backed up first, the swap is atomic)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from db.safety import backup, migrate
from db.safety.opening import DatabaseError, open_database
from desktop import formatting
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.table_model import Column


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} kB"


class RestoreDialog(QDialog):
    """Needs the main window: restoring closes its connections and reloads its tabs."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.db = window.db
        self.path: Path = self.db.path
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "Buurtkantoor makes a backup every day at start and before every update, "
                "and keeps 7 daily, "
                "4 weekly and 12 monthly copies. Restoring first backs up the current database."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(
            self.tr("Folder: %1").replace("%1", str(backup.backups_dir(self.path)))
        )
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowsModel(self._columns(), self, tooltip=lambda info: str(info.path))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty_label = QLabel(
            self.tr("No backups yet. Click 'Back up now' to make the first one.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.file_button = QPushButton(self.tr("Restore from &file…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.file_button,
            self.folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(760, 460)
        self.reload()

    def _columns(self) -> list[Column]:
        def count(value: int | None) -> str:
            return self.tr("unreadable") if value is None else formatting.number(value)

        return [
            Column("made_at", self.tr("Made on"), formatting.moment),
            Column("reason", self.tr("Kind"), self.reason_text),
            Column("size", self.tr("Size"), size_text, align_right=True),
            Column("residents", self.tr("Residents"), count, align_right=True),
            Column("activities", self.tr("Activities"), count, align_right=True),
        ]

    def reason_text(self, reason: str) -> str:
        if reason == backup.DAILY:
            return self.tr("daily")
        if reason == backup.MANUAL:
            return self.tr("by hand")
        if reason == backup.BEFORE_RESTORE:
            return self.tr("before a restore")
        if reason.startswith(backup.MIGRATION):
            return self.tr("before an update")
        return reason

    def reload(self) -> None:
        self.model.set_rows(backup.list_backups(self.path))
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty_label)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        try:
            made = backup.make_backup(self.path, backup.MANUAL)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
            return
        self.reload()
        self.window_.statusBar().showMessage(
            self.tr("Backup made: %1").replace("%1", made.name), 8000
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup.backups_dir(self.path)),
            self.tr("Buurtkantoor databases (*.sqlite)"),
        )
        if name:
            self.restore(Path(name))

    def open_folder(self) -> None:
        from PySide6.QtCore import QUrl

        backup.backups_dir(self.path).mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup.backups_dir(self.path))))

    def confirm(self, source: Path) -> bool:
        residents, activities = backup.counts(source)
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the current database with the backup %1 (%2 residents, %3 activities)?\n\n"
                "The current database is backed up first, so this can be undone."
            )
            .replace("%1", source.name)
            .replace("%2", str(residents))
            .replace("%3", str(activities)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, source: Path) -> None:
        if not self.confirm(source):
            return
        self.db.dispose()  # our own pooled connections; new ones open on the restored file
        try:
            kept = backup.restore(source, self.path, migrate.known_revisions())
            open_database(self.db.url).dispose()  # an older backup is brought up to date here
        except (backup.BackupError, DatabaseError) as exc:
            QMessageBox.critical(self, self.tr("Restore failed"), str(exc))
            self.reload()
            return
        self.window_.reload()
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr("The backup has been restored. The database as it was is kept as %1.").replace(
                "%1", kept.name if kept else "—"
            ),
        )

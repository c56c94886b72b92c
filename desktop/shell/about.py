"""Help → About: version and where the data is kept (staff need that for backups)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop import __version__


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Buurtkantoor"))
        title = QLabel(self.tr("<h2>Buurtkantoor</h2>"))
        version = QLabel(self.tr("Version %1").replace("%1", __version__))
        version.setObjectName("version")
        purpose = QLabel(
            self.tr(
                "Complexes, residents, volunteers, funding applications and activities "
                "for the neighbourhood team's office."
            )
        )
        purpose.setWordWrap(True)
        location = QLabel(self.tr("Database: %1").replace("%1", database_location))
        location.setObjectName("location")
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, version, purpose, location):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

"""The transfer area's menu entries: import and export (File), duplicate residents (Manage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from desktop.transfer.duplicates import open_duplicates
from desktop.transfer.export import export_current_tab
from desktop.transfer.import_wizard import open_import_wizard


def install_menu(window) -> None:
    window.add_menu_action(
        "file",
        QCoreApplication.translate("TransferExport", "&Import…"),
        lambda: open_import_wizard(window),
        QKeySequence("Ctrl+I"),
    )
    window.add_menu_action(
        "file",
        QCoreApplication.translate("TransferExport", "&Export…"),
        lambda: export_current_tab(window),
        QKeySequence("Ctrl+E"),
    )
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("TransferExport", "Find &duplicate residents…"),
        lambda: open_duplicates(window),
    )

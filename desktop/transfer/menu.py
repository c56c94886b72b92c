"""The transfer area's menu entries: import and export (File), duplicate residents (Manage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def install_menu(window) -> None:
    window.add_menu_action(
        "file",
        QCoreApplication.translate("TransferExport", "&Import…"),
        lambda: _open_import_wizard(window),
        QKeySequence("Ctrl+I"),
    )
    window.add_menu_action(
        "file",
        QCoreApplication.translate("TransferExport", "&Export…"),
        lambda: _export_current_tab(window),
        QKeySequence("Ctrl+E"),
    )
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("TransferExport", "Find &duplicate residents…"),
        lambda: _open_duplicates(window),
    )


# Wizard, export and duplicates are imported when first asked for: start-up does not pay for them.
def _open_import_wizard(window) -> None:
    from desktop.transfer.import_wizard import open_import_wizard

    open_import_wizard(window)


def _export_current_tab(window) -> None:
    from desktop.transfer.export import export_current_tab

    export_current_tab(window)


def _open_duplicates(window) -> None:
    from desktop.transfer.duplicates import open_duplicates

    open_duplicates(window)

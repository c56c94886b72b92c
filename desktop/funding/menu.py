"""The funding area's menu entry: the funds and their rules (Manage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install_menu(window) -> None:
    window.add_menu_action(
        "manage", QCoreApplication.translate("FundingMenu", "&Funds…"), lambda: _funds(window)
    )


def _funds(window) -> None:
    from desktop.funding.funds import FundsDialog

    dialog = FundsDialog(window.db, window)
    dialog.exec()
    dialog.deleteLater()
    window.funding.load()

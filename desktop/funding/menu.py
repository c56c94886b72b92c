"""The funding area's menu entry: the funds and their rules (Manage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.widgets.modal import run_modal


def install_menu(window) -> None:
    window.add_menu_action(
        "manage", QCoreApplication.translate("FundingMenu", "&Funds…"), lambda: _funds(window)
    )


def _funds(window) -> None:
    from desktop.funding.funds import FundsDialog

    run_modal(FundsDialog(window.db, window))
    window.funding.load()

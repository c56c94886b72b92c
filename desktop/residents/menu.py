"""The residents area's menu entries: partners (Manage) and what is due to follow up (View)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.residents.followups import FollowUpsDialog
from desktop.residents.partners import PartnersDialog
from desktop.widgets.modal import run_modal


def install_menu(window) -> None:
    """Beheer → Partners…; Beeld → Opvolgen…: due follow-ups and open signals."""
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("PartnersDialog", "&Partners…"),
        lambda: run_modal(PartnersDialog(window.db, window)),
    )
    window.add_menu_action(
        "view",
        QCoreApplication.translate("FollowUpsDialog", "&Follow up…"),
        lambda: run_modal(FollowUpsDialog(window.db, window)),
    )

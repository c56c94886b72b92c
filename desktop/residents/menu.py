"""The residents area's menu entries: partners (Manage) and what is due to follow up (View)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.widgets.modal import run_modal


def install_menu(window) -> None:
    """Beheer → Partners…; Beeld → Opvolgen…: due follow-ups and open signals."""
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("PartnersDialog", "&Partners…"),
        lambda: _open_partners(window),
    )
    window.add_menu_action(
        "view",
        QCoreApplication.translate("FollowUpsDialog", "&Follow up…"),
        lambda: _open_follow_ups(window),
    )


# The dialogs are imported when first opened: start-up does not pay for them.
def _open_partners(window) -> None:
    from desktop.residents.partners import PartnersDialog

    run_modal(PartnersDialog(window.db, window))


def _open_follow_ups(window) -> None:
    from desktop.residents.followups import FollowUpsDialog

    run_modal(FollowUpsDialog(window.db, window))

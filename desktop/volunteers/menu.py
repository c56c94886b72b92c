"""The volunteers area's menu entries: matching volunteers to residents, the VOG period."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from db.services import settings


def install_menu(window) -> None:
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("VolunteersMenu", "Match volunteers to residents…"),
        lambda: _matching(window),
    )
    window.add_menu_action(
        "manage",
        QCoreApplication.translate("VolunteersMenu", "VOG validity period…"),
        lambda: ask_vog_years(window),
    )


def _matching(window) -> None:
    window.tabs.setCurrentWidget(window.volunteers)
    window.volunteers.open_matching()


def ask_vog_years(window) -> None:
    years, ok = QInputDialog.getInt(
        window,
        QCoreApplication.translate("VolunteersMenu", "VOG validity period"),
        QCoreApplication.translate(
            "VolunteersMenu",
            "A certificate of conduct (VOG) counts as recent for this "
            "many years; after that the volunteers table warns:",
        ),
        settings.vog_valid_years(window.db),
        1,
        10,
    )
    if ok:
        settings.set_vog_valid_years(window.db, years)
        window.volunteers.reload_all()

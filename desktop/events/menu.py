"""The activities area's menu entries: the agenda export (.ics) and address labels (File)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.events.tab import EventsTab


def install_menu(window) -> None:
    tab: EventsTab = window.events
    window.add_menu_action(
        "file",
        QCoreApplication.translate("EventsMenu", "Export activities to &calendar (.ics)…"),
        lambda: (window.tabs.setCurrentWidget(tab), tab.export_ics()),
    )
    window.add_menu_action(
        "file",
        QCoreApplication.translate("EventsMenu", "Address &labels for a complex…"),
        tab.address_labels,
    )

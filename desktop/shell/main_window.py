"""The main window: menus, Vandaag and the five area tabs, the status bar — composition only."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from db.services import Database
from desktop.complexes.tab import ComplexesTab
from desktop.events import menu as events_menu
from desktop.events.tab import EventsTab
from desktop.funding import menu as funding_menu
from desktop.funding.tab import FundingTab
from desktop.residents import menu as residents_menu
from desktop.residents.tab import ResidentsTab
from desktop.safety import menu as safety_menu
from desktop.shell import crash, office_details
from desktop.shell.connection_banner import ConnectionBanner
from desktop.shell.day_watch import DayWatch
from desktop.shell.live_refresh import LiveRefresh
from desktop.today import menu as today_menu
from desktop.today.tab import TodayTab
from desktop.transfer import menu as transfer_menu
from desktop.volunteers import menu as volunteers_menu
from desktop.volunteers.tab import VolunteersTab
from desktop.widgets.conflict import ChangeHub
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.workers import run_demo_generation

# Each area adds its own menu entries from its menu.py: install_menu(window) calls
# window.add_menu_action(...). The order here is the order of the entries within each menu.
MENU_INSTALLERS = [
    crash.install_menu,  # Help → Open log file
    volunteers_menu.install_menu,  # Manage → matching, VOG period
    safety_menu.install_menu,  # File → backups, check; Manage → audit, privacy
    events_menu.install_menu,  # File → .ics export, address labels
    transfer_menu.install_menu,  # File → import, export; Manage → duplicates
    funding_menu.install_menu,  # Manage → Funds
    residents_menu.install_menu,  # Manage → Partners; View → Follow up
    office_details.install_menu,  # Manage → Office details
    today_menu.install_menu,  # File → progress report; View → charts
]

HIDDEN_TABS_AFTER_MS = 150  # the window is painted and answers input before other lists load


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Buurtkantoor"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.today = TodayTab(db)
        self.today.open_requested.connect(self.open_record)
        self.today.count_changed.connect(lambda _n: self._show_count_of(self.today))
        self.tabs.addTab(self.today, self.today.title())
        self.complexes = ComplexesTab(db)
        self.residents = ResidentsTab(db)
        self.volunteers = VolunteersTab(db)
        self.funding = FundingTab(db)
        self.events = EventsTab(db)
        for tab, title in self._tab_titles():
            self.tabs.addTab(tab, title)
            tab.view.setAccessibleName(title)  # a screen reader says which list it is in
            # The status bar repeats the current tab's count, from the same query as its rows.
            tab.count_text_changed.connect(lambda _text, t=tab: self._show_count_of(t))
        self.connection_banner = ConnectionBanner(db)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.location_label = QLabel(self.tr("Database: %1").replace("%1", db.describe()))
        self.statusBar().addPermanentWidget(self.location_label)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.day_watch = DayWatch(self)
        # Deadline colours, "upcoming only" and VOG warnings are worked out when a list loads.
        self.day_watch.day_changed.connect(lambda _day: self.reload())
        self.live = LiveRefresh(db, self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.changed.connect(ChangeHub.instance().changed)  # open editors notice too
        self.reload()
        self._restore_settings()
        self._focus_search()  # the window opens ready to type a name, not inside a table

    def _tab_titles(self) -> list[tuple[ListTab, str]]:
        return [
            (self.complexes, self.tr("Complexes")),
            (self.residents, self.tr("Residents")),
            (self.volunteers, self.tr("Volunteers")),
            (self.funding, self.tr("Funding applications")),
            (self.events, self.tr("Activities")),
        ]

    def all_tabs(self) -> list[ListTab]:
        return [tab for tab, _title in self._tab_titles()]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.menus = {"file": file_menu}
        self.demo_action = self._action(file_menu, self.tr("Load &demo data…"), self._load_demo)
        self._quit_separator = file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.menus["edit"] = edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(edit_menu, self.tr("&Refresh"), self.reload, QKeySequence.StandardKey.Refresh)

        self.menus["view"] = view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(
            view_menu,
            self.today.title(),
            lambda _c=False: self.tabs.setCurrentWidget(self.today),
            QKeySequence("Ctrl+0"),
        )
        for number, (tab, title) in enumerate(self._tab_titles(), start=1):
            self._action(
                view_menu,
                title,
                lambda _c=False, t=tab: self.tabs.setCurrentWidget(t),
                QKeySequence(f"Ctrl+{number}"),
            )

        self.menus["manage"] = self.menuBar().addMenu(self.tr("&Manage"))
        self.menus["help"] = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Buurtkantoor"), self.show_about)
        for install in MENU_INSTALLERS:
            install(self)
        for menu in self.menus.values():  # an area that adds nothing leaves no empty menu behind
            menu.menuAction().setVisible(not menu.isEmpty())

    def add_menu_action(self, menu: str, text: str, slot, shortcut=None) -> QAction:
        """For areas that contribute to the menus (installers in MENU_INSTALLERS).

        File entries go above the separator before Quit: Quit is always the last entry.
        """
        before = self._quit_separator if menu == "file" else None
        return self._action(self.menus[menu], text, slot, shortcut, before)

    def _action(self, menu, text: str, slot, shortcut=None, before=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def reload(self) -> None:
        """Every list read before is read again; one never shown yet stays for later: the
        visible tab loads when shown (ListTab.showEvent), the others one by one once the window
        is up and idle — the window is usable before every list is read."""
        for tab in self.all_tabs():
            if not tab.stale:
                tab.load()
        if self.today.isVisible():  # else its showEvent reads it when it is shown
            self.today.load()
        self._on_tab_changed(self.tabs.currentIndex())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # With self as context: never called once the window is gone.
        QTimer.singleShot(HIDDEN_TABS_AFTER_MS, self, self._load_next_hidden_tab)

    def _load_next_hidden_tab(self) -> None:
        stale = [tab for tab in self.all_tabs() if tab.stale]
        if stale:
            stale[0].load()
            QTimer.singleShot(0, self, self._load_next_hidden_tab)  # paint and input in between

    def _changed_elsewhere(self, _change) -> None:
        # Lists are paged and cheap to fetch again; each keeps its selected row.
        for tab in self.all_tabs():
            tab.refresh_keeping_selection()
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ListTab | TodayTab):
            self._show_count_of(tab)

    def _show_count_of(self, tab: ListTab | TodayTab) -> None:
        if tab is self.tabs.currentWidget():
            self.statusBar().showMessage(tab.count_label.text())

    def _focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ListTab | TodayTab):
            tab.focus_search()

    def open_record(self, kind: str, record_id: int) -> None:
        """An item on the Vandaag tab opens where that record is edited; Vandaag stays in front."""
        if kind == "support":  # a complex's residents waiting for a volunteer: the suggestions
            from desktop.volunteers.matching import MatchDialog

            run_modal(MatchDialog(self.db, self, record_id))
            self.volunteers.load()
            return
        openers = {
            "application": self.funding.open_application,
            "volunteer": self.volunteers.open_volunteer,
            "resident": self.residents.open_resident,
            "event": self.events.open_event,
            "complex": self.complexes.open_complex,
        }
        openers[kind](record_id)

    def _load_demo(self) -> None:
        run_demo_generation(self, self.db, on_done=self.reload)

    def show_about(self) -> None:
        from desktop.shell.about import AboutDialog

        run_modal(AboutDialog(self.db.describe(), self))

    # --- remembered between sessions -----------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        # The day starts on Vandaag, whichever tab was open when the program was closed.
        self.tabs.setCurrentWidget(self.today)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.timer.stop()
        self.live.close()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)

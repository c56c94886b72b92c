"""Bewoners tab: the residents of all complexes, searchable by name, address, postcode, phone,
filtered by complex, status, support flag and language; the editor opens on Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QPushButton

from db.services import ListQuery, Page, complexes, residents
from desktop import formatting
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.widgets.table_model import Column


class ResidentsTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self._show_sensitive = False
        self.complex_filter = QComboBox()
        self.complex_filter.setAccessibleName(self.tr("Filter by complex"))
        self.complex_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("complex_id", self.complex_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        for label, value in (
            (self.tr("Living here now"), "current"),
            (self.tr("Moved out"), "moved"),
            (self.tr("All"), "all"),
        ):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.currentData())
        )
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.language_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("language", self.language_filter.currentData())
        )
        self.flag_filter = QComboBox()
        self.flag_filter.setAccessibleName(self.tr("Filter by support"))
        self.flag_filter.setToolTip(
            self.tr('Support flags are sensitive: turn on "Show sensitive data" to filter on them.')
        )
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("flag", self.flag_filter.currentData())
        )
        self.sensitive_toggle = QCheckBox(self.tr("Show sensitive data"))
        self.sensitive_toggle.setToolTip(
            self.tr(
                "Support flags are hidden unless you choose to "
                "see them; notes never appear in the table."
            )
        )
        self.sensitive_toggle.toggled.connect(self.set_show_sensitive)
        self.new_button = QPushButton(self.tr("New resident"))
        self.new_button.setToolTip(self.tr("New resident (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_resident)
        self.followups_button = QPushButton(self.tr("Follow up…"))
        self.followups_button.setToolTip(
            self.tr("Due follow-ups and open signals of all residents")
        )
        self.followups_button.clicked.connect(self.show_followups)
        # Filters get a row of their own, so the search field stays wide at 1280 pixels.
        filters = QHBoxLayout()
        for widget in (
            self.complex_filter,
            self.status_filter,
            self.language_filter,
            self.flag_filter,
            self.sensitive_toggle,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.followups_button)
        filters.addWidget(self.new_button)
        self.layout().insertLayout(1, filters)
        self._shortcut(QKeySequence.StandardKey.New, self.new_resident)
        self._shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_current, on_view=True)
        self.open_requested.connect(self.open_resident)
        self.model.modelReset.connect(self._apply_sensitive)
        self.set_show_sensitive(False)

    def _shortcut(self, key, slot, on_view: bool = False) -> QShortcut:
        shortcut = QShortcut(key, self.view if on_view else self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # --- list -----------------------------------------------------------------------------
    def load(self) -> None:
        self._refill(self.complex_filter, self.tr("All complexes"), complexes.names(self.db))
        self._refill(
            self.language_filter,
            self.tr("All languages"),
            sorted(
                ((code, formatting.language(code)) for code in residents.language_choices(self.db)),
                key=lambda item: item[1],
            ),
        )
        self._refill(
            self.flag_filter, self.tr("All support"), residents.support_flag_choices(self.db)
        )
        super().load()

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("address", self.tr("Address")),
            Column("postcode", self.tr("Postcode")),
            Column("phone", self.tr("Phone")),
            Column("complex_name", self.tr("Complex")),
            Column("languages", self.tr("Languages"), formatting.languages),
            Column(
                "consent", self.tr("Contact OK"), lambda ok: self.tr("yes") if ok else self.tr("no")
            ),
            Column("move_in", self.tr("Moved in"), formatting.day),
            Column("move_out", self.tr("Moved out"), formatting.day),
            Column("support_flags", self.tr("Support (sensitive)"), sensitive=True),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return residents.list_residents(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by name, address, postcode or phone")

    def empty_text(self) -> str:
        return self.tr("No residents yet. Load demo data (File menu) or add a resident (Ctrl+N).")

    def count_text(self, total: int) -> str:
        return self.tr("%n resident(s)", "", total)

    # --- sensitive data -------------------------------------------------------------------
    @property
    def show_sensitive(self) -> bool:
        """Read by exports too: sensitive columns only when the user deliberately turned them on."""
        return self._show_sensitive

    def set_show_sensitive(self, on: bool) -> None:
        self._show_sensitive = bool(on)
        if self.sensitive_toggle.isChecked() != self._show_sensitive:
            self.sensitive_toggle.setChecked(self._show_sensitive)
        self._apply_sensitive()
        self.flag_filter.setEnabled(self._show_sensitive)
        if not self._show_sensitive and self.flag_filter.currentIndex() > 0:
            self.flag_filter.setCurrentIndex(0)

    def _apply_sensitive(self) -> None:
        for number, column in enumerate(self.model.columns()):
            if column.sensitive:
                self.view.setColumnHidden(number, not self._show_sensitive)

    # --- editing --------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.model.row_id(self.view.currentIndex().row())

    def new_resident(self) -> None:
        from desktop.residents.editor import ResidentEditor  # loaded when first opened

        editor = ResidentEditor(self.db, None, self)
        if run_modal(editor) == QDialog.DialogCode.Accepted:
            self.after_change(editor.saved_id)

    def open_resident(self, resident_id: int) -> None:
        from desktop.residents.editor import ResidentEditor

        editor = ResidentEditor(self.db, resident_id, self)
        if run_modal(editor) == QDialog.DialogCode.Accepted:
            self.after_change(resident_id)

    def show_followups(self) -> None:
        from desktop.residents.followups import FollowUpsDialog  # it opens editors too

        run_modal(FollowUpsDialog(self.db, self))
        self.model.refresh()

    def delete_current(self) -> None:
        resident_id = self.current_id()
        if resident_id is None:
            return
        name = residents.get(self.db, resident_id).name
        self.confirm_and_delete(
            self.tr("Delete resident"),
            self.tr(
                "Delete %1 with all contact moments and signals? This cannot be undone. "
                "Someone who moved away is better kept: use Move out in the editor."
            ).replace("%1", name),
            lambda: residents.delete(self.db, resident_id),
        )

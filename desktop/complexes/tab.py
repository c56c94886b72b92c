"""Complexen tab: every housing complex with its residents, support requests and Nieuwe Buren."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton

from db.services import ListQuery, Page, complexes
from desktop import formatting
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.widgets.table_model import Column


class ComplexesTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.new_button = QPushButton(self.tr("New complex"))
        self.new_button.setToolTip(self.tr("New complex (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_complex)
        self.charts_button = QPushButton(self.tr("Charts"))
        self.charts_button.setToolTip(self.tr("Charts of the chosen complex, or of all complexes"))
        self.charts_button.clicked.connect(self.show_charts)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(self.charts_button)
        self.filter_bar.addWidget(self.new_button)
        for key, slot, widget in (
            (QKeySequence.StandardKey.New, self.new_complex, self),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_current, self.view),
        ):
            shortcut = QShortcut(key, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.open_requested.connect(self.open_complex)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("buurt_name", self.tr("Neighbourhood")),
            Column("home_count", self.tr("Homes"), formatting.number, align_right=True),
            Column("residents_now", self.tr("Residents"), formatting.number, align_right=True),
            Column(
                "support_requested",
                self.tr("Asked for support"),
                formatting.number,
                align_right=True,
            ),
            Column("nb_share", self.tr("Nieuwe Buren"), align_right=True),
            Column("next_activity", self.tr("Next activity"), formatting.moment),
        ]

    def fetch(self, query: ListQuery) -> Page:
        if query.sort == "nb_share":
            query = ListQuery(
                query.text,
                query.filters,
                "nb_households",
                query.descending,
                query.offset,
                query.limit,
            )
        page = complexes.list_complexes(self.db, query)
        return Page([_Row(row, self._share_text(row)) for row in page.rows], page.total)

    def _share_text(self, row) -> str:
        """'38 / 188 = 20 % (doel 25 %)': households against homes, and the target."""
        if not row.home_count:
            return formatting.number(row.nb_households)
        share = round(100 * row.nb_households / row.home_count)
        text = (
            self.tr("%1 / %2 = %3 %")
            .replace("%1", str(row.nb_households))
            .replace("%2", str(row.home_count))
            .replace("%3", str(share))
        )
        if row.nb_target_pct is not None:
            target = f"{row.nb_target_pct.normalize():f}".replace(".", ",")
            text = self.tr("%1 (target %2 %)").replace("%1", text).replace("%2", target)
        return text

    def search_placeholder(self) -> str:
        return self.tr("Search by name or neighbourhood")

    def empty_text(self) -> str:
        return self.tr("No complexes yet. Load demo data (File menu) or add a complex (Ctrl+N).")

    def count_text(self, total: int) -> str:
        return self.tr("%n complex(es)", "", total)

    def new_complex(self) -> None:
        from desktop.complexes.editor import ComplexEditor  # loaded when first opened

        editor = ComplexEditor(self.db, None, self)
        if run_modal(editor) == QDialog.DialogCode.Accepted:
            self.after_change(editor.saved_id)

    def open_complex(self, complex_id: int) -> None:
        from desktop.complexes.editor import ComplexEditor

        run_modal(ComplexEditor(self.db, complex_id, self))
        self.after_change(complex_id)  # homes may have changed even when the form was cancelled

    def show_charts(self) -> None:
        from desktop.today.charts import ChartsDialog  # the charts belong to the Vandaag area

        complex_id = self.model.row_id(self.view.currentIndex().row())
        run_modal(ChartsDialog(self.db, complex_id, self))

    def delete_current(self) -> None:
        complex_id = self.model.row_id(self.view.currentIndex().row())
        if complex_id is None:
            return
        name = complexes.get(self.db, complex_id).name
        self.confirm_and_delete(
            self.tr("Delete complex"),
            self.tr("Delete complex %1?").replace("%1", name),
            lambda: complexes.delete(self.db, complex_id),
        )


class _Row:
    """A complex row plus its Nieuwe Buren text (the model reads attributes by column key)."""

    def __init__(self, row, nb_share: str):
        self._row = row
        self.nb_share = nb_share

    def __getattr__(self, name: str):
        return getattr(self._row, name)

"""Vrijwilligers tab: the volunteers table (stage, roles, languages, support, hours, VOG) with
filters, the recruitment pipeline board, match suggestions and the two printed lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
)

from db.services import (
    ListQuery,
    Page,
    ServiceError,
    Stage,
    complexes,
    volunteer_pipeline,
    volunteers,
)
from desktop import formatting, labels
from desktop.volunteers.board import PipelineBoard
from desktop.volunteers.widgets import WarningDelegate, vog_cell
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import run_modal
from desktop.widgets.table_model import Column


def _hours(value) -> str:
    return "" if not value else f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


class VolunteersTab(ListTab):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.board = PipelineBoard()
        self.stack.addWidget(self.board)
        self._build_filters()
        self._build_actions()
        self.view.setItemDelegate(WarningDelegate(self.view))
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.open_requested.connect(self.open_volunteer)
        self.board.open_requested.connect(self.open_volunteer)
        self.board.move_requested.connect(
            lambda vid, _cur, target: self.move_on(vid, Stage(target))
        )
        QShortcut(
            QKeySequence.StandardKey.New,
            self,
            activated=self.new_volunteer,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # --- building -------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_filter.addItem(labels.stage(stage), stage.value)
        self.complex_filter = QComboBox()
        self.role_filter = QComboBox()
        self.vog_filter = QComboBox()
        for combo, name in (
            (self.stage_filter, self.tr("Filter by stage")),
            (self.complex_filter, self.tr("Filter by complex")),
            (self.role_filter, self.tr("Filter by role")),
            (self.vog_filter, self.tr("Filter by VOG")),
        ):
            combo.setAccessibleName(name)
        self.vog_filter.addItem(self.tr("Any VOG"), None)
        self.vog_filter.addItem(self.tr("VOG expires / missing"), True)
        self.stage_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("stage", self.stage_filter.currentData())
        )
        self.complex_filter.currentIndexChanged.connect(self._on_complex)
        self.role_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("role", self.role_filter.currentData())
        )
        self.vog_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("vog_warning", self.vog_filter.currentData())
        )
        for widget in (self.stage_filter, self.complex_filter, self.role_filter, self.vog_filter):
            # Long complex or role names must not make the window wider than a small laptop screen.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(6)
            self.filter_bar.addWidget(widget)

    def _build_actions(self) -> None:
        self.new_button = QPushButton(self.tr("New volunteer"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.board_button = QPushButton(self.tr("Pipeline board"))
        self.board_button.setCheckable(True)
        self.match_button = QPushButton(self.tr("Match volunteers…"))
        self.pdf_button = QPushButton(self.tr("Print lists"))
        pdf_menu = QMenu(self.pdf_button)
        self.calllist_action = pdf_menu.addAction(
            self.tr("Call list (PDF)…"), lambda: self.save_pdf("calllist")
        )
        self.overview_action = pdf_menu.addAction(
            self.tr("Notice board overview (PDF)…"), lambda: self.save_pdf("volunteers")
        )
        self.pdf_button.setMenu(pdf_menu)
        row = QHBoxLayout()
        for button in (self.new_button, self.board_button, self.match_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        self.layout().insertLayout(1, row)
        self.new_button.clicked.connect(self.new_volunteer)
        self.board_button.toggled.connect(self.show_board)
        self.match_button.clicked.connect(self.open_matching)
        self._update_pdf_buttons()

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("complex_name", self.tr("Complex")),
            Column("stage", self.tr("Stage"), lambda s: labels.stage(Stage(s))),
            Column("roles", self.tr("Roles"), sortable=False),
            Column("languages", self.tr("Languages"), formatting.languages, sortable=False),
            Column("supported", self.tr("Supports"), formatting.number, align_right=True),
            Column("hours_year", self.tr("Hours this year"), _hours, align_right=True),
            Column("vog", self.tr("VOG"), vog_cell),
        ]

    def fetch(self, query: ListQuery) -> Page:
        return volunteers.list_volunteers(self.db, query)

    def search_placeholder(self) -> str:
        return self.tr("Search by name")

    def empty_text(self) -> str:
        return self.tr("No volunteers yet. Load demo data (File menu) or add a volunteer.")

    def count_text(self, total: int) -> str:
        return self.tr("%n volunteer(s)", "", total)

    # --- behaviour ------------------------------------------------------------------------
    def load(self) -> None:
        for combo, items, everything in (
            (self.complex_filter, complexes.names(self.db), self.tr("All complexes")),
            (
                self.role_filter,
                [(n, n) for n in volunteers.role_names(self.db)],
                self.tr("All roles"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        super().load()
        # Roles take the room that is left (they can be long); everything else keeps its width.
        keys = [c.key for c in self.model.columns()]
        languages = keys.index("languages")
        self.view.setColumnWidth(languages, min(self.view.columnWidth(languages), 120))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(keys.index("roles"), QHeaderView.ResizeMode.Stretch)
        self._refresh_board()

    def _on_complex(self, _index: int) -> None:
        self.set_filter("complex_id", self.complex_filter.currentData())
        self._refresh_board()
        self._update_pdf_buttons()

    def _update_pdf_buttons(self) -> None:
        chosen = self.complex_filter.currentData() is not None
        self.pdf_button.setEnabled(chosen)
        self.pdf_button.setToolTip(
            self.tr("Call list and notice-board overview of the chosen complex")
            if chosen
            else self.tr("Choose a complex first (filter above).")
        )

    def show_board(self, on: bool) -> None:
        self.board_button.setChecked(on)
        self._refresh_board()
        self._update_count()

    def _refresh_board(self) -> None:
        if self.board_button.isChecked():
            self.board.set_board(
                volunteer_pipeline.pipeline(
                    self.db, self.complex_filter.currentData(), self.model.query.text
                )
            )
            self._update_count()

    def _on_search(self, text: str) -> None:
        super()._on_search(text)
        self._refresh_board()

    def current_count_text(self) -> str:
        if hasattr(self, "board_button") and self.board_button.isChecked():
            # The board's own count, from the same pipeline query as its cards.
            return self.tr("%n candidate(s) on the board", "", self.board.total)
        return super().current_count_text()

    def _update_count(self, *args) -> None:
        super()._update_count(*args)
        on_board = self.board_button.isChecked()
        # The board filters on complex and name; the table's other filters do not apply there.
        for widget in (self.stage_filter, self.role_filter, self.vog_filter):
            widget.setVisible(not on_board)
        if on_board:
            self.stack.setCurrentWidget(self.board)

    def reload_all(self) -> None:
        self.model.refresh()
        self._refresh_board()

    def new_volunteer(self) -> None:
        from desktop.volunteers.editor import VolunteerDialog

        dialog = VolunteerDialog(self.db, None, self)
        if run_modal(dialog):
            self.reload_all()
            self.open_volunteer(dialog.volunteer_id)

    def open_volunteer(self, volunteer_id: int) -> None:
        from desktop.volunteers.editor import VolunteerDialog

        dialog = VolunteerDialog(self.db, volunteer_id, self)
        run_modal(dialog)
        self.reload_all()  # supports, hours and steps save at once, even when the form is cancelled

    def move_on(self, volunteer_id: int, target: Stage) -> None:
        """One action: steps that record nothing else happen at once, dated today."""
        if target in (Stage.WELCOMED, Stage.ACTIVE):
            try:
                volunteer_pipeline.move_to_stage(
                    self.db, volunteer_id, volunteer_pipeline.StageStep(target)
                )
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Step not saved"), str(exc))
                return
        else:
            from desktop.volunteers.stage_step import StageStepDialog

            name = volunteers.person(self.db, volunteer_id).name
            if not run_modal(StageStepDialog(self.db, volunteer_id, name, target, self)):
                return
        self.reload_all()
        self.board.select(volunteer_id)

    def open_matching(self) -> None:
        from desktop.volunteers.matching import MatchDialog

        run_modal(MatchDialog(self.db, self, self.complex_filter.currentData()))
        self.reload_all()

    def save_pdf(self, kind: str) -> None:
        from desktop.reports import load_all

        complex_id = self.complex_filter.currentData()
        if complex_id is None:
            return
        name = self.complex_filter.currentText()
        base = {"calllist": self.tr("Call list %1"), "volunteers": self.tr("Volunteers %1")}[kind]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{base.replace('%1', name)}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            data = load_all()[kind].render(self.db, complex_id)
            Path(path).write_bytes(data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("PDF not made"), str(exc))
            return
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("PDF not saved"),
                self.tr("The file could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        self.window().statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

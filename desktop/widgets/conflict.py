"""The one path every editor saves through: a save refused because another desk saved first
shows what that desk changed and lets the person load their version or save over it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import ServiceError, StaleRecord, audit_trail
from desktop.widgets import colours
from desktop.widgets.colours import Tone
from desktop.widgets.forms import show_service_error
from desktop.widgets.modal import run_modal

# The person who changed sensitive fields is shown, what they wrote is not repeated here.
SENSITIVE = {"notes", "support_flags", "interview_notes", "note", "subject"}


def plain(field: str, value: Any) -> str:
    """A value as the office reads it: dates dd-mm-jjjj, yes/no, lists with commas."""
    if field in SENSITIVE and value not in (None, "", []):
        return "•••"
    if value in (None, "", []):
        return "–"
    if field.endswith("phone") and isinstance(value, str):
        return validation.format_phone(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return f"{validation.format_date(value.date())} {validation.format_time(value)}"
    if isinstance(value, date):
        return validation.format_date(value)
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class DifferencesModel(QAbstractTableModel):
    """Field · their version · your version, one row per field that differs."""

    def __init__(self, conflict: StaleRecord, parent=None):
        super().__init__(parent)
        self.rows = [
            (
                audit_trail.FIELD_LABELS.get(d.field, d.field.replace("_", " ")),
                plain(d.field, d.theirs),
                plain(d.field, d.yours),
            )
            for d in conflict.differences
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Field"), self.tr("Their version"), self.tr("Your version"))[section]


class ConflictDialog(QDialog):
    """Done with THEIRS (load their version), MINE (save over it) or Rejected (keep editing)."""

    THEIRS = 10
    MINE = 11

    @staticmethod
    def tr_not_saved() -> str:
        return QCoreApplication.translate("ConflictDialog", "Not saved")

    def __init__(self, conflict: StaleRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed at another desk"))
        who = conflict.changed_by or self.tr("another desk")
        if conflict.changed_at is not None:
            intro = self.tr(
                "{what} was changed by {who} at {time} while you were editing it. "
                "Your changes have not been saved yet."
            ).format(what=conflict.label, who=who, time=validation.format_time(conflict.changed_at))
        else:
            intro = self.tr(
                "{what} was changed by {who} while you were editing it. "
                "Your changes have not been saved yet."
            ).format(what=conflict.label, who=who)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.model = DifferencesModel(conflict, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.theirs_button = QPushButton(self.tr("Load their version"))
        self.mine_button = QPushButton(self.tr("Save my changes over it anyway"))
        cancel = QPushButton(self.tr("Keep editing"))
        self.theirs_button.setDefault(True)
        self.theirs_button.clicked.connect(lambda: self.done(self.THEIRS))
        self.mine_button.clicked.connect(lambda: self.done(self.MINE))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(620, 320)


def guarded_save(
    parent: QWidget,
    db,
    attempt: Callable[[int | None], Any],
    reload: Callable[[], None],
) -> bool:
    """Run `attempt(version)`; None means "the version the editor loaded".

    On a conflict the person chooses: their version is loaded into the editor (nothing saved),
    or the save is repeated over the newer version and the override goes into the audit trail.
    """
    version: int | None = None
    overridden: StaleRecord | None = None
    while True:
        try:
            attempt(version)
        except StaleRecord as conflict:
            choice = run_modal(ConflictDialog(conflict, parent))
            if choice == ConflictDialog.THEIRS:
                reload()
                return False
            if choice != ConflictDialog.MINE:
                return False
            version, overridden = conflict.current_version, conflict
            continue
        except ServiceError as exc:
            show_service_error(parent, ConflictDialog.tr_not_saved(), str(exc))
            return False
        if overridden is not None:
            audit_trail.record_override(db, overridden)
        return True


class ChangeHub(QObject):
    """Where the shell hands on other desks' commits, so an open editor can notice its record."""

    changed = Signal(object)  # db.live.Change
    _instance: ChangeHub | None = None

    @classmethod
    def instance(cls) -> ChangeHub:
        if cls._instance is None:
            cls._instance = ChangeHub()
        return cls._instance


class ChangedBanner(QFrame):
    """A calm bar at the top of an editor whose record was saved at another desk meanwhile.

    The person's typing stays; "opnieuw laden" loads the other version into the editor.
    """

    def __init__(
        self,
        object_type: str,
        obj_id: int,
        current_version: Callable[[], int | None],
        loaded_version: Callable[[], int | None],
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.object_type, self.obj_id = object_type, obj_id
        self._current, self._loaded, self._reload = current_version, loaded_version, reload
        self.setObjectName("changedBanner")
        self.setStyleSheet(
            f"#changedBanner {{ background: {colours.hex_of(Tone.INFO_BACKGROUND)}; "
            f"border: 1px solid {colours.hex_of(Tone.INFO_BORDER)}; border-radius: 3px; }}"
            f"#changedBanner QLabel {{ color: {colours.hex_of(Tone.INFO_TEXT)}; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(lambda _link: self.reload())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.addWidget(self.label, 1)
        self.hide()
        ChangeHub.instance().changed.connect(self.on_change)

    def on_change(self, change) -> None:
        if self.obj_id not in change.ids.get(self.object_type, []):
            return
        try:
            newer = self._current() != self._loaded()
        except ServiceError:  # deleted meanwhile: the save will say so
            newer = True
        if not newer:  # our own save: nothing to tell
            return
        who = change.user or self.tr("another desk")
        when = validation.format_time(change.at) if change.at else "?"
        text = self.tr('Changed by {who} at {time} — <a href="reload">load again</a>')
        self.label.setText(text.format(who=who, time=when))
        self.show()

    def reload(self) -> None:
        self._reload()
        self.hide()


def watch_record(
    editor: QWidget,
    object_type: str,
    obj_id: int | None,
    current_version: Callable[[], int | None],
    loaded_version: Callable[[], int | None],
    reload: Callable[[], None],
) -> ChangedBanner | None:
    """Put a ChangedBanner at the top of an editor that shows a saved record."""
    if obj_id is None:
        return None
    banner = ChangedBanner(object_type, obj_id, current_version, loaded_version, reload, editor)
    editor.layout().insertWidget(0, banner)
    return banner

"""Form building blocks shared by every editor: validated fields with a Dutch error under them,
an empty-able date field, a money field, and a controller that enables Save only while the form
is valid and asks before unsaved changes are thrown away.

Validators are the functions of db.validation (or any callable that returns the normalised value
or raises db.validation.Invalid with a Dutch message), so a form checks exactly what the service
will check again when it saves.

Typical use::

    form = FormController(save_button)
    self.postcode = ValidatedLineEdit(validation.postcode)
    self.moved_in = DateEdit()
    form.watch(self.postcode, self.moved_in, self.notes_edit)
    form.add_check(lambda: "..." if bad else None, error_label)   # cross-field rule
    form.mark_clean()                                            # after loading the record
    ...
    if not form.confirm_discard(self):                           # closing with changes
        return
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from db import clock, validation
from db.validation import Invalid
from desktop.widgets import colours
from desktop.widgets.colours import Tone


class ErrorLabel(QLabel):
    """A Dutch message under a field; takes no space while there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(colours.style(Tone.ERROR))  # its own red on a dark window
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class ValidatedLineEdit(QWidget):
    """A line edit checked by a validator; the message appears under it once the user leaves
    the field (or at once when the form asks), and disappears as soon as the input is right.

    ``value()`` is the normalised value (None when empty and optional, or when invalid).
    """

    changed = Signal()

    def __init__(
        self,
        validator: Callable[[str], Any] | None = None,
        *,
        optional: bool = True,
        required_message: str = "",
        placeholder: str = "",
        example: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self._validator = validator
        self._optional = optional
        self._required_message = required_message
        self._value: Any = None
        self._error: str | None = None
        self._showing = False
        self.edit = QLineEdit()
        # An example reads as a hint ("bijv. 1950"), never as data someone already typed.
        self.edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", example) if example else placeholder
        )
        self.error_label = ErrorLabel()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._row)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self.show_error)
        self._check()

    # --- reading and writing --------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def value(self) -> Any:
        return self._value

    def error(self) -> str | None:
        return self._error

    def is_valid(self) -> bool:
        return self._error is None

    def set_validator(self, validator: Callable[[str], Any] | None) -> None:
        self._validator = validator
        self._check()

    # --- behaviour ------------------------------------------------------------------------
    def _check(self) -> None:
        text = self.edit.text()
        self._value, self._error = None, None
        if not text.strip():
            if not self._optional:
                self._error = self._required_message or self.tr("This field is required.")
        elif self._validator is None:
            self._value = text.strip()
        else:
            try:
                self._value = self._validator(text)
            except Invalid as exc:
                self._error = str(exc)

    def _on_text_changed(self, _text: str) -> None:
        self._check()
        if self._showing:  # once a message is shown, it follows the typing (and goes away)
            self._show(self._error)
        self.changed.emit()

    def show_error(self) -> None:
        """Show the current message (if any): after leaving the field, or when Save is tried."""
        self._showing = True
        self._show(self._error)

    def clear_error(self) -> None:
        self._showing = False
        self._show(None)

    def _show(self, message: str | None) -> None:
        # A screen reader reads the description with the field's name when focus arrives.
        self.error_label.show_message(message)
        self.edit.setAccessibleDescription(message or "")


class DateEdit(ValidatedLineEdit):
    """A date typed the Dutch way ("27-04-2026") or picked from a calendar; may be left empty
    (QDateEdit cannot show "no date")."""

    def __init__(self, *, optional: bool = True, required_message: str = "", parent=None):
        super().__init__(
            validation.parse_date,
            optional=optional,
            required_message=required_message,
            placeholder=self.tr("dd-mm-yyyy"),
            parent=parent,
        )
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 28)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self._row.addWidget(self.button)
        self._row.addStretch(1)
        self._menu = menu

    def date(self) -> datetime.date | None:
        return self.value()

    def set_date(self, value: datetime.date | None) -> None:
        self.setText(validation.format_date(value) if value else "")

    def _prepare_calendar(self) -> None:
        current = self.value() or clock.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_date(datetime.date(qdate.year(), qdate.month(), qdate.day()))
        self._menu.hide()
        self.show_error()


class MoneyEdit(ValidatedLineEdit):
    """An amount as Dutch people type it ("1.234,50", "€ 12,-"); value() is a Decimal."""

    def __init__(
        self,
        *,
        optional: bool = True,
        allow_negative: bool = False,
        required_message: str = "",
        parent=None,
    ):
        super().__init__(
            lambda text: validation.money(text, allow_negative=allow_negative),
            optional=optional,
            required_message=required_message,
            placeholder="0,00",
            parent=parent,
        )
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.editingFinished.connect(self._tidy)

    def amount(self) -> Decimal | None:
        return self.value()

    def set_amount(self, value: Decimal | None) -> None:
        self.setText(validation.format_money(value) if value is not None else "")

    def _tidy(self) -> None:
        if self.value() is not None:  # show what was understood: "1234.5" → "€ 1.234,50"
            self.edit.blockSignals(True)
            self.edit.setText(validation.format_money(self.value()))
            self.edit.blockSignals(False)


def _state(widget: QWidget) -> Any:
    """A comparable snapshot of what a widget holds, for 'has anything changed?'."""
    if isinstance(widget, ValidatedLineEdit):
        return widget.text().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else widget.currentText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QListWidget):
        return tuple(
            widget.item(i).checkState() == Qt.CheckState.Checked for i in range(widget.count())
        )
    if hasattr(widget, "form_state"):
        return widget.form_state()
    raise TypeError(f"FormController cannot watch {type(widget).__name__}")


def _change_signal(widget: QWidget):
    if isinstance(widget, ValidatedLineEdit):
        return widget.changed
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return widget.changed  # a custom widget with form_state() and a `changed` signal


class FormController(QObject):
    """Knows whether a form is valid and whether it differs from what was loaded.

    Save (if given) is enabled only while the form is valid *and* changed. Cross-field rules
    are added with add_check(); their message goes into the label you pass.
    """

    valid_changed = Signal(bool)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        save_button: QAbstractButton | None = None,
        parent=None,
        *,
        require_changes: bool = True,
    ):
        super().__init__(parent)
        self._save = save_button
        self._require_changes = require_changes
        self._widgets: list[QWidget] = []
        self._checks: list[tuple[Callable[[], str | None], ErrorLabel | None]] = []
        self._clean: list[Any] = []
        self._valid = True
        self._dirty = False
        self._forced_dirty = False

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self._widgets.append(widget)
            self._clean.append(_state(widget))
            _change_signal(widget).connect(self.refresh)
        self.refresh()

    def add_check(self, check: Callable[[], str | None], label: ErrorLabel | None = None) -> None:
        self._checks.append((check, label))
        self.refresh()

    def errors(self) -> list[str]:
        found = [
            w.error()
            for w in self._widgets
            if isinstance(w, ValidatedLineEdit) and w.isEnabled() and w.error()
        ]
        found += [msg for check, _label in self._checks if (msg := check())]
        return found

    def is_valid(self) -> bool:
        return self._valid

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self) -> None:
        """Something outside the watched widgets changed (e.g. a list edited in place)."""
        self._forced_dirty = True
        self.refresh()

    def mark_clean(self) -> None:
        """The form now holds what is stored (just loaded or just saved)."""
        self._clean = [_state(w) for w in self._widgets]
        self._forced_dirty = False
        for widget in self._widgets:
            if isinstance(widget, ValidatedLineEdit):
                widget.clear_error()
        self.refresh()

    def show_errors(self) -> None:
        for widget in self._widgets:
            if isinstance(widget, ValidatedLineEdit):
                widget.show_error()

    def first_invalid(self) -> ValidatedLineEdit | None:
        """The first field (in the order they were watched) whose input is not accepted."""
        for widget in self._widgets:
            if isinstance(widget, ValidatedLineEdit) and widget.isEnabled() and widget.error():
                return widget
        return None

    def explain_refusal(self, status: QLabel) -> bool:
        """Save was asked while the form is not valid: show every message, move focus to the
        first wrong field and say why in `status` (read aloud as an alert). False if valid."""
        self.show_errors()
        errors = self.errors()
        if not errors:
            status.hide()
            return False
        field = self.first_invalid()
        if field is not None:
            field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        status.setText(self.tr("Not saved yet: %1").replace("%1", errors[0]))
        status.show()
        alert = QAccessibleEvent(status, QAccessible.Event.Alert)
        QAccessible.updateAccessibility(alert)
        return True

    def refresh(self, *_args) -> None:
        for check, label in self._checks:
            if label is not None:
                label.show_message(check())
        valid = not self.errors()
        dirty = self._forced_dirty or [_state(w) for w in self._widgets] != self._clean
        if self._save is not None:
            self._save.setEnabled(valid and (dirty or not self._require_changes))
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def ask(self, parent: QWidget, can_save: bool = True) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for a changed form (Discard straight away when unchanged)."""
        if not self._dirty:
            return QMessageBox.StandardButton.Discard
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if can_save and self._valid:
            buttons |= QMessageBox.StandardButton.Save
        return QMessageBox.question(
            parent,
            self.tr("Unsaved changes"),
            self.tr("You have changed this form. Do you want to keep the changes?"),
            buttons,
            QMessageBox.StandardButton.Cancel,
        )

    def confirm_discard(self, parent: QWidget, save: Callable[[], bool] | None = None) -> bool:
        """True when it is fine to leave: nothing changed, the user saved, or chose to discard.

        With `save` given (and the form valid) the user may save first; save() returns whether
        it worked.
        """
        answer = self.ask(parent, can_save=save is not None)
        if answer == QMessageBox.StandardButton.Save and save is not None:
            return save()
        return answer == QMessageBox.StandardButton.Discard


class FormDialog(QDialog):
    """A dialog with Save/Cancel wired to a FormController: Ctrl+S saves, Esc and closing ask
    about unsaved changes. Subclasses build their fields, call ``self.form.watch(...)`` and
    implement ``save() -> bool`` (True when stored; show the service's message otherwise)."""

    def __init__(self, parent=None, *, require_changes: bool = True):
        super().__init__(parent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form = FormController(self.save_button, self, require_changes=require_changes)
        self.buttons.accepted.connect(self._save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.refusal = ErrorLabel()  # "Not saved yet: …" after Ctrl+S on a wrong form
        self.refusal.setObjectName("saveRefusal")
        self.form.valid_changed.connect(lambda valid: valid and self.refusal.hide())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_and_close)

    def _place_refusal(self) -> None:
        """Put the refusal message right above the buttons, wherever the subclass put them."""
        if self.refusal.parentWidget() is not None or self.buttons.parentWidget() is None:
            return
        for layout in self.buttons.parentWidget().findChildren(QLayout):
            index = layout.indexOf(self.buttons)
            if index < 0:
                continue
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(index, self.refusal)
            elif isinstance(layout, QFormLayout):
                row, _role = layout.getWidgetPosition(self.buttons)
                layout.insertRow(row, self.refusal)
            return

    def save(self) -> bool:
        raise NotImplementedError

    def _save_and_close(self) -> None:
        self._place_refusal()
        if self.form.explain_refusal(self.refusal):
            return
        if not self.save_button.isEnabled():
            return
        if self.save():
            self.form.mark_clean()
            self.accept()

    def reject(self) -> None:
        answer = self.form.ask(self)
        if answer == QMessageBox.StandardButton.Save:
            self._save_and_close()
        elif answer == QMessageBox.StandardButton.Discard:
            self.form.mark_clean()
            super().reject()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()  # same question as Esc and Cancel; reject() closes when allowed


def show_service_error(parent: QWidget, title: str, message: str) -> None:
    """A refused save: the service's Dutch message, with the form left as it was."""
    QMessageBox.warning(parent, title, message)

"""The shared form widgets (desktop/widgets/forms.py): Dutch errors next to fields, Save only
while valid and changed, empty dates, money as Decimal, and the unsaved-changes question."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QPlainTextEdit, QPushButton

from db import validation
from desktop.widgets.forms import DateEdit, FormController, FormDialog, MoneyEdit, ValidatedLineEdit


def test_validated_field_and_controller(qtbot):
    save = QPushButton()
    form = FormController(save)
    postcode = ValidatedLineEdit(validation.postcode)
    name = ValidatedLineEdit(optional=False, required_message="Naam is verplicht.")
    notes, flag = QPlainTextEdit(), QCheckBox()
    for widget in (postcode, name, notes, flag):
        qtbot.addWidget(widget)
    form.watch(postcode, name, notes, flag)
    name.setText("Els")
    form.mark_clean()
    assert not save.isEnabled() and not form.is_dirty()
    postcode.setText("1234 SS")
    assert not save.isEnabled() and form.errors() == [postcode.error()]
    assert not postcode.error_label.isVisibleTo(postcode)  # not while still typing
    postcode.edit.editingFinished.emit()
    assert postcode.error_label.isVisibleTo(postcode)
    assert (
        postcode.error_label.text()
        == "Postcode '1234 SS' bestaat niet: SA, SD en SS worden niet gebruikt."
    )
    postcode.setText("3531ab")
    assert postcode.value() == "3531 AB" and not postcode.error_label.isVisibleTo(postcode)
    assert save.isEnabled() and form.is_dirty()
    name.setText("")
    assert form.errors() == ["Naam is verplicht."] and not save.isEnabled()
    name.setText("Els")
    postcode.setText("")
    assert not form.is_dirty() and not save.isEnabled()  # back to what was loaded
    flag.setChecked(True)
    assert form.is_dirty()


def test_cross_field_check(qtbot):
    save = QPushButton()
    form = FormController(save, require_changes=False)
    start, end = DateEdit(), DateEdit()
    qtbot.addWidget(start)
    qtbot.addWidget(end)
    form.watch(start, end)
    form.add_check(
        lambda: (
            "Het einde moet na het begin liggen."
            if start.date() and end.date() and end.date() < start.date()
            else None
        )
    )
    assert save.isEnabled() and start.date() is None  # empty dates are allowed
    start.setText("27-4-2026")
    end.set_date(date(2026, 4, 1))
    assert start.date() == date(2026, 4, 27) and not save.isEnabled()
    end.setText("31-02-2026")
    assert "februari 2026 heeft 28 dagen" in end.error()


def test_money_edit(qtbot):
    amount = MoneyEdit()
    qtbot.addWidget(amount)
    amount.setText("1.234,5")
    assert amount.amount() == Decimal("1234.50")
    amount.edit.editingFinished.emit()
    assert amount.text() == "€ 1.234,50"
    amount.setText("-5")
    assert amount.amount() is None and "negatief" in amount.error()
    amount.set_amount(None)
    assert amount.amount() is None and amount.is_valid()


class _Dialog(FormDialog):
    def __init__(self):
        super().__init__()
        self.name = ValidatedLineEdit(optional=False)
        self.saved = []
        self.form.watch(self.name)
        self.name.setText("Els")
        self.form.mark_clean()

    def save(self) -> bool:
        self.saved.append(self.name.text())
        return True


def test_dialog_asks_before_losing_changes(qtbot, monkeypatch):
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # unchanged: closes without asking
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog.show()
    dialog.name.setText("Anna")
    answers.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    answers.append(QMessageBox.StandardButton.Save)
    dialog.close()
    assert dialog.saved == ["Anna"] and dialog.result() == QDialog.DialogCode.Accepted

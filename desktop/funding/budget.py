"""The budget of a funding application: editable cost and income lines with derived totals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import IncomeKind, funding
from db.services.funding import rules
from desktop import formatting
from desktop.widgets.forms import ErrorLabel

Index = QModelIndex | QPersistentModelIndex


def income_kind_label(kind: IncomeKind) -> str:
    return {
        IncomeKind.OWN_MONEY: QCoreApplication.translate(
            "FundingBudget", "Own contribution (money)"
        ),
        IncomeKind.OWN_IN_KIND: QCoreApplication.translate(
            "FundingBudget", "Own contribution (in kind)"
        ),
        IncomeKind.COFUNDING: QCoreApplication.translate("FundingBudget", "Co-funding from others"),
    }[IncomeKind(kind)]


def quantity_text(value: Decimal) -> str:
    return format_decimal(value, locale="nl_NL")


def _text(value: str) -> str:
    return value.strip()


def _amount(value: str) -> Decimal:
    return validation.money(value)


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    show: Callable[[Any], str]
    edit_text: Callable[[Any], Any] | None = None  # None: read-only (a derived value)
    parse: Callable[[Any], Any] = _text
    right: bool = False


class LinesModel(QAbstractTableModel):
    """Rows are dataclasses (CostLineData / IncomeLineData) edited in place, validated per cell."""

    invalid = Signal(str)  # a Dutch message for input that was refused
    changed = Signal()

    def __init__(self, fields: list[Field], make_row: Callable[[], Any], parent=None):
        super().__init__(parent)
        self._fields = fields
        self._make_row = make_row
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._fields[section].header
        return None

    def flags(self, index: Index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._fields[index.column()].edit_text else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f, row = self._fields[index.column()], self.rows[index.row()]
        value = getattr(row, f.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return f.show(value)
        if role == Qt.ItemDataRole.EditRole and f.edit_text:
            return f.edit_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and f.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        f = self._fields[index.column()]
        if role != Qt.ItemDataRole.EditRole or not f.edit_text:
            return False
        try:
            parsed = f.parse(value)
        except validation.Invalid as exc:
            self.invalid.emit(str(exc))
            return False
        self.rows[index.row()] = replace(self.rows[index.row()], **{f.key: parsed})
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(self._fields) - 1)
        )
        self.invalid.emit("")
        self.changed.emit()
        return True

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(self._make_row())
        self.endInsertRows()
        self.changed.emit()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()


class CostLinesModel(LinesModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                Field("description", self.tr("Description"), str, str),
                Field("category", self.tr("Category"), str, str),
                Field(
                    "quantity",
                    self.tr("Quantity"),
                    quantity_text,
                    quantity_text,
                    _amount,
                    right=True,
                ),
                Field(
                    "unit_price",
                    self.tr("Unit price"),
                    formatting.money,
                    validation.format_money,
                    _amount,
                    True,
                ),
                Field("total", self.tr("Total"), formatting.money, right=True),
            ],
            lambda: funding.CostLineData(description=self.tr("New cost line")),
            parent,
        )


class IncomeLinesModel(LinesModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                Field(
                    "kind",
                    self.tr("Kind"),
                    income_kind_label,
                    lambda k: IncomeKind(k).value,
                    IncomeKind,
                ),
                Field("description", self.tr("Description"), str, str),
                Field(
                    "amount",
                    self.tr("Amount"),
                    formatting.money,
                    validation.format_money,
                    _amount,
                    True,
                ),
            ],
            lambda: funding.IncomeLineData(kind=IncomeKind.OWN_MONEY),
            parent,
        )


class IncomeKindDelegate(QStyledItemDelegate):
    """A combo box for the kind of income, so only the three kinds can be chosen."""

    def createEditor(self, parent, _option, _index):
        combo = QComboBox(parent)
        for kind in IncomeKind:
            combo.addItem(income_kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _view(model: LinesModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class BudgetWidget(QWidget):
    """Cost lines, income lines and the totals they add up to; the requested amount is derived."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.costs = CostLinesModel(self)
        self.income = IncomeLinesModel(self)
        self.cost_view = _view(self.costs, 0)
        self.income_view = _view(self.income, 1)
        self.income_view.setItemDelegateForColumn(0, IncomeKindDelegate(self.income_view))
        self.error = ErrorLabel()
        self.total_costs = QLabel()
        self.total_income = QLabel()
        self.requested = QLabel()
        self.requested.setObjectName("requestedAmount")
        self.requested.setStyleSheet("font-weight: bold;")
        for label in (self.total_costs, self.total_income, self.requested):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_cost = QPushButton(self.tr("Add cost line"))
        self.remove_cost = QPushButton(self.tr("Remove cost line"))
        self.add_income = QPushButton(self.tr("Add income line"))
        self.remove_income = QPushButton(self.tr("Remove income line"))
        self._lay_out()
        self.add_cost.clicked.connect(lambda: self._add(self.costs, self.cost_view))
        self.add_income.clicked.connect(lambda: self._add(self.income, self.income_view))
        self.remove_cost.clicked.connect(
            lambda: self.costs.remove_row(self.cost_view.currentIndex().row())
        )
        self.remove_income.clicked.connect(
            lambda: self.income.remove_row(self.income_view.currentIndex().row())
        )
        for model in (self.costs, self.income):
            model.changed.connect(self._on_changed)
            model.invalid.connect(self.error.show_message)
        self._update_totals()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Costs</b> (double-click a cell to edit)")))
        layout.addWidget(self.cost_view, 3)
        layout.addLayout(_buttons(self.add_cost, self.remove_cost))
        layout.addWidget(
            QLabel(self.tr("<b>Income</b>: own contribution in money or in kind, co-funding"))
        )
        layout.addWidget(self.income_view, 2)
        layout.addLayout(_buttons(self.add_income, self.remove_income))
        layout.addWidget(self.error)
        totals = QGridLayout()
        totals.setColumnStretch(0, 1)
        for row, (text, label) in enumerate(
            [
                (self.tr("Total costs"), self.total_costs),
                (self.tr("Total income"), self.total_income),
                (self.tr("Requested from the fund"), self.requested),
            ]
        ):
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(caption, row, 0)
            totals.addWidget(label, row, 1)
        totals.setColumnMinimumWidth(1, 120)
        layout.addLayout(totals)

    def _add(self, model: LinesModel, view: QTableView) -> None:
        row = model.add_row()
        view.setCurrentIndex(model.index(row, 0))
        view.edit(model.index(row, 0))

    def _on_changed(self) -> None:
        self._update_totals()
        self.changed.emit()

    def _update_totals(self) -> None:
        b = self.budget()
        self.total_costs.setText(formatting.money(b.costs))
        self.total_income.setText(formatting.money(b.income))
        self.requested.setText(formatting.money(b.requested))
        self.remove_cost.setEnabled(bool(self.costs.rows))
        self.remove_income.setEnabled(bool(self.income.rows))

    # --- for the editor ---------------------------------------------------------------------
    def budget(self) -> rules.Budget:
        return rules.budget_of((c.total for c in self.costs.rows), self.income.rows)

    def set_lines(
        self, costs: list[funding.CostLineData], income: list[funding.IncomeLineData]
    ) -> None:
        self.costs.set_rows(costs)
        self.income.set_rows(income)
        self.error.show_message(None)
        self._update_totals()

    def form_state(self) -> tuple:
        """What FormController compares to see whether the budget changed."""
        return (
            tuple((c.description, c.category, c.quantity, c.unit_price) for c in self.costs.rows),
            tuple((i.kind, i.description, i.amount) for i in self.income.rows),
        )


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row

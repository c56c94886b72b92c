"""The complex editor: the complex's details and its homes (add a range of house numbers at
once, change a home's letter and addition, remove an unused home)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import Database, ServiceError, complexes
from db.validation import Invalid
from desktop.widgets.conflict import guarded_save, watch_record
from desktop.widgets.forms import FormDialog, ValidatedLineEdit, show_service_error
from desktop.widgets.rows_model import RowsModel, rows_view, selected
from desktop.widgets.table_model import Column


def whole_number(low: int, high: int, field: str):
    def check(text: str) -> int:
        s = text.strip()
        if not s.isdigit() or not low <= int(s) <= high:
            raise Invalid(
                f"{field} '{s[:20]}' is niet geldig: vul een heel getal van {low} tot en "
                f"met {high} in."
            )
        return int(s)

    return check


def percentage(text: str) -> Decimal:
    s = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(s)
    except ArithmeticError:
        value = Decimal(-1)
    if not re.fullmatch(r"[0-9]{1,3}(\.[0-9]{1,2})?", s) or not 0 <= value <= 100:
        raise Invalid(
            f"Doel '{text.strip()[:20]}' is niet geldig: vul een percentage van 0 tot en "
            "met 100 in, bijvoorbeeld 25."
        )
    return value


def house_range(text: str) -> tuple[int, int]:
    """'1-188' → (1, 188); a single number is a range of one."""
    m = re.fullmatch(r"\s*([0-9]{1,5})\s*(?:[-–]\s*([0-9]{1,5}))?\s*", text)
    if not m:
        raise Invalid("Schrijf de huisnummers als van-tot, bijvoorbeeld 1-188.")
    first, last = int(m[1]), int(m[2] or m[1])
    if first < 1 or last < first:
        raise Invalid("Het laatste huisnummer moet minstens zo groot zijn als het eerste.")
    if last - first >= 2000:
        raise Invalid("Voeg hoogstens 2000 woningen tegelijk toe.")
    return first, last


class ComplexEditor(FormDialog):
    def __init__(self, db: Database, complex_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.complex_id = complex_id
        self.saved_id = complex_id
        self.setWindowTitle(self.tr("New complex") if complex_id is None else self.tr("Complex"))
        self.pages = QTabWidget()
        self.pages.addTab(self._details_page(), self.tr("Details"))
        self.homes_page = self._homes_page()
        self.pages.addTab(self.homes_page, self.tr("Homes"))
        self.homes_page.setEnabled(complex_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._load()
        self.changed_banner = watch_record(
            self,
            "Complex",
            complex_id,
            lambda: complexes.get(self.db, complex_id).version,
            lambda: self.loaded.version,
            self._load,
        )
        self.resize(760, 620)

    def _details_page(self) -> QWidget:
        self.name = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Naam", 120),
            optional=False,
            required_message="Naam is verplicht.",
        )
        self.address_range = QLineEdit()
        self.address_range.setPlaceholderText("Vulcanusdreef 1-188")
        self.postcodes = ValidatedLineEdit(self._postcodes, example="3561 AB, 3561 AC")
        self.buurt_code = ValidatedLineEdit(self._buurt_code, example="BU03440301")
        self.buurt_name = QLineEdit()
        self.home_count = ValidatedLineEdit(whole_number(0, 100000, "Aantal woningen"))
        self.owner = QLineEdit()
        self.building_type = QLineEdit()
        self.building_type.setPlaceholderText(self.tr("e.g. gallery flat, ten storeys"))
        self.floors = ValidatedLineEdit(whole_number(0, 200, "Aantal verdiepingen"))
        self.common_room = QLineEdit()
        self.caretaker_name = QLineEdit()
        self.caretaker_phone = ValidatedLineEdit(validation.phone, example="030 123 4567")
        self.caretaker_email = ValidatedLineEdit(validation.email)
        self.target = ValidatedLineEdit(percentage, example="25")
        self.notes = QPlainTextEdit()
        page = QWidget()
        form = QFormLayout(page)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Address range"), self.address_range),
            (self.tr("Postcode(s)"), self.postcodes),
            (self.tr("CBS neighbourhood code"), self.buurt_code),
            (self.tr("Neighbourhood"), self.buurt_name),
            (self.tr("Number of homes"), self.home_count),
            (self.tr("Owner"), self.owner),
            (self.tr("Building type"), self.building_type),
            (self.tr("Floors"), self.floors),
            (self.tr("Common room"), self.common_room),
            (self.tr("Caretaker"), self.caretaker_name),
            (self.tr("Caretaker phone"), self.caretaker_phone),
            (self.tr("Caretaker e-mail"), self.caretaker_email),
            (self.tr("Nieuwe Buren target (%)"), self.target),
            (self.tr("Notes"), self.notes),
        ):
            form.addRow(label, widget)
        self.form.watch(
            self.name,
            self.address_range,
            self.postcodes,
            self.buurt_code,
            self.buurt_name,
            self.home_count,
            self.owner,
            self.building_type,
            self.floors,
            self.common_room,
            self.caretaker_name,
            self.caretaker_phone,
            self.caretaker_email,
            self.target,
            self.notes,
        )
        return page

    @staticmethod
    def _postcodes(text: str) -> str:
        return ", ".join(validation.postcode(p) for p in re.split(r"[,;]", text) if p.strip())

    @staticmethod
    def _buurt_code(text: str) -> str:
        code = text.strip().upper()
        if not re.fullmatch(r"BU[0-9]{8}", code):
            raise Invalid("Een CBS-buurtcode is BU met 8 cijfers, bijvoorbeeld BU03440301.")
        return code

    def _homes_page(self) -> QWidget:
        self.homes_model = RowsModel(
            [
                Column(
                    "address",
                    self.tr("Address"),
                    value=lambda h: complexes.address(
                        h.street, h.house_number, h.house_letter, h.addition
                    ),
                ),
                Column("postcode", self.tr("Postcode")),
                Column("floor", self.tr("Floor")),
            ],
            self,
            text_tooltips=True,
        )
        self.homes_view = rows_view(self.homes_model)
        self.range_street = QLineEdit()
        self.range_street.setPlaceholderText(self.tr("Street"))
        self.range_numbers = ValidatedLineEdit(house_range, example="1-188")
        self.range_postcode = ValidatedLineEdit(validation.postcode, example="3563 AB")
        add = QPushButton(self.tr("Add homes"))
        add.clicked.connect(self.add_range)
        row = QHBoxLayout()
        row.addWidget(self.range_street, 3)
        row.addWidget(self.range_numbers, 2)
        row.addWidget(self.range_postcode, 2)
        row.addWidget(add)
        self.letter = ValidatedLineEdit(validation.house_letter, example="A")
        self.addition = ValidatedLineEdit(validation.house_addition, example="BIS")
        change = QPushButton(self.tr("Change selected home"))
        change.clicked.connect(self.change_home)
        remove = QPushButton(self.tr("Remove selected home"))
        remove.clicked.connect(self.remove_home)
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Letter")))
        edit_row.addWidget(self.letter, 1)
        edit_row.addWidget(QLabel(self.tr("Addition")))
        edit_row.addWidget(self.addition, 1)
        edit_row.addWidget(change)
        edit_row.addWidget(remove)
        self.homes_view.clicked.connect(lambda _i: self._home_selected())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Add a range of house numbers, e.g. Vulcanusdreef 1-188:")))
        layout.addLayout(row)
        layout.addWidget(self.homes_view, 1)
        layout.addLayout(edit_row)
        return page

    # --- loading and saving ---------------------------------------------------------------
    def _load(self) -> None:
        data = (
            complexes.get(self.db, self.complex_id)
            if self.complex_id is not None
            else complexes.ComplexData()
        )
        self.loaded = data
        self.name.setText(data.name)
        self.address_range.setText(data.address_range)
        self.postcodes.setText(data.postcodes)
        self.buurt_code.setText(data.buurt_code)
        self.buurt_name.setText(data.buurt_name)
        self.home_count.setText(str(data.home_count or 0))
        self.owner.setText(data.owner)
        self.building_type.setText(data.building_type)
        self.floors.setText("" if data.floors is None else str(data.floors))
        self.common_room.setText(data.common_room)
        self.caretaker_name.setText(data.caretaker_name)
        self.caretaker_phone.setText(validation.format_phone(data.caretaker_phone))
        self.caretaker_email.setText(data.caretaker_email)
        self.target.setText(
            "" if data.nb_target_pct is None else f"{data.nb_target_pct.normalize():f}"
        )
        self.notes.setPlainText(data.notes)
        self.form.mark_clean()
        self._reload_homes()

    def _reload_homes(self) -> None:
        if self.complex_id is not None:
            self.homes_model.set_rows(complexes.list_homes(self.db, self.complex_id))
            self.homes_view.resizeColumnsToContents()

    def data(self) -> complexes.ComplexData:
        return replace(
            self.loaded,
            name=self.name.text().strip(),
            address_range=self.address_range.text().strip(),
            postcodes=self.postcodes.value() or "",
            buurt_code=self.buurt_code.value() or "",
            buurt_name=self.buurt_name.text().strip(),
            home_count=self.home_count.value() or 0,
            owner=self.owner.text().strip(),
            building_type=self.building_type.text().strip(),
            floors=self.floors.value(),
            common_room=self.common_room.text().strip(),
            caretaker_name=self.caretaker_name.text().strip(),
            caretaker_phone=self.caretaker_phone.text().strip(),
            caretaker_email=self.caretaker_email.text().strip(),
            nb_target_pct=self.target.value(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        def attempt(version: int | None) -> None:
            data = self.data() if version is None else replace(self.data(), version=version)
            if self.complex_id is None:
                self.saved_id = complexes.create(self.db, data)
            else:
                complexes.update(self.db, self.complex_id, data)

        return guarded_save(self, self.db, attempt, self._load)

    # --- homes ----------------------------------------------------------------------------
    def add_range(self) -> None:
        self.range_numbers.show_error()
        self.range_postcode.show_error()
        numbers = self.range_numbers.value()
        if not numbers or not self.range_postcode.value():
            return
        try:
            complexes.add_home_range(
                self.db,
                self.complex_id,
                self.range_street.text(),
                numbers[0],
                numbers[1],
                self.range_postcode.value(),
            )
        except ServiceError as exc:
            show_service_error(self, self.tr("Homes not added"), str(exc))
            return
        self._reload_homes()
        self.range_numbers.setText("")
        self.range_numbers.clear_error()
        fresh = complexes.get(self.db, self.complex_id)
        self.home_count.setText(str(fresh.home_count))
        # The service may have raised the count (and the version) with the homes: ours now.
        self.loaded = replace(self.loaded, home_count=fresh.home_count, version=fresh.version)
        self.form.mark_clean()  # the count was stored by the service together with the homes

    def _home_selected(self) -> None:
        home = selected(self.homes_view)
        if home is not None:
            self.letter.setText(home.house_letter)
            self.addition.setText(home.addition)

    def change_home(self) -> None:
        home = selected(self.homes_view)
        if home is None or not (self.letter.is_valid() and self.addition.is_valid()):
            self.letter.show_error()
            self.addition.show_error()
            return
        try:
            complexes.homes.update(
                self.db,
                home.id,
                replace(
                    home,
                    house_letter=self.letter.value() or "",
                    addition=self.addition.value() or "",
                ),
            )
        except ServiceError as exc:
            show_service_error(self, self.tr("Home not changed"), str(exc))
            return
        self._reload_homes()

    def remove_home(self) -> None:
        home = selected(self.homes_view)
        if home is None:
            return
        try:
            complexes.delete_home(self.db, home.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Home not removed"), str(exc))
            return
        self._reload_homes()

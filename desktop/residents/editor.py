"""The resident editor: personal details, home, consents, support flags and notes (sensitive),
and for a stored resident the contact log and signals. Every field is checked with the shared
validators; Save is enabled only while everything is valid and something changed."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import Database, ServiceError, complexes, residents
from db.validation import Invalid
from desktop.residents.contacts import ContactsPanel
from desktop.widgets import colours
from desktop.widgets.conflict import guarded_save, watch_record
from desktop.widgets.forms import (
    DateEdit,
    ErrorLabel,
    FormDialog,
    ValidatedLineEdit,
    show_service_error,
)
from desktop.widgets.modal import run_modal


def languages(text: str) -> list[str]:
    """'nl, tr ar' → ['nl', 'tr', 'ar']: ISO 639 codes of 2 or 3 letters."""
    codes = [c for c in re.split(r"[\s,;/]+", text.strip().lower()) if c]
    bad = [c for c in codes if not re.fullmatch(r"[a-z]{2,3}", c)]
    if bad:
        raise Invalid(
            f"Taal '{bad[0][:20]}' is niet geldig: gebruik taalcodes van 2 of 3 letters, "
            "bijvoorbeeld nl, tr, ar, pl."
        )
    return list(dict.fromkeys(codes))


def _name_part(field: str, max_len: int):
    def check(text: str) -> str:
        return validation.required_text(text, field, max_len)

    return check


class ResidentEditor(FormDialog):
    """New resident (resident_id None) or an existing one."""

    def __init__(self, db: Database, resident_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.resident_id = resident_id
        self.saved_id: int | None = resident_id
        self.setWindowTitle(self.tr("New resident") if resident_id is None else self.tr("Resident"))
        self.consent_banner = QLabel(
            self.tr(
                "No consent for contact by volunteers: "
                "volunteers may not call or visit this resident."
            )
        )
        self.consent_banner.setObjectName("noConsent")
        self.consent_banner.setWordWrap(True)
        self.consent_banner.setStyleSheet(
            colours.notice_style(alert=True) + " border-radius: 4px; padding: 6px;"
        )
        self.pages = QTabWidget()
        self.pages.addTab(self._details_page(), self.tr("Details"))
        self.pages.addTab(self._sensitive_page(), self.tr("Support and notes"))
        self.contacts: ContactsPanel | None = None
        if resident_id is not None:
            self.contacts = ContactsPanel(db, resident_id)
            self.pages.addTab(self.contacts, self.tr("Contacts and signals"))
        self.move_out_button = QPushButton(self.tr("Move out…"))
        self.move_out_button.clicked.connect(self.ask_move_out)
        self.buttons.addButton(self.move_out_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._watch()
        self._load()
        self.changed_banner = watch_record(
            self,
            "Resident",
            resident_id,
            lambda: residents.get(self.db, resident_id).version,
            lambda: self.loaded.version,
            self._load,
        )
        self.resize(760, 640)

    # --- building -------------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        self.given = ValidatedLineEdit(_name_part("Voornaam", 100), optional=True)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(20)
        self.prefix.setPlaceholderText(self.tr("prefix"))
        self.prefix.setToolTip(self.tr("Name prefix (tussenvoegsel): de, van, van 't"))
        self.given.edit.setPlaceholderText(self.tr("given name"))
        self.family = ValidatedLineEdit(
            _name_part("Achternaam", 100),
            optional=False,
            required_message="Achternaam is verplicht.",
            placeholder=self.tr("family name"),
        )
        self.complex_combo = QComboBox()
        self.complex_combo.addItem(self.tr("(no home)"), None)
        for complex_id, name in complexes.names(self.db):
            self.complex_combo.addItem(name, complex_id)
        self.home_combo = QComboBox()
        self.home_combo.setMinimumContentsLength(28)
        self.complex_combo.currentIndexChanged.connect(lambda _i: self._fill_homes(None))
        self.phone = ValidatedLineEdit(validation.phone, example="06 12345678")
        self.email = ValidatedLineEdit(validation.email, example="naam@voorbeeld.nl")
        self.birth_year = ValidatedLineEdit(validation.year_of_birth, example="1950")
        self.languages = ValidatedLineEdit(languages, example="nl, tr, ar")
        self.household = ValidatedLineEdit(residents.household_size, example="1")
        self.move_in = DateEdit()
        self.move_out = DateEdit()
        self.dates_error = ErrorLabel()
        self.consent_contact = QCheckBox(self.tr("Volunteers may contact this resident"))
        self.consent_share = QCheckBox(self.tr("Details may be shared with partner organisations"))
        self.consent_photos = QCheckBox(self.tr("Photos may be used"))
        self.consent_on = DateEdit()
        self.consent_how = QLineEdit()
        self.consent_how.setMaxLength(200)
        self.consent_how.setPlaceholderText(self.tr("e.g. signed form, by phone"))

        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = QHBoxLayout()
        names.addWidget(self.given, 4)
        names.addWidget(self.prefix, 2)
        names.addWidget(self.family, 5)
        form.addRow(self.tr("Name"), names)
        home = QHBoxLayout()
        home.addWidget(self.complex_combo, 2)
        home.addWidget(self.home_combo, 3)
        form.addRow(self.tr("Complex and home"), home)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Year of birth"), self.birth_year)
        form.addRow(self.tr("Household size"), self.household)
        form.addRow(self.tr("Languages"), self.languages)
        dates = QHBoxLayout()
        dates.addWidget(self.move_in)
        dates.addWidget(QLabel(self.tr("Moved out")))
        dates.addWidget(self.move_out)
        dates.addStretch(1)
        form.addRow(self.tr("Moved in"), dates)
        form.addRow("", self.dates_error)
        consent = QGroupBox(self.tr("Consent"))
        box = QFormLayout(consent)
        box.addRow(self.consent_contact)
        box.addRow(self.consent_share)
        box.addRow(self.consent_photos)
        box.addRow(self.tr("Recorded on"), self.consent_on)
        box.addRow(self.tr("How"), self.consent_how)
        form.addRow(consent)
        return page

    def _sensitive_page(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr(
                "Sensitive: for the office only. Never printed or exported for "
                "people outside the office. No diagnoses."
            )
        )
        note.setWordWrap(True)
        self.flags = QListWidget()
        for code, label in residents.support_flag_choices(self.db):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.flags.addItem(item)
        self.flags.setSpacing(3)
        self.flags.setMaximumHeight((self.flags.sizeHintForRow(0) + 6) * self.flags.count() + 12)
        self.notes = QPlainTextEdit()
        self.notes_error = ErrorLabel()
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Support flags")))
        layout.addWidget(self.flags)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.notes_error)
        return page

    def _watch(self) -> None:
        self.form.watch(
            self.given,
            self.prefix,
            self.family,
            self.complex_combo,
            self.home_combo,
            self.phone,
            self.email,
            self.birth_year,
            self.languages,
            self.household,
            self.move_in,
            self.move_out,
            self.consent_contact,
            self.consent_share,
            self.consent_photos,
            self.consent_on,
            self.consent_how,
            self.flags,
            self.notes,
        )
        self.form.add_check(self._dates_problem, self.dates_error)
        self.form.add_check(self._notes_problem, self.notes_error)
        self.consent_contact.toggled.connect(lambda _on: self._update_consent_banner())
        self.family.changed.connect(self._update_consent_banner)

    def _dates_problem(self) -> str | None:
        moved_in, moved_out = self.move_in.date(), self.move_out.date()
        if moved_in and moved_out and moved_out < moved_in:
            return "De verhuisdatum moet na de datum van intrek liggen."
        return None

    def _notes_problem(self) -> str | None:
        length = len(self.notes.toPlainText().strip())
        return (
            f"De notities zijn te lang: maximaal 5000 tekens, nu {length}."
            if length > 5000
            else None
        )

    def _fill_homes(self, select_home: int | None) -> None:
        self.home_combo.blockSignals(True)
        self.home_combo.clear()
        complex_id = self.complex_combo.currentData()
        self.home_combo.setEnabled(complex_id is not None)
        if complex_id is not None:
            self.home_combo.addItem(self.tr("(choose a home)"), None)
            for home in residents.home_choices(self.db, complex_id, self.resident_id):
                text = f"{home.address}, {home.postcode}"
                if home.occupied_by:
                    text = (
                        self.tr("%1 (lives there: %2)")
                        .replace("%1", text)
                        .replace("%2", home.occupied_by)
                    )
                self.home_combo.addItem(text, home.id)
        index = self.home_combo.findData(select_home) if select_home is not None else 0
        self.home_combo.setCurrentIndex(max(index, 0))
        self.home_combo.blockSignals(False)
        self.form.refresh()

    # --- loading and saving ---------------------------------------------------------------
    def _load(self) -> None:
        data = (
            residents.get(self.db, self.resident_id)
            if self.resident_id is not None
            else residents.ResidentData(move_in=clock.today())
        )
        self.loaded = data
        self.given.setText(data.given_name)
        self.prefix.setText(data.name_prefix)
        self.family.setText(data.family_name)
        complex_id = residents.complex_of_home(self.db, data.home_id)
        self.complex_combo.blockSignals(True)
        self.complex_combo.setCurrentIndex(max(self.complex_combo.findData(complex_id), 0))
        self.complex_combo.blockSignals(False)
        self._fill_homes(data.home_id)
        self.phone.setText(validation.format_phone(data.phone))
        self.email.setText(data.email)
        self.birth_year.setText(str(data.birth_year) if data.birth_year else "")
        self.languages.setText(", ".join(data.languages))
        self.household.setText(str(data.household_size) if data.household_size else "")
        self.move_in.set_date(data.move_in)
        self.move_out.set_date(data.move_out)
        self.consent_contact.setChecked(data.consent_volunteer_contact)
        self._update_consent_banner()
        self.consent_share.setChecked(data.consent_share_partners)
        self.consent_photos.setChecked(data.consent_photos)
        self.consent_on.set_date(data.consent_recorded_on)
        self.consent_how.setText(data.consent_how)
        for i in range(self.flags.count()):
            item = self.flags.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.support_flags
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notes.setPlainText(data.notes)
        self.move_out_button.setVisible(self.resident_id is not None and data.move_out is None)
        self.form.mark_clean()

    def data(self) -> residents.ResidentData:
        flags = [
            self.flags.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.flags.count())
            if self.flags.item(i).checkState() == Qt.CheckState.Checked
        ]
        return replace(
            self.loaded,
            given_name=self.given.text().strip(),
            name_prefix=self.prefix.text().strip(),
            family_name=self.family.text().strip(),
            home_id=self.home_combo.currentData() if self.complex_combo.currentData() else None,
            phone=self.phone.text(),
            email=self.email.text(),
            birth_year=self.birth_year.value(),
            languages=self.languages.value() or [],
            household_size=self.household.value(),
            move_in=self.move_in.date(),
            move_out=self.move_out.date(),
            consent_volunteer_contact=self.consent_contact.isChecked(),
            consent_share_partners=self.consent_share.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
            consent_recorded_on=self.consent_on.date(),
            consent_how=self.consent_how.text().strip(),
            support_flags=flags,
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        def attempt(version: int | None) -> None:
            data = self.data() if version is None else replace(self.data(), version=version)
            if self.resident_id is None:
                self.saved_id = residents.create(self.db, data)
            else:
                residents.update(self.db, self.resident_id, data)

        return guarded_save(self, self.db, attempt, self._load)

    def _update_consent_banner(self) -> None:
        """A warning about someone, not about an empty form: a new resident's banner waits
        until a name is typed."""
        someone = self.resident_id is not None or bool(self.family.edit.text().strip())
        self.consent_banner.setVisible(someone and not self.consent_contact.isChecked())

    def ask_move_out(self) -> None:
        """Record the move-out date: the record stays (history), the home becomes free."""
        if self.form.is_dirty() and not self.form.confirm_discard(self, save=self.save):
            return
        dialog = MoveOutDialog(self.move_in.date(), self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            residents.move_out(self.db, self.resident_id, dialog.day.date())
        except ServiceError as exc:
            show_service_error(self, self.tr("Not saved"), str(exc))
            return
        self.form.mark_clean()
        self.accept()


class MoveOutDialog(FormDialog):
    def __init__(self, moved_in: datetime.date | None, parent=None):
        super().__init__(parent, require_changes=False)
        self.setWindowTitle(self.tr("Move out"))
        self.moved_in = moved_in
        self.day = DateEdit(optional=False, required_message="Vul de verhuisdatum in.")
        self.day.set_date(clock.today())
        self.problem = ErrorLabel()
        explain = QLabel(
            self.tr(
                "The resident stays in the records (history); the home becomes "
                "free for the next tenant."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Moved out on"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.form.watch(self.day)
        self.form.add_check(self._problem, self.problem)
        self.form.mark_clean()

    def _problem(self) -> str | None:
        day = self.day.date()
        if day and self.moved_in and day < self.moved_in:
            return "De verhuisdatum moet na de datum van intrek liggen."
        return None

    def save(self) -> bool:
        return True

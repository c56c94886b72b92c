"""A volunteer: the person (linked resident or typed name), roles and availability, the pipeline
with its history, the VOG with its warning, whom they support and their hours."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from db.services import ServiceError, Stage, complexes, settings, volunteer_pipeline, volunteers
from desktop import formatting, labels
from desktop.volunteers.pages import HoursPage, SupportPage
from desktop.volunteers.widgets import AvailabilityGrid
from desktop.widgets import colours
from desktop.widgets.conflict import guarded_save, watch_record
from desktop.widgets.forms import DateEdit, FormDialog, ValidatedLineEdit, show_service_error
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel, rows_view
from desktop.widgets.table_model import Column


def _languages(text: str) -> list[str]:
    codes = [c.strip().lower() for c in text.replace(";", ",").split(",") if c.strip()]
    bad = [c for c in codes if not (2 <= len(c) <= 3 and c.isalpha())]
    if bad:
        raise validation.Invalid(
            f"Taalcode '{bad[0]}' is niet geldig: gebruik codes als nl, tr, ar, pl."
        )
    return codes


class VolunteerDialog(FormDialog):
    def __init__(self, db, volunteer_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.data = volunteers.get(db, volunteer_id) if volunteer_id else volunteers.VolunteerData()
        self.resident_id = self.data.resident_id
        self.vog_years = settings.vog_valid_years(db)
        self.title = QLabel()
        self.title.setObjectName("volunteerTitle")
        self.vog_banner = QLabel()
        self.vog_banner.setObjectName("vogWarning")
        self.vog_banner.setWordWrap(True)
        self.vog_banner.setStyleSheet(
            colours.notice_style(alert=True) + " padding: 6px; border-radius: 3px;"
        )
        self.pages = QTabWidget()
        self.pages.addTab(self._person_page(), self.tr("Person"))
        self.pages.addTab(self._roles_page(), self.tr("Roles and availability"))
        self.pages.addTab(self._pipeline_page(), self.tr("Pipeline"))
        self.pages.addTab(self._vog_page(), self.tr("VOG"))
        self.support_page = self.hours_page = None
        if volunteer_id:
            self.support_page = SupportPage(db, volunteer_id)
            self.hours_page = HoursPage(db, volunteer_id)
            self.support_page.changed.connect(self._update_vog)
            self.pages.addTab(self.support_page, self.tr("Supports"))
            self.pages.addTab(self.hours_page, self.tr("Hours"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.vog_banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._load()
        self.setWindowTitle(self.tr("Volunteer") if volunteer_id else self.tr("New volunteer"))
        self.changed_banner = watch_record(
            self,
            "Volunteer",
            volunteer_id,
            lambda: volunteers.get(self.db, volunteer_id).version,
            lambda: self.data.version,
            self.load_theirs,
        )
        self.resize(820, 620)

    # --- pages ----------------------------------------------------------------------------
    def _person_page(self) -> QWidget:
        page = QWidget()
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link to a resident…"))
        self.link_button.clicked.connect(self._pick_resident)
        self.given = QLineEdit()
        self.given.setPlaceholderText(self.tr("given name"))
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("prefix"))
        self.prefix.setMaximumWidth(90)
        self.family = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Achternaam", 100),
            optional=False,
            required_message=self.tr("Fill in the family name, or link a resident."),
            placeholder=self.tr("family name"),
        )
        self.phone = ValidatedLineEdit(validation.phone, placeholder="06 12345678")
        self.email = ValidatedLineEdit(validation.email)
        self.complex = QComboBox()
        self.complex.addItem(self.tr("No complex"), None)
        for cid, name in complexes.names(self.db):
            self.complex.addItem(name, cid)
        self.skills = QLineEdit()
        self.skills.setMaxLength(300)
        self.skills.setPlaceholderText(self.tr("e.g. cooking, forms, computers"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(140)
        self.notes.setToolTip(self.tr("Office only: never printed."))
        link_row = QHBoxLayout()
        link_row.addWidget(self.linked, 1)
        link_row.addWidget(self.link_button)
        name_row = QHBoxLayout()
        name_row.addWidget(self.given, 2)
        name_row.addWidget(self.prefix)
        name_row.addWidget(self.family, 3)
        self.own_fields = QWidget()
        own = QFormLayout(self.own_fields)
        own.setContentsMargins(0, 0, 0, 0)
        own.addRow(self.tr("Given name, prefix, family name"), name_row)
        own.addRow(self.tr("Phone"), self.phone)
        own.addRow(self.tr("E-mail"), self.email)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(link_row)
        form.addRow(self.own_fields)
        form.addRow(self.tr("Complex"), self.complex)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Notes"), self.notes)
        return page

    def _roles_page(self) -> QWidget:
        page = QWidget()
        self.roles = QListWidget()
        for name in volunteers.role_names(self.db):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        self.roles.setMaximumHeight(150)
        self.languages = ValidatedLineEdit(_languages, placeholder="nl, tr, ar")
        self.availability = AvailabilityGrid()
        self.notice_board = QCheckBox(self.tr("May be named (name and roles) on the notice board"))
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("Roles and committees"), self.roles)
        form.addRow(self.tr("Languages spoken"), self.languages)
        form.addRow(self.tr("Available"), self.availability)
        form.addRow("", self.notice_board)
        return page

    def _pipeline_page(self) -> QWidget:
        page = QWidget()
        self.stage_label = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton()
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.history = RowsModel(
            [
                Column("0", self.tr("Stage"), labels.stage),
                Column("1", self.tr("Date"), formatting.day),
                Column("2", self.tr("Note")),
            ],
            self,
        )
        self.history_view = rows_view(self.history, fit_contents=True)
        row = QHBoxLayout()
        row.addWidget(self.stage_label, 1)
        row.addWidget(self.stop_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history_view, 1)
        self.next_button.clicked.connect(self._move_on)
        self.stop_button.clicked.connect(lambda: self._step(Stage.STOPPED))
        return page

    def _vog_page(self) -> QWidget:
        page = QWidget()
        self.vog_date = DateEdit()
        self.vog_state = QLabel()
        self.vog_state.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Date of the VOG"), self.vog_date)
        form.addRow("", self.vog_state)
        form.addRow(
            "", QLabel(self.tr("A VOG counts for %n year(s) (Manage menu).", "", self.vog_years))
        )
        return page

    # --- loading and saving ---------------------------------------------------------------
    def _load(self) -> None:
        d = self.data
        self.given.setText(d.given_name)
        self.prefix.setText(d.name_prefix)
        self.family.setText(d.family_name)
        self.phone.setText(validation.format_phone(d.phone) if d.phone else "")
        self.email.setText(d.email)
        self.complex.setCurrentIndex(max(0, self.complex.findData(d.complex_id)))
        self.skills.setText(d.skills)
        self.notes.setPlainText(d.notes)
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in d.roles else Qt.CheckState.Unchecked
            )
        self.languages.setText(", ".join(d.languages))
        self.availability.set_value(d.availability)
        self.notice_board.setChecked(d.on_notice_board)
        self.vog_date.set_date(d.vog_date)
        self.form.watch(
            self.given,
            self.prefix,
            self.family,
            self.phone,
            self.email,
            self.complex,
            self.skills,
            self.notes,
            self.roles,
            self.languages,
            self.availability,
            self.notice_board,
            self.vog_date,
        )
        self.vog_date.changed.connect(self._update_vog)
        self._show_person()
        self._show_pipeline()
        self._update_vog()
        self.form.mark_clean()

    def _show_person(self) -> None:
        linked = self.resident_id is not None
        self.own_fields.setVisible(not linked)
        self.family.setEnabled(not linked)  # a disabled field does not block Save
        self.link_button.setVisible(not linked)
        if linked:
            if self.volunteer_id and self.data.resident_id == self.resident_id:
                who = volunteers.person(self.db, self.volunteer_id)
                name, address, phone = who.name, who.address, who.phone
            else:
                choice = self._choice
                name, address, phone = choice.name, choice.address, ""
            self.linked.setText(
                self.tr(
                    "Resident: %1\nAddress: %2\nPhone: %3\nName and phone are kept in "
                    "the Residents tab."
                )
                .replace("%1", name)
                .replace("%2", address or "—")
                .replace("%3", validation.format_phone(phone) if phone else "—")
            )
            self.name = name
            self.title.setText(f"<h2>{_html(name)}</h2>")
        else:
            self.linked.setText(
                self.tr(
                    "Not linked to a resident (yet). Link one when the candidate lives "
                    "here, so the person is kept once."
                )
            )
            self.name = formatting_name(self)
            self.title.setText(f"<h2>{_html(self.name)}</h2>")

    def _pick_resident(self) -> None:
        from desktop.volunteers.resident_picker import ResidentPicker

        picker = ResidentPicker(
            self.db,
            self.tr("Which resident is this volunteer?"),
            without_volunteer=True,
            show_consent=False,
            parent=self,
        )
        if not run_modal(picker) or picker.chosen() is None:
            return
        self._choice = picker.chosen()
        if self.volunteer_id:
            try:
                volunteers.link_resident(self.db, self.volunteer_id, self._choice.id)
            except ServiceError as exc:
                show_service_error(self, self.tr("Not linked"), str(exc))
                return
            stored = volunteers.get(self.db, self.volunteer_id)
            self.data = replace(
                self.data,
                version=stored.version,  # linking saved the record: this is its version now
                resident_id=stored.resident_id,
                complex_id=stored.complex_id,
                given_name="",
                name_prefix="",
                family_name="",
                phone="",
                email="",
            )
            was_dirty = self.form.is_dirty()
            self.complex.setCurrentIndex(max(0, self.complex.findData(stored.complex_id)))
            self.resident_id = self._choice.id
            self._show_person()
            if not was_dirty:  # the link is stored already; nothing is left unsaved
                self.form.mark_clean()
            return
        self.resident_id = self._choice.id
        self._show_person()
        self.form.set_dirty()

    def _show_pipeline(self) -> None:
        d = self.data
        self.stage_label.setText(
            self.tr("<b>%1</b> since %2")
            .replace("%1", labels.stage(d.stage))
            .replace("%2", formatting.day(d.stage_since) or "—")
        )
        lines = []
        if d.motivation_score is not None:
            lines.append(
                self.tr("Motivation letter: %1 / 10").replace("%1", str(d.motivation_score))
            )
        if d.interview_on:
            lines.append(
                self.tr("Interview on %1 with %2, score %3")
                .replace("%1", formatting.day(d.interview_on))
                .replace("%2", d.interviewers or "—")
                .replace("%3", "—" if d.interview_score is None else f"{d.interview_score} / 10")
            )
        if d.interview_notes:
            lines.append(d.interview_notes)
        if d.stage == Stage.STOPPED and d.stopped_reason:
            lines.append(self.tr("Stopped: %1").replace("%1", d.stopped_reason))
        self.details.setText("\n".join(lines))
        target = (
            Stage.APPLIED if d.stage == Stage.STOPPED else volunteer_pipeline.next_stage(d.stage)
        )
        self.next_button.setVisible(bool(self.volunteer_id) and target is not None)
        if target is not None:
            self.next_button.setText(self.tr("Move to: %1").replace("%1", labels.stage(target)))
        self.stop_button.setVisible(bool(self.volunteer_id) and d.stage != Stage.STOPPED)
        self.history.set_rows(
            volunteers.stage_history(self.db, self.volunteer_id) if self.volunteer_id else []
        )

    def _move_on(self) -> None:
        target = (
            Stage.APPLIED
            if self.data.stage == Stage.STOPPED
            else volunteer_pipeline.next_stage(self.data.stage)
        )
        if target is not None:
            self._step(target)

    def _step(self, target: Stage) -> None:
        from desktop.volunteers.stage_step import StageStepDialog

        if run_modal(StageStepDialog(self.db, self.volunteer_id, self.name, target, self)):
            stored = volunteers.get(self.db, self.volunteer_id)
            keep = {
                name: getattr(stored, name)
                for name in (
                    "stage",
                    "stage_since",
                    "stopped_reason",
                    "motivation_score",
                    "interview_on",
                    "interviewers",
                    "interview_score",
                    "interview_notes",
                    "resident_id",
                    "complex_id",
                    "version",
                )
            }
            self.data = replace(self.data, **keep)
            if stored.resident_id != self.resident_id:  # housed: now a resident, typed once
                self.resident_id = stored.resident_id
                self.data = replace(
                    self.data, given_name="", name_prefix="", family_name="", phone="", email=""
                )
                self._show_person()
            self._show_pipeline()
            self.form.refresh()

    def current_vog_status(self) -> volunteers.VogStatus:
        supported = self.support_page.current_count() if self.support_page else 0
        return volunteers.vog_status(
            self.vog_date.date(), supported, self.data.stage, self.vog_years
        )

    def _update_vog(self) -> None:
        status = self.current_vog_status()
        vog = self.vog_date.date()
        texts = {
            volunteers.VogStatus.MISSING: self.tr(
                "No VOG recorded, while this volunteer supports residents."
            ),
            volunteers.VogStatus.EXPIRED: self.tr(
                "The VOG is older than %n year(s): ask for a new one.", "", self.vog_years
            ),
            volunteers.VogStatus.EXPIRING: self.tr(
                "The VOG passes %n year(s) soon: ask for a new one.", "", self.vog_years
            ),
        }
        self.vog_banner.setText(texts.get(status, ""))
        self.vog_banner.setVisible(status.warns)
        if vog is not None:
            expires = volunteers.vog_expires(vog, self.vog_years)
            text = (
                self.tr("Valid until %1") if expires > clock.today() else self.tr("Expired on %1")
            )
            self.vog_state.setText(text.replace("%1", formatting.day(expires)))
        else:
            self.vog_state.setText(self.tr("No VOG recorded."))

    def collected(self) -> volunteers.VolunteerData:
        checked = [
            self.roles.item(i).text()
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        ]
        return replace(
            self.data,
            resident_id=self.resident_id,
            given_name=self.given.text().strip(),
            name_prefix=self.prefix.text().strip(),
            family_name=self.family.text().strip(),
            phone=self.phone.text(),
            email=self.email.text(),
            complex_id=self.complex.currentData(),
            skills=self.skills.text().strip(),
            notes=self.notes.toPlainText().strip(),
            roles=checked,
            languages=self.languages.value() or [],
            availability=self.availability.value(),
            on_notice_board=self.notice_board.isChecked(),
            vog_date=self.vog_date.date(),
            stage_since=self.data.stage_since or clock.today(),
        )

    def save(self) -> bool:
        def attempt(version: int | None) -> None:
            data = self.collected()
            if version is not None:
                data = replace(data, version=version)
            if self.volunteer_id:
                volunteers.update(self.db, self.volunteer_id, data)
            else:
                self.volunteer_id = volunteers.create(self.db, data)
                if data.resident_id is not None:  # takes the complex from the resident's home
                    volunteers.link_resident(self.db, self.volunteer_id, data.resident_id)

        return guarded_save(self, self.db, attempt, self.load_theirs)

    def load_theirs(self) -> None:
        self.data = volunteers.get(self.db, self.volunteer_id)
        self.resident_id = self.data.resident_id
        self._load()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def formatting_name(dialog: VolunteerDialog) -> str:
    parts = (
        dialog.given.text().strip(),
        dialog.prefix.text().strip(),
        dialog.family.text().strip(),
    )
    return " ".join(p for p in parts if p) or QCoreApplication.translate(
        "VolunteerDialog", "New volunteer"
    )

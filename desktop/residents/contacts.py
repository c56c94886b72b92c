"""A resident's contact log and the signals passed on to partners (both sensitive), with the
small dialogs to add and change them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.services import ContactKind, Database, ServiceError, SignalStatus, contacts, partners
from desktop import formatting
from desktop.widgets.forms import (
    DateEdit,
    ErrorLabel,
    FormDialog,
    ValidatedLineEdit,
    show_service_error,
)
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel, rows_view, selected
from desktop.widgets.table_model import Column


def contact_kind(kind: ContactKind) -> str:
    return {
        ContactKind.CALL: QCoreApplication.translate("ContactsPanel", "Call"),
        ContactKind.VISIT: QCoreApplication.translate("ContactsPanel", "Home visit"),
        ContactKind.ACTIVITY: QCoreApplication.translate("ContactsPanel", "At an activity"),
        ContactKind.OTHER: QCoreApplication.translate("ContactsPanel", "Other"),
    }[ContactKind(kind)]


def signal_status(status: SignalStatus) -> str:
    return {
        SignalStatus.PASSED_ON: QCoreApplication.translate("ContactsPanel", "Passed on"),
        SignalStatus.PICKED_UP: QCoreApplication.translate("ContactsPanel", "Picked up"),
        SignalStatus.CLOSED: QCoreApplication.translate("ContactsPanel", "Closed"),
    }[SignalStatus(status)]


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ContactsPanel(QWidget):
    """Two lists on one page: contact moments (newest first) and signals."""

    def __init__(self, db: Database, resident_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.resident_id = resident_id
        self.partner_names = {p.id: p.name for p in partners.list_partners(db)}
        self.moments_model = RowsModel(
            [
                Column("occurred_on", self.tr("Date"), formatting.day),
                Column("kind", self.tr("Kind"), contact_kind),
                Column("by_whom", self.tr("By")),
                Column("follow_up", self.tr("Follow up"), value=self._follow_up_text),
                Column("note", self.tr("Note"), _short),
            ],
            self,
            text_tooltips=True,
        )
        self.signals_model = RowsModel(
            [
                Column("passed_on", self.tr("Passed on"), formatting.day),
                Column("partner_id", self.tr("Partner"), lambda i: self.partner_names.get(i, "")),
                Column("status", self.tr("Status"), signal_status),
                Column("follow_up_on", self.tr("Follow up"), formatting.day),
                Column("subject", self.tr("About"), _short),
            ],
            self,
            text_tooltips=True,
        )
        self.moments_view = rows_view(self.moments_model)
        self.signals_view = rows_view(self.signals_model)
        self.moments_view.doubleClicked.connect(lambda _i: self.edit_moment())
        self.signals_view.doubleClicked.connect(lambda _i: self.edit_signal())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Contact moments</b> (sensitive)")))
        layout.addWidget(self.moments_view, 1)
        layout.addLayout(self._buttons(self.add_moment, self.edit_moment, self.delete_moment))
        layout.addWidget(QLabel(self.tr("<b>Signals passed on to partners</b> (sensitive)")))
        layout.addWidget(self.signals_view, 1)
        layout.addLayout(self._buttons(self.add_signal, self.edit_signal, self.delete_signal))
        self.reload()

    def _buttons(self, add, edit, delete) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), add),
            (self.tr("Change…"), edit),
            (self.tr("Remove"), delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _follow_up_text(self, moment) -> str:
        if moment.follow_up_on is None:
            return ""
        if moment.follow_up_done:
            return self.tr("%1 (done)").replace("%1", formatting.day(moment.follow_up_on))
        return formatting.day(moment.follow_up_on)

    def reload(self) -> None:
        moments = contacts.moments.list_for(self.db, self.resident_id)
        self.moments_model.set_rows(list(reversed(moments)))
        self.signals_model.set_rows(
            list(reversed(contacts.signals.list_for(self.db, self.resident_id)))
        )
        for view in (self.moments_view, self.signals_view):
            view.resizeColumnsToContents()

    # --- contact moments ------------------------------------------------------------------
    def add_moment(self) -> None:
        data = contacts.ContactMomentData(resident_id=self.resident_id, occurred_on=clock.today())
        if run_modal(ContactMomentDialog(self.db, data, self)):
            self.reload()

    def edit_moment(self) -> None:
        moment = selected(self.moments_view)
        if moment is not None and run_modal(ContactMomentDialog(self.db, moment, self)):
            self.reload()

    def delete_moment(self) -> None:
        moment = selected(self.moments_view)
        if moment is not None and self._confirm(self.tr("Remove this contact moment?")):
            contacts.moments.delete(self.db, moment.id)
            self.reload()

    # --- signals --------------------------------------------------------------------------
    def add_signal(self) -> None:
        if not self.partner_names:
            QMessageBox.information(
                self,
                self.tr("No partners"),
                self.tr("Add the partner organisations first (menu Manage → Partners)."),
            )
            return
        data = contacts.SignalData(resident_id=self.resident_id, passed_on=clock.today())
        if run_modal(SignalDialog(self.db, data, self)):
            self.reload()

    def edit_signal(self) -> None:
        signal = selected(self.signals_view)
        if signal is not None and run_modal(SignalDialog(self.db, signal, self)):
            self.reload()

    def delete_signal(self) -> None:
        signal = selected(self.signals_view)
        if signal is not None and self._confirm(self.tr("Remove this signal?")):
            contacts.signals.delete(self.db, signal.id)
            self.reload()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ContactMomentDialog(FormDialog):
    def __init__(self, db: Database, data: contacts.ContactMomentData, parent=None):
        super().__init__(parent, require_changes=data.id is not None)
        self.db = db
        self.data = data
        self.setWindowTitle(self.tr("Contact moment"))
        self.day = DateEdit(optional=False, required_message="Vul de datum van het contact in.")
        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(contact_kind(kind), kind.value)
        self.by_whom = ValidatedLineEdit(placeholder=self.tr("who had the contact"))
        self.note = QPlainTextEdit()
        self.follow_up = DateEdit()
        self.done_state = QComboBox()
        self.done_state.addItem(self.tr("Still to do"), False)
        self.done_state.addItem(self.tr("Done"), True)
        self.problem = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("By"), self.by_whom)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        form.addRow(self.tr("Follow-up"), self.done_state)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.day.set_date(data.occurred_on)
        self.kind.setCurrentIndex(self.kind.findData(ContactKind(data.kind).value))
        self.by_whom.setText(data.by_whom)
        self.note.setPlainText(data.note)
        self.follow_up.set_date(data.follow_up_on)
        self.done_state.setCurrentIndex(1 if data.follow_up_done else 0)
        self.form.watch(
            self.day, self.kind, self.by_whom, self.note, self.follow_up, self.done_state
        )
        self.form.add_check(self._problem, self.problem)
        self.form.mark_clean()
        self.resize(520, 420)

    def _problem(self) -> str | None:
        day, follow = self.day.date(), self.follow_up.date()
        if day and follow and follow < day:
            return "De opvolgdatum moet na de datum van het contact liggen."
        return None

    def save(self) -> bool:
        data = replace(
            self.data,
            occurred_on=self.day.date(),
            kind=ContactKind(self.kind.currentData()),
            by_whom=self.by_whom.text().strip(),
            note=self.note.toPlainText(),
            follow_up_on=self.follow_up.date(),
            follow_up_done=bool(self.done_state.currentData()),
        )
        try:
            if data.id is None:
                contacts.moments.create(self.db, data)
            else:
                contacts.moments.update(self.db, data.id, data)
        except ServiceError as exc:
            show_service_error(self, self.tr("Not saved"), str(exc))
            return False
        return True


class SignalDialog(FormDialog):
    def __init__(self, db: Database, data: contacts.SignalData, parent=None):
        super().__init__(parent, require_changes=data.id is not None)
        self.db = db
        self.data = data
        self.setWindowTitle(self.tr("Signal"))
        self.partner = QComboBox()
        for partner in partners.list_partners(db):
            self.partner.addItem(partner.name, partner.id)
        self.contact = QComboBox()
        self.partner.currentIndexChanged.connect(lambda _i: self._fill_contacts(None))
        self.day = DateEdit(
            optional=False, required_message="Vul de datum in waarop het signaal is doorgegeven."
        )
        self.subject = QPlainTextEdit()
        self.subject_error = ErrorLabel()
        self.status = QComboBox()
        for status in SignalStatus:
            self.status.addItem(signal_status(status), status.value)
        self.follow_up = DateEdit()
        self.by_whom = ValidatedLineEdit(placeholder=self.tr("who passed it on"))
        form = QFormLayout()
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Passed on"), self.day)
        form.addRow(self.tr("About"), self.subject)
        form.addRow("", self.subject_error)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        form.addRow(self.tr("By"), self.by_whom)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.partner.setCurrentIndex(max(self.partner.findData(data.partner_id), 0))
        self._fill_contacts(data.contact_id)
        self.day.set_date(data.passed_on)
        self.subject.setPlainText(data.subject)
        self.status.setCurrentIndex(self.status.findData(SignalStatus(data.status).value))
        self.follow_up.set_date(data.follow_up_on)
        self.by_whom.setText(data.by_whom)
        self.form.watch(
            self.partner,
            self.contact,
            self.day,
            self.subject,
            self.status,
            self.follow_up,
            self.by_whom,
        )
        self.form.add_check(
            lambda: None if self.subject.toPlainText().strip() else "Onderwerp is verplicht.",
            self.subject_error,
        )
        self.form.mark_clean()
        self.resize(520, 460)

    def _fill_contacts(self, select: int | None) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(nobody in particular)"), None)
        if self.partner.currentData() is not None:
            for person in partners.list_contacts(self.db, self.partner.currentData()):
                self.contact.addItem(
                    f"{person.name} ({person.role})" if person.role else person.name, person.id
                )
        self.contact.setCurrentIndex(max(self.contact.findData(select), 0) if select else 0)

    def save(self) -> bool:
        status = SignalStatus(self.status.currentData())
        closed = self.data.closed_on or clock.today() if status == SignalStatus.CLOSED else None
        data = replace(
            self.data,
            partner_id=self.partner.currentData() or 0,
            contact_id=self.contact.currentData(),
            passed_on=self.day.date(),
            subject=self.subject.toPlainText(),
            status=status,
            follow_up_on=self.follow_up.date(),
            closed_on=closed,
            by_whom=self.by_whom.text().strip(),
        )
        try:
            if data.id is None:
                contacts.signals.create(self.db, data)
            else:
                contacts.signals.update(self.db, data.id, data)
        except ServiceError as exc:
            show_service_error(self, self.tr("Not saved"), str(exc))
            return False
        return True

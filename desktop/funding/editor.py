"""The funding application editor: applicant, plan, dates, budget and payout on the left; the live
rule check, deadlines, status steps and PDFs on the right."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import (
    ApplicantKind,
    ApplicationStatus,
    PayoutMethod,
    ServiceError,
    complexes,
    funding,
)
from db.services.funding import rules
from desktop.funding.budget import BudgetWidget
from desktop.funding.checklist import ChecksPanel
from desktop.funding.pages import AttachmentsPage, HistoryPage
from desktop.funding.steps import StepActions
from desktop.widgets.conflict import guarded_save, watch_record
from desktop.widgets.forms import (
    DateEdit,
    ErrorLabel,
    FormDialog,
    ValidatedLineEdit,
    show_service_error,
)

S = ApplicationStatus


def _text_edit(text: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def _count(maximum: int = 100000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    return box


class ApplicationEditor(FormDialog, StepActions):
    def __init__(self, db, app_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.funds = funding.list_funds(db)
        self.bundle: funding.ApplicationBundle | None = funding.load(db, app_id) if app_id else None
        self._prior_key: tuple[int, str] | None = None
        self._prior: list[rules.PriorSupport] = []
        self._build_fields()
        self._lay_out()
        self.show_application()
        self.changed_banner = watch_record(
            self,
            "FundingApplication",
            app_id,
            lambda: funding.get(self.db, app_id).version,
            lambda: self.bundle.application.version,
            self.load_theirs,
        )
        self.resize(1180, 760)

    # --- building ---------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.fund = QComboBox()
        for f in self.funds:
            self.fund.addItem(f.name, f.id)
        self.kind = QComboBox()
        for kind, text in (
            (ApplicantKind.ORGANISATION, self.tr("Residents' group or organisation")),
            (ApplicantKind.RESIDENT, self.tr("Resident")),
            (ApplicantKind.VOLUNTEER, self.tr("Volunteer")),
        ):
            self.kind.addItem(text, kind.value)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organisation = QLineEdit()
        self.kvk = ValidatedLineEdit(validation.kvk, placeholder="12345678")
        self.contact = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.title_edit = ValidatedLineEdit(
            lambda t: validation.required_text(t, "Titel", 200),
            optional=False,
            required_message=self.tr("Fill in a title."),
        )
        self.description = _text_edit()
        self.goal = _text_edit()
        self.target_group = QLineEdit()
        self.participants = _count()
        self.participants.setSpecialValueText(self.tr("unknown"))
        self.volunteers = _count(1000)
        self.volunteers.setSpecialValueText(self.tr("unknown"))
        self.support = _text_edit(height=50)
        self.support.setPlaceholderText(
            self.tr("e.g. signature list with 36 signatures: 29 for, 2 against")
        )
        self.initiative = QLineEdit()
        self.recurring = QCheckBox(self.tr("Recurs every year (e.g. King's Day, Burendag)"))
        self.activity = QComboBox()
        self.activity.addItem(self.tr("— no activity linked —"), None)
        for event_id, title, day in funding.activity_choices(
            self.db, self.bundle and self.bundle.application.id
        ):
            self.activity.addItem(f"{title} ({validation.format_date(day)})", event_id)
        self.start = DateEdit()
        self.end = DateEdit()
        self.complex = QComboBox()
        self.complex.addItem(self.tr("— none —"), None)
        for complex_id, name in complexes.names(self.db):
            self.complex.addItem(name, complex_id)
        self.location = QLineEdit()
        self.payout = QComboBox()
        self.payout.addItem(self.tr("Bank account"), PayoutMethod.BANK.value)
        self.payout.addItem(self.tr("Prepaid card"), PayoutMethod.PREPAID_CARD.value)
        self.iban = ValidatedLineEdit(validation.iban, placeholder="NL91 ABNA 0417 1643 00")
        self.holder = ValidatedLineEdit(validation.account_holder)
        self.budget = BudgetWidget()
        self.attachments = AttachmentsPage(self.db)
        self.history = HistoryPage()
        self.checks = ChecksPanel()
        self.cross_errors = ErrorLabel()
        self.form.watch(
            self.fund,
            self.kind,
            self.person,
            self.organisation,
            self.kvk,
            self.reference,
            self.contact,
            self.title_edit,
            self.description,
            self.goal,
            self.target_group,
            self.participants,
            self.volunteers,
            self.support,
            self.initiative,
            self.recurring,
            self.activity,
            self.start,
            self.end,
            self.complex,
            self.location,
            self.payout,
            self.iban,
            self.holder,
            self.budget,
        )
        self.form.add_check(self._cross_field_error, self.cross_errors)
        self.form.valid_changed.connect(lambda _v: self._update_actions())
        self.form.dirty_changed.connect(lambda _d: self._update_actions())
        for signal in (
            self.fund.currentIndexChanged,
            self.start.changed,
            self.end.changed,
            self.budget.changed,
            self.recurring.toggled,
            self.initiative.textChanged,
            self.title_edit.changed,
        ):
            signal.connect(self.recheck)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.payout.currentIndexChanged.connect(self._payout_changed)
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        self.title_edit.changed.connect(
            lambda: self.initiative.setPlaceholderText(self.title_edit.text())
        )
        self.attachments.changed.connect(self._reload)

    def _page(self, rows: list[tuple[str, QWidget]], extra: QWidget | None = None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            form.addRow(label, widget)
        if extra is not None:
            form.addRow(extra)
        return page

    def _lay_out(self) -> None:
        self.pages = QTabWidget()
        self.pages.addTab(
            self._page(
                [
                    (self.tr("Fund:"), self.fund),
                    (self.tr("Applicant is a:"), self.kind),
                    (self.tr("Person:"), self.person),
                    (self.tr("Name of group or organisation:"), self.organisation),
                    (self.tr("KvK number:"), self.kvk),
                    (self.tr("Contact person:"), self.contact),
                    (self.tr("Reference at the fund:"), self.reference),
                ]
            ),
            self.tr("&Applicant"),
        )
        self.pages.addTab(
            self._page(
                [
                    (self.tr("Title:"), self.title_edit),
                    (self.tr("Description:"), self.description),
                    (self.tr("Goal:"), self.goal),
                    (self.tr("Target group:"), self.target_group),
                    (self.tr("Expected participants:"), self.participants),
                    (self.tr("Expected volunteers:"), self.volunteers),
                    (self.tr("Proof of support:"), self.support),
                    (self.tr("Same initiative as (for earlier years):"), self.initiative),
                    ("", self.recurring),
                ]
            ),
            self.tr("&Plan"),
        )
        self.pages.addTab(
            self._page(
                [
                    (self.tr("Linked activity:"), self.activity),
                    (self.tr("First day:"), self.start),
                    (self.tr("Last day:"), self.end),
                    (self.tr("Complex:"), self.complex),
                    (self.tr("Location:"), self.location),
                ]
            ),
            self.tr("&Dates and place"),
        )
        self.pages.addTab(self.budget, self.tr("&Budget"))
        self.pages.addTab(
            self._page(
                [
                    (self.tr("Payout:"), self.payout),
                    (self.tr("IBAN:"), self.iban),
                    (self.tr("Account holder:"), self.holder),
                ]
            ),
            self.tr("Pa&yout"),
        )
        self.pages.addTab(self.attachments, self.tr("Attac&hments"))
        self.pages.addTab(self.history, self.tr("Hi&story"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(self.cross_errors)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """Give the form side room for all its tab titles (they scrolled out of sight at 1000
        px); the checks panel wraps its text and can be narrower."""
        total = sum(self.splitter.sizes())
        needed = self.pages.tabBar().sizeHint().width() + 24
        left = min(max(needed, round(total * 0.58)), total - 320)
        self.splitter.setSizes([left, total - left])

    # --- showing ----------------------------------------------------------------------------
    def load_theirs(self) -> None:
        self.bundle = funding.load(self.db, self.bundle.application.id)
        self.show_application()

    def show_application(self) -> None:
        a = (
            self.bundle.application
            if self.bundle
            else funding.ApplicationData(fund_id=self.funds[0].id if self.funds else 0)
        )
        self.fund.setCurrentIndex(max(0, self.fund.findData(a.fund_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(ApplicantKind(a.applicant_kind).value)))
        self._kind_changed()
        person_id = (
            a.applicant_resident_id
            if a.applicant_kind == ApplicantKind.RESIDENT
            else a.applicant_volunteer_id
        )
        self.person.setCurrentIndex(self.person.findData(person_id) if person_id else -1)
        self.organisation.setText(a.organisation_name)
        self.kvk.setText(a.kvk_number)
        self.contact.setText(a.contact_name)
        self.reference.setText(a.reference)
        self.title_edit.setText(a.title)
        self.description.setPlainText(a.description)
        self.goal.setPlainText(a.goal)
        self.target_group.setText(a.target_group)
        self.participants.setValue(a.expected_participants or 0)
        self.volunteers.setValue(a.expected_volunteers or 0)
        self.support.setPlainText(a.proof_of_support)
        self.initiative.setText(
            a.initiative_key if a.initiative_key != a.title.strip().lower() else ""
        )
        self.recurring.setChecked(a.recurring_yearly)
        events = self.bundle.events if self.bundle else []
        self.activity.blockSignals(True)
        self.activity.setCurrentIndex(max(0, self.activity.findData(events[0].id)) if events else 0)
        self.activity.blockSignals(False)
        self._loaded_activity = self.activity.currentData()
        self.start.set_date(a.activity_start)
        self.end.set_date(a.activity_end)
        self.complex.setCurrentIndex(max(0, self.complex.findData(a.complex_id)))
        self.location.setText(a.location)
        self.payout.setCurrentIndex(
            max(0, self.payout.findData(PayoutMethod(a.payout_method).value))
        )
        self.iban.setText(validation.format_iban(a.iban) if a.iban else "")
        self.holder.setText(a.account_holder)
        self._payout_changed()
        self.budget.set_lines(
            list(self.bundle.costs) if self.bundle else [],
            list(self.bundle.income) if self.bundle else [],
        )
        self.attachments.show_bundle(self.bundle, self.current_fund())
        self.history.show_bundle(self.bundle)
        self.form.mark_clean()
        self.recheck()
        self._update_actions()

    def current_fund(self) -> funding.FundData:
        return next((f for f in self.funds if f.id == self.fund.currentData()), funding.FundData())

    def _kind_changed(self, *_args) -> None:
        kind = ApplicantKind(self.kind.currentData())
        is_person = kind != ApplicantKind.ORGANISATION
        self.person.blockSignals(True)
        self.person.clear()
        if is_person:
            for person_id, name in funding.people_choices(self.db, kind):
                self.person.addItem(name, person_id)
            self.person.setCurrentIndex(-1)
        self.person.blockSignals(False)
        for widget, visible in (
            (self.person, is_person),
            (self.organisation, not is_person),
            (self.kvk, not is_person),
            (self.contact, not is_person),
        ):
            widget.setEnabled(visible)
        self.form.refresh()

    def _payout_changed(self, *_args) -> None:
        bank = self.payout.currentData() == PayoutMethod.BANK.value
        self.iban.setEnabled(bank)
        self.holder.setEnabled(bank)
        self.form.refresh()

    def _activity_chosen(self, *_args) -> None:
        event_id = self.activity.currentData()
        if event_id is None:
            return
        try:
            start, end, complex_id, location = funding.activity_dates(self.db, event_id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Linked activity"), str(exc))
            return
        self.start.set_date(start)
        self.end.set_date(end)
        if complex_id is not None:
            self.complex.setCurrentIndex(max(0, self.complex.findData(complex_id)))
        if location and not self.location.text().strip():
            self.location.setText(location)

    def _cross_field_error(self) -> str | None:
        kind = ApplicantKind(self.kind.currentData())
        if kind != ApplicantKind.ORGANISATION and self.person.currentData() is None:
            return self.tr("Choose the resident or volunteer who applies.")
        if kind == ApplicantKind.ORGANISATION and not self.organisation.text().strip():
            return self.tr("Fill in the name of the residents' group or organisation.")
        if self.start.date() and self.end.date() and self.end.date() < self.start.date():
            return self.tr("The last day must be on or after the first day.")
        if self.iban.isEnabled() and self.iban.value() and not self.holder.text().strip():
            return validation.check(validation.account_holder, "")[1]
        return None

    # --- the live rule check ----------------------------------------------------------------
    def rule_input(self) -> rules.Application:
        fund = self.current_fund()
        key = (self.initiative.text() or self.title_edit.text()).strip().lower()
        if (fund.id, key) != self._prior_key and fund.id:
            exclude = self.bundle.application.id if self.bundle else None
            self._prior = funding.prior_support(self.db, fund.id, key, exclude)
            self._prior_key = (fund.id, key)
        return rules.Application(
            activity_start=self.start.date(),
            activity_end=self.end.date(),
            submitted_on=self.bundle.application.submitted_on if self.bundle else None,
            costs=[
                rules.CostItem(c.category, c.total, c.description) for c in self.budget.costs.rows
            ],
            income=[i.amount for i in self.budget.income.rows if i.kind != rules.IN_KIND],
            in_kind=[i.amount for i in self.budget.income.rows if i.kind == rules.IN_KIND],
            attachment_kinds=[a.kind for a in self.bundle.attachments] if self.bundle else [],
            recurring_yearly=self.recurring.isChecked(),
            prior=self._prior,
        )

    def recheck(self, *_args) -> None:
        fund, app = self.current_fund(), self.rule_input()
        self.checks.checklist.show_checks(rules.check(fund, app))
        self.checks.deadlines.show_dates(
            rules.submit_deadline(fund, app.activity_start),
            rules.decision_dates(fund, app.submitted_on, app.budget.requested),
            rules.accountability_deadline(fund, app.activity_start, app.activity_end),
        )

    # --- saving -----------------------------------------------------------------------------
    def collected(self) -> funding.ApplicationData:
        base = self.bundle.application if self.bundle else funding.ApplicationData()
        kind = ApplicantKind(self.kind.currentData())
        person = self.person.currentData()
        is_org = kind == ApplicantKind.ORGANISATION
        return replace(
            base,
            fund_id=self.fund.currentData(),
            applicant_kind=kind,
            applicant_resident_id=person if kind == ApplicantKind.RESIDENT else None,
            applicant_volunteer_id=person if kind == ApplicantKind.VOLUNTEER else None,
            organisation_name=self.organisation.text() if is_org else "",
            kvk_number=self.kvk.text() if is_org else "",
            contact_name=self.contact.text() if is_org else self.person.currentText(),
            title=self.title_edit.text(),
            reference=self.reference.text().strip(),
            initiative_key=self.initiative.text(),
            recurring_yearly=self.recurring.isChecked(),
            description=self.description.toPlainText().strip(),
            goal=self.goal.toPlainText().strip(),
            target_group=self.target_group.text().strip(),
            expected_participants=self.participants.value() or None,
            expected_volunteers=self.volunteers.value() or None,
            complex_id=self.complex.currentData(),
            location=self.location.text().strip(),
            activity_start=self.start.date(),
            activity_end=self.end.date(),
            proof_of_support=self.support.toPlainText().strip(),
            payout_method=PayoutMethod(self.payout.currentData()),
            iban=self.iban.text() if self.iban.isEnabled() else "",
            account_holder=self.holder.text() if self.holder.isEnabled() else "",
        )

    def save(self) -> bool:
        chosen = self.activity.currentData()
        event_ids = None if chosen == self._loaded_activity else ([chosen] if chosen else [])
        saved: list[int] = []

        def attempt(version: int | None) -> None:
            data = self.collected()
            if version is not None:
                data = replace(data, version=version)
            rows = (self.budget.costs.rows, self.budget.income.rows)
            saved.append(funding.save(self.db, data, *rows, event_ids))

        if not guarded_save(self, self.db, attempt, self.load_theirs):
            return False
        self.bundle = funding.load(self.db, saved[-1])
        self._loaded_activity = chosen
        return True

"""Funds (rules as data) and funding applications with budget lines and history."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, Numeric, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned, enum_column


class Fund(Versioned, Timestamps, Base):
    """A fund's rules. Cities differ, so every rule is a column, never code."""

    __tablename__ = "funds"
    __table_args__ = (
        CheckConstraint("min_lead_weeks >= 0", name="lead_not_negative"),
        CheckConstraint("decision_weeks >= 0", name="decision_not_negative"),
        CheckConstraint("max_per_request IS NULL OR max_per_request >= 0", name="max_request"),
        CheckConstraint("max_per_year IS NULL OR max_per_year >= 0", name="max_year"),
        CheckConstraint(
            "max_material_share IS NULL OR (max_material_share >= 0 AND max_material_share <= 100)",
            name="material_share",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality: Mapped[str] = mapped_column(String(80), default="")
    max_per_request: Mapped[Decimal | None]
    max_per_year: Mapped[Decimal | None]
    min_lead_weeks: Mapped[int] = mapped_column(default=0)
    decision_weeks: Mapped[int] = mapped_column(default=4)
    decision_extension_weeks: Mapped[int] = mapped_column(default=0)
    # Requests above this amount are only decided on the fixed dates ("MM-DD" list).
    large_request_threshold: Mapped[Decimal | None]
    fixed_decision_dates: Mapped[str] = mapped_column(String(100), default="")
    accountability_weeks: Mapped[int | None]
    max_years_same_initiative: Mapped[int | None]
    required_attachments: Mapped[str] = mapped_column(Text, default="")  # one per line
    ineligible_categories: Mapped[str] = mapped_column(Text, default="")  # one per line
    # Material (tent, chairs, bouncy castle) only in balance with the total: these categories
    # may together be at most this percentage of the costs.
    material_categories: Mapped[str] = mapped_column(
        Text, default="Materiaal", server_default="Materiaal"
    )
    max_material_share: Mapped[int | None]
    # False: the lead time / material share are our advice (a warning), not the fund's rule.
    lead_time_is_rule: Mapped[bool] = mapped_column(default=False, server_default=false())
    material_share_is_rule: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_default: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class ApplicationStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REJECTED = "rejected"
    ACCOUNTED = "accounted"
    CLOSED = "closed"


class ApplicantKind(enum.StrEnum):
    RESIDENT = "resident"
    VOLUNTEER = "volunteer"
    ORGANISATION = "organisation"


class PayoutMethod(enum.StrEnum):
    BANK = "bank"
    PREPAID_CARD = "prepaid_card"


class FundingApplication(Versioned, Timestamps, Base):
    __tablename__ = "funding_applications"
    __table_args__ = (
        CheckConstraint("amount_granted IS NULL OR amount_granted >= 0", name="granted_positive"),
        CheckConstraint(
            "activity_end IS NULL OR activity_start IS NULL OR activity_end >= activity_start",
            name="end_after_start",
        ),
        CheckConstraint(
            "expected_participants IS NULL OR expected_participants >= 0", name="participants"
        ),
        CheckConstraint(
            "expected_volunteers IS NULL OR expected_volunteers >= 0", name="volunteers"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id", ondelete="RESTRICT"), index=True)
    reference: Mapped[str] = mapped_column(String(60), default="")
    applicant_kind: Mapped[ApplicantKind] = enum_column(
        ApplicantKind, default=ApplicantKind.ORGANISATION
    )
    applicant_resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="RESTRICT")
    )
    applicant_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteers.id", ondelete="RESTRICT")
    )
    organisation_name: Mapped[str] = mapped_column(String(160), default="")
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(200))
    # Same key across years = same initiative (for the per-year maximum and the 3-year rule).
    initiative_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    recurring_yearly: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(String(300), default="")
    expected_participants: Mapped[int | None]
    expected_volunteers: Mapped[int | None]
    complex_id: Mapped[int | None] = mapped_column(
        ForeignKey("complexes.id", ondelete="RESTRICT"), index=True
    )
    location: Mapped[str] = mapped_column(String(200), default="")
    activity_start: Mapped[date | None]
    activity_end: Mapped[date | None]
    proof_of_support: Mapped[str] = mapped_column(Text, default="")
    payout_method: Mapped[PayoutMethod] = enum_column(PayoutMethod, default=PayoutMethod.BANK)
    iban: Mapped[str] = mapped_column(String(34), default="")
    account_holder: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[ApplicationStatus] = enum_column(
        ApplicationStatus, default=ApplicationStatus.DRAFT, index=True
    )
    submitted_on: Mapped[date | None]
    decision_on: Mapped[date | None]
    amount_granted: Mapped[Decimal | None]
    decision_reference: Mapped[str] = mapped_column(String(60), default="")
    accounted_on: Mapped[date | None]
    actual_participants: Mapped[int | None]
    report_text: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None]

    cost_lines: Mapped[list[CostLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CostLine.position"
    )
    income_lines: Mapped[list[IncomeLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="IncomeLine.position"
    )
    status_history: Mapped[list[StatusChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StatusChange.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Attachment.id"
    )


class CostLine(Base):
    __tablename__ = "cost_lines"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("unit_price >= 0", name="price_not_negative"),
        CheckConstraint("actual_amount IS NULL OR actual_amount >= 0", name="actual_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("1"))
    unit_price: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    actual_amount: Mapped[Decimal | None]


class IncomeKind(enum.StrEnum):
    OWN_MONEY = "own_money"
    OWN_IN_KIND = "own_in_kind"
    COFUNDING = "cofunding"


class IncomeLine(Base):
    __tablename__ = "income_lines"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[IncomeKind] = enum_column(IncomeKind)
    description: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal]


class StatusChange(Base):
    __tablename__ = "application_status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ApplicationStatus] = enum_column(ApplicationStatus)
    changed_on: Mapped[date]
    note: Mapped[str] = mapped_column(String(300), default="")


class Attachment(Base):
    """A file (budget, signature list, photo, receipt) kept in the database itself, so it goes
    into every backup and restore, every desk on a shared database sees it, and it belongs to
    this database's application only."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(default=0, server_default="0")
    # Deferred: lists and PDFs need the name and kind, only opening or saving needs the bytes.
    # None only for a file that was already gone when the old attachments folder was moved in.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    added_on: Mapped[date]

"""Events (activiteiten): series, volunteer shifts and registrations."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned, enum_column


class EventStatus(enum.StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    ANNOUNCED = "announced"
    HELD = "held"
    CANCELLED = "cancelled"


class EventSeries(Base):
    """How a recurring activity was created; each occurrence is an Event of its own."""

    __tablename__ = "event_series"
    __table_args__ = (
        CheckConstraint("interval_count >= 1", name="interval_positive"),
        CheckConstraint("occurrences IS NULL OR occurrences >= 1", name="occurrences_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    frequency: Mapped[str] = mapped_column(String(10))  # "weekly" | "monthly"
    interval_count: Mapped[int] = mapped_column(default=1)
    until: Mapped[date | None]
    occurrences: Mapped[int | None]
    skipped_dates: Mapped[str] = mapped_column(Text, default="")  # ISO dates, comma separated


class Event(Versioned, Timestamps, Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="end_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        CheckConstraint("costs >= 0", name="costs_not_negative"),
        CheckConstraint("attendance IS NULL OR attendance >= 0", name="attendance_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    complex_id: Mapped[int | None] = mapped_column(
        ForeignKey("complexes.id", ondelete="RESTRICT"), index=True
    )
    location: Mapped[str] = mapped_column(String(200), default="")
    organiser_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteers.id", ondelete="SET NULL")
    )
    organiser_staff: Mapped[str] = mapped_column(String(120), default="")
    capacity: Mapped[int | None]
    costs: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    funding_application_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[EventStatus] = enum_column(EventStatus, default=EventStatus.IDEA, index=True)
    attendance: Mapped[int | None]
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_series.id", ondelete="SET NULL"), index=True
    )
    # Flyer: an optional block in a second language ("en", "tr", "ar"), picture, QR link, look.
    flyer_language: Mapped[str] = mapped_column(String(2), default="", server_default="")
    flyer_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    flyer_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    picture_path: Mapped[str] = mapped_column(String(500), default="", server_default="")
    qr_url: Mapped[str] = mapped_column(String(500), default="", server_default="")
    flyer_template: Mapped[str] = mapped_column(String(40), default="", server_default="")

    shifts: Mapped[list[Shift]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Shift.starts_at"
    )
    registrations: Mapped[list[Registration]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Registration.id"
    )


class RegistrationStatus(enum.StrEnum):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class Registration(Base):
    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("event_id", "resident_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    registered_at: Mapped[datetime]
    status: Mapped[RegistrationStatus] = enum_column(
        RegistrationStatus, default=RegistrationStatus.REGISTERED
    )
    attended: Mapped[bool | None]


shift_assignments = Table(
    "shift_assignments",
    Base.metadata,
    Column("shift_id", Integer, ForeignKey("shifts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "volunteer_id", Integer, ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True
    ),
)


class Shift(Versioned, Base):
    """A volunteer role at an event (set-up, kitchen, welcome, clean-up) with times."""

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="end_after_start"),
        CheckConstraint("needed >= 1", name="needed_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(80))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    needed: Mapped[int] = mapped_column(default=1)

    volunteers = relationship("Volunteer", secondary=shift_assignments)

"""Residents, their support flags and contact log, partner organisations and signals.

Support flags, notes, contact moments and signals are sensitive (GDPR art. 9 adjacent):
services mark them so exports and PDFs meant for outside the office leave them out.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned, enum_column
from .places import Home


class SupportFlag(Base):
    """A small, office-defined set such as 'wants a weekly call' (no diagnoses)."""

    __tablename__ = "support_flags"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(120))


resident_support_flags = Table(
    "resident_support_flags",
    Base.metadata,
    Column(
        "resident_id", Integer, ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "flag_id", Integer, ForeignKey("support_flags.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class ResidentLanguage(Base):
    __tablename__ = "resident_languages"
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)


class Resident(Versioned, Timestamps, Base):
    __tablename__ = "residents"
    __table_args__ = (
        CheckConstraint(
            "move_out IS NULL OR move_in IS NULL OR move_out >= move_in", name="move_out_after_in"
        ),
        CheckConstraint("household_size IS NULL OR household_size >= 1", name="household_positive"),
        CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)", name="birth_year"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100), default="")
    name_prefix: Mapped[str] = mapped_column(String(20), default="")  # tussenvoegsel: "van 't"
    family_name: Mapped[str] = mapped_column(String(100))
    # Dutch register order ("de Vries" under V, "Çelik" under C): computed by the services.
    sort_key: Mapped[str] = mapped_column(String(240), default="", index=True)
    home_id: Mapped[int | None] = mapped_column(
        ForeignKey("homes.id", ondelete="RESTRICT"), index=True
    )
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)  # E.164
    email: Mapped[str] = mapped_column(String(200), default="")
    birth_year: Mapped[int | None]
    household_size: Mapped[int | None]
    move_in: Mapped[date | None] = mapped_column(index=True)  # the list sorts on it
    # No index: most residents have none, and SQLite would then prefer it over home_id.
    move_out: Mapped[date | None]
    consent_volunteer_contact: Mapped[bool] = mapped_column(default=False)
    consent_share_partners: Mapped[bool] = mapped_column(default=False)
    consent_photos: Mapped[bool] = mapped_column(default=False)
    consent_recorded_on: Mapped[date | None]
    consent_how: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # sensitive

    home: Mapped[Home | None] = relationship()
    languages: Mapped[list[ResidentLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    support_flags: Mapped[list[SupportFlag]] = relationship(secondary=resident_support_flags)


class ContactKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    ACTIVITY = "activity"
    OTHER = "other"


class ContactMoment(Base):
    __tablename__ = "contact_moments"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date]
    kind: Mapped[ContactKind] = enum_column(ContactKind)
    by_whom: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")  # sensitive
    follow_up_on: Mapped[date | None] = mapped_column(index=True)
    follow_up_done: Mapped[bool] = mapped_column(default=False)


class PartnerKind(enum.StrEnum):
    NEIGHBOURHOOD_OFFICE = "neighbourhood_office"
    ENFORCEMENT = "enforcement"
    SOCIAL_TEAM = "social_team"
    MENTAL_HEALTH = "mental_health"
    HOUSING_CORPORATION = "housing_corporation"
    OTHER = "other"


class Partner(Versioned, Timestamps, Base):
    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[PartnerKind] = enum_column(PartnerKind, default=PartnerKind.OTHER)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[PartnerContact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", passive_deletes=True
    )


class PartnerContact(Base):
    __tablename__ = "partner_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class SignalStatus(enum.StrEnum):
    PASSED_ON = "passed_on"
    PICKED_UP = "picked_up"
    CLOSED = "closed"


class Signal(Timestamps, Base):
    """A concern passed on to a partner organisation (the office as 'doorgeefluik')."""

    __tablename__ = "signals"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="RESTRICT"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="SET NULL")
    )
    passed_on: Mapped[date]
    subject: Mapped[str] = mapped_column(Text)  # sensitive
    status: Mapped[SignalStatus] = enum_column(SignalStatus, default=SignalStatus.PASSED_ON)
    follow_up_on: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    by_whom: Mapped[str] = mapped_column(String(120), default="")

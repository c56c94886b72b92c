"""Volunteers (Nieuwe Buren / dragende bewoners): pipeline, roles, support links, hours."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.folding import fold

from .base import Base, Timestamps, Versioned, enum_column
from .people import Resident


class Stage(enum.StrEnum):
    """Recruitment stages in pipeline order."""

    APPLIED = "applied"
    LETTER_SCORED = "letter_scored"
    INTERVIEW = "interview"
    HOUSED = "housed"
    WELCOMED = "welcomed"
    ACTIVE = "active"
    STOPPED = "stopped"


class Role(Base):
    """A role or committee: activity group, garden committee, ICT help, ..."""

    __tablename__ = "roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


volunteer_roles = Table(
    "volunteer_roles",
    Base.metadata,
    Column(
        "volunteer_id", Integer, ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("role_id", Integer, ForeignKey("roles.id", ondelete="RESTRICT"), primary_key=True),
)


class VolunteerLanguage(Base):
    __tablename__ = "volunteer_languages"
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)


class Volunteer(Versioned, Timestamps, Base):
    """A volunteer; when linked to a resident, name and contact come from the resident."""

    __tablename__ = "volunteers"
    __table_args__ = (
        CheckConstraint(
            "motivation_score IS NULL OR (motivation_score >= 0 AND motivation_score <= 10)",
            name="motivation_score_range",
        ),
        CheckConstraint(
            "interview_score IS NULL OR (interview_score >= 0 AND interview_score <= 10)",
            name="interview_score_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), unique=True
    )
    # Used only while no resident is linked (a candidate not yet housed here).
    given_name: Mapped[str] = mapped_column(String(100), default="")
    name_prefix: Mapped[str] = mapped_column(String(20), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    # The own name in plain letters (db.folding), kept by _own_name_key below.
    sort_key: Mapped[str] = mapped_column(String(240), default=lambda ctx: _key(ctx), index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    complex_id: Mapped[int | None] = mapped_column(
        ForeignKey("complexes.id", ondelete="RESTRICT"), index=True
    )
    stage: Mapped[Stage] = enum_column(Stage, default=Stage.APPLIED, index=True)
    stage_since: Mapped[date | None]
    stopped_reason: Mapped[str] = mapped_column(String(300), default="")
    motivation_score: Mapped[int | None]
    interview_on: Mapped[date | None]
    interviewers: Mapped[str] = mapped_column(String(200), default="")
    interview_score: Mapped[int | None]
    interview_notes: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(String(300), default="")
    # Codes like "mon-am,wed-pm"; weekday (mon..sun) + part of day (am, pm, eve).
    availability: Mapped[str] = mapped_column(String(200), default="")
    vog_date: Mapped[date | None]
    on_notice_board: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    resident: Mapped[Resident | None] = relationship()
    roles: Mapped[list[Role]] = relationship(secondary=volunteer_roles)
    languages: Mapped[list[VolunteerLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    stage_history: Mapped[list[StageChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageChange.id"
    )


class StageChange(Base):
    __tablename__ = "volunteer_stage_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[Stage] = enum_column(Stage)
    changed_on: Mapped[date]
    note: Mapped[str] = mapped_column(String(300), default="")


class SupportKind(enum.StrEnum):
    WEEKLY_CALL = "weekly_call"
    PAPERWORK = "paperwork"
    VISIT = "visit"
    OTHER = "other"


class SupportLink(Base):
    """Who supports whom: a volunteer and a resident they call, visit or help."""

    __tablename__ = "support_links"
    __table_args__ = (
        UniqueConstraint("volunteer_id", "resident_id", "kind"),
        CheckConstraint("agreed_day IS NULL OR (agreed_day >= 0 AND agreed_day <= 6)", name="day"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), index=True
    )
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[SupportKind] = enum_column(SupportKind, default=SupportKind.WEEKLY_CALL)
    agreed_day: Mapped[int | None]  # 0 = Monday (Dutch weeks start on Monday)
    started_on: Mapped[date]
    ended_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(String(300), default="")


class VolunteerHours(Base):
    __tablename__ = "volunteer_hours"
    __table_args__ = (CheckConstraint("hours > 0 AND hours <= 24", name="hours_in_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    worked_on: Mapped[date] = mapped_column(index=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    description: Mapped[str] = mapped_column(String(200), default="")


def _key(context) -> str:
    """The key of a row inserted without the ORM (the demo generator, the import)."""
    row = context.get_current_parameters()
    parts = (row.get("family_name"), row.get("given_name"), row.get("name_prefix"))
    return fold(" ".join(part or "" for part in parts))


@event.listens_for(Volunteer, "before_insert")
@event.listens_for(Volunteer, "before_update")
def _own_name_key(_mapper, _connection, volunteer: Volunteer) -> None:
    """Every writer (services, import, erasure, demo) keeps the searchable key in step."""
    parts = (volunteer.family_name, volunteer.given_name, volunteer.name_prefix)
    volunteer.sort_key = fold(" ".join(part or "" for part in parts))

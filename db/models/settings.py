"""Office settings kept in the database (they belong to the office, not to one desk)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned


class OfficeSetting(Versioned, Base):
    """One key/value pair, e.g. "volunteers.vog_valid_years" = "3"; values are stored as text."""

    __tablename__ = "office_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")

"""Housing complexes and the homes (BAG-style addresses) in them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned


class Complex(Versioned, Timestamps, Base):
    __tablename__ = "complexes"
    __table_args__ = (
        CheckConstraint("home_count >= 0", name="home_count_not_negative"),
        CheckConstraint("floors IS NULL OR floors >= 0", name="floors_not_negative"),
        CheckConstraint(
            "nb_target_pct IS NULL OR (nb_target_pct >= 0 AND nb_target_pct <= 100)",
            name="target_is_percentage",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    address_range: Mapped[str] = mapped_column(String(200), default="")
    postcodes: Mapped[str] = mapped_column(String(200), default="")
    buurt_code: Mapped[str] = mapped_column(String(12), default="")
    buurt_name: Mapped[str] = mapped_column(String(120), default="")
    home_count: Mapped[int] = mapped_column(default=0)
    owner: Mapped[str] = mapped_column(String(120), default="")
    building_type: Mapped[str] = mapped_column(String(80), default="")
    floors: Mapped[int | None]
    common_room: Mapped[str] = mapped_column(String(200), default="")
    caretaker_name: Mapped[str] = mapped_column(String(120), default="")
    caretaker_phone: Mapped[str] = mapped_column(String(20), default="")
    caretaker_email: Mapped[str] = mapped_column(String(200), default="")
    nb_target_pct: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    notes: Mapped[str] = mapped_column(Text, default="")

    homes: Mapped[list[Home]] = relationship(back_populates="complex", passive_deletes=True)


class Home(Versioned, Timestamps, Base):
    __tablename__ = "homes"
    __table_args__ = (
        # Empty strings, not NULL, for letter and addition: NULLs never collide in a UNIQUE.
        UniqueConstraint("postcode", "house_number", "house_letter", "addition"),
        CheckConstraint("house_number > 0", name="house_number_positive"),
        CheckConstraint("length(house_letter) <= 1", name="house_letter_single"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complex_id: Mapped[int | None] = mapped_column(
        ForeignKey("complexes.id", ondelete="RESTRICT"), index=True
    )
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[int]
    house_letter: Mapped[str] = mapped_column(String(1), default="")
    addition: Mapped[str] = mapped_column(String(4), default="")
    postcode: Mapped[str] = mapped_column(String(7), index=True)
    city: Mapped[str] = mapped_column(String(80), default="Utrecht")
    floor: Mapped[int | None]

    complex: Mapped[Complex | None] = relationship(back_populates="homes")

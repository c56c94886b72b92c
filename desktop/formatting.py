"""How values look in tables and labels; the single place the GUI formats data."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from db import validation


def money(value: Decimal | None) -> str:
    return "" if value is None else validation.format_money(value)


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return validation.format_date(value.date() if isinstance(value, datetime) else value)


def moment(value: datetime | None) -> str:
    return (
        ""
        if value is None
        else f"{validation.format_date(value.date())} {validation.format_time(value.time())}"
    )


def number(value: int | None) -> str:
    """Thousands with a dot, as Dutch readers expect: 100.000."""
    return "" if value is None else f"{value:,}".replace(",", ".")

"""How values look in tables and labels; the single place the GUI formats data."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale

from db import validation

_LANGUAGES = Locale("nl").languages


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


def language(code: str) -> str:
    """'rif' → 'Riffijns': a worker reads words, not ISO codes (an unknown code stays)."""
    return _LANGUAGES.get(code, code)


def languages(codes: str | list[str]) -> str:
    """'ar, nl, rif' (or a list) → 'Arabisch, Nederlands, Riffijns'."""
    if isinstance(codes, str):
        codes = [c.strip() for c in codes.split(",") if c.strip()]
    return ", ".join(language(code) for code in codes)

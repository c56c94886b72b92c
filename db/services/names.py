"""How a person's name is shown and sorted (Dutch: 'de Vries' sorts under V)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func


def display_name(given: str, prefix: str, family: str) -> str:
    return " ".join(part for part in (given, prefix, family) if part)


def sort_name(family: str, given: str, prefix: str) -> str:
    """'Vries, Zoë de' as in Dutch registers."""
    tail = " ".join(part for part in (given, prefix) if part)
    return f"{family}, {tail}" if tail else family


def sql_display_name(given, prefix, family) -> ColumnElement[str]:
    """The display name built in SQL so that search and sort can use it (dialect-neutral)."""
    return func.trim(
        func.replace(given + " " + prefix + " " + family, "  ", " ")
    )

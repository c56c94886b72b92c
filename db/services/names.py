"""How a person's name is shown and sorted (Dutch: 'de Vries' sorts under V)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import ColumnElement, func


def display_name(given: str, prefix: str, family: str) -> str:
    return " ".join(part for part in (given, prefix, family) if part)


def sort_name(family: str, given: str, prefix: str) -> str:
    """'Vries, Zoë de' as in Dutch registers."""
    tail = " ".join(part for part in (given, prefix) if part)
    return f"{family}, {tail}" if tail else family


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d"})


def sort_key(family: str, given: str, prefix: str = "") -> str:
    """A plain-letter key so SQL can sort names as a Dutch reader expects, with an index.

    SQLite has no locale collation and a Python collation would be too slow at 100,000 rows.
    """
    text = unicodedata.normalize(
        "NFKD", f"{family} {given} {prefix}".casefold().translate(_LETTERS)
    )
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join("".join(ch for ch in text if ch.isalnum() or ch.isspace() or ch == "-").split())


def sql_display_name(given, prefix, family) -> ColumnElement[str]:
    """The display name built in SQL so that search and sort can use it (dialect-neutral)."""
    return func.trim(func.replace(given + " " + prefix + " " + family, "  ", " "))

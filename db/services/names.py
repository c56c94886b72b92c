"""A person's name: one way to show it, sort it and search it, for every table, PDF and export.

Dutch: 'de Vries' sorts under V; accents do not matter when searching ("wojcik" finds Wójcik,
"sukru" finds Şükrü); the words of a name may be typed in any order ("vries zoe").
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func

from db.folding import fold
from db.models import Resident, Volunteer


def display_name(given: str | None, prefix: str | None, family: str | None) -> str:
    """'Zoë de Vries-van 't Hof': the parts that exist, one space between them."""
    return " ".join(part.strip() for part in (given, prefix, family) if part and part.strip())


def sort_name(family: str, given: str, prefix: str) -> str:
    """'Vries, Zoë de' as in Dutch registers."""
    tail = " ".join(part for part in (given, prefix) if part)
    return f"{family}, {tail}" if tail else family


def sort_key(family: str, given: str, prefix: str = "") -> str:
    """The name in plain letters, family name first: the stored key that SQL sorts and searches."""
    return fold(f"{family} {given} {prefix}")


def search_words(typed: str) -> list[str]:
    """What a worker typed, as plain-letter words to find in a name's key (any order)."""
    return fold(typed).split()


def name_matches(key: ColumnElement[str], typed: str) -> ColumnElement[bool] | None:
    """Every typed word occurs in the stored name key; None when nothing searchable was typed."""
    words = search_words(typed)
    if not words:
        return None
    return and_(*(key.like(_contains(word), escape="\\") for word in words))


def _contains(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def volunteer_name_columns() -> tuple[ColumnElement[str], ...]:
    """(given, prefix, family, key) of a volunteer: a linked resident's name wins.

    The person is typed once, in the residents tab; a candidate not yet housed here has a name
    of their own. Needs `outerjoin(Resident, Volunteer.resident_id == Resident.id)`.
    """
    return (
        func.coalesce(Resident.given_name, Volunteer.given_name),
        func.coalesce(Resident.name_prefix, Volunteer.name_prefix),
        func.coalesce(Resident.family_name, Volunteer.family_name),
        func.coalesce(Resident.sort_key, Volunteer.sort_key),
    )

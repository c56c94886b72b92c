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


# Tussenvoegsels: written in lower case inside a full name ("Jan van den Berg").
PREFIX_WORDS = {
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "aan", "bij", "uit",
    "voor", "onder", "over", "von", "vom", "zu", "du", "des", "la", "le", "da", "dos", "do",
    "del", "della", "di", "d'", "l'", "'s",
}  # fmt: skip
# Family names that begin with a particle of their own ("El Amrani", "Ben Ali", "Ait Taleb").
FAMILY_PARTICLES = {"el", "al", "ben", "bin", "ibn", "abou", "abu", "ait", "aït", "ou", "oulad"}


def split_full_name(text: str) -> tuple[str, str, str]:
    """(given, prefix, family) of a name in one column, the Dutch way.

    "Zoë de Vries-van 't Hof" → ("Zoë", "de", "Vries-van 't Hof"); "Jansen, P." → ("P.", "",
    "Jansen"); "Vries, Zoë de" → ("Zoë", "de", "Vries"); "El Amrani" → ("", "", "El Amrani").
    """
    text = " ".join(text.split())
    if "," in text:
        family_part, _, given_part = text.partition(",")
        family_words, given_words = family_part.split(), given_part.split()
        prefix = []
        while given_words and given_words[-1].lower() in PREFIX_WORDS:  # "Vries, Zoë de"
            prefix.insert(0, given_words.pop())
        while len(family_words) > 1 and family_words[0] in PREFIX_WORDS:  # "van Dijk, Jan"
            prefix.append(family_words.pop(0))
        return " ".join(given_words), " ".join(prefix), " ".join(family_words)
    words = text.split()
    if len(words) < 2 or words[0].lower() in FAMILY_PARTICLES:
        return "", "", text
    start = next(
        (i for i, w in enumerate(words) if i > 0 and w in PREFIX_WORDS and i < len(words) - 1),
        None,
    )
    if start is None:
        return words[0], "", " ".join(words[1:])
    end = start
    while end < len(words) - 1 and words[end] in PREFIX_WORDS:
        end += 1
    return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])


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

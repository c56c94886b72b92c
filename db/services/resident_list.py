"""The residents list: one page at a time, filtered, searched and sorted in SQL.

Two steps keep every page cheap at 100,000 residents: first the ids of the page, with only the
joins the sort or a filter needs (often none, so an index on residents answers it), then the
details of just those ids. The count never joins more than a filter needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, column, exists, func, literal_column, or_, select, table

from db import search, sort_keys, validation
from db.engine import Database
from db.models import Complex, Home, Resident, ResidentLanguage, SupportFlag
from db.models.people import resident_support_flags
from db.services.common import ListQuery, Page, like_pattern, order
from db.services.complexes import address
from db.services.names import display_name, name_matches

INDEXED = ("sqlite", "postgresql")


@dataclass(frozen=True)
class ResidentRow:
    id: int
    name: str
    address: str
    postcode: str
    phone: str
    complex_name: str
    move_in: date | None
    move_out: date | None
    consent: bool  # may volunteers contact this resident?
    languages: str
    support_flags: str  # sensitive: shown only after "Toon gevoelige gegevens"
    birth_year: int | None = None  # tells namesakes apart (Inzage en vergeten)


def _sort_columns() -> dict:
    flag_count = (
        select(func.count())
        .where(resident_support_flags.c.resident_id == Resident.id)
        .scalar_subquery()
    )
    first_language = (
        select(func.min(ResidentLanguage.language))
        .where(ResidentLanguage.resident_id == Resident.id)
        .scalar_subquery()
    )
    return {
        "name": Resident.sort_key,
        "address": Home.street,
        "postcode": Home.postcode,
        "phone": Resident.phone,
        "complex_name": Complex.name,
        "move_in": Resident.move_in,
        "move_out": Resident.move_out,
        "languages": first_language,
        "support_flags": flag_count,
        "consent": Resident.consent_volunteer_contact,
    }


# Columns sorted through db.sort_keys' stored keys on SQLite (its column name there).
STORED = {
    "address": "address",
    "postcode": "postcode",
    "complex_name": "complex",
    "languages": "languages",
    "support_flags": "flags",
}


def list_residents(db: Database, query: ListQuery = ListQuery()) -> Page[ResidentRow]:
    columns = _sort_columns()
    sort = query.sort if query.sort in columns else ""
    if sort in STORED and sort_keys.ensure(db.engine):
        return _list_by_stored_key(db, query, STORED[sort])
    needs_home = sort in ("address", "postcode", "complex_name") or _filters_need_home(db, query)
    ids = select(Resident.id).select_from(Resident)
    if needs_home:
        ids = ids.outerjoin(Home, Resident.home_id == Home.id)
    if sort == "complex_name":
        ids = ids.outerjoin(Complex, Home.complex_id == Complex.id)
    typed = query.text.strip()
    if typed:
        search.ensure(db.engine)
    paging = query.limit is not None or bool(query.offset)
    with db.reading() as session:
        # The exact count first (SQLite: one pass over the index): it also tells whether most
        # residents match, and then the page walks the name index and stops after one page.
        total = session.scalar(_count(db, query)) if paging else None
        broad = (
            db.dialect == "sqlite"
            and sort in ("", "name")
            and bool(typed)
            and total is not None
            and total > search.BROAD
        )
        # ids are assigned in order, so the highest is about how many residents there are
        dense = broad and total > search.DENSE * (
            session.scalar(select(func.max(Resident.id))) or 0
        )
        ids = ids.where(*_conditions(db, query, broad, dense=dense))
        if sort == "address":
            ids = order(
                ids,
                {"address": Home.street},
                query,
                [
                    Home.house_number,
                    Home.house_letter,
                    Home.addition,
                    Resident.sort_key,
                    Resident.id,
                ],
            )
        else:
            ids = order(ids, columns, query, [Resident.sort_key, Resident.id])
        if query.offset:
            ids = ids.offset(query.offset)
        if query.limit is not None:
            ids = ids.limit(query.limit)
        page_ids = list(session.scalars(ids))
        rows = _details(session, page_ids)
        return Page([rows[i] for i in page_ids], len(page_ids) if total is None else total)


def _list_by_stored_key(db: Database, query: ListQuery, key: str) -> Page[ResidentRow]:
    """One walk of the index on (moved, key): the page without joining or sorting everyone."""
    keys = table(sort_keys.TABLE, column("id"), column("moved"), column(key))
    ids = select(keys.c.id).select_from(keys)
    status = query.filters.get("status", "current")
    if status in ("current", "moved"):
        ids = ids.where(keys.c.moved == int(status == "moved"))
    others = _conditions(db, query, with_status=False)
    if others:  # a filter or search: ask the residents (and homes) only for these ids
        matches = select(Resident.id).select_from(Resident)
        if query.filters.get("complex_id"):
            matches = matches.join(Home, Resident.home_id == Home.id)
        ids = ids.where(keys.c.id.in_(matches.where(*others)))
    direction = (lambda c: c.desc()) if query.descending else (lambda c: c.asc())
    ids = ids.order_by(direction(keys.c[key]), direction(keys.c.id))
    if query.offset:
        ids = ids.offset(query.offset)
    if query.limit is not None:
        ids = ids.limit(query.limit)
    with db.reading() as session:
        page_ids = list(session.scalars(ids))
        total = session.scalar(_count(db, query))
        rows = _details(session, page_ids)
    return Page([rows[i] for i in page_ids], total)


def _count(db: Database, query: ListQuery):
    """How many residents match. SQLite with a search: joined from the matching index rows (no
    list of every matching id is built first, which would cost most of the time)."""
    typed = query.text.strip()
    status = query.filters.get("status", "current")
    filtered = any(query.filters.get(f) for f in ("complex_id", "language", "flag"))
    if not typed and not filtered and sort_keys.ensure(db.engine):
        # Only the move-out status: counted in the small index rows of the stored sort keys
        # (2 ms at 100,000) rather than by reading every resident's row (50 ms).
        keys = table(sort_keys.TABLE, column("moved"))
        count = select(func.count()).select_from(keys)
        if status in ("current", "moved"):
            count = count.where(keys.c.moved == int(status == "moved"))
        return count
    source = search.matched_source(db.dialect, typed, status) if typed else None
    if source is None:
        count = select(func.count(Resident.id)).select_from(Resident)
        if _filters_need_home(db, query):
            count = count.join(Home, Resident.home_id == Home.id)
        return count.where(*_conditions(db, query))
    found, key, condition = source
    in_index = search.checks_status(db.dialect, typed)
    count = select(func.count()).select_from(found).where(condition)
    if in_index and not filtered:
        return count  # everything asked is in the index rows: residents need not be read
    count = count.join(Resident, Resident.id == key)
    if query.filters.get("complex_id"):
        count = count.join(Home, Resident.home_id == Home.id)
    return count.where(*_conditions(db, query, searched=False, with_status=not in_index))


def _details(session, ids: list[int]) -> dict[int, ResidentRow]:
    if not ids:
        return {}
    found = session.execute(
        select(
            Resident.id,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Home.street,
            Home.house_number,
            Home.house_letter,
            Home.addition,
            Home.postcode,
            Resident.phone,
            Complex.name,
            Resident.move_in,
            Resident.move_out,
            Resident.consent_volunteer_contact,
            Resident.birth_year,
        )
        .outerjoin(Home, Resident.home_id == Home.id)
        .outerjoin(Complex, Home.complex_id == Complex.id)
        .where(Resident.id.in_(ids))
    )
    languages = _grouped(
        session,
        select(ResidentLanguage.resident_id, ResidentLanguage.language)
        .where(ResidentLanguage.resident_id.in_(ids))
        .order_by(ResidentLanguage.language),
    )
    flags = _grouped(
        session,
        select(resident_support_flags.c.resident_id, SupportFlag.label)
        .join(SupportFlag, SupportFlag.id == resident_support_flags.c.flag_id)
        .where(resident_support_flags.c.resident_id.in_(ids))
        .order_by(SupportFlag.label),
    )
    return {r[0]: _row(r, languages.get(r[0], []), flags.get(r[0], [])) for r in found}


def _grouped(session, stmt) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for key, value in session.execute(stmt):
        result.setdefault(key, []).append(value)
    return result


def _row(r, languages: list[str], flags: list[str]) -> ResidentRow:
    addr = address(r[4], r[5], r[6], r[7]) if r[4] else ""
    phone = validation.format_phone(r[9]) if r[9] else ""
    return ResidentRow(
        r[0],
        display_name(r[1], r[2], r[3]),
        addr,
        r[8] or "",
        phone,
        r[10] or "",
        r[11],
        r[12],
        bool(r[13]),
        ", ".join(languages),
        ", ".join(flags),
        r[14],
    )


def _filters_need_home(db: Database, query: ListQuery) -> bool:
    return bool(query.filters.get("complex_id")) or (
        bool(query.text.strip()) and db.dialect not in INDEXED
    )


def _conditions(
    db: Database,
    query: ListQuery,
    broad: bool = False,
    searched: bool = True,
    dense: bool = False,
    with_status: bool = True,
) -> list:
    """WHERE terms on residents (and homes for a complex). `broad`: most residents match the
    search, so the move-out index must not be used (a unary + hides it from SQLite's planner)
    and the name index is walked instead, stopping after one page. `searched`: include the
    typed text (False when the caller joins the search index itself); `dense`: see
    db.search.matching_ids; `with_status`: include the move-out status (False when the caller's
    search index applies it, see db.search.checks_status)."""
    f = query.filters
    found = []
    status = f.get("status", "current")
    typed = query.text.strip() if searched else ""
    if typed and search.checks_status(db.dialect, typed):
        with_status = False  # the search condition below applies it
    move_out = literal_column("+residents.move_out") if broad else Resident.move_out
    if not with_status:
        pass
    elif status == "current":
        found.append(move_out.is_(None))
    elif status == "moved":
        found.append(move_out.is_not(None))
    if f.get("complex_id"):
        found.append(Home.complex_id == f["complex_id"])
    if f.get("language"):
        found.append(
            exists().where(
                ResidentLanguage.resident_id == Resident.id,
                ResidentLanguage.language == f["language"],
            )
        )
    if f.get("flag"):
        flag_id = select(SupportFlag.id).where(SupportFlag.code == f["flag"]).scalar_subquery()
        found.append(
            exists().where(
                resident_support_flags.c.resident_id == Resident.id,
                resident_support_flags.c.flag_id == flag_id,
            )
        )
    if typed and (match := _text_match(db, typed, broad, dense, status)) is not None:
        found.append(match)
    return found


def _text_match(
    db: Database, text: str, broad: bool = False, dense: bool = False, status: str = "current"
):
    """Through the trigram index (db.search) where the database has one, else a LIKE scan."""
    search.ensure(db.engine)
    if db.dialect in INDEXED:
        # None: nothing searchable was typed
        return search.matching_ids(db.dialect, text, broad, dense, status)
    pattern = like_pattern(text)
    compact = like_pattern(text.replace(" ", "").upper())
    digits = "".join(ch for ch in text if ch.isdigit())
    conditions = [
        name_matches(Resident.sort_key, text),
        (Home.street + " " + cast(Home.house_number, String)).ilike(pattern, escape="\\"),
        func.replace(Home.postcode, " ", "").ilike(compact, escape="\\"),
    ]
    if len(digits) >= 3:
        # "0612" must find "+31612…": compare national digits with the stored E.164 number.
        national = digits[1:] if digits.startswith("0") else digits
        conditions.append(Resident.phone.like(f"%{national}%"))
    return or_(*(c for c in conditions if c is not None))

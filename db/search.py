"""A substring index over residents (name, street + number, postcode, phone), kept by triggers.

Staff type fragments ("wiśn", "3531 ab", "0612") and expect every resident whose name, address,
postcode or phone contains them, instantly, among 100,000 residents. A LIKE '%…%' scan cannot use
an ordinary index, so each resident gets one *search document* in a trigram index:

* SQLite: an FTS5 table ``resident_search`` (tokenizer ``trigram``, rowid = resident id) whose
  document holds the resident's own fields *and* the address of their home, so that a search and
  its exact count are one index query even when most residents match ("dreef"). Its content
  lives in the plain table ``resident_search_docs`` (FTS5 external content), which also answers
  fragments shorter than a trigram with a LIKE scan over small rows; ``home_search`` keeps each
  home's address text for the triggers;
* PostgreSQL: tables ``resident_search`` and ``home_search`` with a ``gin_trgm_ops`` index
  (extension pg_trgm).

Triggers on ``residents`` and ``homes`` keep the documents in step with every writer (services,
imports, the demo generator's bulk inserts, even a hand-written SQL statement). The documents are
derived data: :func:`ensure` re-creates triggers and index when a later table rebuild (an Alembic
batch migration on SQLite drops a table's triggers) has removed them, and :func:`rebuild` can
always write them afresh.

Accents: SQLite before 3.45 cannot fold them inside the tokenizer, and SQL has no unaccent, so
the resident document also holds ``residents.sort_key`` (the name in plain letters, computed by
db.services.names.sort_key) and the typed text is searched both as typed and folded the same way:
"zoe" finds "Zoë", "celik" finds "Çelik".

Triggers only ever refer to their own table and the index tables, never to another table:
SQLite's ALTER TABLE … RENAME (which Alembic batch migrations use) refuses to run while a trigger
on another table mentions the table being rebuilt. So a resident's trigger reads the address from
``home_search``, and a home's trigger finds its residents through ``resident_search_docs.home_id``.
This module never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
import weakref

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    column,
    exists,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.sql import ColumnElement, FromClause

from db import folding

RESIDENTS = "resident_search"  # rowid = residents.id: name, plain-letter name, phone (+ address)
HOMES = "home_search"  # homes.id: street + number, postcode with and without space
DOCS = "resident_search_docs"  # SQLite: documents (person, address), home_id, moved out or not
MIN_INDEXED = 3  # a trigram index can only answer fragments of 3 characters or more
_TRIGGERS = (
    "resident_search_ai",
    "resident_search_au",
    "resident_search_ad",
    "home_search_ai",
    "home_search_au",
    "home_search_ad",
)
_ensured: weakref.WeakSet = weakref.WeakSet()

_RESIDENT_DOC = (
    "trim(replace({r}.given_name || ' ' || {r}.name_prefix || ' ' || {r}.family_name, '  ', ' '))"
    " || ' | ' || {r}.sort_key || ' | ' || {r}.phone || ' '"
    " || CASE WHEN {r}.phone LIKE '+31%' THEN '0' || substr({r}.phone, 4) ELSE '' END"
)
_HOME_DOC = (
    "{h}.street || ' ' || {h}.house_number || {h}.house_letter"
    " || CASE WHEN {h}.addition <> '' THEN '-' || {h}.addition ELSE '' END"
    " || ' | ' || {h}.postcode || ' ' || replace({h}.postcode, ' ', '')"
)


def fold(value: str) -> str:
    """Plain lower-case letters, the way residents' sort keys are written (phones keep '+')."""
    return folding.fold(value, keep="-+")


# --- SQLite --------------------------------------------------------------------------------


_ADDRESS = f"coalesce((SELECT document FROM {HOMES} WHERE id = {{h}}), '')"
# FTS5 with external content forgets a row only when told the exact text it indexed for it.
_FORGET = (
    f"INSERT INTO {RESIDENTS}({RESIDENTS}, rowid, person, address)"
    f" SELECT 'delete', id, person, address FROM {DOCS} WHERE {{where}};"
)
_INDEX = f"INSERT INTO {RESIDENTS}(rowid, person, address) SELECT id, person, address FROM {DOCS}"


def _sqlite_ddl() -> list[str]:
    person = _RESIDENT_DOC.format(r="NEW")
    add_resident = (
        f"INSERT INTO {DOCS}(id, home_id, moved, person, address)"
        f" VALUES (NEW.id, NEW.home_id, NEW.move_out IS NOT NULL, {person},"
        f" {_ADDRESS.format(h='NEW.home_id')});"
        f" {_INDEX} WHERE id = NEW.id;"
    )
    forget_resident = f"{_FORGET.format(where='id = OLD.id')} DELETE FROM {DOCS} WHERE id = OLD.id;"
    refresh_home = (  # the documents of everyone living at home OLD.id get its new address
        f"{_FORGET.format(where='home_id = OLD.id')}"
        f" UPDATE {DOCS} SET address = {_ADDRESS.format(h='OLD.id')} WHERE home_id = OLD.id;"
        f" {_INDEX} WHERE home_id = OLD.id;"
    )
    home_doc = _HOME_DOC.format(h="NEW")
    home = f"INSERT OR REPLACE INTO {HOMES}(id, document) VALUES (NEW.id, {home_doc});"
    return [
        f"CREATE TABLE IF NOT EXISTS {HOMES} (id INTEGER PRIMARY KEY, document TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS {DOCS} (id INTEGER PRIMARY KEY, home_id INTEGER,
            moved INTEGER NOT NULL, person TEXT NOT NULL, address TEXT NOT NULL)""",
        f"CREATE INDEX IF NOT EXISTS {DOCS}_home ON {DOCS}(home_id)",
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS {RESIDENTS} USING fts5(person, address,
            content='{DOCS}', content_rowid='id', tokenize='trigram')""",
        f"""CREATE TRIGGER IF NOT EXISTS {RESIDENTS}_ai AFTER INSERT ON residents BEGIN
            {add_resident} END""",
        f"""CREATE TRIGGER IF NOT EXISTS {RESIDENTS}_au AFTER UPDATE OF
            given_name, name_prefix, family_name, sort_key, phone, home_id, move_out
            ON residents BEGIN
            {forget_resident} {add_resident} END""",
        f"""CREATE TRIGGER IF NOT EXISTS {RESIDENTS}_ad AFTER DELETE ON residents BEGIN
            {forget_resident} END""",
        f"""CREATE TRIGGER IF NOT EXISTS {HOMES}_ai AFTER INSERT ON homes BEGIN
            {home} {refresh_home.replace("OLD.", "NEW.")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS {HOMES}_au AFTER UPDATE OF
            street, house_number, house_letter, addition, postcode ON homes BEGIN
            DELETE FROM {HOMES} WHERE id = OLD.id; {home} {refresh_home} END""",
        f"""CREATE TRIGGER IF NOT EXISTS {HOMES}_ad AFTER DELETE ON homes BEGIN
            DELETE FROM {HOMES} WHERE id = OLD.id; {refresh_home} END""",
    ]


# --- PostgreSQL ----------------------------------------------------------------------------


def _postgres_ddl(trigram: bool) -> list[str]:
    ddl = []
    for table, source, doc in (
        (RESIDENTS, "residents", _RESIDENT_DOC.format(r="NEW")),
        (HOMES, "homes", _HOME_DOC.format(h="NEW")),
    ):
        ddl += [
            f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY, document TEXT NOT NULL)",
            f"""CREATE OR REPLACE FUNCTION {table}_sync() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM {table} WHERE id = OLD.id;
                    RETURN OLD;
                END IF;
                INSERT INTO {table}(id, document) VALUES (NEW.id, lower({doc}))
                    ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document;
                RETURN NEW;
            END $$ LANGUAGE plpgsql""",
            f"DROP TRIGGER IF EXISTS {table}_sync ON {source}",
            f"""CREATE TRIGGER {table}_sync AFTER INSERT OR UPDATE OR DELETE ON {source}
                FOR EACH ROW EXECUTE FUNCTION {table}_sync()""",
        ]
        if trigram:
            ddl.append(
                f"CREATE INDEX IF NOT EXISTS ix_{table}_trgm ON {table} "
                "USING gin (document gin_trgm_ops)"
            )
    return ddl


def _postgres_trigram(conn: Connection) -> bool:
    """pg_trgm is a contrib extension: use it when the server has it, else search by scanning."""
    available = conn.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).scalar()
    if available:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    return bool(available)


# --- install, check, rebuild ---------------------------------------------------------------


def install(conn: Connection) -> None:
    """Create index tables and triggers and fill them from what is stored. On SQLite whatever
    index there was (an older layout too) is dropped first: it is rewritten in full anyway."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        uninstall(conn)
        statements = _sqlite_ddl()
    elif dialect == "postgresql":
        statements = _postgres_ddl(_postgres_trigram(conn))
    else:
        return
    for statement in statements:
        conn.execute(text(statement))
    rebuild(conn)


def uninstall(conn: Connection) -> None:
    dialect = conn.dialect.name
    if dialect == "sqlite":
        for trigger in _TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        tables = (RESIDENTS, HOMES, DOCS)  # the FTS5 table first: its content is DOCS
    elif dialect == "postgresql":
        for table, source in ((RESIDENTS, "residents"), (HOMES, "homes")):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync ON {source}"))
            conn.execute(text(f"DROP FUNCTION IF EXISTS {table}_sync()"))
        tables = (RESIDENTS, HOMES)
    else:
        return
    for table in tables:
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def suspend(conn: Connection) -> None:
    """Before a bulk load (the demo generator): drop the triggers, keep the index tables; call
    install() in the same transaction afterwards. One rebuild of 100,000 documents takes about
    2 s, keeping them up to date row by row several times as long."""
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    elif conn.dialect.name == "postgresql":
        for table, source in ((RESIDENTS, "residents"), (HOMES, "homes")):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync ON {source}"))


def rebuild(conn: Connection) -> None:
    """Write every document afresh (after a repair); bulk inserts are covered by the triggers."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.execute(text(f"DELETE FROM {HOMES}"))
        conn.execute(
            text(
                f"INSERT INTO {HOMES}(id, document) "
                f"SELECT h.id, {_HOME_DOC.format(h='h')} FROM homes h"
            )
        )
        conn.execute(text(f"DELETE FROM {DOCS}"))
        conn.execute(
            text(
                f"INSERT INTO {DOCS}(id, home_id, moved, person, address) "
                f"SELECT r.id, r.home_id, r.move_out IS NOT NULL, {_RESIDENT_DOC.format(r='r')},"
                " coalesce(a.document, '') "
                f"FROM residents r LEFT JOIN {HOMES} a ON a.id = r.home_id"
            )
        )
        conn.execute(text(f"INSERT INTO {RESIDENTS}({RESIDENTS}) VALUES ('rebuild')"))
    elif dialect == "postgresql":
        for table, source, doc in (
            (RESIDENTS, "residents r", _RESIDENT_DOC.format(r="r")),
            (HOMES, "homes h", _HOME_DOC.format(h="h")),
        ):
            conn.execute(text(f"DELETE FROM {table}"))
            alias = source.split()[1]
            conn.execute(
                text(
                    f"INSERT INTO {table}(id, document) "
                    f"SELECT {alias}.id, lower({doc}) FROM {source}"
                )
            )
    else:
        return
    optimize(conn)


def optimize(conn: Connection) -> None:
    """Merge the index after many inserts (db.demo.generate calls this): faster searches."""
    if conn.dialect.name == "sqlite":
        present = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :a"), {"a": RESIDENTS}
        ).scalar()
        if present:  # missing: ensure() rebuilds it on the first search
            conn.execute(text(f"INSERT INTO {RESIDENTS}({RESIDENTS}) VALUES ('optimize')"))
    elif conn.dialect.name == "postgresql":
        for table in (RESIDENTS, HOMES):
            conn.execute(text(f"ANALYZE {table}"))


def _healthy(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        names = {
            row[0]
            for row in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            )
        }
        return {RESIDENTS, HOMES, DOCS, *_TRIGGERS} <= names
    if conn.dialect.name == "postgresql":
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_trigger WHERE tgname IN ('resident_search_sync', "
                "'home_search_sync')"
            )
        ).scalar()
        return found == 2
    return True


def ensure(engine: Engine) -> None:
    """Once per engine: put back triggers that a table rebuild (an Alembic batch migration on
    SQLite) removed, and rewrite the index, so that no change goes unindexed."""
    if engine in _ensured:
        return
    with engine.begin() as conn:
        if conn.dialect.name in ("sqlite", "postgresql") and not _healthy(conn):
            install(conn)
    _ensured.add(engine)


# --- querying ------------------------------------------------------------------------------

_COMPACT_RE = re.compile(r"[+0-9][0-9 \-]*[a-z]{0,2}")


def search_terms(typed: str) -> list[str]:
    """The fragments to look for: as typed (lower case) and in plain letters; postcodes and phone
    numbers without spaces or dashes, so "3531 ab" finds "3531AB" and "06-1234" "061234…"."""
    typed = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in typed)
    terms = []
    for term in (" ".join(typed.lower().split()), " ".join(fold(typed).split())):
        if _COMPACT_RE.fullmatch(term):
            term = term.replace(" ", "").replace("-", "")
        if term and term not in terms:
            terms.append(term)
    return terms


def search_groups(typed: str) -> list[list[str]]:
    """The words to look for, each with its variants (as typed, in plain letters): a resident is
    found when every word occurs somewhere in their document, in any order, also as part of a
    word ("vries zoe", "zoe vr"). A postcode or phone number stays one compact word, and a short
    number stays with the word before it, so "vulcanusdreef 5" means house 5, not any 5."""
    whole = search_terms(typed)
    if not whole or any(_COMPACT_RE.fullmatch(term) for term in whole):
        return [whole] if whole else []
    words: list[str] = []
    for word in typed.split():
        if words and len(word) < MIN_INDEXED and any(ch.isdigit() for ch in word):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    groups: list[list[str]] = []
    for word in words:
        variants = search_terms(word)
        if variants and variants not in groups:
            groups.append(variants)
    return groups


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_query(groups: list[list[str]]) -> str:
    return " AND ".join(
        "(" + " OR ".join('"' + term.replace('"', '""') + '"' for term in terms) + ")"
        for terms in groups
    )


def _shortest(groups: list[list[str]]) -> int:
    return min(len(term) for terms in groups for term in terms)


def _sqlite_match(
    groups: list[list[str]], status: str | None = None
) -> tuple[FromClause, ColumnElement, ColumnElement]:
    """Where SQLite finds the residents a search matches: (table, its resident id, condition).
    Words of a trigram or more go through the FTS5 index; words shorter than that are looked
    for with LIKE in the compact documents — among the index's matches when there are longer
    words too ("zoe vr"), else in all of them. Those documents also tell whether the resident
    moved out (`status` "current" or "moved", see checks_status)."""
    docs = table_clause(DOCS, column("id"), column("moved"), column("person"), column("address"))
    long = [terms for terms in groups if min(map(len, terms)) >= MIN_INDEXED]
    short = [terms for terms in groups if terms not in long]
    likes = []
    for g, terms in enumerate(short):
        either = []
        for n, term in enumerate(terms):
            pattern = bindparam(f"search_like{g}_{n}", _like(term))
            either += [
                docs.c.person.like(pattern, escape="\\"),
                docs.c.address.like(pattern, escape="\\"),
            ]
        likes.append(or_(*either))
    if long:
        index = table_clause(RESIDENTS, column("rowid"))
        phrase = bindparam("search_fts", _fts_query(long))
        match = literal_column(RESIDENTS).op("MATCH")(phrase)
        if not short:
            return index, index.c.rowid, match
        joined = index.join(docs, docs.c.id == index.c.rowid)
        return joined, index.c.rowid, and_(match, *likes)
    condition = and_(*likes)
    if status in ("current", "moved"):
        condition = and_(docs.c.moved == int(status == "moved"), condition)
    return docs, docs.c.id, condition


def checks_status(dialect: str, typed: str) -> bool:
    """Whether matched_source and matching_ids apply the move-out status themselves (SQLite,
    fragments shorter than a trigram: read from the same small rows as the text, sparing a
    look at every resident's row)."""
    groups = search_groups(typed)
    return (
        dialect == "sqlite"
        and bool(groups)
        and _shortest(groups) < MIN_INDEXED
        and all(min(map(len, terms)) < MIN_INDEXED for terms in groups)
    )


def matched_source(
    dialect: str, typed: str, status: str | None = None
) -> tuple[FromClause, ColumnElement, ColumnElement] | None:
    """SQLite: (table, resident id column, condition) to join with residents, e.g. to count the
    matches in one pass over the index. None for other databases or when nothing was typed.
    `status` ("current", "moved") is part of the condition when checks_status() says so."""
    groups = search_groups(typed)
    if not groups or dialect != "sqlite":
        return None
    return _sqlite_match(groups, status)


def matching_ids(
    dialect: str, typed: str, broad: bool = False, dense: bool = False, status: str | None = None
) -> ColumnElement | None:
    """A `residents.id IN (…)` condition for the typed text, or None when there is no index
    (another database) or nothing to look for.

    With `broad` (many residents match) the condition is written so that SQLite walks the
    residents in name order, stopping after one page, instead of first sorting every match:
    it probes the list of matches, or with `dense` (most residents match, so a page is found
    after few steps) looks each resident up in the index itself, which spares building that
    list. Fragments too short for the index are always looked up per resident when broad.
    `status`: as for matched_source.
    """
    groups = search_groups(typed)
    if not groups or dialect not in ("sqlite", "postgresql"):
        return None
    resident_id = literal_column("residents.id")
    if dialect == "sqlite":
        found, key, condition = _sqlite_match(groups, status)
        if broad and (dense or _shortest(groups) < MIN_INDEXED):
            return exists().select_from(found).where(key == resident_id, condition)
        ids = select(key).select_from(found).where(condition)
        if broad:  # + hides the primary key: walk the name index, probe the list of matches
            return literal_column("+residents.id").in_(ids)
        return resident_id.in_(ids)
    params = {}
    every = []
    for g, terms in enumerate(groups):  # each word in the person's or in the home's document
        likes = []
        for n, term in enumerate(terms):
            params[f"search_like{g}_{n}"] = _like(term)
            likes.append(f"document LIKE :search_like{g}_{n} ESCAPE '\\'")
        where = " OR ".join(likes)
        people = f"SELECT id FROM {RESIDENTS} WHERE {where}"
        homes = f"SELECT id FROM {HOMES} WHERE {where}"
        # UNION ALL: IN (…) ignores duplicates anyway, and skipping the de-duplication halves
        # the cost when most residents match.
        every.append(
            f"residents.id IN ({people} UNION ALL "
            f"SELECT id FROM residents WHERE home_id IN ({homes}))"
        )
    condition = text("(" + " AND ".join(every) + ")")
    return condition.bindparams(*(bindparam(k, v) for k, v in params.items()))


BROAD = 5000  # matches above which a search counts as "many residents match"
DENSE = 0.5  # share of all residents above which a broad search probes the index per resident

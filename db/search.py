"""A substring index over residents (name, street + number, postcode, phone), kept by triggers.

Staff type fragments ("wiśn", "3531 ab", "0612") and expect every resident whose name, address,
postcode or phone contains them, instantly, among 100,000 residents. A LIKE '%…%' scan cannot use
an ordinary index, so each resident gets one *search document* in a trigram index:

* SQLite: an FTS5 table ``resident_search`` (tokenizer ``trigram``, rowid = resident id);
* PostgreSQL: a table ``resident_search`` with a ``gin_trgm_ops`` index (extension pg_trgm).

Triggers on ``residents`` and ``homes`` keep the documents in step with every writer (services,
imports, the demo generator's bulk inserts, even a hand-written SQL statement). The documents are
derived data: :func:`ensure` re-creates triggers and index when a later table rebuild (an Alembic
batch migration on SQLite drops a table's triggers) has removed them, and :func:`rebuild` can
always write them afresh.

Accents: SQLite before 3.45 cannot fold them inside the tokenizer, and SQL has no unaccent, so
the resident document also holds ``residents.sort_key`` (the name in plain letters, computed by
db.services.names.sort_key) and the typed text is searched both as typed and folded the same way:
"zoe" finds "Zoë", "celik" finds "Çelik".

Triggers only ever refer to their own table and the index, never to another table: SQLite's
ALTER TABLE … RENAME (which Alembic batch migrations use) refuses to run while a trigger on
another table mentions the table being rebuilt. This module never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
import weakref

from sqlalchemy import Connection, Engine, bindparam, literal_column, or_, text
from sqlalchemy.sql import ColumnElement

RESIDENTS = "resident_search"  # rowid = residents.id: name, plain-letter name, phone
HOMES = "home_search"  # rowid = homes.id: street + number, postcode with and without space
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
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d"})


def fold(value: str) -> str:
    """Plain lower-case letters, the way db.services.names.sort_key writes names."""
    value = unicodedata.normalize("NFKD", value.casefold().translate(_LETTERS))
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return " ".join(
        "".join(ch for ch in value if ch.isalnum() or ch.isspace() or ch in "-+").split()
    )


# --- SQLite --------------------------------------------------------------------------------


def _sqlite_ddl() -> list[str]:
    ddl = []
    for table, source, doc, columns in (
        (
            RESIDENTS,
            "residents",
            _RESIDENT_DOC.format(r="NEW"),
            "given_name, name_prefix, family_name, sort_key, phone",
        ),
        (
            HOMES,
            "homes",
            _HOME_DOC.format(h="NEW"),
            "street, house_number, house_letter, addition, postcode",
        ),
    ):
        ddl += [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(document, tokenize='trigram')",
            f"""CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {source} BEGIN
                INSERT INTO {table}(rowid, document) VALUES (NEW.id, {doc}); END""",
            f"""CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE OF {columns} ON {source} BEGIN
                DELETE FROM {table} WHERE rowid = OLD.id;
                INSERT INTO {table}(rowid, document) VALUES (NEW.id, {doc}); END""",
            f"""CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {source} BEGIN
                DELETE FROM {table} WHERE rowid = OLD.id; END""",
        ]
    return ddl


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
    """Create index tables and triggers (idempotent) and fill them from what is stored."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
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
    elif dialect == "postgresql":
        for table, source in ((RESIDENTS, "residents"), (HOMES, "homes")):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync ON {source}"))
            conn.execute(text(f"DROP FUNCTION IF EXISTS {table}_sync()"))
    else:
        return
    for table in (RESIDENTS, HOMES):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def suspend(conn: Connection) -> None:
    """Before a bulk load (the demo generator): drop the triggers, keep the index tables; call
    install() in the same transaction afterwards. One rebuild of 100,000 documents takes about
    1.5 s, keeping them up to date row by row about 7 s."""
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    elif conn.dialect.name == "postgresql":
        for table, source in ((RESIDENTS, "residents"), (HOMES, "homes")):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_sync ON {source}"))


def rebuild(conn: Connection) -> None:
    """Write every document afresh (after a repair); bulk inserts are covered by the triggers."""
    dialect = conn.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return
    key = "rowid" if dialect == "sqlite" else "id"
    wrap = "{}" if dialect == "sqlite" else "lower({})"  # FTS5 folds case itself
    for table, source, doc in (
        (RESIDENTS, "residents r", _RESIDENT_DOC.format(r="r")),
        (HOMES, "homes h", _HOME_DOC.format(h="h")),
    ):
        conn.execute(text(f"DELETE FROM {table}"))
        alias = source.split()[1]
        conn.execute(
            text(
                f"INSERT INTO {table}({key}, document) "
                f"SELECT {alias}.id, {wrap.format(doc)} FROM {source}"
            )
        )
    optimize(conn)


def optimize(conn: Connection) -> None:
    """Merge the index after many inserts (db.demo.generate calls this): faster searches."""
    if conn.dialect.name == "sqlite":
        present = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE name IN (:a, :b)"),
                {"a": RESIDENTS, "b": HOMES},
            ).scalars()
        )
        for table in (RESIDENTS, HOMES):
            if table in present:  # missing: ensure() rebuilds it on the first search
                conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))
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
        return {RESIDENTS, HOMES, *_TRIGGERS} <= names
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


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_query(terms: list[str]) -> str:
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


def matching_ids(dialect: str, typed: str, broad: bool = False) -> ColumnElement | None:
    """A `residents.id IN (…)` condition for the typed text, or None when there is no index
    (another database) or nothing to look for.

    With `broad` (most residents match, see is_broad) the condition is written so that SQLite
    walks the residents in name order and probes two small lookups per row, stopping after one
    page, instead of first collecting every match.
    """
    terms = search_terms(typed)
    if not terms or dialect not in ("sqlite", "postgresql"):
        return None
    resident_id = literal_column("residents.id")
    if broad and dialect == "sqlite" and min(map(len, terms)) >= MIN_INDEXED:
        phrase = bindparam("search_fts", _fts_query(terms))
        people = text(f"SELECT rowid FROM {RESIDENTS} WHERE {RESIDENTS} MATCH :search_fts")
        homes = text(f"SELECT rowid FROM {HOMES} WHERE {HOMES} MATCH :search_fts")
        return or_(
            literal_column("+residents.id").in_(people.bindparams(phrase)),
            literal_column("+residents.home_id").in_(homes.bindparams(phrase)),
        )
    params = {}
    if dialect == "sqlite" and min(map(len, terms)) >= MIN_INDEXED:
        params["search_fts"] = _fts_query(terms)
        people = f"SELECT rowid FROM {RESIDENTS} WHERE {RESIDENTS} MATCH :search_fts"
        homes = f"SELECT rowid FROM {HOMES} WHERE {HOMES} MATCH :search_fts"
    else:  # short fragments: the trigram index cannot help, but the documents are still small
        key = "rowid" if dialect == "sqlite" else "id"
        likes = []
        for n, term in enumerate(terms):
            params[f"search_like{n}"] = _like(term)
            likes.append(f"document LIKE :search_like{n} ESCAPE '\\'")
        where = " OR ".join(likes)
        people = f"SELECT {key} FROM {RESIDENTS} WHERE {where}"
        homes = f"SELECT {key} FROM {HOMES} WHERE {where}"
    # UNION ALL: IN (…) ignores duplicates anyway, and skipping the de-duplication halves the
    # cost when most residents match.
    sub = text(f"{people} UNION ALL SELECT id FROM residents WHERE home_id IN ({homes})")
    return resident_id.in_(sub.bindparams(*(bindparam(k, v) for k, v in params.items())))


BROAD = 5000  # index hits above which a search counts as "most residents match"


def is_broad(conn: Connection, typed: str) -> bool:
    """Whether a search will match a large share of residents (SQLite: counted in the index,
    which is cheap, before the real query chooses how to walk the table)."""
    terms = search_terms(typed)
    if conn.dialect.name != "sqlite" or not terms or min(map(len, terms)) < MIN_INDEXED:
        return bool(terms) and conn.dialect.name == "sqlite"
    phrase = _fts_query(terms)
    hits = conn.execute(
        text(
            f"SELECT (SELECT count(*) FROM {RESIDENTS} WHERE {RESIDENTS} MATCH :q)"
            f" + (SELECT count(*) FROM {HOMES} WHERE {HOMES} MATCH :q)"
        ),
        {"q": phrase},
    ).scalar()
    return hits > BROAD

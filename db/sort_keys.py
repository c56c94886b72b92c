"""Stored sort keys for the residents list, so that every column sorts from an index.

Sorting 100,000 residents on address, postcode, complex, language or support used to join homes
and complexes (or count each resident's languages and flags) for every resident and then sort
them all: about 0.3 s per click. The table ``resident_order`` holds, per resident, one ready-made
key per such column — the column's value, then the name key and (implicitly) the id as
tie-breakers, joined with U+001F, which sorts before every printable character so the keys order
exactly like the tuples they stand for — with an index on (moved, key). A page in any order is
then a walk of one index that stops after a page. The same rows, with each resident's complex,
let the complexes list count residents and support requests per complex from one index.

Triggers on residents, homes, complexes, resident_languages and resident_support_flags keep the
keys in step with every writer (services, imports, the demo generator, hand-written SQL). They
mention other tables, which SQLite's ALTER TABLE … RENAME (used by Alembic batch migrations) does
not allow, so db.safety.migrate drops them before a migration and :func:`ensure` puts them back
afterwards, writing every key afresh. SQLite only: PostgreSQL sorts from its own join plans.
No Qt here.
"""

from __future__ import annotations

import weakref

from sqlalchemy import Connection, Engine, text

TABLE = "resident_order"
KEYS = ("address", "postcode", "complex", "languages", "flags")
_SEP = "char(31)"
_TRIGGERS = (
    "resident_order_ai",
    "resident_order_au",
    "resident_order_ad",
    "resident_order_home_au",
    "resident_order_complex_au",
    "resident_order_language_ai",
    "resident_order_language_ad",
    "resident_order_flag_ai",
    "resident_order_flag_ad",
)
_ensured: weakref.WeakSet = weakref.WeakSet()

# One row of keys for the residents chosen by {where} (r = residents).
_ROWS = f"""
    INSERT OR REPLACE INTO {TABLE}(id, moved, complex_id, address, postcode, complex, languages,
        flags)
    SELECT r.id, r.move_out IS NOT NULL, h.complex_id,
        coalesce(h.street || {_SEP} || printf('%010d', h.house_number) || {_SEP}
            || h.house_letter || {_SEP} || h.addition, '') || {_SEP} || r.sort_key,
        coalesce(h.postcode, '') || {_SEP} || r.sort_key,
        coalesce(c.name, '') || {_SEP} || r.sort_key,
        coalesce((SELECT min(l.language) FROM resident_languages l WHERE l.resident_id = r.id),
            '') || {_SEP} || r.sort_key,
        printf('%04d', (SELECT count(*) FROM resident_support_flags f
            WHERE f.resident_id = r.id)) || {_SEP} || r.sort_key
    FROM residents r
    LEFT JOIN homes h ON h.id = r.home_id
    LEFT JOIN complexes c ON c.id = h.complex_id
    WHERE {{where}};"""


def _ddl() -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, moved INTEGER NOT NULL,
            complex_id INTEGER, address TEXT NOT NULL, postcode TEXT NOT NULL,
            complex TEXT NOT NULL, languages TEXT NOT NULL, flags TEXT NOT NULL)""",
        *(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_{key} ON {TABLE}(moved, {key})" for key in KEYS),
        # The complexes list counts each complex's residents now, and who asked for support,
        # from this index alone (flags > '0000': at least one support flag).
        f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_per_complex ON {TABLE}(complex_id, moved, flags)",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_ai AFTER INSERT ON residents BEGIN
            {_ROWS.format(where="r.id = NEW.id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_au AFTER UPDATE OF
            sort_key, home_id, move_out ON residents BEGIN
            {_ROWS.format(where="r.id = NEW.id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_ad AFTER DELETE ON residents BEGIN
            DELETE FROM {TABLE} WHERE id = OLD.id; END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_home_au AFTER UPDATE OF
            street, house_number, house_letter, addition, postcode, complex_id ON homes BEGIN
            {_ROWS.format(where="r.home_id = NEW.id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_complex_au AFTER UPDATE OF name
            ON complexes BEGIN
            {_ROWS.format(where="r.home_id IN (SELECT id FROM homes WHERE complex_id = NEW.id)")}
            END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_language_ai AFTER INSERT
            ON resident_languages BEGIN
            {_ROWS.format(where="r.id = NEW.resident_id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_language_ad AFTER DELETE
            ON resident_languages BEGIN
            {_ROWS.format(where="r.id = OLD.resident_id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_flag_ai AFTER INSERT
            ON resident_support_flags BEGIN
            {_ROWS.format(where="r.id = NEW.resident_id")} END""",
        f"""CREATE TRIGGER IF NOT EXISTS resident_order_flag_ad AFTER DELETE
            ON resident_support_flags BEGIN
            {_ROWS.format(where="r.id = OLD.resident_id")} END""",
    ]


def install(conn: Connection) -> None:
    """Table, indexes and triggers, and every key written afresh (SQLite; else nothing)."""
    if conn.dialect.name != "sqlite":
        return
    uninstall(conn)  # whatever layout was there: every key is written afresh anyway
    for statement in _ddl():
        conn.execute(text(statement))
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(_ROWS.format(where="1")))


def drop_triggers(conn: Connection) -> None:
    """Before a table rebuild (Alembic batch migration): triggers naming other tables block it.
    The keys are put back by ensure() on the next list."""
    if conn.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))


def uninstall(conn: Connection) -> None:
    drop_triggers(conn)
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def ensure(engine: Engine) -> bool:
    """Once per engine: True when the stored keys can be used (SQLite, complete triggers);
    missing triggers (after a migration) are put back and every key rewritten."""
    if engine.dialect.name != "sqlite":
        return False
    if engine in _ensured:
        return True
    with engine.begin() as conn:
        names = {
            row[0]
            for row in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            )
        }
        if not {TABLE, *_TRIGGERS} <= names:
            install(conn)
    _ensured.add(engine)
    return True

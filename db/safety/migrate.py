"""Schema versions: Alembic config from the shipped scripts, upgrade, and version checks.

Developers make a new revision with:
    python -m db.safety.migrate revision "what changed"
"""

from __future__ import annotations

import ast
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPTS = Path(__file__).parent.parent / "migrations"  # db/migrations

# Alembic costs about a third of a second to import. Every start needs only to know whether the
# stored version is the newest, so the revision ids are read from the shipped scripts themselves
# (their `revision = "…"` lines) and Alembic is imported only when a migration must run.


def __getattr__(name: str):
    if name == "ScriptDirectory":  # for tests and tools that walk the scripts with Alembic
        from alembic.script import ScriptDirectory

        return ScriptDirectory
    raise AttributeError(name)


# Search index tables (FTS5 and its shadow tables, or the pg_trgm tables) are made by db.search,
# not by the models: autogenerate must not propose to drop them.
NOT_MODELLED = ("resident_search", "home_search", "resident_order")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ in ("table", "index") and name and name.startswith(NOT_MODELLED))


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_ASSIGNED = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@cache
def _revisions() -> dict[str, tuple[str, ...]]:
    """revision id → the ids it revises, read from the scripts' own lines (a regular expression:
    parsing them, let alone importing them, takes longer than opening the database)."""
    found: dict[str, tuple[str, ...]] = {}
    for script in (SCRIPTS / "versions").glob("*.py"):
        values = {
            name: ast.literal_eval(value)
            for name, value in _ASSIGNED.findall(script.read_text(encoding="utf-8"))
        }
        if "revision" in values:
            down = values.get("down_revision")
            found[values["revision"]] = (
                tuple(down) if isinstance(down, tuple | list) else ((down,) if down else ())
            )
    return found


def head_revision() -> str:
    """The newest revision: the one no other revision revises (there is exactly one)."""
    revised = {down for downs in _revisions().values() for down in downs}
    heads = sorted(set(_revisions()) - revised)
    if len(heads) != 1:
        raise RuntimeError(f"migration scripts have {len(heads)} heads: {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revisions())


def current_revision(engine: Engine) -> str | None:
    """The stored version (what Alembic's MigrationContext reads), None for a new database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A batch migration rebuilds a table (copy, drop, rename) that other tables refer to;
            # with foreign keys enforced, SQLite refuses the drop once any row points at it.
            # The switch only works outside a transaction, so it precedes the migration's own.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                command.upgrade(alembic_config(connection=conn), target)
                if sqlite:
                    _refuse_broken_references(conn)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _refuse_broken_references(conn: Connection) -> None:
    """What the rebuilt tables hold must still point at existing rows; else nothing is kept."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _fk = broken[0]
        raise RuntimeError(
            f"Migration left {len(broken)} broken reference(s), e.g. {table} row {rowid} → {parent}"
        )


def _main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "revision":
        import tempfile

        from alembic import command

        from db.engine import make_engine, sqlite_url

        # Autogenerate against a scratch database brought to head, so the diff is the model change.
        with tempfile.TemporaryDirectory() as tmp:
            url = sqlite_url(Path(tmp) / "scratch.sqlite")
            upgrade(make_engine(url))
            command.revision(alembic_config(url), message=argv[1], autogenerate=True)
        return 0
    print("usage: python -m db.safety.migrate revision MESSAGE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))

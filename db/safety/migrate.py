"""Schema versions: Alembic config from the shipped scripts, upgrade, and version checks.

Developers make a new revision with:
    python -m db.safety.migrate revision "what changed"
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

SCRIPTS = Path(__file__).parent.parent / "migrations"  # db/migrations


# Search index tables (FTS5 and its shadow tables, or the pg_trgm tables) are made by db.search,
# not by the models: autogenerate must not propose to drop them.
NOT_MODELLED = ("resident_search", "home_search")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ in ("table", "index") and name and name.startswith(NOT_MODELLED))


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
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

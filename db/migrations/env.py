"""Alembic environment: runs on the connection handed over by db.safety.migrate (or a URL)."""

from alembic import context
from sqlalchemy import create_engine

from db import sort_keys
from db.models import Base
from db.safety.migrate import include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)


def _run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, so Alembic rebuilds tables instead.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        # The stored sort keys' triggers name other tables, which a batch migration's table
        # rebuild refuses; db.sort_keys.ensure() puts them back and rewrites the keys.
        sort_keys.drop_triggers(connection)
        context.run_migrations()


run_migrations_online()

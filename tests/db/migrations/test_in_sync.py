"""The models and the migration scripts describe the same schema, on SQLite and PostgreSQL.

A model change without a revision (or the reverse) would give an office a database that
differs from what the code expects; autogenerate's diff against head must be empty.
"""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.models import Base
from db.safety.migrate import include_object


def differences(database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, Base.metadata)


def test_sqlite_schema_matches_models(db):
    assert differences(db) == []


@pytest.mark.postgres
def test_postgresql_schema_matches_models(pg_db):
    assert differences(pg_db) == []

"""Substring search index over residents (SQLite FTS5 trigram / PostgreSQL pg_trgm) with triggers.

Revision ID: 0003_residents_search
Revises: 0003_funding_material_rule
Create Date: 2026-11-25

The index holds derived data only (see db/search.py): it can be dropped and rebuilt at any time,
which is why this revision may use the current db.search code instead of a frozen copy.
"""

from alembic import op

from db import search

revision = "0003_residents_search"
down_revision = "0003_funding_material_rule"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.install(op.get_bind())


def downgrade() -> None:
    search.uninstall(op.get_bind())

"""Residents' search documents also hold the home's address (SQLite: one FTS5 query per search).

Revision ID: 0004_residents_search_address
Revises: 0003_residents_search
Create Date: 2026-11-25

A search and its exact count used to combine two indexes (residents, homes); on SQLite every
resident document now carries its address too, so a broad search ("dreef") is counted in one
pass over one index. The index holds derived data only (see db/search.py): install() drops the
old layout and writes every document afresh, which is why this revision may use the current
db.search code instead of a frozen copy. PostgreSQL keeps its two trigram tables.
"""

from alembic import op

from db import search

revision = "0004_residents_search_address"
down_revision = "0003_residents_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.install(op.get_bind())


def downgrade() -> None:
    # The previous layout is rebuilt by db.search.ensure() of that version on first use.
    search.uninstall(op.get_bind())

"""volunteers.sort_key: a candidate's own name in plain letters, to search and sort it

Revision ID: 0005_volunteers_sort_key
Revises: 0004_residents_search_address
Create Date: 2026-11-30

A volunteer not (yet) linked to a resident has a name of their own; the list and the recruitment
board searched it with a LIKE over the raw parts, so "wojcik" missed "Wójcik" and a name without
a tussenvoegsel got a double space. The key is written the way residents' sort keys are.
"""

import sqlalchemy as sa
from alembic import op

from db.folding import fold

revision = "0005_volunteers_sort_key"
down_revision = "0004_residents_search_address"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("volunteers") as batch:
        batch.add_column(
            sa.Column("sort_key", sa.String(length=240), nullable=False, server_default="")
        )
        batch.create_index(batch.f("ix_volunteers_sort_key"), ["sort_key"], unique=False)
    volunteers = sa.table(
        "volunteers",
        sa.column("id", sa.Integer),
        sa.column("given_name", sa.String),
        sa.column("name_prefix", sa.String),
        sa.column("family_name", sa.String),
        sa.column("sort_key", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            volunteers.c.id,
            volunteers.c.given_name,
            volunteers.c.name_prefix,
            volunteers.c.family_name,
        )
    ).all()
    for vid, given, prefix, family in rows:
        key = fold(f"{family or ''} {given or ''} {prefix or ''}")
        if key:
            conn.execute(volunteers.update().where(volunteers.c.id == vid).values(sort_key=key))


def downgrade() -> None:
    with op.batch_alter_table("volunteers") as batch:
        batch.drop_index(batch.f("ix_volunteers_sort_key"))
        batch.drop_column("sort_key")

"""resident_order: stored sort keys, so every column of the residents list sorts from an index

Revision ID: 0009_speed_sort_keys
Revises: 0008_safety_attachments
Create Date: 2026-11-30

Address, postcode, complex and language were sorted by joining homes and complexes (or looking
up each resident's first language) for every resident, about 0.3 s per click at 100,000; see
db/sort_keys.py. Moving in is sorted through a plain index on residents.move_in.
"""

from alembic import op

from db import sort_keys

revision = "0009_speed_sort_keys"
down_revision = "0008_safety_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_residents_move_in", "residents", ["move_in"])
    sort_keys.install(op.get_bind())


def downgrade() -> None:
    sort_keys.uninstall(op.get_bind())
    op.drop_index("ix_residents_move_in", table_name="residents")

"""office settings: a generic key/value table (first user: the VOG validity period)

Revision ID: 0003_volunteers_office_settings
Revises: 0003_events_flyer
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_volunteers_office_settings"
down_revision = "0003_events_flyer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )


def downgrade() -> None:
    op.drop_table("office_settings")

"""version columns: every editable record carries a save counter (optimistic concurrency)

Revision ID: 0007_multidesk_versions
Revises: 0006_paper_fund_advice
Create Date: 2026-11-30

With several desks on one PostgreSQL server, a desk that saved a record it loaded earlier
silently reverted another desk's change. Each save now checks and raises this counter; existing
rows start at 1, which is what the editors load next.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_multidesk_versions"
down_revision = "0006_paper_fund_advice"
branch_labels = None
depends_on = None

TABLES = (
    "residents",
    "homes",
    "complexes",
    "volunteers",
    "funding_applications",
    "events",
    "shifts",
    "funds",
    "partners",
    "office_settings",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

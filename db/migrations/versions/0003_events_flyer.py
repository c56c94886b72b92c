"""Events: what a flyer needs (second-language block, picture, QR link, template).

Revision ID: 0003_events_flyer
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_events_flyer"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
    ("flyer_language", sa.String(2)),  # "" | "en" | "tr" | "ar"
    ("flyer_title", sa.String(200)),  # the title in the second language
    ("flyer_text", sa.Text()),  # the short text in the second language
    ("picture_path", sa.String(500)),
    ("qr_url", sa.String(500)),
    ("flyer_template", sa.String(40)),
]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name, type_ in COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name, _type in reversed(COLUMNS):
            batch.drop_column(name)

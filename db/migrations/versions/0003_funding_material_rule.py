"""Funds: material costs must stay in balance with the total (categories and maximum share).

Revision ID: 0003_funding_material_rule
Revises: 0003_volunteers_office_settings
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_funding_material_rule"
down_revision = "0003_volunteers_office_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("funds") as batch:
        batch.add_column(
            sa.Column("material_categories", sa.Text(), nullable=False, server_default="Materiaal")
        )
        batch.add_column(sa.Column("max_material_share", sa.Integer(), nullable=True))
        batch.create_check_constraint(
            "material_share",
            "max_material_share IS NULL OR (max_material_share >= 0 AND max_material_share <= 100)",
        )
    # Utrecht: "material only in balance with the total costs"; half is an editable default.
    op.execute(
        sa.text("UPDATE funds SET max_material_share = 50 WHERE name = :n").bindparams(
            n="Initiatievenfonds Utrecht"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("funds") as batch:
        batch.drop_constraint("ck_funds_material_share", type_="check")
        batch.drop_column("max_material_share")
        batch.drop_column("material_categories")

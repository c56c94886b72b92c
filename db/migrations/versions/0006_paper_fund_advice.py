"""Funds: say whether the lead time and the material share are the fund's rule or our advice;
Utrecht's stated exclusions (bicycle racks and storage).

Revision ID: 0006_paper_fund_advice
Revises: 0005_volunteers_sort_key
Create Date: 2026-11-30

Utrecht's own pages ask to apply before the activity starts and material "in evenwicht" with the
total; the 8 weeks and the 50 % are derived advice, shown as a warning, never as a failed rule.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_paper_fund_advice"
down_revision = "0005_volunteers_sort_key"
branch_labels = None
depends_on = None

UTRECHT = "Initiatievenfonds Utrecht"
EXCLUDED = "Fietsenrekken\nFietskluizen\nBuurtstalling"


def upgrade() -> None:
    with op.batch_alter_table("funds") as batch:
        batch.add_column(
            sa.Column("lead_time_is_rule", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column(
                "material_share_is_rule", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    op.execute(
        sa.text(
            "UPDATE funds SET ineligible_categories = :excluded "
            "WHERE name = :name AND ineligible_categories = ''"
        ).bindparams(excluded=EXCLUDED, name=UTRECHT)
    )


def downgrade() -> None:
    with op.batch_alter_table("funds") as batch:
        batch.drop_column("material_share_is_rule")
        batch.drop_column("lead_time_is_rule")

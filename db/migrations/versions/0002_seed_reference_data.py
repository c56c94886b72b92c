"""Seed reference data: support flags, roles and Utrecht's Initiatievenfonds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SUPPORT_FLAGS = [
    ("weekly_call", "Wil wekelijks gebeld worden"),
    ("paperwork", "Hulp bij post en formulieren"),
    ("visit", "Wil graag bezoek"),
    ("groceries", "Hulp bij boodschappen"),
    ("digital", "Hulp met telefoon of computer"),
    ("language", "Hulp met de Nederlandse taal"),
]

ROLES = [
    "Activiteitengroep",
    "Tuincommissie",
    "ICT-hulp",
    "Belcontact senioren",
    "Welkomstcommissie",
    "Schoon en heel",
]

# Values from utrecht.nl (Initiatievenfonds FAQ); accountability period is unconfirmed and editable.
UTRECHT = {
    "name": "Initiatievenfonds Utrecht",
    "municipality": "Utrecht",
    "max_per_request": Decimal("20000.00"),
    "max_per_year": Decimal("20000.00"),
    "min_lead_weeks": 8,
    "decision_weeks": 4,
    "decision_extension_weeks": 4,
    "large_request_threshold": Decimal("20000.00"),
    "fixed_decision_dates": "01-01,04-01,09-01",
    "accountability_weeks": 12,
    "max_years_same_initiative": 3,
    "required_attachments": "Begroting\nHandtekeningenlijst",
    "ineligible_categories": "",
    "is_default": True,
    "notes": "Aanvragen vóór de activiteit; besluit binnen 4 weken, eenmaal te verlengen "
    "met 4 weken. Termijn voor verantwoording niet bevestigd.",
}


def upgrade() -> None:
    flags = sa.table("support_flags", sa.column("code"), sa.column("label"))
    op.bulk_insert(flags, [{"code": c, "label": label} for c, label in SUPPORT_FLAGS])
    roles = sa.table("roles", sa.column("name"))
    op.bulk_insert(roles, [{"name": n} for n in ROLES])
    funds = sa.table("funds", *(sa.column(k, _type_of(v)) for k, v in UTRECHT.items()))
    op.bulk_insert(funds, [UTRECHT])


def _type_of(value: object) -> sa.types.TypeEngine:
    if isinstance(value, Decimal):
        return sa.Numeric(12, 2)
    if isinstance(value, bool):
        return sa.Boolean()
    return sa.Integer() if isinstance(value, int) else sa.String()


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM funds WHERE name = :n").bindparams(n=UTRECHT["name"]))
    op.execute("DELETE FROM roles")
    op.execute("DELETE FROM support_flags")

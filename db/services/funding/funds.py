"""Funds: each fund's rules as data, with validation and one default fund."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy import update as sql_update

from db import validation
from db.engine import Database
from db.models import (
    Fund,
    FundingApplication,
)
from db.services.common import (
    Crud,
    ServiceError,
    unit_of_work,
)
from db.services.funding import rules

# --- funds -------------------------------------------------------------------------------


@dataclass
class FundData:
    id: int | None = None
    name: str = ""
    municipality: str = ""
    max_per_request: Decimal | None = None
    max_per_year: Decimal | None = None
    min_lead_weeks: int = 0
    decision_weeks: int = 4
    decision_extension_weeks: int = 0
    large_request_threshold: Decimal | None = None
    fixed_decision_dates: str = ""
    accountability_weeks: int | None = None
    max_years_same_initiative: int | None = None
    required_attachments: str = ""
    ineligible_categories: str = ""
    material_categories: str = "Materiaal"
    max_material_share: int | None = None
    lead_time_is_rule: bool = False
    material_share_is_rule: bool = False
    is_default: bool = False
    notes: str = ""
    version: int | None = None  # as loaded; a save over a newer one is refused


def _optional_money(value) -> Decimal | None:
    return (
        None
        if value is None or (isinstance(value, str) and not value.strip())
        else validation.money(value)
    )


def _weeks(value: int | None, what: str, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if value is None or not 0 <= int(value) <= 520:
        raise validation.Invalid(f"{what} moet een aantal weken van 0 tot en met 520 zijn.")
    return int(value)


def _normalise_fund(d: FundData) -> FundData:
    fixed = rules.parse_fixed_dates(d.fixed_decision_dates)
    if d.max_material_share is not None and not 0 <= d.max_material_share <= 100:
        raise validation.Invalid(
            "Het maximale aandeel materiaal is een percentage van 0 tot en met 100."
        )
    if d.max_years_same_initiative is not None and d.max_years_same_initiative < 1:
        raise validation.Invalid("Het aantal jaren steun voor hetzelfde initiatief is minstens 1.")
    return replace(
        d,
        name=validation.required_text(d.name, "Naam", 120),
        municipality=d.municipality.strip(),
        max_per_request=_optional_money(d.max_per_request),
        max_per_year=_optional_money(d.max_per_year),
        large_request_threshold=_optional_money(d.large_request_threshold),
        min_lead_weeks=_weeks(d.min_lead_weeks, "De voorbereidingstijd"),
        decision_weeks=_weeks(d.decision_weeks, "De beslistermijn"),
        decision_extension_weeks=_weeks(d.decision_extension_weeks, "De verlenging"),
        accountability_weeks=_weeks(d.accountability_weeks, "De termijn voor verantwoording", True),
        fixed_decision_dates=",".join(f"{m:02d}-{day:02d}" for m, day in fixed),
        required_attachments="\n".join(rules.lines(d.required_attachments)),
        ineligible_categories="\n".join(rules.lines(d.ineligible_categories)),
        material_categories="\n".join(rules.lines(d.material_categories)),
    )


funds = Crud(Fund, FundData, "Fonds", _normalise_fund)


def list_funds(db: Database) -> list[FundData]:
    with db.reading() as session:
        return [
            funds.to_data(f)
            for f in session.scalars(select(Fund).order_by(Fund.is_default.desc(), Fund.name))
        ]


def save_fund(db: Database, data: FundData) -> int:
    """Create or update; one fund at most is the default for new applications."""
    data = funds.prepare(data)
    with funds.editing(db, data) as (session, obj):
        for name in funds.fields():
            setattr(obj, name, getattr(data, name))
        session.flush()
        if data.is_default:
            session.execute(sql_update(Fund).where(Fund.id != obj.id).values(is_default=False))
        return obj.id


def delete_fund(db: Database, fund_id: int) -> None:
    with unit_of_work(db) as session:
        obj = funds.load(session, fund_id)
        used = session.scalar(select(func.count()).where(FundingApplication.fund_id == fund_id))
        if used:
            raise ServiceError(
                f"Fonds '{obj.name}' kan niet worden verwijderd: er zijn {used} aanvragen "
                "bij dit fonds."
            )
        session.delete(obj)

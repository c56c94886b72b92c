"""Office settings stored in the database (table office_settings): typed get/set by key.

Any area may keep a setting here; prefix the key with the area ("volunteers.vog_valid_years").
Values are text in the table; the typed helpers convert and fall back to the default when a
stored value is missing or unreadable, so a bad row never stops the program.
"""

from __future__ import annotations

from sqlalchemy import select

from db.engine import Database
from db.models import OfficeSetting
from db.services.common import ServiceError, unit_of_work

VOG_VALID_YEARS = "volunteers.vog_valid_years"
DEFAULT_VOG_VALID_YEARS = 3


def get(db: Database, key: str, default: str = "") -> str:
    with db.reading() as session:
        value = session.scalar(select(OfficeSetting.value).where(OfficeSetting.key == key))
    return default if value is None else value


def set(db: Database, key: str, value: str) -> None:
    with unit_of_work(db) as session:
        row = session.get(OfficeSetting, key)
        if row is None:
            session.add(OfficeSetting(key=key, value=str(value)))
        else:
            row.value = str(value)


def get_int(db: Database, key: str, default: int) -> int:
    try:
        return int(get(db, key, str(default)))
    except ValueError:
        return default


def vog_valid_years(db: Database) -> int:
    """How many years a certificate of conduct counts as recent (default 3, unconfirmed)."""
    years = get_int(db, VOG_VALID_YEARS, DEFAULT_VOG_VALID_YEARS)
    return years if 1 <= years <= 10 else DEFAULT_VOG_VALID_YEARS


def set_vog_valid_years(db: Database, years: int) -> None:
    if not isinstance(years, int) or not 1 <= years <= 10:
        raise ServiceError(
            "Vul voor de geldigheid van een VOG een aantal jaren van 1 tot en met 10 in."
        )
    set(db, VOG_VALID_YEARS, str(years))

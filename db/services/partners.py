"""Partner organisations and their contact persons."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from db import validation
from db.engine import Database
from db.models import Partner, PartnerContact, PartnerKind
from db.services.common import Crud


@dataclass
class PartnerData:
    id: int | None = None
    name: str = ""
    kind: PartnerKind = PartnerKind.OTHER
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""


@dataclass
class ContactData:
    id: int | None = None
    partner_id: int = 0
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


def _contact_details(data):
    return replace(
        data,
        name=validation.required_text(data.name, "Naam", 120),
        phone=validation.phone(data.phone) if data.phone.strip() else "",
        email=validation.email(data.email) if data.email.strip() else "",
    )


partners = Crud(Partner, PartnerData, "Partner", _contact_details)
contacts = Crud(PartnerContact, ContactData, "Contactpersoon", _contact_details)


def list_partners(db: Database) -> list[PartnerData]:
    with db.reading() as session:
        return [partners.to_data(p) for p in session.scalars(select(Partner).order_by(Partner.name))]


def list_contacts(db: Database, partner_id: int) -> list[ContactData]:
    with db.reading() as session:
        rows = session.scalars(
            select(PartnerContact).where(PartnerContact.partner_id == partner_id).order_by(PartnerContact.name)
        )
        return [contacts.to_data(c) for c in rows]

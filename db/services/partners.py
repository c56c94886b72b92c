"""Partner organisations and their contact persons."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select

from db import validation
from db.engine import Database
from db.models import Partner, PartnerContact, PartnerKind, Signal
from db.services.common import Crud, ServiceError, unit_of_work


@dataclass
class PartnerData:
    id: int | None = None
    name: str = ""
    kind: PartnerKind = PartnerKind.OTHER
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    version: int | None = None  # as loaded; a save over a newer one is refused


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
        return [
            partners.to_data(p) for p in session.scalars(select(Partner).order_by(Partner.name))
        ]


def list_contacts(db: Database, partner_id: int) -> list[ContactData]:
    with db.reading() as session:
        rows = session.scalars(
            select(PartnerContact)
            .where(PartnerContact.partner_id == partner_id)
            .order_by(PartnerContact.name)
        )
        return [contacts.to_data(c) for c in rows]


def delete_partner(db: Database, partner_id: int) -> None:
    """Refused while signals were passed on to this partner: they are the office's history."""
    with unit_of_work(db) as session:
        partner = partners.load(session, partner_id)
        passed = session.scalar(select(func.count()).where(Signal.partner_id == partner_id))
        if passed:
            raise ServiceError(
                f"{partner.name} kan niet worden verwijderd: er zijn {passed} signalen "
                "aan doorgegeven. Die blijven bewaard als geschiedenis."
            )
        session.delete(partner)

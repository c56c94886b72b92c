"""Kantoorgegevens: the office's own name, address, phone, e-mail, website and opening hours,
kept once (in office_settings) and printed where a document needs them: "Aanmelden: bel … of
mail …" on flyers, the sender on fund documents."""

from __future__ import annotations

from dataclasses import dataclass, fields

from db import validation
from db.engine import Database
from db.models import OfficeSetting
from db.services import settings
from db.services.common import ServiceError, unit_of_work
from db.validation import Invalid

PREFIX = "office."


@dataclass
class OfficeDetails:
    name: str = ""
    address: str = ""  # "Vulcanusdreef 120, 3533 AB Utrecht"
    phone: str = ""  # E.164, shown as "030 1234567"
    email: str = ""
    website: str = ""
    opening_hours: str = ""  # "ma t/m do 9:00 – 12:00"

    @property
    def phone_display(self) -> str:
        return validation.format_phone(self.phone) if self.phone else ""

    def register_line(self) -> str:
        """The sentence on a flyer that says how to sign up; '' when the office has no contact."""
        phone, mail = self.phone_display, self.email
        if phone and mail:
            return f"Aanmelden: bel {phone} of mail {mail}."
        if phone:
            return f"Aanmelden: bel {phone}."
        if mail:
            return f"Aanmelden: mail {mail}."
        return ""

    def sender_lines(self) -> list[str]:
        """The office as sender, line by line, leaving out what is not filled in."""
        contact = " · ".join(p for p in (self.phone_display, self.email) if p)
        return [line for line in (self.name, self.address, contact, self.website) if line]


LIMITS = {"name": 120, "address": 200, "website": 200, "opening_hours": 200}
LABELS = {"name": "De naam", "address": "Het adres", "website": "De website",
          "opening_hours": "De openingstijden"}  # fmt: skip


def get(db: Database) -> OfficeDetails:
    return OfficeDetails(
        **{f.name: settings.get(db, PREFIX + f.name) for f in fields(OfficeDetails)}
    )


def clean(details: OfficeDetails) -> OfficeDetails:
    """Checked and normalised, or ServiceError with a Dutch message: nothing half-saved."""
    try:
        phone = validation.phone(details.phone) if details.phone.strip() else ""
        email = validation.email(details.email) if details.email.strip() else ""
    except Invalid as exc:
        raise ServiceError(str(exc)) from None
    out = OfficeDetails(
        name=details.name.strip(),
        address=" ".join(details.address.split()),
        phone=phone,
        email=email,
        website=details.website.strip(),
        opening_hours=details.opening_hours.strip(),
    )
    for key, limit in LIMITS.items():
        if len(getattr(out, key)) > limit:
            raise ServiceError(f"{LABELS[key]} is te lang: hoogstens {limit} tekens.")
    return out


def save(db: Database, details: OfficeDetails) -> OfficeDetails:
    details = clean(details)
    with unit_of_work(db) as session:  # all fields in one transaction
        for f in fields(OfficeDetails):
            key, value = PREFIX + f.name, getattr(details, f.name)
            row = session.get(OfficeSetting, key)
            if row is None:
                session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
    return details

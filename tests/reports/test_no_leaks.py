"""No PDF the office hands out carries sensitive data: every registered document is rendered for
demo objects that are linked to sensitive data, and its text must not contain any resident's
notes, contact-moment notes, signal subjects or support-flag labels.

Only a person's own inzage (kind "inzage…") may show them, to that person; it is skipped here.
A document with a subject this test does not know fails: add the subject to OBJECTS below.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.models import (
    Complex,
    ContactMoment,
    FundingApplication,
    Home,
    Registration,
    Resident,
    Signal,
    SupportFlag,
    SupportLink,
    Volunteer,
)
from db.models.people import resident_support_flags
from desktop.reports import load_all

DOCUMENTS = sorted(load_all().values(), key=lambda d: d.kind)
PER_SUBJECT = 3


def flagged_residents():
    return select(resident_support_flags.c.resident_id)


def _complexes(session) -> list[int]:
    # Complexes with the most residents who carry flags or notes: the likeliest to leak.
    stmt = (
        select(Home.complex_id)
        .join(Resident, Resident.home_id == Home.id)
        .where((Resident.id.in_(flagged_residents())) | (Resident.notes != ""))
        .group_by(Home.complex_id)
        .order_by(func.count().desc())
        .limit(PER_SUBJECT)
    )
    return [cid for cid in session.scalars(stmt) if cid is not None] or list(
        session.scalars(select(Complex.id).limit(PER_SUBJECT))
    )


def _events(session) -> list[int]:
    stmt = (
        select(Registration.event_id)
        .where(Registration.resident_id.in_(flagged_residents()))
        .group_by(Registration.event_id)
        .order_by(func.count().desc())
        .limit(PER_SUBJECT)
    )
    return list(session.scalars(stmt))


def _applications(session) -> list[int]:
    stmt = (
        select(FundingApplication.id)
        .order_by(FundingApplication.applicant_resident_id.is_(None), FundingApplication.id)
        .limit(PER_SUBJECT)
    )
    return list(session.scalars(stmt))


def _granted_applications(session) -> list[int]:
    """An accountability exists only for a granted application."""
    stmt = (
        select(FundingApplication.id)
        .where(FundingApplication.amount_granted.is_not(None))
        .order_by(FundingApplication.applicant_resident_id.is_(None), FundingApplication.id)
        .limit(PER_SUBJECT)
    )
    return list(session.scalars(stmt))


def _residents(session) -> list[int]:
    stmt = (
        select(Resident.id)
        .where(Resident.id.in_(flagged_residents()), Resident.notes != "")
        .order_by(Resident.id)
        .limit(PER_SUBJECT)
    )
    return list(session.scalars(stmt))


def _volunteers(session) -> list[int]:
    stmt = (
        select(SupportLink.volunteer_id)
        .where(SupportLink.resident_id.in_(flagged_residents()))
        .group_by(SupportLink.volunteer_id)
        .order_by(func.count().desc())
        .limit(PER_SUBJECT)
    )
    return list(session.scalars(stmt)) or list(
        session.scalars(select(Volunteer.id).limit(PER_SUBJECT))
    )


# Document subject -> how to find demo objects linked to sensitive data.
OBJECTS = {
    "complex": _complexes,
    "event": _events,
    "activiteit": _events,
    "application": _applications,
    "resident": _residents,
    "volunteer": _volunteers,
}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def sensitive(demo_template) -> dict[str, list[str]]:
    """Every sensitive text in the demo database, by kind."""
    from db.engine import sqlite_url
    from db.safety.opening import open_database

    db = open_database(sqlite_url(demo_template), upgrade=False)
    try:
        with db.reading() as session:
            found = {
                "notitie bewoner": session.scalars(
                    select(Resident.notes).where(Resident.notes != "")
                ).all(),
                "notitie contactmoment": session.scalars(
                    select(ContactMoment.note).where(ContactMoment.note != "")
                ).all(),
                "onderwerp signaal": session.scalars(select(Signal.subject)).all(),
                "ondersteuningskenmerk": session.scalars(select(SupportFlag.label)).all(),
            }
    finally:
        db.dispose()
    assert all(found.values()), "the demo data must hold every kind of sensitive text"
    return {
        kind: sorted({squash(t) for t in texts if len(t.strip()) >= 6})
        for kind, texts in found.items()
    }


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d.kind for d in DOCUMENTS])
def test_no_document_for_outside_the_office_shows_sensitive_data(doc, demo_db, sensitive):
    if doc.kind.startswith("inzage"):
        pytest.skip("a person's own inzage shows everything, to that person only")
    finder = _granted_applications if doc.kind == "accountability" else OBJECTS.get(doc.subject)
    assert finder is not None, (
        f"document '{doc.kind}' has subject '{doc.subject}': "
        "add a finder for it to OBJECTS in this test"
    )
    with demo_db.reading() as session:
        object_ids = finder(session)
    assert object_ids, f"no demo objects for '{doc.subject}'"
    for object_id in object_ids:
        text = squash(
            " ".join(
                page.extract_text() or ""
                for page in PdfReader(io.BytesIO(doc.render(demo_db, object_id))).pages
            )
        )
        assert text, f"{doc.kind} {object_id}: no text extracted"
        for kind, values in sensitive.items():
            leaked = [value for value in values if value in text]
            assert not leaked, (
                f"{doc.kind} for {doc.subject} {object_id} shows {kind}: {leaked[:3]}"
            )

"""The status workflow: each step dated and kept in the history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from db import validation
from db.engine import Database
from db.models import (
    ApplicationStatus,
    FundingApplication,
    StatusChange,
)
from db.services.common import (
    ServiceError,
    unit_of_work,
)
from db.services.funding.applications import applications
from db.services.funding.bundle import load
from db.services.funding.files import read_in

S = ApplicationStatus


# --- status workflow ---------------------------------------------------------------------

NEXT = {
    S.DRAFT: (S.SUBMITTED,),
    S.SUBMITTED: (S.GRANTED, S.PARTLY_GRANTED, S.REJECTED, S.DRAFT),
    S.GRANTED: (S.ACCOUNTED,),
    S.PARTLY_GRANTED: (S.ACCOUNTED,),
    S.REJECTED: (S.CLOSED,),
    S.ACCOUNTED: (S.CLOSED,),
    S.CLOSED: (),
}


def _move(
    session, app_id: int, to: ApplicationStatus, on: date, note: str = ""
) -> FundingApplication:
    obj = applications.load(session, app_id)
    if to not in NEXT[S(obj.status)]:
        raise ServiceError(
            f"Deze aanvraag kan niet van '{_STATUS_NL[S(obj.status)]}' naar '{_STATUS_NL[to]}'."
        )
    # The draft's creation date does not count: applications submitted earlier are entered later.
    last = max((h.changed_on for h in obj.status_history if h.status != S.DRAFT), default=None)
    if last is not None and on < last:
        raise ServiceError(
            f"De datum kan niet vóór de vorige statuswijziging ({validation.format_date(last)}) "
            "liggen."
        )
    obj.status = to
    obj.status_history.append(StatusChange(status=to, changed_on=on, note=note[:300]))
    return obj


_STATUS_NL = {
    S.DRAFT: "concept",
    S.SUBMITTED: "ingediend",
    S.GRANTED: "toegekend",
    S.PARTLY_GRANTED: "deels toegekend",
    S.REJECTED: "afgewezen",
    S.ACCOUNTED: "verantwoord",
    S.CLOSED: "afgesloten",
}


def submit(db: Database, app_id: int, on: date, note: str = "", reference: str = "") -> None:
    """Submitted on a date; the fund's reference (kenmerk) is kept when it is already known."""
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.SUBMITTED, on, note)
        obj.submitted_on = on
        if reference.strip():
            obj.reference = reference.strip()[:60]


def withdraw(db: Database, app_id: int, on: date, note: str = "") -> None:
    """Back to draft (e.g. the fund asked for changes); the submission stays in the history."""
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.DRAFT, on, note)
        obj.submitted_on = None


def decide(
    db: Database,
    app_id: int,
    status: ApplicationStatus,
    on: date,
    amount_granted: Decimal | str | None = None,
    reference: str = "",
    note: str = "",
) -> None:
    status = S(status)
    if status not in (S.GRANTED, S.PARTLY_GRANTED, S.REJECTED):
        raise ServiceError("Een besluit is toegekend, deels toegekend of afgewezen.")
    requested = load(db, app_id).budget.requested
    if status == S.REJECTED:
        amount = None
    else:
        try:
            amount = validation.money(amount_granted if amount_granted is not None else requested)
        except validation.Invalid as exc:
            raise ServiceError(str(exc)) from exc
        if status == S.PARTLY_GRANTED and not 0 < amount < requested:
            raise ServiceError(
                f"Bij een gedeeltelijke toekenning ligt het bedrag tussen € 0,00 en het "
                f"gevraagde bedrag ({validation.format_money(requested)})."
            )
    with unit_of_work(db) as session:
        obj = _move(session, app_id, status, on, note)
        if obj.submitted_on and on < obj.submitted_on:
            raise ServiceError("De besluitdatum kan niet vóór de indiening liggen.")
        obj.decision_on, obj.amount_granted, obj.decision_reference = (
            on,
            amount,
            reference.strip()[:60],
        )


def account(
    db: Database,
    app_id: int,
    on: date,
    actual: dict[int, Decimal | str],
    participants: int | None,
    report_text: str,
    files: Sequence[tuple[str, Path]] = (),
) -> None:
    """Accountability: actual costs per line, participants, a report, photos and receipts."""
    try:
        amounts = {line_id: validation.money(value) for line_id, value in actual.items()}
    except validation.Invalid as exc:
        raise ServiceError(str(exc)) from exc
    if participants is not None and participants < 0:
        raise ServiceError("Het aantal deelnemers kan niet negatief zijn.")
    # Read before the transaction: a missing or too large file changes nothing.
    read = [read_in(kind, Path(source), on) for kind, source in files]
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.ACCOUNTED, on, "")
        for line in obj.cost_lines:
            if line.id in amounts:
                line.actual_amount = amounts[line.id]
        obj.accounted_on, obj.actual_participants, obj.report_text = (
            on,
            participants,
            report_text.strip(),
        )
        obj.attachments.extend(read)


def close(db: Database, app_id: int, on: date, note: str = "") -> None:
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.CLOSED, on, note)
        obj.closed_on = on

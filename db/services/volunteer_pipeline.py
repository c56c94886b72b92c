"""The Nieuwe Buren recruitment pipeline: one dated step at a time (application → letter scored →
interview → housed → welcome meeting → active, or stopped), each step recording what belongs to
it, and the board with everyone per stage. Housing a candidate makes them a resident of that home,
so the person is kept once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db import clock, validation
from db.engine import Database
from db.models import Complex, Home, Resident, Stage, StageChange, Volunteer
from db.services.common import NotFound, ServiceError, unit_of_work
from db.services.names import display_name, name_matches, sort_key, volunteer_name_columns
from db.services.volunteers import crud

PIPELINE = [
    Stage.APPLIED,
    Stage.LETTER_SCORED,
    Stage.INTERVIEW,
    Stage.HOUSED,
    Stage.WELCOMED,
    Stage.ACTIVE,
]


@dataclass
class StageStep:
    """Moving a candidate on: the new stage, the day it happened and what that step records."""

    stage: Stage
    on: date | None = None
    note: str = ""
    motivation_score: int | None = None
    interview_on: date | None = None
    interviewers: str = ""
    interview_score: int | None = None
    interview_notes: str = ""
    home_id: int | None = None
    move_in: date | None = None
    stopped_reason: str = ""


def next_stage(stage: Stage) -> Stage | None:
    if stage in (Stage.ACTIVE, Stage.STOPPED):
        return None
    return PIPELINE[PIPELINE.index(stage) + 1]


def _check_step(obj: Volunteer, step: StageStep, today: date) -> date:
    on = step.on or today
    allowed = {next_stage(obj.stage), Stage.STOPPED} - {None}
    if obj.stage == Stage.STOPPED:
        allowed = {Stage.APPLIED}  # starting again is a new application
    if step.stage not in allowed:
        raise ServiceError("Een kandidaat gaat één stap verder, of stopt; deze stap kan niet.")
    if on > today:
        raise ServiceError("De datum van een stap kan niet in de toekomst liggen.")
    if obj.stage_since and on < obj.stage_since:
        raise ServiceError(
            f"De datum moet op of na {validation.format_date(obj.stage_since)} liggen, "
            "de datum van de vorige stap."
        )
    if step.stage == Stage.LETTER_SCORED and (
        step.motivation_score is None or not 0 <= step.motivation_score <= 10
    ):
        raise ServiceError("Vul voor de motivatiebrief een score van 0 tot en met 10 in.")
    if step.stage == Stage.INTERVIEW:
        if step.interview_on is None:
            raise ServiceError("Vul de datum van het gesprek in.")
        if not step.interviewers.strip():
            raise ServiceError("Vul in wie het gesprek voeren.")
        if step.interview_score is not None and not 0 <= step.interview_score <= 10:
            raise ServiceError("Gespreksscore moet tussen 0 en 10 liggen.")
    if step.stage == Stage.HOUSED and (step.home_id is None or step.move_in is None):
        raise ServiceError("Kies de woning en vul de datum van intrek in.")
    if step.stage == Stage.STOPPED and not step.stopped_reason.strip():
        raise ServiceError("Vul de reden van stoppen in.")
    return on


def move_to_stage(
    db: Database, volunteer_id: int, step: StageStep, today: date | None = None
) -> None:
    """One step in the pipeline, dated and kept in the history, with what that step records."""
    today = today or clock.today()
    with unit_of_work(db) as session:
        obj = crud.load(session, volunteer_id)
        on = _check_step(obj, step, today)
        if step.stage == Stage.LETTER_SCORED:
            obj.motivation_score = step.motivation_score
        elif step.stage == Stage.INTERVIEW:
            obj.interview_on, obj.interviewers = step.interview_on, step.interviewers.strip()
            obj.interview_score, obj.interview_notes = (
                step.interview_score,
                step.interview_notes.strip(),
            )
        elif step.stage == Stage.HOUSED:
            _house(session, obj, step.home_id, step.move_in)
        elif step.stage == Stage.STOPPED:
            obj.stopped_reason = validation.required_text(step.stopped_reason, "Reden", 300)
        if step.stage == Stage.APPLIED:
            obj.stopped_reason = ""
        obj.stage, obj.stage_since = step.stage, on
        obj.stage_history.append(
            StageChange(stage=step.stage, changed_on=on, note=step.note.strip()[:300])
        )


def _house(session, obj: Volunteer, home_id: int, move_in: date) -> None:
    """Housed: the candidate becomes a resident of that home (created once from the typed name)."""
    home = session.get(Home, home_id)
    if home is None:
        raise NotFound(f"Woning {home_id} bestaat niet (meer).")
    occupied = session.scalar(
        select(Resident.id).where(
            Resident.home_id == home_id,
            Resident.move_out.is_(None),
            Resident.id != (obj.resident_id or 0),
        )
    )
    if occupied:
        raise ServiceError(
            "In deze woning woont nog iemand; vul eerst de verhuizing van de vorige huurder in."
        )
    resident = obj.resident
    if resident is None:
        resident = Resident(
            given_name=obj.given_name,
            name_prefix=obj.name_prefix,
            family_name=obj.family_name,
            sort_key=sort_key(obj.family_name, obj.given_name, obj.name_prefix),
            phone=obj.phone,
            email=obj.email,
        )
        resident.languages = []
        session.add(resident)
        session.flush()
        obj.resident_id = resident.id
        obj.given_name = obj.name_prefix = obj.family_name = obj.phone = obj.email = ""
    resident.home_id, resident.move_in = home_id, move_in
    if home.complex_id is not None:
        obj.complex_id = home.complex_id


@dataclass(frozen=True)
class PipelineCard:
    id: int
    name: str
    complex_name: str
    since: date | None


def pipeline(
    db: Database, complex_id: int | None = None, text: str = ""
) -> dict[Stage, list[PipelineCard]]:
    """Everyone per stage (optionally of one complex, or matching a name), longest waiting first."""
    given, prefix, family, key = volunteer_name_columns()
    stmt = (
        select(
            Volunteer.id,
            given,
            prefix,
            family,
            Complex.name,
            Volunteer.stage,
            Volunteer.stage_since,
        )
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .outerjoin(Complex, Volunteer.complex_id == Complex.id)
        .order_by(Volunteer.stage_since, family, Volunteer.id)
    )
    if complex_id:
        stmt = stmt.where(Volunteer.complex_id == complex_id)
    if (found := name_matches(key, text)) is not None:
        stmt = stmt.where(found)
    board: dict[Stage, list[PipelineCard]] = {s: [] for s in Stage}
    with db.reading() as session:
        for r in session.execute(stmt):
            board[Stage(r[5])].append(
                PipelineCard(r[0], display_name(r[1], r[2], r[3]), r[4] or "", r[6])
            )
    return board


def vacant_homes(db: Database, complex_id: int | None) -> list[tuple[int, str]]:
    """(id, address) of homes in a complex where nobody lives now, for the 'housed' step."""
    from db.services.complexes import address

    occupied = select(Resident.home_id).where(
        Resident.home_id.is_not(None), Resident.move_out.is_(None)
    )
    stmt = (
        select(
            Home.id, Home.street, Home.house_number, Home.house_letter, Home.addition, Home.floor
        )
        .where(Home.id.not_in(occupied))
        .order_by(Home.street, Home.house_number, Home.house_letter, Home.addition)
    )
    if complex_id:
        stmt = stmt.where(Home.complex_id == complex_id)
    with db.reading() as session:
        return [(r[0], address(r[1], r[2], r[3], r[4])) for r in session.execute(stmt)]

"""Finding residents who are probably entered twice, and merging two into one.

Likely duplicates: the same home and a similar name, or the same phone number or e-mail
address. Merging keeps every link of both records (support links, registrations, contact
moments, signals, the volunteer record, funding applications, languages, support flags),
fills empty fields of the kept record from the other, and records the merge in the audit trail.
Links are found from the schema's foreign keys, so a table added later is moved along too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import Table, and_, delete, exists, func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Base, Home, Resident, Volunteer
from db.safety import audit
from db.services.common import ServiceError, unit_of_work
from db.services.complexes import address
from db.services.names import display_name, sort_key

SIMILAR = 0.82  # SequenceMatcher ratio of the plain-letter names: "Zoë de Vries" ~ "Zoe Vries"
MERGED_FIELDS = (
    "given_name",
    "name_prefix",
    "home_id",
    "phone",
    "email",
    "birth_year",
    "household_size",
    "move_in",
    "consent_recorded_on",
    "consent_how",
)
CONSENTS = ("consent_volunteer_contact", "consent_share_partners", "consent_photos")


@dataclass(frozen=True)
class ResidentSummary:
    id: int
    name: str
    address: str
    phone: str
    email: str
    birth_year: int | None
    moved_out: bool


@dataclass(frozen=True)
class DuplicatePair:
    first: ResidentSummary
    second: ResidentSummary
    reasons: tuple[str, ...]  # Dutch: "zelfde woning, naam lijkt op elkaar", "zelfde telefoon"
    score: int = 0  # 0–100: how likely the two are one person (see likelihood())
    evidence: tuple[str, ...] = ()  # Dutch: "naam 92% gelijk", "ander geboortejaar (…)"

    @property
    def likely(self) -> str:
        """'high', 'medium' or 'low' — low is mostly a household sharing a phone or e-mail."""
        return "high" if self.score >= LIKELY else "medium" if self.score >= POSSIBLE else "low"


LIKELY, POSSIBLE = 70, 45


def likelihood(name_match: float, first, second, shared: int) -> tuple[int, list[str]]:
    """A score from the evidence, and the evidence in words.

    The name carries most weight; a known birth year that differs almost rules a pair out (a
    mother and daughter share a home, phone and e-mail, not a birth year); each shared home,
    phone or e-mail adds a little.
    """
    score = round(55 * name_match)
    evidence = [f"naam {round(100 * name_match)}% gelijk"]
    if first.birth_year and second.birth_year:
        if abs(first.birth_year - second.birth_year) <= 1:
            score += 25
            evidence.append("zelfde geboortejaar")
        else:
            score -= 40
            evidence.append(f"ander geboortejaar ({first.birth_year} / {second.birth_year})")
    score += 10 * shared
    return max(0, min(100, score)), evidence


def name_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def find_duplicates(db: Database) -> list[DuplicatePair]:
    """Pairs to check, the most likely first (see likelihood), then by name."""
    stmt = select(
        Resident.id,
        Resident.given_name,
        Resident.name_prefix,
        Resident.family_name,
        Resident.home_id,
        Resident.phone,
        Resident.email,
        Resident.birth_year,
        Resident.move_out,
        Home.street,
        Home.house_number,
        Home.house_letter,
        Home.addition,
    ).outerjoin(Home, Resident.home_id == Home.id)
    with db.reading() as session:
        rows = session.execute(stmt).all()
    people = {r[0]: r for r in rows}
    keys = {r[0]: sort_key(r[3], r[1], r[2]) for r in rows}
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    by_home, by_phone, by_email = defaultdict(list), defaultdict(list), defaultdict(list)
    for r in rows:
        if r[4] is not None:
            by_home[r[4]].append(r[0])
        if r[5]:
            by_phone[r[5]].append(r[0])
        if r[6]:
            by_email[r[6].casefold()].append(r[0])
    for ids in by_home.values():
        for a, b in _pairs(ids):
            if name_similarity(keys[a], keys[b]) >= SIMILAR:
                reasons[(a, b)].append("zelfde woning en naam lijkt op elkaar")
    for group, reason in ((by_phone, "zelfde telefoonnummer"), (by_email, "zelfde e-mailadres")):
        for ids in group.values():
            for pair in _pairs(ids):
                reasons[pair].append(reason)
    pairs = []
    for (a, b), why in reasons.items():
        first, second = _summary(people[a]), _summary(people[b])
        score, evidence = likelihood(name_similarity(keys[a], keys[b]), first, second, len(why))
        pairs.append(DuplicatePair(first, second, tuple(why), score, tuple(evidence)))
    pairs.sort(key=lambda p: (-p.score, keys[p.first.id], p.first.id, p.second.id))
    return pairs


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    ids = sorted(ids)
    if len(ids) > 20:  # a shared office number or e-mail is not a sign of duplicates
        return []
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def _summary(r) -> ResidentSummary:
    home = address(r[9], r[10], r[11], r[12]) if r[9] else ""
    return ResidentSummary(
        r[0], display_name(r[1], r[2], r[3]), home, r[5] or "", r[6] or "", r[7], r[8] is not None
    )


# --- merging -------------------------------------------------------------------------------


def merge(db: Database, keep_id: int, remove_id: int) -> dict[str, int]:
    """Move everything of `remove_id` onto `keep_id` and delete it; returns moved rows per table."""
    if keep_id == remove_id:
        raise ServiceError("Kies twee verschillende bewoners om samen te voegen.")
    with unit_of_work(db) as session:
        keep, remove = session.get(Resident, keep_id), session.get(Resident, remove_id)
        if keep is None or remove is None:
            raise ServiceError("Een van de twee bewoners bestaat niet meer; vernieuw de lijst.")
        volunteers = session.scalars(
            select(Volunteer.resident_id).where(Volunteer.resident_id.in_([keep_id, remove_id]))
        ).all()
        if len(volunteers) == 2:
            raise ServiceError(
                "Beide bewoners zijn als vrijwilliger geregistreerd. Zet eerst "
                "een van de twee vrijwilligers stop of ontkoppel hem; dan kunnen "
                "de bewoners worden samengevoegd."
            )
        removed_name = display_name(remove.given_name, remove.name_prefix, remove.family_name)
        _fill_fields(keep, remove)
        session.flush()
        moved = {}
        for table, column in _links():
            count = _move(session, table, column, keep_id, remove_id)
            if count:
                moved[table.name] = count
        session.expire(keep)
        session.expire(remove)
        session.delete(remove)
        note = (
            f"bewoner {remove_id} ({removed_name}) samengevoegd met bewoner {keep_id}; "
            + ", ".join(f"{table}: {n}" for table, n in sorted(moved.items()))
        )
        audit.record(session, "merge", "Resident", keep_id, note)
        return moved


def _fill_fields(keep: Resident, remove: Resident) -> None:
    for name in MERGED_FIELDS:
        if getattr(keep, name) in (None, "") and getattr(remove, name) not in (None, ""):
            setattr(keep, name, getattr(remove, name))
    for name in CONSENTS:  # a consent given on either record still holds
        setattr(keep, name, getattr(keep, name) or getattr(remove, name))
    if remove.notes and remove.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{remove.notes}".strip()
    if keep.move_out is not None and remove.move_out is None:
        keep.move_out = None  # the other record says this person still lives here
    keep.sort_key = sort_key(keep.family_name, keep.given_name, keep.name_prefix)


def _links() -> list[tuple[Table, object]]:
    """Every (table, column) with a foreign key to residents.id, from the schema itself."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is Resident.__table__.c.id and table is not Resident.__table__:
                found.append((table, fk.parent))
    return found


def _unique_partners(table: Table, column) -> list[list]:
    """For each unique key that includes `column`: the other columns of that key."""
    keys = [
        list(c.columns)
        for c in table.constraints
        if c.__class__.__name__ in ("UniqueConstraint", "PrimaryKeyConstraint")
        and column in list(c.columns)
    ]
    if column.unique:
        keys.append([column])
    return [[c for c in key if c is not column] for key in keys]


def _move(session: Session, table: Table, column, keep_id: int, remove_id: int) -> int:
    """Re-point rows to the kept resident; a row the kept one already has is dropped."""
    for others in _unique_partners(table, column):
        if not others:
            continue  # a one-to-one link (volunteer): checked before, at most one exists
        kept = table.alias("kept")
        same = and_(
            kept.c[column.name] == keep_id, *[kept.c[c.name] == table.c[c.name] for c in others]
        )
        session.execute(delete(table).where(column == remove_id, exists().where(same)))
    stmt = update(table).where(column == remove_id).values({column.name: keep_id})
    result = session.execute(stmt)
    return result.rowcount or 0


def link_counts(db: Database, resident_id: int) -> dict[str, int]:
    """How many rows of each linked table belong to a resident: to choose which record to keep."""
    with db.reading() as session:
        counts = {}
        for table, column in _links():
            n = session.scalar(select(func.count()).select_from(table).where(column == resident_id))
            if n:
                counts[table.name] = n
        return counts

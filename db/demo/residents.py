"""Residents with homes, languages, consents, support flags and a contact log.

One resident row per household (the contact person, with the household size), as the office
registers them. About 8 % have moved out: their record stays (history) with a move-out date,
and the next tenant of that home moved in after them.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from db.demo.common import STAFF, Context, dutch_mobile_numbers, utrecht_landline_numbers
from db.demo.names import Person, email, languages, person
from db.demo.places import Places
from db.models import ContactKind, ContactMoment, Resident, ResidentLanguage, SupportFlag
from db.models.people import resident_support_flags
from db.services.names import sort_key

MOVED_OUT_SHARE = 0.08
HOUSEHOLD_SIZES = [1, 2, 3, 4, 5, 6, 7]
HOUSEHOLD_CUMULATIVE = list(itertools.accumulate([45, 25, 12, 9, 5, 3, 1]))
FLAG_SHARE = 0.12
FLAG_WEIGHTS = {
    "weekly_call": 30,
    "paperwork": 30,
    "visit": 15,
    "groceries": 8,
    "digital": 12,
    "language": 10,
}
CONSENT_HOW = [
    "Mondeling bij huisbezoek",
    "Formulier ondertekend",
    "Telefonisch, bevestigd per brief",
    "Bij de welkomstkoffie",
]
NOTES = [
    "Bellen liever na 10 uur.",
    "Liever bezoek dan telefoon.",
    "Dochter helpt soms met tolken.",
    "Post graag samen doornemen.",
    "Is overdag vaak bij familie.",
    "Heeft een hond.",
]
CONTACT_NOTES = {
    ContactKind.CALL: [
        "Wekelijks belletje, gaat goed.",
        "Gebeld, wil graag mee naar de koffieochtend.",
        "Gebeld over brief van de gemeente; afspraak gemaakt.",
    ],
    ContactKind.VISIT: [
        "Huisbezoek, samen post doorgenomen.",
        "Kennismakingsbezoek.",
        "Bezoek, lekkage gezien en doorgegeven aan de huismeester.",
    ],
    ContactKind.ACTIVITY: ["Gesproken op de koffieochtend.", "Kwam naar Burendag, zocht contact."],
    ContactKind.OTHER: ["Kwam langs op het buurtkantoor.", "Briefje in de bus gedaan."],
}
CONTACT_WEIGHTS = {
    ContactKind.CALL: 50,
    ContactKind.VISIT: 25,
    ContactKind.ACTIVITY: 15,
    ContactKind.OTHER: 10,
}


@dataclass(slots=True)
class ResidentInfo:
    id: int
    complex: int  # index into Places.complexes
    who: Person
    move_in: date
    current: bool
    languages: list[str]
    consent_contact: bool
    consent_share: bool
    flags: list[str] = field(default_factory=list)


@dataclass
class People:
    residents: list[ResidentInfo]
    current_by_complex: list[list[ResidentInfo]]
    moved_out: int


def generate(ctx: Context, places: Places, total: int) -> People:
    rng = ctx.rng
    moved = round(total * MOVED_OUT_SHARE)
    current = total - moved
    n_homes = len(places.home_ids)
    # Move-outs first, one per home at most, so each home's next tenant can follow them.
    left_on: dict[int, date] = {}
    plan: list[tuple[int, date | None, date]] = []  # (home index, move_out, move_in)
    for home in rng.sample(range(n_homes), moved):
        out = ctx.days_ago(20, 4 * 365)
        left_on[home] = out
        plan.append((home, out, out - timedelta(days=rng.randint(180, 25 * 365))))
    for home in sorted(rng.sample(range(n_homes), current)):
        if home in left_on:
            start = min(left_on[home] + timedelta(days=rng.randint(7, 60)), ctx.today)
        else:
            start = ctx.today - timedelta(days=min(int(rng.expovariate(1 / 3300)) + 30, 50 * 365))
        plan.append((home, None, start))
    rng.shuffle(plan)

    ids = ctx.ids(Resident.__table__, total)
    mobiles = dutch_mobile_numbers(rng, total)
    landlines = utrecht_landline_numbers(rng, total)
    rows, lang_rows, infos = [], [], []
    for rid, (home, out, move_in), mobile, landline in zip(
        ids, plan, mobiles, landlines, strict=True
    ):
        info, row = _resident(ctx, rid, places.home_complex[home], move_in, out, mobile, landline)
        row["home_id"] = places.home_ids[home]
        rows.append(row)
        infos.append(info)
        lang_rows.extend({"resident_id": rid, "language": code} for code in info.languages)
    plant_duplicates(ctx, rows, infos)
    ctx.insert(Resident.__table__, rows)
    ctx.insert(ResidentLanguage.__table__, lang_rows)

    by_complex: list[list[ResidentInfo]] = [[] for _ in places.complexes]
    for info in infos:
        if info.current:
            by_complex[info.complex].append(info)
    _support_flags(ctx, infos)
    _contact_moments(ctx, infos)
    return People(infos, by_complex, moved)


def _resident(
    ctx: Context,
    rid: int,
    complex_index: int,
    move_in: date,
    out: date | None,
    mobile: str,
    landline: str,
) -> tuple[ResidentInfo, dict]:
    rng = ctx.rng
    who = person(rng)
    age = int(rng.triangular(19, 94, 42))
    birth_year = min(ctx.today.year - age, move_in.year - 18)
    r = rng.random()
    phone = mobile if r < 0.78 else landline if r < 0.9 else ""
    contact, share, photos = rng.random() < 0.6, rng.random() < 0.35, rng.random() < 0.4
    recorded = ctx.between(move_in, out or ctx.today) if contact or share or photos else None
    info = ResidentInfo(
        rid,
        complex_index,
        who,
        move_in,
        out is None,
        languages(rng, who.background),
        contact,
        share,
    )
    row = {
        "id": rid,
        "given_name": who.given,
        "name_prefix": who.prefix,
        "family_name": who.family,
        "sort_key": sort_key(who.family, who.given, who.prefix),  # Dutch register order
        "phone": phone,
        "email": _unique_email(ctx, rid, who) if rng.random() < 0.35 else "",
        "birth_year": max(birth_year, 1920),
        "household_size": rng.choices(HOUSEHOLD_SIZES, cum_weights=HOUSEHOLD_CUMULATIVE)[0],
        "move_in": move_in,
        "move_out": out,
        "consent_volunteer_contact": contact,
        "consent_share_partners": share,
        "consent_photos": photos,
        "consent_recorded_on": recorded,
        "consent_how": rng.choice(CONSENT_HOW) if recorded else "",
        "notes": rng.choice(NOTES) if rng.random() < 0.04 else "",
    }
    return info, row


DUPLICATES = 3


def _story_rng(ctx: Context, rows: list[dict]) -> random.Random:
    """Its own deterministic draws, so planting the story leaves the demo's main random stream
    (and with it every volunteer, call list and activity after it) exactly as it was."""
    return random.Random(ctx.today.toordinal() * 31 + len(rows))


def plant_duplicates(ctx: Context, rows: list[dict], infos: list[ResidentInfo]) -> None:
    """A few real duplicate candidates, as offices make them: someone moves to another flat in
    the neighbourhood and is entered again at the new address, same name, phone and e-mail,
    instead of the old record getting a move-out and the new address."""
    rng = _story_rng(ctx, rows)
    gone = [i for i, row in enumerate(rows) if row["move_out"] is not None]
    used: set[int] = set()
    for old in rng.sample(gone, min(DUPLICATES, len(gone))):
        later = [
            i
            for i, row in enumerate(rows)
            if row["move_out"] is None and row["move_in"] > rows[old]["move_out"] and i not in used
        ]
        if not later:
            continue
        new = rng.choice(later)
        used.add(new)
        for name in ("given_name", "name_prefix", "family_name", "sort_key", "birth_year"):
            rows[new][name] = rows[old][name]
        rows[old]["phone"] = rows[old]["phone"] or rows[new]["phone"]
        rows[new]["phone"] = rows[old]["phone"]
        rows[new]["email"] = rows[old]["email"]
        infos[new].who = infos[old].who


def _unique_email(ctx: Context, rid: int, who: Person) -> str:
    """Two Fatima Bakkali's in Overvecht have two addresses: a shared one would make every pair
    a duplicate candidate, drowning the real ones (see plant_duplicates)."""
    address = email(ctx.rng, who)
    if address in ctx.emails:
        address = address.replace("@", f".{rid}@")
    ctx.emails.add(address)
    return address


def _support_flags(ctx: Context, infos: list[ResidentInfo]) -> None:
    """About 12 % of current residents asked for some support (no diagnoses, only needs)."""
    rng = ctx.rng
    flag_ids = dict(
        ctx.session.execute(select(SupportFlag.code, SupportFlag.id).order_by(SupportFlag.id)).all()
    )
    codes = [c for c in FLAG_WEIGHTS if c in flag_ids] or list(flag_ids)
    weights = [FLAG_WEIGHTS.get(c, 10) for c in codes]
    rows = []
    for info in infos:
        if not info.current or rng.random() >= FLAG_SHARE or not codes:
            continue
        wanted = rng.choices([1, 2, 3], [70, 25, 5])[0]
        for code in rng.choices(codes, weights, k=wanted):
            if code not in info.flags:
                info.flags.append(code)
                rows.append({"resident_id": info.id, "flag_id": flag_ids[code]})
    ctx.insert(resident_support_flags, rows)


DUE_FOLLOW_UPS = 5


def _plant_due_follow_ups(ctx: Context, rows: list[dict]) -> None:
    """An office that keeps up: every past follow-up is done except a handful from this week,
    so the Vandaag tab shows a few calls to make, not hundreds going back a year."""
    rng = _story_rng(ctx, rows)
    with_follow_up = [row for row in rows if row["follow_up_on"] is not None]
    for row in rng.sample(with_follow_up, min(DUE_FOLLOW_UPS, len(with_follow_up))):
        row["follow_up_on"] = ctx.today - timedelta(days=rng.randint(0, 6))
        row["occurred_on"] = min(row["occurred_on"], row["follow_up_on"] - timedelta(days=7))
        row["follow_up_done"] = False


def _contact_moments(ctx: Context, infos: list[ResidentInfo]) -> None:
    rng = ctx.rng
    kinds, weights = list(CONTACT_WEIGHTS), list(CONTACT_WEIGHTS.values())
    rows = []
    for info in infos:
        if info.flags:
            count = rng.randint(1, 6)
        elif info.current and rng.random() < 0.05:
            count = rng.randint(1, 2)
        else:
            continue
        for _ in range(count):
            kind = rng.choices(kinds, weights)[0]
            on = ctx.between(max(info.move_in, ctx.today - timedelta(days=365)), ctx.today)
            follow = on + timedelta(days=rng.randint(7, 28)) if rng.random() < 0.3 else None
            if follow and follow < ctx.today:
                rng.random()  # the draw that once decided "done": the rest of the demo stays put
            rows.append(
                {
                    "resident_id": info.id,
                    "occurred_on": on,
                    "kind": kind,
                    "by_whom": rng.choice(STAFF),
                    "note": rng.choice(CONTACT_NOTES[kind]),
                    "follow_up_on": follow,
                    "follow_up_done": bool(follow and follow < ctx.today),
                }
            )
    _plant_due_follow_ups(ctx, rows)
    ctx.insert(ContactMoment.__table__, rows)

"""Volunteers (Nieuwe Buren) at every recruitment stage, with a dated stage history.

Most volunteers are residents; candidates early in the pipeline often are not (yet). The
Vulcanusdreef complex gets its "about 40 of 188 households" group. Some VOGs are missing or
older than three years, so the renewal warnings have something to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from db.demo.common import STAFF, Context, dutch_mobile_numbers
from db.demo.names import Person, display, email, languages, person
from db.demo.places import Places
from db.demo.residents import People, ResidentInfo
from db.models import (
    Role,
    Stage,
    StageChange,
    SupportKind,
    SupportLink,
    Volunteer,
    VolunteerLanguage,
)
from db.models.volunteers import volunteer_roles

SHARE_OF_RESIDENTS = 0.03
VULCANUS_GROUP = 40  # "grew from 7 to about 40 of the 188 households"
# fmt: off
PIPELINE = [Stage.APPLIED, Stage.LETTER_SCORED, Stage.INTERVIEW, Stage.HOUSED, Stage.WELCOMED,
            Stage.ACTIVE]
STAGE_WEIGHTS = {Stage.APPLIED: 10, Stage.LETTER_SCORED: 7, Stage.INTERVIEW: 6, Stage.HOUSED: 6,
                 Stage.WELCOMED: 6, Stage.ACTIVE: 55, Stage.STOPPED: 10}
# Days from the previous stage to this one, and how far back the current stage may have begun.
GAPS = {Stage.LETTER_SCORED: (7, 21), Stage.INTERVIEW: (7, 30), Stage.HOUSED: (30, 180),
        Stage.WELCOMED: (7, 45), Stage.ACTIVE: (14, 60)}
RECENT = {Stage.APPLIED: 60, Stage.LETTER_SCORED: 45, Stage.INTERVIEW: 45, Stage.HOUSED: 90,
          Stage.WELCOMED: 60, Stage.ACTIVE: 1500}
HOUSED_INDEX = PIPELINE.index(Stage.HOUSED)
SKILLS = ["koken", "tuinieren", "computers en telefoons", "formulieren invullen", "klussen",
          "tolken", "muziek", "fietsen repareren", "knutselen met kinderen", "administratie"]
DAYS, PARTS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ["am", "pm", "eve"]
STOP_EARLY = ["Niet geselecteerd na het gesprek.", "Zag toch af van de verhuizing.",
              "Geen passende woning vrij."]
STOP_LATE = ["Verhuisd naar een andere wijk.", "Geen tijd meer door een nieuwe baan.",
             "Zorgt nu voor een familielid.", "Te druk; blijft wel betrokken bij de buurt."]
INTERVIEW_NOTES = ["Enthousiast, wil graag helpen met de tuin.", "Heeft ervaring als mantelzorger.",
                   "Wil vooral iets doen met kinderen in de flat.",
                   "Spreekt meerdere talen, handig bij het welkom."]
FLAG_TO_KIND = {"weekly_call": SupportKind.WEEKLY_CALL, "paperwork": SupportKind.PAPERWORK,
                "visit": SupportKind.VISIT}
# fmt: on


@dataclass(slots=True)
class VolunteerInfo:
    id: int
    complex: int
    stage: Stage
    since: date
    name: str
    resident: ResidentInfo | None


@dataclass
class Team:
    volunteers: list[VolunteerInfo]
    active_by_complex: list[list[VolunteerInfo]]  # active and welcomed, for shifts and organisers


def generate(ctx: Context, places: Places, people: People) -> Team:
    rng = ctx.rng
    current = [r for r in people.residents if r.current]
    count = max(2 * len(Stage), round(len(current) * SHARE_OF_RESIDENTS))
    stages = [s for s in Stage for _ in range(2)]
    stages += rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()), k=count - len(stages))
    rng.shuffle(stages)
    pools = _Pools(ctx, people, current)
    complex_ids = [c.id for c in places.complexes]
    role_ids = list(ctx.session.scalars(select(Role.id).order_by(Role.id)))
    ids = ctx.ids(Volunteer.__table__, count)
    phones = iter(dutch_mobile_numbers(rng, count))
    rows, history, role_rows, lang_rows, infos = [], [], [], [], []
    for vid, stage in zip(ids, stages, strict=True):
        resident = pools.take(stage)
        who = resident.who if resident else person(rng)
        dates, reached = _history(ctx, stage, resident)
        if resident:
            complex_index = resident.complex
        else:  # a candidate applies for a home in a complex, most often the Vulcanusdreef
            complex_index = 0 if rng.random() < 0.5 else rng.randrange(len(complex_ids))
        row = _row(ctx, vid, stage, dates, reached, resident, who, next(phones))
        row["complex_id"] = complex_ids[complex_index]
        rows.append(row)
        history.extend(
            {"volunteer_id": vid, "stage": s, "changed_on": d, "note": ""} for s, d in dates
        )
        if stage in (Stage.WELCOMED, Stage.ACTIVE) or (
            stage == Stage.STOPPED and reached == Stage.ACTIVE
        ):
            for role_id in sorted(rng.sample(role_ids, min(len(role_ids), rng.randint(1, 3)))):
                role_rows.append({"volunteer_id": vid, "role_id": role_id})
        spoken = resident.languages if resident else languages(rng, who.background)
        lang_rows.extend({"volunteer_id": vid, "language": code} for code in spoken)
        infos.append(VolunteerInfo(vid, complex_index, stage, dates[-1][1], display(who), resident))
    ctx.insert(Volunteer.__table__, rows)
    ctx.insert(StageChange.__table__, history)
    ctx.insert(volunteer_roles, role_rows)
    ctx.insert(VolunteerLanguage.__table__, lang_rows)
    team = Team(infos, [[] for _ in people.current_by_complex])
    for info in infos:
        if info.stage in (Stage.ACTIVE, Stage.WELCOMED):
            team.active_by_complex[info.complex].append(info)
    _support_links(ctx, people, team)
    return team


class _Pools:
    """Residents not yet volunteering, drawn without replacement in a seeded order."""

    def __init__(self, ctx: Context, people: People, current: list[ResidentInfo]):
        self.ctx = ctx
        self.current = list(current)
        ctx.rng.shuffle(self.current)
        self.moved = [r for r in people.residents if not r.current]
        ctx.rng.shuffle(self.moved)
        self.vulcanus = [r for r in self.current if r.complex == 0]
        self.vulcanus_left = min(VULCANUS_GROUP, round(0.22 * len(self.vulcanus)))
        self.used: set[int] = set()

    def take(self, stage: Stage) -> ResidentInfo | None:
        rng = self.ctx.rng
        linked = (
            0.95 if stage in (Stage.HOUSED, Stage.WELCOMED, Stage.ACTIVE, Stage.STOPPED) else 0.3
        )
        if rng.random() >= linked:
            return None
        if stage == Stage.STOPPED and self.moved and rng.random() < 0.3:
            return self._pop(self.moved)
        if stage in (Stage.HOUSED, Stage.WELCOMED, Stage.ACTIVE) and self.vulcanus_left > 0:
            found = self._pop(self.vulcanus)
            if found:
                self.vulcanus_left -= 1
                return found
        return self._pop(self.current)

    def _pop(self, pool: list[ResidentInfo]) -> ResidentInfo | None:
        while pool:
            candidate = pool.pop()
            if candidate.id not in self.used:
                self.used.add(candidate.id)
                return candidate
        return None


def _history(
    ctx: Context, stage: Stage, resident: ResidentInfo | None
) -> tuple[list[tuple[Stage, date]], Stage]:
    """(stage, date) pairs through the pipeline, ending today or earlier; and the last real
    stage reached (for a stopped volunteer, the stage before stopping)."""
    rng = ctx.rng
    if stage == Stage.STOPPED:
        reached = rng.choice(
            [Stage.APPLIED, Stage.INTERVIEW, Stage.ACTIVE, Stage.ACTIVE, Stage.ACTIVE]
        )
        stopped = ctx.days_ago(10, 900)
        end = stopped - timedelta(days=rng.randint(30, 400))
        return [*_backwards(ctx, reached, end), (Stage.STOPPED, stopped)], reached
    steps = PIPELINE[: PIPELINE.index(stage) + 1]
    if resident and len(steps) > HOUSED_INDEX and (ctx.today - resident.move_in).days < 5 * 365:
        # A new neighbour: housed the day the tenancy began, then welcomed and active.
        day = resident.move_in
        forward = [(Stage.HOUSED, day)]
        for s in steps[HOUSED_INDEX + 1 :]:
            day = day + timedelta(days=rng.randint(*GAPS[s]))
            forward.append((s, day))
        if day <= ctx.today and (ctx.today - day).days <= RECENT[stage]:
            return _backwards(
                ctx,
                Stage.INTERVIEW,
                resident.move_in - timedelta(days=rng.randint(*GAPS[Stage.HOUSED])),
            )[:HOUSED_INDEX] + forward, stage
    return _backwards(ctx, stage, ctx.days_ago(0, RECENT[stage])), stage


def _backwards(ctx: Context, stage: Stage, end: date) -> list[tuple[Stage, date]]:
    steps = PIPELINE[: PIPELINE.index(stage) + 1]
    dates = [end]
    for s in reversed(steps[1:]):
        dates.append(dates[-1] - timedelta(days=ctx.rng.randint(*GAPS[s])))
    return list(zip(steps, reversed(dates), strict=True))


def _row(
    ctx: Context,
    vid: int,
    stage: Stage,
    dates: list[tuple[Stage, date]],
    reached: Stage,
    resident: ResidentInfo | None,
    who: Person,
    phone: str,
) -> dict:
    rng = ctx.rng
    on = dict(dates)
    level = PIPELINE.index(reached)
    interviewed = on.get(Stage.INTERVIEW)
    housed = on.get(Stage.HOUSED)
    if housed:
        vog = housed - timedelta(days=rng.randint(0, 60)) if rng.random() < 0.78 else None
        if vog and rng.random() < 0.15:
            vog = ctx.days_ago(3 * 365 + 30, 6 * 365)  # due for renewal
    else:
        vog = ctx.days_ago(0, 60) if rng.random() < 0.15 else None
    own = resident is None
    return {
        "id": vid,
        "resident_id": resident.id if resident else None,
        "given_name": who.given if own else "",
        "name_prefix": who.prefix if own else "",
        "family_name": who.family if own else "",
        "phone": phone if own else "",
        "email": email(rng, who) if own and rng.random() < 0.6 else "",
        "stage": stage,
        "stage_since": dates[-1][1],
        "stopped_reason": (
            rng.choice(STOP_LATE if level >= HOUSED_INDEX else STOP_EARLY)
            if stage == Stage.STOPPED
            else ""
        ),
        "motivation_score": rng.randint(4, 10) if level >= 1 else None,
        "interview_on": interviewed,
        "interviewers": " en ".join(rng.sample(STAFF, 2)) if interviewed else "",
        "interview_score": rng.randint(5, 10) if interviewed else None,
        "interview_notes": rng.choice(INTERVIEW_NOTES) if interviewed else "",
        "skills": ", ".join(rng.sample(SKILLS, rng.randint(1, 3))),
        "availability": ",".join(
            f"{DAYS[i // 3]}-{PARTS[i % 3]}"
            for i in sorted(rng.sample(range(21), rng.randint(1, 4)))
        ),
        "vog_date": vog,
        "on_notice_board": stage == Stage.ACTIVE and rng.random() < 0.4,
        "notes": "",
    }


def _support_links(ctx: Context, people: People, team: Team) -> None:
    """Who calls or visits whom: mostly neighbours in the same complex who asked for support."""
    rng = ctx.rng
    # Only residents who agreed to contact by volunteers: the call list refuses anyone else.
    willing = [
        [r for r in residents if r.consent_contact] for residents in people.current_by_complex
    ]
    flagged = [[r for r in residents if r.flags] for residents in willing]
    rows, seen = [], set()
    for v in team.volunteers:
        if v.stage != Stage.ACTIVE and not (v.stage == Stage.WELCOMED and rng.random() < 0.3):
            continue
        for _ in range(rng.choices([0, 1, 2, 3, 4], [25, 35, 20, 12, 8])[0]):
            pool = flagged[v.complex]
            if not pool or rng.random() >= 0.8:
                pool = willing[v.complex]
            if not pool:
                continue
            r = rng.choice(pool)
            codes = [c for c in r.flags if c in FLAG_TO_KIND]
            kind = FLAG_TO_KIND[rng.choice(codes)] if codes else SupportKind.WEEKLY_CALL
            if "weekly_call" in codes and rng.random() < 0.6:  # the most common request
                kind = SupportKind.WEEKLY_CALL
            if (v.resident and r.id == v.resident.id) or (v.id, r.id, kind) in seen:
                continue
            seen.add((v.id, r.id, kind))
            started = ctx.between(max(v.since, r.move_in), ctx.today)
            ended = ctx.between(started, ctx.today) if rng.random() < 0.15 else None
            rows.append(
                {
                    "volunteer_id": v.id,
                    "resident_id": r.id,
                    "kind": kind,
                    "agreed_day": rng.randint(0, 6) if kind == SupportKind.WEEKLY_CALL else None,
                    "started_on": started,
                    "ended_on": ended,
                    "note": "Vaste belafspraak." if kind == SupportKind.WEEKLY_CALL else "",
                }
            )
    ctx.insert(SupportLink.__table__, rows)

"""Partner organisations, their contact persons, and signals passed on to them.

The organisation names are the generic ones used in Utrecht ("Buurtteam Overvecht"), or made up
(the mental-health provider, the corporation); every contact person and number is fictitious.
Signals only go out for residents who consented to sharing with partners.
"""

from __future__ import annotations

from datetime import timedelta

from db.demo.common import (
    STAFF,
    Context,
    ascii_slug,
    dutch_mobile_numbers,
    utrecht_landline_numbers,
)
from db.demo.names import display, person
from db.demo.places import CORPORATION
from db.demo.residents import People
from db.models import Partner, PartnerContact, PartnerKind, Signal, SignalStatus

PARTNERS = [  # (name, kind, address, slug for e-mail, contact roles)
    (
        "Buurtteam Overvecht",
        PartnerKind.SOCIAL_TEAM,
        "Zamenhofdreef 20, 3562 JT Utrecht",
        "buurtteam",
        ["Buurtteammedewerker", "Buurtteammedewerker jeugd en gezin"],
    ),
    (
        "Wijkbureau Overvecht",
        PartnerKind.NEIGHBOURHOOD_OFFICE,
        "Zamenhofdreef 20, 3562 JT Utrecht",
        "wijkbureau",
        ["Wijkadviseur", "Wijkcoördinator"],
    ),
    (
        "Handhaving Utrecht",
        PartnerKind.ENFORCEMENT,
        "Tigrisdreef 12, 3563 XB Utrecht",
        "handhaving",
        ["Boa Overvecht", "Teamleider handhaving"],
    ),
    (
        "GGZ Vechtzorg",
        PartnerKind.MENTAL_HEALTH,
        "Neckardreef 4, 3561 CM Utrecht",
        "vechtzorg",
        ["Verpleegkundige FACT-team", "Trajectbegeleider"],
    ),
    (
        CORPORATION,
        PartnerKind.HOUSING_CORPORATION,
        "Bangkokdreef 40, 3564 CA Utrecht",
        "dreefhuis",
        ["Sociaal beheerder", "Huurconsulent", "Opzichter onderhoud"],
    ),
]
# (subject, partner index): a concern goes to whoever can act on it.
SUBJECTS = [
    ("Post stapelt zich op, bewoner reageert niet op aanbellen.", 0),
    ("Zorgen over vereenzaming; wil graag meer contact.", 0),
    ("Hulpvraag bij betalingsachterstanden en brieven.", 0),
    ("Geluidsoverlast in het trappenhuis 's avonds.", 2),
    ("Grofvuil blijft bij de ingang staan.", 2),
    ("Lekkage in de badkamer, al twee keer gemeld.", 4),
    ("Schimmel in de slaapkamer.", 4),
    ("Verward gedrag in de galerij; buren maken zich zorgen.", 3),
    ("Vraag over dagbesteding in de buurt.", 1),
]


def generate(ctx: Context, people: People) -> None:
    rng = ctx.rng
    partner_ids = ctx.ids(Partner.__table__, len(PARTNERS))
    landlines = utrecht_landline_numbers(rng, len(PARTNERS))
    partner_rows, contact_rows = [], []
    contacts_of: list[list[int]] = []
    n_contacts = sum(len(p[4]) for p in PARTNERS)
    contact_ids = iter(ctx.ids(PartnerContact.__table__, n_contacts))
    mobiles = iter(dutch_mobile_numbers(rng, n_contacts))
    for pid, (name, kind, address, slug, roles), phone in zip(
        partner_ids, PARTNERS, landlines, strict=True
    ):
        partner_rows.append(
            {
                "id": pid,
                "name": name,
                "kind": kind,
                "phone": phone,
                "email": f"info@{slug}.example.nl",
                "address": address,
                "notes": "",
            }
        )
        ours = []
        for role in roles:
            who = person(rng)
            cid = next(contact_ids)
            ours.append(cid)
            local = ascii_slug(who.latin.split(".")[0]) or "contact"
            contact_rows.append(
                {
                    "id": cid,
                    "partner_id": pid,
                    "name": display(who),
                    "role": role,
                    "phone": next(mobiles),
                    "email": f"{local}.{cid}@{slug}.example.nl",
                }
            )
        contacts_of.append(ours)
    ctx.insert(Partner.__table__, partner_rows)
    ctx.insert(PartnerContact.__table__, contact_rows)
    _signals(ctx, people, list(partner_ids), contacts_of)


def _signals(
    ctx: Context, people: People, partner_ids: list[int], contacts_of: list[list[int]]
) -> None:
    rng = ctx.rng
    rows = []
    for info in people.residents:
        if not (info.current and info.consent_share) or rng.random() >= (
            0.12 if info.flags else 0.02
        ):
            continue
        subject, target = rng.choice(SUBJECTS)
        passed = ctx.between(max(info.move_in, ctx.today - timedelta(days=300)), ctx.today)
        status = rng.choices(list(SignalStatus), [25, 35, 40])[0]
        if (ctx.today - passed).days < 7:
            status = SignalStatus.PASSED_ON
        closed = ctx.between(passed, ctx.today) if status == SignalStatus.CLOSED else None
        follow = None if closed else passed + timedelta(days=rng.randint(7, 21))
        rows.append(
            {
                "resident_id": info.id,
                "partner_id": partner_ids[target],
                "contact_id": rng.choice(contacts_of[target]) if rng.random() < 0.8 else None,
                "passed_on": passed,
                "subject": subject,
                "status": status,
                "follow_up_on": follow,
                "closed_on": closed,
                "by_whom": rng.choice(STAFF),
            }
        )
    ctx.insert(Signal.__table__, rows)

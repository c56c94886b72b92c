"""Overvecht complexes and homes on real street names, with made-up owners and caretakers.

Street names are real (Overvecht's "-dreef" streets); buurt codes follow CBS's BU034403xx pattern
for Utrecht's Overvecht district, but which street lies in which buurt and the exact codes are
*not verified*, like the postcodes (35xx, never SA/SD/SS). With many residents the streets repeat,
each time with higher house numbers and new postcodes, so addresses stay unique.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from db.demo.common import Context, utrecht_landline_numbers
from db.demo.names import display, person
from db.models import Complex, Home
from db.services.common import ServiceError

BUURTEN = {  # key: (CBS code, name, first four postcode digits)
    "taag": ("BU03440301", "Taag- en Rubicondreef", 3563),
    "wolga": ("BU03440302", "Wolga- en Donaudreef", 3565),
    "zamenhof": ("BU03440303", "Zamenhofdreef", 3562),
    "neckar": ("BU03440304", "Neckardreef", 3561),
    "zambesi": ("BU03440305", "Zambesidreef", 3564),
    "tigris": ("BU03440306", "Tigrisdreef", 3563),
}
STREETS = [  # (street, buurt)
    ("Vulcanusdreef", "zamenhof"),
    ("Bangkokdreef", "zambesi"),
    ("Hanoidreef", "zambesi"),
    ("Berezinadreef", "wolga"),
    ("Moldaudreef", "wolga"),
    ("Cleopatradreef", "zamenhof"),
    ("Zamenhofdreef", "zamenhof"),
    ("Tigrisdreef", "tigris"),
    ("Neckardreef", "neckar"),
    ("Taagdreef", "taag"),
    ("Rubicondreef", "taag"),
    ("Wolgadreef", "wolga"),
    ("Donaudreef", "wolga"),
    ("Zambesidreef", "zambesi"),
    ("Gangesdreef", "tigris"),
    ("Amazonedreef", "neckar"),
]
CORPORATION = "Woonstichting Dreefhuis"  # fictitious
SECOND_OWNER = "Woongoed Vechtoever"  # fictitious

# (building type, floors, homes low/high, numbering): numbering "plain" = 1, 2, 3 ...;
# "letters" = 12A..12D per stairwell number (portiek); "additions" = 40-1..40-4 (floor as addition).
BUILDINGS = [
    ("galerijflat", 10, 140, 260, "plain"),
    ("galerijflat", 9, 120, 220, "plain"),
    ("portiekflat", 4, 24, 72, "letters"),
    ("middelhoogbouw", 5, 50, 110, "additions"),
    ("middelhoogbouw", 6, 60, 120, "plain"),
]
BUILDING_WEIGHTS = [30, 15, 30, 15, 10]
ROOMS = [
    "Huiskamer {street}",
    "Ontmoetingsruimte {street}",
    "Buurtkamer begane grond",
    "Gemeenschappelijke ruimte",
    "",
]

# Letters PostNL actually uses in postcodes; pairs SA, SD and SS are never issued.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
OVERVECHT_DIGITS = sorted({b[2] for b in BUURTEN.values()})
SPARE_DIGITS = [d for d in range(3500, 3600) if d not in OVERVECHT_DIGITS]


@dataclass(slots=True)
class ComplexInfo:
    id: int
    name: str
    street: str
    room: str
    home_ids: list[int] = field(default_factory=list)


@dataclass
class Places:
    complexes: list[ComplexInfo]
    home_ids: list[int]
    home_complex: list[int]  # index into complexes, parallel to home_ids


class Postcodes:
    """Hands out each postcode once, so (postcode, number, letter, addition) can never clash.

    Each buurt draws from its own four digits; when those run out (very large demo sets) the
    area moves on to a spare 35xx number that no other area uses.
    """

    def __init__(self, ctx: Context):
        self.rng = ctx.rng
        pairs = [a + b for a in POSTCODE_LETTERS for b in POSTCODE_LETTERS]
        self.pairs = [p for p in pairs if p not in ("SA", "SD", "SS")]
        self.areas: dict[int, list[int]] = {}  # original digits -> [current digits, pair index]
        self.spare = iter(SPARE_DIGITS)

    def next(self, buurt: str) -> str:
        home_digits = BUURTEN[buurt][2]
        area = self.areas.setdefault(home_digits, [home_digits, -1])
        area[1] += self.rng.randint(1, 2)  # skip now and then, as real postcodes have gaps
        if area[1] >= len(self.pairs):
            digits = next(self.spare, None)
            if digits is None:
                raise ServiceError("Te veel woningen voor demogegevens: de postcodes zijn op.")
            area[:] = [digits, 0]
        return f"{area[0]} {self.pairs[area[1]]}"


def generate(ctx: Context, homes_needed: int) -> Places:
    rng = ctx.rng
    postcodes = Postcodes(ctx)
    next_number = {street: 1 for street, _ in STREETS}
    complex_rows: list[dict] = []
    home_rows: list[dict] = []
    infos: list[ComplexInfo] = []
    plans = _plan(ctx, homes_needed)
    complex_ids = ctx.ids(Complex.__table__, len(plans))
    caretaker_phones = utrecht_landline_numbers(rng, len(plans))
    for k, (street, buurt, building, homes) in enumerate(plans):
        kind, floors, _, _, numbering = building
        addresses = list(_addresses(numbering, next_number[street], homes, floors))
        first, last = min(a[0] for a in addresses), max(a[0] for a in addresses)
        next_number[street] = last + rng.randint(1, 6)
        name = f"{street} {first}-{last}"
        room = rng.choice(ROOMS).format(street=street) if k else f"Huiskamer {street}"
        info = ComplexInfo(complex_ids[k], name, street, room)
        used = _homes(ctx, info, addresses, partial(postcodes.next, buurt), home_rows)
        caretaker = person(rng)
        complex_rows.append(
            {
                "id": info.id,
                "name": name,
                "address_range": f"{street} {first} t/m {last}",
                "postcodes": ", ".join(used),
                "buurt_code": BUURTEN[buurt][0],
                "buurt_name": BUURTEN[buurt][1],
                "home_count": homes,
                "owner": CORPORATION if k == 0 or rng.random() < 0.85 else SECOND_OWNER,
                "building_type": kind,
                "floors": floors,
                "common_room": room,
                "caretaker_name": display(caretaker),
                "caretaker_phone": caretaker_phones[k],
                "caretaker_email": f"huismeester.{street.lower()}@example.nl",
                "nb_target_pct": Decimal("25.00"),
                "notes": _NOTE_VULCANUS if k == 0 else "",
            }
        )
        infos.append(info)
    ctx.insert(Complex.__table__, complex_rows)
    ctx.insert(Home.__table__, home_rows)
    home_ids = [row["id"] for row in home_rows]
    index = {info.id: i for i, info in enumerate(infos)}
    return Places(infos, home_ids, [index[row["complex_id"]] for row in home_rows])


_NOTE_VULCANUS = (
    "Startcomplex van Nieuwe Buren: per vertrekkende huurder een nieuwe bewoner "
    "die zich inzet voor het complex."
)


def _plan(ctx: Context, homes_needed: int) -> list[tuple[str, str, tuple, int]]:
    """Which complexes to build: the real 188-home Vulcanusdreef flat first, then random ones
    until there are enough homes (about 1.1 per current resident)."""
    rng = ctx.rng
    plans = [("Vulcanusdreef", "zamenhof", BUILDINGS[0], 188)]
    total = 188
    while total < homes_needed:
        street, buurt = rng.choice(STREETS)
        building = rng.choices(BUILDINGS, BUILDING_WEIGHTS)[0]
        homes = rng.randint(building[2], building[3])
        if building[4] == "letters":
            homes -= homes % 4  # whole stairwells: A..D
        plans.append((street, buurt, building, homes))
        total += homes
    return plans


def _addresses(numbering: str, start: int, homes: int, floors: int):
    """(number, letter, addition, floor) tuples in the building's numbering style."""
    if numbering == "letters":
        for i in range(homes):
            yield start + 2 * (i // 4), "ABCD"[i % 4], "", i % 4
    elif numbering == "additions":
        per_floor = math.ceil(homes / floors)
        for i in range(homes):
            floor = 1 + i // per_floor
            yield start + 2 * (i % per_floor), "", str(floor), floor
    else:  # plain: a gallery flat with homes from the first floor up, storage at street level
        per_floor = math.ceil(homes / floors)
        for i in range(homes):
            yield start + i, "", "", 1 + i // per_floor


def _homes(
    ctx: Context,
    info: ComplexInfo,
    addresses: list,
    new_postcode: Callable[[], str],
    rows: list[dict],
) -> list[str]:
    """Homes of one complex; a new postcode every stairwell/section of 20-48 homes."""
    ids = ctx.ids(Home.__table__, len(addresses))
    used: list[str] = []
    left = 0
    for home_id, (number, letter, addition, floor) in zip(ids, addresses, strict=True):
        if left == 0:
            used.append(new_postcode())
            left = ctx.rng.randint(20, 48)
        left -= 1
        rows.append(
            {
                "id": home_id,
                "complex_id": info.id,
                "street": info.street,
                "house_number": number,
                "house_letter": letter,
                "addition": addition,
                "postcode": used[-1],
                "city": "Utrecht",
                "floor": floor,
            }
        )
        info.home_ids.append(home_id)
    return used

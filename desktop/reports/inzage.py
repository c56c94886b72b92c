"""Inzage: everything the office holds about one resident or volunteer, as a PDF for that person.

This is the only document that prints notes, support flags, contact moments and signals: it
goes to the person they are about (GDPR/AVG right of access), never to anyone else.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from db import validation
from db.services import Database, privacy_inzage
from desktop.reports import document, theme

WIDTH = 174 * mm
LABELS = {
    "naam": "Naam",
    "adres": "Adres",
    "complex": "Complex",
    "telefoon": "Telefoon",
    "e_mail": "E-mail",
    "geboortejaar": "Geboortejaar",
    "huishouden": "Personen in het huishouden",
    "talen": "Talen",
    "ingetrokken_op": "Ingetrokken op",
    "verhuisd_op": "Verhuisd op",
    "contact_door_vrijwilligers": "Contact door vrijwilligers",
    "delen_met_partners": "Delen met partners",
    "fotos_op_flyers": "Foto's op flyers",
    "vastgelegd_op": "Vastgelegd op",
    "hoe": "Hoe",
    "fase": "Fase",
    "fase_sinds": "Sinds",
    "rollen": "Rollen en commissies",
    "vaardigheden": "Vaardigheden",
    "beschikbaarheid": "Beschikbaarheid",
    "vog_datum": "Datum VOG",
    "op_prikbord": "Op het prikbord",
    "motivatiescore": "Score motivatiebrief",
    "gesprek_op": "Kennismakingsgesprek op",
    "gesprek_door": "Gesprek gevoerd door",
    "gespreksscore": "Score gesprek",
    "gespreksnotities": "Aantekeningen gesprek",
    "gestopt_omdat": "Gestopt omdat",
    "notities": "Notities",
}


DAYS = {
    "mon": "maandag",
    "tue": "dinsdag",
    "wed": "woensdag",
    "thu": "donderdag",
    "fri": "vrijdag",
    "sat": "zaterdag",
    "sun": "zondag",
}
PARTS = {"am": "ochtend", "pm": "middag", "eve": "avond"}


def language_name(code: str) -> str:
    """'tr' → 'Turks': a reader gets words, not codes."""
    return Locale("nl").languages.get(code, code)


def availability(codes) -> str:
    """'tue-eve, sat-am' → 'dinsdagavond, zaterdagochtend'."""
    if isinstance(codes, str):
        codes = [c.strip() for c in codes.split(",") if c.strip()]
    out = []
    for code in codes:
        day, _, part = code.partition("-")
        out.append(f"{DAYS[day]}{PARTS[part]}" if day in DAYS and part in PARTS else code)
    return ", ".join(out)


def hours(value) -> str:
    """'3.00' → '3', '2.50' → '2,5': the Dutch decimal comma."""
    return format_decimal(Decimal(str(value)).normalize(), locale="nl_NL")


def _value(key: str, value) -> str:
    if key == "talen" and isinstance(value, list):
        return _text([language_name(v) for v in value])
    if key == "beschikbaarheid" and value:
        return availability(value)
    if key == "uren" and value not in (None, ""):
        return hours(value)
    return _text(value)


def _text(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return validation.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _fields(data: dict, skip: tuple[str, ...] = ()) -> list:
    rows = [["Gegeven", "Wat wij hebben vastgelegd"]]
    rows += [
        [LABELS.get(k, k), _value(k, v)]
        for k, v in data.items()
        if k not in skip and (not isinstance(v, list | dict) or k in ("talen", "rollen"))
    ]
    return [theme.table(rows, [55 * mm, WIDTH - 55 * mm])]


def _rows(
    title: str, items: list[dict], columns: list[tuple[str, str]], widths: list[float], empty: str
) -> list:
    heading = theme.paragraph(title, "h1")
    heading.keepWithNext = True  # a heading never ends a page alone
    story = [heading]
    if not items:
        return [*story, theme.paragraph(empty)]
    rows = [[label for _key, label in columns]]
    rows += [[_value(key, item.get(key)) for key, _label in columns] for item in items]
    return [*story, theme.table(rows, [w * mm for w in widths])]


def _volunteer_story(part: dict) -> list:
    story = [
        theme.paragraph("Als vrijwilliger", "h1"),
        *_fields(part, skip=("fasegeschiedenis", "ondersteunt", "uren")),
    ]
    story += _rows(
        "Fasen",
        part["fasegeschiedenis"],
        [("op", "Datum"), ("fase", "Fase"), ("notitie", "Notitie")],
        [30, 45, 99],
        "Geen fasewijzigingen vastgelegd.",
    )
    story += _rows(
        "Ondersteuning die u geeft",
        part["ondersteunt"],
        [("soort", "Soort"), ("sinds", "Sinds"), ("tot", "Tot")],
        [74, 50, 50],
        "U ondersteunt (nog) geen bewoners via het buurtkantoor.",
    )
    story += _rows(
        "Uren",
        part["uren"],
        [("datum", "Datum"), ("uren", "Uren"), ("omschrijving", "Omschrijving")],
        [30, 20, 124],
        "Geen uren vastgelegd.",
    )
    return story


def _intro(data: dict) -> list:
    name = data["gegevens"].get("naam") or "—"
    return [
        theme.paragraph(f"Inzage: {name}", "title"),
        theme.paragraph(
            "Dit overzicht bevat alle gegevens die het buurtkantoor over u heeft vastgelegd, "
            "zodat u kunt nagaan wat wij bewaren (recht op inzage, AVG artikel 15). Klopt er "
            "iets niet, of wilt u dat wij gegevens verwijderen? Laat het ons weten.",
            "body",
        ),
        Spacer(1, 3 * mm),
        theme.paragraph("Uw gegevens", "h1"),
        *_fields(data["gegevens"]),
    ]


def _history(data: dict) -> list:
    items = [{**h, "velden": ", ".join(h["velden"])} for h in data["geschiedenis"]]
    return _rows(
        "Wijzigingen (logboek)",
        items,
        [("op", "Wanneer"), ("door", "Door"), ("wat", "Wat"), ("velden", "Welke gegevens")],
        [34, 30, 30, 80],
        "Geen wijzigingen vastgelegd.",
    )


def _build(data: dict, story: list) -> bytes:
    name = data["gegevens"].get("naam") or "—"
    return theme.build(
        story, title=f"Inzage {name}", subtitle="Vertrouwelijk · alleen voor de betrokkene"
    )


@document(
    "inzage",
    "resident",
    "inzage: alles wat het kantoor over één bewoner bewaart (voor die bewoner)",
)
def render_resident(db: Database, resident_id: int) -> bytes:
    data = privacy_inzage.resident_inzage(db, resident_id)
    story = _intro(data)
    story += [theme.paragraph("Toestemming", "h1"), *_fields(data["toestemming"])]
    story += [
        theme.paragraph("Ondersteuning en notities", "h1"),
        theme.paragraph("Kenmerken: " + _text(data["ondersteuningskenmerken"])),
        theme.paragraph("Notities: " + _text(data["notities"])),
    ]
    story += _rows(
        "Contactmomenten",
        data["contactmomenten"],
        [("datum", "Datum"), ("soort", "Soort"), ("door", "Door"), ("notitie", "Notitie")],
        [26, 22, 34, 92],
        "Geen contactmomenten vastgelegd.",
    )
    story += _rows(
        "Signalen aan partners",
        data["signalen"],
        [
            ("doorgegeven_op", "Datum"),
            ("aan", "Aan"),
            ("onderwerp", "Onderwerp"),
            ("status", "Status"),
        ],
        [26, 44, 76, 28],
        "Er zijn geen signalen over u doorgegeven.",
    )
    story += _rows(
        "Wie u ondersteunt",
        data["ondersteund_door"],
        [("vrijwilliger", "Vrijwilliger"), ("soort", "Soort"), ("sinds", "Sinds"), ("tot", "Tot")],
        [64, 50, 30, 30],
        "Geen vrijwilliger gekoppeld.",
    )
    story += _rows(
        "Aanmeldingen voor activiteiten",
        data["aanmeldingen"],
        [
            ("datum", "Datum"),
            ("activiteit", "Activiteit"),
            ("status", "Status"),
            ("aanwezig", "Aanwezig"),
        ],
        [26, 96, 30, 22],
        "Geen aanmeldingen.",
    )
    story += _rows(
        "Subsidieaanvragen",
        data["subsidieaanvragen"],
        [
            ("titel", "Titel"),
            ("ingediend_op", "Ingediend"),
            ("rekeninghouder", "Rekeninghouder"),
            ("iban", "IBAN"),
        ],
        [64, 26, 40, 44],
        "Geen aanvragen op uw naam.",
    )
    if "vrijwilliger" in data:
        story += _volunteer_story(data["vrijwilliger"])
    story += _history(data)
    return _build(data, story)


@document(
    "inzage-vrijwilliger",
    "volunteer",
    "inzage: alles wat het kantoor over één vrijwilliger bewaart (voor die vrijwilliger)",
)
def render_volunteer(db: Database, volunteer_id: int) -> bytes:
    data = privacy_inzage.volunteer_inzage(db, volunteer_id)
    story = _intro(data) + _volunteer_story(data["vrijwilliger"])
    story += _rows(
        "Subsidieaanvragen",
        data["subsidieaanvragen"],
        [
            ("titel", "Titel"),
            ("ingediend_op", "Ingediend"),
            ("rekeninghouder", "Rekeninghouder"),
            ("iban", "IBAN"),
        ],
        [64, 26, 40, 44],
        "Geen aanvragen op uw naam.",
    )
    story += _history(data)
    return _build(data, story)

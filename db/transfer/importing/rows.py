"""One spreadsheet row → normalised values, or Dutch reasons why it cannot be imported.

Everything goes through db.validation, so an imported postcode is stored exactly like a typed
one. Whatever a cell holds, the only outcome is values or messages: never an exception.
"""

from __future__ import annotations

import re
from typing import Any

from db import clock, validation
from db.models import Stage
from db.services.names import split_full_name
from db.transfer.importing.mapping import Mapping
from db.transfer.importing.readers import SourceRow, SourceTable
from db.validation import Invalid

LANGUAGE_NAMES = {
    "nederlands": "nl",
    "dutch": "nl",
    "engels": "en",
    "english": "en",
    "turks": "tr",
    "turkish": "tr",
    "arabisch": "ar",
    "arabic": "ar",
    "pools": "pl",
    "polish": "pl",
    "tarifit": "rif",
    "berbers": "rif",
    "tamazight": "rif",
    "sranantongo": "srn",
    "sranan": "srn",
    "sarnami": "hns",
    "tigrinya": "ti",
    "koerdisch": "ku",
    "kurdish": "ku",
    "frans": "fr",
    "french": "fr",
    "duits": "de",
    "german": "de",
    "spaans": "es",
    "spanish": "es",
    "somalisch": "so",
    "somali": "so",
    "farsi": "fa",
    "perzisch": "fa",
    "portugees": "pt",
    "russisch": "ru",
    "oekraiens": "uk",
    "oekraïens": "uk",
    "papiaments": "pap",
}
STAGE_NAMES = {
    Stage.APPLIED: ("aanmelding", "aangemeld", "sollicitatie", "applied", "application"),
    Stage.LETTER_SCORED: ("brief beoordeeld", "briefbeoordeeld", "brief", "letter scored"),
    Stage.INTERVIEW: ("gesprek", "kennismakingsgesprek", "interview"),
    Stage.HOUSED: ("gehuisvest", "woont", "housed"),
    Stage.WELCOMED: ("welkomstgesprek", "welkom", "welcomed", "welcome meeting"),
    Stage.ACTIVE: ("actief", "active"),
    Stage.STOPPED: ("gestopt", "gestopt met", "stopped", "inactief", "inactive"),
}
_STAGES = {name.replace(" ", ""): stage for stage, names in STAGE_NAMES.items() for name in names}
_STAGES.update({s.value.replace("_", ""): s for s in Stage})
_STREET_WITH_NUMBER = re.compile(r"(?P<street>.*?[^\d\s])\s+(?P<number>\d+\s*[A-Za-z0-9 \-/]*)")


class RowCheck:
    """Collects values and messages for one row; each `take_*` reads one mapped field."""

    def __init__(self, table: SourceTable, row: SourceRow, mapping: Mapping):
        self.table, self.row, self.mapping = table, row, mapping
        self.values: dict[str, Any] = {}
        self.errors: list[str] = []

    def raw(self, key: str) -> str:
        column = self.mapping.get(key)
        return "" if column is None else self.table.cell(self.row, column).strip()

    def take(self, key: str, convert, *args) -> Any:
        text = self.raw(key)
        if not text:
            return None
        try:
            value = convert(text, *args)
        except Invalid as exc:
            self.errors.append(str(exc))
            return None
        self.values[key] = value
        return value

    def text(self, key: str, label: str, limit: int, required: bool = False) -> str:
        text = self.raw(key)
        if not text and not required:
            return ""
        try:
            value = validation.required_text(text, label, limit)
        except Invalid as exc:
            self.errors.append(str(exc))
            return ""
        self.values[key] = value
        return value


def _int_between(text: str, label: str, low: int, high: int) -> int:
    if not re.fullmatch(r"[0-9]{1,6}", text):
        raise Invalid(f"{label} '{validation._q(text)}' is geen heel getal.")
    value = int(text)
    if not low <= value <= high:
        raise Invalid(f"{label} moet tussen {low} en {high} liggen, niet {value}.")
    return value


def birth_year(text: str) -> int:
    """A year ("1956") or a date of birth of which only the year is kept."""
    if re.fullmatch(r"\s*[0-9]{4}\s*", text):
        return validation.year_of_birth(text)
    try:
        return validation.year_of_birth(validation.parse_date(text).year)
    except Invalid:
        raise Invalid(
            f"Geboortejaar '{validation._q(text)}' is niet geldig: vul een jaar "
            "(1956) of een geboortedatum (12-03-1956) in."
        ) from None


def phone(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if re.fullmatch(r"6[0-9]{8}", digits) and text.strip().isdigit():
        text = "0" + digits  # Excel stored 0612345678 as the number 612345678
    return validation.phone(text)


def languages(text: str) -> list[str]:
    codes = []
    for part in re.split(r"[,;/+\s]+", text):
        word = part.strip().casefold()
        if not word:
            continue
        code = LANGUAGE_NAMES.get(word, word)
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise Invalid(
                f"Taal '{validation._q(part)}' is onbekend: gebruik een taalcode als "
                "nl, tr, ar of de Nederlandse naam van de taal."
            )
        codes.append(code)
    return sorted(set(codes))


def stage(text: str) -> Stage:
    found = _STAGES.get(re.sub(r"[\s_\-]", "", text.casefold()))
    if found is None:
        raise Invalid(
            f"Fase '{validation._q(text)}' is onbekend: gebruik aanmelding, brief "
            "beoordeeld, gesprek, gehuisvest, welkomstgesprek, actief of gestopt."
        )
    return found


def _address(check: RowCheck, street_required: bool) -> None:
    """Street, number, letter, addition and postcode; number+letter+addition may share a cell."""
    street = check.raw("street")
    number_text = check.raw("house_number")
    if street and not number_text and (m := _STREET_WITH_NUMBER.fullmatch(street)):
        street, number_text = m["street"], m["number"]  # "Vulcanusdreef 12A" in one column
    if street or street_required:
        try:
            check.values["street"] = validation.required_text(street, "Straat", 120)
        except Invalid as exc:
            check.errors.append(str(exc))
    if number_text:
        try:
            number, letter, addition = validation.split_house_number(number_text)
            check.values.update(house_number=number, house_letter=letter, addition=addition)
        except Invalid as exc:
            check.errors.append(str(exc))
    if check.raw("house_letter"):
        check.take("house_letter", validation.house_letter)
    if check.raw("addition"):
        check.take("addition", validation.house_addition)
    check.take("postcode", validation.postcode)
    has_number, has_postcode = "house_number" in check.values, "postcode" in check.values
    if has_number != has_postcode and not check.errors:
        check.errors.append("Vul bij een adres zowel de postcode als het huisnummer in.")
    check.values.setdefault("house_letter", "")
    check.values.setdefault("addition", "")
    city = check.text("city", "Plaats", 80)
    if not city:
        check.values.pop("city", None)


def _name(check: RowCheck) -> None:
    if "full_name" in check.mapping and "family_name" not in check.mapping:
        given, prefix, family = split_full_name(check.raw("full_name"))
        check.values.update(given_name=given, name_prefix=prefix)
        if not family:
            check.errors.append("Naam is verplicht.")
        elif len(family) > 100 or len(prefix) > 20 or len(given) > 100:
            check.errors.append("Naam is te lang.")
        check.values["family_name"] = family
        return
    check.text("given_name", "Voornaam", 100)
    check.text("name_prefix", "Tussenvoegsel", 20)
    check.text("family_name", "Achternaam", 100, required=True)
    check.values.setdefault("given_name", "")
    check.values.setdefault("name_prefix", "")


def check_home(check: RowCheck) -> None:
    _address(check, street_required=True)
    if "house_number" not in check.values and not check.raw("house_number"):
        check.errors.append("Huisnummer is verplicht.")
    if "postcode" not in check.values and not check.raw("postcode"):
        check.errors.append("Postcode is verplicht.")
    check.take("floor", _int_between, "Verdieping", -5, 200)
    check.text("complex", "Complex", 120)


def check_resident(check: RowCheck) -> None:
    _name(check)
    check.take("birth_year", birth_year)
    _address(check, street_required=False)
    check.take("phone", phone)
    check.take("email", validation.email)
    check.take("household_size", _int_between, "Huishouden", 1, 30)
    move_in = check.take("move_in", validation.parse_date)
    move_out = check.take("move_out", validation.parse_date)
    if move_in and move_out and move_out < move_in:
        check.errors.append("De verhuisdatum moet na de datum van intrek liggen.")
    check.take("languages", languages)


def check_volunteer(check: RowCheck) -> None:
    _name(check)
    check.take("birth_year", birth_year)
    _address(check, street_required=False)
    check.take("phone", phone)
    check.take("email", validation.email)
    check.text("complex", "Complex", 120)
    check.take("stage", stage)
    vog = check.take("vog_date", validation.parse_date)
    if vog and vog > clock.today():
        check.errors.append("De VOG-datum ligt in de toekomst.")
    check.text("skills", "Vaardigheden", 300)
    check.take("languages", languages)


CHECKS = {"homes": check_home, "residents": check_resident, "volunteers": check_volunteer}


def check_row(kind: str, table: SourceTable, row: SourceRow, mapping: Mapping) -> RowCheck:
    check = RowCheck(table, row, mapping)
    try:
        CHECKS[kind](check)
    except (TypeError, ValueError, OverflowError) as exc:  # a validator's unforeseen corner
        check.errors.append(f"Deze rij kan niet worden gelezen ({exc.__class__.__name__}).")
    return check

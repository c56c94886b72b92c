"""What can be imported: the fields of each kind, their Dutch labels, and guessing which column
of a file holds which field from its header (Dutch or English)."""

from __future__ import annotations

from dataclasses import dataclass

from db.transfer.importing.readers import header_key

# Field keys shared by every kind that carries an address.
ADDRESS_FIELDS = ("street", "house_number", "house_letter", "addition", "postcode", "city")


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # Dutch, for the report, the CLI and the error file
    synonyms: tuple[str, ...]
    required: bool = False


F = Field
NAME = (
    F(
        "given_name",
        "Voornaam",
        ("voornaam", "voornamen", "roepnaam", "firstname", "givenname", "first", "forename"),
    ),
    F(
        "name_prefix",
        "Tussenvoegsel",
        ("tussenvoegsel", "tussenvoegsels", "tv", "voorvoegsel", "prefix", "nameprefix", "infix"),
    ),
    F(
        "family_name",
        "Achternaam",
        (
            "achternaam",
            "familienaam",
            "geslachtsnaam",
            "naam",
            "lastname",
            "surname",
            "familyname",
            "name",
        ),
        True,
    ),
    # The whole name in one column (tenant lists, many sheets): split the Dutch way on import.
    F(
        "full_name",
        "Volledige naam",
        (
            "volledigenaam",
            "naamvolledig",
            "naamhuurder",
            "huurdernaam",
            "huurder",
            "huurders",
            "contractant",
            "naambewoner",
            "bewonersnaam",
            "bewoner",
            "naamvrijwilliger",
            "vrijwilliger",
            "voorenachternaam",
            "roepnaamenachternaam",
            "fullname",
            "tenant",
            "tenantname",
        ),
    ),
)
# A lone "Naam" column without a first-name column holds the whole name.
WHOLE_NAME_HEADERS = {"naam", "name", "namen", "naamenvoorletters", "naamvoorletters"}
ADDRESS = (
    F(
        "street",
        "Straat",
        ("straat", "straatnaam", "openbareruimte", "street", "streetname", "adres", "address"),
    ),
    F(
        "house_number",
        "Huisnummer",
        ("huisnummer", "huisnr", "nr", "nummer", "number", "housenumber", "huisnummerentoevoeging"),
    ),
    F("house_letter", "Huisletter", ("huisletter", "letter", "houseletter")),
    F(
        "addition",
        "Toevoeging",
        ("toevoeging", "huisnummertoevoeging", "toev", "addition", "suffix", "housenumberaddition"),
    ),
    F("postcode", "Postcode", ("postcode", "pc", "zipcode", "zip", "postalcode")),
    F("city", "Plaats", ("plaats", "woonplaats", "stad", "city", "town", "place")),
)
CONTACT = (
    F(
        "phone",
        "Telefoon",
        (
            "telefoon",
            "telefoonnummer",
            "tel",
            "telnr",
            "mobiel",
            "gsm",
            "phone",
            "phonenumber",
            "mobile",
            "telephone",
        ),
    ),
    F("email", "E-mail", ("email", "emailadres", "mail", "emailaddress")),
)
COMPLEX = F("complex", "Complex", ("complex", "wooncomplex", "complexnaam", "gebouw", "building"))
LANGUAGES = F("languages", "Talen", ("talen", "taal", "languages", "language", "spreekt"))

KINDS: dict[str, tuple[Field, ...]] = {
    "homes": (
        F("street", "Straat", ADDRESS[0].synonyms, True),
        F("house_number", "Huisnummer", ADDRESS[1].synonyms, True),
        *ADDRESS[2:4],
        F("postcode", "Postcode", ADDRESS[4].synonyms, True),
        ADDRESS[5],
        F("floor", "Verdieping", ("verdieping", "etage", "bouwlaag", "floor", "storey")),
        COMPLEX,
    ),
    "residents": (
        *NAME,
        F(
            "birth_year",
            "Geboortejaar",
            (
                "geboortejaar",
                "geboortedatum",
                "geboren",
                "gebdatum",
                "birthyear",
                "yearofbirth",
                "dateofbirth",
                "birthdate",
                "dob",
            ),
        ),
        *ADDRESS,
        *CONTACT,
        F(
            "household_size",
            "Huishouden",
            (
                "huishouden",
                "huishoudgrootte",
                "aantalpersonen",
                "personen",
                "householdsize",
                "household",
            ),
        ),
        F(
            "move_in",
            "Ingetrokken",  # the words of the residents table and editor: one vocabulary
            (
                "ingetrokken",
                "ingangsdatum",
                "intrekdatum",
                "datumintrek",
                "intrek",
                "ingang",
                "huurdersinds",
                "movein",
                "moveindate",
                "startdate",
            ),
        ),
        F(
            "move_out",
            "Verhuisd",
            (
                "verhuisd",
                "vertrekdatum",
                "vertrokken",
                "einddatum",
                "opzegdatum",
                "moveout",
                "moveoutdate",
                "enddate",
            ),
        ),
        LANGUAGES,
    ),
    "volunteers": (
        *NAME,
        F(
            "birth_year",
            "Geboortejaar",
            ("geboortejaar", "geboortedatum", "birthyear", "dateofbirth"),
        ),
        F("postcode", "Postcode", ADDRESS[4].synonyms),
        F("house_number", "Huisnummer", ADDRESS[1].synonyms),
        ADDRESS[2],
        ADDRESS[3],
        *CONTACT,
        COMPLEX,
        F("stage", "Fase", ("fase", "status", "stadium", "stage")),
        F("vog_date", "VOG-datum", ("vog", "vogdatum", "datumvog", "vogdate")),
        F("skills", "Vaardigheden", ("vaardigheden", "kwaliteiten", "kan", "skills")),
        LANGUAGES,
    ),
}
KIND_LABELS = {"homes": "woningen", "residents": "bewoners", "volunteers": "vrijwilligers"}

Mapping = dict[str, int]  # field key → column index in the file


def fields(kind: str) -> tuple[Field, ...]:
    return KINDS[kind]


def field(kind: str, key: str) -> Field:
    return next(f for f in KINDS[kind] if f.key == key)


def known_headers() -> set[str]:
    """Every synonym of every kind: how the reader recognises a header row."""
    return {s for kind in KINDS.values() for f in kind for s in f.synonyms}


def guess(
    kind: str, headers: tuple[str, ...] | list[str], remembered: dict[str, str] | None = None
) -> Mapping:
    """Columns for fields: a remembered header name first, then the synonyms.

    `remembered` maps a field key to the header name chosen last time for this kind.
    Exact names win over names that merely end in a synonym ("Adres straat").
    """
    keys = [header_key(h) for h in headers]
    mapping: Mapping = {}
    taken: set[int] = set()

    def claim(key: str, column: int) -> None:
        mapping[key] = column
        taken.add(column)

    for f in KINDS[kind]:
        wanted = header_key((remembered or {}).get(f.key, ""))
        if wanted and wanted in keys and keys.index(wanted) not in taken:
            claim(f.key, keys.index(wanted))
    for exact in (True, False):
        for f in KINDS[kind]:
            if f.key in mapping:
                continue
            for synonym in f.synonyms:
                column = next(
                    (
                        i
                        for i, k in enumerate(keys)
                        if i not in taken
                        and k
                        and (k == synonym if exact else (len(synonym) >= 4 and k.endswith(synonym)))
                    ),
                    None,
                )
                if column is not None:
                    claim(f.key, column)
                    break
    _whole_name(kind, keys, mapping, remembered or {})
    return mapping


def _whole_name(kind: str, keys: list[str], mapping: Mapping, remembered: dict[str, str]) -> None:
    """Without a first-name column, "Naam" is the whole name; with one, a full-name column is
    not used (the separate columns are more precise)."""
    if not any(f.key == "full_name" for f in KINDS[kind]):
        return
    if "given_name" in mapping:
        if "full_name" in mapping and "full_name" not in remembered:
            del mapping["full_name"]
        return
    family = mapping.get("family_name")
    if family is not None and keys[family] in WHOLE_NAME_HEADERS and "full_name" not in mapping:
        if "family_name" not in remembered:
            mapping["full_name"] = mapping.pop("family_name")
    elif family is not None and "full_name" in mapping and "full_name" not in remembered:
        del mapping["full_name"]  # "Achternaam" beside "Huurder": take the precise one


def missing_required(kind: str, mapping: Mapping) -> list[Field]:
    """Required fields without a column; a whole-name column stands in for the family name."""
    return [
        f
        for f in KINDS[kind]
        if f.required
        and f.key not in mapping
        and not (f.key == "family_name" and "full_name" in mapping)
    ]

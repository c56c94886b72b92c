"""Fictitious people with names from the backgrounds that live in Overvecht.

The mix is what makes demo data useful: sorting "de Vries" under V, rendering "Şükrü Yıldız",
"Łukasz Wiśniewski" and right-to-left "محمد العلي" in lists and PDFs, and searching names with
apostrophes and hyphens ("de Vries-van 't Hof") are all exercised by a plain demo database.
Combinations are drawn at random, so no one is a real person.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from db.demo.common import ascii_slug


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    prefix: str  # tussenvoegsel, kept apart as in Dutch registers
    family: str
    background: str
    female: bool
    latin: str  # a Latin-script spelling for e-mail addresses


@dataclass(frozen=True)
class Background:
    key: str
    weight: float  # share of households in the demo neighbourhood
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]


def _names(text: str) -> tuple[str, ...]:
    """Comma-separated, because family names may contain spaces ("Tjon A Fong")."""
    return tuple(name.strip() for name in text.split(","))


# (tussenvoegsel, family name): prefixes are stored apart, as in Dutch registers.
DUTCH_FAMILIES = tuple(
    tuple(pair.split("|"))
    for pair in _names(
        "de|Vries, van 't|Hof, van der|Berg, |Jansen, van den|Broek, |Bakker, |Visser, de|Jong, "
        "|Smit, ter|Horst, van|Dijk, |Mulder, den|Hartog, |Koster, van|Leeuwen, |Vermeulen, "
        "in 't|Veld, |Brouwer, van|Vliet, |Hendriks, de|Wit, |Schouten, van der|Linden, "
        "|Kuijpers, op de|Beek"
    )
)

BACKGROUNDS = (
    Background(
        "dutch",
        0.36,
        _names(
            "Zoë, Sanne, Anouk, Joëlle, Marloes, Ingrid, Els, Riet, Fleur, Lotte, Mirjam, "
            "Corrie, Annemiek, Daphne, Noor"
        ),
        _names(
            "Daan, Jeroen, Kees, Bram, Henk, Sjoerd, Wim, Ruud, Thijs, Gerrit, Bas, Frits, "
            "Maarten, Joost, René"
        ),
        (),  # see DUTCH_FAMILIES
    ),
    Background(
        "moroccan",
        0.20,
        _names(
            "Fatima, Khadija, Samira, Naima, Malika, Hanane, Soumaya, Imane, Zineb, Latifa, "
            "Nadia, Salma"
        ),
        _names(
            "Mohamed, Youssef, Karim, Hamza, Nordin, Said, Mustafa, Abdelkader, Bilal, Rachid, "
            "Ayoub, Mourad"
        ),
        _names(
            "El Amrani, Bouzid, Ait Taleb, El Idrissi, Azzouzi, Benali, Ouali, Tahiri, "
            "Boukhari, El Ouardi, Aarab, Ziani, Ammari, Bakkali"
        ),
    ),
    Background(
        "turkish",
        0.14,
        _names(
            "Ayşe, Fatma, Emine, Zeynep, Elif, Hatice, Gülşen, Özlem, Meryem, Sevgi, Büşra, Derya"
        ),
        _names(
            "Şükrü, Mehmet, Mustafa, Hüseyin, İbrahim, Ömer, Murat, Emre, Yusuf, Hakan, Kemal, Cem"
        ),
        _names(
            "Yıldız, Demir, Kaya, Çelik, Şahin, Öztürk, Aydın, Arslan, Doğan, Koç, Kılıç, "
            "Yılmaz, Aksoy, Güneş, Polat, Erdem"
        ),
    ),
    Background(
        "surinamese",
        0.09,
        _names("Priya, Shanti, Ingrid, Rachel, Sharda, Sandra, Natasja, Kavita, Jennifer, Roshni"),
        _names("Anand, Sunil, Ashwin, Glenn, Marvin, Ivan, Ravi, Romeo, Ricardo, Dinesh"),
        _names(
            "Ramdin, Mahabier, Pinas, Jagesar, Ramsaran, Kanhai, Sitaldin, Biharie, "
            "Wongsonadi, Kromodimedjo, Soekhlal, Lieveld, Brunings, Sabajo, Tjon A Fong"
        ),
    ),
    Background(
        "polish",
        0.06,
        _names(
            "Agnieszka, Katarzyna, Małgorzata, Joanna, Ewa, Anna, Magdalena, Marta, Dorota, Beata"
        ),
        _names("Łukasz, Michał, Paweł, Tomasz, Krzysztof, Piotr, Marek, Grzegorz, Jakub, Wojciech"),
        _names(
            "Wiśniewski, Kowalczyk, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, "
            "Woźniak, Dąbrowski, Kozłowski, Nowak, Mazur, Krawczyk, Jankowski"
        ),
    ),
    Background(
        "syrian",
        0.09,
        _names("Rama, Lina, Hiba, Nour, Rasha, Maya, Reem, Amal, Yasmin, Huda"),
        _names("Mohammad, Ahmad, Omar, Yousef, Khaled, Hassan, Mahmoud, Rami, Samer, Fadi"),
        _names(
            "Alali, Haddad, Alhamwi, Khatib, Alhassan, Darwish, Kanaan, Alsayed, Mansour, "
            "Alahmad, Shami, Halabi"
        ),
    ),
    Background(
        "eritrean",
        0.06,
        _names("Semhar, Helen, Senait, Selam, Rahel, Feven, Lidia, Saba, Winta, Eden"),
        _names("Yonas, Filmon, Tesfay, Merhawi, Yohannes, Abraham, Daniel, Mussie, Robel, Samuel"),
        _names(
            "Tesfamariam, Haile, Woldu, Berhane, Kidane, Tekeste, Andemariam, Weldemichael, "
            "Habte, Mebrahtu, Gebremedhin, Asmelash"
        ),
    ),
)
BACKGROUND_KEYS = [b.key for b in BACKGROUNDS]
BACKGROUND_CUMULATIVE = list(itertools.accumulate(b.weight for b in BACKGROUNDS))
BY_KEY = {b.key: b for b in BACKGROUNDS}

# Syrian names as many Syrian residents write them themselves: stored in Arabic script.
ARABIC = dict(
    zip(
        _names(
            "Mohammad, Ahmad, Omar, Yousef, Khaled, Hassan, Mahmoud, Rami, Samer, Fadi, "
            "Rama, Lina, Hiba, Nour, Rasha, Maya, Reem, Amal, Yasmin, Huda, "
            "Alali, Haddad, Alhamwi, Khatib, Alhassan, Darwish, Kanaan, Alsayed, Mansour, "
            "Alahmad, Shami, Halabi"
        ),
        _names(
            "محمد, أحمد, عمر, يوسف, خالد, حسن, محمود, رامي, سامر, فادي, "
            "رامة, لينا, هبة, نور, رشا, مايا, ريم, أمل, ياسمين, هدى, "
            "العلي, الحداد, الحموي, الخطيب, الحسن, درويش, كنعان, السيد, منصور, "
            "الأحمد, الشامي, الحلبي"
        ),
        strict=True,
    )
)
ARABIC_SHARE = 0.4

# background: ({first language: weight}, {further language: chance}); "rif" is Tarifit,
# "srn" Sranantongo, "hns" Sarnami Hindustani, "ti" Tigrinya.
LANGUAGES = {
    "dutch": ({"nl": 1}, {"en": 0.25}),
    "moroccan": ({"ar": 0.6, "rif": 0.4}, {"nl": 0.75, "fr": 0.1}),
    "turkish": ({"tr": 1}, {"nl": 0.7}),
    "surinamese": ({"nl": 1}, {"srn": 0.3, "hns": 0.15}),
    "polish": ({"pl": 1}, {"en": 0.4, "nl": 0.3}),
    "syrian": ({"ar": 1}, {"en": 0.3, "nl": 0.4, "ku": 0.08}),
    "eritrean": ({"ti": 1}, {"en": 0.3, "nl": 0.35, "ar": 0.1}),
}


def person(rng: random.Random, background: str | None = None) -> Person:
    key = background or rng.choices(BACKGROUND_KEYS, cum_weights=BACKGROUND_CUMULATIVE)[0]
    bg = BY_KEY[key]
    female = rng.random() < 0.55  # the contact person of a household is more often a woman
    given = rng.choice(bg.women if female else bg.men)
    if key == "dutch":
        prefix, family = _dutch_family(rng, female)
    else:
        prefix, family = "", rng.choice(bg.families)
        if key == "polish" and female:
            family = _polish_feminine(family)
    latin = f"{given}.{prefix}{family}"
    if key == "syrian" and rng.random() < ARABIC_SHARE:
        given, family = ARABIC[given], ARABIC[family]
    return Person(given, prefix, family, key, female, latin)


def _dutch_family(rng: random.Random, female: bool) -> tuple[str, str]:
    prefix, family = rng.choice(DUTCH_FAMILIES)
    if female and rng.random() < 0.12:
        # A double name: own prefix first, partner's name with its prefix after the hyphen.
        other_prefix, other = rng.choice(DUTCH_FAMILIES)
        if other != family:
            family = f"{family}-{other_prefix} {other}" if other_prefix else f"{family}-{other}"
    return prefix, family


def _polish_feminine(family: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if family.endswith(male):
            return family[: -len(male)] + female
    return family


def languages(rng: random.Random, background: str) -> list[str]:
    """ISO 639 codes: one first language, then others by chance; sorted for stable output."""
    first, extra = LANGUAGES[background]
    found = [rng.choices(list(first), list(first.values()))[0]]
    found += [code for code, chance in extra.items() if rng.random() < chance]
    return sorted(found)


def email(rng: random.Random, who: Person) -> str:
    """Only example.nl / example.com: reserved domains, so no demo mail can reach anyone."""
    local = ".".join(ascii_slug(part) for part in who.latin.split(".") if ascii_slug(part))
    suffix = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    domain = "example.nl" if rng.random() < 0.7 else "example.com"
    return f"{local}{suffix}@{domain}"


def display(who: Person) -> str:
    return " ".join(part for part in (who.given, who.prefix, who.family) if part)

"""Validation and normalisation of user input, following Dutch conventions.

Every form, import and CLI command goes through this module, so that a postcode typed in a dialog
and one read from a spreadsheet end up stored identically. Rules:

* Each validator takes raw input and returns the *normalised* value, or raises :class:`Invalid`
  whose message is a complete Dutch sentence that can be shown to the user as is.
* Normalisation is idempotent: validating an already normalised value returns it unchanged, so
  re-saving a record never changes it.
* Random garbage only ever raises :class:`Invalid`, never another exception.
* Formatting always uses the nl_NL locale, whatever the OS locale is.
* This module must not import Qt (it is used by headless imports and the CLI).

There is deliberately no BSN validator: the office may not store a BSN at all.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TypeVar

import phonenumbers
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_currency as _babel_format_currency
from stdnum import iban as _stdnum_iban
from stdnum.exceptions import InvalidChecksum, ValidationError

from db import clock

LOCALE = "nl_NL"
_T = TypeVar("_T")


class Invalid(ValueError):
    """Raised with a Dutch message for the user (str(exc) is the message)."""


def _q(text: object, limit: int = 40) -> str:
    """Quote user input for a message, shortened so garbage cannot flood a dialog."""
    s = str(text).strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _text(value: object, what: str) -> str:
    """Accept only str input (ints where the signature allows them are handled by callers)."""
    if not isinstance(value, str):
        raise Invalid(f"{what} moet als tekst worden ingevuld.")
    return value


# --- Address --------------------------------------------------------------------------------

_POSTCODE_RE = re.compile(r"([0-9]{4})\s*([A-Za-z]{2})")


def postcode(text: str) -> str:
    """Normalise a Dutch postcode to "1234 AB".

    PostNL never issues a postcode starting with 0, nor the letter pairs SA, SD and SS
    (historical associations), so those are rejected even though they look well-formed.
    """
    m = _POSTCODE_RE.fullmatch(_text(text, "Postcode").strip())
    if not m:
        raise Invalid("Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 3531 AB.")
    value = f"{m[1]} {m[2].upper()}"
    if value[0] == "0":
        raise Invalid(f"Postcode '{value}' bestaat niet: een postcode begint nooit met een 0.")
    if value[-2:] in ("SA", "SD", "SS"):
        raise Invalid(f"Postcode '{value}' bestaat niet: SA, SD en SS worden niet gebruikt.")
    return value


def house_number(text: str | int) -> int:
    """Validate a house number (BAG allows 1..99999)."""
    msg = f"Huisnummer '{_q(text)}' is niet geldig: vul een heel getal van 1 tot en met 99999 in."
    if isinstance(text, bool):
        raise Invalid(msg)
    if isinstance(text, int):
        number = text
    else:
        m = re.fullmatch(r"0*([0-9]{1,5})", _text(text, "Huisnummer").strip())
        if not m:
            raise Invalid(msg)
        number = int(m[1])
    if not 1 <= number <= 99999:
        raise Invalid(msg)
    return number


def house_letter(text: str) -> str:
    """Validate a house letter: empty or one letter A-Z, stored uppercase (as in the BAG)."""
    s = _text(text, "Huisletter").strip()
    if s and not re.fullmatch(r"[A-Za-z]", s):
        raise Invalid(
            f"Huisletter '{_q(s)}' is niet geldig: vul één letter in (A tot en met Z) "
            "of laat het veld leeg."
        )
    return s.upper()


def house_addition(text: str) -> str:
    """Validate a house number addition (toevoeging): empty or up to 4 letters/digits, uppercase."""
    s = _text(text, "Toevoeging").strip()
    if s and not re.fullmatch(r"[A-Za-z0-9]{1,4}", s):
        raise Invalid(
            f"Toevoeging '{_q(s)}' is niet geldig: gebruik hoogstens 4 letters of "
            "cijfers, bijvoorbeeld BIS, 2 of A1, of laat het veld leeg."
        )
    return s.upper()


_HOUSE_RE = re.compile(
    r"(?P<num>[0-9]+)(?:\s*(?:-\s*)?"
    r"(?:(?P<letter>[A-Za-z])(?:\s*[-\s/]\s*(?P<add1>[A-Za-z0-9]+))?"  # 12A, 12 a, 12A-3
    r"|(?P<add2>[A-Za-z0-9]+)))?"  # 12 bis, 12-2, 12 A1
)


def split_house_number(text: str) -> tuple[int, str, str]:
    """Split "12A-3" into (number, letter, addition) = (12, "A", "3").

    A single letter after the number is the house letter ("12-A" -> letter A); anything longer
    is an addition ("12 bis"). So an addition that is a single letter can only follow a house
    letter; :func:`format_house_number` writes the parts back in this same notation.
    """
    s = _text(text, "Huisnummer").strip()
    m = _HOUSE_RE.fullmatch(s)
    if not m:
        raise Invalid(
            f"Huisnummer '{_q(s)}' is niet geldig: schrijf het als nummer met eventueel "
            "een huisletter en toevoeging, bijvoorbeeld 12, 12A, 12 bis of 12A-3."
        )
    return (
        house_number(m["num"]),
        house_letter(m["letter"] or ""),
        house_addition(m["add1"] or m["add2"] or ""),
    )


def format_house_number(number: int, letter: str = "", addition: str = "") -> str:
    """Write house number parts the way :func:`split_house_number` reads them ("12A-3")."""
    return f"{number}{letter}" + (f"-{addition}" if addition else "")


# --- Contact --------------------------------------------------------------------------------


def phone(text: str) -> str:
    """Normalise a phone number to E.164 ("+31612345678"); national numbers are read as Dutch.

    Letters are refused even though phonenumbers would translate "0800-FLOWERS" or accept
    "ext. 12": neither can be stored in E.164 without losing something.
    """
    s = _text(text, "Telefoonnummer").strip()
    msg = (
        f"Telefoonnummer '{_q(s)}' is niet geldig: een Nederlands nummer heeft 10 cijfers, "
        "bijvoorbeeld 06 12345678 of 030 123 4567; een buitenlands nummer begint met + en "
        "de landcode."
    )
    if not s:
        raise Invalid("Vul een telefoonnummer in, bijvoorbeeld 06 12345678.")
    if not re.fullmatch(r"[0-9+()\-./\s]+", s):
        raise Invalid(msg)
    try:
        number = phonenumbers.parse(s, "NL")
    except phonenumbers.NumberParseException:
        raise Invalid(msg) from None
    if not phonenumbers.is_valid_number(number):
        raise Invalid(msg)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Parsing with phonenumbers costs about a quarter of a millisecond a number: 50 ms for a page
# of 200 residents, on every keystroke of a search. A Dutch number's layout depends only on its
# first digits (the area code) and its length, so the layout found for one number is reused for
# the next with the same start and length, checked digit for digit when it is first made.
_LAYOUTS: dict[tuple[str, int], str | None] = {}
_DUTCH_E164 = re.compile(r"\+31[1-9][0-9]{8}")


def format_phone(e164: str) -> str:
    """Display a stored number: Dutch ones nationally ("06 12345678", "030 123 4567"), foreign
    ones internationally ("+44 20 7946 0958"). Unparseable legacy data is shown unchanged so
    a display never crashes."""
    if not e164:
        return ""
    if _DUTCH_E164.fullmatch(e164):
        key = (e164[:7], len(e164))
        if key not in _LAYOUTS:
            _LAYOUTS[key] = _layout(e164, _format_phone(e164))
        layout = _LAYOUTS[key]
        if layout is not None:
            return layout.format(*("0" + e164[3:]))
    return _format_phone(e164)


def _layout(e164: str, shown: str) -> str | None:
    """ "06 12345678" → "{}{} {}{}{}{}{}{}{}{}": the digits of 0 + the national number in their
    places; None when the shown digits are not exactly those (then nothing is reused)."""
    if "{" in shown or "}" in shown or re.sub(r"\D", "", shown) != "0" + e164[3:]:
        return None
    return re.sub(r"\d", "{}", shown)


def _format_phone(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, "NL")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


_EMAIL_LOCAL_RE = re.compile(r"[^\s@\"(),:;<>\[\\\]\x00-\x1f\x7f]+")
_EMAIL_LABEL_RE = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_EMAIL_TLD_RE = re.compile(r"[^\W\d_]{2,}|xn--[a-z0-9-]+")  # letters, or punycode


def email(text: str) -> str:
    """Check an e-mail address sensibly (not RFC 5322 in full) and lowercase the domain.

    The local part keeps its case: strictly it is case-sensitive, and people recognise their own
    address as they typed it.
    """
    s = _text(text, "E-mailadres").strip()
    msg = (
        f"E-mailadres '{_q(s)}' is niet geldig: vul een adres in als naam@voorbeeld.nl, "
        "met één @, zonder spaties en met een punt in het domein."
    )
    if s.count("@") != 1 or len(s) > 254:
        raise Invalid(msg)
    local, domain = s.split("@")
    domain = domain.lower()
    labels = domain.split(".")
    if (
        not _EMAIL_LOCAL_RE.fullmatch(local)
        or len(local) > 64
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(labels) < 2
        or not all(_EMAIL_LABEL_RE.fullmatch(label) for label in labels)
        or not _EMAIL_TLD_RE.fullmatch(labels[-1])
    ):
        raise Invalid(msg)
    return f"{local}@{domain}"


# --- Bank and registration ------------------------------------------------------------------


def iban(text: str) -> str:
    """Normalise an IBAN to its compact form ("NL91ABNA0417164300").

    stdnum checks the mod-97 check digits and each country's length and structure; the Dutch
    rule is checked here too to give a clearer message for the most common case.
    """
    s = _text(text, "IBAN")
    compact = re.sub(r"[\s.\-]+", "", s).upper()
    example = "bijvoorbeeld NL91 ABNA 0417 1643 00"
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}", compact):
        raise Invalid(
            f"IBAN '{_q(s)}' is niet geldig: een IBAN begint met een landcode en "
            f"2 controlecijfers, {example}."
        )
    if compact.startswith("NL") and not re.fullmatch(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}", compact):
        raise Invalid(
            f"IBAN '{_q(s)}' is niet geldig: een Nederlands IBAN heeft 18 tekens "
            f"(NL, 2 controlecijfers, 4 letters bankcode en 10 cijfers), {example}."
        )
    try:
        return _stdnum_iban.validate(compact)
    except InvalidChecksum:
        raise Invalid(
            f"IBAN '{_q(s)}' klopt niet: de controlecijfers passen niet bij het "
            "rekeningnummer. Controleer of het goed is overgenomen."
        ) from None
    except ValidationError:
        raise Invalid(
            f"IBAN '{_q(s)}' is niet geldig: de landcode, de lengte of het "
            "rekeningnummer klopt niet voor dat land."
        ) from None


def format_iban(compact: str) -> str:
    """Print an IBAN in groups of four: "NL91 ABNA 0417 1643 00"."""
    return _stdnum_iban.format(compact)


def _clean_text(text: str) -> str:
    """NFC-normalise (so "Zoë" typed on any OS compares equal) and collapse whitespace."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def account_holder(text: str) -> str:
    """Name of the account holder (tenaamstelling), required with an IBAN; 2..70 characters."""
    s = _clean_text(_text(text, "Tenaamstelling"))
    if not s:
        raise Invalid("De naam van de rekeninghouder is verplicht.")
    if (
        not 2 <= len(s) <= 70
        or not any(c.isalpha() for c in s)
        or any(unicodedata.category(c) == "Cc" for c in s)
    ):
        raise Invalid(
            "De naam van de rekeninghouder moet 2 tot en met 70 tekens lang zijn "
            "en letters bevatten."
        )
    return s


def kvk(text: str) -> str:
    """KvK number: 8 digits; spaces and dots in the input are ignored. Format check only."""
    s = _text(text, "KvK-nummer")
    compact = re.sub(r"[\s.]+", "", s)
    if not re.fullmatch(r"[0-9]{8}", compact):
        raise Invalid(
            f"KvK-nummer '{_q(s)}' is niet geldig: een KvK-nummer bestaat uit "
            "8 cijfers, bijvoorbeeld 12345678."
        )
    return compact


# --- Money ----------------------------------------------------------------------------------

MAX_MONEY = Decimal("9999999999.99")
_CENT = Decimal("0.01")
_MONEY_RE = re.compile(
    r"(?P<s1>[-−+])?\s*(?:€|EUR)?\s*(?P<s2>[-−+])?\s*"
    r"(?:(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?:\ [0-9]{3})+|[0-9]+)"  # 1.234 / 1 234
    r"(?:,(?P<frac>[0-9]{1,2}|--?))?"  # ,50  ,5  ,-  (Dutch "12,-" = whole euros)
    r"|(?P<dint>[0-9]+)\.(?P<dfrac>[0-9]{1,2}))"  # 12.5 / 1234.56: dot as decimal point
    r"\s*(?:€|EUR)?",
    re.IGNORECASE,
)


def money(text: str | Decimal | int, *, allow_negative: bool = False) -> Decimal:
    """Parse an amount as Dutch people type it into a Decimal with 2 decimals.

    A comma is the decimal separator and dots group thousands ("1.234,50"). Without a comma,
    a single dot followed by 1 or 2 digits is a decimal point ("12.5"), but "1.234" is one
    thousand two hundred thirty-four. Floats are refused (TypeError): they cannot hold cents.
    Decimal input is rounded half-up to cents; typed text may have at most 2 decimals.
    """
    if isinstance(text, float | bool):
        raise TypeError("money() accepteert geen float; gebruik Decimal of tekst.")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
        if not value.is_finite():
            raise Invalid("Dit is geen bedrag: vul een getal in, bijvoorbeeld 1.234,50.")
        shown = _q(text)
    else:
        shown = _q(_text(text, "Bedrag"))
        s = re.sub(r"[\u00a0\u202f]", " ", text).strip()
        m = _MONEY_RE.fullmatch(s)
        if not m or (m["s1"] and m["s2"]):
            raise Invalid(
                f"Bedrag '{shown}' is niet geldig: vul een bedrag in als 1.234,50 "
                "met hoogstens 2 cijfers achter de komma."
            )
        if m["dint"] is not None:
            digits, frac = m["dint"], m["dfrac"]
        else:
            digits, frac = re.sub(r"[. ]", "", m["int"]), m["frac"] or ""
        value = Decimal(f"{digits}.{frac.strip('-') or '0'}")
        if (m["s1"] or m["s2"] or "+") in "-−":
            value = -value
    if abs(value) > MAX_MONEY:
        raise Invalid(f"Bedrag '{shown}' is te groot: het maximum is € 9.999.999.999,99.")
    with localcontext() as ctx:
        ctx.prec = 40
        value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    if abs(value) > MAX_MONEY:
        raise Invalid(f"Bedrag '{shown}' is te groot: het maximum is € 9.999.999.999,99.")
    if value == 0:
        value = Decimal("0.00")  # no "-0,00"
    if value < 0 and not allow_negative:
        raise Invalid(f"Bedrag '{shown}' is negatief: vul een bedrag van 0 of meer in.")
    return value


def format_money(value: Decimal | int) -> str:
    """Show an amount as "€ 1.234,50"; negative amounts as babel gives them: "€ -12,00".

    Babel puts a non-breaking space after the €; it is replaced by a normal space so tests and
    PDFs are predictable. :func:`money` reads every output back (with allow_negative=True).
    """
    if isinstance(value, float | bool):
        raise TypeError("format_money() accepteert geen float; gebruik Decimal.")
    value = Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP)
    if value == 0:
        value = Decimal("0.00")
    text = _babel_format_currency(value, "EUR", locale=LOCALE)
    return re.sub(r"[\u00a0\u202f]", " ", text)


# --- Dates and times ------------------------------------------------------------------------

_DMY_RE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")
_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def parse_date(text: str | datetime.date) -> datetime.date:
    """Read "27-04-2026", "27-4-2026", "27/04/2026", "27.04.2026" or ISO "2026-04-27".

    Day-first is the Dutch order; ISO is accepted for imports. A date object is passed through.
    """
    if isinstance(text, datetime.datetime):
        return text.date()
    if isinstance(text, datetime.date):
        return text
    s = _text(text, "Datum").strip()
    if m := _DMY_RE.fullmatch(s):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _ISO_RE.fullmatch(s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        raise Invalid(
            f"Datum '{_q(s)}' is niet geldig: schrijf de datum als dag-maand-jaar, "
            "bijvoorbeeld 27-04-2026."
        )
    shown = f"{day:02d}-{month:02d}-{year:04d}"
    if not 1 <= month <= 12:
        raise Invalid(f"De datum {shown} bestaat niet: een jaar heeft 12 maanden.")
    if year < 1:
        raise Invalid(f"De datum {shown} bestaat niet: het jaar 0 bestaat niet.")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        days = calendar.monthrange(year, month)[1]
        raise Invalid(
            f"De datum {shown} bestaat niet: {_MONTHS[month - 1]} {year} heeft {days} dagen."
        ) from None


def format_date(d: datetime.date) -> str:
    """Short Dutch date: "27-04-2026"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_date_long(d: datetime.date) -> str:
    """Long Dutch date: "27 april 2026"."""
    return _babel_format_date(d, "d MMMM y", locale=LOCALE)


def format_date_weekday(d: datetime.date) -> str:
    """Date with weekday: "maandag 27 april 2026"."""
    return _babel_format_date(d, "EEEE d MMMM y", locale=LOCALE)


_TIME_RE = re.compile(
    r"([0-9]{1,2})(?:[:.u]([0-9]{2}))?(?:\s*uur)?|([0-9]{2})([0-9]{2})", re.IGNORECASE
)


def parse_time(text: str | datetime.time) -> datetime.time:
    """Read "14:30", "14.30", "9:05", "14u30", "1430" or "14 uur"; a time object passes through."""
    if isinstance(text, datetime.time):
        return text
    s = _text(text, "Tijd").strip()
    m = _TIME_RE.fullmatch(s)
    if not m:
        raise Invalid(
            f"Tijd '{_q(s)}' is niet geldig: schrijf de tijd als uren:minuten, bijvoorbeeld 14:30."
        )
    hour, minute = (int(m[1]), int(m[2] or 0)) if m[1] else (int(m[3]), int(m[4]))
    if hour > 23 or minute > 59:
        raise Invalid(
            f"Tijd '{_q(s)}' bestaat niet: uren gaan van 0 tot en met 23 en minuten "
            "van 0 tot en met 59."
        )
    return datetime.time(hour, minute)


def format_time(t: datetime.time | datetime.datetime) -> str:
    """Dutch 24-hour time: "14:30"."""
    return f"{t.hour:02d}:{t.minute:02d}"


def year_of_birth(text: str | int, today: datetime.date | None = None) -> int:
    """Year of birth between 1900 and this year (only the year is kept, never a full date)."""
    this_year = (today or clock.today()).year
    msg = (
        f"Geboortejaar '{_q(text)}' is niet geldig: vul een jaar van 1900 tot en met "
        f"{this_year} in."
    )
    if isinstance(text, bool):
        raise Invalid(msg)
    if isinstance(text, int):
        year = text
    else:
        m = re.fullmatch(r"[0-9]{4}", _text(text, "Geboortejaar").strip())
        if not m:
            raise Invalid(msg)
        year = int(m[0])
    if not 1900 <= year <= this_year:
        raise Invalid(msg)
    return year


# --- Generic --------------------------------------------------------------------------------


def required_text(text: str, field: str, max_len: int = 200) -> str:
    """Trimmed, NFC-normalised, non-empty text of at most max_len characters.

    Internal newlines are kept (notes are multi-line); only the ends are trimmed.
    """
    s = unicodedata.normalize("NFC", _text(text, field)).strip() if text is not None else ""
    if not s:
        raise Invalid(f"{field} is verplicht.")
    if len(s) > max_len:
        raise Invalid(f"{field} is te lang: maximaal {max_len} tekens, nu {len(s)}.")
    return s


def check(fn: Callable[..., _T], *args: object, **kw: object) -> tuple[_T | None, str | None]:
    """Run a validator for a form: (value, None) when valid, (None, Dutch message) when not."""
    try:
        return fn(*args, **kw), None
    except Invalid as exc:
        return None, str(exc)

"""Tests for db.validation: explicit examples plus hypothesis properties.

The properties that matter most: normalisation is idempotent, formatted output parses back to
the same value, and no input text ever raises anything but Invalid.
"""

from __future__ import annotations

import datetime
import string
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

# Until pytest is configured with pythonpath = ["."], make the repository root importable.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db import validation as v  # noqa: E402
from db.validation import Invalid  # noqa: E402

FAST = settings(max_examples=200, deadline=None)


def message(fn, *args, **kw) -> str:
    with pytest.raises(Invalid) as info:
        fn(*args, **kw)
    text = str(info.value)
    assert text.endswith("."), text  # a full sentence
    return text


# --- postcode -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["3531AB", "3531 ab", " 3531 AB ", "3531  Ab", "3531\tab"])
def test_postcode_normalises(raw):
    assert v.postcode(raw) == "3531 AB"


def test_postcode_rejects_sa_sd_ss():
    assert message(v.postcode, "1234 SS") == (
        "Postcode '1234 SS' bestaat niet: SA, SD en SS worden niet gebruikt."
    )
    for letters in ("sa", "SD", "ss"):
        message(v.postcode, f"1234{letters}")


@pytest.mark.parametrize(
    "raw",
    ["", "123 AB", "12345 AB", "1234 A", "1234 ABC", "AB 1234", "1234-AB", "١٢٣٤ AB", "1234 ÄB"],
)
def test_postcode_rejects_malformed(raw):
    assert message(v.postcode, raw) == (
        "Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 3531 AB."
    )


def test_postcode_rejects_leading_zero():
    assert "begint nooit met een 0" in message(v.postcode, "0123 AB")


UPPER = st.sampled_from(string.ascii_uppercase)
VALID_LETTERS = st.tuples(UPPER, UPPER).map("".join).filter(lambda s: s not in ("SA", "SD", "SS"))
VALID_DIGITS = st.integers(1000, 9999).map(str)


@FAST
@given(VALID_DIGITS, VALID_LETTERS, st.sampled_from(["", " ", "  "]), st.booleans())
def test_postcode_roundtrip(digits, letters, sep, lower):
    raw = digits + sep + (letters.lower() if lower else letters)
    normal = v.postcode(raw)
    assert normal == f"{digits} {letters}"
    assert v.postcode(normal) == normal


@FAST
@given(st.integers(0, 9999), VALID_LETTERS, st.sampled_from(["SA", "SD", "SS", "sa", "sd", "ss"]))
def test_postcode_rejects_generated(number, good, bad):
    with pytest.raises(Invalid):
        v.postcode(f"{number:04d}{bad}")
    if number < 1000:  # leading zero
        with pytest.raises(Invalid):
            v.postcode(f"{number:04d} {good}")


# --- house number ---------------------------------------------------------------------------


def test_house_parts():
    assert v.house_number("12") == 12
    assert v.house_number(" 007 ") == 7
    assert v.house_number(99999) == 99999
    for bad in ("0", "100000", "-1", "12a", "", 0, True, "١٢"):
        assert "1 tot en met 99999" in message(v.house_number, bad)
    assert v.house_letter(" a ") == "A"
    assert v.house_letter("") == ""
    for bad in ("AB", "1", "é"):
        message(v.house_letter, bad)
    assert v.house_addition("bis") == "BIS"
    assert v.house_addition(" a1 ") == "A1"
    assert v.house_addition("") == ""
    for bad in ("ABCDE", "a-1", "ü"):
        message(v.house_addition, bad)


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("12", (12, "", "")),
        ("12A", (12, "A", "")),
        ("12 a", (12, "A", "")),
        ("12-A", (12, "A", "")),
        ("12 bis", (12, "", "BIS")),
        ("12-2", (12, "", "2")),
        ("12A-3", (12, "A", "3")),
        ("12a 3", (12, "A", "3")),
        (" 1 ", (1, "", "")),
        ("12 A1", (12, "", "A1")),
        ("99999-ABCD", (99999, "", "ABCD")),
    ],
)
def test_split_house_number(raw, parts):
    assert v.split_house_number(raw) == parts


@pytest.mark.parametrize(
    "raw", ["", "A12", "12 A B C", "0", "123456", "12-", "12 ABCDE", "12A-ABCDE", "12/3", "twaalf"]
)
def test_split_house_number_rejects(raw):
    message(v.split_house_number, raw)


ADDITION = st.text(alphabet=string.ascii_uppercase + string.digits, min_size=0, max_size=4)


@FAST
@given(st.integers(1, 99999), st.sampled_from(["", *string.ascii_uppercase]), ADDITION)
def test_split_house_number_roundtrip(number, letter, addition):
    # A one-letter addition without a house letter reads back as a house letter (documented).
    if not letter and len(addition) == 1 and addition.isalpha():
        addition += "1"
    text = v.format_house_number(number, letter, addition)
    assert v.split_house_number(text) == (number, letter, addition)
    assert v.split_house_number(text.lower()) == (number, letter, addition)


# --- phone ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("06 12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("06-12345678", "+31612345678"),
        ("+31 6 1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("030 123 4567", "+31301234567"),
        ("(030) 123 45 67", "+31301234567"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone(raw, e164):
    assert v.phone(raw) == e164
    assert v.phone(e164) == e164


@pytest.mark.parametrize(
    "raw", ["12345", "", "06 1234", "06 123456789", "0800-FLOWERS", "030 123 4567 ext 12", "hallo"]
)
def test_phone_rejects(raw):
    text = message(v.phone, raw)
    if raw == "12345":
        assert text.startswith("Telefoonnummer '12345' is niet geldig: ")


def test_format_phone():
    assert v.format_phone("+31612345678") == "06 12345678"
    assert v.format_phone("+31301234567") == "030 123 4567"
    assert v.format_phone("+442079460958") == "+44 20 7946 0958"
    assert v.format_phone("") == ""
    assert v.format_phone("onzin") == "onzin"  # legacy data is shown, not crashed on


# --- e-mail ---------------------------------------------------------------------------------


def test_email():
    assert v.email("  Jan.Jansen@Example.NL ") == "Jan.Jansen@example.nl"
    assert v.email("a+b@sub.voorbeeld.nl") == "a+b@sub.voorbeeld.nl"
    assert v.email("zoë@café.nl") == "zoë@café.nl"
    for bad in (
        "",
        "jan",
        "jan@",
        "@x.nl",
        "jan@@x.nl",
        "jan@x",
        "jan jansen@x.nl",
        "jan@x..nl",
        "jan@-x.nl",
        ".jan@x.nl",
        "jan@x.n1",
        "a@b@c.nl",
    ):
        assert "naam@voorbeeld.nl" in message(v.email, bad)


# --- IBAN -----------------------------------------------------------------------------------


def test_iban():
    assert v.iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"
    assert v.iban("NL91-ABNA-0417-1643-00") == "NL91ABNA0417164300"
    assert v.iban("BE71 0961 2345 6769") == "BE71096123456769"
    assert v.iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert "klopt niet voor dat land" in message(v.iban, "BE68 5390 0754 7034")  # Belgian check
    assert v.format_iban("NL91ABNA0417164300") == "NL91 ABNA 0417 1643 00"
    assert "klopt niet" in message(v.iban, "NL92ABNA0417164300")
    assert "18 tekens" in message(v.iban, "NL91ABNA041716430")
    assert "18 tekens" in message(v.iban, "NL91AB120417164300")
    for bad in ("", "1234", "XX00 1234", "NL"):
        message(v.iban, bad)


def nl_iban(bank: str, account: str) -> str:
    """Build a valid NL IBAN: check digits = 98 - (BBAN + 'NL00' as digits) mod 97."""
    rearranged = bank + account + "NL00"
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


@FAST
@given(
    st.text(alphabet=string.ascii_uppercase, min_size=4, max_size=4),
    st.text(alphabet=string.digits, min_size=10, max_size=10),
    st.booleans(),
)
def test_iban_generated(bank, account, spaced):
    compact = nl_iban(bank, account)
    formatted = v.format_iban(compact)
    assert formatted.split(" ") == [compact[i : i + 4] for i in range(0, 18, 4)]
    assert v.iban(formatted.lower() if spaced else compact) == compact
    assert v.iban(compact) == compact
    wrong = compact[:2] + f"{(int(compact[2:4]) + 1) % 100:02d}" + compact[4:]
    with pytest.raises(Invalid):
        v.iban(wrong)


def test_account_holder():
    assert v.account_holder("  Zoë de Vries-van 't Hof ") == "Zoë de Vries-van 't Hof"
    assert v.account_holder("محمد   العلي") == "محمد العلي"
    assert v.account_holder("Zoe\u0308") == "Zoë"  # NFC
    assert message(v.account_holder, "  ") == "De naam van de rekeninghouder is verplicht."
    for bad in ("J", "x" * 71, "1234", "Jan\x00"):
        message(v.account_holder, bad)


def test_kvk():
    assert v.kvk("12345678") == "12345678"
    assert v.kvk("1234 5678") == "12345678"
    assert v.kvk("12.34.56.78") == "12345678"
    for bad in ("1234567", "123456789", "1234567a", ""):
        assert "8 cijfers" in message(v.kvk, bad)


# --- money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1.234,50", "1234.50"),
        ("1234,5", "1234.50"),
        ("€ 12", "12.00"),
        ("12.5", "12.50"),
        ("1.234", "1234.00"),
        ("1.234.567,89", "1234567.89"),
        ("€12,-", "12.00"),
        ("12,--", "12.00"),
        ("0,05", "0.05"),
        ("1234.56", "1234.56"),
        ("12 EUR", "12.00"),
        ("€\u00a01.234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("9.999.999.999,99", "9999999999.99"),
        (Decimal("1.005"), "1.01"),
        (Decimal("7"), "7.00"),
        (7, "7.00"),
        ("-0", "0.00"),
    ],
)
def test_money(raw, value):
    result = v.money(raw)
    assert result == Decimal(value)
    assert result.as_tuple().exponent == -2
    assert not result.is_signed()


def test_money_negative():
    assert "negatief" in message(v.money, "-12")
    assert v.money("-12", allow_negative=True) == Decimal("-12.00")
    assert v.money("€ -12,00", allow_negative=True) == Decimal("-12.00")
    assert v.money("-€ 12,00", allow_negative=True) == Decimal("-12.00")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "abc",
        "1,234.50",
        "12,345",
        "1.2345",
        "1.23.456",
        "12 5",
        "--12",
        "- € -12",
        "€",
        "10.000.000.000",
        "1e5",
        "NaN",
        Decimal("NaN"),
        Decimal("Infinity"),
        Decimal("1E+20"),
    ],
)
def test_money_rejects(raw):
    message(v.money, raw)


def test_money_refuses_float():
    with pytest.raises(TypeError):
        v.money(1.5)
    with pytest.raises(TypeError):
        v.format_money(1.5)


def test_format_money():
    assert v.format_money(Decimal("1234.5")) == "€ 1.234,50"
    assert v.format_money(Decimal("0")) == "€ 0,00"
    assert v.format_money(Decimal("-0.00")) == "€ 0,00"
    assert v.format_money(Decimal("-12")) == "€ -12,00"  # babel's nl_NL pattern
    assert v.format_money(Decimal("9999999999.99")) == "€ 9.999.999.999,99"


MONEY = st.decimals(
    min_value=Decimal("-9999999999.99"),
    max_value=Decimal("9999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@FAST
@given(MONEY)
@example(Decimal("0.01"))
@example(Decimal("-1234.5"))
def test_money_roundtrip(amount):
    value = v.money(amount, allow_negative=True)
    shown = v.format_money(value)
    assert "\u00a0" not in shown
    assert v.money(shown, allow_negative=True) == value == amount
    assert v.money(value, allow_negative=True) == value


@FAST
@given(
    st.decimals(
        min_value=0, max_value=Decimal("9999999999.99"), allow_nan=False, allow_infinity=False
    )
)
def test_money_decimal_idempotent(amount):
    value = v.money(amount)
    assert v.money(value) == value
    assert str(v.money(value)) == str(value)


# --- dates and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["27-04-2026", "27-4-2026", "2026-04-27", "27/04/2026", " 27.04.2026 "]
)
def test_parse_date(raw):
    assert v.parse_date(raw) == datetime.date(2026, 4, 27)


def test_parse_date_rejects():
    text = message(v.parse_date, "31-02-2026")
    assert "31-02-2026 bestaat niet" in text and "28 dagen" in text
    assert "29 dagen" in message(v.parse_date, "30-02-2028")
    assert "12 maanden" in message(v.parse_date, "27-13-2026")
    for bad in ("", "27-04-26", "27-04/2026", "morgen", "2026-04", "00-00-0000", "32-12-9999"):
        message(v.parse_date, bad)


def test_format_dates():
    d = datetime.date(2026, 4, 27)
    assert v.format_date(d) == "27-04-2026"
    assert v.format_date_long(d) == "27 april 2026"
    assert v.format_date_weekday(d) == "maandag 27 april 2026"
    assert v.format_date_long(datetime.date(2026, 3, 1)) == "1 maart 2026"


@FAST
@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_date_roundtrip(d):
    assert v.parse_date(v.format_date(d)) == d
    assert v.parse_date(d.isoformat()) == d


@pytest.mark.parametrize(
    ("raw", "hm"),
    [
        ("14:30", (14, 30)),
        ("14.30", (14, 30)),
        ("9:05", (9, 5)),
        ("14u30", (14, 30)),
        ("1430", (14, 30)),
        ("14 uur", (14, 0)),
        ("0:00", (0, 0)),
        ("23:59", (23, 59)),
    ],
)
def test_parse_time(raw, hm):
    assert v.parse_time(raw) == datetime.time(*hm)


def test_parse_time_rejects():
    assert "bestaat niet" in message(v.parse_time, "24:00")
    for bad in ("", "14:3", "14:60", "half drie", "14:30:00"):
        message(v.parse_time, bad)
    assert v.format_time(datetime.time(9, 5)) == "09:05"


@FAST
@given(st.times())
def test_time_roundtrip(t):
    assert v.parse_time(v.format_time(t)) == t.replace(second=0, microsecond=0)


def test_year_of_birth():
    today = datetime.date(2026, 4, 27)
    assert v.year_of_birth("1950", today=today) == 1950
    assert v.year_of_birth(2026, today=today) == 2026
    for bad in ("1899", "2027", "50", "abcd", 2027, True):
        assert "1900 tot en met 2026" in message(v.year_of_birth, bad, today=today)


def test_required_text():
    assert v.required_text("  Buurtfeest ", "Naam") == "Buurtfeest"
    assert v.required_text("regel 1\nregel 2", "Notitie") == "regel 1\nregel 2"
    assert message(v.required_text, "   ", "Naam") == "Naam is verplicht."
    assert message(v.required_text, None, "Naam") == "Naam is verplicht."
    assert "maximaal 5 tekens" in message(v.required_text, "abcdef", "Code", max_len=5)


def test_check():
    assert v.check(v.postcode, "3531ab") == ("3531 AB", None)
    value, error = v.check(v.postcode, "1234 SS")
    assert value is None and error.startswith("Postcode '1234 SS' bestaat niet")
    assert v.check(v.money, "-5", allow_negative=True) == (Decimal("-5.00"), None)


def test_no_bsn():
    assert not [name for name in dir(v) if "bsn" in name.lower()]


def test_no_qt_import():
    import subprocess
    import sys

    code = (
        "import sys, db.validation; assert not any('PySide' in m or 'Qt' in m for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=_ROOT)


# --- robustness: random text only ever raises Invalid, and normalising is idempotent ---------

VALIDATORS = [
    v.postcode,
    v.house_number,
    v.house_letter,
    v.house_addition,
    v.split_house_number,
    v.phone,
    v.email,
    v.iban,
    v.account_holder,
    v.kvk,
    v.money,
    v.parse_date,
    v.parse_time,
    v.year_of_birth,
    lambda s: v.required_text(s, "Veld"),
]
IDEMPOTENT = [
    v.postcode,
    v.house_letter,
    v.house_addition,
    v.phone,
    v.email,
    v.iban,
    v.account_holder,
    v.kvk,
    lambda s: v.required_text(s, "Veld"),
]
JUNK = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 .,-+€/:ABSDabsdu@", max_size=25),
    st.from_regex(r"\s*[1-9][0-9]{3}\s?[a-zA-Z]{2}\s*", fullmatch=True),
)


@settings(max_examples=300, deadline=None)
@given(JUNK)
def test_random_text_only_raises_invalid(text):
    for fn in VALIDATORS:
        try:
            fn(text)
        except Invalid as exc:
            assert str(exc)
    for fn in IDEMPOTENT:
        try:
            normal = fn(text)
        except Invalid:
            continue
        assert fn(normal) == normal


@FAST
@given(st.text(alphabet="0123456789 -+()", min_size=8, max_size=16))
def test_phone_idempotent(text):
    try:
        normal = v.phone(text)
    except Invalid:
        return
    assert v.phone(normal) == normal
    assert v.phone(v.format_phone(normal)) == normal


@FAST
@given(st.emails())
def test_generated_emails_are_accepted_or_invalid(address):
    try:
        normal = v.email(address)
    except Invalid:
        return
    assert v.email(normal) == normal


def test_dutch_numbers_shown_from_a_reused_layout_match_phonenumbers_digit_for_digit():
    import random

    import phonenumbers

    from db.validation import format_phone

    rnd = random.Random(19)
    for start in ("6", "10", "20", "30", "33", "70", "85", "88", "97", "800", "900", "15", "58"):
        for _ in range(40):
            e164 = "+31" + start + "".join(rnd.choice("0123456789") for _ in range(9 - len(start)))
            parsed = phonenumbers.parse(e164, "NL")
            expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            assert format_phone(e164) == expected
    assert format_phone("+442079460958") == "+44 20 7946 0958"
    assert format_phone("onleesbaar") == "onleesbaar"

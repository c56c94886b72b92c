"""The pieces every flyer template shares: templates as data, the words (date in words, time,
organisers), the box a flyer is drawn in, and the body below the title — picture, when/where,
text, the second-language block and the footer with the QR code."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

import resources
from db import validation
from db.services import ServiceError
from db.services.events import FlyerInfo
from desktop.reports import theme
from desktop.reports.layout import (
    MIN_QR,
    draw_picture,
    draw_qr,
    fit,
    is_rtl,
    one_line,
    qr_outer,
)

LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe", "ar": "العربية"}
DEFAULT_TEMPLATE = "fris"


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    description: str
    layout: str  # "band" | "badge" | "bar"
    primary: colors.Color
    secondary: colors.Color
    extra: colors.Color
    tint: colors.Color
    ink: colors.Color


@lru_cache(maxsize=1)
def templates() -> dict[str, Template]:
    """The templates shipped in resources/templates/flyers.json (colours are data, not code)."""
    raw = json.loads(resources.path("templates", "flyers.json").read_text(encoding="utf-8"))
    hexes = colors.HexColor
    return {
        name: Template(
            name,
            t["label"],
            t.get("description", ""),
            t["layout"],
            hexes(t["primary"]),
            hexes(t["secondary"]),
            hexes(t.get("extra", t["secondary"])),
            hexes(t["tint"]),
            hexes(t.get("ink", "#1f2933")),
        )
        for name, t in raw.items()
    }


def template(name: str | None) -> Template:
    found = templates().get(name or DEFAULT_TEMPLATE)
    if found is None:
        raise ServiceError(f"Sjabloon '{name}' bestaat niet; kies uit: {', '.join(templates())}.")
    return found


# --- the words on the flyer ----------------------------------------------------------------


def when_lines(info: FlyerInfo) -> tuple[str, str]:
    """('zaterdag 27 april 2026', '10:00 – 12:00 uur'), also for activities over several days."""
    start, end = info.starts_at, info.ends_at
    time = f"{validation.format_time(start)} – {validation.format_time(end)} uur"
    if start.date() == end.date():
        return validation.format_date_weekday(start.date()), time
    return (
        f"{validation.format_date_weekday(start.date())} t/m "
        f"{validation.format_date_weekday(end.date())}",
        time,
    )


def foreign_when(info: FlyerInfo) -> str:
    day = babel_date(info.starts_at.date(), "EEEE d MMMM y", locale=info.language)
    start, end = validation.format_time(info.starts_at), validation.format_time(info.ends_at)
    if info.language == "ar":  # words instead of a dash: no doubt about the order right-to-left
        return f"{day}، من {start} إلى {end}"
    return f"{day}, {start} – {end}"


def short_url(url: str) -> str:
    """The address as people type it: without https:// and www."""
    for prefix in ("https://", "http://", "www."):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


def footer_text(info: FlyerInfo) -> str:
    parts = []
    if info.organisers:
        parts.append(f"Georganiseerd door {info.organisers}.")
    if info.capacity:
        parts.append(f"Vol is vol: er zijn {info.capacity} plaatsen, meld je op tijd aan.")
    else:
        parts.append("Iedereen is welkom, de toegang is gratis.")
    if info.register_line:  # people are told to sign up: say how
        parts.append(info.register_line)
    return " ".join(parts)


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    # What did not fit, in Dutch: the preview and the command line show it (never cut silently).
    problems: list[str] = field(default_factory=list)

    @property
    def paper(self) -> str:
        """The paper size this box stands for (a flyer on a letterbox sheet is a bit smaller)."""
        return "A6" if self.s < 0.55 else "A5" if self.s < 0.78 else "A4"

    @property
    def min_text(self) -> float:
        """The smallest readable body text: 9 pt on A6, larger on bigger paper."""
        return {"A6": 9.0, "A5": 10.0, "A4": 11.0}[self.paper]

    def too_long(self, what: str) -> None:
        advice = {"A6": "kies A5", "A5": "kies A4", "A4": "kort hem in"}[self.paper]
        message = f"{what} past niet op {self.paper}; kort hem in of {advice}."
        if self.paper == "A4":
            message = f"{what} past niet op A4; kort hem in."
        if message not in self.problems:
            self.problems.append(message)

    @property
    def s(self) -> float:
        """Scale against A4: every size on the flyer is given for A4 and scaled down."""
        return self.w / A4[0]

    @property
    def top(self) -> float:
        return self.y + self.h


# --- the shared body: picture, when/where, text, second language, footer -------------------


def body(
    canv,
    info: FlyerInfo,
    box: Box,
    tpl: Template,
    picture,
    top: float,
    margin: float,
    radius: float,
    card: bool = False,
    scale: float | None = None,
) -> None:
    s = scale or box.s
    left, width = box.x + margin, box.w - 2 * margin
    bottom = _footer(canv, info, box, tpl, margin, s)
    gap = 7 * mm * s
    foreign = has_foreign(info)
    # Measure first, then give the picture what the words leave over (within sensible bounds).
    info_h = top - _when_where(canv, info, left, top, width, tpl, s, card, measure=True)
    avail = top - bottom - gap
    foreign_h = (
        _foreign(canv, info, left, top, width, avail * 0.4, tpl, s, max(11 * s, 6.0), measure=True)
        if foreign
        else 0
    )
    text_min = 0.0
    if info.description:
        probe = fit(info.description, width, avail * 0.3, 13 * s, box.min_text)
        text_min = probe.height if probe else 0
    if picture is not None:
        spare = avail - info_h - foreign_h - text_min - 2 * gap
        pic_h = max(box.h * 0.1, min(spare, box.h * (0.2 if foreign else 0.27)))
        draw_picture(canv, picture, left, top - pic_h, width, pic_h, radius)
        top -= pic_h + gap
    # Dutch comes first: the description gets at least half of what is left, the second
    # language the rest, never in larger letters than the Dutch. Measured before drawing, so a
    # short text can stand in the middle of the free space instead of leaving the bottom empty.
    after_info = _when_where(canv, info, left, top, width, tpl, s, card, measure=True)
    room = after_info - bottom - 4 * mm * s
    text_size = max(11 * s, 6.0)  # the size the block was measured at: it fits in its room
    text = None
    if info.description:
        text_room = room - foreign_h - 6 * mm * s if foreign_h else room
        # The largest size that fits, so a short text fills the page instead of leaving it empty.
        text = fit(
            info.description, width, text_room, 34 * s, box.min_text, color=tpl.ink, leading=1.35
        )
        if text is None or text.cut:
            box.too_long("De tekst")
    used = (text.height + 6 * mm * s if text else 0) + (foreign_h + 2 * mm * s if foreign_h else 0)
    slack = room - used
    if slack > 0 and picture is None:
        top -= slack * 0.4
    top = _when_where(canv, info, left, top, width, tpl, s, card)
    if text:
        top = text.draw(canv, left, top) - 6 * mm * s
        text_size = min(text_size, text.size)
    if foreign and not foreign_h:
        box.too_long(f"Het blok in het {Locale('nl').languages.get(info.language, info.language)}")
    if foreign_h:
        _foreign(canv, info, left, top, width, top - bottom - 2 * mm * s, tpl, s, text_size)


def has_foreign(info: FlyerInfo) -> bool:
    return bool(info.language and (info.foreign_title or info.foreign_text))


def title_room(info: FlyerInfo, box: Box) -> float:
    """A title gets less height when a picture and a second language need the page too."""
    extras = bool(info.picture_path) + has_foreign(info)
    return box.h * (0.24, 0.19, 0.15)[extras]


def _when_where(
    canv, info, left, top, width, tpl: Template, s: float, card: bool, measure: bool = False
) -> float:
    day, time = when_lines(info)
    rows = [("WANNEER", day), ("HOE LAAT", time), ("WAAR", info.place or "wordt nog bekendgemaakt")]
    label_w = 38 * mm * s
    pad = 5 * mm * s if card else 0
    fitted = [_info_value(value, width - label_w - 2 * pad, s, tpl) for _label, value in rows]
    size = min((f.size for f in fitted if f), default=24 * s)
    if any(f and f.size > size for f in fitted):  # one size for the three lines looks calmer
        fitted = [
            _info_value(value, width - label_w - 2 * pad, s, tpl, size) for _label, value in rows
        ]
    gap = 3.2 * mm * s
    height = sum(f.height for f in fitted if f) + gap * (len(rows) - 1) + 2 * pad
    if measure:
        return top - height - 7 * mm * s
    if card:
        canv.setFillColor(colors.white)
        canv.roundRect(left, top - height, width, height, 4 * mm * s, stroke=0, fill=1)
    y = top - pad
    for (label, _value), value in zip(rows, fitted, strict=True):
        if value is None:
            continue
        one_line(
            canv,
            label,
            left + pad,
            y - 16 * s,
            10.5 * s,
            True,
            tpl.primary if tpl.layout != "bar" else tpl.secondary,
            max_width=label_w - 3 * mm * s,
            tracking=1 * s,
        )
        y = value.draw(canv, left + pad + label_w, y) - gap
    return top - height - 7 * mm * s


def _info_value(value: str, width: float, s: float, tpl: Template, largest: float | None = None):
    """One line when it still reads well a little smaller (an address split before its house
    number looks wrong); otherwise up to two lines."""
    largest = largest or 24 * s
    line = fit(value, width, largest * 1.2, largest, 18 * s, bold=True, color=tpl.ink, leading=1.15)
    if line is not None and "…" not in line.paragraph.text:
        return line
    return fit(value, width, 56 * s, largest, 11 * s, bold=True, color=tpl.ink, leading=1.15)


def _foreign(
    canv,
    info,
    left,
    top,
    width,
    room,
    tpl: Template,
    s: float,
    text_size: float,
    measure: bool = False,
) -> float:
    """The block in a second language, in a tinted box; Arabic is set right-to-left.
    Returns its height (0 when it cannot fit); with measure=True nothing is drawn."""
    pad = 5 * mm * s
    rtl = info.language == "ar" or is_rtl(info.foreign_title + info.foreign_text)
    align = "right" if rtl else "left"
    inner = width - 2 * pad
    head_h = 16 * s
    title = (
        fit(
            info.foreign_title,
            inner,
            min(room * 0.4, 60 * s),
            text_size * 1.4,
            max(9 * s, 6),
            bold=True,
            color=tpl.ink,
            align=align,
        )
        if info.foreign_title
        else None
    )
    when = fit(
        foreign_when(info),
        inner,
        30 * s,
        max(12 * s, 6),
        max(7 * s, 5.5),
        color=tpl.ink,
        align=align,
    )
    used = head_h + (title.height if title else 0) + (when.height if when else 0) + 2 * pad + 3 * s
    text = (
        fit(
            info.foreign_text,
            inner,
            room - used - 3 * s,
            text_size,
            max(7 * s, 5.5),
            color=tpl.ink,
            align=align,
            leading=1.35,
        )
        if info.foreign_text
        else None
    )
    height = used + (text.height + 3 * s if text else 0)
    if height > room or measure:
        return 0 if height > room else height
    canv.setFillColor(tpl.tint if tpl.layout != "badge" else colors.white)
    canv.roundRect(left, top - height, width, height, 3 * mm * s, stroke=0, fill=1)
    name = LANGUAGE_NAMES.get(info.language, "")
    one_line(
        canv,
        name,
        left + width - pad if rtl else left + pad,
        top - pad - 10 * s,
        10 * s,
        True,
        tpl.primary,
        align,
        inner,
    )
    y = top - pad - head_h
    for part in (title, when, text):
        if part is not None:
            y = part.draw(canv, left + pad, y) - 3 * s
    return height


def _footer(canv, info: FlyerInfo, box: Box, tpl: Template, margin: float, s: float) -> float:
    """Organisers' line and the QR code along the bottom; returns the y above the footer."""
    if info.capacity and not info.register_line:
        message = (
            "De flyer vraagt om aan te melden, maar zegt niet hoe: vul bij Beheer → "
            "Kantoorgegevens een telefoonnummer of e-mailadres in."
        )
        if message not in box.problems:
            box.problems.append(message)
    base = box.y + margin * 0.8
    qr = 0.0
    short_address = ""
    if info.qr_url:
        qr = qr_outer(info.qr_url, max(30 * mm * s, MIN_QR))
        if qr > (box.w - 2 * margin) * 0.45:  # no room for a code that scans: print the address
            qr, short_address = 0.0, short_url(info.qr_url)
    text_w = box.w - 2 * margin - (qr + 8 * mm * s if qr else 0)
    if qr:
        draw_qr(canv, info.qr_url, box.x + box.w - margin - qr, base + 11 * s, qr)
        one_line(
            canv,
            "Scan voor meer informatie",
            box.x + box.w - margin - qr / 2,
            base,
            max(7.5 * s, 6),
            color=theme.MUTED,
            align="center",
            max_width=qr + 6 * mm * s,
        )
    words = footer_text(info) + (f" Meer informatie: {short_address}" if short_address else "")
    line = fit(
        words,
        text_w,
        40 * s,
        max(10.5 * s, 8),
        7,  # the organisers and how to sign up must stay readable on A6 too
        color=theme.MUTED,
        leading=1.35,
    )
    height = max(qr + 11 * s, line.height if line else 0)
    if line:
        line.draw(
            canv,
            box.x + margin,
            base + (qr + 11 * s + line.height) / 2 if qr else base + line.height,
        )
    rule_y = base + height + 5 * mm * s
    canv.setStrokeColor(tpl.primary if tpl.layout != "bar" else theme.RULE)
    canv.setLineWidth(0.8 * s)
    canv.line(box.x + margin, rule_y, box.x + box.w - margin, rule_y)
    return rule_y

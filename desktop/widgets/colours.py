"""Every colour the windows use, in one place, for a light and a dark window (Windows and macOS
dark mode). A colour never carries meaning alone: each use has a word, mark or icon beside it.

Text tones reach 4.5:1 against the window, the list background and the alternate row; the
calendar's status colours and the today frame reach 3:1 against the background (WCAG 1.4.3 and
1.4.11). Notices keep their own background, so their text is chosen against that, per palette.
A test reads these tables in a light and two dark palettes and fails below those figures.

Colours are picked when a widget is filled; a palette switch while the program runs shows up the
next time a list or calendar refreshes.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(Enum):
    # text on the window or a list
    ERROR = "error"  # invalid field, overdue deadline, failing rule, import row in error
    OK = "ok"  # a rule that is met
    ADVICE = "advice"  # due soon, advice that is not a rule
    MUTED = "muted"  # days of the months around the calendar's month
    # lines and marks (3:1 against the background)
    TODAY = "today"
    IDEA = "idea"
    PLANNED = "planned"
    ANNOUNCED = "announced"
    HELD = "held"
    CANCELLED = "cancelled"
    # notices with their own background: text / background / border
    NOTICE_TEXT = "notice_text"
    NOTICE_BACKGROUND = "notice_background"
    NOTICE_BORDER = "notice_border"
    ALERT_TEXT = "alert_text"
    ALERT_BACKGROUND = "alert_background"
    ALERT_BORDER = "alert_border"
    INFO_TEXT = "info_text"  # a calm notice: changed at another desk
    INFO_BACKGROUND = "info_background"
    INFO_BORDER = "info_border"
    # Vandaag rows: a light cell with dark text in any theme, so the pair is fixed
    URGENT_TEXT = "urgent_text"
    LATE_BACKGROUND = "late_background"
    SOON_BACKGROUND = "soon_background"
    # the grey desk the PDF preview lays its white pages on, and the pages' edge
    DESK = "desk"
    PAGE_EDGE = "page_edge"


TEXT_TONES = (Tone.ERROR, Tone.OK, Tone.ADVICE, Tone.MUTED)
MARK_TONES = (Tone.TODAY, Tone.IDEA, Tone.PLANNED, Tone.ANNOUNCED, Tone.HELD, Tone.CANCELLED)
PAIRS = (  # (text, background) with 4.5:1 between them
    (Tone.NOTICE_TEXT, Tone.NOTICE_BACKGROUND),
    (Tone.ALERT_TEXT, Tone.ALERT_BACKGROUND),
    (Tone.INFO_TEXT, Tone.INFO_BACKGROUND),
    (Tone.URGENT_TEXT, Tone.LATE_BACKGROUND),
    (Tone.URGENT_TEXT, Tone.SOON_BACKGROUND),
)
EDGES = (  # (line, what it stands out from) with 3:1 between them
    (Tone.NOTICE_BORDER, Tone.NOTICE_BACKGROUND),
    (Tone.ALERT_BORDER, Tone.ALERT_BACKGROUND),
    (Tone.INFO_BORDER, Tone.INFO_BACKGROUND),
    (Tone.PAGE_EDGE, Tone.DESK),
)

LIGHT: dict[Tone, str] = {
    Tone.ERROR: "#b3261e",
    Tone.OK: "#0b6e4f",
    Tone.ADVICE: "#7a5100",
    Tone.MUTED: "#56606e",
    Tone.TODAY: "#0b6e4f",
    Tone.IDEA: "#7048c8",
    Tone.PLANNED: "#1f6fb2",
    Tone.ANNOUNCED: "#0b6e4f",
    Tone.HELD: "#52606d",
    Tone.CANCELLED: "#b3261e",
    Tone.NOTICE_TEXT: "#5c4400",
    Tone.NOTICE_BACKGROUND: "#fdf3d8",
    Tone.NOTICE_BORDER: "#a07c00",
    Tone.ALERT_TEXT: "#8c1d18",
    Tone.ALERT_BACKGROUND: "#fdecea",
    Tone.ALERT_BORDER: "#c0453c",
    Tone.INFO_TEXT: "#1f3a5f",
    Tone.INFO_BACKGROUND: "#e8f0fb",
    Tone.INFO_BORDER: "#5b7fb0",
    Tone.URGENT_TEXT: "#1a1a1a",
    Tone.LATE_BACKGROUND: "#fde2e1",
    Tone.SOON_BACKGROUND: "#fff4cc",
    Tone.DESK: "#7b8794",
    Tone.PAGE_EDGE: "#1f2933",
}

DARK: dict[Tone, str] = {
    Tone.ERROR: "#ff8a80",
    Tone.OK: "#5fd0a0",
    Tone.ADVICE: "#f0b849",
    Tone.MUTED: "#a3acb9",
    Tone.TODAY: "#5fd0a0",
    Tone.IDEA: "#b9a3ff",
    Tone.PLANNED: "#7cb8f0",
    Tone.ANNOUNCED: "#5fd0a0",
    Tone.HELD: "#a9b4c0",
    Tone.CANCELLED: "#ff8a80",
    Tone.NOTICE_TEXT: "#ffe08a",
    Tone.NOTICE_BACKGROUND: "#3a2f0b",
    Tone.NOTICE_BORDER: "#a07c00",
    Tone.ALERT_TEXT: "#ffd2cc",
    Tone.ALERT_BACKGROUND: "#4a1512",
    Tone.ALERT_BORDER: "#d0564c",
    Tone.INFO_TEXT: "#d6e4f7",
    Tone.INFO_BACKGROUND: "#1c2c42",
    Tone.INFO_BORDER: "#5b7fb0",
    Tone.URGENT_TEXT: "#1a1a1a",
    Tone.LATE_BACKGROUND: "#fde2e1",
    Tone.SOON_BACKGROUND: "#fff4cc",
    Tone.DESK: "#3e4c59",
    Tone.PAGE_EDGE: "#9aa5b1",
}


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark window (dark mode): its background is darker than its text."""
    pal = _palette(palette)
    window = pal.color(QPalette.ColorRole.Window)
    return window.lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def hex_of(tone: Tone, palette: QPalette | None = None) -> str:
    """The tone as '#rrggbb' for a style sheet, chosen for the palette (the program's if None)."""
    return (DARK if is_dark(palette) else LIGHT)[tone]


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    return QColor(hex_of(tone, palette))


def style(tone: Tone, palette: QPalette | None = None) -> str:
    """A style sheet that sets just the text colour."""
    return f"color: {hex_of(tone, palette)};"


def notice_style(alert: bool = False, palette: QPalette | None = None) -> str:
    """Text, background and border of a notice strip (alert=True for one about a problem)."""
    text, back, border = (
        (Tone.ALERT_TEXT, Tone.ALERT_BACKGROUND, Tone.ALERT_BORDER)
        if alert
        else (Tone.NOTICE_TEXT, Tone.NOTICE_BACKGROUND, Tone.NOTICE_BORDER)
    )
    return (
        f"color: {hex_of(text, palette)}; background: {hex_of(back, palette)}; "
        f"border: 1px solid {hex_of(border, palette)};"
    )


def luminance(c: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

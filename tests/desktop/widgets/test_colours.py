"""Colours: every colour a window uses comes from desktop/widgets/colours.py, and each reaches its
contrast in a light palette and in the dark palettes of Windows and macOS."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.widgets import colours
from desktop.widgets.colours import DARK, EDGES, LIGHT, MARK_TONES, PAIRS, TEXT_TONES, Tone

DESKTOP = Path(__file__).resolve().parents[3] / "desktop"
# PDFs are printed on white paper with their own theme (desktop/reports/theme.py), not Qt.
SKIPPED = {DESKTOP / "widgets" / "colours.py"}
SKIPPED_DIRS = {DESKTOP / "reports"}

HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
NAMED = re.compile(
    r"(?:color|background|border[-a-z]*)\s*:[^;\"']*\b"
    r"(white|black|red|green|blue|gr[ae]y|yellow|orange|purple|pink|brown)\b",
    re.IGNORECASE,
)
IN_CODE = re.compile(
    r"QColor\(\s*[\"'\d]|Qt\.GlobalColor|\bQt\.(white|black|red|green|blue|gray|darkGray|"
    r"lightGray|yellow|darkRed|darkGreen|darkBlue|cyan|magenta)\b"
)

# (Window, Base, AlternateBase, Text): approximations of the systems' own palettes, taking
# the lightest and darkest variants (macOS light windows are greyer than Windows').
PALETTES = {
    "light (Windows)": ("#f3f3f3", "#ffffff", "#f7f7f7", "#000000"),
    "light (macOS)": ("#ececec", "#ffffff", "#f4f5f5", "#000000"),
    "dark (Windows)": ("#202020", "#2b2b2b", "#353535", "#ffffff"),
    "dark (macOS)": ("#323232", "#1e1e1e", "#2c2c2c", "#ffffffd9"),
}


def palette(name: str) -> QPalette:
    window, base, alternate, text = PALETTES[name]
    pal = QPalette(QColor(window), QColor(window))
    pal.setColor(QPalette.ColorRole.Base, QColor(base))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(alternate))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        pal.setColor(role, QColor(text))
    return pal


def backgrounds(pal: QPalette) -> list[QColor]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [pal.color(role) for role in roles]


def literal_colours(source: str) -> list[str]:
    """Colours written into the code itself: hex or named colours in strings, QColor(...)
    from a literal, Qt's global colours."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            found += HEX.findall(token.string)
            found += [m.group(0) for m in NAMED.finditer(token.string)]
    found += [m.group(0) for m in IN_CODE.finditer(source)]
    return found


def test_the_scan_finds_colours_written_in_code():
    sample = (
        'a = "color: #b3261e;"\n'
        "b = QColor('#fff')\n"
        'c = "color: white; padding: 6px"\n'
        "d = QColor(255, 0, 0)\n"
        "e = Qt.GlobalColor.red\n"
        "# a comment about #add is no colour\n"
        'f = colours.style(Tone.ERROR) + " font-weight: bold;"\n'
    )
    assert literal_colours(sample) == [
        "#b3261e",
        "#fff",
        "color: white",
        "QColor('",
        "QColor(2",
        "Qt.GlobalColor",
    ]


def test_every_colour_in_the_windows_comes_from_the_colour_module():
    offenders = []
    files = sorted(DESKTOP.rglob("*.py"))
    assert len(files) > 50  # the scan really reads the tree
    for path in files:
        if path in SKIPPED or any(d in path.parents for d in SKIPPED_DIRS):
            continue
        offenders += [
            f"{path.relative_to(DESKTOP.parent)}: {c}" for c in literal_colours(path.read_text())
        ]
    assert offenders == []


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_contrast_in_light_and_dark_palettes(app, name):
    pal = palette(name)
    assert colours.is_dark(pal) == name.startswith("dark")
    failures = []
    for tone in TEXT_TONES + MARK_TONES:
        needed = 4.5 if tone in TEXT_TONES else 3.0
        for back in backgrounds(pal):
            ratio = colours.contrast(colours.colour(tone, pal), back)
            if ratio < needed:
                failures.append(f"{tone.name} on {back.name()}: {ratio:.2f} < {needed}")
    for pairs, needed in ((PAIRS, 4.5), (EDGES, 3.0)):
        for front, back in pairs:
            ratio = colours.contrast(colours.colour(front, pal), colours.colour(back, pal))
            if ratio < needed:
                failures.append(f"{front.name} on {back.name}: {ratio:.2f} < {needed}")
    assert failures == []


def test_both_tables_name_every_tone_and_the_ratio_is_wcags():
    assert set(LIGHT) == set(DARK) == set(Tone)
    assert colours.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colours.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_an_error_label_on_a_dark_window_uses_the_dark_red(app, monkeypatch):
    from desktop.widgets.forms import ErrorLabel

    monkeypatch.setattr(colours.QGuiApplication, "palette", lambda: palette("dark (Windows)"))
    assert DARK[Tone.ERROR] in ErrorLabel().styleSheet()
    monkeypatch.setattr(colours.QGuiApplication, "palette", lambda: palette("light (macOS)"))
    assert LIGHT[Tone.ERROR] in ErrorLabel().styleSheet()

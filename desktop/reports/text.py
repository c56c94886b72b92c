"""The one way text reaches a PDF: `set_text` turns a logical line into the words as they stand
on paper, and every document draws through `Text` (a flowable) or `draw_text` (one line).

Arabic needs two things reportlab does not do together here: shaping (letters joined; done with
HarfBuzz, giving the font's contextual glyphs) and the Unicode bidi algorithm (python-bidi), which
puts the words of a right-to-left line in reading order from the right, with "11:30" or
"Vulcanusdreef 12" inside it left-to-right. Lines are broken in logical order first, then each
line is reordered, so the first word of a long Arabic text starts at the top right. Each
right-to-left word carries its logical spelling as /ActualText, so copying and searching the PDF
give the letters in reading order. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
ELLIPSIS = "…"


def is_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


# Unicode isolates: a field (a name) set inside a line keeps its own direction, and the digits
# after it ("محمد العلي · 06 12345678") are not pulled into the Arabic run.
_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


def isolate(field: str) -> str:
    """A field to be joined into a longer line: its direction stays its own."""
    return f"\u2068{field}\u2069" if is_rtl(field) else field


def _plain(text: str) -> str:
    return text.translate(_MARKS)


@dataclass(frozen=True)
class Run:
    """One word as it is drawn: `glyphs` left to right on paper, `logical` what it says."""

    glyphs: str
    logical: str
    rtl: bool


@lru_cache(maxsize=4096)
def _shape(word: str, font_name: str) -> str:
    """The word's glyphs in drawing order (joined Arabic forms), as characters of the font."""
    font = pdfmetrics.getFont(font_name)
    face = font.face
    buf = uharfbuzz.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(1000), buf, {"kern": True, "liga": True})
    out = []
    for info in buf.glyph_infos:
        chars = face.glyphToChar.get(info.codepoint)
        # A glyph without a code point of its own (rare marks) prints as the letter it came from.
        out.append(chr(chars[0]) if chars else word[min(info.cluster, len(word) - 1)])
    return "".join(out)


def rtl_paragraph(text: str) -> bool:
    """The Unicode rule for a paragraph's direction: its first strong letter decides."""
    return is_rtl(text) and get_base_level(text) == 1


def set_text(line: str, font_name: str, rtl: bool = False) -> list[Run]:
    """THE text path: one logical line → its words in visual order, Arabic shaped.

    `rtl` is the paragraph's direction. Dutch documents are left-to-right, with an Arabic name
    inside them as a right-to-left run ("محمد العلي · 06 12345678" keeps its phone number as
    written); text in Arabic (the flyer's second language) is right-to-left with "11:30" and
    "Vulcanusdreef 12" as left-to-right runs inside it."""
    if not is_rtl(line):
        return [Run(w, w, False) for w in _plain(line).split()]
    runs = []
    for token in _plain(get_display(line, base_dir="R" if rtl else "L")).split():
        if is_rtl(token):
            runs.append(_rtl_token(token, font_name))
        else:
            runs.append(Run(token, token, False))
    return runs


_SEGMENTS = re.compile("([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+)")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def _rtl_token(token: str, font_name: str) -> Run:
    """A visual token with Arabic in it: each Arabic stretch back in logical order and shaped
    (get_display reversed its letters; HarfBuzz wants them logical), digits and Latin as they
    stand, so "2026،" does not turn into "6202،"."""
    parts = [p for p in _SEGMENTS.split(token) if p]
    glyphs = "".join(_shape(p[::-1], font_name) if is_rtl(p) else p for p in parts)
    logical_parts = [p[::-1] if is_rtl(p) else p for p in parts]
    if not _LATIN.search(token):  # an Arabic word: its pieces read from the right
        logical_parts.reverse()
    return Run(glyphs, "".join(logical_parts), True)


def word_width(word: str, font_name: str, size: float) -> float:
    word = _plain(word)
    glyphs = _shape(word, font_name) if is_rtl(word) else word
    return pdfmetrics.stringWidth(glyphs, font_name, size)


def wrap_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Break in logical order (so reading order survives the break); a word wider than the
    line is cut into pieces rather than run off the page."""
    space = pdfmetrics.stringWidth(" ", font_name, size)
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            for piece in _pieces(word, font_name, size, width):
                w = word_width(piece, font_name, size)
                if current and used + space + w > width:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                used += (space if current else 0) + w
                current.append(piece)
        lines.append(" ".join(current))
    return lines


def _pieces(word: str, font_name: str, size: float, width: float) -> list[str]:
    if width <= 0 or word_width(word, font_name, size) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and word_width(current + char, font_name, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def shorten(text: str, font_name: str, size: float, width: float) -> str:
    """One line: the text, or as much of it as fits followed by '…'."""
    text = " ".join((text or "").split())
    if line_width(text, font_name, size) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + " " + ELLIPSIS
        if line_width(candidate, font_name, size) <= width:
            return candidate
    word = words[0] if words else ""
    while word and line_width(word + ELLIPSIS, font_name, size) > width:
        word = word[:-1]
    return word + ELLIPSIS


def line_width(line: str, font_name: str, size: float) -> float:
    if not is_rtl(line):
        return pdfmetrics.stringWidth(_plain(line), font_name, size)
    words = line.split()
    space = pdfmetrics.stringWidth(" ", font_name, size)
    return sum(word_width(w, font_name, size) for w in words) + space * max(len(words) - 1, 0)


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(
    canv,
    line: str,
    x: float,
    y: float,
    font_name: str,
    size: float,
    align: str = "left",
    charSpace: float = 0,
    rtl: bool = False,
) -> float:
    """Draw one logical line at baseline y; x is the left, right or centre edge. Returns width."""
    # Without right-to-left text the line is drawn as given (the postal "3533 AB  UTRECHT"
    # keeps its two spaces).
    runs = (
        _merged(set_text(line, font_name, rtl))
        if is_rtl(line)
        else [Run(_plain(line), line, False)]
    )
    space = pdfmetrics.stringWidth(" ", font_name, size) + charSpace
    widths = [
        pdfmetrics.stringWidth(r.glyphs, font_name, size) + charSpace * max(len(r.glyphs) - 1, 0)
        for r in runs
    ]
    total = sum(widths) + space * max(len(runs) - 1, 0)
    start = {"left": x, "right": x - total, "center": x - total / 2}[align]
    canv.setFont(font_name, size)
    for run, w in zip(runs, widths, strict=True):
        if run.rtl:
            canv._code.append(f"/Span <</ActualText {_actual_text(run.logical)}>> BDC")
        canv.drawString(start, y, run.glyphs, charSpace=charSpace)
        if run.rtl:
            canv._code.append("EMC")
        start += w + space
    return total


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring left-to-right words drawn as one string, so the PDF's text reads naturally."""
    out: list[Run] = []
    for run in runs:
        if out and not run.rtl and not out[-1].rtl:
            joined = f"{out[-1].glyphs} {run.glyphs}"
            out[-1] = Run(joined, joined, False)
        else:
            out.append(run)
    return out


def draw_text(
    canv,
    text: str,
    x: float,
    y: float,
    font_name: str,
    size: float,
    align: str = "left",
    max_width: float | None = None,
) -> float:
    """One line that never runs past max_width: shortened with '…' when it is too long."""
    text = text.replace("\n", " ")
    if max_width is not None and line_width(text, font_name, size) > max_width:
        text = shorten(text, font_name, size, max_width)
    return draw_line(canv, text, x, y, font_name, size, align)


class Text(Flowable):
    """A paragraph of plain text (never markup) set through `set_text`, line by line."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None):
        super().__init__()
        self.text = text or ""
        self.style = style
        self._given = lines
        self.lines: list[str] = lines or []
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        # The flyer's styles mark right-to-left paragraphs; everything else is Dutch, left to right.
        self.rtl = getattr(style, "wordWrap", None) == "RTL"

    @property
    def size(self) -> float:
        return self.style.fontSize

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        if self._given is None:
            self.lines = wrap_lines(self.text, self.style.fontName, self.size, availWidth)
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits < 1 or fits >= len(self.lines):
            return []
        first = Text(self.text, self.style, self.lines[:fits])
        first.style = _no_space_after(self.style)
        rest = Text(self.text, _no_space_before(self.style), self.lines[fits:])
        return [first, rest]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        canv, st = self.canv, self.style
        canv.setFillColor(st.textColor)
        align = {TA_RIGHT: "right", TA_CENTER: "center"}.get(st.alignment, "left")
        x = {"left": 0, "right": self.width, "center": self.width / 2}[align]
        for i, line in enumerate(self.lines):
            # The baseline sits where reportlab's Paragraph puts it: one font size below the top.
            y = self.height - i * st.leading - st.fontSize - (st.leading - st.fontSize * 1.2) / 2
            line_align = align
            if st.alignment == TA_JUSTIFY:
                line_align = "left"
            draw_line(canv, line, x, y, st.fontName, st.fontSize, line_align, rtl=self.rtl)


def _no_space_after(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name, parent=style, spaceAfter=0)


def _no_space_before(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name, parent=style, spaceBefore=0)

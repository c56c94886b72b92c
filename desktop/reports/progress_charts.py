"""The programme's charts, drawn once with reportlab: into the progress report as vector graphics,
and onto the screen as SVG (Qt's SVG widget), so what the office sees is what it prints.

Each chart is built from db.services.progress.Monthly only; the charts carry no value labels, so
no small count is ever printed on them (the report's tables apply the "< 5" rule).
"""

from __future__ import annotations

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

from db.services.progress import Monthly
from desktop.reports import theme

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
KINDS = ("nb_share", "activities", "participants", "hours", "support")
TARGET = colors.HexColor("#c2410c")  # the target line stands out from the programme's green


def month_labels(figures: Monthly) -> list[str]:
    """ "jan", ... with the year under each January and under the first month."""
    labels = []
    for i, month in enumerate(figures.months):
        label = MONTHS[month.month - 1]
        labels.append(f"{label}\n{month.year}" if i == 0 or month.month == 1 else label)
    return labels


def series(kind: str, figures: Monthly) -> list[list[float]]:
    """The numbers a chart plots, exactly as the service gave them (tests compare the two)."""
    if kind == "nb_share":
        target = figures.target
        line = [list(figures.nb_share)]
        return line + ([[target] * len(figures.months)] if target is not None else [])
    if kind == "activities":
        return [list(figures.activities)]
    if kind == "participants":
        return [list(figures.participants)]
    if kind == "hours":
        return [[float(h) for h in figures.hours]]
    if kind == "support":
        return [[figures.asked_support], [figures.have_volunteer]]
    raise ValueError(kind)


def _axis_style(axis, size: float = 7) -> None:
    axis.labels.fontName = theme.FONT
    axis.labels.fontSize = size
    axis.labels.fillColor = theme.MUTED
    axis.strokeColor = theme.RULE


def _value_axis(chart, values: list[float], at_least: float = 4) -> None:
    top = max([*values, at_least])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = theme.ZEBRA
    _axis_style(chart.valueAxis)


def _canvas(width: float, height: float) -> Drawing:
    """A white sheet: the screen's SVG widget would otherwise show through."""
    drawing = Drawing(width, height)
    drawing.initialFontName = theme.FONT  # else reportlab starts every drawing in Helvetica
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    return drawing


def _legend(drawing: Drawing, x: float, y: float, pairs) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = theme.FONT, 7
    legend.fillColor = theme.INK
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.deltax = 120
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _line_chart(figures: Monthly, width: float, height: float) -> Drawing:
    drawing = _canvas(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 44, height - 52
    chart.data = series("nb_share", figures)
    chart.categoryAxis.categoryNames = month_labels(figures)
    _axis_style(chart.categoryAxis)
    _value_axis(chart, [v for line in chart.data for v in line], 10)
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.lines[0].strokeColor = theme.ACCENT
    chart.lines[0].strokeWidth = 2
    if len(chart.data) > 1:
        chart.lines[1].strokeColor = TARGET
        chart.lines[1].strokeDashArray = (4, 3)
        chart.lines[1].strokeWidth = 1.2
    drawing.add(chart)
    pairs = [(theme.ACCENT, "aandeel Nieuwe Buren")]
    if len(chart.data) > 1:
        pairs.append((TARGET, "doel"))
    _legend(drawing, 34, height - 8, pairs)
    return drawing


def _bar_chart(kind: str, figures: Monthly, width: float, height: float) -> Drawing:
    drawing = _canvas(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 44, height - 40
    chart.data = series(kind, figures)
    chart.categoryAxis.categoryNames = month_labels(figures)
    _axis_style(chart.categoryAxis)
    _value_axis(chart, chart.data[0])
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = theme.ACCENT if kind != "hours" else colors.HexColor("#3b82a0")
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    drawing.add(chart)
    return drawing


def _support_chart(figures: Monthly, width: float, height: float) -> Drawing:
    drawing = _canvas(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 24, width - 44, height - 44
    chart.data = series("support", figures)
    chart.categoryAxis.categoryNames = [""]
    chart.categoryAxis.visible = False
    _value_axis(chart, [chart.data[0][0], chart.data[1][0]])
    chart.valueAxis.labelTextFormat = "%d"
    asked, helped = colors.HexColor("#9aa5b1"), theme.ACCENT
    chart.bars[0].fillColor = asked
    chart.bars[1].fillColor = helped
    chart.bars.strokeColor = None
    chart.groupSpacing = 8
    chart.barSpacing = 4
    drawing.add(chart)
    _legend(
        drawing,
        34,
        height - 8,
        [(asked, "vroegen om steun"), (helped, "hebben nu een vrijwilliger")],
    )
    return drawing


def drawing(kind: str, figures: Monthly, width: float = 420, height: float = 180) -> Drawing:
    """One chart as a reportlab Drawing, in points (the PDF places it, the screen scales it)."""
    theme.register_fonts()
    if kind == "nb_share":
        return _line_chart(figures, width, height)
    if kind == "support":
        return _support_chart(figures, width, min(height, 120))
    return _bar_chart(kind, figures, width, height)


def svg(kind: str, figures: Monthly, width: float = 420, height: float = 180) -> bytes:
    """The same chart as SVG for the screen; the font is named so Qt finds it on any desk."""
    text = renderSVG.drawToString(drawing(kind, figures, width, height))
    text = text.replace(theme.FONT_BOLD, "DejaVu Sans").replace(theme.FONT, "DejaVu Sans")
    return text.encode("utf-8")

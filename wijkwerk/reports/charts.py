"""Server-side SVG bar charts built from protected tables: no JavaScript, nothing loaded from elsewhere.

A chart never shows more than its table: a suppressed value is drawn as an empty slot marked
'*'. Each chart comes with the (x, y) pairs so the page can show a data table next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal
from markupsafe import Markup, escape

from wijkwerk.i18n.locales import LANGUAGES, current_language
from wijkwerk.reports.model import CENTS, MINUTES, Chart, ReportTable
from wijkwerk.reports.render.cells import HIDDEN, html_text

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 260, 84, 48, 16


@dataclass(frozen=True)
class ChartView:
    key: str
    title: str
    svg: Markup
    x_label: str
    y_label: str
    points: list[tuple[str, str]]  # (x label, formatted y) for the data-table alternative


def _nice_top(value: int) -> int:
    """The smallest 1, 2 or 5 × a power of ten at or above `value`: round axis labels."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(value)) - 1)
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= value)


def _shown(value: int, kind: str) -> float:
    """The value in the unit a reader sees (hours, euros), so the axis has round numbers in it."""
    return value / 60 if kind == MINUTES else value / 100 if kind == CENTS else value


def _axis_text(value: int) -> str:
    return format_decimal(value, locale=LANGUAGES[current_language.get()].babel_locale)


def _short(label: str) -> str:
    """'2025-03' becomes 'mrt 25': twelve month labels fit under twelve bars."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", label):
        year, month = (int(part) for part in label.split("-"))
        return format_date(date(year, month, 1), "MMM yy", locale=LANGUAGES[current_language.get()].babel_locale)
    return label


def _points(chart: Chart, table: ReportTable) -> list[tuple[str, int | None]]:
    rows = table.frame.select(chart.x, chart.y).rows()
    return rows[:-1] if table.rule.total_row else rows


def _bars(points: list[tuple[str, int | None]], scale_top: int, kind: str) -> list[str]:
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(points), 1)
    parts = []
    for index, (label, value) in enumerate(points):
        x = LEFT + index * slot + slot * 0.15
        if value is None:
            parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{TOP + plot_h - 4}" text-anchor="middle" '
                         f'class="chart-hidden">{HIDDEN}</text>')
        else:
            # A net negative month draws no bar; the table next to the chart shows the figure.
            height = plot_h * max(_shown(value, kind), 0) / scale_top
            parts.append(f'<rect x="{x:.1f}" y="{TOP + plot_h - height:.1f}" width="{slot * 0.7:.1f}" '
                         f'height="{height:.1f}" class="chart-bar"><title>{escape(label)}: '
                         f'{escape(html_text(value, kind))}</title></rect>')
        parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
                     f'class="chart-label">{escape(_short(str(label)))}</text>')
    return parts


def _axis(scale_top: int, kind: str) -> list[str]:
    plot_h = HEIGHT - TOP - BOTTOM
    parts = [f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - 8}" y2="{TOP + plot_h}" class="chart-axis"/>']
    for fraction in (0, 0.5, 1):
        y = TOP + plot_h - plot_h * fraction
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="chart-label">'
                     f'{escape(_axis_text(int(scale_top * fraction)))}</text>')
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - 8}" y2="{y:.1f}" class="chart-grid"/>')
    return parts


def render_chart(chart: Chart, table: ReportTable) -> ChartView:
    columns = {column.key: column for column in table.columns}
    kind = columns[chart.y].kind
    points = _points(chart, table)
    top = _nice_top(int(max([_shown(value, kind) for _, value in points if value is not None] or [0]) + 0.999))
    body = "".join(_axis(top, kind) + _bars(points, top, kind))
    svg = Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart.key}-title" class="chart"><title id="{chart.key}-title">{escape(chart.title)}'
        f'</title>{body}</svg>')
    return ChartView(chart.key, chart.title, svg, columns[chart.x].label, columns[chart.y].label,
                     [(str(label), html_text(value, kind)) for label, value in points])

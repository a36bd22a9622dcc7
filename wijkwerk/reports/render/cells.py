"""One place that turns a stored cell (count, minutes, cents, percent) into text or a number per format."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

from wijkwerk.i18n import formatting
from wijkwerk.i18n.locales import LANGUAGES, current_language
from wijkwerk.reports.model import BY_ROW, CENTS, MINUTES, PERCENT, TEXT, Column, ReportTable

HIDDEN = "*"  # a suppressed cell in HTML, CSV and XLSX; null in JSON


def kinds(table: ReportTable) -> list[list[str]]:
    """The kind of every cell, row by row (key-figure tables carry it in their `unit` column)."""
    units = table.frame["unit"].to_list() if "unit" in table.frame.columns else [None] * table.frame.height
    return [[unit if column.kind == BY_ROW else column.kind for column in table.columns] for unit in units]


def visible_columns(table: ReportTable) -> list[Column]:
    """Columns a reader sees: the `unit` helper column is folded into how values are written."""
    return [column for column in table.columns if column.key != "unit"]


def html_text(value, kind: str) -> str:
    if value is None:
        return HIDDEN
    if kind == TEXT:
        return str(value)
    if kind == MINUTES:
        return formatting.hours(value)
    if kind == CENTS:
        return formatting.money(value)
    text = format_decimal(value, locale=LANGUAGES[current_language.get()].babel_locale)
    return f"{text}%" if kind == PERCENT else text


def plain_text(value, kind: str) -> str:
    """Locale-free text for CSV: hours and euros with a decimal point, exact from integers."""
    if value is None:
        return HIDDEN
    if kind == MINUTES:
        return str((Decimal(value) / 60).quantize(Decimal("0.01"), ROUND_HALF_UP))
    if kind == CENTS:
        return str((Decimal(value) / 100).quantize(Decimal("0.01")))
    return str(value)


def unit_label(kind: str) -> str:
    return {MINUTES: "hours", CENTS: "EUR", PERCENT: "percent"}.get(kind, "")

"""CSV and XLSX downloads of invoices and payout lists, from one table shape.

Money stays integer cents until the last step: CSV gets exact decimal text, XLSX gets numbers
with a euro format, and the totals row is the exact integer sum, not a float SUM() of floats.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import xlsxwriter

from wijkwerk.i18n.formatting import hours
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.payouts import PayoutLine, totals
from wijkwerk.money.revenue import Invoice


@dataclass
class ExportTable:
    title: str
    headers: list[str]
    rows: list[list]  # money as int cents in the columns listed in money_columns
    money_columns: set[int]
    total: list | None = None


def cents_text(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def to_csv(table: ExportTable) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.headers)
    for row in table.rows + ([table.total] if table.total else []):
        writer.writerow([cents_text(v) if i in table.money_columns and isinstance(v, int) else v
                         for i, v in enumerate(row)])
    # A byte-order mark so Excel opens the UTF-8 names (ı, ş, é) correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(table: ExportTable) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(table.title[:31])
    bold = book.add_format({"bold": True})
    euro = book.add_format({"num_format": "€ #,##0.00"})
    euro_bold = book.add_format({"num_format": "€ #,##0.00", "bold": True})
    sheet.write_row(0, 0, table.headers, bold)
    lines = table.rows + ([table.total] if table.total else [])
    for r, row in enumerate(lines, start=1):
        is_total = table.total is not None and r == len(lines)
        for c, value in enumerate(row):
            if c in table.money_columns and isinstance(value, int):
                sheet.write_number(r, c, value / 100, euro_bold if is_total else euro)
            else:
                sheet.write(r, c, value, bold if is_total else None)
    sheet.set_column(0, len(table.headers) - 1, 18)
    book.close()
    return buffer.getvalue()


def invoice_table(invoice: Invoice) -> ExportTable:
    kinds = {"per_shift": _("per dienst"), "hourly": _("per uur")}
    rows = [[line.job_title, kinds.get(line.price_kind, line.price_kind), line.price_cents, line.shifts,
             hours(line.minutes), line.amount_cents] for line in invoice.lines]
    return ExportTable(
        title=_("Factuur"),
        headers=[_("Opdracht"), _("Prijs"), _("Tarief"), _("Diensten"), _("Uren"), _("Bedrag")],
        rows=rows, money_columns={2, 5}, total=[_("Totaal"), "", "", "", "", invoice.total_cents])


def payout_table(lines: list[PayoutLine], explain) -> ExportTable:
    """`explain(line)` gives the Dutch reason text for a blocked line (empty when payable)."""
    rows = [[line.name, hours(line.minutes), line.amount_cents,
             _("Geblokkeerd") if line.blocked else _("Uit te betalen"), explain(line)] for line in lines]
    total = totals(lines)
    return ExportTable(
        title=_("Vergoedingen"),
        headers=[_("Deelnemer"), _("Uren"), _("Bedrag"), _("Status"), _("Toelichting")],
        rows=rows, money_columns={2}, total=[_("Uit te betalen"), "", total["payable_cents"], "", ""])

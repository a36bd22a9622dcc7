"""XLSX rendering with xlsxwriter: a sheet per section, tables stacked with their titles, numbers as numbers.

Hours and euros are written as numbers with a display format, so a funder can calculate with
them; a suppressed cell is the text '*'. The first sheet explains the period and the markers.
"""

from __future__ import annotations

import io
import re

import xlsxwriter

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.model import CENTS, MINUTES, PERCENT, TEXT, Report, ReportTable
from wijkwerk.reports.render.cells import HIDDEN, kinds, visible_columns


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", title)[:28] or "Blad"
    while name in used:
        name = name[:26] + str(len(used))
    used.add(name)
    return name


class _Writer:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.book = book
        self.title = book.add_format({"bold": True, "font_size": 13})
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True})
        self.formats = {MINUTES: book.add_format({"num_format": "#,##0.0"}),
                        CENTS: book.add_format({"num_format": "€ #,##0.00"}),
                        PERCENT: book.add_format({"num_format": "0\"%\""}),
                        "count": book.add_format({"num_format": "#,##0"}),
                        HIDDEN: book.add_format({"align": "right"})}

    def cell(self, sheet, row: int, col: int, value, kind: str) -> None:
        if value is None:
            sheet.write_string(row, col, HIDDEN, self.formats[HIDDEN])
        elif kind == TEXT:
            sheet.write_string(row, col, str(value))
        elif kind == MINUTES:
            sheet.write_number(row, col, value / 60, self.formats[MINUTES])
        elif kind == CENTS:
            sheet.write_number(row, col, value / 100, self.formats[CENTS])
        else:
            sheet.write_number(row, col, value, self.formats.get(kind, self.formats["count"]))

    def table(self, sheet, top: int, table: ReportTable) -> int:
        sheet.write_string(top, 0, table.title, self.title)
        columns = visible_columns(table)
        for col, column in enumerate(columns):
            sheet.write_string(top + 1, col, column.label, self.header)
        positions = [c.key for c in table.columns]
        row_kinds = kinds(table)
        for index, row in enumerate(table.frame.iter_rows(named=True)):
            for col, column in enumerate(columns):
                self.cell(sheet, top + 2 + index, col, row[column.key], row_kinds[index][positions.index(column.key)])
        end = top + 2 + table.frame.height
        if table.note:
            sheet.write_string(end, 0, table.note)
            end += 1
        return end + 1


def xlsx_bytes(report: Report, period_text: str) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    writer, used = _Writer(book), set()
    about = book.add_worksheet(_sheet_name(_("Kerncijfers"), used))
    about.set_column(0, 0, 48)
    about.set_column(1, 3, 18)
    about.write_string(0, 0, _("Impactrapportage") + " · " + period_text, writer.title)
    about.write_string(1, 0, _("* = verborgen: te weinig personen (minder dan 5, of minder dan 10 bij uitkeringssoort)."))
    writer.table(about, 3, report.key_figures)
    for section in report.sections:
        sheet = book.add_worksheet(_sheet_name(section.title, used))
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 6, 16)
        top = 0
        for table in section.tables:
            top = writer.table(sheet, top, table)
        for line in section.definitions:
            sheet.write_string(top, 0, line)
            top += 1
    book.close()
    return buffer.getvalue()

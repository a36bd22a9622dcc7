"""CSV and JSON renderings of a report: long-format CSV (one figure per line) and nested JSON.

JSON keeps stored units (minutes, cents) and marks each column's unit; a null value means
the cell is suppressed. CSV writes hours and euros, and '*' for a suppressed cell.
"""

from __future__ import annotations

import csv
import io
import json

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.model import BY_ROW, TEXT, Report, ReportTable
from wijkwerk.reports.render.cells import kinds, plain_text, unit_label, visible_columns


def _label_columns(table: ReportTable) -> list[str]:
    return [column.key for column in visible_columns(table) if column.kind == TEXT]


def _text(value: str) -> str:
    """Names typed by staff (job types, projects) must not run as formulas when Excel opens the file."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def csv_bytes(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Sectie"), _("Tabel"), _("Rij"), _("Kolom"), _("Eenheid"), _("Waarde")])
    for section, table in report.tables():
        labels = _label_columns(table)
        row_kinds = kinds(table)
        for index, row in enumerate(table.frame.iter_rows(named=True)):
            name = " / ".join(str(row[key]) for key in labels)
            for position, column in enumerate(table.columns):
                kind = row_kinds[index][position]
                if column.kind == TEXT:
                    continue
                writer.writerow([section.title if section else _("Kerncijfers"), table.title, _text(name),
                                 column.label, unit_label(kind), plain_text(row[column.key], kind)])
    # A byte-order mark lets Excel open the Dutch characters correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _table_json(table: ReportTable) -> dict:
    columns = [{"key": c.key, "label": c.label, "unit": c.kind} for c in visible_columns(table)]
    rows = []
    for row in table.frame.iter_rows(named=True):
        item = {c.key: row[c.key] for c in visible_columns(table)}
        if any(c.kind == BY_ROW for c in table.columns):
            item["unit"] = row["unit"]
        rows.append(item)
    return {"key": table.key, "title": table.title, "note": table.note, "columns": columns, "rows": rows}


def json_document(report: Report) -> dict:
    period = report.filter
    return {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat(), "kind": period.kind.value},
        "comparison": ({"start": period.compared().start.isoformat(), "end": period.compared().end.isoformat()}
                       if period.compared() else None),
        "neighbourhood": report.neighbourhood,
        "units": {"minutes": "minutes", "cents": "euro cents", "count": "people or items", "percent": "percent"},
        "suppressed": _("null: verborgen, want het gaat om te weinig personen"),
        "key_figures": _table_json(report.key_figures),
        "sections": [{"key": s.key, "title": s.title, "definitions": list(s.definitions),
                      "tables": [_table_json(t) for t in s.tables]} for s in report.sections],
    }


def json_bytes(report: Report) -> bytes:
    return json.dumps(json_document(report), ensure_ascii=False, indent=1).encode("utf-8")

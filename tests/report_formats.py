"""One table of a report read back from every format (HTML, CSV, XLSX, JSON): label → values, None = hidden."""

from __future__ import annotations

import json

from tests.report_readers import csv_cells, html_tables, xlsx_rows

FORMATS = ("html", "csv", "xlsx", "json")


def _hidden(value):
    return None if value in ("*", None) else value


async def table_in_every_format(client, query: str, title: str, base: str = "/rapportage") -> dict[str, dict]:
    """{format: {row label: [values]}} for the table called `title` ('Kerncijfers' for key figures)."""
    html = await client.get(f"{base}/?{query}" if base == "/rapportage" else base)
    assert html.status_code == 200, html.text[:500]
    found = {"html": {row[0]: [_hidden(v) for v in row[1:]] for row in html_tables(html.text)[title]}}
    download = (lambda fmt: f"{base}/download/{fmt}?{query}") if base == "/rapportage" else (
        lambda fmt: f"{base}/download/{fmt}")
    cells = csv_cells((await client.get(download("csv"))).content)
    found["csv"] = {}
    for (table, row, _), value in cells.items():
        if table == title:
            found["csv"].setdefault(row, []).append(_hidden(value))
    rows = xlsx_rows((await client.get(download("xlsx"))).content)
    start = next(index for index, row in enumerate(rows) if row == [title])
    width = len(rows[start + 1])
    found["xlsx"] = {}
    for row in rows[start + 2:]:
        if len(row) != width:  # the table ends at its note or the next title
            break
        found["xlsx"][row[0]] = [_hidden(v) for v in row[1:]]
    document = json.loads((await client.get(download("json"))).content)
    tables = {t["title"]: t for s in document["sections"] for t in s["tables"]}
    tables[document["key_figures"]["title"]] = document["key_figures"]
    table = tables[title]
    keys = [c["key"] for c in table["columns"]]
    found["json"] = {row[keys[0]]: [row[k] for k in keys[1:]] for row in table["rows"]}
    return found


def hidden_in_every_format(found: dict[str, dict], label: str, position: int = 0) -> bool:
    return all(found[fmt][label][position] is None for fmt in FORMATS)


def shown_in_every_format(found: dict[str, dict], label: str, position: int = 0) -> bool:
    return all(found[fmt][label][position] is not None for fmt in FORMATS)

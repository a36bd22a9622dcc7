"""Read the report's outputs back into plain cells for the tests: HTML tables, long CSV, XLSX, JSON."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.caption = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_caption = False
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "caption":
            self.in_caption, self.caption = True, ""
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr" and not self.in_head:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "caption":
            self.in_caption = False
            self.tables[self.caption.strip()] = []
        elif tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.caption:
                self.tables[self.caption.strip()].append(self.row)
            self.row = None
        elif tag == "table":
            self.caption = None

    def handle_data(self, data):
        if self.in_caption:
            self.caption += data
        elif self.cell is not None:
            self.cell.append(data.replace("\xa0", " ").replace("\u202f", " "))


def html_tables(html: str) -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return parser.tables


def csv_cells(body: bytes) -> dict[tuple[str, str, str], str]:
    """(table, row, column) → value from the long-format CSV."""
    reader = csv.reader(io.StringIO(body.decode("utf-8-sig")))
    next(reader)
    return {(table, row, column): value for _, table, row, column, _, value in reader}


def xlsx_rows(body: bytes) -> list[list]:
    """Every row of every sheet, as lists of strings and numbers (enough to find a table's rows)."""
    archive = zipfile.ZipFile(io.BytesIO(body))
    shared = [("".join(t.text or "" for t in item.iter(f"{{{NS['m']}}}t")))
              for item in ElementTree.fromstring(archive.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rows = []
    for name in sorted(n for n in archive.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml", n)):
        for row in ElementTree.fromstring(archive.read(name)).iter(f"{{{NS['m']}}}row"):
            values: list = []
            for cell in row.findall("m:c", NS):
                column = _column_index(cell.get("r"))
                values += [""] * (column - len(values))  # blank cells are left out of the XML
                value = cell.find("m:v", NS)
                text = value.text if value is not None else None
                values.append("" if text is None else shared[int(text)] if cell.get("t") == "s" else float(text))
            rows.append(values)
    return rows


def _column_index(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def xlsx_text(body: bytes) -> str:
    archive = zipfile.ZipFile(io.BytesIO(body))
    return " ".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))

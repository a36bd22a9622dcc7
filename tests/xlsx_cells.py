"""Read an XLSX file's first sheet back for tests, with the standard library only (no openpyxl here).

Returns rows of values (numbers as float, text as str) and the number format of each cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _column(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference).group(0)
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def read_sheet(content: bytes) -> tuple[list[list], list[list[str]]]:
    book = zipfile.ZipFile(io.BytesIO(content))
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")) for si in root.findall("x:si", NS)]
    styles = ElementTree.fromstring(book.read("xl/styles.xml"))
    custom = {fmt.get("numFmtId"): fmt.get("formatCode") for fmt in styles.iter(f"{{{NS['x']}}}numFmt")}
    cell_formats = [custom.get(xf.get("numFmtId"), "General")
                    for xf in styles.find("x:cellXfs", NS).findall("x:xf", NS)]
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    values, formats = [], []
    for row in sheet.iter(f"{{{NS['x']}}}row"):
        row_values, row_formats = [], []
        for cell in row.findall("x:c", NS):
            index = _column(cell.get("r"))
            while len(row_values) <= index:
                row_values.append(None)
                row_formats.append("General")
            raw = cell.find("x:v", NS)
            text = raw.text if raw is not None else None
            if cell.get("t") == "s":
                row_values[index] = strings[int(text)]
            elif text is not None:
                row_values[index] = float(text)
            row_formats[index] = cell_formats[int(cell.get("s", "0"))]
        values.append(row_values)
        formats.append(row_formats)
    return values, formats

"""Report figures against the hand-computed fixture, figure by figure, in every output format."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from tests.helpers import login
from tests.report_fixture import EXPECTED_2026, SECRET_WORDS, build_fixture
from tests.report_readers import csv_cells, html_tables, xlsx_rows, xlsx_text

YEAR = "/rapportage/?periode=jaar&jaar=2026"
KEY_KINDS = {"Gewerkte uren": "minutes", "Vergoeding betaald": "cents", "Gemiddelde vergoeding per deelnemer": "cents",
             "Omzet": "cents", "Winst uit werk (zonder subsidies)": "cents", "Resultaat inclusief subsidies": "cents",
             "Toegekend aan buurtprojecten": "cents",
             "Plaatsingsgraad (IRIS+ PI3527)": "percent",
             "Mediaan gekregen uren t.o.v. streefuren": "percent", "10e percentiel": "percent",
             "90e percentiel": "percent"}
TABLES = {  # table key → (Dutch title, value kinds after the label column)
    "reach_benefit": ("Startpositie naar uitkeringssoort", ["count", "count"]),
    "work_job_type": ("Werk naar soort opdracht", ["count", "count", "minutes", "count"]),
    "work_client_kind": ("Werk naar soort opdrachtgever", ["count", "count", "minutes", "count"]),
    "fairness": ("Uren tegenover streefuren", ["count"]),
    "ladder_movement": ("Beweging op de participatieladder", ["count"]),
    "ladder_start": ("Startpositie op de participatieladder", ["count"]),
    "outflow_kind": ("Uitstroom naar soort", ["count"]),
    "outflow_lasting": ("Duurzame uitstroom naar werk", ["count", "count", "percent"]),
    "aandebak_sector": ("AanDeBak per sector", ["count"] * 6),
    "aandebak_kind": ("Garanties naar wat ze beloven", ["count"]),
    "money_result": ("Inkomsten, kosten en winst", ["cents"]),
    "money_months": ("Geld in en uit per maand", ["cents", "cents"]),
    "money_funding": ("Subsidies en bijdragen naar soort financier", ["cents"]),
    "money_projects": ("Herinvestering per buurtproject", ["text", "cents", "cents"]),
}
MONTH_KINDS = ["count", "count", "minutes", "cents"]


def as_html(value, kind: str) -> str:
    if value is None:
        return "*"
    if kind == "text":
        return value
    if kind == "minutes":
        text = f"{Decimal(value) / 60:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if kind == "cents":
        euros, cents = divmod(value, 100)
        return f"€ {euros:,}".replace(",", ".") + f",{cents:02d}"
    return f"{value}%" if kind == "percent" else f"{value:,}".replace(",", ".")


def as_csv(value, kind: str) -> str:
    if value is None:
        return "*"
    if kind == "minutes":
        return f"{Decimal(value) / 60:.2f}"
    return f"{Decimal(value) / 100:.2f}" if kind == "cents" else str(value)


def as_xlsx(value, kind: str):
    if value is None:
        return "*"
    if kind == "text":
        return value
    return value / 60 if kind == "minutes" else value / 100 if kind == "cents" else float(value)


@pytest.fixture
async def funder(client, monkeypatch):
    from wijkwerk import clock

    await build_fixture()
    await login(client, "funder", role="funder")
    # The figures were worked out for the whole year 2026; funders read a year once its months are
    # over (reports/period.py), so the report is read in January 2027.
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 1, 15, 12, 0, tzinfo=timezone.utc))
    return client


def expected_rows(key: str) -> list[tuple[str, list, list[str]]]:
    """(row label, values, kinds) for every expected row of a table."""
    if key == "key_figures":
        return [(label, [value], [KEY_KINDS.get(label, "count")]) for label, value in EXPECTED_2026[key].items()]
    if key in ("work_months", "money_months"):
        kinds = MONTH_KINDS if key == "work_months" else TABLES[key][1]
        return [(month, values, kinds) for month, values in EXPECTED_2026[key].items()]
    return [(row[0], row[1:], TABLES[key][1]) for row in EXPECTED_2026[key]]


def title(key: str) -> str:
    return {"key_figures": "Kerncijfers", "work_months": "Per maand"}.get(key) or TABLES[key][0]


ALL_KEYS = ["key_figures", "reach_benefit", "work_job_type", "work_client_kind", "work_months", "fairness",
            "ladder_movement", "ladder_start", "outflow_kind", "outflow_lasting", "aandebak_sector", "aandebak_kind",
            "money_result", "money_months",
            "money_funding", "money_projects"]


@pytest.mark.parametrize("key", ALL_KEYS)
async def test_html_figures(funder, key):
    response = await funder.get(YEAR)
    assert response.status_code == 200
    rows = {row[0]: row[1:] for row in html_tables(response.text)[title(key)]}
    for label, values, kinds in expected_rows(key):
        assert rows[label][:len(values)] == [as_html(v, k) for v, k in zip(values, kinds)], label


@pytest.mark.parametrize("key", ALL_KEYS)
async def test_csv_figures(funder, key):
    response = await funder.get("/rapportage/download/csv?periode=jaar&jaar=2026")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    cells = csv_cells(response.content)
    for label, values, kinds in expected_rows(key):
        # Text columns become part of the row name in the long CSV: "Buurttaxi / Selwerd".
        name = " / ".join([label] + [v for v, k in zip(values, kinds) if k == "text"])
        numbers = [(v, k) for v, k in zip(values, kinds) if k != "text"]
        found = [value for (table, row, _), value in cells.items() if table == title(key) and row == name]
        assert found == [as_csv(v, k) for v, k in numbers], label


@pytest.mark.parametrize("key", ALL_KEYS)
async def test_xlsx_figures(funder, key):
    response = await funder.get("/rapportage/download/xlsx?periode=jaar&jaar=2026")
    assert response.status_code == 200
    rows = xlsx_rows(response.content)
    start = next(index for index, row in enumerate(rows) if row == [title(key)])
    width = len(rows[start + 1])
    body = {}
    for row in rows[start + 2:]:
        if len(row) != width:  # the table ends at its note or the next title
            break
        body[row[0]] = row[1:]
    for label, values, kinds in expected_rows(key):
        got = body[label]
        if key == "key_figures":
            got = got[:1]
        assert got[:len(values)] == pytest.approx([as_xlsx(v, k) for v, k in zip(values, kinds)]), label


@pytest.mark.parametrize("key", ALL_KEYS)
async def test_json_figures(funder, key):
    response = await funder.get("/rapportage/download/json?periode=jaar&jaar=2026")
    document = json.loads(response.content)
    tables = {t["key"]: t for s in document["sections"] for t in s["tables"]} | {"key_figures": document["key_figures"]}
    table = tables[key]
    value_keys = [c["key"] for c in table["columns"][1:]]
    label_key = table["columns"][0]["key"]
    rows = {row[label_key]: [row[k] for k in value_keys] for row in table["rows"]}
    for label, values, _ in expected_rows(key):
        assert rows[label][:len(values)] == values, label


async def test_no_names_or_ids_in_any_format(funder):
    """Worker, client and job names, addresses and database ids never reach funder output."""
    outputs = [(await funder.get(YEAR)).text]
    for fmt in ("csv", "json"):
        outputs.append((await funder.get(f"/rapportage/download/{fmt}?periode=jaar&jaar=2026")).content.decode())
    outputs.append(xlsx_text((await funder.get("/rapportage/download/xlsx?periode=jaar&jaar=2026")).content))
    for text in outputs:
        for word in SECRET_WORDS:
            assert word not in text
    document = json.loads(outputs[2])
    keys = {c["key"] for s in document["sections"] for t in s["tables"] for c in t["columns"]}
    assert not keys & {"id", "worker", "job", "client", "name", "first_name", "last_name"}


async def test_comparison_with_last_year(funder):
    response = await funder.get("/rapportage/download/json?periode=jaar&jaar=2026&vergelijk=vorige")
    figures = {row["figure"]: row for row in json.loads(response.content)["key_figures"]["rows"]}
    # 2025: only W4 worked (one person: hidden with their hours and pay); W4–W10 and W15 started in 2025.
    assert figures["Unieke deelnemers"]["previous"] is None
    # 8 started in 2025, but one of them in Paddepoel: town minus Selwerd (7) would show that one.
    assert figures["Nieuwe instroom"]["previous"] is None
    assert figures["Gewerkte uren"]["previous"] is None
    assert figures["Gewerkte uren"]["current"] is None  # town minus Selwerd would be Paddepoel's four
    assert figures["Diensten"]["current"] is None
    assert figures["Vergoeding betaald"]["previous"] is None
    assert figures["Deelnemers die een grens bereikten"]["previous"] == 0


async def test_neighbourhood_filter_counts_residents_living_there(funder, db):
    from wijkwerk.tables import Neighbourhood

    paddepoel = (await Neighbourhood.select(Neighbourhood.id).where(Neighbourhood.name == "Paddepoel").first())["id"]
    response = await funder.get(f"/rapportage/download/json?periode=jaar&jaar=2026&wijk={paddepoel}")
    document = json.loads(response.content)
    figures = {row["figure"]: row["current"] for row in document["key_figures"]["rows"]}
    assert document["neighbourhood"] == "Paddepoel"
    assert figures["Unieke deelnemers"] is None  # W11–W14: four people
    assert figures["Gewerkte uren"] is None  # their 480 minutes are theirs: hidden with them


async def test_english_report_translates_labels(funder):
    await funder.post("/taal", data={"language": "en", "next": "/rapportage", "_csrf_token": funder.cookies.get("wijkwerk_csrf", "")})
    response = await funder.get(YEAR)
    assert "Impact report" in response.text
    assert "Green maintenance" in response.text


async def test_csv_does_not_let_names_run_as_formulas(funder, db):
    from wijkwerk.tables import JobType

    await JobType.update({JobType.name_nl: "=HYPERLINK(\"http://x\")"}).where(JobType.code == "groen")
    response = await funder.get("/rapportage/download/csv?periode=jaar&jaar=2026")
    rows = [line for line in response.content.decode("utf-8-sig").splitlines() if "HYPERLINK" in line]
    assert rows and all(",'=HYPERLINK" in line or "\"'=HYPERLINK" in line for line in rows)

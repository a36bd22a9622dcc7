"""No hidden figure comes back from any combination of the reports a funder may read.

The hand-computed fixture is read through the app as JSON for every whole month, quarter and year
of 2026, for the town and each neighbourhood: 51 reports. Each published figure that adds up
(hours, shifts, allowances paid and booked, exits, intakes) is written as a sum of unknowns on
the finest grid an attacker could reason about: month × neighbourhood (including residents
without one) × row. A hidden figure is recoverable exactly when its sum lies in the span of the
visible ones, across all tables and reports at once (a job type's hours, a client kind's hours
and a month's hours are sums of the same unknowns).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from itertools import product

import numpy as np
import pytest

from tests.helpers import login
from tests.report_fixture import build_fixture

MONTHS = list(range(1, 13))
PERIODS = ([("maand", f"&maand={m}", [m]) for m in MONTHS]
           + [("kwartaal", f"&kwartaal={q}", [m for m in MONTHS if (m - 1) // 3 + 1 == q]) for q in range(1, 5)]
           + [("jaar", "", MONTHS)])
# The fixture's jobs: green maintenance for the gemeente, cleaning for a housing corporation.
JOBS = [("Groenonderhoud", "Gemeente"), ("Schoonmaak", "Woningcorporatie")]
EXIT_KINDS = ["Regulier werk", "Opleiding", "Andere uitkering", "Verhuisd", "Onbekend"]
BENEFITS = ["Bijstand (gemeente)", "WW (UWV)", "WIA (UWV)", "Wajong (UWV)", "Geen uitkering"]


@pytest.fixture
async def reports(client, monkeypatch):
    from wijkwerk import clock

    fixture = await build_fixture()
    await login(client, "funder", role="funder")
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 1, 15, 12, 0, tzinfo=timezone.utc))
    areas = {"town": None, **fixture.neighbourhoods}
    read = {}
    for (kind, query, months), (area, area_id) in product(PERIODS, areas.items()):
        wijk = f"&wijk={area_id}" if area_id else ""
        response = await client.get(f"/rapportage/download/json?periode={kind}&jaar=2026{query}{wijk}")
        assert response.status_code == 200, response.text
        document = json.loads(response.content)
        tables = {t["key"]: t for s in document["sections"] for t in s["tables"]}
        tables["key_figures"] = document["key_figures"]
        read[(tuple(months), area)] = tables
    return read, [name for name in areas if name != "town"]


class Grid:
    """Unknowns (month, area, row) and the published figures as rows of 0/1 over them."""

    def __init__(self, areas: list[str], rows: list):
        self.areas = areas + ["none"]
        self.cells = list(product(MONTHS, self.areas, rows))
        self.visible: list[np.ndarray] = []
        self.hidden: list[tuple[str, np.ndarray]] = []

    def add(self, name: str, value, months, area: str, rows) -> None:
        places = self.areas if area == "town" else [area]
        vector = np.array([1.0 if (m in months and a in places and r in rows) else 0.0 for m, a, r in self.cells])
        if value is None:
            self.hidden.append((name, vector))
        else:
            self.visible.append(vector)

    def recovered(self) -> list[str]:
        visible = np.array(self.visible)
        rank = np.linalg.matrix_rank(visible)
        return [name for name, vector in self.hidden
                if np.linalg.matrix_rank(np.vstack([visible, vector])) == rank]


def _rows(table: dict) -> dict[str, dict]:
    label = table["columns"][0]["key"]
    return {row[label]: row for row in table["rows"]}


def _work_grid(read, areas, column: str) -> Grid:
    grid = Grid(areas, JOBS)
    for (months, area), tables in read.items():
        for key, position in (("work_job_type", 0), ("work_client_kind", 1)):
            for label, row in _rows(tables[key]).items():
                rows = JOBS if label == "Totaal" else [job for job in JOBS if job[position] == label]
                grid.add(f"{key} {label} {months} {area}", row[column], months, area, rows)
        for label, row in _rows(tables["work_months"]).items():
            inside = months if label == "Totaal" else [int(label[5:7])]
            grid.add(f"work_months {label} {months} {area}", row[column], inside, area, JOBS)
    return grid


async def test_hours_and_shifts_cannot_be_recovered_from_any_combination_of_reports(reports):
    read, areas = reports
    for column in ("minutes", "shifts"):
        grid = _work_grid(read, areas, column)
        assert len(grid.hidden) > 20 and len(grid.visible) > 100
        assert grid.recovered() == [], column


async def test_allowances_cannot_be_recovered_from_any_combination_of_reports(reports):
    read, areas = reports
    paid, booked = Grid(areas, [""]), Grid(areas, [""])
    for (months, area), tables in read.items():
        for label, row in _rows(tables["work_months"]).items():
            inside = months if label == "Totaal" else [int(label[5:7])]
            paid.add(f"paid {label} {months} {area}", row["paid_cents"], inside, area, [""])
        compensation = _rows(tables["compensation"])["Vergoeding betaald, totaal"]
        paid.add(f"compensation {months} {area}", compensation["value"], months, area, [""])
        line = _rows(tables["money_result"])["Vrijwilligersvergoedingen"]
        booked.add(f"booked {months} {area}", line["cents"], months, area, [""])
    assert paid.hidden  # the fixture's booked allowances paid ten people in one month: nothing to hide
    for grid in (paid, booked):
        assert grid.recovered() == [], grid.recovered()


async def test_exits_and_intakes_cannot_be_recovered_from_any_combination_of_reports(reports):
    read, areas = reports
    exits, intakes = Grid(areas, EXIT_KINDS), Grid(areas, BENEFITS)
    for (months, area), tables in read.items():
        for label, row in _rows(tables["outflow_kind"]).items():
            exits.add(f"exits {label} {months} {area}", row["exits"], months, area,
                      EXIT_KINDS if label == "Totaal" else [label])
        for label, row in _rows(tables["reach_benefit"]).items():
            intakes.add(f"intakes {label} {months} {area}", row["intakes"], months, area,
                        BENEFITS if label == "Totaal" else [label])
    for grid in (exits, intakes):
        assert grid.hidden
        assert grid.recovered() == [], grid.recovered()

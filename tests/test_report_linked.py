"""No hidden figure comes back from any combination of the reports a funder may read.

The hand-computed fixture is read through the app as JSON for every whole month, quarter and year
of 2026, for the town and each neighbourhood: 51 reports. Each published figure that adds up
(hours, shifts, allowances paid and booked, exits, intakes) is written as a sum of unknowns on
the finest grid an attacker could reason about: month × neighbourhood (including residents
without one) × row. A hidden figure is recoverable exactly when its sum lies in the span of the
visible ones, across all tables and reports at once (a job type's hours, a client kind's hours
and a month's hours are sums of the same unknowns). Figures that do not add up over time (ladder
movement, fairness bands, guarantees held, "reached a cap") get one set of unknowns per period.
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
DIRECTIONS = ["Minstens één trede omhoog", "Gelijk gebleven", "Omlaag"]
STEPS = [f"Trede {n}" for n in range(1, 7)]
BANDS = ["minder dan 50%", "50% tot 80%", "80% tot 120%", "120% of meer"]
SECTORS = ["Zorg", "Techniek"]
GUARANTEES = ["Baan", "Stage", "Sollicitatiegesprek"]
WEEKS = ["26", "52"]


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
    """Unknowns (month, area, row) and the published figures as rows of 0/1 over them.

    For figures that do not add up over time (distinct people in a period, a state at its end),
    `times` are the periods themselves (the months tuple of each report) and a figure is placed at
    its own period: `add(..., [months], ...)`."""

    def __init__(self, areas: list[str], rows: list, times: list | None = None):
        self.areas = areas + ["none"]
        self.cells = list(product(times or MONTHS, self.areas, rows))
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


def _check_hours_and_shifts(reports) -> None:
    read, areas = reports
    for column in ("minutes", "shifts"):
        grid = _work_grid(read, areas, column)
        assert len(grid.hidden) > 20 and len(grid.visible) > 100
        assert grid.recovered() == [], column


def _check_allowances(reports) -> None:
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


def _check_exits_and_intakes(reports) -> None:
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


def _table_grid(read, areas, key: str, column: str, labels: list[str], per_period: bool) -> Grid:
    """A table whose rows are `labels` and a total ("Totaal"), adding up over neighbourhoods and
    rows; over months too unless `per_period`."""
    grid = Grid(areas, labels, [months for months, _ in read] if per_period else None)
    for (months, area), tables in read.items():
        for label, row in _rows(tables[key]).items():
            grid.add(f"{key} {column} {label} {months} {area}", row[column], [months] if per_period else months, area,
                     labels if label == "Totaal" else [label])
    return grid


def _no_recovery(grids: dict[str, Grid]) -> None:
    for name, grid in grids.items():
        assert len(grid.visible) > 30, name
        assert grid.recovered() == [], (name, grid.recovered())


def _check_figures_per_period(reports) -> None:
    """Ladder movement and starting steps, fairness bands, AanDeBak guarantees held, in mediation and
    by kind, and "reached a cap" are about each period on its own: the unknowns are (period, area,
    row), and town minus the neighbourhoods, or the total minus the other rows, must not give a
    hidden one back."""
    read, areas = reports
    grids = {
        "ladder_movement": _table_grid(read, areas, "ladder_movement", "people", DIRECTIONS, True),
        "ladder_start": _table_grid(read, areas, "ladder_start", "people", STEPS, True),
        "fairness": _table_grid(read, areas, "fairness", "people", BANDS, True),
        "aandebak_kind": _table_grid(read, areas, "aandebak_kind", "candidates", GUARANTEES, True),
        **{f"aandebak_{column}": _table_grid(read, areas, "aandebak_sector", column, SECTORS, True)
           for column in ("guarantees", "in_mediation")},
    }
    capped = Grid(areas, [""], [months for months, _ in read])
    for (months, area), tables in read.items():
        row = _rows(tables["compensation"])["Deelnemers die een grens bereikten"]
        capped.add(f"capped {months} {area}", row["value"], [months], area, [""])
        key = _rows(tables["key_figures"])["Deelnemers die een grens bereikten"]
        capped.add(f"capped key figure {months} {area}", key["current"], [months], area, [""])
    grids["capped"] = capped
    for name in ("ladder_movement", "ladder_start", "fairness", "aandebak_kind", "aandebak_in_mediation"):
        assert grids[name].hidden, name  # the fixture has small groups here
    _no_recovery(grids)


def _check_events(reports) -> None:
    """Certificates and level-ups (key figures without a table), AanDeBak diplomas, placements and
    follow-ups add up over months, neighbourhoods and sectors."""
    read, areas = reports
    grids = {f"aandebak_{column}": _table_grid(read, areas, "aandebak_sector", column, SECTORS, False)
             for column in ("diplomas", "placements", "follow_ups", "still_employed")}
    for label in ("Certificaten behaald", "Vaardigheden een stap omhoog"):
        grid = grids[label] = Grid(areas, [""])
        for (months, area), tables in read.items():
            grid.add(f"{label} {months} {area}", _rows(tables["key_figures"])[label]["current"], months, area, [""])
    assert grids["Certificaten behaald"].hidden  # W11's one certificate in Paddepoel
    assert grids["aandebak_still_employed"].hidden
    _no_recovery(grids)


def _check_lasting_outflow(reports) -> None:
    """Unknowns per month, area and follow-up point: how many said yes and how many did not. "Due"
    is their sum; "not confirmed" is never published but is due minus yes, so wherever "yes" is
    hidden the not-confirmed group must not be recoverable either."""
    read, areas = reports
    grid = Grid(areas, list(product(WEEKS, ("yes", "not"))))
    for (months, area), tables in read.items():
        for weeks, row in _rows(tables["outflow_lasting"]).items():
            grid.add(f"due {weeks} {months} {area}", row["due"], months, area, [(weeks, "yes"), (weeks, "not")])
            grid.add(f"yes {weeks} {months} {area}", row["yes"], months, area, [(weeks, "yes")])
            if row["yes"] is None:
                grid.add(f"not confirmed {weeks} {months} {area}", None, months, area, [(weeks, "not")])
    assert grid.hidden
    assert grid.recovered() == [], grid.recovered()


async def test_no_hidden_figure_can_be_recovered_from_any_combination_of_reports(reports):
    """One read of the 51 reports (about 17 s) serves every check."""
    for check in (_check_hours_and_shifts, _check_allowances, _check_exits_and_intakes,
                  _check_figures_per_period, _check_events, _check_lasting_outflow):
        check(reports)

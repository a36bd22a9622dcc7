"""Demo money for Selwerd: funders, subsidies, costs, project outcomes, and one reinvestment decision.

Every record is found by a natural key (a name, or a ledger description) before it is made, so
loading twice books nothing twice. Revenue and allowances are not seeded: they are booked from
attendance on the invoice and payout pages.
"""

from __future__ import annotations

from datetime import date
from typing import Awaitable, Callable

from wijkwerk import clock
from wijkwerk.tables import Allocation, Funder, LedgerEntry, NeighbourhoodProject, ProjectOutcome

FUNDERS = [("Gemeente Groningen", "gemeente"), ("Oranje Fonds", "fund"), ("VriendenLoterij Buurtfonds", "lottery")]
# (kind, cents, month, day, description, funder, project)
ENTRIES = [
    ("subsidy", 1200000, 1, 15, "Wijkbudget Selwerd", "Gemeente Groningen", None),
    ("subsidy", 500000, 2, 1, "Bijdrage buurtbus en moestuin", "Oranje Fonds", None),
    ("subsidy", 250000, 2, 20, "Buurtfonds: koffiekar", "VriendenLoterij Buurtfonds", "Koffiekar"),
    ("other_income", 18000, 2, 27, "Verkoop oogst op de markt", None, "Moestuin Selwerd"),
    ("supervision", 480000, 1, 31, "Begeleiding januari en februari (0,2 fte)", None, None),
    ("materials", 65000, 2, 10, "Zaden, compost en gereedschap", None, "Moestuin Selwerd"),
    ("overhead", 120000, 1, 31, "Verzekering en administratie eerste kwartaal", None, None),
]
OUTCOMES = [("Buurttaxi Selwerd", "Ritjes gereden", 140), ("Moestuin Selwerd", "Oogstdagen", 12),
            ("Moestuin Selwerd", "Kratten groente naar de voedselbank", 36)]
ALLOCATION = ("Buurttaxi Selwerd", 300000, 2, 12, "Bewonersraad 12 februari: brandstof en verzekering van de buurttaxi")
SPENDING = (45000, 2, 28, "Brandstof februari")

GetOrCreate = Callable[..., Awaitable[int]]


async def _project_ids() -> dict[str, int]:
    return {row["name"]: row["id"] for row in await NeighbourhoodProject.select(
        NeighbourhoodProject.id, NeighbourhoodProject.name)}


async def _entry(summary, get_or_create: GetOrCreate, values: dict) -> int:
    """A demo ledger entry, found by its description (demo descriptions are unique)."""
    return await get_or_create(summary, LedgerEntry, {"description": values.pop("description")},
                               {**values, "created_at": clock.now()})


async def load_money(summary, get_or_create: GetOrCreate, today: date) -> None:
    funders = {name: await get_or_create(summary, Funder, {"name": name}, {"kind": kind}) for name, kind in FUNDERS}
    projects = await _project_ids()
    neighbourhoods = {row["id"]: row["neighbourhood"] for row in await NeighbourhoodProject.select(
        NeighbourhoodProject.id, NeighbourhoodProject.neighbourhood)}
    for kind, cents, month, day, description, funder, project in ENTRIES:
        project_id = projects.get(project) if project else None
        await _entry(summary, get_or_create, {
            "kind": kind, "amount_cents": cents, "entry_date": date(today.year, month, day),
            "description": description, "funder": funders.get(funder) if funder else None, "project": project_id,
            "neighbourhood": neighbourhoods.get(project_id)})
    for project, label, number in OUTCOMES:
        await get_or_create(summary, ProjectOutcome, {"project": projects[project], "label": label}, {"number": number})
    name, cents, month, day, reason = ALLOCATION
    allocation = await get_or_create(summary, Allocation, {"project": projects[name], "reason": reason}, {
        "amount_cents": cents, "decided_on": date(today.year, month, day), "created_at": clock.now()})
    cents, month, day, description = SPENDING
    await _entry(summary, get_or_create, {
        "kind": "reinvestment_spending", "amount_cents": cents, "entry_date": date(today.year, month, day),
        "description": description, "allocation": allocation, "project": projects[name],
        "neighbourhood": neighbourhoods[projects[name]]})

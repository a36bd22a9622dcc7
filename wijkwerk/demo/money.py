"""Demo money for Selwerd: funders, subsidies, costs, project outcomes, and one reinvestment decision.

Every record is found by a natural key (a name, or a ledger description) before it is made, so
loading twice books nothing twice. Revenue and allowances are never typed in: for the finished
months of the demo history (`wijkwerk.demo.history`) they are booked from attendance by the same
services as the invoice and payout pages; the monthly supervision, materials and overhead of
those months are seeded here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Awaitable, Callable

from wijkwerk import clock
from wijkwerk.money.booking import book_invoice, book_payouts
from wijkwerk.money.periods import first_of_next_month, month as month_period
from wijkwerk.tables import Allocation, Client, Funder, LedgerEntry, NeighbourhoodProject, ProjectOutcome
from wijkwerk.tables.enums import LedgerKind

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


def _dated(today: date, month: int, day: int) -> date:
    """This year's date, but never after today: the demo's allocation must fit what is available now."""
    return min(date(today.year, month, day), today)


async def load_money(summary, get_or_create: GetOrCreate, today: date) -> None:
    funders = {name: await get_or_create(summary, Funder, {"name": name}, {"kind": kind}) for name, kind in FUNDERS}
    projects = await _project_ids()
    neighbourhoods = {row["id"]: row["neighbourhood"] for row in await NeighbourhoodProject.select(
        NeighbourhoodProject.id, NeighbourhoodProject.neighbourhood)}
    for kind, cents, month, day, description, funder, project in ENTRIES:
        project_id = projects.get(project) if project else None
        await _entry(summary, get_or_create, {
            "kind": kind, "amount_cents": cents, "entry_date": _dated(today, month, day),
            "description": description, "funder": funders.get(funder) if funder else None, "project": project_id,
            "neighbourhood": neighbourhoods.get(project_id)})
    for project, label, number in OUTCOMES:
        await get_or_create(summary, ProjectOutcome, {"project": projects[project], "label": label}, {"number": number})
    name, cents, month, day, reason = ALLOCATION
    allocation = await get_or_create(summary, Allocation, {"project": projects[name], "reason": reason}, {
        "amount_cents": cents, "decided_on": _dated(today, month, day), "created_at": clock.now()})
    cents, month, day, description = SPENDING
    await _entry(summary, get_or_create, {
        "kind": "reinvestment_spending", "amount_cents": cents, "entry_date": _dated(today, month, day),
        "description": description, "allocation": allocation, "project": projects[name],
        "neighbourhood": neighbourhoods[projects[name]]})


MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"]
# Per finished month of the history: (kind, cents, description). January and February of the
# current year already have supervision and the first quarter's overhead in ENTRIES.
MONTHLY = [("supervision", 240000, "Begeleiding {month} {year} (0,2 fte)"),
           ("materials", 22000, "Werkmateriaal en kleding {month} {year}")]
QUARTERLY = ("overhead", 120000, "Verzekering en administratie kwartaal {quarter} {year}")
HISTORY_SUBSIDIES = [(2, "subsidy", 250000, "Oranje Fonds: tweede termijn buurtbus en moestuin {year}", "Oranje Fonds")]


def _covered_by_entries(today: date, first: date) -> bool:
    return first.year == today.year and first.month <= 2


async def load_history_money(summary, get_or_create: GetOrCreate, today: date, months: list[date],
                             manager_id: int | None) -> None:
    """Costs and one subsidy for the finished months, then their invoices and allowances booked from attendance."""
    funders = {row["name"]: row["id"] for row in await Funder.select(Funder.id, Funder.name)}
    for index, first in enumerate(months):
        last = first_of_next_month(first) - timedelta(days=1)
        names = {"month": MONTH_NAMES[first.month - 1], "year": first.year, "quarter": (first.month + 2) // 3}
        if not _covered_by_entries(today, first):
            for kind, cents, description in MONTHLY:
                await _entry(summary, get_or_create, {"kind": kind, "amount_cents": cents, "entry_date": last,
                                                      "description": description.format(**names)})
            if index == 0 or first.month % 3 == 1:
                kind, cents, description = QUARTERLY
                await _entry(summary, get_or_create, {"kind": kind, "amount_cents": cents, "entry_date": last,
                                                      "description": description.format(**names)})
        for at, kind, cents, description, funder in HISTORY_SUBSIDIES:
            if index == at:
                await _entry(summary, get_or_create, {"kind": kind, "amount_cents": cents, "funder": funders[funder],
                                                      "entry_date": first.replace(day=15),
                                                      "description": description.format(**names)})
    clients = [row["id"] for row in await Client.select(Client.id).order_by(Client.id)]
    for first in months:
        period = month_period(first.year, first.month)
        if not await LedgerEntry.exists().where(LedgerEntry.kind == LedgerKind.revenue.value,
                                                LedgerEntry.period == first):
            for client in clients:
                _count(summary, await book_invoice(client, period, manager_id))
        if not await LedgerEntry.exists().where(LedgerEntry.kind == LedgerKind.compensation.value,
                                                LedgerEntry.period == first):
            _count(summary, await book_payouts(period, manager_id))


def _count(summary, result) -> None:
    for _ in result.booked:
        summary.count("ledger_entry")

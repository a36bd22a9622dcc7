"""Money figures from the ledger for a period and neighbourhood: the functions reports call.

Profit (operating result) = revenue − costs; subsidies and other income are shown beside it,
and the net result adds them. Spending of reinvested money is not a cost here: the allocation
already took it out of the available profit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from piccolo.query.functions.aggregate import Sum

from wijkwerk.money.kinds import COST_KINDS, FUNDING_KINDS, INCOME_KINDS, SPENDING_KINDS
from wijkwerk.money.periods import Period, periods_in_year
from wijkwerk.tables import Allocation, LedgerEntry, NeighbourhoodProject


@dataclass(frozen=True)
class MoneyTotals:
    by_kind: dict[str, int] = field(default_factory=dict)  # net cents per ledger kind

    def _sum(self, kinds) -> int:
        return sum(self.by_kind.get(kind, 0) for kind in kinds)

    @property
    def revenue_cents(self) -> int:
        return self._sum(INCOME_KINDS)

    @property
    def subsidy_cents(self) -> int:
        return self.by_kind.get("subsidy", 0)

    @property
    def other_income_cents(self) -> int:
        return self.by_kind.get("other_income", 0)

    @property
    def costs_cents(self) -> int:
        return self._sum(COST_KINDS)

    @property
    def costs_by_kind(self) -> dict[str, int]:
        return {kind: self.by_kind.get(kind, 0) for kind in COST_KINDS}

    @property
    def profit_cents(self) -> int:
        """Revenue minus costs, without subsidies."""
        return self.revenue_cents - self.costs_cents

    @property
    def net_result_cents(self) -> int:
        """Profit plus subsidies and other income: what can be reinvested."""
        return self.profit_cents + self._sum(FUNDING_KINDS)

    @property
    def reinvestment_spending_cents(self) -> int:
        return self._sum(SPENDING_KINDS)

    def as_dict(self) -> dict[str, int]:
        return {"revenue_cents": self.revenue_cents, "subsidy_cents": self.subsidy_cents,
                "other_income_cents": self.other_income_cents, "costs_cents": self.costs_cents,
                **{f"{kind}_cents": cents for kind, cents in self.costs_by_kind.items()},
                "profit_cents": self.profit_cents, "net_result_cents": self.net_result_cents,
                "reinvestment_spending_cents": self.reinvestment_spending_cents}


async def money_totals(period: Period | None = None, neighbourhood_id: int | None = None) -> MoneyTotals:
    """Net ledger totals per kind for entries dated in `period` (all time when None).

    With a neighbourhood, only entries linked to it count (through their job or project, or
    chosen): town-wide subsidies and overhead then stay out rather than being guessed at.
    """
    query = LedgerEntry.select(LedgerEntry.kind, Sum(LedgerEntry.amount_cents).as_alias("cents")).group_by(
        LedgerEntry.kind)
    if period is not None:
        query = query.where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date < period.end)
    if neighbourhood_id is not None:
        query = query.where(LedgerEntry.neighbourhood == neighbourhood_id)
    return MoneyTotals({row["kind"]: int(row["cents"] or 0) for row in await query})


async def profit_by_period(year: int, granularity: str = "month",
                           neighbourhood_id: int | None = None) -> list[tuple[Period, MoneyTotals]]:
    """One MoneyTotals per month, quarter or the year; `granularity` is month, quarter or year."""
    return [(period, await money_totals(period, neighbourhood_id))
            for period in periods_in_year(year, granularity)]


async def reinvested_per_project(period: Period | None = None, neighbourhood_id: int | None = None) -> list[dict]:
    """Per project: allocated (decided in the period) and spent (dated in the period), in cents."""
    projects = NeighbourhoodProject.select(
        NeighbourhoodProject.id, NeighbourhoodProject.name, NeighbourhoodProject.neighbourhood,
        NeighbourhoodProject.neighbourhood.name.as_alias("neighbourhood_name"), NeighbourhoodProject.status,
        NeighbourhoodProject.budget_cents,
    ).order_by(NeighbourhoodProject.name)
    allocations = Allocation.select(Allocation.project, Sum(Allocation.amount_cents).as_alias("cents")).group_by(
        Allocation.project)
    spending = LedgerEntry.select(LedgerEntry.project, Sum(LedgerEntry.amount_cents).as_alias("cents")).where(
        LedgerEntry.kind.is_in(list(SPENDING_KINDS))).group_by(LedgerEntry.project)
    if neighbourhood_id is not None:
        projects = projects.where(NeighbourhoodProject.neighbourhood == neighbourhood_id)
    if period is not None:
        allocations = allocations.where(Allocation.decided_on >= period.start, Allocation.decided_on < period.end)
        spending = spending.where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date < period.end)
    allocated = {row["project"]: int(row["cents"] or 0) for row in await allocations}
    spent = {row["project"]: int(row["cents"] or 0) for row in await spending}
    return [{**row, "allocated_cents": allocated.get(row["id"], 0), "spent_cents": spent.get(row["id"], 0)}
            for row in await projects]


async def funding_by_funder(period: Period | None = None, neighbourhood_id: int | None = None) -> list[dict]:
    """Net subsidies per funder (name, kind, cents), largest first. Funders are organisations, not people."""
    query = LedgerEntry.select(
        LedgerEntry.funder.name.as_alias("funder_name"), LedgerEntry.funder.kind.as_alias("funder_kind"),
        Sum(LedgerEntry.amount_cents).as_alias("cents"),
    ).where(LedgerEntry.kind == "subsidy").group_by(LedgerEntry.funder.name, LedgerEntry.funder.kind)
    if period is not None:
        query = query.where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date < period.end)
    if neighbourhood_id is not None:
        query = query.where(LedgerEntry.neighbourhood == neighbourhood_id)
    rows = [{**row, "cents": int(row["cents"] or 0)} for row in await query]
    return sorted(rows, key=lambda row: (-row["cents"], row["funder_name"] or ""))


async def ledger_rows(period: Period | None = None, neighbourhood_id: int | None = None) -> list[dict]:
    """Every entry as a flat dict for a data frame: date, kind, cents, neighbourhood, project, funder kind.

    No people's names and no user ids: safe to aggregate into funder output.
    """
    query = LedgerEntry.select(
        LedgerEntry.entry_date, LedgerEntry.kind, LedgerEntry.amount_cents, LedgerEntry.neighbourhood,
        LedgerEntry.project, LedgerEntry.funder.kind.as_alias("funder_kind"),
    ).order_by(LedgerEntry.entry_date).order_by(LedgerEntry.id)
    if period is not None:
        query = query.where(LedgerEntry.entry_date >= period.start, LedgerEntry.entry_date < period.end)
    if neighbourhood_id is not None:
        query = query.where(LedgerEntry.neighbourhood == neighbourhood_id)
    return await query

"""Money: revenue, subsidies, costs, profit and reinvestment, from ledger totals (definitions as money.figures)."""

from __future__ import annotations

import polars as pl

from wijkwerk.money.kinds import COST_KINDS, FUNDING_KINDS, INCOME_KINDS

LINES = ("revenue", "subsidy", "other_income", *COST_KINDS, "costs", "profit", "net_result")


def _sum(ledger: pl.DataFrame, kinds) -> int:
    return int(ledger.filter(pl.col("kind").is_in(list(kinds)))["cents"].sum())


def result(ledger: pl.DataFrame) -> pl.DataFrame:
    """One line per figure, in cents: revenue, subsidies, other income, each cost kind, total costs,
    profit (revenue − costs, without subsidies) and the net result (profit + subsidies + other income).
    Reversals are in the ledger as negative rows, so the sums are net."""
    by_kind = {kind: _sum(ledger, (kind,)) for kind in ("subsidy", "other_income", *COST_KINDS)}
    revenue, costs = _sum(ledger, INCOME_KINDS), _sum(ledger, COST_KINDS)
    values = {"revenue": revenue, **by_kind, "costs": costs, "profit": revenue - costs,
              "net_result": revenue - costs + _sum(ledger, FUNDING_KINDS)}
    return pl.DataFrame({"line": list(LINES), "cents": [values[line] for line in LINES]})


def monthly(ledger: pl.DataFrame, months: list[str]) -> pl.DataFrame:
    """Per month: money in (revenue, subsidies, other income) and money out (operating costs)."""
    tagged = ledger.with_columns(pl.col("entry_date").dt.strftime("%Y-%m").alias("month"))
    sums = tagged.group_by("month").agg(
        pl.col("cents").filter(pl.col("kind").is_in([*INCOME_KINDS, *FUNDING_KINDS])).sum().alias("in_cents"),
        pl.col("cents").filter(pl.col("kind").is_in(list(COST_KINDS))).sum().alias("out_cents"))
    return (pl.DataFrame({"month": months}).join(sums, on="month", how="left")
            .with_columns(pl.col("in_cents", "out_cents").fill_null(0).cast(pl.Int64)))


def funding_by_funder_kind(funding: pl.DataFrame) -> pl.DataFrame:
    """Subsidies and other income per kind of funder (gemeente, fund, lottery, other), with a total."""
    body = (funding.filter(pl.col("kind").is_in(list(FUNDING_KINDS))).group_by("funder_kind")
            .agg(pl.col("cents").sum()).sort("funder_kind"))
    return pl.concat([body, body.select(pl.lit("total").alias("funder_kind"), pl.col("cents").sum())])


def reinvested(projects: pl.DataFrame) -> pl.DataFrame:
    """Per neighbourhood project with money in the period: allocated from profit and spent, with a total."""
    body = projects.filter((pl.col("allocated_cents") != 0) | (pl.col("spent_cents") != 0))
    total = body.select(pl.lit("total").alias("project"), pl.lit("").alias("neighbourhood"),
                        pl.col("allocated_cents").sum(), pl.col("spent_cents").sum())
    return pl.concat([body, total])

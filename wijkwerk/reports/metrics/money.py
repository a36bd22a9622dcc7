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
    """Per month: money in (revenue, subsidies, other income) and money out (operating costs), and a
    total row ("total"), so a hidden month cannot be the total minus the others without it."""
    tagged = ledger.with_columns(pl.col("entry_date").dt.strftime("%Y-%m").alias("month"))
    sums = tagged.group_by("month").agg(
        pl.col("cents").filter(pl.col("kind").is_in([*INCOME_KINDS, *FUNDING_KINDS])).sum().alias("in_cents"),
        pl.col("cents").filter(pl.col("kind").is_in(list(COST_KINDS))).sum().alias("out_cents"))
    body = (pl.DataFrame({"month": months}).join(sums, on="month", how="left")
            .with_columns(pl.col("in_cents", "out_cents").fill_null(0).cast(pl.Int64)))
    return pl.concat([body, body.select(pl.lit("total").alias("month"), pl.col("in_cents").sum(),
                                        pl.col("out_cents").sum())])


def paid_people(booked: pl.DataFrame, worked: pl.DataFrame, months: list[str]) -> pl.DataFrame:
    """Per month of the period, and in total ("total"), how many people the booked allowances paid:
    residents who worked on a job in a month for which an allowance was booked (net above zero).
    `worked`: worker, job, month ('YYYY-MM'). An allowance booked without a job cannot be traced to
    people; it counts as paying one unknown person, so its total is protected rather than shown."""
    paid = (booked.filter(pl.col("cents") > 0)
            .with_columns(pl.col("period").dt.strftime("%Y-%m").alias("month")))
    people = worked.join(paid.filter(pl.col("job").is_not_null()).select("job", "month"),
                         on=["job", "month"], how="semi").select("worker", "month").unique()
    untraced = paid.filter(pl.col("job").is_null()).select(pl.lit(-1, pl.Int64).alias("worker"), "month").unique()
    people = pl.concat([people, untraced])
    per_month = people.group_by("month").agg(pl.col("worker").n_unique().cast(pl.Int64).alias("paid_people"))
    body = (pl.DataFrame({"month": months}).join(per_month, on="month", how="left")
            .with_columns(pl.col("paid_people").fill_null(0)))
    return pl.concat([body, pl.DataFrame({"month": ["total"], "paid_people": [people["worker"].n_unique()]},
                                         schema=body.schema)])


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

"""Compensation: volunteer allowance paid, the average per person, and who reached a cap."""

from __future__ import annotations

from datetime import date

import polars as pl


def paid_per_worker(work: pl.DataFrame) -> pl.DataFrame:
    """Volunteer allowance per resident in the period: attended minutes × their hourly rate, rounded
    up per shift, on jobs done on a volunteer allowance (wages and placements are not allowances).
    Only residents paid more than zero."""
    return (work.group_by("worker").agg(pl.col("paid_cents").sum())
            .filter(pl.col("paid_cents") > 0))


def summary(work: pl.DataFrame) -> dict[str, int]:
    """Total paid, the number of people paid, and the average per paid person (rounded down)."""
    paid = paid_per_worker(work)
    people, total = paid.height, int(paid["paid_cents"].sum())
    return {"paid_cents": total, "paid_people": people, "average_cents": total // people if people else 0}


def _month_start(month: pl.Expr) -> pl.Expr:
    return (month + "-01").str.to_date()


def reached_cap(work: pl.DataFrame, allowances: pl.DataFrame, workers: pl.DataFrame,
                caps: pl.DataFrame) -> pl.DataFrame:
    """Residents who reached a cap: in some month of the period their allowance here plus what they
    declared from other organisations was at or above the monthly cap, or the sum over the
    period's months of one calendar year reached the yearly cap. The cap is the dated row valid
    on the first of the month with the highest age threshold not above the resident's age."""
    return over_a_cap(months_against_caps(work, allowances, workers, caps), work.select("worker"))


def months_against_caps(work: pl.DataFrame, allowances: pl.DataFrame, workers: pl.DataFrame,
                        caps: pl.DataFrame) -> pl.DataFrame:
    """Per resident and month ('YYYY-MM'): paid_cents (here plus declared elsewhere), day (the
    first of the month) and the monthly_cap_cents and yearly_cap_cents that apply to them.
    `work` needs worker, month, paid_cents (a row per shift, or already summed per month)."""
    here = work.group_by("worker", "month").agg(pl.col("paid_cents").sum())
    elsewhere = allowances.select(
        "worker", pl.col("month").dt.strftime("%Y-%m").alias("month"), pl.col("amount_cents").alias("paid_cents"))
    monthly = (pl.concat([here, elsewhere]).group_by("worker", "month").agg(pl.col("paid_cents").sum())
               .join(workers.select("worker", "birth_date"), on="worker", how="inner")
               .with_columns(_month_start(pl.col("month")).alias("day")))
    monthly = monthly.with_columns(
        (pl.col("day").dt.year() - pl.col("birth_date").dt.year()
         - ((pl.col("day").dt.month() * 100 + pl.col("day").dt.day())
            < (pl.col("birth_date").dt.month() * 100 + pl.col("birth_date").dt.day())).cast(pl.Int32)).alias("age"))
    return (monthly.join(caps, how="cross")
            .filter((pl.col("valid_from") <= pl.col("day"))
                    & (pl.col("valid_until").is_null() | (pl.col("day") <= pl.col("valid_until")))
                    & (pl.col("min_age") <= pl.col("age")))
            .sort("min_age", descending=True).unique(["worker", "month"], keep="first"))


def over_a_cap(monthly: pl.DataFrame, worked: pl.DataFrame) -> pl.DataFrame:
    """The residents of `worked` (a worker column) over a cap in the months of `monthly`
    (months_against_caps, limited to the period's months): a month at or above the monthly cap,
    or a calendar year's sum at or above the yearly cap."""
    over_month = monthly.filter(pl.col("paid_cents") >= pl.col("monthly_cap_cents")).select("worker")
    over_year = (monthly.with_columns(pl.col("day").dt.year().alias("year"))
                 .group_by("worker", "year").agg(pl.col("paid_cents").sum(), pl.col("yearly_cap_cents").max())
                 .filter(pl.col("paid_cents") >= pl.col("yearly_cap_cents")).select("worker"))
    active = worked.select("worker").unique()
    return pl.concat([over_month, over_year]).unique().join(active, on="worker", how="semi").sort("worker")


def period_months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1

"""Work: hours, shifts and jobs, in total, by job type, by client kind and per month."""

from __future__ import annotations

import polars as pl


def _per_job(work: pl.DataFrame, shifts: pl.DataFrame, jobs: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    return work.join(jobs, on="job", how="left"), shifts.join(jobs, on="job", how="left")


def by_dimension(work: pl.DataFrame, shifts: pl.DataFrame, jobs: pl.DataFrame, dimension: str) -> pl.DataFrame:
    """Per job type or client kind: jobs (distinct jobs with attended shifts), shifts (distinct shifts
    with at least one resident present), minutes attended (IRIS+ OI8408 hours worked) and unique
    participants; a total row follows ("total"), where participants is again a distinct count."""
    people, held = _per_job(work, shifts, jobs)
    per_person = people.group_by(dimension).agg(
        pl.col("minutes").sum(), pl.col("worker").n_unique().alias("participants"))
    per_shift = held.group_by(dimension).agg(pl.col("shifts").sum(), pl.col("job").n_unique().alias("jobs"))
    body = (per_shift.join(per_person, on=dimension, how="full", coalesce=True)
            .with_columns(pl.col("jobs", "shifts", "minutes", "participants").fill_null(0).cast(pl.Int64))
            .sort(dimension))
    total = pl.DataFrame({
        dimension: ["total"], "jobs": [held["job"].n_unique()], "shifts": [int(held["shifts"].sum())],
        "minutes": [int(people["minutes"].sum())], "participants": [people["worker"].n_unique()],
    }, schema=body.schema)
    return pl.concat([body.select(total.columns), total])


def monthly(work: pl.DataFrame, shifts: pl.DataFrame, months: list[str]) -> pl.DataFrame:
    """Per month of the period (Amsterdam time): unique participants, shifts, minutes attended and
    volunteer allowance paid; months without work show zeros. A total row follows ("total"), in
    which participants is a distinct count and the other columns are sums."""
    people = work.group_by("month").agg(
        pl.col("worker").n_unique().alias("participants"), pl.col("minutes").sum(), pl.col("paid_cents").sum())
    held = shifts.group_by("month").agg(pl.col("shifts").sum())
    body = (pl.DataFrame({"month": months})
            .join(people, on="month", how="left").join(held, on="month", how="left")
            .with_columns(pl.col("participants", "shifts", "minutes", "paid_cents").fill_null(0).cast(pl.Int64))
            .select("month", "participants", "shifts", "minutes", "paid_cents"))
    total = body.select(pl.lit("total").alias("month"), pl.lit(work["worker"].n_unique(), pl.Int64).alias("participants"),
                        pl.col("shifts").sum(), pl.col("minutes").sum(), pl.col("paid_cents").sum())
    return pl.concat([body, total])

"""Reach: who took part, who started, and their starting position by benefit type."""

from __future__ import annotations

from datetime import date

import polars as pl

from wijkwerk.tables.enums import BenefitType, values

BENEFIT_ORDER = values(BenefitType)


def participants(work: pl.DataFrame) -> int:
    """Unique participants: distinct residents with at least one shift attended (present) in the period."""
    return work["worker"].n_unique()


def new_intakes(workers: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """New intakes: residents whose start date (workers.starts_on) falls within the period. Frame of `worker`."""
    return workers.filter(pl.col("starts_on").is_between(start, end)).select("worker", "benefit_type")


def by_benefit_type(workers: pl.DataFrame, work: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Starting position by benefit type (as recorded now): participants and new intakes per type,
    every type listed (zero when nobody), plus a total row."""
    active = workers.join(work.select("worker").unique(), on="worker", how="semi")
    counts = (
        pl.DataFrame({"benefit_type": BENEFIT_ORDER})
        .join(active.group_by("benefit_type").agg(pl.len().alias("participants")), on="benefit_type", how="left")
        .join(new_intakes(workers, start, end).group_by("benefit_type").agg(pl.len().alias("intakes")),
              on="benefit_type", how="left")
        .with_columns(pl.col("participants", "intakes").fill_null(0).cast(pl.Int64))
    )
    total = counts.select(pl.lit("total").alias("benefit_type"), pl.col("participants").sum(), pl.col("intakes").sum())
    return pl.concat([counts, total])

"""Roster fairness: how the hours residents got compare with the hours they wanted (their target)."""

from __future__ import annotations

import math
from datetime import date

import polars as pl

# Bands of hours received as a share of the target; the labels are keys the section translates.
BANDS = (("under_50", 0, 50), ("50_80", 50, 80), ("80_120", 80, 120), ("over_120", 120, None))


def share_of_target(work: pl.DataFrame, workers: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Per resident with a weekly target who was on the books in the period (started on or before
    its end, and not marked as left unless they worked in it): attended minutes as a whole
    percentage of target × weeks on the books in the period (from the later of period start and
    their start date). Residents who got no work at all count as 0 %."""
    worked = work.group_by("worker").agg(pl.col("minutes").sum())
    eligible = (workers.filter((pl.col("target_minutes_per_week") > 0) & (pl.col("starts_on") <= end))
                .join(worked, on="worker", how="left").with_columns(pl.col("minutes").fill_null(0))
                .filter((pl.col("status") != "left") | (pl.col("minutes") > 0)))
    days = (pl.lit(end) - pl.max_horizontal(pl.col("starts_on"), pl.lit(start))).dt.total_days() + 1
    expected = pl.col("target_minutes_per_week") * days / 7
    return eligible.select("worker", (pl.col("minutes") * 100 / expected).floor().cast(pl.Int64).alias("percent"))


def with_band(shares: pl.DataFrame) -> pl.DataFrame:
    """The shares with each resident's band (its key) in `band`."""
    band = pl.lit("over_120")
    for key, low, high in reversed(BANDS[:-1]):
        band = pl.when(pl.col("percent") < high).then(pl.lit(key)).otherwise(band)
    return shares.with_columns(band.alias("band"))


def distribution(shares: pl.DataFrame) -> pl.DataFrame:
    """People per band of hours against target, every band listed, plus a total row."""
    counts = with_band(shares).group_by("band").agg(pl.len().alias("people"))
    body = (pl.DataFrame({"band": [key for key, _, _ in BANDS]}).join(counts, on="band", how="left")
            .with_columns(pl.col("people").fill_null(0).cast(pl.Int64)))
    return pl.concat([body, pl.DataFrame({"band": ["total"], "people": [shares.height]},
                                         schema=body.schema)])


def spread(shares: pl.DataFrame) -> dict[str, int | None]:
    """Median share of target and the 10th and 90th percentile (nearest rank, lower and higher);
    the spread, not the variance, is what the roster optimiser keeps small. A percentile is never
    the very lowest or highest value (one person's own figure): with fewer than three people
    there are none."""
    if shares.is_empty():
        return {"median": None, "p10": None, "p90": None}
    ordered = shares["percent"].sort().to_list()
    last = len(ordered) - 1
    inner = last >= 2
    return {"median": int(shares["percent"].median()),
            "p10": ordered[max(1, math.floor(0.1 * last))] if inner else None,
            "p90": ordered[min(last - 1, math.ceil(0.9 * last))] if inner else None}

"""AanDeBak: guarantees held, diplomas, placements, candidates in mediation and follow-ups, per sector."""

from __future__ import annotations

from datetime import date

import polars as pl

COLUMNS = ("guarantees", "diplomas", "placements", "in_mediation", "follow_ups", "still_employed")


def flags(candidates: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Per candidate: candidate, sector and whether they count as guarantees, diplomas,
    placements and in_mediation for the period (see per_sector)."""
    return candidates.select(
        "candidate", "sector",
        (pl.col("guarantee_kind").is_not_null() & (pl.col("starts_on") <= end)
         & (pl.col("closed_on").is_null() | (pl.col("closed_on") >= start))).alias("guarantees"),
        pl.col("diploma_on").is_between(start, end).fill_null(False).alias("diplomas"),
        pl.col("placed_on").is_between(start, end).fill_null(False).alias("placements"),
        ((pl.col("diploma_on") + pl.duration(weeks=pl.col("mediation_after_weeks")) <= end).fill_null(False)
         & (pl.col("placed_on").is_null() | (pl.col("placed_on") > end))
         & (pl.col("closed_on").is_null() | (pl.col("closed_on") > end))).alias("in_mediation"),
    )


def holding_guarantee(candidates: pl.DataFrame, end: date) -> pl.DataFrame:
    """Candidates holding a guarantee whose course started by `end` (by_guarantee_kind's group)."""
    return candidates.filter(pl.col("guarantee_kind").is_not_null() & (pl.col("starts_on") <= end))


def per_sector(candidates: pl.DataFrame, follow_ups: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Per sector, counts of candidates:
    guarantees: holding a guarantee, course started by the end, not closed before the start;
    diplomas / placements: diploma or placement date in the period;
    in_mediation: at the period's end, diploma plus the sector's waiting weeks passed, not placed
      and not closed by then (aandebak.mediation's rule, reconstructed from the dates);
    follow_ups: 6- and 12-month follow-ups due in the period; still_employed: of those, answered yes.
    A total row follows; every column adds up."""
    c = candidates
    counts = flags(c, start, end).group_by("sector").agg(
        pl.col("guarantees", "diplomas", "placements", "in_mediation").sum())
    asked = (follow_ups.join(c.select("candidate", "sector"), on="candidate")
             .group_by("sector").agg(pl.len().alias("follow_ups"),
                                     pl.col("still_employed").fill_null(False).sum().alias("still_employed")))
    sectors = c.select("sector").unique().sort("sector")
    body = (sectors.join(counts, on="sector", how="left").join(asked, on="sector", how="left")
            .with_columns(pl.col(*COLUMNS).fill_null(0).cast(pl.Int64)))
    return pl.concat([body, body.select(pl.lit("total").alias("sector"), *(pl.col(name).sum() for name in COLUMNS))])


def by_guarantee_kind(candidates: pl.DataFrame, end: date) -> pl.DataFrame:
    """Candidates holding a guarantee by what it promises (job, internship or only an interview): not
    every guarantee is a job."""
    counts = holding_guarantee(candidates, end).group_by("guarantee_kind").agg(pl.len().alias("candidates"))
    body = (pl.DataFrame({"guarantee_kind": ["job", "internship", "interview"]})
            .join(counts, on="guarantee_kind", how="left")
            .with_columns(pl.col("candidates").fill_null(0).cast(pl.Int64)))
    return pl.concat([body, body.select(pl.lit("total").alias("guarantee_kind"), pl.col("candidates").sum())])

"""Outflow: exits by kind, the IRIS+ PI3527 placement rate and lasting outflow at 26 and 52 weeks."""

from __future__ import annotations

from datetime import date

import polars as pl

from wijkwerk.tables.enums import ExitKind, values

FOLLOW_UP_WEEKS = (26, 52)


def exits_by_kind(exits: pl.DataFrame) -> pl.DataFrame:
    """Exits (uitstroom) with an exit date in the period, per kind, every kind listed, and a total."""
    counts = exits.group_by("kind").agg(pl.len().alias("exits"))
    body = (pl.DataFrame({"kind": values(ExitKind)}).join(counts, on="kind", how="left")
            .with_columns(pl.col("exits").fill_null(0).cast(pl.Int64)))
    return pl.concat([body, body.select(pl.lit("total").alias("kind"), pl.col("exits").sum())])


def placement(exits: pl.DataFrame, participant_ids: pl.Series) -> dict[str, int | None]:
    """IRIS+ PI3527 job placement rate: people who left for a regular job in the period as a whole
    percentage of everyone who took part (worked in the period, or left in it)."""
    placed = exits.filter(pl.col("kind") == ExitKind.job.value)["worker"].n_unique()
    served = pl.concat([participant_ids, exits["worker"]]).n_unique()
    return {"placed": placed, "served": served, "percent": round(100 * placed / served) if served else None}


def lasting(follow_ups: pl.DataFrame, today: date) -> pl.DataFrame:
    """Lasting outflow (duurzame uitstroom) per follow-up point: of the follow-ups of exits to a job
    that fell due in the period, how many were answered "still in work, not back on benefit".
    Unanswered or unreachable counts as not confirmed (outflow.lasting: do not over-claim).
    `not_confirmed` (due − yes) is a group of people too: disclosure control needs it."""
    due = follow_ups.filter((pl.col("kind") == ExitKind.job.value) & (pl.col("due_on") <= today))
    counts = due.group_by("weeks").agg(pl.len().alias("due"), (pl.col("answer") == "yes").sum().alias("yes"))
    return (pl.DataFrame({"weeks": list(FOLLOW_UP_WEEKS)}).join(counts, on="weeks", how="left")
            .with_columns(pl.col("due", "yes").fill_null(0).cast(pl.Int64))
            .with_columns((pl.col("due") - pl.col("yes")).alias("not_confirmed"))
            .with_columns(pl.when(pl.col("due") > 0).then((pl.col("yes") * 100 / pl.col("due")).round(0))
                          .cast(pl.Int64).alias("percent")))

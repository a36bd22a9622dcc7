"""Progression: ladder movement between measurements, starting steps, certificates and skills gained."""

from __future__ import annotations

from datetime import date

import polars as pl

LADDER_STEPS = (1, 2, 3, 4, 5, 6)
DIRECTIONS = ("up", "same", "down")


def first_and_last(ladder: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Per resident: the starting measurement (the latest on or before `start`, else the first in the
    period) and the last one by `end` — the same rule as the manager pages (progression.movement)."""
    points = ladder.filter(pl.col("measured_on") <= end).sort("worker", "measured_on", "measurement")
    before = points.filter(pl.col("measured_on") <= start).group_by("worker").agg(pl.all().last())
    during = points.filter(pl.col("measured_on") > start).group_by("worker").agg(pl.all().first())
    first = pl.concat([before, during.join(before, on="worker", how="anti")])
    last = points.group_by("worker").agg(pl.all().last())
    return first.join(last, on="worker", suffix="_last").select(
        "worker", pl.col("measurement").alias("first_id"), pl.col("step").alias("first_step"),
        pl.col("measurement_last").alias("last_id"), pl.col("step_last").alias("last_step"))


def directions(first_last: pl.DataFrame) -> pl.DataFrame:
    """Per resident with two different measurements (of first_and_last's): worker, change (in
    steps) and direction (up, same or down) between their starting and their last measurement."""
    pairs = first_last.filter(pl.col("first_id") != pl.col("last_id"))
    change = pairs.select("worker", (pl.col("last_step") - pl.col("first_step")).alias("change"))
    direction = pl.when(pl.col("change") > 0).then(pl.lit("up")).when(pl.col("change") < 0).then(
        pl.lit("down")).otherwise(pl.lit("same"))
    return change.with_columns(direction.alias("direction"))


def ladder_movement(ladder: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """People who went up at least one step, stayed, or went down between their starting and their
    last measurement; only people with two different measurements count (do not over-claim).
    Rows up, same, down and a total row; `steps` is the sum of the changes in steps."""
    counts = directions(first_and_last(ladder, start, end)).group_by("direction").agg(
        pl.len().alias("people"), pl.col("change").sum().alias("steps"))
    body = (pl.DataFrame({"direction": list(DIRECTIONS)}).join(counts, on="direction", how="left")
            .with_columns(pl.col("people", "steps").fill_null(0).cast(pl.Int64)))
    total = body.select(pl.lit("total").alias("direction"), pl.col("people").sum(), pl.col("steps").sum())
    return pl.concat([body, total])


def starting_steps(ladder: pl.DataFrame, start: date, end: date) -> pl.DataFrame:
    """Starting position on the ladder: people per starting step (rule above), steps 1–6 and a total."""
    first = first_and_last(ladder, start, end).group_by("first_step").agg(pl.len().alias("people"))
    body = (pl.DataFrame({"step": list(LADDER_STEPS)}).join(first, left_on="step", right_on="first_step", how="left")
            .with_columns(pl.col("people").fill_null(0).cast(pl.Int64), pl.col("step").cast(pl.Utf8)))
    return pl.concat([body, body.select(pl.lit("total").alias("step"), pl.col("people").sum())])


def gained(events: pl.DataFrame) -> dict[str, int]:
    """Certificates (or confirmed skill level-ups) in the period, and how many people gained one."""
    return {"count": events.height, "people": events["worker"].n_unique()}

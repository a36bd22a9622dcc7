"""From attendance rows to the per-shift work frame the other metrics read (pure, frame in, frame out)."""

from __future__ import annotations

import polars as pl

from wijkwerk.tables.enums import WorkMode

AMSTERDAM = "Europe/Amsterdam"


def local_month(starts_at: pl.Expr) -> pl.Expr:
    """'YYYY-MM' of a UTC instant in Amsterdam time (a shift at 23:30 UTC on 31 March is April)."""
    return starts_at.dt.convert_time_zone(AMSTERDAM).dt.strftime("%Y-%m")


def worker_shifts(attendance: pl.DataFrame, shifts: pl.DataFrame, jobs: pl.DataFrame,
                  workers: pl.DataFrame) -> pl.DataFrame:
    """One row per resident present on a shift in the period: worker, shift, job, month, shifts_worked
    (always 1), minutes and paid_cents.

    A person recorded twice for one shift (attendance kept on two roster versions) counts once,
    with the larger number of minutes. The volunteer allowance is minutes × the resident's
    hourly rate, rounded up per shift like the cap check, and only on volunteer jobs.
    """
    once = attendance.group_by("worker", "shift").agg(pl.col("minutes").max())
    volunteer = jobs.select("job", (pl.col("work_mode") == WorkMode.volunteer.value).alias("volunteer"))
    return (
        once.join(shifts.select("shift", "job", local_month(pl.col("starts_at")).alias("month")), on="shift")
        .join(volunteer, on="job", how="left")
        .join(workers.select("worker", "rate_cents_per_hour"), on="worker")
        .select("worker", "shift", "job", "month", pl.lit(1, pl.Int64).alias("shifts_worked"), "minutes",
                pl.when(pl.col("volunteer"))
                .then((pl.col("rate_cents_per_hour") * pl.col("minutes") + 59) // 60)
                .otherwise(0).cast(pl.Int64).alias("paid_cents"))
    )


def shifts_held(work: pl.DataFrame) -> pl.DataFrame:
    """Per job and month: distinct shifts in which at least one resident was present."""
    return work.group_by("job", "month").agg(pl.col("shift").n_unique().cast(pl.Int64).alias("shifts"))

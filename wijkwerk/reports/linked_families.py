"""The families of figures protected across linked reports, and their people frames (pure).

Each family names the people its figures describe, per month, area (where they live, or the
neighbourhood a ledger entry is booked to) and category, and how its figures add up (see
reports/linked.py). Tables point at families with `Link`s; this is the one place that says which
figure is about whom.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from wijkwerk.reports.disclosure import BENEFIT_THRESHOLD, PEOPLE_THRESHOLD
from wijkwerk.reports.linked import NO_AREA, Family
from wijkwerk.reports.loaders import Activity

FAMILIES = (
    # Hours and shifts by job type and client kind, and in total: sums over months and rows.
    Family("work_type"), Family("work_client"), Family("work", categorised=False),
    # Participants are distinct people: they add up over neighbourhoods only.
    Family("work_type_people", time_additive=False, category_additive=False),
    Family("work_client_people", time_additive=False, category_additive=False),
    Family("work_people", categorised=False, time_additive=False),
    # The volunteer allowance, and the people it paid.
    Family("paid", categorised=False), Family("paid_people", categorised=False, time_additive=False),
    # Booked allowances in the ledger (and the cost lines that contain them), by the entry's neighbourhood.
    Family("allowance", categorised=False, one_area=False),
    # Starting position by benefit type: special-category data, 10 per row; each person has one type.
    Family("reach_people", threshold=BENEFIT_THRESHOLD, total_threshold=PEOPLE_THRESHOLD, time_additive=False),
    Family("intakes", threshold=BENEFIT_THRESHOLD, total_threshold=PEOPLE_THRESHOLD, count_rows=True),
    Family("exits", count_rows=True),
)

# Families whose totals are one and the same figure in different tables (hours of the period; its
# distinct participants): a total hidden in one of them is hidden in all.
SAME_TOTALS = (("work", "work_type", "work_client"),
               ("work_people", "work_type_people", "work_client_people", "reach_people"))

# Which people frame each family reads.
_FRAME_OF = {"work_type": "work_type", "work_type_people": "work_type", "work_client": "work_client",
             "work_client_people": "work_client", "work": "work", "work_people": "work", "paid": "paid",
             "paid_people": "paid", "allowance": "allowance", "reach_people": "reach", "intakes": "intakes",
             "exits": "exits"}


@dataclass(frozen=True)
class YearData:
    """What the families are computed from, for a whole year (or up to its last closed month) of the town.

    activity: the core loader's frames; exits: worker, exit_on, kind; booked: job (null when the
    entry names none), period (the month paid for), entry_date, area (the entry's neighbourhood),
    cents (net, per job, month paid for, entry date and neighbourhood)."""

    activity: Activity
    exits: pl.DataFrame
    booked: pl.DataFrame


def _area(column: str = "neighbourhood") -> pl.Expr:
    return pl.col(column).fill_null(NO_AREA).cast(pl.Int64).alias("area")


def _month_number(month_text: pl.Expr) -> pl.Expr:
    return month_text.str.slice(5, 2).cast(pl.Int64).alias("month")


def people_frames(data: YearData, year: int, last_month: int) -> dict[str, pl.DataFrame]:
    """worker, month, area, category for each family's frame (months 1 to `last_month` of `year`)."""
    activity = data.activity
    homes = activity.workers.select("worker", _area(), "benefit_type", "starts_on")
    # One row per person, month, job and whether they were paid: a year's 600,000 attendance rows
    # become a few tens of thousands before any grouping.
    work = (activity.work.select("worker", "job", "month", (pl.col("paid_cents") > 0).alias("paid")).unique()
            .join(activity.jobs.select("job", "job_type", "client_kind"), on="job", how="left")
            .join(homes.select("worker", "area"), on="worker", how="left")
            .with_columns(_month_number(pl.col("month")), pl.col("area").fill_null(NO_AREA)))

    def shaped(frame: pl.DataFrame, category: pl.Expr) -> pl.DataFrame:
        return frame.select("worker", "month", "area", category.cast(pl.Utf8).alias("category"))

    paid = work.filter(pl.col("paid"))
    return {
        "work_type": shaped(work, pl.col("job_type")),
        "work_client": shaped(work, pl.col("client_kind")),
        "work": shaped(work, pl.lit("")),
        "paid": shaped(paid, pl.lit("")),
        "reach": shaped(work.join(homes.select("worker", "benefit_type"), on="worker", how="left"),
                        pl.col("benefit_type")),
        "exits": shaped(data.exits.join(homes.select("worker", "area"), on="worker", how="left")
                        .with_columns(pl.col("exit_on").dt.month().cast(pl.Int64).alias("month"),
                                      pl.col("area").fill_null(NO_AREA)), pl.col("kind")),
        "intakes": _intakes(activity.workers, year, last_month),
        "allowance": _allowance_people(data.booked, paid),
    }


def _intakes(workers: pl.DataFrame, year: int, last_month: int) -> pl.DataFrame:
    """New intakes of the year up to `last_month`: worker, month of the start date, area, benefit type."""
    started = workers.filter((pl.col("starts_on").dt.year() == year) & (pl.col("starts_on").dt.month() <= last_month))
    return started.select("worker", pl.col("starts_on").dt.month().cast(pl.Int64).alias("month"), _area(),
                          pl.col("benefit_type").cast(pl.Utf8).alias("category"))


def _allowance_people(booked: pl.DataFrame, paid: pl.DataFrame) -> pl.DataFrame:
    """Who each booked allowance paid, in the month the entry is dated and the area it is booked to:
    the residents paid on that job in the month it pays for. An entry that cannot be traced to
    anyone counts as one unknown person, so its amount is protected rather than shown."""
    entries = (booked.filter(pl.col("cents") > 0)
               .with_columns(pl.col("period").dt.month().cast(pl.Int64).alias("paid_month"),
                             pl.col("entry_date").dt.month().cast(pl.Int64).alias("month"), _area("area")))
    worked = paid.select("worker", "job", pl.col("month").alias("paid_month")).unique()
    traced = entries.join(worked, on=["job", "paid_month"], how="left")
    return traced.select(pl.col("worker").fill_null(-1), "month", "area", pl.lit("").alias("category"))


def frame_name(family: Family) -> str:
    return _FRAME_OF[family.name]

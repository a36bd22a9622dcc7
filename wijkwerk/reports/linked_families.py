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
from wijkwerk.reports.loaders_aandebak import AanDeBak
from wijkwerk.reports.loaders_progression import Progression
from wijkwerk.reports.metrics.activity import AMSTERDAM
from wijkwerk.tables.enums import ExitKind

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
    # Certificates and confirmed skill level-ups: events, summed over months and neighbourhoods;
    # the group is the distinct people who gained them.
    Family("certificates", categorised=False), Family("level_ups", categorised=False),
    # Lasting outflow: follow-ups due in the period, per follow-up point (26, 52 weeks; the table
    # has no total, so its rows are separate figures). "Not confirmed" (due − yes) is a group too.
    Family("lasting_due", category_additive=False), Family("lasting_yes", category_additive=False),
    Family("lasting_not_confirmed", category_additive=False),
    # AanDeBak events dated in the period, per sector, by the candidate's own neighbourhood.
    Family("aandebak_diplomas"), Family("aandebak_placements"), Family("aandebak_follow_ups"),
    Family("aandebak_still_employed"), Family("aandebak_not_employed"),
    # Per period, not from months (reports/linked_periods.py): a comparison within the period or a
    # state at its end. Each person is in one row, so the rows add up to the total.
    Family("ladder_movement", time_additive=False, per_period=True),
    Family("ladder_start", time_additive=False, per_period=True),
    Family("fairness", time_additive=False, per_period=True),
    Family("capped", categorised=False, time_additive=False, per_period=True),
    Family("aandebak_guarantees", time_additive=False, per_period=True),
    Family("aandebak_in_mediation", time_additive=False, per_period=True),
    Family("aandebak_kind", time_additive=False, per_period=True),
)

# Families whose totals are one and the same figure in different tables (hours of the period; its
# distinct participants): a total hidden in one of them is hidden in all.
SAME_TOTALS = (("work", "work_type", "work_client"),
               ("work_people", "work_type_people", "work_client_people", "reach_people"))

# Which people frame each family reads (the others read the frame of their own name).
_FRAME_OF = {"work_type": "work_type", "work_type_people": "work_type", "work_client": "work_client",
             "work_client_people": "work_client", "work": "work", "work_people": "work", "paid": "paid",
             "paid_people": "paid", "allowance": "allowance", "reach_people": "reach", "intakes": "intakes",
             "exits": "exits"}


@dataclass(frozen=True)
class YearData:
    """What the families are computed from, for a whole year (or up to its last closed month) of the town.

    activity: the core loader's frames; exits: worker, exit_on, kind; booked: job (null when the
    entry names none), period (the month paid for), entry_date, area (the entry's neighbourhood),
    cents (net, per job, month paid for, entry date and neighbourhood); the outflow loader's
    follow_ups; the progression and AanDeBak loaders' data."""

    activity: Activity
    exits: pl.DataFrame
    booked: pl.DataFrame
    follow_ups: pl.DataFrame
    progression: Progression
    aandebak: AanDeBak


def _area(column: str = "neighbourhood") -> pl.Expr:
    return pl.col(column).fill_null(NO_AREA).cast(pl.Int64).alias("area")


def _month_number(month_text: pl.Expr) -> pl.Expr:
    return month_text.str.slice(5, 2).cast(pl.Int64).alias("month")


def people_frames(data: YearData, year: int, last_month: int) -> dict[str, pl.DataFrame]:
    """worker, month, area, category for each family's frame (months 1 to `last_month` of `year`)."""
    activity = data.activity
    homes = activity.workers.select("worker", _area(), "benefit_type", "starts_on")
    # One row per person, month, job type and client kind, and whether they were paid: a year's
    # 600,000 attendance rows become far fewer before the many groupings below.
    work = (activity.work.join(activity.jobs.select("job", "job_type", "client_kind"), on="job", how="left")
            .group_by("worker", "month", "job_type", "client_kind").agg((pl.col("paid_cents") > 0).any().alias("paid"))
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
        "allowance": _allowance_people(data.booked, activity.work, year),
        **_events(data, homes.select("worker", "area"), year, last_month),
    }


def _events(data: YearData, homes: pl.DataFrame, year: int, last_month: int) -> dict[str, pl.DataFrame]:
    """Certificates, level-ups, lasting-outflow follow-ups and AanDeBak events, in the month they are
    dated (the loaders read them for the year up to its last month)."""
    def dated(frame: pl.DataFrame, day: pl.Expr, category: pl.Expr, where=homes, person: str = "worker"):
        return (frame.select(pl.col(person).alias("worker"), day.dt.month().cast(pl.Int64).alias("month"),
                             category.cast(pl.Utf8).alias("category"))
                .join(where, on="worker", how="left").with_columns(pl.col("area").fill_null(NO_AREA))
                .select("worker", "month", "area", "category"))

    progress, follow_ups = data.progression, data.follow_ups.filter(pl.col("kind") == ExitKind.job.value)
    weeks, due = pl.col("weeks"), pl.col("due_on")
    confirmed = pl.col("answer").fill_null("") == "yes"
    candidates = data.aandebak.candidates

    def within(day: pl.Expr) -> pl.Expr:  # candidates are loaded by start date; their events may fall in any year
        return ((day.dt.year() == year) & (day.dt.month() <= last_month)).fill_null(False)

    where = candidates.select(pl.col("candidate").alias("worker"), _area())
    asked = data.aandebak.follow_ups.join(candidates.select("candidate", "sector"), on="candidate")
    return {
        "certificates": dated(progress.certificates, pl.col("obtained_on"), pl.lit("")),
        # Decided at an instant: its month is Amsterdam's, as the report's period bounds are.
        "level_ups": dated(progress.level_ups, pl.col("decided_at").dt.convert_time_zone(AMSTERDAM), pl.lit("")),
        "lasting_due": dated(follow_ups, due, weeks),
        "lasting_yes": dated(follow_ups.filter(confirmed), due, weeks),
        "lasting_not_confirmed": dated(follow_ups.filter(~confirmed), due, weeks),
        **{f"aandebak_{name}": dated(candidates.filter(within(pl.col(day))), pl.col(day), pl.col("sector"), where,
                                     "candidate")
           for name, day in (("diplomas", "diploma_on"), ("placements", "placed_on"))},
        "aandebak_follow_ups": dated(asked, pl.col("due_on"), pl.col("sector"), where, "candidate"),
        "aandebak_still_employed": dated(asked.filter(pl.col("still_employed").fill_null(False)), pl.col("due_on"),
                                         pl.col("sector"), where, "candidate"),
        # Asked but not (or not yet) confirmed in work: "followed up minus still employed".
        "aandebak_not_employed": dated(asked.filter(~pl.col("still_employed").fill_null(False)), pl.col("due_on"),
                                       pl.col("sector"), where, "candidate"),
    }


def _intakes(workers: pl.DataFrame, year: int, last_month: int) -> pl.DataFrame:
    """New intakes of the year up to `last_month`: worker, month of the start date, area, benefit type."""
    started = workers.filter((pl.col("starts_on").dt.year() == year) & (pl.col("starts_on").dt.month() <= last_month))
    return started.select("worker", pl.col("starts_on").dt.month().cast(pl.Int64).alias("month"), _area(),
                          pl.col("benefit_type").cast(pl.Utf8).alias("category"))


def _allowance_people(booked: pl.DataFrame, work: pl.DataFrame, year: int) -> pl.DataFrame:
    """Who each booked allowance paid, in the month the entry is dated and the area it is booked to:
    the residents paid on that job in the month it pays for. An entry that cannot be traced to
    anyone (no job, or paying for a month outside the year read) counts as one unknown person, so
    its amount is protected rather than shown."""
    paid_month = pl.when(pl.col("period").dt.year() == year).then(pl.col("period").dt.month())
    entries = (booked.filter(pl.col("cents") > 0)
               .with_columns(paid_month.cast(pl.Int64).alias("paid_month"),
                             pl.col("entry_date").dt.month().cast(pl.Int64).alias("month"), _area("area")))
    worked = (work.filter(pl.col("paid_cents") > 0)
              .select("worker", "job", _month_number(pl.col("month")).alias("paid_month")).unique())
    traced = entries.join(worked, on=["job", "paid_month"], how="left")
    return traced.select(pl.col("worker").fill_null(-1), "month", "area", pl.lit("").alias("category"))


def frame_name(family: Family) -> str:
    return _FRAME_OF.get(family.name, family.name)

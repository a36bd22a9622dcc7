"""People per period for the linked families that do not add up over time (pure: frames in, frames out).

Ladder movement and the starting step compare a period's first and last measurement; a band of
hours against target and reaching a cap are about the period as a whole; an AanDeBak guarantee
held and being in mediation are states at the period's end. None of these is a sum of months,
but all add up over neighbourhoods (a resident lives in one) and over their rows. So each
figure's people are worked out with the section's own metric for every period a funder can read
(the time codes of reports/linked.py, up to the last month read) and counted per period
(linked.period_counts).

Each frame: worker (a candidate's id for AanDeBak), time, area (NO_AREA for none), category.
"""

from __future__ import annotations

import calendar
from datetime import date

import polars as pl

from wijkwerk.reports.linked import NO_AREA, YEAR
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.metrics import aandebak, compensation, fairness, progression
from wijkwerk.reports.metrics.progression import LADDER_STEPS


def periods(end: date) -> list[tuple[int, date, date]]:
    """(time code, first day, last day) of each month and quarter of `end`'s year that has begun
    by `end`, and of the year; none runs past `end` (a funder's running quarter stops at the last
    month that is over, reports/period.py)."""
    year = end.year

    def last_day(month: int) -> date:
        return min(date(year, month, calendar.monthrange(year, month)[1]), end)

    months = [(month, date(year, month, 1), last_day(month)) for month in range(1, end.month + 1)]
    quarters = [(21 + q, date(year, 3 * q + 1, 1), last_day(3 * q + 3)) for q in range(4) if 3 * q + 1 <= end.month]
    return months + quarters + [(YEAR, date(year, 1, 1), end)]


def _shaped(frame: pl.DataFrame, time: int, category: pl.Expr, person: str = "worker") -> pl.DataFrame:
    return frame.select(pl.col(person).cast(pl.Int64).alias("worker"), pl.lit(time, pl.Int64).alias("time"),
                        category.cast(pl.Utf8).alias("category"))


def _month_keys(start: date, end: date) -> list[str]:
    return [f"{start.year}-{month:02d}" for month in range(start.month, end.month + 1)]


def period_frames(activity: Activity, ladder: pl.DataFrame, candidates: pl.DataFrame,
                  end: date) -> dict[str, pl.DataFrame]:
    """The people frame of each per-period family, for the periods of `end`'s year up to `end`.

    activity, ladder and candidates are the year's (town) frames of their loaders."""
    # A year's attendance (600,000 rows at scale) becomes one row per resident and month, once;
    # every period below is a filter on that, not another pass over the attendance.
    by_month = activity.work.group_by("worker", "month").agg(pl.col("minutes", "paid_cents").sum())
    against_caps = compensation.months_against_caps(by_month, activity.allowances, activity.workers, activity.caps)
    parts: dict[str, list[pl.DataFrame]] = {}

    def add(name: str, frame: pl.DataFrame) -> None:
        parts.setdefault(name, []).append(frame)

    for time, start, last in periods(end):
        months = _month_keys(start, last)
        work = by_month.filter(pl.col("month").is_in(months))
        first_last = progression.first_and_last(ladder, start, last)
        add("ladder_movement", _shaped(progression.directions(first_last), time, pl.col("direction")))
        add("ladder_start", _shaped(first_last.filter(pl.col("first_step").is_in(LADDER_STEPS)), time,
                                    pl.col("first_step")))
        shares = fairness.with_band(fairness.share_of_target(work, activity.workers, start, last))
        add("fairness", _shaped(shares, time, pl.col("band")))
        capped = compensation.over_a_cap(against_caps.filter(pl.col("month").is_in(months)), work)
        add("capped", _shaped(capped, time, pl.lit("")))
        status = aandebak.flags(candidates, start, last)
        for flag in ("guarantees", "in_mediation"):
            add(f"aandebak_{flag}", _shaped(status.filter(pl.col(flag)), time, pl.col("sector"), "candidate"))
        add("aandebak_kind", _shaped(aandebak.holding_guarantee(candidates, last), time, pl.col("guarantee_kind"),
                                     "candidate"))
    homes = activity.workers.select("worker", pl.col("neighbourhood").alias("area"))
    candidate_homes = candidates.select(pl.col("candidate").alias("worker"), pl.col("neighbourhood").alias("area"))
    return {name: pl.concat(frames).join(candidate_homes if name.startswith("aandebak") else homes,
                                         on="worker", how="left")
            .with_columns(pl.col("area").fill_null(NO_AREA).cast(pl.Int64))
            for name, frames in parts.items()}

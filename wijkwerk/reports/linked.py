"""Disclosure control across linked reports: no hidden figure may come back as the difference of
two reports a funder is allowed to read (pure: frames in, a set of hidden aggregates out).

Funders read whole months, quarters and years, for the town or for one neighbourhood (where
residents live). Many figures add up across those reports: a quarter's hours are its months'
hours; the town's are its neighbourhoods' plus those of residents without one; a table's total
is the sum of its rows. A figure about 1–4 people, hidden in the report of one month and one
neighbourhood, could otherwise come back as "quarter minus the other two months" or "town minus
the other neighbourhoods". Suppression inside one table cannot see that.

So each family of linked figures is protected once, for a whole calendar year, on the grid of
every report that could be published: time (each month, each quarter, the year) × area (each
neighbourhood, the town) × row (each category, the total). This is the hypercube method used by
statistical offices (tau-argus): for every sensitive figure (1 to threshold−1 people), hide the
corners of a small box of figures so that adding +d and −d on alternating corners of the grid
leaves every figure outside the box unchanged. A reader who sees every visible figure of every
report then still cannot tell d, so no hidden figure in the box can be worked out. Corners are
groups of at least one person, so d can really move both ways (values stay non-negative).

Along a dimension the box takes either two siblings (two months of one quarter, two
neighbourhoods, two categories), whose parent then sees +d−d = 0 and stays visible, or one
member, whose parents are hidden too. Of all boxes, the one that hides the fewest people in
figures not yet hidden is chosen; every figure inside a chosen box is protected by it.

A dimension a figure does not add up along (distinct people over months: the same person works
in January and in February) has no sums to protect against: the box stays at the figure's own
place in it. Figures that are a status or a comparison within the period (ladder movement from
the first to the last measurement, a band of hours against target, held at the period's end) do
not come from months at all: their people are counted per period directly (period_counts).

Figures are published quarter by quarter (reports/publication.py), and a published figure must
not change from visible to hidden later, or a reader holding both an old and a new report could
still subtract. So the pattern can be extended: `already` holds what earlier publications hid
(kept hidden), `frozen` the times already published (a box that would newly hide one of their
visible figures is used only when no other box exists: after a correction to a closed period),
and only sensitive figures of `published` times are targets now; figures of times not yet
published (the rest of the year) may be hidden as part of a box, and stay hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import polars as pl

YEAR = 0  # time codes: 1–12 the months, 21–24 the quarters, 0 the whole year
TOWN = -1  # area codes: a neighbourhood's id, TOWN, or NO_AREA (never published on its own)
NO_AREA = 0
TOTAL = None  # category of a table's total row

Aggregate = tuple[int, int, str | None]  # (time, area, category)


def times_through(quarters: int) -> frozenset[int]:
    """The time codes published once `quarters` quarters of a year are: their months and quarters,
    and the year after the fourth (reports/period.py)."""
    return frozenset([*range(1, 3 * quarters + 1), *range(21, 21 + quarters), *([YEAR] if quarters == 4 else [])])


def quarter_of(month: int) -> int:
    return 21 + (month - 1) // 3


def period_code(kind: str, month: int) -> int:
    """The time code of a whole period: kind is 'maand', 'kwartaal' or 'jaar' (PeriodKind values)."""
    return {"maand": month, "kwartaal": quarter_of(month), "jaar": YEAR}[kind]


@dataclass(frozen=True)
class Family:
    """Figures that share one people frame and one way of adding up.

    time_additive: the figures of a quarter are the sums of its months' (hours, events), not
      distinct counts of people. category_additive: the total row is the sum of the rows.
    categorised: rows are categories with a total; otherwise the family is one line.
    count_rows: the people described are the frame's rows (events: exits, intakes), not
      distinct workers.
    one_area: each person belongs to one area (where they live), so the town's people are the
      sum of the areas' people; not so for ledger entries booked to the neighbourhood of a job.
    per_period: the people frame has a `time` code instead of a month: each period's people are
      worked out on their own (see period_counts); never additive over time.
    """

    name: str
    threshold: int = 5
    total_threshold: int | None = None
    time_additive: bool = True
    category_additive: bool = True
    categorised: bool = True
    count_rows: bool = False
    one_area: bool = True
    per_period: bool = False

    def __post_init__(self):
        if self.per_period and self.time_additive:
            raise ValueError(f"{self.name}: figures counted per period do not add up over time")

    def threshold_for(self, category: str | None) -> int:
        if category is TOTAL and self.categorised and self.total_threshold is not None:
            return self.total_threshold
        return self.threshold


def people_counts(people: pl.DataFrame, family: Family) -> dict[Aggregate, int]:
    """How many people every aggregate of the grid describes, including residents without a
    neighbourhood on their own (NO_AREA): they are the town minus its neighbourhoods.

    `people`: worker, month (1–12), area (NO_AREA for none), category (Utf8; ignored when the
    family is not categorised).
    """
    frame = _shaped(people, "month", family).with_columns(
        ((pl.col("month") - 1) // 3 + 21).alias("quarter"), pl.lit(YEAR).alias("year"))
    return _grouped(frame, ("month", "quarter", "year"), family)


def period_counts(people: pl.DataFrame, family: Family) -> dict[Aggregate, int]:
    """As people_counts, from people per period rather than per month: `people` has worker, time
    (a time code: 1–12, 21–24 or YEAR), area and category, one row per person counted in that
    period's figure. Each period is counted on its own (a quarter is not its months)."""
    return _grouped(_shaped(people, "time", family), ("time",), family)


def _shaped(people: pl.DataFrame, time: str, family: Family) -> pl.DataFrame:
    frame = people.select(
        "worker", pl.col(time).cast(pl.Int64), pl.col("area").cast(pl.Int64),
        (pl.col("category") if family.categorised else pl.lit("")).cast(pl.Utf8).alias("category"))
    # A person counts once per cell; the coarser cells count distinct people again.
    return frame if family.count_rows else frame.unique()


def _grouped(frame: pl.DataFrame, times: tuple[str, ...], family: Family) -> dict[Aggregate, int]:
    """People per (time, area, category) for every time column, area and town, category and total."""
    measure = pl.len() if family.count_rows else pl.col("worker").n_unique()
    categories = ("category", "total") if family.categorised else ("total",)
    # Events add up over areas, and so do people who each belong to one area: the town's counts
    # are then sums, which saves half the groupings of a year's data.
    areas = ("area",) if family.count_rows or family.one_area else ("area", "town")
    lazy = frame.with_columns(pl.lit(TOWN).alias("town"), pl.lit(None, pl.Utf8).alias("total")).lazy()
    grouped = pl.collect_all([lazy.group_by(time, area, category).agg(measure.alias("n"))
                              for time, area, category in product(times, areas, categories)])
    counts = {(t, a, c): n for part in grouped for t, a, c, n in part.iter_rows()}
    if "town" not in areas:
        for (time, area, category), n in list(counts.items()):
            counts[(time, TOWN, category)] = counts.get((time, TOWN, category), 0) + n
    return counts


def counts_for(people: pl.DataFrame, family: Family) -> dict[Aggregate, int]:
    """The family's people counts from its frame: per period or from months."""
    return period_counts(people, family) if family.per_period else people_counts(people, family)


def _time_options(family: Family, target: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(months carrying ±d, published times that see a change) for each box along time."""
    if not family.time_additive:
        return [((target,), (target,))]
    if 1 <= target <= 12:
        siblings = [m for m in range(1, 13) if quarter_of(m) == quarter_of(target) and m != target]
        return ([((target, sibling), (target, sibling)) for sibling in siblings]
                + [((target,), (target, quarter_of(target), YEAR))])
    if target == YEAR:
        return [((m,), (m, quarter_of(m), YEAR)) for m in range(1, 13)]
    inside = [m for m in range(1, 13) if quarter_of(m) == target]
    return ([((m, other), (m, other, target, quarter_of(other))) for m in inside
             for other in range(1, 13) if quarter_of(other) != target]
            + [((m,), (m, target, YEAR)) for m in inside])


def _area_options(areas: list[int], target: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    if target == TOWN:
        return [((area,), (area, TOWN)) for area in areas]
    return ([((target, other), (target, other)) for other in areas if other != target]
            + [((target,), (target, TOWN))])


def _category_options(family: Family, categories: list[str], target: str | None):
    if not family.categorised or not family.category_additive:
        return [((target,), (target,))]
    if target is TOTAL:
        return [((category,), (category, TOTAL)) for category in categories]
    return ([((target, other), (target, other)) for other in categories if other != target]
            + [((target,), (target, TOTAL))])


# Newly hiding a figure that is already published costs more than any box of unpublished ones.
_UNPUBLISH = 10**9


@dataclass
class _Grid:
    """The people counts of a year's grid and what is hidden so far; the cost of a box."""

    counts: dict[Aggregate, int]
    hidden: set[Aggregate]
    frozen: frozenset[int]

    def people_in(self, aggregate: Aggregate) -> int:
        return self.counts.get(aggregate, 0)

    def cost(self, aggregate: Aggregate) -> int:
        """What newly hiding the aggregate costs: nothing for what is hidden or never published
        (residents without a neighbourhood), the people in it, or _UNPUBLISH for a visible figure
        of a time already published."""
        if aggregate in self.hidden or aggregate[1] == NO_AREA:
            return 0
        return _UNPUBLISH if aggregate[0] in self.frozen else self.people_in(aggregate) + 1


def _shortlist(options: list, dimension: int, target: Aggregate, grid: _Grid, keep: int = 4) -> list:
    """The `keep` options of one dimension that look cheapest with the other two dimensions held at
    the target's own place: a real group at each corner there, fewest people newly hidden. Trying
    every combination of every option is cubic in the grid; this keeps a year report fast."""
    def at(value) -> Aggregate:
        place = list(target)
        place[dimension] = value
        return tuple(place)

    scored = []
    for support, seen in options:
        if any(grid.people_in(at(value)) <= 0 for value in support):
            continue
        scored.append((sum(grid.cost(at(value)) for value in seen), support, seen))
    scored.sort(key=lambda item: item[0])
    return [(support, seen) for _, support, seen in scored[:keep]]


def _cheapest_box(options: tuple[list, list, list], grid: _Grid) -> tuple[int, list[Aggregate]] | None:
    best = None
    for (t_support, t_seen), (a_support, a_seen), (c_support, c_seen) in product(*options):
        if any(grid.people_in(corner) <= 0 for corner in product(t_support, a_support, c_support)):
            continue
        moved = list(product(t_seen, a_seen, c_seen))
        cost = sum(grid.cost(aggregate) for aggregate in moved)
        if best is None or cost < best[0]:
            best = (cost, moved)
    return best


def hidden_aggregates(people: pl.DataFrame, family: Family) -> set[Aggregate]:
    """Every published aggregate of the year to hide: the sensitive ones and their boxes.

    Only aggregates that can be published are returned (areas other than NO_AREA)."""
    return {aggregate for aggregate in hidden_for_counts(counts_for(people, family), family)
            if aggregate[1] != NO_AREA}


def hidden_for_counts(counts: dict[Aggregate, int], family: Family, published: frozenset[int] | None = None,
                      frozen: frozenset[int] = frozenset(), already: frozenset[Aggregate] = frozenset()
                      ) -> set[Aggregate]:
    """As hidden_aggregates, from the people counts of every aggregate (see people_counts), and
    including the aggregates of residents without a neighbourhood that a box moved (they can be
    derived, so a later extension of the pattern must know them).

    published: the times whose sensitive figures are protected now (None: every time);
    frozen: times published earlier; already: what earlier publications hid (see module doc)."""
    areas = sorted({a for _, a, _ in counts if a != TOWN})
    categories = sorted({c for _, _, c in counts if c is not None}) if family.categorised else []
    grid = _Grid(counts, set(already), frozen)
    targets = sorted((aggregate for aggregate, n in counts.items()
                      if 0 < n < family.threshold_for(aggregate[2])
                      and (published is None or aggregate[0] in published)),
                     key=lambda a: (a[0] == YEAR, a[0] > 12, a[1] == TOWN, a[2] is TOTAL, a[0], a[1], a[2] or ""))
    for target in targets:
        if target in grid.hidden:
            continue  # inside a box already: that box's ±d moves it
        time, area, category = target
        options = (_time_options(family, time), _area_options(areas, area),
                   _category_options(family, categories, category))
        shortlist = tuple(_shortlist(list(choices), dimension, target, grid)
                          for dimension, choices in enumerate(options))
        box = _cheapest_box(shortlist, grid)
        if box is None or box[0] >= _UNPUBLISH:
            # The shortlist looks along one dimension at a time; before newly hiding a published
            # figure, try every combination.
            box = min(filter(None, (box, _cheapest_box(options, grid))), key=lambda found: found[0], default=None)
        # A target has people, so some cell inside it does: a box of one member always exists.
        grid.hidden.update(box[1] if box else [target])
    return grid.hidden

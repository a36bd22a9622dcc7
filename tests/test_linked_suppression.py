"""Cross-report disclosure control (reports/linked.py) checked by linear algebra.

For random years of small groups, every report a funder may read (each month, quarter and year,
for the town and each neighbourhood, each category and the total) is written as a sum over the
finest cells. A hidden figure is recoverable exactly when its row lies in the span of the visible
figures' rows; no sensitive figure may be. Pure: no database.
"""

from __future__ import annotations

import random
from itertools import product

import numpy as np
import polars as pl
import pytest

from wijkwerk.reports.linked import (
    NO_AREA, TOTAL, TOWN, YEAR, Family, counts_for, hidden_aggregates, hidden_for_counts, people_counts, period_counts,
    quarter_of, times_through,
)

TIMES = list(range(1, 13)) + [21, 22, 23, 24, YEAR]


def _months_of(time: int) -> list[int]:
    if 1 <= time <= 12:
        return [time]
    return list(range(1, 13)) if time == YEAR else [m for m in range(1, 13) if quarter_of(m) == time]


def _fine_cells(family: Family, areas: list[int], categories: list[str]):
    """The independent unknowns: months (or every period when distinct counts do not add up) ×
    areas including residents without one × categories (or each row on its own)."""
    times = list(range(1, 13)) if family.time_additive else TIMES
    rows = categories if (family.categorised and family.category_additive) else (
        categories + [TOTAL] if family.categorised else [TOTAL])
    return list(product(times, [NO_AREA, *areas], rows))


def _row(aggregate, family: Family, cells, areas) -> np.ndarray:
    time, area, category = aggregate
    times = set(_months_of(time)) if family.time_additive else {time}
    places = {NO_AREA, *areas} if area == TOWN else {area}
    if family.categorised and family.category_additive and category is TOTAL:
        rows = None  # every category
    else:
        rows = {category}
    return np.array([1.0 if (t in times and a in places and (rows is None or c in rows)) else 0.0
                     for t, a, c in cells])


def _recoverable(target: np.ndarray, visible: np.ndarray) -> bool:
    if visible.shape[0] == 0:
        return False
    base = np.linalg.matrix_rank(visible)
    return np.linalg.matrix_rank(np.vstack([visible, target])) == base


def _random_people(seed: int, areas: int, categories: int, rows: int, one_area: bool = True) -> pl.DataFrame:
    rng = random.Random(seed)
    # Few people over many cells: most cells hold 0–4 people, some more. A resident lives in one
    # area (0: no neighbourhood); ledger entries of one person can be booked to several.
    workers = [rng.randrange(rows // 2) for _ in range(rows)]
    return pl.DataFrame({
        "worker": workers,
        "month": [rng.choice([1, 2, 3, 4, 7, 11]) for _ in range(rows)],
        "area": [worker % (areas + 1) if one_area else rng.randrange(areas + 1) for worker in workers],
        "category": [f"c{rng.randrange(categories)}" for _ in range(rows)],
    })


def _counted_by_hand(people: pl.DataFrame, family: Family) -> dict:
    """People per aggregate, by brute force over the rows."""
    counts: dict = {}
    rows = people.rows(named=True)
    times = {m: (m, quarter_of(m), YEAR) for m in range(1, 13)}
    for row in rows:
        for time, area, category in product(times[row["month"]], (row["area"], TOWN),
                                             (row["category"], TOTAL) if family.categorised else (TOTAL,)):
            counts.setdefault((time, area, category), []).append(row["worker"])
    return {key: len(found) if family.count_rows else len(set(found)) for key, found in counts.items()}


@pytest.mark.parametrize("one_area", [True, False])
@pytest.mark.parametrize("count_rows", [True, False])
def test_people_counts_match_a_count_by_hand(one_area, count_rows):
    people = _random_people(7, areas=3, categories=3, rows=200, one_area=one_area)
    family = Family("f", count_rows=count_rows, one_area=one_area)
    assert people_counts(people, family) == _counted_by_hand(people, family)


def _check(people: pl.DataFrame, family: Family, hidden: set | None = None) -> int:
    counts = counts_for(people, family)
    hidden = hidden_aggregates(people, family) if hidden is None else hidden
    areas = sorted({a for _, a, _ in counts if a not in (TOWN, NO_AREA)})
    categories = sorted({c for _, _, c in counts if c is not None}) if family.categorised else []
    cells = _fine_cells(family, areas, categories)
    published = list(product(TIMES, [TOWN, *areas], [TOTAL, *categories] if family.categorised else [TOTAL]))
    visible = np.array([_row(a, family, cells, areas) for a in published if a not in hidden])
    sensitive = [a for a, n in counts.items() if 0 < n < family.threshold_for(a[2])]
    assert sensitive, "the fixture must hold small groups"
    for aggregate in sensitive:
        if aggregate[1] != NO_AREA:
            assert aggregate in hidden, aggregate
        assert not _recoverable(_row(aggregate, family, cells, areas), visible), aggregate
    # Not everything is hidden: the method keeps the large groups visible.
    assert len(hidden) < len(published)
    return len(sensitive)


@pytest.mark.parametrize("seed", range(6))
def test_additive_figures_cannot_be_recovered_from_any_combination_of_reports(seed):
    people = _random_people(seed, areas=3, categories=3, rows=140)
    family = Family("work", count_rows=False)
    assert _check(people, family) > 5


@pytest.mark.parametrize("seed", range(4))
def test_counted_events_with_a_higher_threshold_for_categories(seed):
    people = _random_people(100 + seed, areas=2, categories=3, rows=160)
    _check(people, Family("intakes", threshold=10, total_threshold=5, count_rows=True))


@pytest.mark.parametrize("seed", range(4))
def test_distinct_people_add_up_over_neighbourhoods_only(seed):
    people = _random_people(200 + seed, areas=3, categories=2, rows=120)
    _check(people, Family("participants", time_additive=False, category_additive=False))


@pytest.mark.parametrize("seed", range(3))
def test_entries_booked_to_several_neighbourhoods(seed):
    people = _random_people(400 + seed, areas=3, categories=1, rows=80, one_area=False)
    _check(people, Family("allowance", categorised=False, one_area=False))


@pytest.mark.parametrize("seed", range(4))
def test_one_line_without_categories(seed):
    people = _random_people(300 + seed, areas=4, categories=1, rows=60)
    _check(people, Family("paid", categorised=False))


def test_a_group_of_four_in_one_month_and_neighbourhood_takes_a_sibling_month_not_the_year():
    """Four people in January in area 1, twelve in February there, many elsewhere: January is
    hidden with February (the quarter sees +d−d and stays), not with the quarter or the year."""
    rows = ([(w, 1, 1, "x") for w in range(4)] + [(10 + w, 2, 1, "x") for w in range(12)]
            + [(100 + w, m, a, "x") for m in (1, 2, 3) for a in (2, 3) for w in range(20)])
    people = pl.DataFrame(rows, schema=["worker", "month", "area", "category"], orient="row")
    hidden = hidden_aggregates(people, Family("work", categorised=False))
    assert (1, 1, TOTAL) in hidden and (2, 1, TOTAL) in hidden
    assert (21, 1, TOTAL) not in hidden and (YEAR, 1, TOTAL) not in hidden
    assert (YEAR, TOWN, TOTAL) not in hidden


def _random_per_period(seed: int, areas: int, categories: int, rows: int) -> pl.DataFrame:
    """People per period, each period drawn on its own (a state at its end, a comparison within
    it), as reports/linked_periods.py builds them: one category per person and period."""
    rng = random.Random(seed)
    drawn = {(rng.randrange(rows // 3), rng.choice(TIMES)): (rng.randrange(areas + 1), f"c{rng.randrange(categories)}")
             for _ in range(rows)}
    return pl.DataFrame([(worker, time, area, category) for (worker, time), (area, category) in drawn.items()],
                        schema=["worker", "time", "area", "category"], orient="row")


@pytest.mark.parametrize("seed", range(4))
def test_figures_counted_per_period_add_up_over_neighbourhoods_and_rows(seed):
    people = _random_per_period(400 + seed, areas=3, categories=3, rows=220)
    assert _check(people, Family("bands", time_additive=False, per_period=True)) > 5


@pytest.mark.parametrize("seed", range(2))
def test_one_line_counted_per_period(seed):
    people = _random_per_period(500 + seed, areas=3, categories=1, rows=90)
    _check(people, Family("capped", categorised=False, time_additive=False, per_period=True))


def test_period_counts_count_each_period_on_its_own():
    """A person in January and in the first quarter counts in both; the quarter is not January
    plus February (people in a state at the quarter's end need not have been in it in January)."""
    people = pl.DataFrame({"worker": [1, 2, 1, 3], "time": [1, 2, 21, 21], "area": [5, 5, 5, NO_AREA],
                           "category": ["a", "a", "b", "a"]})
    counts = period_counts(people, Family("x", time_additive=False, per_period=True))
    assert counts[(1, 5, "a")] == 1 and counts[(2, TOWN, TOTAL)] == 1
    assert counts[(21, 5, "b")] == 1 and counts[(21, TOWN, "a")] == 1 and counts[(21, TOWN, TOTAL)] == 2
    assert (21, 5, "a") not in counts  # worker 2 was in the state in February only
    with pytest.raises(ValueError):
        Family("y", per_period=True)  # counted per period, so never additive over time


def _published_quarter_by_quarter(people: pl.DataFrame, family: Family) -> list[tuple[frozenset, set]]:
    """As reports/linking.py publishes: after each quarter, the pattern of the data so far extends
    the one before. Returns (times published, hidden) per quarter."""
    steps, already, frozen = [], frozenset(), frozenset()
    for quarters in range(1, 5):
        counts = counts_for(people.filter(pl.col("month") <= 3 * quarters), family)
        hidden = hidden_for_counts(counts, family, published=times_through(quarters), frozen=frozen, already=already)
        steps.append((times_through(quarters), hidden))
        already, frozen = frozenset(hidden), times_through(quarters)
    return steps


@pytest.mark.parametrize("family", [Family("work", count_rows=False), Family("exits", threshold=10, total_threshold=5,
                                                                             count_rows=True)], ids=["work", "exits"])
def test_a_pattern_published_quarter_by_quarter_keeps_what_was_published(family):
    """Hidden stays hidden and visible stays visible from one quarter's publication to the next, and
    the last one still protects every figure of the year against every combination of reports
    (readers of earlier publications saw the same figures: the data of those months is unchanged)."""
    differs_from_afresh = 0
    for seed in (0, 2, 5):
        people = _random_people(500 + seed, areas=3, categories=3, rows=140)
        steps = _published_quarter_by_quarter(people, family)
        for (times, before), (_, after) in zip(steps, steps[1:]):
            assert before <= after
            published_then = {a for a in after if a[0] in times and a[1] != NO_AREA}
            assert published_then <= before  # nothing published visible was hidden later
        final = {a for a in steps[-1][1] if a[1] != NO_AREA}
        _check(people, family, final)
        differs_from_afresh += final != hidden_aggregates(people, family)
    # Publishing in steps really constrains the pattern (a fresh one would differ from what was read).
    assert differs_from_afresh


def test_a_correction_to_a_published_quarter_hides_the_group_it_made_small():
    """A late correction leaves three people in a published January figure: the next publication
    hides it, with a box, keeping what was hidden hidden."""
    family = Family("work", categorised=False)
    rows = ([(w, 1, 1, "x") for w in range(6)] + [(10 + w, 2, 1, "x") for w in range(12)]
            + [(100 + w, m, a, "x") for m in (1, 2, 3, 4, 5) for a in (2, 3) for w in range(20)])
    people = pl.DataFrame(rows, schema=["worker", "month", "area", "category"], orient="row")
    first = hidden_for_counts(counts_for(people, family), family, published=times_through(1))
    assert (1, 1, TOTAL) not in first
    corrected = people.filter(~pl.col("worker").is_in([0, 1, 2]))
    second = hidden_for_counts(counts_for(corrected, family), family, published=times_through(2),
                               frozen=times_through(1), already=frozenset(first))
    assert first <= second and (1, 1, TOTAL) in second
    _check(corrected, family, {a for a in second if a[1] != NO_AREA and a[0] in times_through(2)} | {
        a for a in product(TIMES, [TOWN, 1, 2, 3], [TOTAL]) if a[0] not in times_through(2)})

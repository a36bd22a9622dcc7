"""Statistical disclosure control for funder tables: pure functions, frame in, frame out.

Primary suppression hides a count of 1 to threshold−1 people (5, or 10 for breakdowns by
benefit type or health). Columns that describe those people (their hours, their average
pay) are hidden with the count. Secondary suppression then hides the next-smallest cell of
a column (against the total row) or of a row (against a row total) until no hidden figure
can be worked out as "total minus the rest": never a single hidden cell in a line, and for
people counts never a hidden sum below the threshold (two hidden cells summing to 2 would
each be 1). Hidden cells become null; renderers show them as a marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

PEOPLE_THRESHOLD = 5
BENEFIT_THRESHOLD = 10  # breakdowns by benefit type or health (special-category data)
# A 10th or 90th percentile of a small group is one named position in it (of 5 people, the
# lowest and the highest): percentiles need at least this many people.
PERCENTILE_THRESHOLD = 10


@dataclass(frozen=True)
class Rule:
    """How one table must be protected.

    people: columns that count people. follows: value column → people column it describes.
    additive: columns whose last row (when total_row) is the sum of the rows above.
    parts/whole: within each row, the `parts` columns add up to `whole`.
    total_threshold: the threshold for the total row, which is not itself a breakdown (None: same).
    """

    people: tuple[str, ...] = ()
    threshold: int = PEOPLE_THRESHOLD
    follows: dict[str, str] = field(default_factory=dict)
    additive: tuple[str, ...] = ()
    total_row: bool = False
    parts: tuple[str, ...] = ()
    whole: str | None = None
    total_threshold: int | None = None

    def threshold_for(self, row: int, rows: int) -> int:
        if self.total_row and row == rows - 1 and self.total_threshold is not None:
            return self.total_threshold
        return self.threshold


Cell = tuple[int, str]


def primary_cells(columns: dict[str, list], rule: Rule) -> set[Cell]:
    """Counts of 1..threshold−1 people, plus every cell that describes such a group."""
    rows = len(next(iter(columns.values()), []))
    hidden = {(row, name) for name in rule.people for row, value in enumerate(columns[name])
              if value is not None and 0 < value < rule.threshold_for(row, rows)}
    return with_followers(hidden, rule)


def with_followers(hidden: set[Cell], rule: Rule) -> set[Cell]:
    """The hidden cells plus every value describing a hidden group (its share, its pay)."""
    hidden = set(hidden)
    while True:  # follows can chain: a share follows its count, which follows the group size
        more = {(row, value_column) for value_column, people_column in rule.follows.items()
                for row, name in hidden if name == people_column} - hidden
        if not more:
            return hidden
        hidden |= more


def _hide_one_more(columns: dict[str, list], candidates: list[Cell], hidden: set[Cell]) -> Cell | None:
    """The smallest visible candidate (non-zero first, so the pair really masks something)."""
    visible = [cell for cell in candidates if cell not in hidden and columns[cell[1]][cell[0]] is not None]
    if not visible:
        return None
    return min(visible, key=lambda cell: (columns[cell[1]][cell[0]] == 0, columns[cell[1]][cell[0]], cell))


def _exposed(columns: dict[str, list], rule: Rule, inside: list[Cell], threshold: int) -> bool:
    """Whether the hidden cells of one line can be worked out from its visible total.

    One hidden cell equals total minus the rest. Several hidden people counts are only known as
    a sum; below the threshold that sum still pins down a small group (two cells summing to 2
    are 1 each), so they need company until the sum reaches the threshold.
    """
    if len(inside) == 1:
        return True
    people = [columns[name][row] or 0 for row, name in inside if name in rule.people]
    return len(people) == len(inside) and 0 < sum(people) < threshold


def _sum_threshold(rule: Rule) -> int:
    """A hidden sum is a group of its own, like a total: it takes the total's threshold (5 for
    benefit-type tables too, whose breakdown cells take 10)."""
    return rule.total_threshold if rule.total_threshold is not None else rule.threshold


def _secondary_pass(columns: dict[str, list], rule: Rule, hidden: set[Cell], rows: int) -> set[Cell]:
    added: set[Cell] = set()
    body = range(rows - 1) if rule.total_row else range(rows)
    if rule.total_row:
        for name in rule.additive:
            inside = [(row, name) for row in body if (row, name) in hidden]
            if inside and (rows - 1, name) not in hidden and _exposed(columns, rule, inside, _sum_threshold(rule)):
                cell = _hide_one_more(columns, [(row, name) for row in body], hidden | added)
                added.add(cell or (rows - 1, name))  # nothing left to pair with: hide the total
    if rule.whole:
        for row in range(rows):
            inside = [(row, name) for name in rule.parts if (row, name) in hidden]
            if inside and (row, rule.whole) not in hidden and _exposed(columns, rule, inside, _sum_threshold(rule)):
                cell = _hide_one_more(columns, [(row, name) for name in rule.parts], hidden | added)
                added.add(cell or (row, rule.whole))
    return added


def hidden_cells(frame: pl.DataFrame, rule: Rule, already: frozenset[Cell] = frozenset()) -> set[Cell]:
    """Every cell to hide: primary, the cells hidden `already` (across linked reports, see
    reports/linked.py) with what follows them, then secondary passes until nothing changes."""
    columns = {name: frame[name].to_list() for name in frame.columns}
    hidden = with_followers(primary_cells(columns, rule) | set(already), rule)
    while True:
        added = _secondary_pass(columns, rule, hidden, frame.height) - hidden
        if not added:
            return hidden
        # A count hidden to protect another takes its share and pay along, like a primary one.
        hidden = with_followers(hidden | added, rule)


def protect(frame: pl.DataFrame, rule: Rule, already: frozenset[Cell] = frozenset()) -> pl.DataFrame:
    """The frame with every hidden cell set to null."""
    by_column: dict[str, list[int]] = {}
    for row, name in hidden_cells(frame, rule, already):
        by_column.setdefault(name, []).append(row)
    if not by_column:
        return frame
    index = pl.int_range(pl.len())
    return frame.with_columns(
        pl.when(index.is_in(rows)).then(None).otherwise(pl.col(name)).alias(name)
        for name, rows in by_column.items())

"""Disclosure control: small groups are hidden, and no hidden cell can be worked out from the totals."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkwerk.reports.disclosure import BENEFIT_THRESHOLD, Rule, protect


def with_total(values: list[int], name: str = "people") -> pl.DataFrame:
    labels = [f"group {i}" for i in range(len(values))] + ["total"]
    return pl.DataFrame({"group": labels, name: values + [sum(values)]})


COLUMN_RULE = Rule(people=("people",), additive=("people",), total_row=True)


def derivable(frame: pl.DataFrame, column: str, threshold: int = 5) -> list[int]:
    """Body rows a reader can pin down from the visible total: one hidden cell is 'total minus
    the visible rest'; several hidden cells whose sum ('total minus the rest') is below the
    threshold still reveal a small group (two hidden cells summing to 2 are 1 each)."""
    body = frame[column].to_list()[:-1]
    hidden = [i for i, value in enumerate(body) if value is None]
    total = frame[column].to_list()[-1]
    if not hidden or total is None:
        return []
    hidden_sum = total - sum(value for value in body if value is not None)
    return hidden if len(hidden) == 1 or hidden_sum < threshold else []


def test_a_group_of_four_is_hidden():
    protected = protect(with_total([4, 12, 30]), COLUMN_RULE)
    assert protected["people"].to_list()[0] is None


@pytest.mark.parametrize("values", [[4, 12, 30], [1, 6, 7, 8], [3, 0, 25], [2, 50]])
def test_total_minus_the_other_cells_does_not_reveal_a_hidden_cell(values):
    protected = protect(with_total(values), COLUMN_RULE)
    assert derivable(protected, "people") == []
    assert protected["people"].null_count() >= 2


def test_five_and_zero_are_shown():
    protected = protect(with_total([5, 0, 9]), COLUMN_RULE)
    assert protected["people"].to_list() == [5, 0, 9, 14]


def test_benefit_breakdowns_use_ten():
    rule = Rule(people=("people",), threshold=BENEFIT_THRESHOLD, additive=("people",), total_row=True,
                total_threshold=5)
    protected = protect(with_total([9, 10, 11]), rule)
    assert protected["people"].to_list()[0] is None and protected["people"].to_list()[-1] == 30


def test_a_total_below_the_threshold_is_hidden_too():
    protected = protect(with_total([2, 1]), COLUMN_RULE)
    assert protected["people"].to_list() == [None, None, None]


def test_a_single_hidden_row_hides_the_total_when_nothing_else_can_pair():
    protected = protect(with_total([3]), COLUMN_RULE)
    assert protected["people"].to_list() == [None, None]


def test_values_describing_a_hidden_group_are_hidden_with_it():
    frame = pl.DataFrame({"group": ["a", "b", "c"], "people": [3, 8, 9], "paid_cents": [900, 2400, 2700]})
    protected = protect(frame, Rule(people=("people",), follows={"paid_cents": "people"}))
    assert protected["paid_cents"].to_list() == [None, 2400, 2700]


def test_row_totals_get_secondary_suppression():
    frame = pl.DataFrame({"month": ["jan"], "men": [3], "women": [8], "other": [6], "all": [17]})
    rule = Rule(people=("men", "women", "other", "all"), parts=("men", "women", "other"), whole="all")
    row = protect(frame, rule).row(0)
    assert row[1] is None and sum(value is None for value in row[2:4]) == 1 and row[4] == 17


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=8))
def test_no_hidden_cell_is_ever_derivable(values):
    protected = protect(with_total(values), COLUMN_RULE)
    shown = protected["people"].to_list()
    assert all(value is None or value == 0 or value >= 5 for value in shown)
    assert derivable(protected, "people") == []


def test_two_small_hidden_cells_get_company_until_their_sum_is_not_small():
    """Benefit types 30/20/1/1/15: hiding only the two ones would let 'total minus the rest' = 2
    show that each is exactly 1 (WIA and Wajong status is health-related data)."""
    rule = Rule(people=("people",), additive=("people",), total_row=True, threshold=BENEFIT_THRESHOLD)
    protected = protect(with_total([30, 20, 1, 1, 15]), rule)
    assert protected["people"].to_list()[2:4] == [None, None]
    assert protected["people"].null_count() >= 3
    assert derivable(protected, "people", BENEFIT_THRESHOLD) == []


def test_the_work_of_a_hidden_group_is_hidden_with_it():
    from wijkwerk.reports.sections.work import RULE

    frame = pl.DataFrame({"job_type": ["groen", "schoonmaak"], "jobs": [3, 1], "shifts": [40, 2],
                          "minutes": [7200, 180], "participants": [12, 1]})
    protected = protect(frame, RULE)
    assert protected.row(1) == ("schoonmaak", None, None, None, None)
    assert protected.row(0) == ("groen", 3, 40, 7200, 12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30)),
                min_size=1, max_size=2))
def test_lasting_outflow_never_shows_a_small_difference(rows):
    """Asked minus still working is a group too: shown figures never leave 1–4 people between them."""
    from wijkwerk.reports.metrics.outflow import lasting
    from wijkwerk.reports.sections.outflow import LASTING_RULE
    from datetime import date

    follow_ups = pl.DataFrame(
        [{"weeks": weeks, "kind": "job", "due_on": date(2026, 1, 1), "answer": "yes" if i < yes else "no"}
         for weeks, (asked, yes) in zip((26, 52), rows) for i in range(max(asked, yes))],
        schema={"weeks": pl.Int64, "kind": pl.Utf8, "due_on": pl.Date, "answer": pl.Utf8})
    protected = protect(lasting(follow_ups, date(2026, 6, 1)), LASTING_RULE)
    for due, yes, percent in protected.select("due", "yes", "percent").iter_rows():
        assert due is None or due == 0 or due >= 5
        if yes is not None and due is not None:
            assert due - yes == 0 or due - yes >= 5
        assert percent is None or yes is not None


def test_a_count_hidden_to_protect_another_takes_its_share_along():
    frame = pl.DataFrame({"weeks": ["26"], "due": [6], "yes": [5], "not_confirmed": [1], "percent": [83]})
    from wijkwerk.reports.sections.outflow import LASTING_RULE

    assert protect(frame, LASTING_RULE).row(0) == ("26", 6, None, None, None)


def test_aandebak_never_shows_how_many_are_no_longer_employed_when_that_is_a_few():
    """Six followed up, five still employed: "followed up minus still employed" would be one
    person no longer in work, so "still employed" is hidden (and the other sector's with it)."""
    from wijkwerk.reports.sections.aandebak import ALL_ADDITIVE

    frame = pl.DataFrame({"sector": ["zorg", "techniek", "total"], "guarantees": [20, 20, 40],
                          "diplomas": [10, 10, 20], "placements": [8, 8, 16], "in_mediation": [0, 0, 0],
                          "follow_ups": [6, 12, 18], "still_employed": [5, 6, 11]})
    frame = frame.with_columns((pl.col("follow_ups") - pl.col("still_employed")).alias("not_employed"))
    protected = protect(frame, ALL_ADDITIVE)
    assert protected["still_employed"][0] is None and protected["not_employed"][0] is None
    assert protected["follow_ups"].to_list() == [6, 12, 18]
    # The column total minus the other sector would give Zorg's back: one more is hidden there.
    assert protected["still_employed"].null_count() >= 2

"""Fairness metrics on hand-checked numbers."""

from __future__ import annotations

import pytest

from optimiser.metrics import gini, jain, max_relative_shortfall


@pytest.mark.parametrize("values, expected", [([1, 1, 1, 1], 1.0), ([1, 0, 0, 0], 0.25), ([1, 0.5], 0.9), ([], 1.0)])
def test_jain(values, expected):
    assert jain(values) == pytest.approx(expected)


@pytest.mark.parametrize("values, expected", [([1, 1, 1], 0.0), ([1, 0], 0.5), ([0, 0, 0, 1], 0.75), ([], 0.0)])
def test_gini(values, expected):
    assert gini(values) == pytest.approx(expected)


def test_max_relative_shortfall_ignores_people_without_target_and_surplus():
    assert max_relative_shortfall([(240, 480), (600, 480), (0, 0)]) == 0.5

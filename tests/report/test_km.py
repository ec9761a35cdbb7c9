from __future__ import annotations

import math

import pytest

from warehouse.report.km import kaplan_meier


def test_kaplan_meier_by_hand() -> None:
    # Days: 1 answered, 2 answered, 2 answered, 3 still waiting (censored), 5 answered.
    points = kaplan_meier([1, 2, 2, 3, 5], [True, True, True, False, True])
    days = [p[0] for p in points]
    answered = [round(p[1], 6) for p in points]
    # S(1) = 4/5; S(2) = 4/5 * (1 - 2/4) = 2/5; day 3 censors one; day 5: S = 0.
    assert days == [0.0, 1.0, 2.0, 5.0]
    assert answered == [0.0, 0.2, 0.6, 1.0]
    # Greenwood at day 1: 1/(5*4) = 0.05; log-log band around S = 0.8.
    s, var = 0.8, 0.05
    spread = 1.959963984540054 * math.sqrt(var) / abs(math.log(s))
    low, high = 1 - s ** math.exp(-spread), 1 - s ** math.exp(spread)
    assert points[1][2:] == pytest.approx((low, high))
    assert 0 < points[1][2] < 0.2 < points[1][3] < 1


def test_censored_waiting_opportunities_hold_the_curve_below_one() -> None:
    points = kaplan_meier([2, 10, 10, 10], [True, False, False, False])
    assert [(p[0], p[1]) for p in points] == [(0.0, 0.0), (2.0, 0.25), (10.0, 0.25)]


def test_no_opportunities_gives_the_origin_only() -> None:
    assert kaplan_meier([], []) == [(0.0, 0.0, 0.0, 0.0)]

"""Business days on the user's clock, and the Kaplan–Meier estimator on its own."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import duckdb
import pytest

from warehouse.build import MODELS_DIR
from warehouse.metrics import kaplan_meier, km_at, km_median


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute((MODELS_DIR / "macros.sql").read_text())
    return con


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "end", "tz", "expected"),
    [
        ("2026-09-07 09:00", "2026-09-08 09:00", "UTC", 1.0),
        ("2026-09-11 17:00", "2026-09-14 09:00", "UTC", 16 / 24),
        ("2026-09-12 10:00", "2026-09-13 20:00", "UTC", 0.0),
        ("2026-09-11 12:00", "2026-09-18 12:00", "UTC", 5.0),
        ("2026-09-12 10:00", "2026-09-14 06:00", "UTC", 0.25),
        # Friday 22:00 CDT -> Saturday 10:00 CDT: two business hours in Chicago...
        ("2026-09-12 03:00", "2026-09-12 15:00", "America/Chicago", 2 / 24),
        # ...and none in UTC, where both instants fall on Saturday.
        ("2026-09-12 03:00", "2026-09-12 15:00", "UTC", 0.0),
        # Tokyo is Monday 00:30 when UTC is Sunday 15:30.
        ("2026-09-13 15:30", "2026-09-13 16:30", "Asia/Tokyo", 1 / 24),
    ],
    ids=[
        "mon-to-tue",
        "fri-evening-to-mon-morning",
        "weekend-only",
        "one-week",
        "sat-to-mon-6am",
        "chicago-friday-night",
        "utc-saturday",
        "tokyo-monday",
    ],
)
def test_business_days_between(con, start: str, end: str, tz: str, expected: float) -> None:
    got = con.execute(
        "select business_days_between(?::timestamptz, ?::timestamptz, ?)",
        [utc(start), utc(end), tz],
    ).fetchone()[0]
    assert got == pytest.approx(expected, abs=1e-9)


def test_weeks_start_on_monday_in_the_users_time_zone(con) -> None:
    # Sunday 2026-09-13 23:30 in Chicago is Monday 04:30 UTC.
    got = con.execute(
        "select local_week_start(?::timestamptz, 'America/Chicago'), "
        "local_week_start(?::timestamptz, 'UTC')",
        [utc("2026-09-14 04:30"), utc("2026-09-14 04:30")],
    ).fetchone()
    assert [str(d) for d in got] == ["2026-09-07", "2026-09-14"]


def test_kaplan_meier_by_hand() -> None:
    # Durations 1, 2, 2+, 3, 5+ (+ = censored). Answers before censorings at t = 2.
    durations = [1.0, 2.0, 2.0, 3.0, 5.0]
    answered = [True, True, False, True, False]
    steps = kaplan_meier(durations, answered)
    assert [(s.t, s.at_risk, s.events) for s in steps] == [(1.0, 5, 1), (2.0, 4, 1), (3.0, 2, 1)]
    assert [s.survival for s in steps] == pytest.approx([0.8, 0.6, 0.3])
    assert [s.greenwood for s in steps] == pytest.approx(
        [1 / 20, 1 / 20 + 1 / 12, 1 / 20 + 1 / 12 + 1 / 2]
    )
    point = km_at(steps, 2.5, durations)
    # S = 0.6, V = 0.133333; spread = 1.959964 * sqrt(V) / |ln 0.6| = 1.401021
    assert point.p_answer == pytest.approx(0.4)
    assert point.ci_low == pytest.approx(1 - 0.6 ** math.exp(-1.401021), abs=1e-6)
    assert point.ci_high == pytest.approx(1 - 0.6 ** math.exp(1.401021), abs=1e-6)
    assert (round(point.ci_low, 4), round(point.ci_high, 4)) == (0.1182, 0.8743)
    assert point.at_risk == 2
    assert km_at(steps, 7, durations).p_answer is None  # followed 5 days at most
    assert km_median(steps) == 3.0


def test_kaplan_meier_when_everyone_answered() -> None:
    steps = kaplan_meier([1.0, 2.0], [True, True])
    point = km_at(steps, 7, [1.0, 2.0])
    assert (point.p_answer, point.ci_low, point.ci_high) == (1.0, None, None)


def test_kaplan_meier_rejects_negative_durations() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        kaplan_meier([-1.0], [True])

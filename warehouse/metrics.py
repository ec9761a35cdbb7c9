"""Kaplan–Meier estimates of time to first response, with Greenwood log-log intervals.

Opportunities still waiting are right-censored at the time they have been waiting; they
lower the number at risk without counting as an answer, instead of being dropped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from warehouse.channels import CHANNELS

HORIZONS_DAYS: tuple[int, ...] = (7, 14, 30)
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class KMStep:
    """The survival curve just after time `t` (days)."""

    t: float
    at_risk: int
    events: int
    survival: float
    greenwood: float  # sum of d / (n (n - d)) up to t; inf once survival reaches 0


@dataclass(frozen=True)
class KMPoint:
    """P(answer within `horizon` days) with its 95% interval; None when not estimable."""

    horizon: float
    p_answer: float | None
    ci_low: float | None
    ci_high: float | None
    at_risk: int


def kaplan_meier(durations: Sequence[float], answered: Sequence[bool]) -> list[KMStep]:
    """Product-limit estimate; at tied times answers come before censorings."""
    if len(durations) != len(answered):
        raise ValueError("durations and answered differ in length")
    events_at: dict[float, int] = defaultdict(int)
    leaving_at: dict[float, int] = defaultdict(int)
    for t, a in zip(durations, answered, strict=True):
        if t < 0 or math.isnan(t):
            raise ValueError("durations must be non-negative numbers")
        leaving_at[t] += 1
        if a:
            events_at[t] += 1
    at_risk = len(durations)
    survival, greenwood = 1.0, 0.0
    steps: list[KMStep] = []
    for t in sorted(leaving_at):
        d = events_at.get(t, 0)
        if d:
            survival *= 1.0 - d / at_risk
            greenwood = math.inf if d == at_risk else greenwood + d / (at_risk * (at_risk - d))
            steps.append(KMStep(t, at_risk, d, survival, greenwood))
        at_risk -= leaving_at[t]
    return steps


def km_at(steps: Sequence[KMStep], horizon: float, durations: Sequence[float]) -> KMPoint:
    """P(answer within `horizon`) = 1 - S(horizon), 95% CI by the log-log transform.

    Not estimable (None) when nobody was followed that long and some were still
    waiting at the end of their follow-up. The interval is None when
    S is 0 or 1 (the log-log transform has no spread there).
    """
    at_risk = sum(1 for t in durations if t >= horizon)
    survival, greenwood = 1.0, 0.0
    for step in steps:
        if step.t > horizon:
            break
        survival, greenwood = step.survival, step.greenwood
    if not durations or (max(durations) < horizon and survival > 0.0):
        return KMPoint(horizon, None, None, None, at_risk)
    p = 1.0 - survival
    if survival <= 0.0 or survival >= 1.0 or math.isinf(greenwood):
        return KMPoint(horizon, p, None, None, at_risk)
    log_s = math.log(survival)
    spread = Z_95 * math.sqrt(greenwood) / abs(log_s)
    s_low = survival ** math.exp(spread)  # exponent > 1 lowers S
    s_high = survival ** math.exp(-spread)
    return KMPoint(horizon, p, 1.0 - s_high, 1.0 - s_low, at_risk)


def km_median(steps: Sequence[KMStep]) -> float | None:
    """The first time at which S drops to 0.5 or below; None if it never does."""
    for step in steps:
        if step.survival <= 0.5:
            return step.t
    return None


def km_table(rows: Iterable[tuple[str, float, bool]]) -> list[dict[str, object]]:
    """One row per channel and horizon from (channel, days observed, answered) rows."""
    by_channel: dict[str, tuple[list[float], list[bool]]] = {c: ([], []) for c in CHANNELS}
    for channel, days, answered in rows:
        durations, flags = by_channel.setdefault(channel, ([], []))
        durations.append(float(days))
        flags.append(bool(answered))
    out: list[dict[str, object]] = []
    for channel, (durations, flags) in by_channel.items():
        steps = kaplan_meier(durations, flags)
        median = km_median(steps)
        for horizon in HORIZONS_DAYS:
            point = km_at(steps, horizon, durations)
            out.append(
                {
                    "channel": channel,
                    "horizon_days": horizon,
                    "n": len(durations),
                    "at_risk": point.at_risk,
                    "p_answer": point.p_answer,
                    "ci_low": point.ci_low,
                    "ci_high": point.ci_high,
                    "km_median_days": median,
                }
            )
    return out


_KM_SCHEMA = pa.schema(
    [
        ("channel", pa.string()),
        ("horizon_days", pa.int32()),
        ("n", pa.int64()),
        ("at_risk", pa.int64()),
        ("p_answer", pa.float64()),
        ("ci_low", pa.float64()),
        ("ci_high", pa.float64()),
        ("km_median_days", pa.float64()),
    ]
)


def build_km_response(con: duckdb.DuckDBPyConnection) -> int:
    """Write `km_response_by_channel` from the pursued opportunities."""
    rows = con.execute(
        """
        select channel, observed_days, is_responded
        from opportunities
        where is_pursued
        """
    ).fetchall()
    table = pa.Table.from_pylist(km_table(rows), schema=_KM_SCHEMA)
    con.register("_km_rows", table)
    try:
        con.execute("create or replace table km_response_by_channel as select * from _km_rows")
    finally:
        con.unregister("_km_rows")
    return table.num_rows

"""Kaplan–Meier curves for the report's chart: P(answered within t days) with a 95% band.

The marts hold the KM figures at 7/14/30 days; the chart needs the whole step curve, so
it is computed here from the opportunities' durations (days until the first human
answer, or days observed so far for those still waiting, which are censored).
The band is Greenwood's variance on the log(-log S) scale, as in the marts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Z95 = 1.959963984540054


def kaplan_meier(
    durations: Sequence[float], answered: Sequence[bool]
) -> list[tuple[float, float, float, float]]:
    """Steps (day, P(answered by day), low, high), starting with (0, 0, 0, 0)."""
    pairs = sorted(zip(durations, answered, strict=True))
    at_risk = len(pairs)
    survival, greenwood = 1.0, 0.0
    points = [(0.0, 0.0, 0.0, 0.0)]
    i = 0
    while i < len(pairs):
        day = pairs[i][0]
        events = removed = 0
        while i < len(pairs) and pairs[i][0] == day:
            events += pairs[i][1]
            removed += 1
            i += 1
        if events:
            survival *= 1 - events / at_risk
            if at_risk > events:
                greenwood += events / (at_risk * (at_risk - events))
            low_s, high_s = _loglog_band(survival, greenwood)
            points.append((float(day), 1 - survival, 1 - high_s, 1 - low_s))
        at_risk -= removed
    if pairs:
        last_day = float(pairs[-1][0])
        if last_day > points[-1][0]:
            points.append((last_day, *points[-1][1:]))
    return points


def _loglog_band(survival: float, greenwood: float) -> tuple[float, float]:
    """95% interval for S(t); degenerate at S in {0, 1}."""
    if survival <= 0.0:
        return 0.0, 0.0
    if survival >= 1.0:
        return 1.0, 1.0
    log_s = math.log(survival)
    spread = Z95 * math.sqrt(greenwood) / abs(log_s)
    return survival ** math.exp(spread), survival ** math.exp(-spread)

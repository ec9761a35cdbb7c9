"""Quota tables and a pacer that spends quota units no faster than the budget allows.

Gmail charges quota units per method per user per minute. Projects created on or after
1 May 2026 get 6,000 units/min and `messages.get` costs 20; older projects keep
15,000 units/min and 5 per `messages.get` (developers.google.com/workspace/gmail/api/
reference/quota). Calendar counts requests: 600/min per user.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class QuotaTable:
    name: str
    units_per_minute: int
    costs: Mapping[str, int]

    def cost(self, method: str) -> int:
        return self.costs.get(method, 1)


GMAIL_QUOTA_TABLES: dict[str, QuotaTable] = {
    "2026": QuotaTable(
        "2026",
        6_000,
        {
            "getProfile": 1,
            "history.list": 2,
            "messages.list": 5,
            "messages.get": 20,
            "threads.list": 10,  # not in the 2026 announcement; the classic price is assumed
            "threads.get": 40,
        },
    ),
    "classic": QuotaTable(
        "classic",
        15_000,
        {
            "getProfile": 1,
            "history.list": 2,
            "messages.list": 5,
            "messages.get": 5,
            "threads.list": 10,
            "threads.get": 10,
        },
    ),
}
CALENDAR_QUOTA = QuotaTable("calendar", 600, {"calendarList.list": 1, "events.list": 1})

# Pace a little under the limit: other apps of the same project share the user's budget.
PACE_FRACTION = 0.9


@dataclass
class QuotaPacer:
    """A token bucket in quota units; `spend` sleeps until the budget allows the call.

    It also tallies calls and units per method, which the benchmark reports.
    """

    table: QuotaTable
    units_per_minute: float | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    calls: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    slept: float = 0.0

    def __post_init__(self) -> None:
        if self.units_per_minute is None:
            self.units_per_minute = self.table.units_per_minute * PACE_FRACTION
        self._rate = float(self.units_per_minute) / 60.0
        # A burst of about six seconds of budget: one 50-call batch of gets fits in it.
        self._capacity = max(self._rate * 6.0, float(max(self.table.costs.values(), default=1)))
        self._tokens = self._capacity
        self._last = self.clock()

    def spend(self, method: str, count: int = 1) -> None:
        need = float(self.table.cost(method) * count)
        self.calls[method] += count
        self.units[method] += int(need)
        now = self.clock()
        elapsed = max(0.0, now - self._last)
        self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
        self._last = now
        self._tokens -= need
        if self._tokens < 0:
            wait = -self._tokens / self._rate
            self.slept += wait
            self.sleep(wait)
            # The sleep refilled exactly the deficit.
            self._tokens = 0.0
            self._last = now + wait

    @property
    def total_units(self) -> int:
        return sum(self.units.values())

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())

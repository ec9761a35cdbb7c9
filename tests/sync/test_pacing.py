"""The quota pacer keeps spending under the configured units per minute."""

from __future__ import annotations

import pytest

from flows.sources.google_quota import GMAIL_QUOTA_TABLES, QuotaPacer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize("table", ["2026", "classic"])
def test_pacer_spends_at_most_the_budget_per_minute(table: str) -> None:
    clock = FakeClock()
    quota = GMAIL_QUOTA_TABLES[table]
    pacer = QuotaPacer(quota, 3000, clock=clock, sleep=clock.sleep)
    # Ten minutes' worth of messages.get in batches of 50.
    batches = (3000 * 10) // (quota.cost("messages.get") * 50)
    for _ in range(batches):
        pacer.spend("messages.get", 50)
    assert pacer.total_units == batches * 50 * quota.cost("messages.get")
    # The first burst (6 s of budget) is free; the rest runs at 3,000 units/min.
    minutes = clock.now / 60
    assert pacer.total_units <= 3000 * minutes + 3000 / 10 + 1
    assert minutes >= 9.0


def test_pacer_does_not_wait_under_budget() -> None:
    clock = FakeClock()
    pacer = QuotaPacer(GMAIL_QUOTA_TABLES["2026"], None, clock=clock, sleep=clock.sleep)
    assert pacer.units_per_minute == 6000 * 0.9
    for _ in range(10):
        pacer.spend("history.list")
        clock.now += 1.0
    assert pacer.slept == 0.0
    assert dict(pacer.calls) == {"history.list": 10}
    assert pacer.total_units == 20

"""Business days and weeks follow the user's time zone, not UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.warehouse.scenario import Mailbox, build, rows, settings

# Acknowledged Saturday 03:00 UTC (Friday 22:00 in Chicago); a person answers Monday
# 03:00 UTC (Sunday 22:00 in Chicago): 48 hours either way.
ACK = datetime(2026, 9, 12, 3, 0, tzinfo=UTC)
REPLY = datetime(2026, 9, 14, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("tz", "business_days", "reply_week"),
    [
        ("America/Chicago", 2 / 24, date(2026, 9, 7)),  # Friday 22:00-24:00 only
        ("UTC", 3 / 24, date(2026, 9, 14)),  # Monday 00:00-03:00 only
        ("Asia/Tokyo", 12 / 24, date(2026, 9, 14)),  # Saturday 12:00 -> Monday 12:00
    ],
    ids=["chicago", "utc", "tokyo"],
)
def test_latency_and_weeks_in_the_users_time_zone(tz, business_days, reply_week) -> None:
    box = Mailbox()
    box.ack("ack", ACK, sender="acme@myworkday.com", company="Acme", role="SRE", thread="a")
    box.mail(
        "pat",
        REPLY,
        sender="pat@acme.com",
        kind="status_update",
        company="Acme",
        role="SRE",
        thread="a",
    )
    con = build(box, built_with=settings(timezone=tz))
    got = rows(con, "select response_hours, response_business_days from opportunities")
    assert got == [{"response_hours": 48.0, "response_business_days": pytest.approx(business_days)}]
    weeks = rows(con, "select week_start from weekly_activity where replies > 0")
    assert weeks == [{"week_start": reply_week}]

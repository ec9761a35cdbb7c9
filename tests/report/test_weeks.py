from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from warehouse.report.weeks import last_complete_week, parse_week, week_of


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("2026-W47", date(2026, 11, 16)),
        ("2026W47", date(2026, 11, 16)),
        ("2026-w01", date(2025, 12, 29)),
        ("2026-W53", date(2026, 12, 28)),
    ],
    ids=["dash", "no-dash", "lower-w-week-1-starts-in-december", "53-week-year"],
)
def test_parse_week(text: str, monday: date) -> None:
    week = parse_week(text, "UTC")
    assert (week.monday, week.sunday.isoformat()) == (
        monday,
        str(monday.fromordinal(monday.toordinal() + 6)),
    )


@pytest.mark.parametrize(
    "text", ["2026-47", "last week", "2027-W53", "2026-W00"], ids=["no-w", "words", "no-w53", "w0"]
)
def test_parse_week_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="week"):
        parse_week(text, "UTC")


def test_week_boundary_follows_the_users_time_zone() -> None:
    # Monday 03:00 UTC is still Sunday evening in Chicago: the previous week there.
    moment = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    assert week_of(moment, "UTC").label == "2026-W48"
    assert week_of(moment, "America/Chicago").label == "2026-W47"
    week = week_of(moment, "America/Chicago")
    assert (week.start.isoformat(), week.end.isoformat()) == (
        "2026-11-16T00:00:00-06:00",
        "2026-11-23T00:00:00-06:00",
    )


def test_monday_morning_reports_the_week_just_past() -> None:
    monday_8am = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 08:00 in Chicago
    assert last_complete_week(monday_8am, "America/Chicago").label == "2026-W47"

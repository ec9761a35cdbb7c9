"""The encouragement says only what the week's numbers carry."""

from __future__ import annotations

import pytest

from warehouse.report.data import ReportData
from warehouse.report.encourage import encouragement
from warehouse.report.weeks import parse_week

ZERO = {
    "applications": 0, "messages_sent": 0, "networking_touchpoints": 0, "replies": 0,
    "interview_invitations": 0, "interviews": 0, "offers": 0, "rejections": 0,
}  # fmt: skip


def _data(this: dict, last: dict | None = None, **extra) -> ReportData:
    return ReportData(
        week=parse_week("2026-W47", "UTC"),
        generated_for="default",
        now=None,
        this_week={**ZERO, **this},
        last_week={**ZERO, **(last or {})},
        **extra,
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            _data({"networking_touchpoints": 3}),
            [
                "This week: 3 networking touchpoints. Every one of them is progress.",
                "No replies came in this week.",
            ],
        ),
        (
            _data({"applications": 1, "messages_sent": 2, "replies": 2}, {"replies": 1}),
            [
                "This week: 1 application and 2 messages sent. Every one of them is progress.",
                "Replies rose to 2 from 1 the week before.",
            ],
        ),
        (
            _data({"messages_sent": 1}, days_since_reply=23),
            [
                "This week: 1 message sent. Every one of them is progress.",
                "No replies came in this week.",
                "It is about 23 days since the last reply: a long silence, named here so it "
                "is not hidden.",
            ],
        ),
        (
            _data({}, days_since_reply=40),
            [
                "Week 2026-W47 was silent: no applications, outreach, networking, replies or "
                "interviews were recorded.",
                "The last reply came about 40 days before the end of this week. A long "
                "silence is worth naming; one note to someone you know restarts the clock.",
            ],
        ),
        (
            _data(
                {"replies": 1, "rejections": 2},
                latency=[
                    {"channel": "cold_application", "n": 40, "response_rate": 0.1},
                    {"channel": "referral", "n": 2, "response_rate": 1.0},
                    {"channel": "networking", "n": 6, "response_rate": 0.5},
                ],
            ),
            [
                "Replies rose to 1 from 0 the week before.",
                "2 rejections: each one closes a loop that would otherwise stay open.",
                "Across the search, networking answers most often: 50% of 6 opportunities "
                "got a human reply.",
            ],
        ),
    ],
    ids=[
        "networking-counts",
        "more-replies",
        "long-silence-named",
        "silent-week",
        "best-channel-needs-three",
    ],  # fmt: skip
)
def test_encouragement(data: ReportData, expected: list[str]) -> None:
    assert encouragement(data) == expected

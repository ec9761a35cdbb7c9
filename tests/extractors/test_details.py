from datetime import UTC, datetime

import pytest

from extractors.details import default_zone, interview_time, interview_type, offer_terms

PIPES = ("sneaker_cues", "sneaker_kind", "sneaker_details")
SENT = datetime(2026, 11, 10, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your interview is on Tuesday, November 18, 2026 at 2:00 PM EST.",
            "2026-11-18T19:00:00+00:00",
        ),
        ("Your interview is scheduled for Nov 18 2:30pm PT.", "2026-11-18T22:30:00+00:00"),
        (
            "Your interview is scheduled: 11/18/2026 10:00 AM (GMT-05:00)",
            "2026-11-18T15:00:00+00:00",
        ),
        ("Your interview is scheduled on January 5 at 9:00 AM ET.", "2027-01-05T14:00:00+00:00"),
        ("Your interview is scheduled. More details to follow.", None),
    ],
    ids=[
        "long-date-est",
        "short-date-pacific-range-less",
        "numeric-with-gmt-offset",
        "year-rolls-forward",
        "no-time",
    ],
)
def test_interview_at(run_pipes, text, expected):
    doc = run_pipes(
        PIPES,
        subject="Interview confirmation",
        body_text=text,
        from_name="Acme Recruiting",
        from_addr="no-reply@goodtime.io",
        sent_at=SENT,
    )
    assert doc._.facts["kind"] == "interview_invitation"
    assert doc._.facts["interview_at"] == expected


# SENT is Tuesday 2026-11-10 15:00 UTC (10:00 in New York).
@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("Are you free Thursday at 2pm or Friday at 11am?", None, "2026-11-12T14:00:00+00:00"),
        ("Are you free Thursday at 2pm?", "America/New_York", "2026-11-12T19:00:00+00:00"),
        ("Could we talk tomorrow at 10?", "America/New_York", "2026-11-11T15:00:00+00:00"),
        ("Can you do a quick call at 3 today?", None, None),
        ("Would today at 4:30 PM PT work?", "Europe/London", "2026-11-11T00:30:00+00:00"),
        ("How about Tuesday at 9am?", None, "2026-11-17T09:00:00+00:00"),
        ("How about next Monday at 3:30 PM ET?", None, "2026-11-16T20:30:00+00:00"),
        (
            "Date: Thursday, March 19, 2027\nTime: 10:00 AM - 11:00 AM",
            "America/Chicago",
            "2027-03-19T15:00:00+00:00",
        ),
        (
            "Your interview is on Thursday 19 November 2026 at 14:30.",
            "Europe/London",
            "2026-11-19T14:30:00+00:00",
        ),
        ("Your interview: 11/18/2026 10:00 AM", "Not/AZone", "2026-11-18T10:00:00+00:00"),
        ("We have 12 openings on Friday 3 interviews each.", None, None),
    ],
    ids=[
        "weekday-at-pm-utc-default",
        "weekday-in-users-zone",
        "tomorrow-bare-hour-after-at",
        "bare-hour-before-today-is-no-time",
        "today-with-zone-beats-users-zone",
        "same-weekday-means-next-week",
        "next-weekday",
        "date-line-then-time-line",
        "day-month-order-24h",
        "unknown-user-zone-falls-back-to-utc",
        "numbers-after-a-weekday-are-no-time",
    ],
)
def test_interview_time_relative_and_default_zone(text, zone, expected):
    found = interview_time(text, SENT, default_zone(zone))
    assert (found[0].isoformat() if found else None) == expected


def test_no_sent_date_no_relative_time():
    assert interview_time("Are you free Thursday at 2pm?", None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 30 minute phone screen with our recruiter", "phone_screen"),
        ("a 60 minute technical interview with live coding", "technical"),
        ("the virtual onsite consists of four interviews", "onsite"),
        ("you have been selected for the final round", "final"),
        ("Jane, Senior Technical Recruiter, will call you for a phone screen", "phone_screen"),
        ("a conversation", None),
    ],
    ids=["phone", "technical", "onsite", "final", "recruiter-title-is-not-technical", "unknown"],
)
def test_interview_type(text, expected):
    assert interview_type(text) == expected


def test_offer_terms():
    text = (
        "Base salary of $185,000, a target bonus of 15%, 20,000 RSUs, a $10k sign-on bonus "
        "and a start date of June 1, 2026."
    )
    assert offer_terms(text) == {
        "base_salary": "$185,000",
        "sign_on_bonus": "$10k",
        "bonus": "15%",
        "equity": "20,000 RSUs",
        "start_date": "June 1, 2026",
    }

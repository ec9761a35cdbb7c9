"""A three-week job search, built by the real warehouse, for the report tests.

Week 2026-W37 starts it (two cold applications, two networking notes, a rejection), W38
is silent, W39 brings a referral-style networking thread that turns into an interview
and an offer, an Initech interview on the calendar, and a low-confidence mail.
"""

from __future__ import annotations

import duckdb

from flows.config import Settings
from tests.warehouse.scenario import Mailbox, at, build, settings

TZ = "America/Chicago"
WEEK = "2026-W39"  # Mon Sep 21 – Sun Sep 27, 2026
QUIET_WEEK = "2026-W38"  # Sep 14–20: nothing at all


def story() -> Mailbox:
    box = Mailbox()
    # W37
    box.ack("g1", at(0, 2), sender="no-reply@globex.com", company="Globex", role="Backend Engineer")
    umbrella = box.conversation(
        sender="no-reply@umbrella.com", automated=True, company="Umbrella", role="SRE"
    )
    umbrella("u1", at(1), kind="application_confirmation")
    umbrella("u2", at(3), kind="rejection", thread="t-u1")
    zoe = box.conversation(kind="networking", company="Acme", thread="1869173529371943936")
    zoe("n1", at(1, 5), me=True, to=("zoe@acme.com",))
    zoe("n2", at(2, 1), sender="zoe@acme.com", name="Zoë Nguyễn")
    box.mail(
        "w1",
        at(2, 3),
        me=True,
        to=("hr@wayne.com",),
        kind="networking",
        company="Wayne Enterprises",
        role="Staff Engineer",
        thread="19f0a36bf1c724ff",
        subject="Coffee next week?",
    )
    # W38: silence.
    # W39
    pal = box.conversation(kind="networking", company="Hooli", thread="th")
    pal("h1", at(14, 3), me=True, to=("pal@hooli.com",))
    pal("h2", at(14, 8), sender="pal@hooli.com")
    hooli = box.conversation(
        sender="recruiter@hooli.com", company="Hooli", role="Engineering Manager", thread="th2"
    )
    hooli("h3", at(15, 2), kind="interview_invitation", interview_at=at(16, 6))
    hooli("h4", at(17, 6), kind="offer")
    box.mail(
        "i1",
        at(15, 4),
        sender="talent@initech.com",
        kind="interview_invitation",
        company="Initech",
        role="Senior Engineer",
        thread="ti",
        ical=("uid-initech",),
        interview_at=at(19, 7),
    )
    box.event(
        "e1", at(19, 7), uid="uid-initech", company="Initech", attendees=("talent@initech.com",)
    )
    box.mail(
        "s1",
        at(16),
        sender="bot@stark.com",
        kind="status_update",
        automated=True,
        company="Stark",
        role="Engineer",
        confidence=0.4,
    )
    return box  # fmt: skip


def story_settings(home) -> Settings:  # noqa: ANN001 - a Path or None
    return settings(home, timezone=TZ)


def build_story(con: duckdb.DuckDBPyConnection, home=None) -> Settings:  # noqa: ANN001
    """Load the story and build every model; returns the settings it was built with."""
    built_with = story_settings(home)
    build(story(), con, built_with)
    return built_with

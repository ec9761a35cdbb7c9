"""Exchange latency, follow-ups, upcoming interviews, weekly activity and the timeline.

Monday 2026-09-07 09:00 UTC is T0; "now" is the newest mail, T0 + 20 days (a Saturday).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build, rows


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    box = Mailbox()
    # A recruiter thread: Lee writes, he answers in 2 h; Lee invites 22 h after that, he
    # answers in 30 min; then nobody writes again.
    lee = box.conversation(
        sender="lee@zeta.io", name="Lee Chen", company="Zeta", role="SRE", thread="x"
    )
    lee("l1", at(0), kind="recruiter_outreach")
    box.mail("me1", at(0, 2), me=True, to=("lee@zeta.io",), thread="x")
    lee("l2", at(1), kind="interview_invitation", interview_at=at(30))
    box.mail("me2", at(1, 0, 30), me=True, to=("lee@zeta.io",), thread="x")
    box.event("ev-past", at(3), company="Zeta", attendees=("lee@zeta.io",))
    box.event("ev-next", at(25), company="Zeta", attendees=("lee@zeta.io",))
    # A networking thread: he writes Wednesday, nudges Friday, she answers Monday.
    box.mail("n1", at(2), me=True, to=("ann@gmail.com",), kind="networking", thread="n")
    box.mail("n2", at(4), me=True, to=("ann@gmail.com",), kind="networking", thread="n")
    box.mail("n3", at(7), sender="ann@gmail.com", kind="networking", thread="n")
    box.mail("alert", at(20), sender="alerts@indeed.com", kind="job_alert", automated=True)
    return build(box)


def test_exchanges_pair_each_message_with_the_next_reply(con) -> None:
    got = rows(
        con,
        "select exchange_id, exchange_type, channel, reply_message_id, "
        "reply_hours, reply_business_days, is_follow_up from exchanges "
        "order by sent_at",
    )
    assert got == [
        {
            "exchange_id": "l1",
            "exchange_type": "recruiter_sent",
            "channel": "recruiter_inbound",
            "reply_message_id": "me1",
            "reply_hours": 2.0,
            "reply_business_days": 2 / 24,
            "is_follow_up": False,
        },
        {
            "exchange_id": "me1",
            "exchange_type": "candidate_sent",
            "channel": "recruiter_inbound",
            "reply_message_id": "l2",
            "reply_hours": 22.0,
            "reply_business_days": 22 / 24,
            "is_follow_up": False,
        },
        {
            "exchange_id": "l2",
            "exchange_type": "recruiter_sent",
            "channel": "recruiter_inbound",
            "reply_message_id": "me2",
            "reply_hours": 0.5,
            "reply_business_days": 0.5 / 24,
            "is_follow_up": False,
        },
        {
            "exchange_id": "me2",
            "exchange_type": "candidate_sent",
            "channel": "recruiter_inbound",
            "reply_message_id": None,
            "reply_hours": None,
            "reply_business_days": None,
            "is_follow_up": False,
        },
        {
            "exchange_id": "n1",
            "exchange_type": "candidate_sent",
            "channel": "networking",
            "reply_message_id": "n3",
            "reply_hours": 120.0,
            "reply_business_days": 3.0,
            "is_follow_up": False,
        },
        {
            "exchange_id": "n2",
            "exchange_type": "candidate_sent",
            "channel": "networking",
            "reply_message_id": "n3",
            "reply_hours": 72.0,
            "reply_business_days": 1.0,
            "is_follow_up": True,
        },
    ]


def test_reply_latency_by_channel(con) -> None:
    got = rows(
        con,
        "select channel, exchange_type, n, replied, reply_rate, median_reply_hours, "
        "p75_reply_hours, p90_reply_hours, median_reply_business_days "
        "from reply_latency_by_channel where n > 0",
    )
    assert got == [
        {
            "channel": "networking",
            "exchange_type": "candidate_sent",
            "n": 1,
            "replied": 1,
            "reply_rate": 1.0,
            "median_reply_hours": 120.0,
            "p75_reply_hours": 120.0,
            "p90_reply_hours": 120.0,
            "median_reply_business_days": 3.0,
        },
        {
            "channel": "recruiter_inbound",
            "exchange_type": "candidate_sent",
            "n": 2,
            "replied": 1,
            "reply_rate": 0.5,
            "median_reply_hours": 22.0,
            "p75_reply_hours": 22.0,
            "p90_reply_hours": 22.0,
            "median_reply_business_days": pytest.approx(22 / 24),
        },
        # His own replies to Lee: 2 h and 0.5 h; p75 = 0.5 + 0.75 * 1.5, p90 = 0.5 + 0.9 * 1.5.
        {
            "channel": "recruiter_inbound",
            "exchange_type": "recruiter_sent",
            "n": 2,
            "replied": 2,
            "reply_rate": 1.0,
            "median_reply_hours": 1.25,
            "p75_reply_hours": pytest.approx(1.625),
            "p90_reply_hours": pytest.approx(1.85),
            "median_reply_business_days": pytest.approx(1.25 / 24),
        },
    ]
    assert rows(con, "select count(*) as n from reply_latency_by_channel") == [{"n": 14}]


def test_follow_ups_due(con) -> None:
    got = rows(
        con,
        "select organization_name, channel, contact_name, contact_email, gmail_thread_id, "
        "last_message_id, last_sent_message_id, days_waiting, business_days_waiting, "
        "is_ghosted from follow_ups_due",
    )
    # Tuesday 09:30 -> Saturday of the third week: 19 days less 30 minutes; business days:
    # 14.5 h on that Tuesday, Wednesday to Friday, then two full weeks.
    assert got == [
        {
            "organization_name": "Zeta",
            "channel": "recruiter_inbound",
            "contact_name": "Lee Chen",
            "contact_email": "lee@zeta.io",
            "gmail_thread_id": "x",
            "last_message_id": "me2",
            "last_sent_message_id": "me2",
            "days_waiting": pytest.approx(19 - 0.5 / 24),
            "business_days_waiting": pytest.approx(3 + 14.5 / 24 + 10),
            "is_ghosted": False,
        },
    ]


def test_follow_ups_due_names_whom_he_waits_on() -> None:
    box = Mailbox()
    # Kim wrote once (so her name is known); his last mail to her, copied to himself and
    # to a colleague of hers, went unanswered.
    box.mail("k1", at(0), sender="kim@omega.io", name="Kim Diaz", kind="networking", thread="k")
    box.mail("k2", at(1), me=True, to=("me@example.com", "Kim@Omega.io", "bo@omega.io"),
             kind="networking", thread="k")  # fmt: skip
    # A cold application to an address that never wrote: the address, no name.
    box.mail("c1", at(2), me=True, to=("jobs@initech.com",), company="Initech", role="SRE",
             kind="application_confirmation", thread="c")  # fmt: skip
    box.mail("z", at(20), sender="alerts@indeed.com", kind="job_alert", automated=True)
    got = rows(
        build(box),
        "select last_sent_message_id, contact_name, contact_email from follow_ups_due "
        "order by last_sent_message_id",
    )
    assert got == [
        {"last_sent_message_id": "c1", "contact_name": None, "contact_email": "jobs@initech.com"},
        {"last_sent_message_id": "k2", "contact_name": "Kim Diaz", "contact_email": "kim@omega.io"},
    ]


def test_upcoming_interviews(con) -> None:
    got = rows(
        con,
        "select organization_name, source, event_id, message_id, starts_at "
        "from upcoming_interviews",
    )
    assert got == [
        {
            "organization_name": "Zeta",
            "source": "event",
            "event_id": "ev-next",
            "message_id": None,
            "starts_at": at(25),
        },
        {
            "organization_name": "Zeta",
            "source": "message",
            "event_id": None,
            "message_id": "l2",
            "starts_at": at(30),
        },
    ]


def test_upcoming_interviews_lists_an_interview_once_whatever_the_spelling() -> None:
    box = Mailbox()
    # Two spellings of one company, two roles, so two opportunities: the application,
    # whose calendar event is the interview the recruiter's mail names.
    box.ack("a1", at(0), sender="prairiewavemobility@myworkday.com",
            company="Prairiewavemobility", role="Engineer III", thread="a")  # fmt: skip
    box.mail("p1", at(1), sender="zoe@prairiewave.com", company="Prairiewave Mobility",
             role="Software Engineer III", kind="interview_invitation", interview_at=at(25),
             thread="p")  # fmt: skip
    box.event("ev-p", at(25), company="Prairiewavemobility", attendees=("pat@prairiewave.com",))
    # The same invite copied to a second calendar, read with the other spelling.
    box.event("ev-p-copy", at(25), company="Prairiewave Mobility",
              attendees=("zoe@prairiewave.com",))  # fmt: skip
    # A mail carrying the invite's iCalUID whose time was read 3 hours off (no zone).
    box.mail("b1", at(2), sender="kai@blueworks.io", company="Blueworks", role="SRE",
             kind="interview_invitation", interview_at=at(27, 3), ical=("inv-b@blueworks.io",),
             thread="b")  # fmt: skip
    box.event("ev-b", at(27), uid="inv-b@blueworks.io", company="Blue Works Labs",
              attendees=("hr@bw-mail.com",))  # fmt: skip
    # Another interview at another time stays.
    box.mail("c1", at(3), sender="ann@initech.com", company="Initech", role="SRE",
             kind="interview_invitation", interview_at=at(28), thread="c")  # fmt: skip
    box.mail("z", at(20), sender="alerts@indeed.com", kind="job_alert", automated=True)
    got = rows(
        build(box),
        "select organization_name, role_name, source, event_id, message_id, starts_at "
        "from upcoming_interviews",
    )
    assert got == [
        {
            "organization_name": "Prairiewavemobility",
            "role_name": "Engineer III",
            "source": "event",
            "event_id": "ev-p",
            "message_id": None,
            "starts_at": at(25),
        },
        {
            "organization_name": "Blueworks",
            "role_name": "SRE",
            "source": "event",
            "event_id": "ev-b",
            "message_id": None,
            "starts_at": at(27),
        },
        {
            "organization_name": "Initech",
            "role_name": "SRE",
            "source": "message",
            "event_id": None,
            "message_id": "c1",
            "starts_at": at(28),
        },
    ]


def test_weekly_activity(con) -> None:
    got = rows(con, "select * exclude (week_end) from weekly_activity")
    zero = {
        "opportunities_started": 0,
        "applications": 0,
        "networking_started": 0,
        "recruiter_started": 0,
        "applications_acknowledged": 0,
        "messages_sent": 0,
        "networking_messages_sent": 0,
        "networking_touchpoints": 0,
        "replies": 0,
        "interview_invitations": 0,
        "interviews": 0,
        "offers": 0,
        "rejections": 0,
    }
    assert got == [
        {
            **zero,
            "week_start": date(2026, 9, 7),
            "opportunities_started": 2,
            "networking_started": 1,
            "recruiter_started": 1,
            "messages_sent": 4,
            "networking_messages_sent": 2,
            "networking_touchpoints": 2,
            "replies": 1,
            "interview_invitations": 1,
            "interviews": 1,
        },
        {**zero, "week_start": date(2026, 9, 14), "networking_touchpoints": 1, "replies": 1},
        {**zero, "week_start": date(2026, 9, 21)},
    ]


def test_opportunity_timeline_marks_stage_changes(con) -> None:
    got = rows(
        con,
        "select touchpoint_id, direction, stage, is_stage_change, is_future "
        "from opportunity_timeline where organization_name = 'Zeta'",
    )
    assert got == [
        {
            "touchpoint_id": "l1",
            "direction": "to_candidate",
            "stage": "contacted",
            "is_stage_change": True,
            "is_future": False,
        },
        {
            "touchpoint_id": "me1",
            "direction": "from_candidate",
            "stage": "contacted",
            "is_stage_change": False,
            "is_future": False,
        },
        {
            "touchpoint_id": "l2",
            "direction": "to_candidate",
            "stage": "interviewing",
            "is_stage_change": True,
            "is_future": False,
        },
        {
            "touchpoint_id": "me2",
            "direction": "from_candidate",
            "stage": "contacted",
            "is_stage_change": False,
            "is_future": False,
        },
        {
            "touchpoint_id": "ev-past",
            "direction": "meeting",
            "stage": "interviewing",
            "is_stage_change": False,
            "is_future": False,
        },
        {
            "touchpoint_id": "ev-next",
            "direction": "meeting",
            "stage": "interviewing",
            "is_stage_change": False,
            "is_future": True,
        },
    ]


def test_keys_hold(con) -> None:
    from warehouse.build import check_keys

    assert check_keys(con) == []

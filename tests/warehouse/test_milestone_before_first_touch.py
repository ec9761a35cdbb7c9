"""A milestone dated before the clock start gives no negative latency, and is flagged.

Real mailboxes make such opportunities: a rejection the candidate answers afterwards (the
clock starts at his reply), a recruiter whose first message already invites to an
interview, or a misread mail linked to a later application (the demo's layoff mail read
as a rejection from the old employer, months before an application naming it). A
negative interval is no latency: it must not reach a median or an average.
"""

from __future__ import annotations

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build, rows


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    box = Mailbox()
    # A: the rejection (Mon 09:00) comes first; he replies 2 days later asking for feedback:
    # his reply is the first touch, the rejection 48 h before it.
    acme = box.conversation(sender="pat@acme.com", company="Acme", role="SRE", thread="a")
    acme("a-rej", at(0), kind="rejection")
    acme("a-reply", at(2), me=True, kind="rejection", to=("pat@acme.com",))
    # B: a recruiter's first message invites to a call; he answers a day later.
    beta = box.conversation(sender="lee@beta.io", company="Beta", role="Data Engineer", thread="b")
    beta("b-invite", at(1), kind="interview_invitation")
    beta("b-reply", at(2), me=True, kind="interview_invitation", to=("lee@beta.io",))
    # C: the ordinary case, for contrast: ack, then a rejection 3 days later (72 h).
    box.ack("c-ack", at(3), sender="gamma@hire.lever.co", company="Gamma", role="QA", thread="c")
    box.mail(
        "c-rej",
        at(6),
        sender="gamma@hire.lever.co",
        kind="rejection",
        automated=True,
        company="Gamma",
        role="QA",
        thread="c",
    )
    return build(box)


def by_org(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    got = rows(
        con,
        "select organization_name, first_touch_id, decision, decision_hours, "
        "interview_hours, is_milestone_before_first_touch from opportunities",
    )
    return {r.pop("organization_name"): r for r in got}


def test_a_milestone_before_the_first_touch_has_no_latency_and_is_flagged(con) -> None:
    assert by_org(con) == {
        "Acme": {
            "first_touch_id": "a-reply",
            "decision": "rejection",
            "decision_hours": None,
            "interview_hours": None,
            "is_milestone_before_first_touch": True,
        },
        "Beta": {
            "first_touch_id": "b-reply",
            "decision": None,
            "decision_hours": None,
            "interview_hours": None,
            "is_milestone_before_first_touch": True,
        },
        "Gamma": {
            "first_touch_id": "c-ack",
            "decision": "rejection",
            "decision_hours": 72.0,
            "interview_hours": None,
            "is_milestone_before_first_touch": False,
        },
    }


def test_no_latency_column_is_ever_negative(con) -> None:
    negative = rows(
        con,
        "select opportunity_id from opportunities where response_hours < 0 "
        "or response_business_days < 0 or interview_hours < 0 or decision_hours < 0 "
        "or observed_days < 0",
    )
    assert negative == []


def test_the_review_queue_names_the_mail_dated_before_the_first_touch_of_each_opportunity(
    con,
) -> None:
    got = rows(
        con,
        "select opportunities.organization_name, review_queue.item_type, review_queue.item_id, "
        "review_queue.detail, review_queue.subject, review_queue.occurred_at "
        "from review_queue join opportunities using (opportunity_id) "
        "where reason = 'milestone_before_first_touch' order by 1",
    )
    assert got == [
        {
            "organization_name": "Acme",
            "item_type": "message",
            "item_id": "a-rej",
            "detail": "rejection 2.0 days before the first touch: no decision latency",
            "subject": "subject a-rej",
            "occurred_at": at(0),
        },
        {
            "organization_name": "Beta",
            "item_type": "message",
            "item_id": "b-invite",
            "detail": "interview 1.0 days before the first touch: no interview latency",
            "subject": "subject b-invite",
            "occurred_at": at(1),
        },
    ]

"""A rebuild picks the same row wherever two candidates tie (same count, same instant)."""

from __future__ import annotations

from tests.warehouse.scenario import Mailbox, at, build, rows


def test_a_contact_is_named_as_seen_most_often_then_most_recently() -> None:
    box = Mailbox()
    pat = box.conversation(sender="pat@acme.com", company="Acme", thread="p")
    pat("p1", at(0), name="Pat Lee", kind="recruiter_outreach")
    pat("p2", at(1), name="Patricia Lee", kind="interview_invitation")
    kim = box.conversation(sender="kim@omega.io", company="Omega", thread="k")
    kim("k1", at(0), name="Kim Diaz", kind="recruiter_outreach")
    kim("k2", at(1), name="Kim Diaz", kind="interview_invitation")
    kim("k3", at(2), name="K. Diaz", kind="interview_invitation")
    con = build(box)
    assert rows(con, "select email, contact_name from contacts order by email") == [
        {"email": "kim@omega.io", "contact_name": "Kim Diaz"},
        {"email": "pat@acme.com", "contact_name": "Patricia Lee"},
    ]


def test_channel_evidence_at_the_same_instant_is_the_first_touchpoint() -> None:
    box = Mailbox()
    for key in ("b2", "b1"):  # stored in the opposite order of their ids
        box.ack(key, at(0), sender="jobs-noreply@linkedin.com", company="Acme", role="Analyst")
    con = build(box)
    first = rows(con, "select min(touchpoint_id) as id from touchpoints")[0]["id"]
    assert rows(con, "select channel, channel_evidence_id from opportunity_channels") == [
        {"channel": "job_board", "channel_evidence_id": first}
    ]

"""Which rows the review queue holds: those a person can act on."""

from __future__ import annotations

import pytest

from tests.warehouse.scenario import Mailbox, at, build, rows


@pytest.mark.parametrize(
    ("key", "listed"),
    [("k1", True), ("m1", True), ("m2", False), ("k2", True)],
    ids=[
        "a-recruiters-unsure-outreach",
        "the-candidates-unsure-first-note",
        "the-candidates-unsure-reply-is-not",
        "an-unsure-answer-to-his-reply",
    ],
)
def test_a_low_confidence_row_is_for_mail_the_candidate_did_not_write_in_answer(
    key: str, listed: bool
) -> None:
    box = Mailbox()
    kai = box.conversation(sender="kai@delta.com", company="Delta Corp", role="SRE", thread="d")
    kai("k1", at(0), kind="recruiter_outreach", confidence=0.4)
    # his reply takes the outreach's kind, at a low confidence (the extractor's thread pass)
    kai("m2", at(1), me=True, to=("kai@delta.com",), kind="recruiter_outreach", confidence=0.5)
    kai("k2", at(2), kind="interview_invitation", confidence=0.45)
    box.mail(
        "m1",
        at(3),
        me=True,
        to=("lee@zeta.io",),
        thread="z",
        kind="networking",
        company="Zeta",
        confidence=0.5,
    )
    con = build(box)
    got = rows(con, "select item_id from review_queue where reason = 'low_confidence'")
    assert ({"item_id": key} in got) is listed

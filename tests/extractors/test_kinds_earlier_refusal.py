"""sneaker_kind rules: a refusal told as past history ("sorry it didn't work out that time")
in a recruiter's mail about a new role no longer settles rejection, so the textcat's reading
of the new approach stands; a refusal dated within its own process stays one. All text is
invented."""

import pytest

from tests.extractors.kind_cases import by_id, kind_of
from tests.extractors.test_kind_vote import cats, classify

RECRUITER = {"from_name": "Ivy Chen", "from_addr": "ivy.chen@northwind-robotics.com"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jo,\n\nI saw you applied for our Account Executive position - sorry it didn't work "
        "out that time. We've just opened a Customer Success Manager role that suits your "
        "background even better. Any interest?",
        "Hi Jo,\n\nYou applied to one of our roles over the summer and while it didn't work "
        "out, our data team just opened a Senior Engineer position. Would you be interested in "
        "talking?",
        "Hi Jo,\n\nI know you interviewed with us earlier this year and we didn't end up moving "
        "forward. We've just opened a Platform Engineer role that is a much closer match. Would "
        "you be open to a chat?",
    ],
    ids=["didnt-work-out-that-time", "over-the-summer", "earlier-this-year"],
)
def test_an_earlier_refusal_leaves_a_new_approach_to_the_textcat(body: str) -> None:
    record = {**RECRUITER, "subject": "A new role at Northwind?", "body_text": body}
    assert classify(record, cats("recruiter_outreach", 0.9), 0.35)[0] == "recruiter_outreach"


CASES = [
    # refusals of the process at hand, however they refer back
    (
        "move-you-forward-on-that-one",
        RECRUITER,
        "Re: Data Engineer",
        "Thanks again for your time. The team went with someone more senior, so I won't be able "
        "to move you forward on that one.",
        "rejection",
    ),
    (
        "further-to-our-previous-message",
        ATS,
        "Software Engineer",
        "Further to our previous message, we regret to inform you that the vacancy has now been "
        "withdrawn and we have closed all applications.",
        "rejection",
    ),
    (
        "interviewed-earlier-this-month",
        ATS,
        "Your application",
        "Thank you for interviewing with us earlier this month. Unfortunately we have decided not "
        "to move forward with your application.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("sender", "body", "expected"),
    [
        pytest.param(
            {"from_name": "Ben Lachance", "from_addr": "ben.lachance@zephyr.io"},
            "Hey Jo, heard from Camille that it didn't work out. Sorry! If you want I can give "
            "you some notes on what the interviewers look for. Coffee next week?",
            "networking",
            id="heard-from-a-colleague",
        ),
        pytest.param(
            {"from_name": "Priya Shah", "from_addr": "priya.shah@loop.com"},
            "Hi Jo - Jen told you we went another way, but your portfolio was one of the best I "
            "saw. If you're ever up for it, I'd love to have you speak at our design guild.",
            "networking",
            id="told-you-we-went-another-way",
        ),
        pytest.param(
            RECRUITER,
            "Hi Jo, I heard back from the client and unfortunately they went with someone else.",
            "rejection",
            id="agency-heard-back-stays-rejection",
        ),
    ],
)
def test_a_refusal_told_second_hand_leaves_a_note_to_the_textcat(sender, body, expected):
    record = {**sender, "subject": "sorry about the outcome", "body_text": body}
    assert classify(record, cats(expected, 0.9), 0.35)[0] == expected

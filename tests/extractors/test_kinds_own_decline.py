"""sneaker_kind rules on the candidate's own mail: declining an offer or withdrawing, however
the sentence begins, is a status update (DESIGN.md: a withdrawal); declining an interview time
is no withdrawal. All text is invented."""

import pytest

from tests.extractors.kind_cases import kind_of, own_mail

RECRUITER = ["dana.morrow@corbel-analytics.com"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thank you again for the offer. After a lot of thought I've accepted another offer, so "
            "I have to respectfully decline. I really enjoyed meeting the team.",
            "status_update",
        ),
        (
            "Thanks so much for the offer and the flexibility on the deadline. I've decided to "
            "pursue another opportunity, so I'll need to decline.",
            "status_update",
        ),
        (
            "I appreciate everything you've done, but I'm going to pass on the contract.",
            "status_update",
        ),
        (
            "Thank you for the interview invitation. I have accepted a role elsewhere and would "
            "like to withdraw my application for the Analyst position.",
            "status_update",
        ),
        (
            "Sorry I should have told you sooner, I'm accepting an offer from Keel. Please "
            "withdraw me from the Analyst search.",
            "status_update",
        ),
        (
            "Thanks for the invite. I have to decline the Tuesday slot, but could we do "
            "Wednesday at 10 for the interview?",
            "interview_invitation",
        ),
    ],
    ids=[
        "accepted-another-offer-so-i-have-to-decline",
        "ill-need-to-decline",
        "going-to-pass-on-the-contract",
        "and-would-like-to-withdraw-my-application",
        "please-withdraw-me-from",
        "declining-an-interview-slot-is-no-withdrawal",
    ],
)
def test_own_decline_or_withdrawal(run_pipes, body: str, expected: str) -> None:
    assert kind_of(run_pipes, own_mail(RECRUITER), "Re: Analyst", body) == expected

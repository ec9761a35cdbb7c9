"""sneaker_kind rules on the candidate's own forward (to themself, a partner, a parent): it
takes the forwarded mail's kind (docs/labeling.md), not networking; the candidate's own reply
to a friend stays networking. All text is invented."""

import pytest

from tests.extractors.kind_cases import kind_of, own_mail

SELF = ["sam.rivera.jobs@gmail.com"]
PARENT = ["pat.rivera@outlook.com"]


@pytest.mark.parametrize(
    ("subject", "to", "body", "expected"),
    [
        (
            "Fwd: Application received - Analyst",
            SELF,
            "note to self - follow up in two weeks\n\nDear Sam,\n\nThank you for applying for the "
            "Analyst position. We have received your application and will review it shortly.",
            "application_confirmation",
        ),
        (
            "Fwd: Interview - Analyst",
            PARENT,
            "Mum - this is the one I told you about!\n\nHi Sam, we'd like to invite you for an "
            "interview for the Analyst role next Wednesday at 9:00 AM.",
            "interview_invitation",
        ),
        (
            "Fwd: Your application at Keel",
            SELF,
            "saving for the tracker\n\nDear Sam, thank you for your interest. Unfortunately we "
            "have decided not to move forward with your application.",
            "rejection",
        ),
        (
            "Re: dinner on Friday?",
            PARENT,
            "Sounds lovely, see you Friday! The job search is going fine.",
            "networking",
        ),
    ],
    ids=[
        "forward-to-self-of-an-acknowledgement",
        "forward-to-a-parent-of-an-invitation",
        "forward-to-self-of-a-rejection",
        "reply-to-a-parent-stays-networking",
    ],
)
def test_own_forward(run_pipes, subject: str, to: list[str], body: str, expected: str) -> None:
    sender = own_mail(to, from_addr="sam.rivera.jobs@gmail.com")
    assert kind_of(run_pipes, sender, subject, body) == expected

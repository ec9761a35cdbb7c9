"""sneaker_kind rules: an employer's "thanks for letting me know, and congratulations" is the
candidate's own news acted on (status_update) only when it records a step on the
application; a friend's congratulations on the same news is no status. "We have withdrawn
your offer" is the employer taking an offer back, a rejection (docs/labeling.md), while the
offer the candidate declined, closed in the employer's system, stays a status update. All
text is invented."""

import pytest

from tests.extractors.kind_cases import by_id, kind_of
from tests.extractors.test_kind_vote import cats, classify

RECRUITER = {"from_name": "Dana Morrow", "from_addr": "dana.morrow@corbel-analytics.com"}
AGENCY = {"from_name": "Lena Ortiz", "from_addr": "lena.ortiz@brightpath-staffing.com"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}
FRIEND = {"from_name": "Sam Patel", "from_addr": "sam.patel@gmail.com"}

CASES = [
    # the thanks and congratulations, then the employer's step on the application
    (
        "congrats-then-application-withdrawn",
        RECRUITER,
        "RE: Analyst - next steps",
        "Thanks for letting me know, and congrats on the new role! I've withdrawn your "
        "application on our side.",
        "status_update",
    ),
    (
        "congrats-then-declined-offer-noted",
        RECRUITER,
        "RE: Offer - Analyst",
        "Thanks for letting me know, and congratulations. I've noted that you are declining our "
        "offer. All the best.",
        "status_update",
    ),
    (
        "congrats-then-candidacy-closed-in-our-system",
        ATS,
        "RE: Offer",
        "Thank you for letting us know, and congratulations on the move! Your candidacy is now "
        "marked as closed in our system.",
        "status_update",
    ),
    # what is withdrawn is the candidacy: the candidate's step
    (
        "we-have-withdrawn-your-application",
        ATS,
        "RE: Withdrawing my application",
        "Thanks for letting us know. We have withdrawn your application for the Analyst role.",
        "status_update",
    ),
    (
        "offer-declined-withdrawn-in-our-system",
        RECRUITER,
        "RE: Offer - Analyst",
        "Thank you for letting me know. We respect your decision and I've withdrawn the offer in "
        "our system.",
        "status_update",
    ),
    # the employer takes its offer back
    (
        "we-have-withdrawn-your-offer",
        RECRUITER,
        "RE: Offer - Analyst",
        "Unfortunately, due to a hiring freeze we have withdrawn your offer for the Analyst role. "
        "I'm very sorry.",
        "rejection",
    ),
    (
        "client-rescinded-the-offer",
        AGENCY,
        "Analyst at Keel",
        "Bad news, I'm afraid: the client called this morning and they've rescinded the offer "
        "after a budget review.",
        "rejection",
    ),
    (
        "offer-has-been-revoked",
        ATS,
        "Your offer of employment",
        "Following the outcome of the background check, your offer of employment has been revoked.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for letting me know, congrats on the new job! We should celebrate once you're "
        "settled in.",
        "Thank you so much for the update - congratulations on the new job!! Drinks on me next "
        "week?",
    ],
    ids=["friend-congrats-on-the-new-job", "friend-thanks-for-the-update-congratulations"],
)
def test_a_friends_congratulations_leave_the_textcat_its_say(body: str) -> None:
    """No step on an application follows the thanks, so the rule that settles status_update
    (weight 6) stays silent and a textcat that reads a friend's note wins."""
    record = {**FRIEND, "subject": "Re: big news", "body_text": body}
    assert classify(record, cats("networking", 0.8), 0.35)[0] == "networking"

"""sneaker_kind rules (no textcat): an employer answering the candidate's own decline is a
status update, whatever it closes; a decision for another direction is a rejection.
All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

RECRUITER = {"from_name": "Dana Morrow", "from_addr": "dana.morrow@corbel-analytics.com"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    (
        "offer-marked-declined-and-application-closed",
        RECRUITER,
        "Re: Your offer",
        "Thanks for telling me. I've marked the offer as declined and closed your application for "
        "Data Engineer. Good luck!",
        "status_update",
    ),
    (
        "noted-that-the-offer-was-declined",
        ATS,
        "Offer status",
        "We have recorded that your offer was declined. Your application is now closed.",
        "status_update",
    ),
    (
        "sorry-you-will-not-join-us",
        RECRUITER,
        "Re: Offer - Data Engineer",
        "Noted. We are sorry that you will not join us, and we have closed your application.",
        "status_update",
    ),
    (
        "sad-you-wont-be-joining-us",
        RECRUITER,
        "Re: Offer",
        "Sad to hear you won't be joining us, but I understand. All the best in the new role.",
        "status_update",
    ),
    (
        "you-accepted-another-offer",
        ATS,
        "Your application",
        "Thank you for letting us know that you have accepted another offer. We have withdrawn "
        "your application from the Data Engineer process.",
        "status_update",
    ),
    (
        "you-took-a-position-elsewhere",
        RECRUITER,
        "Re: next steps",
        "I understand you've taken a position elsewhere, so I cancelled Thursday's interview.",
        "status_update",
    ),
    # a condition is no news
    (
        "if-you-accepted-another-offer-is-no-decline",
        ATS,
        "Interview invitation",
        "We would like to invite you to an interview on Monday. If you have accepted another offer "
        "in the meantime, please let us know.",
        "interview_invitation",
    ),
    # the employer's own decision stays a rejection
    (
        "going-a-different-way",
        ATS,
        "An update from Corbel",
        "We've reviewed your application for Data Engineer and we're going to go a different way "
        "for this one.",
        "rejection",
    ),
    (
        "gone-another-direction",
        RECRUITER,
        "Data Engineer",
        "Thanks for your time last week. The team has gone another direction for the role.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

"""sneaker_kind rules: refusals worded without "someone else", "move forward" or "unfortunately"
(the job given to a named kind of person, an appointment made, a selection made, the
candidate not among those chosen), each paired with the nearest mail that is no refusal. All
text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

PERSON = {"from_name": "Dana Ortiz", "from_addr": "dana.ortiz@corbel.com"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}
FRIEND = {"from_name": "Danny K", "from_addr": "danny.k77@yahoo.com"}

CASES = [
    (
        "decided-to-go-with-someone-from",
        PERSON,
        "Construction Manager",
        "Hi Sam, after your chat on Friday Paul has decided to go with someone from a building "
        "background for the role. He'd be happy to chat again if something comes up.",
        "rejection",
    ),
    (
        "gone-with-a-local-candidate",
        PERSON,
        "RE: Interview - QS role",
        "Thanks for coming in last week. The deciding factor was the start date, and we've gone "
        "with a local candidate who fits that.",
        "rejection",
    ),
    (
        "offered-the-post-to-another",
        PERSON,
        "Thank you for Wednesday",
        "It was a close decision, but the panel has offered the post to another candidate whose "
        "experience matched the department's needs.",
        "rejection",
    ),
    (
        "now-appointed-to-this-post",
        ATS,
        "Teacher of Mathematics",
        "Thank you for applying. We have now appointed to this post. We wish you well in your "
        "search.",
        "rejection",
    ),
    (
        "made-a-selection",
        ATS,
        "Position update",
        "The hiring manager has completed interviews and has made a selection for the "
        "Veterinary Technician position.",
        "rejection",
    ),
    (
        "another-candidate-has-been-selected",
        ATS,
        "Your application",
        "Thank you for applying to the Physical Therapist opening. We appreciate your interest; "
        "however, another candidate has been selected.",
        "rejection",
    ),
    (
        "not-the-preferred-candidate",
        ATS,
        "Project Manager - outcome",
        "The panel has now concluded the assessment. You were not the preferred candidate on this "
        "occasion.",
        "rejection",
    ),
    (
        "you-are-not-among-them",
        ATS,
        "Teacher of Mathematics",
        "Having reviewed all applications, the panel has invited a small number of candidates to "
        "interview and we are sorry that you are not among them.",
        "rejection",
    ),
    (
        "application-was-not-progressed",
        ATS,
        "An update on your application",
        "Corbel has let us know that your application for Site Manager was not progressed.",
        "rejection",
    ),
    (
        "won't-be-taking-yours-further",
        ATS,
        "Re: Your application",
        "Thanks for your application. We've reviewed all applications and we won't be taking "
        "yours further at this stage.",
        "rejection",
    ),
    (
        "positions-have-been-filled",
        ATS,
        "Service Technician - selection results",
        "Thank you for testing with us. The selection process is complete and the positions have "
        "been filled.",
        "rejection",
    ),
    # not refusals: the job to go with, a meeting with someone, a friend's hearsay
    (
        "go-with-you",
        PERSON,
        "Next steps",
        "Great news: the team would like to go with you for the final round. Could we meet on "
        "15 April at 4pm?",
        "interview_invitation",
    ),
    (
        "cousin-says-they-hired-somebody",
        FRIEND,
        "Re: Fwd: IT Support Specialist",
        "haha I told you. my cousin says they hired somebody internal anyway so don't sweat it. "
        "game sunday?",
        "networking",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

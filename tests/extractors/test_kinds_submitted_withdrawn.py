"""sneaker_kind rules (no textcat): an agency that submitted the candidate to a client or a
facility reports a status (docs/labeling.md: status_update); an employer acknowledging the
candidate's own withdrawal is a status update, not a rejection. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

AGENCY = {"from_name": "Lena Ortiz", "from_addr": "lena.ortiz@brightpath-staffing.com"}
PLATFORM = {"from_name": "Carefinder", "from_addr": "no-reply@carefinder-health.com"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    (
        "recruiter-submitted-you-to-a-facility",
        PLATFORM,
        "Your profile was sent",
        "Hi Jo, your recruiter submitted you to Telemetry - Dayton. We'll let you know if the "
        "manager wants to interview.",
        "status_update",
    ),
    (
        "you-have-been-submitted-for-a-job",
        PLATFORM,
        "Your submission",
        "You have been submitted for the following job: Night RN, Riverside Medical Center. "
        "Track your submission status in the app.",
        "status_update",
    ),
    (
        "agency-presented-you-to-the-team",
        AGENCY,
        "Data Engineer at Keel",
        "Quick update: I presented you to the hiring team at Keel this morning. They usually "
        "come back within a week.",
        "status_update",
    ),
    # an agency asking whether anyone else put the candidate forward reports nothing
    (
        "have-you-been-submitted-asks",
        AGENCY,
        "Data Engineer role",
        "I came across your profile and have a Data Engineer role with a client that fits. "
        "Have you been submitted to Keel by any other agency?",
        "recruiter_outreach",
    ),
    (
        "you-have-withdrawn-your-application",
        ATS,
        "Your application at Corbel",
        "A pity that you've withdrawn your application for Data Engineer, but congratulations "
        "on the new job! We've closed your application.",
        "status_update",
    ),
    (
        "thank-you-for-withdrawing",
        ATS,
        "Data Engineer",
        "Thank you for withdrawing in writing. You will no longer take part in the process for "
        "the Data Engineer role.",
        "status_update",
    ),
    (
        "letting-us-know-you-decided-to-withdraw",
        ATS,
        "Your application",
        "Thank you for letting us know you've decided to withdraw. We've cancelled your "
        "interview and closed your application.",
        "status_update",
    ),
    # an invitation to withdraw is no withdrawal
    (
        "if-you-wish-to-withdraw-is-no-news",
        ATS,
        "Interview invitation",
        "We would like to invite you to an interview on Monday. If you wish to withdraw, reply "
        "to this message.",
        "interview_invitation",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

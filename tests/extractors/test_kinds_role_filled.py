"""sneaker_kind rules: a role filled in the active voice ("the hiring team has now filled the
role"), a British "post" withdrawn, and "other candidates better match" are refusals that a
status cue in the same mail ("thank you for completing the questionnaire", "we have reviewed
your candidacy") does not turn into a status update; a role to be filled later is no news.
All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}
SCHOOL = {"from_name": "Hillcrest Academy HR", "from_addr": "hr@hillcrest-academy.org.uk"}

CASES = [
    (
        "filled-the-role-after-a-finished-step",
        ATS,
        "An update regarding Program Manager",
        "Thank you for completing the questionnaire and writing sample. The hiring team has now "
        "filled the Program Manager - Outreach role.",
        "rejection",
    ),
    (
        "the-post-has-been-withdrawn",
        SCHOOL,
        "Head of Year",
        "Thank you for your application. The school has restructured the pastoral team and the "
        "post of Head of Year has been withdrawn.",
        "rejection",
    ),
    (
        "other-candidates-better-match",
        ATS,
        "Your application with Corbel",
        "Thank you for your recent application. We have carefully reviewed your candidacy and "
        "have decided that other candidates better match our requirements at this time.",
        "rejection",
    ),
    (
        "once-we-have-filled-the-role-is-no-news",
        ATS,
        "Application received",
        "Thank you for your application for Analyst. We have received it and will review it "
        "shortly. Once we have filled the role, we will let every applicant know.",
        "application_confirmation",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

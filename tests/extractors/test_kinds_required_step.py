"""sneaker_kind rules: a refusal that only says what happens if a required step is not done
("we can't move your application forward without it", "late submissions will not be
considered") is a request to act, so it no longer settles rejection; a refusal given for a
reason ("without sponsorship", "closed without a hire") stays one. All text is invented."""

import pytest

from extractors.kinds import is_requirement
from tests.extractors.kind_cases import by_id, kind_of

ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}
PERSON = {"from_name": "Dana Ortiz", "from_addr": "dana.ortiz@corbel.com"}

CASES = [
    (
        "cannot-move-forward-until-complete",
        ATS,
        "Action required: candidate questionnaire",
        "Please complete the candidate questionnaire about availability and relocation. Your "
        "application cannot move forward until it is complete.",
        "assessment",
    ),
    (
        "cant-progress-without-it",
        PERSON,
        "Warehouse Lead",
        "Thanks for applying. Before we go further, could you complete the screening "
        "questionnaire below? We can't progress your application without it.",
        "assessment",
    ),
    (
        "late-submissions",
        ATS,
        "Written exercise - Finance Officer",
        "You have been shortlisted for the written exercise. Please complete the exercise and "
        "return your answers by noon on Friday. Late submissions will not be considered.",
        "assessment",
    ),
    (
        "or-your-application",
        ATS,
        "Supplemental questions required",
        "Please complete the required screening questionnaire before the posting closes, or your "
        "application cannot be considered.",
        "assessment",
    ),
    # refusals: the reason named after "without" is the decision's, not a missing step
    (
        "without-sponsorship",
        ATS,
        "Your application",
        "Thank you for applying. The role requires the right to work here without sponsorship, so "
        "we're unable to progress your application.",
        "rejection",
    ),
    (
        "closed-without-a-hire",
        ATS,
        "Your application",
        "The posting has been closed without a hire and your application will not be considered "
        "further.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Ohne die Angaben können wir deine Bewerbung leider nicht berücksichtigen.",
            "leider nicht",
            True,
        ),
        (
            "Passé ce délai, nous ne pourrons malheureusement pas poursuivre.",
            "malheureusement pas",
            True,
        ),
        (
            "Candidates who do not complete both parts will not be considered.",
            "not be considered",
            True,
        ),
        ("Unfortunately, we cannot consider incomplete applications.", "cannot consider", True),
        (
            "Unvollständige Bewerbungen können wir leider nicht berücksichtigen.",
            "Bewerbungen können wir leider nicht",
            True,
        ),
        (
            "Sin embargo, la decisión ha sido incorporar a un candidato interno.",
            "incorporar a un candidato interno",
            False,
        ),
        ("Vi har valt en annan kandidat till rollen.", "valt en annan kandidat", False),
    ],
    ids=[
        "ohne-die-angaben",
        "passe-ce-delai",
        "who-do-not-complete",
        "incomplete-applications-after",
        "incomplete-group-before",
        "sin-embargo",
        "swedish-till",
    ],
)
def test_is_requirement(text: str, cue: str, expected: bool) -> None:
    start = text.index(cue)
    assert is_requirement(text, start, start + len(cue)) is expected


OPEN_CASES = [
    (
        "until-the-position-is-filled",
        ATS,
        "Application received",
        "Your application for Director, Career Center has been received. The search committee "
        "will begin its review on October 1 and continue until the position is filled.",
        "application_confirmation",
    ),
    (
        "reach-out-to-candidates-whose",
        ATS,
        "Thank you for applying",
        "Thank you for applying. Our hiring team is reviewing applications and will reach out to "
        "candidates whose skills match the role.",
        "application_confirmation",
    ),
    (
        "only-shortlisted-candidates-will-be-notified",
        ATS,
        "Application received",
        "We have received your application. Due to the high volume of applications, we regret "
        "that only shortlisted candidates will be notified.",
        "application_confirmation",
    ),
    (
        "decided-to-prioritise-candidates-stays-rejection",
        ATS,
        "Your application",
        "We've reviewed your application and decided to prioritise candidates with more "
        "hands-on experience.",
        "rejection",
    ),
]


@by_id(OPEN_CASES)
def test_a_refusal_cue_that_tells_no_decision(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


REVIEW_AHEAD_CASES = [
    (
        "get-back-once-reviewed",
        ATS,
        "Your application to Corbel",
        "Thank you for applying for the position Support Specialist at Corbel. We'll get back to "
        "you as soon as we've reviewed your application.",
        "application_confirmation",
    ),
    (
        "under-review-until-the-posting-closes",
        ATS,
        "Application confirmation",
        "Your application for Program Manager has been received. This message confirms your "
        "submission; your application remains under review until the posting closes on 7/31.",
        "application_confirmation",
    ),
]


@by_id(REVIEW_AHEAD_CASES)
def test_an_acknowledgement_of_a_review_to_come(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

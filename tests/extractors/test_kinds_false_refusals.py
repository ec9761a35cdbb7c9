"""sneaker_kind rules: words that look like a refusal but end no process. A false rejection
tells the user a live process is dead, so each case here pairs with a refusal it must not
lose. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

VENDOR = {"from_name": "Assessment Portal", "from_addr": "noreply@assessments.example"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    # a step the candidate is spared is no step the employer refuses
    (
        "no-need-to-take-further-action",
        VENDOR,
        "Assessment completed - Corbel",
        "Dear Sam, thank you for completing your assessment for Corbel. Your results have been "
        "sent to the organisation. You do not need to take any further action.",
        "status_update",
    ),
    (
        "not-taking-application-further",
        ATS,
        "Your application",
        "Thank you for your interest. We will not be taking your application any further.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

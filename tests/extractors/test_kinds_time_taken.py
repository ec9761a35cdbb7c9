"""sneaker_kind rules on the candidate's own mail: taking a proposed time ("Thursday at 2:00
works") answers an interview invitation. All text is invented."""

import pytest

from tests.extractors.kind_cases import kind_of, own_mail

RECRUITER = ["dana.morrow@corbel-analytics.com"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Dana,\n\nTuesday 1/27 at 10:00 AM ET works well for me. Thank you!\n\nSam",
            "interview_invitation",
        ),
        (
            "Hi Dana,\n\nThursday at 2:00 works. Please have Eric call me on my cell.\n\nSam",
            "interview_invitation",
        ),
        ("Thank you! Tuesday 10-12 CT or Thursday 9-11 all work for me.", "interview_invitation"),
    ],
    ids=[
        "date-and-time-works-well-for-me",
        "day-and-time-works",
        "several-times-all-work-for-me",
    ],
)
def test_own_reply_taking_a_time(run_pipes, body: str, expected: str) -> None:
    assert kind_of(run_pipes, own_mail(RECRUITER), "Re: Analyst", body) == expected

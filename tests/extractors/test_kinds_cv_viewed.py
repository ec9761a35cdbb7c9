"""sneaker_kind: a CV or profile seen on a job board does not settle a status, so the textcat
votes ("Recruiters have viewed your CV" is a profile nudge, job_alert, docs/labeling.md); an
employer viewing an application still does. All text is invented."""

import pytest

from tests.extractors.test_kind_vote import cats, classify

BOARD = {"from_name": "Jobboard", "from_addr": "noreply@reed.co.uk"}
CV_VIEWED = {
    **BOARD,
    "subject": "Recruiters have viewed your CV",
    "body_text": "Hi Tom,\n\nYour CV was viewed 12 times in the last week. Recruiters have viewed "
    "your CV. Keep it up to date.",
}
NAMED_EMPLOYER = {
    **BOARD,
    "subject": "Travelers wants you to apply",
    "body_text": "Travelers viewed your resume and thinks you'd be a great fit.\n\nApply now.",
}
APPLICATION_VIEWED = {
    **BOARD,
    "subject": "Your application was viewed",
    "body_text": "Good news! Acme viewed your application for Data Analyst.",
}


@pytest.mark.parametrize(
    ("record", "doc_cats", "expected"),
    [
        pytest.param(CV_VIEWED, cats("job_alert", 0.95), "job_alert", id="cv-viewed-votes"),
        pytest.param(
            NAMED_EMPLOYER, cats("job_alert", 0.95), "job_alert", id="resume-viewed-votes"
        ),
        pytest.param(CV_VIEWED, cats(None), "status_update", id="cv-viewed-rules-alone"),
        pytest.param(
            APPLICATION_VIEWED,
            cats("job_alert", 0.95),
            "status_update",
            id="application-viewed-stays-settled",
        ),
    ],
)
def test_a_cv_seen_lets_the_textcat_vote(record: dict, doc_cats: dict, expected: str) -> None:
    assert classify(record, doc_cats, 0.35)[0] == expected

"""sneaker_kind rules (no textcat): a civil-service list placement is a status update
(docs/labeling.md: "placed on the eligible list" status_update), and so is the employer's
note that the candidate's other applications were withdrawn because the candidate accepted
a job there, or that it acted on the candidate's news ("thanks for letting me know, and
congratulations", "I've withdrawn you from the process"); a refusal that keeps the name on
a list stays a rejection, and so does "we won't be inviting you to interview" or a status
cell that reads "Unsuccessful" with no colon. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of
from tests.extractors.test_kind_vote import cats, classify

COUNTY = {"from_name": "Lakeview County HR", "from_addr": "noreply@governmentjobs.com"}
BOARD = {"from_name": "Civil Service Resourcing", "from_addr": "no-reply@csr-jobs.example.org"}
ATS = {"from_name": "Corbel Health Careers", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    (
        "name-placed-on-the-eligible-list",
        COUNTY,
        "Eligible list notification",
        "Dear applicant, your examination for Clerk II has been scored. Your name has been "
        "placed on the eligible list, rank 5. Hiring departments will contact candidates from the "
        "list as vacancies occur. Unsubscribe from job alerts.",
        "status_update",
    ),
    (
        "placed-on-a-reserve-list-after-interview",
        BOARD,
        "Interview outcome",
        "Thank you for attending interview. You met the standard but were not ranked high enough "
        "for an immediate post. You have been placed on a reserve list which will be held for 12 "
        "months.",
        "status_update",
    ),
    # the process described in an acknowledgement is no news
    (
        "will-be-placed-on-the-list-is-no-news",
        COUNTY,
        "Application received",
        "Thank you for your application for Clerk II. We have received your application. If you "
        "qualify you will be placed on the eligible list and notified by email.",
        "application_confirmation",
    ),
    (
        "not-selected-but-remains-on-the-list",
        COUNTY,
        "Clerk II",
        "We regret to inform you that another candidate was selected for the vacancy. Your name "
        "will remain on the eligible list until it expires.",
        "rejection",
    ),
    (
        "other-applications-withdrawn-after-accepting",
        ATS,
        "Update on your application",
        "We noticed you have accepted a position with Corbel Health. As a result, your other "
        "active applications, including Staff Nurse (R1234), have been withdrawn.",
        "status_update",
    ),
    # the employer acts on the candidate's own news: a withdrawal or a declined offer recorded
    (
        "thanks-for-letting-me-know-congratulations",
        ATS,
        "RE: Offer - Staff Nurse",
        "Thanks for letting us know, and congratulations on the new role. I've closed out your "
        "offer in our system.",
        "status_update",
    ),
    (
        "ive-withdrawn-you-from-the-process",
        ATS,
        "RE: Analyst process",
        "Understood, no problem at all. I've withdrawn you from the Analyst process on our side "
        "and closed your application. Best of luck!",
        "status_update",
    ),
    (
        "not-inviting-you-after-an-assessment",
        ATS,
        "Analyst - update",
        "Thank you for completing the online assessment. We've reviewed the results and we won't "
        "be inviting you to interview for the Analyst role.",
        "rejection",
    ),
    (
        "unable-to-invite-you-for-interview",
        ATS,
        "Your application",
        "Thank you for applying. We received many applications and regret that we are unable to "
        "invite you for interview on this occasion.",
        "rejection",
    ),
    (
        "status-cell-without-colon",
        ATS,
        "Application status",
        "Your application status has changed.\n\nPosition  Analyst\n\nStatus  Unsuccessful\n\n"
        "Thank you for your interest.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


def test_other_applications_withdrawn_is_not_overruled_by_the_textcat() -> None:
    """The withdrawal of the other applications is the candidate's own step (STATUS 6), so a
    textcat sure of "rejection" (the word "withdrawn") does not overrule it."""
    ((subject, body),) = (
        (c[2], c[3]) for c in CASES if c[0] == "other-applications-withdrawn-after-accepting"
    )
    record = {**ATS, "subject": subject, "body_text": body}
    assert classify(record, cats("rejection", 0.99), 0.35)[0] == "status_update"

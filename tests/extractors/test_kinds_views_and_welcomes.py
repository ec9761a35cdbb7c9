"""Cue rules: a job board's count of employers who viewed the CV is a profile nudge (job_alert),
not one employer's view of an application (status_update); a review that a decision follows
in the same sentence, or other people chosen, is a refusal; "Welcome aboard!" alone makes no
offer. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of
from tests.extractors.test_kind_vote import cats, classify

BOARD = {"from_name": "Indeed", "from_addr": "no-reply@indeed.com"}
ATS = {"from_name": "Corbel Careers", "from_addr": "no-reply@corbel-careers.com"}
MANAGER = {"from_name": "Paul Ostrow", "from_addr": "paul.ostrow@corbel.com"}

CASES = [
    (
        "employers-viewed-your-resume",
        BOARD,
        "3 employers viewed your resume this week",
        "Hi Jo, 3 employers viewed your resume this week. Keep your resume up to date to get "
        "noticed.",
        "job_alert",
    ),
    (
        "viewed-your-resume-n-times",
        BOARD,
        "Your resume is getting noticed",
        "Employers viewed your resume 14 times. Keep it updated to get more views.",
        "job_alert",
    ),
    (
        "one-employer-viewed-your-application",
        ATS,
        "Application update",
        "Corbel viewed your application for Store Manager.",
        "status_update",
    ),
    (
        "reviewed-and-decided",
        ATS,
        "Your application",
        "Thank you for applying. We have reviewed your application and, on this occasion, we have "
        "decided to progress other applications that more closely match the role.",
        "rejection",
    ),
    (
        "reviewed-and-selected-others",
        ATS,
        "Application update",
        "The hiring team has reviewed your application for Systems Engineer and has selected "
        "other candidates to interview.",
        "rejection",
    ),
    (
        "go-with-candidates-who",
        ATS,
        "Your application",
        "Thanks for your patience. We've decided to go with candidates who have more direct "
        "retail experience.",
        "rejection",
    ),
    (
        "welcome-aboard-first-day",
        MANAGER,
        "Welcome aboard - Monday",
        "Jo, welcome aboard! Your first day is Monday at 7:00, loading dock entrance. I'll get "
        "you a badge and keys.",
        "other",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


MEET_CASES = [
    (
        "reviewed-and-would-like-a-conversation",
        MANAGER,
        "Phone chat - Project Manager",
        "Hi Jo, Daniel has reviewed your application for the Project Manager role and would like "
        "to have a 20 minute phone conversation with you this week.",
        "interview_invitation",
    ),
    (
        "would-like-to-invite-you-to-a-test-stays-assessment",
        ATS,
        "Online assessment",
        "We would like to invite you to complete our online numerical reasoning test within 5 "
        "days.",
        "assessment",
    ),
]


@by_id(MEET_CASES)
def test_meeting_asked_after_a_step(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


def test_a_finished_step_with_a_meeting_asked_is_left_to_the_textcat() -> None:
    """ "Thanks for completing the questionnaire" (a status) no longer settles the mail when a
    meeting is asked in it: the textcat votes."""
    record = {
        **MANAGER,
        "subject": "Next step",
        "body_text": "Hi Jo, thanks for completing the questionnaire. Our hiring manager would "
        "like to meet you in person on Tuesday.",
    }
    assert classify(record, cats("interview_invitation", 0.9), 0.35)[0] == "interview_invitation"


ENDED_CASES = [
    (
        "all-applications-have-been-closed",
        ATS,
        "Regarding your application",
        "The Backend Engineer position has been put on hold indefinitely and all applications "
        "have been closed.",
        "rejection",
    ),
    (
        "post-has-been-withdrawn",
        ATS,
        "Teacher of Maths",
        "Thank you for your application. The post of Teacher of Maths has been withdrawn. We are "
        "sorry for any inconvenience.",
        "rejection",
    ),
    (
        "candidacy-has-ended",
        ATS,
        "Claims Representative - status",
        "The hiring manager has finalized the team. Your candidacy for this opening has ended; "
        "your profile remains active for 12 months.",
        "rejection",
    ),
    (
        "withdrawn-as-requested-stays-status",
        ATS,
        "Your application",
        "Your application for the position of Analyst has been withdrawn as requested.",
        "status_update",
    ),
]


@by_id(ENDED_CASES)
def test_a_process_ended(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


def test_a_review_a_refusal_follows_is_left_to_the_textcat() -> None:
    """ "We've reviewed your application, and we don't have a fit": the review no longer settles
    a status; the textcat votes."""
    record = {
        **ATS,
        "subject": "Your application",
        "body_text": "Thanks for applying. We've reviewed your application, and we don't have a "
        "fit for you in this role right now.",
    }
    assert classify(record, cats("rejection", 0.9), 0.35)[0] == "rejection"


OWN_DECISION_CASES = [
    (
        "youve-decided-to-decline",
        MANAGER,
        "Re: Offer letter attached",
        "Understood that you've decided to go another direction and decline, and thanks for "
        "letting me know quickly. I've closed out the offer on our side.",
        "status_update",
    ),
    (
        "request-to-withdraw",
        ATS,
        "Your application",
        "We've received your request to withdraw your application for Advisor. Your application "
        "is now closed and no further action is needed.",
        "status_update",
    ),
    (
        "closed-out-your-offer",
        MANAGER,
        "Re: Offer details - Corbel",
        "Thanks for letting me know, and for being so upfront. I understand that the other role "
        "makes more sense for you right now. I've let the hiring team know and closed out your "
        "offer.",
        "status_update",
    ),
    (
        "decision-to-decline-our-offer",
        ATS,
        "Offer decline received",
        "We've received your decision to decline our offer for the Dispatcher position. Thank "
        "you for considering us.",
        "status_update",
    ),
    (
        "recently-accepted-another-position",
        ATS,
        "Your application",
        "Since you recently accepted another position with us, we've closed your application for "
        "Technician. Congratulations on your new role!",
        "status_update",
    ),
]


@by_id(OWN_DECISION_CASES)
def test_the_candidates_own_decision(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

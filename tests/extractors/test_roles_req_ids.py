"""Requisition and reference numbers split off titles, and what is no such number."""

import pytest

from extractors.role_choice import title_entry, without_req_id
from tests.extractors.role_cases import case_params, role_and_req_id

CASES = [
    (
        "req-id-split-off",
        "Application received: Staff Engineer (R-12345)",
        "",
        "Staff Engineer",
        "R-12345",
    ),
    (
        "job-id-label",
        "Thanks",
        "Thank you for submitting your application for QA Engineer, "
        "Job ID JR448111. We are excited.",
        "QA Engineer",
        "JR448111",
    ),
    (
        "parenthetical-kept-req-split",
        "Application received: Lab Analyst (Chemistry) - Req 48812",
        "Thanks for applying.",
        "Lab Analyst (Chemistry)",
        "48812",
    ),
    (
        "leading-requisition-split",
        "Regarding JR-2291 Data Engineer",
        "Thank you for applying.",
        "Data Engineer",
        "JR-2291",
    ),
    (
        "reference-in-brackets-split",
        "Your application - Data Engineer [Ref: HF-2026-031]",
        "Thank you for applying.",
        "Data Engineer",
        "HF-2026-031",
    ),
    (
        "reference-with-slashes-split",
        "Application received: Teacher of Maths (ref: TM/24/03)",
        "Thank you for applying.",
        "Teacher of Maths",
        "TM/24/03",
    ),
    (
        "year-ending-a-title-is-no-req-id",
        "Thanks",
        "Thank you for your application to the Summer Internship 2027.",
        "Summer Internship 2027",
        None,
    ),
    (
        "letter-reference-line",
        "Application Acknowledgement",
        "Dear Ana\n\nRe: Staff Midwife - Maternity (Band 6) Reference: M-221-26\n\nThank you "
        "for your application for the above post.",
        "Staff Midwife - Maternity (Band 6)",
        "M-221-26",
    ),
    (
        "meeting-id-is-no-req-id",
        "Acme <> Ana Ruiz | Payroll Specialist Phone Screen",
        "Join Zoom Meeting\nMeeting ID: 881 2345 6789",
        "Payroll Specialist",
        None,
    ),
    (
        "req-in-brackets-then-place-cut",
        "Thanks",
        "Thank you for applying for Supply Chain Planner (JR102931) in Singapore.",
        "Supply Chain Planner",
        "JR102931",
    ),
    # tails that are no part of the title
    (
        "requirements-in-brackets",
        "Update",
        "Thank you for applying for the Structural Engineer (PE preferred, EIT considered) role.",
        "Structural Engineer",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_role_and_req_id(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


REQ_WORDS = ["Req", "ID:", "12345", "Meeting", "JR-2291", "R12345", "job", "#", "Position"]
REQ_WORDS += ["4451BR", "ref", "\n", "x", "paid", "1234567", "competition", "Posting #", "A-123"]
REQ_WORDS += ["REQ-7741", "meeting ", "MEETING ID 99999", "\u0131", "\u0130d 1234", "\u017f"]
REQ_WORDS += ["P-98765", "aJR1234", "JOB12345A", "JR-", "12", "345", "-", "BR", "reference"]


def test_find_req_id_finds_what_the_req_id_search_finds():
    import random

    from extractors.roles import REQ_ID, find_req_id

    rnd = random.Random(4)
    for _ in range(5000):
        text = rnd.choice(["", " ", "a"]).join(
            rnd.choice(REQ_WORDS) for _ in range(rnd.randint(1, 12))
        )
        match = REQ_ID.search(text)
        assert find_req_id(text) == (match and (match.group("req") or match.group("bare"))), text


@pytest.mark.parametrize(
    ("title", "role", "req_id"),
    [
        ("Data Analyst (R0021553)", "Data Analyst", "R0021553"),
        ("Finance Officer (414402)", "Finance Officer", "414402"),
        ("Program Manager, Sev1Tech", "Program Manager, Sev1Tech", None),
        ("Data Engineer II", "Data Engineer II", None),
    ],
    ids=[
        "req-id-left-in-a-chosen-title-is-cut",
        "bare-number-in-brackets-is-cut",
        "digit-inside-a-word-is-no-req-id",
        "title-without-an-id-unchanged",
    ],
)
def test_req_id_left_in_the_chosen_title(title, role, req_id):
    """The finder's spans and some rules' forms keep the number; the chosen entry loses it."""
    entry = without_req_id(title_entry(title, 0, len(title), None, False))
    assert (entry[1], entry[3], entry[4]) == (role, len(role), req_id)

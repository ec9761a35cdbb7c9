"""Teaching posts as schools write them: the subject and the class taught ("Grade 7 Science",
"Middle School Math"), school years and grade ranges, district application systems' labels
and lists."""

import pytest

from tests.extractors.role_cases import case_params, role_and_req_id

CASES = [
    (
        "subject-and-school-level-is-a-title",
        "Application Update: Middle School Math",
        "Dear Sam, thank you for your patience.",
        "Middle School Math",
        None,
    ),
    (
        "grade-then-subject-is-a-title",
        "Update",
        "We have concluded the selection process for 5th Grade Reading - Lakeside Elementary. "
        "We regret that you were not selected.",
        "5th Grade Reading - Lakeside Elementary",
        None,
    ),
    (
        "a-subject-alone-is-no-title",
        "Application Update: Chemistry",
        "Dear Sam, thank you for your patience.",
        None,
        None,
    ),
    (
        "hyphenated-one-word-title",
        "Regarding your application for Teacher-Math-HS",
        "Hello Sam",
        "Teacher-Math-HS",
        None,
    ),
    (
        "school-year-in-brackets-kept",
        "Thanks",
        "Your application for Grade 4 Teacher (2027-28) was received.",
        "Grade 4 Teacher (2027-28)",
        None,
    ),
    (
        "school-year-leading-the-title",
        "Thanks",
        "Thank you for your application for 2027-28 High School Biology Teacher (JR55012).",
        "2027-28 High School Biology Teacher",
        "JR55012",
    ),
    (
        "grade-range-taught-kept",
        "Thanks",
        "Your application for Art Teacher, Grade 3-5 was received.",
        "Art Teacher, Grade 3-5",
        None,
    ),
    (
        "two-digit-grade-range-is-no-req-id",
        "Indeed Application: Mathematics Teacher (Grades 9-12)",
        "Your application was sent.",
        "Mathematics Teacher (Grades 9-12)",
        None,
    ),
    (
        "math-content-grade-range-is-no-req-id",
        "Thanks",
        "Your application for Math Content Developer (Grades 6-10) was received.",
        "Math Content Developer (Grades 6-10)",
        None,
    ),
    (
        "req-id-after-a-title-still-cut",
        "Thanks",
        "Your application for Science Teacher - 58812 was received.",
        "Science Teacher",
        "58812",
    ),
    (
        "civil-service-grade-still-cut",
        "Thanks",
        "Your application for Policy Adviser, Grade 7 was received.",
        "Policy Adviser",
        None,
    ),
    (
        "positions-applied-for-list",
        "Thanks",
        "Your application has been received.\n\nPosition(s) applied for:\n  * Music Teacher - "
        "Ridge Middle (JobID: 5521)\n\nYou will hear from us.",
        "Music Teacher - Ridge Middle",
        "5521",
    ),
    (
        "following-position-over-its-line",
        "Thank you",
        "Thank you for applying to the following position:\n\n  Librarian - Elementary (Pool)\n\n"
        "Please keep your profile current.",
        "Librarian - Elementary (Pool)",
        None,
    ),
    (
        "the-job-then-title",
        "Thanks",
        "Your application for the job Teacher of History - KS4 has been submitted.",
        "Teacher of History - KS4",
        None,
    ),
    (
        "the-title-post",
        "After the fair",
        "I must tell you that we offered the Primary Music Teacher post to another candidate.",
        "Primary Music Teacher",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_role_and_req_id(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)

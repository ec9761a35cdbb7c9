"""Job cards (a title line over the employer, the place or the pay) and the lines that look
like them but are a person's own title or an event for a person."""

import pytest

from tests.extractors.role_cases import case_params, role_and_req_id

CASES = [
    (
        "linkedin-card",
        "Your application was sent to Acme",
        "Your application was sent to Acme\n\nLead iOS Developer\nAcme · Remote",
        "Lead iOS Developer",
        None,
    ),
    (
        "person-slash-title-subject",
        "Interview: Dana Whitfield / Warehouse Operations Lead",
        "Your interview is confirmed.",
        "Warehouse Operations Lead",
        None,
    ),
    (
        "calendar-title-of-an-event-for-a-person",
        "Invitation: Maya Okafor - Technical Interview (Backend Engineer, Billing)",
        "You have been invited to this event.",
        "Backend Engineer, Billing",
        None,
    ),
    (
        "signature-name-and-title-line-is-no-role",
        "Update",
        "Heard back from the client, no news yet.\n\nNadia Flores | Senior Technical Recruiter\n"
        "Keystone Tech Staffing",
        None,
        None,
    ),
    (
        "title-line-under-a-name-is-the-writers",
        "Dana Whitfield sent you a message",
        "Dana Whitfield\nPartner at Brightway Search\n\nHi, I'm working on a search for a "
        "Plant Controller.",
        "Plant Controller",
        None,
    ),
    (
        "title-over-the-employer-under-a-name-is-the-writers",
        "Next week",
        "Thanks, the team will be in touch about the schedule.\n\nSee you soon!\n"
        "Dana Reyes\nTalent Partner\nAcme",
        None,
        None,
    ),
    (
        "person-profile-line-is-no-title",
        "Your application was sent",
        "This email was intended for Ana Ruiz (Data Engineer | Python).",
        None,
        None,
    ),
    (
        "card-title-over-the-place-of-the-job",
        "Application received",
        "Dear Ana,\n\nApplication received\n\nPayroll Specialist\nDenver, CO\n\nThank you.",
        "Payroll Specialist",
        None,
    ),
    (
        "card-title-over-remote",
        "Your application",
        "Application received\n\nPayroll Specialist\nRemote\n\nThank you for applying.",
        "Payroll Specialist",
        None,
    ),
    (
        "card-title-over-its-salary-line",
        "New posting",
        "A position you expressed interest in is open:\n\nPayroll Specialist\n"
        "Salary: $58,000 - $64,000\nClosing: 12/05/2025",
        "Payroll Specialist",
        None,
    ),
    # cards: a title over the employer and a labelled line; a title and where on one line
    (
        "card-over-employer-and-label-line",
        "Application status update: Received",
        "The status of your application has changed.\n\nProcurement Analyst\n"
        "General Services Administration\nAnnouncement number: 26-XYZ-001",
        "Procurement Analyst",
        None,
    ),
    (
        "card-title-and-place-on-one-line",
        "Your application was viewed",
        "Acme viewed your application\n\nSoftware Engineer - Data Platform \u00b7 Austin, TX\n\n"
        "View job",
        "Software Engineer - Data Platform",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_role_and_req_id(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)

"""Public-service posts: vacancy and announcement numbers, grades and series, the office,
agency or department after the title."""

import pytest

from tests.extractors.role_cases import ACME, case_params, role_and_req_id

CASES = [
    (
        "announcement-field",
        "Application Status Update",
        "Announcement: Management Analyst, GS-0343-11\nStatus: Not Referred",
        "Management Analyst",
        "GS-0343-11",
    ),
    (
        "british-post-of",
        "Application outcome",
        "Thank you for your recent application for the post of Senior Planning Officer.",
        "Senior Planning Officer",
        None,
    ),
    (
        "campaign-number-split",
        "Application Received: Staff Midwife - Campaign 26SMW012",
        "Your application has been received.",
        "Staff Midwife",
        "26SMW012",
    ),
    (
        "vacancy-number-then-title",
        "Confirmation",
        "Thank you for applying for vacancy NM44561, Assistant Professor in Applied Ecology.",
        "Assistant Professor in Applied Ecology",
        None,
    ),
    (
        "a-code-before-the-title-is-its-reference",
        "APPLICATION RECEIVED - SAE-028114 Research Associate in Soil Science",
        "",
        "Research Associate in Soil Science",
        "SAE-028114",
    ),
    (
        "department-of-the-employer-after-a-comma",
        "Update - Assistant Principal Officer, Department of Transport",
        "",
        "Assistant Principal Officer",
        None,
    ),
    (
        "un-grade-cut",
        "Offer of appointment - Economic Affairs Officer, P3, Regional Commission",
        "",
        "Economic Affairs Officer",
        None,
    ),
    (
        "bank-grade-cut",
        "Update - Economist, Trade Unit, Grade GF",
        "",
        "Economist, Trade Unit",
        None,
    ),
    (
        "code-is-no-acronym-title",
        "Your application - SAE-028114",
        "",
        None,
        None,
    ),
    (
        "job-number-then-title",
        "Acknowledgement of application",
        "Thank you for your application for Job Number 7712 - Senior Planner.",
        "Senior Planner",
        "7712",
    ),
    (
        "federal-series-and-grade-after-a-comma",
        "Application received",
        "Your application for Budget Analyst, GS-0560-12/13, Bureau of Land Management has "
        "been received.",
        "Budget Analyst",
        None,
    ),
    (
        "federal-series-and-grade-without-a-comma",
        "Interview Invitation: Contract Specialist GS-1102-12",
        "Please pick a time.",
        "Contract Specialist",
        "GS-1102-12",
    ),
    (
        "announcement-number-and-agency-after-the-title",
        "Application received",
        "Your application package for Budget Analyst, DOI-BLM-26-0042-MP, Bureau of Land "
        "Management was received.",
        "Budget Analyst",
        None,
    ),
    (
        "office-in-brackets-after-the-title",
        "Thank you for applying: Budget Analyst (Office of the Chief Financial Officer)",
        "We received your application.",
        "Budget Analyst",
        None,
    ),
    (
        "agency-in-brackets-after-the-title",
        "Update: Budget Analyst (Federal Highway Administration)",
        "Your application is under review.",
        "Budget Analyst",
        None,
    ),
    (
        "federal-specialty-in-brackets-stays",
        "Thank you for applying: Budget Analyst (Forecasting)",
        "We received your application.",
        "Budget Analyst (Forecasting)",
        None,
    ),
    (
        "department-after-a-dash",
        "Not Referred - Budget Analyst - Department of Energy",
        "You were not referred to the selecting official.",
        "Budget Analyst",
        None,
    ),
]

# From an employer's own address (role only).
EMPLOYER_CASES = [
    (
        "civil-service-vacancy-number-then-title",
        "Interview booked",
        "You have booked an interview for vacancy 559210 Payroll Officer.",
        "Payroll Officer",
    ),
    (
        "withdrawn-from-number-then-title",
        "Application withdrawn",
        "You have withdrawn your application for 559210 Senior Payroll Officer - Department "
        "for Transport.",
        "Senior Payroll Officer",
    ),
    (
        "the-vacancy-names-the-post",
        "The vacancy you applied for has closed early",
        "The vacancy Ward Clerk (C1234-26-0001) at Northfield Hospital closed early.",
        "Ward Clerk",
    ),
    (
        "vacancy-id-leading-the-title",
        "Application status",
        "Your application for Vacancy ID 2026-XY-0042-MP, Grants Officer, has been reviewed.",
        "Grants Officer",
    ),
    (
        "request-word-leading-the-title",
        "RE: Interview Request - Grants Management Specialist (GS-1109-12)",
        "Thank you, Dana.",
        "Grants Management Specialist",
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_role_and_req_id(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(("subject", "body", "role"), case_params(EMPLOYER_CASES))
def test_role_from_an_employer_address(run_pipes, subject, body, role):
    assert role_and_req_id(run_pipes, subject, body, from_addr=ACME)[0] == role

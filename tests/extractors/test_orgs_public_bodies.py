"""Public employers: a state government's domain names the agency; a public board's notice
names the department, agency or trust in full (its own name and the EEO regulators in its
footer are no employer); an institution's full name on a line of its own."""

import pytest

from extractors.org_full_names import name_line
from extractors.org_public_bodies import agency_of_place, public_body
from extractors.senders import domain_org
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("mei.chen@transport.nsw.gov.au", "transport"),
        ("hr@innerwest.nsw.gov.au", "innerwest"),
        ("jobs@health.qld.gov.au", "health"),
        ("hr@tpwd.state.tx.us", "tpwd"),
        ("emplois@sante.gouv.qc.ca", "sante"),
        ("jobs@hmrc.gov.uk", "hmrc"),
        ("jane@acme.com.au", "acme"),
    ],
    ids=lambda v: str(v),
)
def test_state_government_domain_names_the_agency(addr, expected) -> None:
    assert domain_org(addr) == expected


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("Transport", "Welcome to Transport for NSW careers.", "Transport for NSW"),
        ("Corvane", "Thanks for applying to Corvane for Backend Engineer.", None),
        ("Corvane", "Your interview with Corvane for the Product Designer role", None),
    ],
    ids=["public-body", "company-for-a-job", "company-for-the-job"],
)
def test_agency_of_place_is_no_company_and_job(word, text, expected) -> None:
    assert agency_of_place(word, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you for applying for 1234 Finance Officer at Department for Education.",
            "Department for Education",
        ),
        (
            "Your application for Analyst with HM Revenue and Customs was received.",
            "HM Revenue and Customs",
        ),
        (
            "Program Analyst, Administration for Children and Families, U.S. Department of "
            "Health and Human Services",
            "Administration for Children and Families",
        ),
        (
            "the Policy Analyst position with the Environmental Protection Agency.",
            "Environmental Protection Agency",
        ),
        ("Engineer, U.S. Army Corps of Engineers, Omaha", "U.S. Army Corps of Engineers"),
        (
            "Clerk\nHarbourside, Elm and Vale Hospitals NHS Foundation Trust\nRef: 12",
            "Harbourside, Elm and Vale Hospitals NHS Foundation Trust",
        ),
        (
            "withdrawn from the vacancy at Department for Work and Pensions.",
            "Department for Work and Pensions",
        ),
        ("Fair recruitment is regulated by the Equal Employment Opportunity Commission.", None),
        ("Thanks for applying. We will be in touch.", None),
    ],
    ids=[
        "uk-department-for",
        "hm-department",
        "sub-agency-named-first",
        "agency-word-last",
        "corps-of",
        "nhs-trust-with-commas",
        "trailing-full-stop",
        "eeo-regulator-is-no-employer",
        "no-public-body",
    ],
)
def test_public_body_named_in_full(text, expected) -> None:
    assert public_body(text, 0) == expected


CASES = [
    (
        "state-agency-named-as-written",
        "Lena Park",
        "lena.park@justice.vic.gov.au",
        "Interview - Policy Officer",
        "Hi Sam,\n\nI'd like to invite you to interview.\n\nLena Park\n"
        "Senior Recruiter | Justice for Victoria",
        "Justice for Victoria",
    ),
    (
        "civil-service-board-names-the-department",
        "Civil Service Jobs",
        "donotreply@csjobs.cabinetoffice.gov.uk",
        "Application received - 5521 : Finance Officer",
        "Thank you for applying for 5521 Finance Officer at Department for Transport.\n\n"
        "---\nThis is an automated email from Civil Service Jobs. The Civil Service is "
        "committed to fair and open recruitment.",
        "Department for Transport",
    ),
    (
        "federal-board-names-the-agency",
        "USA Staffing",
        "no-reply@usastaffing.gov",
        "Thank you for applying - ABC-26-0001",
        "Your application package for Budget Analyst, ABC-26-0001, Food Safety and "
        "Inspection Service, U.S. Department of Agriculture, has been received.",
        "Food Safety and Inspection Service",
    ),
    (
        "nhs-board-names-the-trust",
        "NHS Jobs",
        "no-reply@jobs.nhs.uk",
        "Application submitted: Payroll Officer",
        "You've successfully submitted your application for:\nPayroll Officer\n"
        "Kingsmere and Dale Hospitals NHS Foundation Trust\nReference number: C1-22",
        "Kingsmere and Dale Hospitals NHS Foundation Trust",
    ),
    (
        "institute-for-its-remit",
        "Cardwell Institute",
        "cardwellinstitute@myworkday.com",
        "Thank you for applying!",
        "Hello Dana, Thank you for your interest in the Cardwell Institute for Rural Policy. "
        "We have received your application.",
        "Cardwell Institute for Rural Policy",
    ),
    (
        "public-employer-personnel-office-mailbox",
        "Lakewood Corps Human Capital",
        "noreply@lakewoodcorps.org",
        "Application received",
        "We have received your application.",
        "Lakewood Corps",
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company


@pytest.mark.parametrize(
    ("company", "text", "expected"),
    [
        (
            "Transit Fairness",
            "Thanks,\nAna Ruiz\nDirector\nNational Coalition for Transit Fairness",
            "National Coalition for Transit Fairness",
        ),
        (
            "Halden Center",
            "Wen\nHalden Center for Public Finance",
            "Halden Center for Public Finance",
        ),
        ("Ironwood Medical Center", "Thanks\nIronwood Medical Center Recruitment", None),
        ("Midway Partners", "Recruiter at Midway Partners", None),
    ],
    ids=["signature-line-before", "signature-line-remit", "mailbox-line", "title-at-line"],
)
def test_full_name_on_a_line_of_its_own(company, text, expected) -> None:
    assert name_line(company, text) == expected

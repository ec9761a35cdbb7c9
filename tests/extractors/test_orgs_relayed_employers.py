"""The employer a relay or an agency writes for: a board's card or 'Company:' field, 'X has
opened / updated your application', a check vendor asked by the employer, a marketplace's
hospital, an agency's client (or the agency when none is named), agencies by their
country domains."""

import pytest

from extractors.orgs import OrgFinder
from extractors.senders import split_addr
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("olivia.park@hays.com.au", "Hays"),
        ("m.strauss@michaelpage.at", "Michael Page"),
        ("anna@robertwalters.co.nz", "Robert Walters"),
        ("jane@haystack.com.au", None),
    ],
    ids=lambda v: str(v),
)
def test_agency_by_its_country_domain(addr, expected) -> None:
    finder = OrgFinder("org", agencies="agencies.txt", header_only_kinds=[])
    found = finder.agency_for(split_addr(addr)[1], [])
    assert (found.name if found else None) == expected


CASES = [
    (
        "company-field-with-its-asian-legal-form",
        "JobsBoard SG",
        "no-reply@mycareersfuture.gov.sg",
        "Application submitted for Data Analyst",
        "You have submitted your application for:\n\nJob Title: Data Analyst\n"
        "Company: HARBOUR QUAY PTE. LTD.\nJob Post ID: 12",
        "HARBOUR QUAY PTE. LTD",
    ),
    (
        "board-says-the-employer-opened-the-application",
        "StepStone",
        "noreply@stepstone.de",
        "Good news: your application has been viewed",
        "Hello Anna,\n\nMarkwald Druck GmbH has opened your application for Teamleiter.",
        "Markwald Druck GmbH",
    ),
    (
        "board-says-the-employer-updated-the-status",
        "Indeed",
        "no-reply@indeed.com",
        "Your application status changed",
        "Corvale Freight updated your application status for Dispatcher: Reviewed",
        "Corvale Freight",
    ),
    (
        "check-vendor-names-the-employer-that-asked",
        "Checkwell",
        "noreply@veremark.com",
        "Action required: your background check",
        "Hi Sam,\nThe Fernhill Building Society has asked Veremark to carry out your checks.",
        "Fernhill Building Society",
    ),
    (
        "nurse-marketplace-relays-the-hospital",
        "Incredible Health",
        "notifications@incrediblehealth.com",
        "New interview request",
        "Danielle, Lakemont General Hospital wants to interview you for RN - ICU.",
        "Lakemont General Hospital",
    ),
    (
        "travel-nurse-agency-names-the-facility",
        "Aya Healthcare",
        "submissions@ayahealthcare.com",
        "You've been submitted!",
        "Hi Dana, your profile has been submitted to Mesa Verde Medical Center for the ICU RN "
        "position.",
        "Mesa Verde Medical Center",
    ),
    (
        "travel-nurse-agency-without-a-client-is-the-company",
        "Erin Pike",
        "epike@crosscountry.com",
        "Quick question",
        "Hi Dana, I cover Arizona for Cross Country. A hospital client needs an ICU RN.",
        "Cross Country Healthcare",
    ),
    (
        "agency-sent-the-cv-across-to-its-client",
        "Natalie Brooks",
        "natalie.brooks@hays.com",
        "RE: Management Accountant",
        "Hi Sam, as discussed I've now sent your CV across to Kelham Foods for the role.",
        "Kelham Foods",
    ),
    (
        "hiring-platform's-own-careers-team",
        "Rippling Recruiting",
        "no-reply@rippling.com",
        "Thanks for applying",
        "Hi Sam,\nThank you for applying for the Product Designer role. We will be in touch.",
        "Rippling",
    ),
    (
        "a-board-named-with-careers-is-no-employer",
        "Smart Jobs and Careers",
        "noreply@smartjobs.qld.gov.au",
        "Your application",
        "Hi Sam,\nThank you for applying for the Product Designer role. We will be in touch.",
        None,
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company

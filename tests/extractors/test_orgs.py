import pytest

PIPES = ("sneaker_org",)

CASES = [
    (
        "workday-tenant-in-local-part",
        "acme@myworkday.com",
        "acme@myworkday.com",
        "Thank you for applying",
        "We received your application.",
        "Acme",
        None,
    ),
    (
        "workday-name-found-in-text",
        None,
        "northwind@myworkday.com",
        "Update",
        "Thank you for your interest in Northwind Analytics.",
        "Northwind Analytics",
        None,
    ),
    (
        "linkedin-sent-to",
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Sam, your application was sent to Cascade Robotics",
        "Your application was sent to Cascade Robotics\n\nData Engineer\nCascade Robotics · Austin",
        "Cascade Robotics",
        None,
    ),
    (
        "greenhouse-display-name",
        "Orbital Labs Hiring Team",
        "no-reply@us.greenhouse-mail.io",
        "Thanks",
        "We received your application.",
        "Orbital Labs",
        None,
    ),
    (
        "company-domain-abbreviation",
        "Priya Raman",
        "priya@summithp.com",
        "Next steps",
        "Best,\nPriya Raman\nRecruiter | Summit Health Partners",
        "Summit Health Partners",
        None,
    ),
    (
        "known-agency-names-client",
        "Jane Okafor",
        "jane@teksystems.com",
        "Opportunity",
        "My client, Tidewater Energy, is looking for a Data Engineer.",
        "Tidewater Energy",
        "TEKsystems",
    ),
    (
        "known-agency-without-client",
        "Jane Okafor",
        "jane@roberthalf.com",
        "Opportunity",
        "I'm working with a fast-growing fintech client who is hiring.",
        "Robert Half",
        "Robert Half",
    ),
    (
        "unknown-agency-with-client",
        "Ahmed Hassan",
        "ahmed@harrowfinch.com",
        "Opportunity",
        "I'm Ahmed with Harrow & Finch Search. My client, Polaris Insurance, is hiring.",
        "Polaris Insurance",
        "Harrow & Finch Search",
    ),
    (
        "relay-brand-never-employer",
        "Workable",
        "noreply@workable.com",
        "Welcome to Workable",
        "Thanks for joining Workable.",
        None,
        None,
    ),
    (
        "personal-mail-has-no-employer",
        "Mike Dawson",
        "mike@gmail.com",
        "Coffee?",
        "Want to grab coffee?",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company", "agency"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_company_and_agency(run_pipes, name, addr, subject, body, company, agency):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    facts = doc._.facts
    assert (facts["company"], facts["agency"]) == (company, agency)

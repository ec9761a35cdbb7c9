import pytest

from extractors.org_domains import name_of_root
from extractors.org_names import clean_org

PIPES = ("sneaker_org",)

CASES = [
    (
        "relay-sender-name-that-reads-like-a-person",
        "Marlow Textiles",
        "no-reply@hire.lever.co",
        "Assessment Invitation - Buyer",
        "Hi,\nThank you for considering Marlow Textiles. Please complete the assessment.",
        "Marlow Textiles",
        None,
    ),
    (
        "invite-guest-line-is-not-a-job-card",
        "Ines Moreau",
        "ines.moreau@quarrylane.com",
        "Invitation: Interview",
        "Join with Google Meet\nGuests\nTheo Brandt - theo.brandt@quarrylane.com\n"
        "Ines Moreau - organizer",
        "Quarrylane",
        None,
    ),
    (
        "own-domain-beats-loose-mention",
        "Ines Moreau",
        "ines.moreau@quarrylane.com",
        "Tomorrow",
        "Looking forward to our chat about the role with Payments.",
        "Quarrylane",
        None,
    ),
    (
        "staffing-domain-submits-to-named-client",
        "Rhea Castillo",
        "rhea@brightwayrecruiting.com",
        "Update",
        "Hi,\nYour resume has been submitted to Lowell Bridge Partners for the analyst role."
        "\n\nRhea Castillo\nBrightway Recruiting",
        "Lowell Bridge Partners",
        "Brightway Recruiting",
    ),
    (
        "staffing-domain-client-not-named",
        "Rhea Castillo",
        "rhea@brightwayrecruiting.com",
        "Quick question",
        "Hi,\nI have a contract role that fits your background.\n\nRhea Castillo\n"
        "Brightway Recruiting",
        "Brightway Recruiting",
        "Brightway Recruiting",
    ),
    (
        "accented-person-name-is-not-employer",
        "Søren Håkansson",
        "soren@fjordlinelogistics.com",
        "Interview",
        "We are ready to set up your interview.\n\nSøren Håkansson\nFjordline Logistics",
        "Fjordline Logistics",
        None,
    ),
    (
        "subject-led-by-employer-name",
        None,
        "no-reply@us.greenhouse-mail.io",
        "Birchfield Instruments has an update about your candidacy",
        "Hello,\nThank you for your time.",
        "Birchfield Instruments",
        None,
    ),
    (
        "subject-viewed-by-employer",
        None,
        "notifications@smartrecruiters.com",
        "Your application was viewed by Kestrel Row Bakery",
        "Good news, a recruiter looked at your profile.",
        "Kestrel Row Bakery",
        None,
    ),
    (
        "job-board-product-name-is-not-employer",
        "Indeed Apply",
        "indeedapply@indeed.com",
        "Your application to Pinecrest Dental was viewed",
        "",
        "Pinecrest Dental",
        None,
    ),
    (
        "subject-applied-to-then-lower-case-words",
        "LinkedIn Easy Apply",
        "jobs-noreply@linkedin.com",
        "You applied to Ostrava Shipping Lines on LinkedIn",
        "",
        "Ostrava Shipping Lines",
        None,
    ),
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


REPLY_CASES = [
    (
        "own-reply-names-employer-only-in-quote",
        "Dana Whitfield",
        "dana.whitfield@gmail.com",
        ["lee.park@harborlightfoods.com"],
        "Re: Chat next week?",
        "Tuesday works for me.\n\nDana\n\nOn Fri, Mar 5, 2027 at 9:12 AM Lee Park "
        "<lee.park@harborlightfoods.com> wrote:\n> Hi Dana,\n> Thanks for your interest in "
        "Harborlight Foods. Could we talk next week?\n> Lee",
        "Harborlight Foods",
    ),
    (
        "own-signature-is-not-the-employer",
        "Dana Whitfield",
        "dana.whitfield@gmail.com",
        ["talent@quillstone.io"],
        "Following up",
        "Hello, I wanted to follow up on my application.\n\nBest regards,\nDana Whitfield",
        "Quillstone",
    ),
    (
        "recipient-domain-respaced-from-quote",
        "Dana Whitfield",
        "dana.whitfield@gmail.com",
        ["ops@tallgrassenergy.com"],
        "Re: Thursday",
        "Confirmed, see you then.\n\n> We look forward to meeting you at Tallgrass Energy "
        "on Thursday.",
        "Tallgrass Energy",
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "to", "subject", "body", "company"),
    [c[1:] for c in REPLY_CASES],
    ids=[c[0] for c in REPLY_CASES],
)
def test_company_of_own_reply(run_pipes, name, addr, to, subject, body, company):
    doc = run_pipes(
        PIPES,
        from_name=name,
        from_addr=addr,
        to_addrs=to,
        is_from_me=True,
        subject=subject,
        body_text=body,
    )
    assert (doc._.facts["company"], doc._.facts["agency"]) == (company, None)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Larkspur Mills's Workday", "Larkspur Mills"),
        ("Larkspur Mills's careers site", "Larkspur Mills"),
        ("Larkspur Mills and I'd", "Larkspur Mills"),
        ("Larkspur Mills and the Senior", "Larkspur Mills"),
        ("Barnes and Noble", "Barnes and Noble"),
        ("Macy's Herald Square", "Macy's Herald Square"),
    ],
    ids=[
        "possessive-relay",
        "possessive-generic",
        "sentence-goes-on-pronoun",
        "sentence-goes-on-article",
        "and-inside-name",
        "possessive-inside-name",
    ],
)
def test_clean_org(raw, name):
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("root", "name"),
    [
        ("harborbank", "Harbor Bank"),
        ("kestrelrobotics", "Kestrel Robotics"),
        ("tallgrass-energy", "Tallgrass Energy"),
        ("sunbank", "Sunbank"),
        ("zentriq", "Zentriq"),
        ("harborandpine", "Harbor and Pine"),
        ("johnholland", "John Holland"),
        ("carlsberg", "Carlsberg"),
        ("alvarezpartners", "Alvarez Partners"),
    ],
    ids=[
        "trade-word-split",
        "long-trade-word",
        "hyphen",
        "too-short-to-split",
        "no-trade-word",
        "two-words-joined-by-and",
        "founders-name",
        "a-given-name-then-no-word-opening",
        "no-given-name-first",
    ],
)
def test_domain_root_named(root, name):
    assert name_of_root(root) == name

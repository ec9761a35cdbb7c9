"""Employer extraction by failure class: places, departments, sentence words and given names
are no employer; relay services are never the employer; squashed domains are spelled out;
school zones name the school; agencies keep their trade word; a trust's mail names its school."""

import pytest

from extractors.org_domains import name_of_root
from extractors.org_names import clean_org

PIPES = ("sneaker_org",)

CASES = [
    (
        "place-on-a-job-card-is-not-the-employer",
        "Totaljobs",
        "noreply@email.totaljobs.com",
        "Application confirmation: Payroll Officer",
        "Here's confirmation of your application:\n\nPayroll Officer\nFerncastle Logistics Ltd\n"
        "Leeds \u00b7 \u00a330,000 - \u00a334,000 per annum\n\nYour CV has been sent.",
        # (the legal form is no part of the compare form; no longer added from a longer
        # candidate since finish stopped completing names from the candidates)
        "Ferncastle Logistics",
        None,
    ),
    (
        "department-in-the-subject-is-not-the-employer",
        "Naukri.com",
        "info@naukri.com",
        "Update on your application for Analyst - Commercial Finance",
        "The recruiter has updated the status of your application.\n\nAnalyst - Commercial "
        "Finance\nOrrin Foods Pvt. Ltd.\n\nStatus: Not shortlisted\n\nTeam Naukri.com",
        "Orrin Foods",
        None,
    ),
    (
        "question-word-leading-the-subject-is-not-a-name",
        "Indeed",
        "donotreply@indeed.com",
        "How was your interview with Dunmore Civil?",
        "Tell us about your interview experience.",
        "Dunmore Civil",
        None,
    ),
    (
        "contraction-leading-the-subject-is-not-a-name",
        "Workday",
        "brightwellcare@myworkday.com",
        "We've received your application",
        "Thank you for your interest in joining our team!\n\nAll the best,\nTalent Acquisition",
        "Brightwell Care",
        None,
    ),
    (
        "assistant-first-name-from-the-employer",
        "Olivia from Tamsin Outdoor",
        "noreply@paradox.ai",
        "One quick step before your interview",
        "Hi! Please confirm a time for your interview.",
        "Tamsin Outdoor",
        None,
    ),
    (
        "relay-service-own-name-and-an-agency-field",
        "USA Staffing",
        "no-reply@usastaffing.gov",
        "Application Received: Biologist, GS-0401-09",
        "Your application has been received.\n\nPosition: Biologist\n"
        "Agency: U.S. Fish and Wildlife Service, Region 6\n\nThis is an automated message.",
        "U.S. Fish and Wildlife Service",
        None,
    ),
    (
        "squashed-relay-slug-split-into-words",
        "Workday",
        "harlandgroceries@myworkday.com",
        "INTERVIEW INVITATION - STORE MANAGER",
        "We'd like to invite you to an interview.\n\nRegards,\nTalent Acquisition",
        "Harland Groceries",
        None,
    ),
    (
        "school-zone-names-the-school-not-the-town",
        "Recruitment",
        "recruitment@ellerbyvale.leeds.sch.uk",
        "Teacher of Science",
        "Dear Ms Kerr,\n\nThank you for your interest in the post. Unfortunately it has been "
        "filled.\n\nYours sincerely,\n\nHR Administrator\nEllerby Vale Primary School",
        "Ellerby Vale Primary School",
        None,
    ),
    (
        "personal-isp-is-no-employer",
        "Dave Kerrigan",
        "dkerrigan55@bigpond.com",
        "Re: jobs",
        "Mate, happy to put in a word. Give me a call.",
        None,
        None,
    ),
    (
        "agency-keeps-its-trade-word",
        "Jo Mills",
        "jo.mills@ravenscroft.co.uk",
        "Senior Accountant - Reading",
        "Hi Sam,\n\nMy client, a growing manufacturer, would like to meet you.\n\nBest,\n"
        "Jo Mills\nSenior Consultant\nRavenscroft Recruitment",
        "Ravenscroft Recruitment",
        "Ravenscroft Recruitment",
    ),
    (
        "agency-team-word-is-a-department",
        "Jo Mills",
        "jo.mills@ravenscroft.co.uk",
        "Senior Accountant - Reading",
        "Hi Sam,\n\nMy client would like to meet you.\n\nThe Ravenscroft Recruitment Team",
        "Ravenscroft",
        "Ravenscroft",
    ),
    (
        "trust-mail-names-its-school",
        "Kestrel Learning Trust",
        "hr@kestreltrust.org.uk",
        "Hollybank Academy - Teacher of Science - Interview arrangements",
        "Dear Ms Kerr,\n\nYou have been shortlisted for the post of Teacher of Science at "
        "Hollybank Academy.\n\nYours sincerely,\nHR Officer, Kestrel Learning Trust",
        "Hollybank Academy",
        None,
    ),
    (
        "trust-naming-several-schools-stays-the-trust",
        "Kestrel Learning Trust",
        "hr@kestreltrust.org.uk",
        "Vacancies across our schools",
        "We are recruiting at Hollybank Academy and at Ridgeway School this term.\n\n"
        "Kestrel Learning Trust",
        "Kestrel Learning Trust",
        None,
    ),
    (
        "agency-signature-then-the-named-client",
        "Nell Ashdown",
        "nell.ashdown@fairbrook.co.uk",
        "Interview confirmation - Tolland Foods - Monday 10am",
        "Hi Sam,\n\nGreat news - Tolland Foods would like to meet you for the role!\n\n"
        "Nell\nPrincipal Consultant\nFairbrook Recruitment",
        "Tolland Foods",
        "Fairbrook Recruitment",
    ),
    (
        "profile-card-title-then-organization",
        "LinkedIn",
        "inmail-hit-reply@linkedin.com",
        "Re: Your application for Brand Manager",
        "Odile Marchand\nDirector of Brand, Verdance Skincare\n\nHi Sam, thanks for applying.",
        "Verdance Skincare",
        None,
    ),
    (
        "posted-by-names-the-agency",
        "Naukri.com",
        "recruiter@naukri.com",
        "Job opportunity: AVP - Treasury",
        "A recruiter has sent you a job opportunity.\n\nAVP - Treasury\n"
        "Posted by: Meera Iyer, Harrowgate Executive Search\nLocation: Mumbai",
        "Harrowgate Executive Search",
        None,
    ),
    (
        "fuller-name-of-the-same-organization",
        "Teaching Vacancies",
        "mail@teaching-vacancies.service.gov.uk",
        "Update on your application for Head of Science at Fellgate High School",
        "Thank you for applying to Fellgate. Fellgate High School has reviewed your application.",
        "Fellgate High School",
        None,
    ),
    (
        "employer-led-subject-with-a-legal-form",
        "ZipRecruiter",
        "invites@ziprecruiter.com",
        "Tarrant Land Co. invited you to apply",
        "A company thinks you'd be a great fit.",
        "Tarrant Land Co",
        None,
    ),
    (
        "e-signature-subject-names-the-employer",
        "Lena Okoro via DocuSign",
        "dse_na3@docusign.net",
        "Please DocuSign: Brightmoor Media - Offer Letter - Sam Okafor",
        "Please review and sign your document.",
        "Brightmoor Media",
        None,
    ),
    (
        "agency-forwarded-interview-candidate-then-client",
        "Nell Ashdown",
        "nell.ashdown@fairbrook.co.uk",
        "FW: Interview: Sam Okafor / Tolland Utilities - Finance Manager",
        "Hi Sam - forwarding the invite.\n\nNell\nFairbrook Recruitment",
        "Tolland Utilities",
        "Fairbrook Recruitment",
    ),
    (
        "accented-capital-starts-a-name",
        "\u00c5ngstr\u00f6m Robotics",
        "no-reply@ashbyhq.com",
        "Application status",
        "Thank you for applying to \u00c5ngstr\u00f6m Robotics.",
        "\u00c5ngstr\u00f6m Robotics",
        None,
    ),
    (
        "accents-match-the-domain",
        "Tariq Reddy",
        "treddy@ninohealth.io",
        "Interview request",
        "Would you like to interview with Ni\u00f1o Health next week?\n\nTariq",
        "Ni\u00f1o Health",
        None,
    ),
    (
        "writer-first-name-is-not-the-employer",
        "Mei Byrne",
        "byrne.mei@icloud.com",
        "Re: resume",
        "Looks good! Send it over.\n\nMei",
        None,
        None,
    ),
    (
        "all-caps-display-name-is-a-person",
        "MEGAN R.",
        "meganr@echocrestenergy.io",
        "Re: Catching up",
        "Great to hear from you.\n\nMEGAN R.",
        "Echocrest Energy",
        None,
    ),
    (
        "title-and-organization-in-brackets",
        "Chlo\u00e9 Weber via LinkedIn",
        "inmail-hit-reply@linkedin.com",
        "New InMail from Chlo\u00e9 Weber",
        "Chlo\u00e9 Weber (Senior Technical Recruiter, Indigostack) wants to connect.",
        "Indigostack",
        None,
    ),
    (
        "referrer-signs-with-an-unlisted-first-name",
        "Tavi Okonkwo",
        "tavi.okonkwo@icloud.com",
        "Re: resume",
        "I submitted you for the role at Hollowpath Networks.\n\nBest,\nTavi",
        "Hollowpath Networks",
        None,
    ),
    (
        "agency-puts-you-in-front-of-a-client",
        "Karen Olsen",
        "karen.olsen@northstartechstaffing.com",
        "You're in front of Deltarock",
        "Hi Tom, your interview is with Paul Miller on Tuesday.\n\nKaren",
        "Deltarock",
        "Northstar Tech Staffing",
    ),
    (
        "team-after-the-title-is-not-the-employer",
        "GoodTime",
        "no-reply@goodtime.io",
        "Interview scheduled: Larklight Analytics \u2013 Senior Engineer - Distributed Systems",
        "Your interview is scheduled.",
        "Larklight Analytics",
        None,
    ),
    (
        "person-via-a-network-is-not-the-employer",
        "\u0141ukasz Olsen via LinkedIn",
        "inmail-hit-reply@linkedin.com",
        "New InMail from \u0141ukasz Olsen",
        "We're hiring at Lakehaven Energy. Open to a chat?",
        "Lakehaven Energy",
        None,
    ),
    (
        "forwarded-invite-title-beats-the-forwarder-domain",
        "Nell Ashdown",
        "nell.ashdown@fairbrook.co.uk",
        "FW: Interview: Sam Okafor / Tolland Utilities - Finance Manager",
        "Hi Sam - forwarding the invite. Please accept it.\n\nNell",
        "Tolland Utilities",
        None,
    ),
    (
        "organization-in-brackets-after-an-announcement",
        "USA Hire",
        "noreply@usahire.opm.gov",
        "Complete your USA Hire Assessment",
        "Your application for Civil Engineer, announcement DE-26-0412 (Federal Highway "
        "Administration), requires an assessment.",
        "Federal Highway Administration",
        None,
    ),
    (
        "country-arm-is-the-organization",
        "Quorra Retail Australia",
        "quorraretail@successfactors.com",
        "Quorra Retail - We have received your application",
        "Thank you for applying.",
        "Quorra Retail",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company", "agency"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_company_by_failure_class(run_pipes, name, addr, subject, body, company, agency):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert (doc._.facts["company"], doc._.facts["agency"]) == (company, agency)


def test_reader_own_name_is_not_the_employer(run_pipes):
    doc = run_pipes(
        PIPES,
        from_name="Google Calendar",
        from_addr="calendar-notification@google.com",
        to_addrs=["sam.okafor.pm@gmail.com"],
        subject="Invitation: Sam Okafor <> Brightmoor Media - interview @ Thu 2pm",
        body_text="You have been invited to the following event.",
    )
    assert (doc._.facts["company"], doc._.facts["agency"]) == ("Brightmoor Media", None)


@pytest.mark.parametrize(
    "raw",
    [
        "Bengaluru",
        "Bendigo VIC",
        "Greater Manchester",
        "Business Finance",
        "Finance & Accounting",
        "Acute Medical Unit",
        "Council",
        "Shweta",
        "How",
        "We've",
        "Invites",
        "Eastern Time",
        "Client",
    ],
)
def test_not_an_employer(raw):
    assert clean_org(raw) is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Birmingham City Council", "Birmingham City Council"),
        ("Bank of America", "Bank of America"),
        ("Finance Ireland", "Finance Ireland"),
        ("Olivia Garden Supplies", "Olivia Garden Supplies"),
        ("Coast & Co", "Coast & Co"),
        ("Just Eat", "Just Eat"),
        ("Great Western Railway", "Great Western Railway"),
    ],
    ids=[
        "place-in-a-name",
        "place-after-of",
        "field-and-place-mixed",
        "given-name-in-a-name",
        "legal-form-after-a-place-word",
        "adverb-starts-a-name",
        "adjective-starts-a-name",
    ],
)
def test_names_with_place_or_field_words_kept(raw, name):
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Cobalt Ridge Capital Technical Assessment", "Cobalt Ridge Capital"),
        ("Orbital Pay Backend Challenge", "Orbital Pay"),
        ("Orbital Pay Recruiter Screen", "Orbital Pay"),
    ],
    ids=["assessment", "challenge", "screen"],
)
def test_test_and_screen_names_trimmed(raw, name):
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("root", "name"),
    [
        ("pinnaclegroceries", "Pinnacle Groceries"),
        ("beaconstreetbrewing", "Beacon Street Brewing"),
        ("keystonemunicipal", "Keystone Municipal"),
        ("openai", "Openai"),
    ],
    ids=["company-word", "three-words", "municipal", "short-word-not-split"],
)
def test_squashed_root_split(root, name):
    assert name_of_root(root) == name

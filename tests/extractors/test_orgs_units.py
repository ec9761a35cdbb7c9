"""Employer extraction, session-3 failure classes: an employer's programme, unit, region or
legal form is the employer; a short name is completed by the domain or the text; the
display name says whom an outsourced recruiter or a relay writes for; subjects led by a
label, a name and a verb, or ending "with <employer>"; people and headings are no employer."""

import pytest
import spacy

from extractors.docmeta import facts
from extractors.org_batch import complete_short_names, thread_employers, written_forms
from extractors.org_full_names import spelled_out
from extractors.org_names import clean_org
from extractors.orgs import named_by
from extractors.pipeline import record_doc
from extractors.senders import display_name_parts

PIPES = ("sneaker_org",)

CASES = [
    (
        "early-careers-mailbox-is-the-employer",
        "Tallis Mutual Early Careers",
        "earlycareers@icims.com",
        "Thank you for applying - Graduate Programme",
        "We have received your application to the Graduate Programme.",
        "Tallis Mutual",
    ),
    (
        "campus-team-in-the-text-is-the-employer",
        "Orrery Advisory",
        "orrery@myworkday.com",
        "Your application status",
        "Thank you for applying to Orrery Advisory Campus. We are reviewing applications.",
        "Orrery Advisory",
    ),
    (
        "hiring-assistant-bot-is-the-employer",
        "Bramble Grocers Hiring Assistant",
        "olivia@paradox.ai",
        "Thanks for applying!",
        "Hi! Thanks for applying to Bramble Grocers Hiring Assistant chat.",
        "Bramble Grocers",
    ),
    (
        "regional-arm-and-legal-form-dropped",
        "Sorrel Devices Careers",
        "noreply@sap.com",
        "Application Status Update",
        "Thank you for your interest in Sorrel Devices Asia Pacific Pte Ltd.",
        "Sorrel Devices",
    ),
    (
        "domain-completes-a-short-name",
        "Ana Lopes",
        "ana@fennelpayroll.com",
        "Re: Fennel - Product Manager",
        "Thanks for your time today. Fennel will be in touch next week.\n\nAna",
        "Fennel Payroll",
    ),
    (
        "hyphenated-domain-completes-a-short-name",
        "Graduate Recruitment",
        "graduates@larkspur-consulting.com",
        "Larkspur Analyst Programme - outcome",
        "Thank you for completing our assessments.\n\nGraduate Recruitment Team",
        "Larkspur Consulting",
    ),
    (
        "text-completes-a-short-display-name",
        "Quarrow Careers",
        "noreply@icims.com",
        "Withdrawal confirmed",
        "Your application has been withdrawn.\n\nQuarrow Distribution",
        "Quarrow Distribution",
    ),
    (
        "on-behalf-of-names-the-employer-not-the-rpo",
        "Lumio Talent on behalf of Harrier Insurance",
        "harrier.recruiting@lumiotalent.com",
        "Senior Analyst opportunity with Harrier Insurance",
        "Lumio Talent partners with Harrier Insurance on hiring. Are you open to a chat?",
        "Harrier Insurance",
    ),
    (
        "via-relay-display-beats-a-past-employer-in-the-text",
        "Kestrel Bank via Handshake",
        "messages@mail.joinhandshake.com",
        "Kestrel Bank messaged you",
        "Hi! I saw your internship at Marble Robotics Lab on your profile and would love to "
        "tell you about our analyst programme.",
        "Kestrel Bank",
    ),
    (
        "display-covering-the-domain-beats-a-short-text-prefix",
        "Varga Shipping Lines HR",
        "hr@vargashipping.com",
        "INVITATION FOR INTERVIEW",
        "Dear Mr Var,\n\nWe are pleased to invite you for an interview.\n\nHuman Resources",
        "Varga Shipping Lines",
    ),
    (
        "team-word-after-the-sender-org-is-the-sender-org",
        "Corbel Chemicals",
        "noreply@taleo.net",
        "Corbel Chemicals - Job Submission Confirmation",
        "Your application has been submitted.\n\nRegards,\nCorbel Chemicals Staffing",
        "Corbel Chemicals",
    ),
    (
        "subject-name-then-verb-on-a-relay",
        "Indeed",
        "noreply@indeed.com",
        "Pellow Foundry updated your application",
        "",
        "Pellow Foundry",
    ),
    (
        "subject-ending-with-the-employer",
        "Gusto",
        "no-reply@gusto.com",
        "Welcome to Gusto - finish onboarding with Tern Bio",
        "",
        "Tern Bio",
    ),
    (
        "subject-label-then-the-employer",
        "Cal.com",
        "no-reply@cal.com",
        "New event: Interview Wexford Mobility - Account Manager",
        "",
        "Wexford Mobility",
    ),
    (
        "subject-employer-then-a-lower-case-meeting",
        "Chili Piper",
        "notifications@chilipiper.com",
        "Meeting booked: Ostrava Learning recruiter screen",
        "Your meeting is confirmed\n\nwith Dana Mills",
        "Ostrava Learning",
    ),
    (
        "subject-title-case-screening-is-not-part-of-the-name",
        "HireRight",
        "do-not-reply@hireright.com",
        "ACTION REQUIRED: Pallas Health Background Screening",
        "",
        "Pallas Health",
    ),
    (
        "agency-trade-word-is-part-of-its-name",
        "Nora Quinn",
        "reply-abc123@indeedemail.com",
        "Employer messaged you about your resume",
        "I found your resume on Indeed. I'm with Sparrow Staffing; we place HR generalists.\n\n"
        "Nora Quinn, Sparrow Staffing Co.",
        "Sparrow Staffing",
    ),
    (
        "signature-title-with-a-bracketed-note",
        "Ivo Petrov",
        "ivo.petrov@maplecross.com",
        "Confidential search",
        "Would you be open to a brief call?\n\nKind regards,\nIvo Petrov\n"
        "Principal, Maplecross Partners (Retained Executive Search)",
        "Maplecross Partners",
    ),
    (
        "interviewer-in-brackets-is-no-employer",
        "Lindell Commerce",
        "no-reply@ashbyhq.com",
        "Interview confirmed: Lindell Commerce",
        "Your interview is confirmed.\n\nWith: Mara Ode (Head of Design), Tom Reyes (Growth PM)",
        "Lindell Commerce",
    ),
    (
        "team-signing-for-the-employer",
        "Careers",
        "no-reply@hire.lever.co",
        "Thank you for your application",
        "Thank you for applying.\n\nWarm regards,\nThe Quenby Team\n\nSent with Lever",
        "Quenby",
    ),
    (
        "employer-sent-you-a-message",
        "Indeed",
        "messages@indeed.com",
        "An employer sent you a message",
        "Lorne Retail sent you a message about the Store Manager job.\n\nReply on Indeed",
        "Lorne Retail",
    ),
    (
        "forward-is-about-the-original-sender",
        "Rita Olsen",
        "r.olsen@westbrook.edu",
        "FW: Application received - Lab Technician",
        "Passing this on.\n\n-----Original Message-----\n"
        "From: Recruitment - Holm Valley Hospital <jobs@holmvalley.org>\n"
        "Sent: 2 March 2026\nSubject: Application received\n\nThank you for your "
        "application to Holm Valley Hospital.",
        "Holm Valley Hospital",
    ),
    (
        "fuller-name-with-a-trade-word",
        "Karl Moss",
        "karl@pennant.org",
        "Re: your questions",
        "You applied to Tarrow Insurance last week; Tarrow's team is lovely and Tarrow will "
        "call soon.\n\nKarl",
        "Tarrow Insurance",
    ),
    (
        "scheduler-organizer-address-names-the-employer",
        "Cal.com",
        "no-reply@cal.com",
        "Rescheduled: Portfolio chat between Ana Ruiz and Sam Lee",
        "Your event has been rescheduled.\n\nWhat: Portfolio chat\nWho: Ana Ruiz - Organizer "
        "(ana@quillfern.so), Sam Lee (sam.lee@gmail.com)",
        "Quillfern",
    ),
    (
        "scheduler-invitee-bracket-names-the-employer",
        "Calendly",
        "notifications@calendly.com",
        "New Event: Sam Lee - 30 Minute Interview",
        "A new event has been scheduled.\n\nEvent Type: 30 Minute Interview\n"
        "Invitee: Dana Cole (Harwick Analytics)\nLocation: Zoom",
        "Harwick Analytics",
    ),
    (
        "health-system-display-keeps-system",
        "Calloway Health System",
        "callowayhealth@icims.com",
        "WITHDRAWAL CONFIRMATION",
        "",
        "Calloway Health System",
    ),
    (
        "own-domain-name-as-the-mail-writes-it",
        "Nora Vance",
        "nora@bluefinch.io",
        "Re: thursday",
        "Thursday at 2 works, come to the front desk.\n\nNora\nOffice Manager, Blue Finch",
        "Blue Finch",
    ),
    (
        "own-domain-and-written-with-an-ampersand",
        "Tom Reyes",
        "tom@hollisandvane.com",
        "Re: next week",
        "Great talking today. Monday suits us.\n\nTom Reyes\nHollis & Vane",
        "Hollis & Vane",
    ),
    (
        "short-domain-stands-for-the-signed-institution",
        "Prof. Ann Lowe",
        "a.lowe@bham.ac.uk",
        "PhD position",
        "Dear Sam,\n\nThanks for your interest; could we speak on Friday?\n\nAnn Lowe\n"
        "School of Physics\nUniversity of Birmingham",
        "University of Birmingham",
    ),
    (
        "initials-domain-stands-for-the-signed-lab",
        "Dr. Ivo Marsh",
        "imarsh@nwl.gov",
        "Postdoc",
        "Hi Sam,\n\nThe committee would like to meet you.\n\nIvo Marsh\nNorthern Wind Laboratory",
        "Northern Wind Laboratory",
    ),
    (
        "items-sent-to-the-employer",
        "Indeed Apply",
        "indeedapply@indeed.com",
        "Indeed Application: Graphic Designer",
        "Your application has been submitted\n\nGraphic Designer\n\nThe following items were "
        "sent to Marlow Dental Group. Good luck!\n\n* Resume",
        "Marlow Dental Group",
    ),
    (
        "application-for-a-role-sent-to-the-employer",
        "Trade Me Jobs",
        "jobs@trademe.co.nz",
        "Application sent: Site Manager",
        "Hi Sam\n\nYour application for Site Manager was sent to Harrow Homes.\n\nListing #51",
        "Harrow Homes",
    ),
    (
        "mailbox-word-after-a-hyphen-of-the-domain-is-no-name",
        "Dewi Lestari",
        "dewi.lestari@quillora-people.com",
        "Next step",
        "Hi Sam,\n\nCould we talk on Monday at 10?\n\nDewi",
        "Quillora",
    ),
    (
        "subject-led-by-the-employer-after-the-readers-first-name",
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Marcus, Lindell Freight is hiring for Logistics Coordinator",
        "A company you follow is hiring\n\nLogistics Coordinator\n\nSee all jobs",
        "Lindell Freight",
    ),
    (
        "subject-led-by-the-employer-that-just-posted-a-job",
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Priya, Lindell Freight just posted a new job",
        "Follow-up from a company you follow\n\nSee all jobs",
        "Lindell Freight",
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_company_by_session3_class(run_pipes, name, addr, subject, body, company):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert (doc._.facts["company"], doc._.facts["agency"]) == (company, None)


def test_person_named_in_a_relay_subject_is_no_employer(run_pipes):
    doc = run_pipes(
        PIPES,
        from_name="LinkedIn",
        from_addr="messages-noreply@linkedin.com",
        subject="Hannah Price sent you a message",
        body_text="",
    )
    assert (doc._.facts["company"], doc._.facts["agency"]) == (None, None)


@pytest.mark.parametrize(
    ("display", "parts"),
    [
        ("Lumio Talent on behalf of Harrier Insurance", (None, "Harrier Insurance")),
        ("Tallis Mutual Early Careers", (None, "Tallis Mutual")),
        ("Orrery Advisory Campus Team", (None, "Orrery Advisory")),
        ("Larkspur Graduate Recruitment", (None, "Larkspur")),
        ("Bramble Grocers Hiring Assistant", (None, "Bramble Grocers")),
        ("Calloway Health System", (None, "Calloway Health System")),
        ("System", (None, None)),
    ],
    ids=[
        "on-behalf-of",
        "early-careers",
        "campus-team",
        "graduate",
        "assistant",
        "health-system",
        "system-alone",
    ],
)
def test_display_name_units(display, parts):
    assert display_name_parts(display) == parts


@pytest.mark.parametrize(
    "raw",
    [
        "Early",
        "Chief",
        "InMail",
        "Intro",
        "Rescheduled",
        "Employer",
        "Campus",
        "Confidential",
        "30 Minute",
        "45 min",
        "Campaign 25STN041",
        "JR102931",
    ],
)
def test_headings_and_titles_are_no_employer(raw):
    assert clean_org(raw) is None


def _row(company, *, kind="networking", agency=None):
    return {"company": company, "kind": kind, "agency": agency}


@pytest.mark.parametrize(
    ("rows", "companies"),
    [
        (
            [
                _row("Hollin Capital", kind="application_confirmation"),
                _row("Hollin Capital", kind="rejection"),
                _row("Hollin"),
            ],
            ["Hollin Capital"] * 3,
        ),
        (
            [_row("Hollin Capital", kind="application_confirmation"), _row("Hollin")],
            ["Hollin Capital", "Hollin"],
        ),
        (
            [_row("Hollin Capital"), _row("Hollin", kind="application_confirmation")],
            ["Hollin Capital", "Hollin"],
        ),
        (
            [_row("Hollin Capital"), _row("Hollin Partners"), _row("Hollin")],
            ["Hollin Capital", "Hollin Partners", "Hollin"],
        ),
        (
            [_row("Brevard Bank Talent Community"), _row("Brevard Bank")],
            ["Brevard Bank Talent Community", "Brevard Bank"],
        ),
        (
            [_row("Tamar Staffing"), _row("Tamar", agency="Tamar")],
            ["Tamar Staffing", "Tamar"],
        ),
        (
            [_row(None), _row("Oster High School"), _row("Oster High School"), _row("Oster")],
            [None] + ["Oster High School"] * 3,
        ),
    ],
    ids=[
        "conversation-short-name-completed",
        "one-mail's-fuller-name-completes-no-note",
        "other-kinds-keep-their-own-name",
        "two-fuller-names-no-choice",
        "team-words-do-not-complete",
        "agency-keeps-its-name",
        "school-completed-and-empty-rows-left",
    ],
)
def test_complete_short_names(rows, companies):
    complete_short_names(rows)
    assert [r["company"] for r in rows] == companies


@pytest.mark.parametrize(
    ("name", "text", "root", "full"),
    [
        ("Quell", "Thanks from Quell.", "quellpayroll", "Quell Payroll"),
        ("Quell", "Thanks.", "quell-payroll", "Quell Payroll"),
        ("Quell", "Thanks.", "quelljobs", "Quell"),
        ("Quell", "Thanks.", "quellhq", "Quell"),
        ("Quell", "Regards,\nQuell Distribution", None, "Quell Distribution"),
        ("Quell", "Regards,\nQuell Recruitment", None, "Quell"),
        ("Quell", "Regards,\nQuell Finance", None, "Quell"),
        ("Quell Bank", "Thanks.", "quellbankgroup", "Quell Bank Group"),
        ("Quell Bank", "At Quell Bank Card Services.", None, "Quell Bank"),
        ("Quell", "Thanks.", "quellbio", "Quell Bio"),
        ("Quell", "Thanks.", "quellxyz", "Quell"),
        ("Quell Vets", "Thanks.", "quellvets-demo", "Quell Vets"),
        ("Quell", "Thanks.", "quellvets-demo", "Quell Vets"),
        ("Quell", "Thanks.", "quell-careers-mail", "Quell"),
        ("Quell Bank", "Thanks.", "quellbank-recrutement", "Quell Bank"),
        ("QBI", "Thanks.", "qbinternational", "QBI"),
        ("QDB", "Thanks.", "qdbbank", "QDB Bank"),
        ("Quell", "Level 21, Quell Main Building, 1 Queen St", None, "Quell"),
    ],
    ids=[
        "domain-adds-a-word",
        "hyphenated-domain",
        "jobs-is-no-name-word",
        "short-rest-ignored",
        "text-adds-a-company-word",
        "agency-word-does-not-complete",
        "department-does-not-complete",
        "domain-completes-two-word-names",
        "text-completes-one-word-names-only",
        "short-trade-word-completes",
        "short-rest-of-no-trade-ignored",
        "mailbox-word-after-a-hyphen-is-no-name",
        "domain-completes-up-to-the-mailbox-word",
        "careers-mail-after-a-hyphen-is-no-name",
        "non-english-recruiting-word-is-no-name",
        "initialism-completed-by-no-unknown-letters",
        "initialism-completed-by-a-known-word",
        "a-building-is-an-address",
    ],
)
def test_spelled_out(name, text, root, full):
    assert spelled_out(name, text, root) == full


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Welcome to Gusto - finish onboarding with Tern Bio", "Tern Bio"),
        ("Jobs you may like", None),
    ],
    ids=["subject-names-the-employer", "no-name-in-the-subject"],
)
def test_alert_reads_the_subject_not_the_body(subject, company):
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_org")
    doc = record_doc(
        nlp,
        {
            "from_name": "Gusto",
            "from_addr": "no-reply@gusto.com",
            "subject": subject,
            "body_text": "Apply at Marlow Labs today. Thanks for applying to Fenwick Foods.",
        },
    )
    facts(doc)["kind"] = "job_alert"  # alerts are read from their headers only
    assert facts(nlp(doc))["company"] == company


def _t(company, agency=None, kind="status_update"):
    return {"company": company, "agency": agency, "kind": kind}


@pytest.mark.parametrize(
    ("rows", "threads", "companies"),
    [
        (
            [_t("Sable Foods"), _t(None), _t(None)],
            ["t1", "t1", "t2"],
            ["Sable Foods", "Sable Foods", None],
        ),
        (
            [_t("Brisk Staffing", "Brisk Staffing"), _t("Orla Freight", "Brisk Staffing")],
            ["t1", "t1"],
            ["Orla Freight", "Orla Freight"],
        ),
        (
            [_t("Orla Freight", "Other Search"), _t("Brisk Staffing", "Brisk Staffing")],
            ["t1", "t1"],
            ["Orla Freight", "Brisk Staffing"],
        ),
        (
            [_t("Sable Foods"), _t("Tarn Bank"), _t(None)],
            ["t1", "t1", "t1"],
            ["Sable Foods", "Tarn Bank", "Sable Foods"],
        ),
        ([_t("Sable Foods"), _t(None)], [None, None], ["Sable Foods", None]),
        (
            [
                _t("Brisk Staffing", "Brisk Staffing", "recruiter_outreach"),
                _t("Orla Freight", "Brisk Staffing"),
            ],
            ["t1", "t1"],
            ["Brisk Staffing", "Orla Freight"],
        ),
    ],
    ids=[
        "reply-takes-its-thread-employer",
        "agency-mail-takes-the-client-it-named",
        "another-agency-client-not-taken",
        "named-employers-kept-tie-first",
        "no-thread-no-change",
        "agency-approach-keeps-the-agency",
    ],
)
def test_thread_employers(rows, threads, companies):
    thread_employers(rows, threads)
    assert [r["company"] for r in rows] == companies


def test_extract_messages_completes_a_reply_from_its_thread():
    from extractors.messages import extract_messages
    from extractors.pipeline import load_nlp

    first = {
        "message_key": "m1",
        "thread_id": "th",
        "from_name": "Pia Lund",
        "from_addr": "pia@northbeamstaffing.com",
        "subject": "Confirming your submission - Data Analyst",
        "body_text": "Hi Sam,\n\nYour resume has been submitted to Quarrow Freight for the Data "
        "Analyst position.\n\nPia Lund\nRecruiter, Northbeam Staffing",
    }
    reply = {
        "message_key": "m2",
        "thread_id": "th",
        "from_name": "Pia Lund",
        "from_addr": "pia@northbeamstaffing.com",
        "subject": "Re: Confirming your submission - Data Analyst",
        "body_text": "Sam - good news, they would like a phone screen on Friday at 2pm.\n\n"
        "Pia Lund\nRecruiter, Northbeam Staffing",
    }
    rows = list(extract_messages(load_nlp(), [first, reply]))
    assert [(r["company"], r["agency"]) for r in rows] == [
        ("Quarrow Freight", "Northbeam Staffing"),
        ("Quarrow Freight", "Northbeam Staffing"),
    ]


@pytest.mark.parametrize("raw", ["3M", "23andMe", "Area 51 Games", "B2B Labs"])
def test_names_with_digits_kept(raw):
    assert clean_org(raw) == raw


@pytest.mark.parametrize(
    ("companies", "expected"),
    [
        (["Bluefinch", "Blue Finch", "Blue Finch"], ["Blue Finch"] * 3),
        (["Hollisandvane Partners", "Hollis & Vane Partners"], ["Hollis & Vane Partners"] * 2),
        # a split this module makes itself from a domain is no written form
        (["Indigoworks Cloud", "Indigo Works Cloud"], ["Indigoworks Cloud", "Indigo Works Cloud"]),
        (["Acme", "Acme Robotics"], ["Acme", "Acme Robotics"]),
        ([None, "Bluefinch"], [None, "Bluefinch"]),
    ],
    ids=["glued-takes-written", "ampersand-is-and", "own-split-not-taken", "other-letters", "none"],
)
def test_written_forms(companies, expected):
    rows = [{"company": c, "agency": None} for c in companies]
    written_forms(rows)
    assert [r["company"] for r in rows] == expected


@pytest.mark.parametrize(
    ("addr", "body", "branch"),
    [
        ("dana@relaytx.com", "Thanks, Tuesday at 10 works.\n\nDana", "root"),
        ("dana@relaytx.com", "Thanks for applying to Relay Therapeutics.", "in_text"),
    ],
    ids=["domain-alone-names-the-employer", "the-text-names-it"],
)
def test_named_by_says_how_the_rules_named_the_employer(run_pipes, addr, body, branch) -> None:
    doc = run_pipes(
        PIPES, from_name="Dana Whitcombe", from_addr=addr, subject="Re: call", body_text=body
    )
    assert named_by(doc) == branch

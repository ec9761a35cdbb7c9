"""Employer extraction, session-4 classes: the full name the mail writes wins over a short
form of it (an initialism, an institution's short name, a name glued from a domain)."""

import pytest

from extractors.org_batch import written_forms
from extractors.org_domains import abbreviated_name
from extractors.org_full_names import written_in_full

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        (
            "QMH",
            "Thank you for applying to Queensmere Memorial Hospital (QMH).",
            "Queensmere Memorial Hospital",
        ),
        ("R&T", "R&T Careers\nRowan & Tully graduate programme", "Rowan & Tully"),
        ("VE", "Welcome to the Vexley Marine Engineering portal", "VE"),
        ("NWAA", "North West Aviation Authority careers", "North West Aviation Authority"),
        ("KIO", "Kestrel Institut für Optik, Bewerbung", "Kestrel Institut für Optik"),
        ("BRK", "Bramwell Rooke wrote to Kim", "BRK"),
        ("Larkfield", "Your application to Larkfield University", "Larkfield University"),
        ("Dunmore", "Dunmore University Recruiting team", "Dunmore"),
        ("Marlow", "Interview at Marlowe College", "Marlow"),
        ("Ostrava", "Instituto Ostrava de Física", "Instituto Ostrava de Física"),
        ("TransBank", "Welcome to Transatlantic Bank careers", "Transatlantic Bank"),
        ("Dorval Eng", "Dorval Engineering Ltd is hiring", "Dorval Engineering"),
        ("Quillo", "Quillo Compute is hiring", "Quillo"),
        ("Sundial Soft", "Sundial Software's team", "Sundial Software"),
    ],
    ids=[
        "initials-of-written-name",
        "ampersand-initials",
        "initials-differ",
        "all-words",
        "lowercase-connector-skipped",
        "person-no",
        "institution-word-after",
        "recruiting-team-no",
        "other-word",
        "institution-word-before",
        "camel-case-abbreviation",
        "cut-word",
        "whole-words-no-abbreviation",
        "possessive-dropped",
    ],
)
def test_written_in_full(name, text, full):
    assert written_in_full(name, text) == full


@pytest.mark.parametrize(
    ("companies", "expected"),
    [
        (
            ["Quarrybrookrec", "Quarrybrook Recruitment"],
            ["Quarrybrook Recruitment"] * 2,
        ),
        (
            ["Tallowvp", "Tallow Vance Partners"],
            ["Tallow Vance Partners"] * 2,
        ),
        (
            ["Fenbyhart", "Fenbyhart", "Fenby Hart"],
            ["Fenby Hart"] * 3,
        ),
        (["Tallow", "Tallow Capital"], ["Tallow", "Tallow Capital"]),
        (["Tallowrex", "Tallow Capital"], ["Tallowrex", "Tallow Capital"]),
        (
            ["하늘뱅크", "바다 클라우드", "바다 클라우드"],
            ["하늘뱅크", "바다 클라우드", "바다 클라우드"],
        ),
    ],
    ids=[
        "glued-abbreviates-written",
        "glued-skips-a-word",
        "written-beats-more-glued",
        "whole-first-word-is-no-glue",
        "other-letters",
        "names-without-latin-letters-keep-their-own",
    ],
)
def test_written_forms_of_glued_names(companies, expected):
    rows = [{"company": c, "agency": None} for c in companies]
    written_forms(rows)
    assert [r["company"] for r in rows] == expected


@pytest.mark.parametrize(
    ("slug", "text", "name"),
    [
        ("hwpartners", "Best,\nJo\nHolloway Whitcombe Partners", "Holloway Whitcombe Partners"),
        ("nvlogistics", "Kind regards\nNorth Vale Logistics", "North Vale Logistics"),
        ("hwpartners", "Best,\nJo\nWhitcombe Holloway Partners", None),
    ],
    ids=["initials-then-word", "two-initials-then-word", "first-word-must-start-it"],
)
def test_long_domain_roots_spell_the_written_name(slug, text, name):
    assert abbreviated_name(text, slug) == name


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company"),
    [
        (
            "Interfolio",
            "notifications@interfolio.com",
            "Application Submitted - Assistant Professor of Geology",
            "You have submitted your application to the following position:\n\n"
            "Assistant Professor of Geology\nDepartment of Earth Sciences\n"
            "Tarnbridge University\n\nThe Interfolio Team",
            "Tarnbridge University",
        ),
        (
            "Interfolio",
            "notifications@interfolio.com",
            "Position update",
            "The committee (School of Music, Corvale University) has sent you a message.\n"
            "The College of Arts thanks you.",
            "Corvale University",
        ),
        (
            "AcademicJobsOnline",
            "no-reply@academicjobsonline.org",
            "AJO: application #4411 submitted",
            "Your application to Halden Institute of Ocean Physics was submitted.",
            "Halden Institute of Ocean Physics",
        ),
        (
            "Ferncareers",
            "alerts@ferncareers.example",
            "Your application has been sent to Marlowe Botanic Institute",
            "Good luck! The Ferncareers team",
            "Marlowe Botanic Institute",
        ),
    ],
    ids=[
        "board-names-the-university",
        "university-before-department-and-college",
        "board-initials-are-the-board",
        "subject-sent-to-beats-the-sender",
    ],
)
def test_board_mail_names_the_institution(run_pipes, name, addr, subject, body, company):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert (doc._.facts["company"], doc._.facts["agency"]) == (company, None)


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        (
            "Pine Hollow ISD",
            "Thank you for applying to Pine Hollow Independent School District.",
            "Pine Hollow Independent School District",
        ),
        (
            "Ridge Valley USD",
            "Ridge Valley Unified School District, Human Resources",
            "Ridge Valley Unified School District",
        ),
        ("Acme AI", "Welcome to Acme AI. Acme Analytics Group is our parent.", "Acme AI"),
        ("Acme ISD", "Acme Industrial Supply Depot", "Acme Industrial Supply Depot"),
        ("Pine Hollow ISD", "Pine Hollow ISD Human Resources", "Pine Hollow ISD"),
    ],
    ids=[
        "isd-spelled-out",
        "usd-spelled-out",
        "two-letters-are-too-few",
        "three-words-three-letters",
        "not-spelled-out",
    ],
)
def test_initialism_tail_written_in_full(name, text, full) -> None:
    assert written_in_full(name, text) == full

"""Session 6 role rules: the application's slot in Spanish and Portuguese mail, the employer
after "en"/"na", lead words of Romance subjects, US federal grades, announcement numbers and
offices, cut-off preheaders."""

import pytest

PIPES = ("sneaker_org", "sneaker_role")


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Reminder: your application is not complete",
            "Just a reminder that your application for Senior Payroll Admin\u034f\u200c "
            "\u034f\u200c\n\nHi Sam,\n\nYour application for Senior Payroll Administrator is "
            "waiting for you.",
            "Senior Payroll Administrator",
        ),
        (
            "Your application for Senior Payroll Admin",
            "Hi Sam,\n\nYour application for Senior Payroll Administrator is waiting for you.",
            "Senior Payroll Administrator",
        ),
        (
            "Your application: Senior Engineer",
            "Hi Sam,\n\nYou will meet our Senior Engineering Manager on Friday.",
            "Senior Engineer",
        ),
    ],
    ids=["cut-off-preheader-gives-way", "cut-off-subject-gives-way", "whole-word-stays"],
)
def test_cut_off_title_gives_way_to_the_whole(run_pipes, subject, body, role):
    doc = run_pipes(
        PIPES, from_name="Acme", from_addr="no-reply@acme.com", subject=subject, body_text=body
    )
    assert doc._.facts["role"] == role


NURSING_CASES = [
    (
        "roman-levels-with-a-slash",
        "Application received",
        "We have received your application for the position of Staff Nurse I/II - Cardiac "
        "Step-Down (Requisition ID 55012).",
        "Staff Nurse I/II - Cardiac Step-Down",
    ),
    (
        "candidate-name-leading-a-subject",
        "Laura, Travel Nurse roles",
        "Hi Laura, here are this week's contracts.",
        "Travel Nurse",
    ),
    (
        "subject-without-dashes-gives-way-to-the-body",
        "Offer - RN Emergency Department",
        "Great news! We would like to offer you the RN - Emergency Department (Days) position.",
        "RN - Emergency Department (Days)",
    ),
    (
        "phone-screen-field",
        "Your phone screen is confirmed",
        "You're all set!\n\nPhone screen: RN Labor and Delivery (Nights)\nWhen: Monday 10:00",
        "RN Labor and Delivery (Nights)",
    ),
    (
        "card-title-over-its-pay",
        "New interview request",
        "Laura, Mesa General wants to interview you!\n\nPACU Registered Nurse - Days\n"
        "$41 - $55/hr \u00b7 Mesa, AZ\n\nRespond within 3 days.",
        "PACU Registered Nurse - Days",
    ),
]


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("Brand Manager Cosm\u00e9tica de Acme Labs", "Acme Labs", "Brand Manager Cosm\u00e9tica"),
        ("Head of Marketing na Acme", "Acme", "Head of Marketing"),
        ("Sales Manager en Acme Foods", "Acme Foods", "Sales Manager"),
        (
            "Responsable de Marketing Internacional",
            "Marketing Internacional",
            "Responsable de Marketing Internacional",
        ),
        ("Data Engineer - Acme", "Acme", "Data Engineer"),
    ],
    ids=[
        "de-after-an-english-title-names-the-employer",
        "na-names-the-employer",
        "en-names-the-employer",
        "de-inside-a-spanish-title-stays",
        "dash-names-the-employer",
    ],
)
def test_title_without_the_employer(role, company, expected):
    from extractors.roles import _without_company

    assert _without_company(role, company) == expected


def test_an_employer_that_is_a_title_found_is_not_cut(run_pipes):
    from extractors.roles import _strip_company

    scores = {
        "jefe de ventas": [3.5, "Jefe de Ventas", 0, 14, None, True],
        "jefe de ventas (madrid)": [3.5, "Jefe de Ventas (Madrid)", 20, 43, None, True],
    }
    assert _strip_company(scores, "Jefe de Ventas") == scores


MORE_CASES = [
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
        "to-be-our-next",
        "We received your application",
        "Thanks for applying to be our next Payroll Business Partner. We will be in touch.",
        "Payroll Business Partner",
    ),
    (
        "booking-intro-then-title",
        "New event scheduled",
        "Event type: Acme | 30 Minute Intro - Payroll Business Partner\nWith: Sam Lee",
        "Payroll Business Partner",
    ),
    (
        "executive-acronym-with-mandate",
        "CFO mandate - brief update",
        "Quick note: the board meets on Friday.",
        "CFO",
    ),
    (
        "executive-acronym-role",
        "Re: CTO role",
        "Thanks for the call yesterday.",
        "CTO",
    ),
    (
        "looking-for-our-first",
        "Lunch?",
        "We are looking for our first Chief People Officer. Would you be open to a chat?",
        "Chief People Officer",
    ),
    (
        "spanish-title-then-firm-name",
        "Actualización",
        "El proceso de selección de Responsable de Compras en Grupo Alimentario Sur ha finalizado.",
        "Responsable de Compras",
    ),
]


NOTICE_CASES = [
    (
        "stage-word-then-the-title-in-a-subject",
        "Re: Interview confirmed: Senior Grants Manager - Final round",
        "Dana,\n\nThanks again for your time.",
        "Senior Grants Manager",
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


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("Economic Affairs Officer", "Economic Commission for Europe", "Economic Affairs Officer"),
        (
            "Stonebridge Summer Analyst Internship",
            "Stonebridge Consulting",
            "Summer Analyst Internship",
        ),
    ],
    ids=["adjective-starting-employer-stays-in-title", "employer-name-run-into-title-is-cut"],
)
def test_employer_first_word(role, company, expected):
    from extractors.roles import _without_company

    assert _without_company(role, company) == expected


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Program Officer, Community Opportunity", "Program Officer, Community Opportunity"),
        ("Senior Data Engineer Opportunity", "Senior Data Engineer"),
    ],
    ids=["opportunity-after-a-plain-word-is-the-titles-own", "opportunity-after-a-title-is-cut"],
)
def test_opportunity_ending_a_title(value, role):
    from extractors.roles import clean_role

    assert clean_role(value) == (role, None)


TITLE_CASES = NURSING_CASES + MORE_CASES + NOTICE_CASES


@pytest.mark.parametrize(
    ("subject", "body", "role"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_title_as_written(run_pipes, subject, body, role):
    doc = run_pipes(
        PIPES, from_name="Acme", from_addr="no-reply@acme.com", subject=subject, body_text=body
    )
    assert doc._.facts["role"] == role

"""The title beside the employer's name: job cards naming the employer, the name run into or
after the title, the writer's own title under a sign-off."""

import pytest

from tests.extractors.role_cases import role_doc

COMPANY_CASES = [
    (
        "card-title-dot-employer-dot-place",
        "Kestrel",
        "Application sent to Kestrel",
        "You applied!\n\nBrand Designer \u00b7 Kestrel \u00b7 Remote (US) \u00b7 $90k\n\nGood luck",
        "Brand Designer",
    ),
    (
        "card-employer-then-title-then-place",
        "Harbourline Works",
        "Your application was sent to Harbourline Works",
        "Your application was sent to Harbourline Works\n\nHarbourline Works\n"
        "Site Engineer - Tunnelling\nWollongong, New South Wales, Australia\n\nApplied today",
        "Site Engineer - Tunnelling",
    ),
    (
        "employer-line-over-a-sentence-is-no-card",
        "Harbourline Works",
        "Your application was sent to Harbourline Works",
        "Thanks.\n\nHarbourline Works\nProject Engineer Roles Are Open\nWe read every CV.",
        None,
    ),
    (
        "title-line-over-employer-line",
        "Pinecrest Dental",
        "Update on your application",
        "We regret to inform you that we will not move forward.\n\nDental Office Manager\n"
        "Pinecrest Dental\nBoise, ID",
        "Dental Office Manager",
    ),
    (
        "employer-slash-title-subject",
        "Quarry Lane Foods",
        "Quarry Lane Foods / Plant Maintenance Supervisor",
        "Can we talk this week?",
        "Plant Maintenance Supervisor",
    ),
    (
        "employer-run-into-the-title",
        "Wrenfield",
        "Wrenfield Analytics Engineer - update",
        "Thanks for chatting with me last week.",
        "Analytics Engineer",
    ),
    (
        "writer-title-over-employer-under-sign-off-is-no-role",
        "Kerry Group",
        "Second interview",
        "We'd like to invite you back for a second interview on Monday.\n\nKind regards,\n"
        "Emma Walsh\nTalent Acquisition Partner\nKerry Group",
        None,
    ),
    (
        "title-line-a-blank-line-over-employer-line",
        "Pinecrest Dental",
        "Your application was sent to Pinecrest Dental",
        "Your application was sent to Pinecrest Dental\n\nDental Hygienist\n\n"
        "Pinecrest Dental \u00b7 Boise, ID",
        "Dental Hygienist",
    ),
    (
        "status-part-of-a-card-line-cut",
        "Orbital Freight",
        "Still reviewing",
        "Hello\n\nStill reviewing - Senior UX Researcher\nOrbital Freight \u00b7 Denver",
        "Senior UX Researcher",
    ),
    (
        "employer-dash-title-line",
        "Brightline Staffing",
        "You have a new message",
        "You have a new message from Brightline Staffing - Payroll Specialist\n"
        '"Hi Ana, are you free on Thursday?"',
        "Payroll Specialist",
    ),
    (
        "employer-first-word-run-into-the-title",
        "Stonebridge Consulting",
        "Your final round - Stonebridge Summer Analyst Internship",
        "Congratulations on progressing to the final round.",
        "Summer Analyst Internship",
    ),
    (
        "writer-title-under-a-dash-dash-signature-is-no-role",
        "Kerry Group",
        "Your application to Kerry Group",
        "Are you free for a call?\n\n--\nWarmly,\nEmma Walsh\nTalent Acquisition Partner\n"
        "Kerry Group",
        None,
    ),
    (
        "sentence-over-employer-line-is-no-title",
        "Pinecrest Dental",
        "Hello",
        "Thanks for meeting our Office Manager.\nPinecrest Dental",
        None,
    ),
]


@pytest.mark.parametrize(
    ("company", "subject", "body", "role"),
    [c[1:] for c in COMPANY_CASES],
    ids=[c[0] for c in COMPANY_CASES],
)
def test_role_next_to_the_employer(run_pipes, company, subject, body, role):
    doc = role_doc(
        run_pipes,
        subject,
        body,
        from_name=f"{company} Careers",
        from_addr="no-reply@us.greenhouse-mail.io",
    )
    assert (doc._.facts["company"], doc._.facts["role"]) == (company, role)


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
        ("Speech/Language Pathologist", "Speech", "Speech/Language Pathologist"),
        ("Acme / Data Engineer", "Acme", "Data Engineer"),
        ("Supervisor de Inventarios", "Inventarios", "Supervisor de Inventarios"),
        (
            "Analista de Costos Log\u00edsticos de Nemak",
            "Nemak",
            "Analista de Costos Log\u00edsticos",
        ),
    ],
    ids=[
        "de-after-an-english-title-names-the-employer",
        "na-names-the-employer",
        "en-names-the-employer",
        "de-inside-a-spanish-title-stays",
        "dash-names-the-employer",
        "slash-inside-a-title-stays",
        "spaced-slash-names-the-employer",
        "de-after-an-english-head-alone-is-the-titles-own",
        "de-after-a-spanish-title-written-out-names-the-employer",
    ],
)
def test_title_without_the_employer(role, company, expected):
    from extractors.role_choice import _without_company

    assert _without_company(role, company) == expected


def test_an_employer_that_is_a_title_found_is_not_cut(run_pipes):
    from extractors.role_choice import strip_company

    scores = {
        "jefe de ventas": [3.5, "Jefe de Ventas", 0, 14, None, True],
        "jefe de ventas (madrid)": [3.5, "Jefe de Ventas (Madrid)", 20, 43, None, True],
    }
    assert strip_company(scores, "Jefe de Ventas") == scores


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("Economic Affairs Officer", "Economic Commission for Europe", "Economic Affairs Officer"),
        (
            "Stonebridge Summer Analyst Internship",
            "Stonebridge Consulting",
            "Summer Analyst Internship",
        ),
        (
            "Upper School Mathematics Teacher",
            "Upper Canada College",
            "Upper School Mathematics Teacher",
        ),
    ],
    ids=[
        "adjective-starting-employer-stays-in-title",
        "employer-name-run-into-title-is-cut",
        "level-word-starting-employer-stays-in-title",
    ],
)
def test_employer_first_word(role, company, expected):
    from extractors.role_choice import _without_company

    assert _without_company(role, company) == expected

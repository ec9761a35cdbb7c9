"""Employer rules of session 6: public boards' notices name the department, agency or
trust in full (and the board's own name in its footer is no employer); a relay's display
name the text writes after a Spanish or Portuguese preposition is the company; 'The X has
asked ...' drops its article; marketplaces, assessment and check vendors are relays."""

import pytest

from extractors.orgs import (
    _name_line,
    _public_body,
    clean_org,
    complete_short_names,
    written_forms,
)
from extractors.senders import display_name_parts, sender_parts

PIPES = ("sneaker_org",)


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
    assert _public_body(text, 0) == expected


CASES = [
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
        "board-says-the-application-was-sent-to",
        "InfoJobs",
        "noreply@infojobs.net",
        "Candidatura enviada",
        "Hola Marta, tu candidatura ha sido enviada a Jardines Ribera. ¡Mucha suerte!",
        "Jardines Ribera",
    ),
    (
        "board-says-la-empresa-updated-the-status",
        "Tecnoempleo",
        "info@tecnoempleo.com",
        "Cambio de estado en tu inscripción",
        "Hola Marta, La empresa Datos Claros ha actualizado el estado de tu inscripción.",
        "Datos Claros",
    ),
    (
        "spanish-subject-names-the-employer-after-a",
        "InfoJobs",
        "noreply@infojobs.net",
        "Novedades en tu candidatura a Clínicas Norte",
        "",
        "Clínicas Norte",
    ),
    (
        "domain-written-with-small-words",
        "Rui Carvalho",
        "rui.carvalho@saboresdobaixo.pt",
        "Entrevista",
        "Olá Marta, sou o Rui, Diretor Comercial da Sabores do Baixo. Podemos falar?",
        "Sabores do Baixo",
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
    (
        "spanish-ats-display-name-written-after-en",
        "Conservas Almadraba",
        "no-reply@recruitee.com",
        "Solicitud recibida - Brand Manager",
        "Hola Marta, ¡Gracias por tu interés en Conservas Almadraba! Hemos recibido tu solicitud.",
        "Conservas Almadraba",
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_company_by_rule(run_pipes, name, addr, subject, body, company) -> None:
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert doc._.facts["company"] == company


@pytest.mark.parametrize(
    ("name", "addr", "text", "expected"),
    [
        (
            "Vinhos Serra Alta",
            "no-reply@factorialhr.com",
            "Obrigado pela candidatura na Vinhos Serra Alta.",
            (None, "Vinhos Serra Alta"),
        ),
        (
            "Lucía Ortega",
            "no-reply@factorialhr.com",
            "Un saludo, Lucía Ortega",
            ("Lucía Ortega", None),
        ),
    ],
    ids=["portuguese-na-names-the-company", "a-person-signing-stays-a-person"],
)
def test_relay_display_name_in_other_languages(name, addr, text, expected) -> None:
    assert sender_parts(name, addr, text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The Christie Clinic Trust", "Christie Clinic Trust"),
        ("The Team", None),
    ],
    ids=["article-dropped-before-a-name", "article-and-generic-word"],
)
def test_leading_article(value, expected) -> None:
    assert clean_org(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Teleflor Selección", (None, "Teleflor")),
        ("Atlântica Seguros Recrutamento", (None, "Atlântica Seguros")),
        ("Casa Olivar Empleo", (None, "Casa Olivar")),
        ("Klarna Scheduling", (None, "Klarna")),
        ("Talento Norte Partners vía DocuSign", (None, "Talento Norte Partners")),
    ],
    ids=["seleccion", "recrutamento", "empleo", "scheduling", "spanish-via"],
)
def test_mailbox_words_after_the_name(name, expected) -> None:
    assert display_name_parts(name) == expected


@pytest.mark.parametrize(
    ("companies", "kinds", "expected"),
    [
        (
            ["Papago Buttes", "Papago Buttes Medical Center"],
            ["interview_invitation", "offer"],
            ["Papago Buttes Medical Center"] * 2,
        ),
        (
            ["Northwind Health", "Northwind Health Panel Presentation"],
            ["offer", "interview_invitation"],
            ["Northwind Health", "Northwind Health Panel Presentation"],
        ),
        (["Amazon", "Amazon Flex"], ["rejection", "assessment"], ["Amazon", "Amazon Flex"]),
        (
            ["Keystone", "Keystone Center for Fiscal Policy"],
            ["rejection", "interview_invitation"],
            ["Keystone Center for Fiscal Policy"] * 2,
        ),
    ],
    ids=[
        "hospital-short-name",
        "a-misread-longer-name",
        "a-unit-of-the-company",
        "center-for-its-remit",
    ],
)
def test_short_names_of_institutions(companies, kinds, expected) -> None:
    rows = [
        {"company": c, "agency": None, "kind": k} for c, k in zip(companies, kinds, strict=True)
    ]
    complete_short_names(rows)
    assert [r["company"] for r in rows] == expected


def test_a_domain_split_takes_the_written_form() -> None:
    rows = [{"company": c, "agency": None} for c in ("Ayahealth Care", "Aya Healthcare")]
    written_forms(rows)
    assert [r["company"] for r in rows] == ["Aya Healthcare"] * 2


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
    assert _name_line(company, text) == expected

"""Employers in Spanish-language mail (Mexico): the addressee's own name in a board's footer,
a signer's title on its own line or over their practice, a job title after a subject's colon,
"Carreras X" / "Reclutamiento X" mailboxes, a brand's "México" / "MX" arm, "CDMX"; and
with them a recruiter's sector line ("Hospitality & Leisure") and rexx-recruitment.com (an ATS)."""

import pytest

from extractors.org_full_names import regional_unit
from extractors.org_names import clean_org
from extractors.orgs import _subject_candidates, names_reader
from extractors.relays import is_relay_domain
from tests.extractors.org_cases import PIPES, by_id, company_of


def test_the_addressee_named_in_a_boards_footer_is_not_the_employer(run_pipes) -> None:
    doc = run_pipes(
        PIPES,
        from_name="LinkedIn",
        from_addr="jobs-noreply@linkedin.com",
        to_addrs=["mtellez.garduno@gmail.com"],
        subject="Mariana, tu solicitud se envió a Kimberly-Clark",
        body=None,
        body_text=(
            "Tu solicitud se envió a Kimberly-Clark\n\nSupply Chain Analyst\nKimberly-Clark\n\n"
            "Este correo electrónico se ha enviado a Mariana Téllez Garduño (Analista)\n"
        ),
    )
    assert doc._.facts["company"] == "Kimberly-Clark"


@pytest.mark.parametrize(
    ("name", "readers", "expected"),
    [
        ("Mariana Téllez Garduño", ["mtellezgarduno"], True),
        ("Ana Ruiz", ["anaruiz"], True),
        ("Grupo Lala", ["mtellezgarduno"], False),
        ("Ruiz Logistics", ["anaruiz"], False),
    ],
    ids=["surnames-in-address", "whole-name-in-address", "company", "one-word-only"],
)
def test_names_reader(name: str, readers: list[str], expected: bool) -> None:
    assert names_reader(name, readers) is expected


CASES = [
    (
        "signer-title-over-practice-is-no-client",
        "Andrea Villaseñor",
        "andrea.villasenor@michaelpage.com.mx",
        "Oportunidad - Especialista de Planeación de Demanda",
        "Hola Mariana,\n\nEstoy apoyando a una empresa líder de alimentos.\n\n"
        "Saludos cordiales,\n\nAndrea Villaseñor\nConsultora Senior | Procurement & Supply Chain\n"
        "Michael Page México\n",
        "Michael Page",
    ),
    (
        "careers-mailbox-word-leads",
        "Carreras Liverpool",
        "no-reply@carrerasliverpool.com.mx",
        "Registro de postulación - Analista de Inventarios",
        "Gracias por postularte. Revisaremos tu perfil.",
        "Liverpool",
    ),
    (
        "country-arm-with-accent",
        "HEINEKEN México",
        "heineken_mx@successfactors.eu",
        "Gracias por tu postulación en HEINEKEN México",
        "Hola Mariana, recibimos tu postulación.",
        "HEINEKEN",
    ),
]


@by_id(CASES)
def test_spanish_mail_names_the_employer(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Reclutamiento Sigma", "Sigma"), ("CDMX", None), ("Confirmado", None)],
    ids=["recruiting-mailbox-word-leads", "city-abbreviation", "status-word"],
)
def test_clean_org_in_spanish(raw: str, expected: str | None) -> None:
    assert clean_org(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Schneider Electric México", "Schneider Electric"),
        ("Amazon MX", "Amazon"),
        ("Banco de México", "Banco de México"),
    ],
    ids=["accented-country", "country-code", "connector-keeps-the-country"],
)
def test_mexican_arms(name: str, expected: str) -> None:
    assert regional_unit(name) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "Tu postulación fue enviada: Analista de Inventarios CEDIS",
        "Arca Continental está contratando: Analista de S&OP",
    ],
    ids=["board-confirmation", "board-alert"],
)
def test_a_job_title_after_a_subjects_colon_is_no_candidate(subject: str) -> None:
    names = [name for _, name, _, _ in _subject_candidates(subject)]
    assert not any(name.startswith("Analista") for name in names)


def test_a_recruiters_sector_line_is_no_client() -> None:
    assert clean_org("Hospitality & Leisure") is None


def test_rexx_recruitment_is_an_ats_not_an_agency() -> None:
    assert is_relay_domain("datev.rexx-recruitment.com")


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Tu postulación a la oferta Analista de Control de Flota de Traxión se ha registrado.",
            "Traxión",
        ),
        (
            "Tu postulación a la oferta Analista de Planeación de Demanda de Grupo Jumex fue "
            "registrada.",
            "Grupo Jumex",
        ),
        ("Tu postulación en Grupo Bimbo fue registrada.", "Grupo Bimbo"),
    ],
    ids=["title-words-before-company", "two-word-company", "no-title-before"],
)
def test_a_boards_title_de_company_names_the_company(run_pipes, body: str, company: str) -> None:
    found = company_of(
        run_pipes, "Computrabajo", "postulaciones@computrabajo.com.mx", "Postulación", body
    )
    assert found == company

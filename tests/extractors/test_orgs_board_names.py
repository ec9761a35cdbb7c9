"""A job board's own name is no employer: its notice names the employer."""

import re

import pytest

from extractors.org_patterns import SUBJECT_PATTERNS
from extractors.org_public_bodies import BOARD_NAME
from extractors.org_wording_eu import SENT_SUBJECT_PATTERNS

PIPES = ("sneaker_org",)


def test_a_job_boards_application_notice_names_the_employer_not_the_board(run_pipes) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Jobberman",
        from_addr="noreply@jobberman.com",
        subject="Application successful: Credit Risk Analyst at Kestrel Finance",
        body_text="Your application for Credit Risk Analyst at Kestrel Finance was sent.",
    )
    assert doc._.facts["company"] == "Kestrel Finance"


@pytest.mark.parametrize(
    ("display", "board"),
    [("Civil Service Jobs", "Civil Service"), ("GC Jobs / Emplois GC", "GC")],
    ids=["one-language", "bilingual"],
)
def test_a_boards_display_name_is_read_as_the_board(display: str, board: str) -> None:
    found = BOARD_NAME.fullmatch(display)
    assert found is not None and found.group(1) == board


@pytest.mark.parametrize(
    ("from_name", "from_addr", "subject", "company"),
    [
        (
            "MojPosao",
            "noreply@moj-posao.net",
            "Prijava poslana: Voditelj prodaje (m/ž) – Lovrak Hoteli d.d.",
            "Lovrak Hoteli",
        ),
        (
            "Senjob",
            "notifications@senjob.com",
            "Candidature envoyée : Analyste Supply Chain - Baobab Logistique",
            "Baobab Logistique",
        ),
        (
            "Buscojobs Uruguay",
            "avisos@buscojobs.com.uy",
            "Te postulaste a: Contador/a Ssr. – Ceibal Finanzas",
            "Ceibal Finanzas",
        ),
        (
            "CV Keskus",
            "teavitused@cvkeskus.ee",
            "Kandideerimine saadetud: Tarkvara testija (Lõuna Energia AS)",
            "Lõuna Energia AS",
        ),
    ],
    ids=["croatian-dash", "french-hyphen", "spanish-dash", "estonian-brackets"],
)
def test_a_boards_sent_subject_names_the_employer_after_the_title(
    run_pipes, from_name: str, from_addr: str, subject: str, company: str
) -> None:
    doc = run_pipes(
        PIPES,
        from_name=from_name,
        from_addr=from_addr,
        subject=subject,
        body_text="Thank you. Your application has been delivered.",
    )
    assert doc._.facts["company"] == company


@pytest.mark.parametrize(
    "subject",
    [
        "Application submitted: 413377 - Legal Adviser - Digital Markets",
        "Application submitted: Staff Nurse - Operating Room",
        "Jūsu pieteikums nosūtīts: CRM speciālists/-e (HubSpot)",
        "Your application has been sent: Account Manager (Hospitality Software)",
        "Re: Prijava poslana: Voditelj prodaje – Lovrak Hoteli",
    ],
    ids=[
        "a-title's-team-after-a-second-dash",
        "a-title's-field-after-submitted",
        "a-title's-tool-in-brackets",
        "a-title's-field-in-brackets",
        "a-reply",
    ],
)
def test_a_sent_subject_names_no_employer_past_the_title(subject: str) -> None:
    assert all(p in SUBJECT_PATTERNS for p in SENT_SUBJECT_PATTERNS)
    assert not any(re.search(pattern, subject) for _, pattern in SENT_SUBJECT_PATTERNS)

"""An agency's client named only in a subject after the meeting and the client words
('Entrevista con cliente - X'), or after 'our client' in other languages and the Polish
'klientem jest X', is the employer; the agency stays the agency."""

import pytest

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Entrevista con cliente - Torrevia Logística / Jefe de Almacén", "Torrevia Logística"),
        ("RE: Entrevista con cliente - Torrevia Logística / Jefe de Almacén", "Torrevia Logística"),
        ("Presentación a cliente \u2013 Laboratorios Vela", "Laboratorios Vela"),
        ("Interview with the client: Orvel Foods", "Orvel Foods"),
    ],
    ids=["entrevista-con-cliente", "a-reply", "presentacion-a-cliente", "with-the-client"],
)
def test_an_agency_names_its_client_after_a_meeting_with_the_client(
    run_pipes, subject: str, company: str
) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Karla Ibarra",
        from_addr="karla.ibarra@manpowergroup.com.mx",
        subject=subject,
        body_text="Hola,\n\nte confirmo la cita para el jueves a las 10.\n\nSaludos",
    )
    assert doc._.facts["company"] == company


@pytest.mark.parametrize(
    "subject",
    ["Entrevista con cliente - Jefe de Almacén", "Supervisor de Almacén - cliente automotriz"],
    ids=["a-title-after-the-client-word", "a-sector-not-a-name"],
)
def test_a_subject_without_the_clients_name_leaves_the_agency(run_pipes, subject: str) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Karla Ibarra",
        from_addr="karla.ibarra@manpowergroup.com.mx",
        subject=subject,
        body_text="Hola,\n\nte confirmo la cita para el jueves a las 10.\n\nSaludos",
    )
    assert doc._.facts["company"] == "ManpowerGroup"


@pytest.mark.parametrize(
    ("addr", "subject", "body", "company"),
    [
        (
            "k.wrobel@antal.pl",
            "Kestra - CV przekazane",
            "Pani Paulino,\n\nTak jak mówiłam, klientem jest Kestra (centrum finansowe).",
            "Kestra",
        ),
        (
            "g.lynch@cpl.ie",
            "Update",
            "Hi Ciara,\n\nthe client is Orvel Pharma and they would like to meet you.",
            "Orvel Pharma",
        ),
        (
            "c.roy@valcourt-conseil.fr",
            "Update",
            "Bonjour,\n\nnotre client, Brisemer, souhaite vous rencontrer.",
            "Brisemer",
        ),
    ],
    ids=["polish-klientem-jest", "a-listed-irish-agency", "notre-client-unlisted-firm"],
)
def test_an_agency_writing_other_languages_names_its_client(
    run_pipes, addr: str, subject: str, body: str, company: str
) -> None:
    doc = run_pipes(PIPES, from_name="Sam Reyes", from_addr=addr, subject=subject, body_text=body)
    assert doc._.facts["company"] == company

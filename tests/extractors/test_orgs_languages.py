"""Employers in German, French, Spanish and Portuguese mail: the name after 'bei', 'chez',
'a', 'en', 'na'; a board's 'la empresa X ha actualizado'; a display name with its legal
form or its team sign-off; umlauts spelled out in a domain; mailbox words of other
languages after the name ('Selección', 'Recrutamento')."""

import pytest

from extractors.org_names import clean_org
from extractors.senders import display_name_parts, sender_parts
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("name", "addr", "text", "expected"),
    [
        (
            "Vogelsang Feinkost",
            "noreply@personio.de",
            "Viele Grüße\nVogelsang Feinkost GmbH, Ulm",
            (None, "Vogelsang Feinkost"),
        ),
        (
            "Brise Marine",
            "no-reply@recruitee.com",
            "Merci.\n\nL'équipe Brise Marine",
            (None, "Brise Marine"),
        ),
        ("Talogy Assessments", "no-reply@talogy.com", "Your assessment is ready.", (None, None)),
    ],
    ids=["legal-form-after-name", "french-team-sign-off", "relay-names-itself"],
)
def test_relay_display_names(name, addr, text, expected) -> None:
    assert sender_parts(name, addr, text) == expected


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
    ("value", "expected"),
    [
        ("Gute Nachrichten", None),
        ("Deine Bewerbung", None),
        ("Ihr", None),
        ("Zugangsdaten", None),
        ("Nachrichten des Unternehmens", None),
        ("Goed nieuws", None),
        ("Dein Personio", "Personio"),
        ("Stellenangebote Munich Re", "Munich Re"),
        ("Bewerbermanagement Deutsche Bahn", "Deutsche Bahn"),
        ("Im Auftrag der Raiffeisen Bank International", "Raiffeisen Bank International"),
        ("Commerzbank Recruiting Center", "Commerzbank"),
        ("Bundesdruckerei Personalgewinnung", "Bundesdruckerei"),
        ("Neue Zürcher Zeitung", "Neue Zürcher Zeitung"),
    ],
    ids=[
        "german-heading",
        "german-possessive-and-noun",
        "german-possessive-alone",
        "german-noun-alone",
        "german-nouns-joined",
        "dutch-heading",
        "informal-possessive-before-the-name",
        "job-offers-heading-before-the-name",
        "applicant-management-before-the-name",
        "on-behalf-of-before-the-name",
        "recruiting-center-after-the-name",
        "staff-recruitment-after-the-name",
        "a-name-that-opens-with-a-common-adjective",
    ],
)
def test_german_common_nouns_are_no_employer(value, expected) -> None:
    assert clean_org(value) == expected


CASES = [
    (
        "german-subject-names-the-employer-after-bei",
        "Jonas Weber",
        "jonas.weber@posteo.de",
        "Stelle bei Nordlicht",
        "Hallo, schau mal, die suchen jemanden.",
        "Nordlicht",
    ),
    (
        "french-application-chez",
        "Recrutement",
        "no-reply@recruitee.com",
        "Suivi",
        "Bonjour,\n\nMerci pour votre candidature chez Atelier Sorel. Nous revenons vers vous.",
        "Atelier Sorel",
    ),
    (
        "umlauts-spelled-out-in-the-domain",
        "Ute Brandl",
        "u.brandl@gruenwald-kaese.de",
        "Ihre Bewerbung",
        "Vielen Dank.\n\nUte Brandl\nPersonal\nGrünwald Käse AG\nMünchen",
        "Grünwald Käse",
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
        "spanish-ats-display-name-written-after-en",
        "Conservas Almadraba",
        "no-reply@recruitee.com",
        "Solicitud recibida - Brand Manager",
        "Hola Marta, ¡Gracias por tu interés en Conservas Almadraba! Hemos recibido tu solicitud.",
        "Conservas Almadraba",
    ),
    (
        "dutch-board-sent-the-application-to",
        "Vacaturesite",
        "noreply@nationalevacaturebank.nl",
        "Je sollicitatie is verstuurd naar Gemeente Lindeveld",
        "Hoi Bram, je sollicitatie is verstuurd. Succes!",
        "Gemeente Lindeveld",
    ),
    (
        "dutch-update-from-the-employer",
        "Indeed",
        "no-reply@indeed.com",
        "Update van Brugwachter Logistiek over je sollicitatie",
        "Bekijk je sollicitatie op Indeed.",
        "Brugwachter Logistiek",
    ),
    (
        "german-application-handed-to",
        "Jobportal",
        "noreply@stepstone.de",
        "Bewerbung übermittelt",
        "Hallo Anna,\n\nIhre Bewerbung wurde an Kranich Logistik GmbH übermittelt.",
        "Kranich Logistik GmbH",
    ),
    (
        "french-application-transmitted-to",
        "Jobboard",
        "noreply@hellowork.com",
        "Candidature envoyée",
        "Bonjour,\n\nVotre candidature a été transmise à Atelier Morvan.",
        "Atelier Morvan",
    ),
    (
        "spanish-name-with-del",
        "Ana Ruiz",
        "ana@harinasdelsur.es",
        "Entrevista",
        "Hola Marta, gracias por tu interés en Harinas del Sur. ¿Hablamos el jueves?",
        "Harinas del Sur",
    ),
    (
        "dutch-ministry-with-van",
        "Werving",
        "noreply@werkenvoornederland.nl",
        "Ontvangstbevestiging",
        "Bedankt voor je sollicitatie bij Ministerie van Landbouw. We nemen contact op.",
        "Ministerie van Landbouw",
    ),
    (
        "spanish-board-preterite-in-subject",
        "OCC Mundial",
        "postulaciones@occ.com.mx",
        "¡Grupo Lamosa vio tu CV!",
        "Hola Rodrigo, la empresa revisó tu perfil. Sigue buscando en OCC Mundial.",
        "Grupo Lamosa",
    ),
    (
        "dotted-initials-as-the-mail-writes-them",
        "PAM Transport",
        "pamtransport@tenstreet.com",
        "P.A.M. Transport Application Confirmation",
        "Thank you for applying to drive with P.A.M. Transport. A recruiter will call you.",
        "P.A.M. Transport",
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company

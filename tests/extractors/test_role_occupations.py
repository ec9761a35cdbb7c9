"""Title words from a standard list of occupations (extractors.make_occupations): the heads
no labeled mail happened to use make a title, the everyday words of the list do not."""

import pytest

from extractors.make_occupations import heads
from extractors.role_words import has_title_word
from tests.extractors.role_cases import case_params, role_and_req_id


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Senior Claims Examiner", True),
        ("Digital Archivist", True),
        ("Podiatrist", True),
        ("Payment Processor", False),
    ],
    ids=["examiner", "archivist", "podiatrist", "processor-is-an-everyday-word"],
)
def test_occupation_heads_are_title_words(title, found):
    assert has_title_word(title) is found


def test_heads_of_a_list_of_occupations():
    titles = [
        "Archivist",
        "Accountant, chartered",
        "Conservator/restorer",
        "Make-up artist",
        "Health visitor",
        "Data scientist",
    ]
    # (accountant and scientist are written in lexicon already; visitor is an everyday word)
    assert heads(titles) == ["archivist", "conservator", "restorer"]


CASES = [
    (
        "claims-examiner-in-a-subject",
        "Fwd: Claims Examiner - Acme Indemnity",
        "Hi Sam, forwarding the posting we spoke about.",
        "Claims Examiner",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_occupation_title_found(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Geólogo de Exploraciones", True),
        ("Psicóloga Organizacional", True),
        ("Catálogo de Productos", False),
        ("Ürün Tasarım Mühendisi", True),
        ("AR-GE TEST VE VALİDASYON MÜHENDİSİ", True),
        ("Satın Alma Müdür Yardımcısı", True),
        ("Ohjelmistokehittäjä", True),
        ("Peliohjelmoija", True),
        ("Lehtori, tietotekniikka", True),
        ("Kehitysprojekti", False),
    ],
    ids=[
        "spanish-ologo",
        "spanish-ologa",
        "spanish-alogo-is-no-trade",
        "turkish-engineer",
        "turkish-capitals-with-dotted-i",
        "turkish-assistant-manager",
        "finnish-developer-compound",
        "finnish-programmer-compound",
        "finnish-lecturer",
        "finnish-project-is-no-title",
    ],
)
def test_title_words_of_spanish_turkish_and_finnish(title, found):
    assert has_title_word(title) is found


LANGUAGE_CASES = [
    (
        "spanish-geologist-after-postulaste",
        "Postulación enviada: Geólogo de Mina",
        "Hola Ana, gracias por tu interés.",
        "Geólogo de Mina",
        None,
    ),
    (
        "turkish-engineer-in-subject",
        "Başvurunuz alındı – Kalite Mühendisi",
        "Merhaba Ayşe, başvurunuz için teşekkür ederiz.",
        "Kalite Mühendisi",
        None,
    ),
    (
        "finnish-developer-in-subject",
        "Hakemuksesi on lähetetty: Mobiilikehittäjä",
        "Hei Matti, kiitos hakemuksestasi.",
        "Mobiilikehittäjä",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(LANGUAGE_CASES))
def test_title_found_in_spanish_turkish_and_finnish_subjects(
    run_pipes, subject, body, role, req_id
):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)

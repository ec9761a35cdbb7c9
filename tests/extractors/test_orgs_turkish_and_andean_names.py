"""Turkish and Andean company names as mail writes them: a case ending after the name's
apostrophe ("Karsan'a"), an HR mailbox's Turkish words, and the legal forms A.Ş., Ltd. Şti.,
S.A.C. and S.A.A. that a careful reader drops when comparing employers."""

import pytest

from extractors.lexicon import normalize_org
from extractors.org_names import clean_org
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Kestane Otomotiv'e", "Kestane Otomotiv"),
        ("Borlu Cat'teki", "Borlu Cat"),
        ("Marmaris Makina'da Proses Mühendisi", "Marmaris Makina"),
        ("Tekşan'ın", "Tekşan"),
        ("KORAY İnsan Kaynakları", "KORAY"),
        ("L'Atelier Lumière", "L'Atelier Lumière"),
    ],
    ids=[
        "dative",
        "locative-adjective",
        "locative-then-sentence",
        "genitive",
        "turkish-hr-mailbox",
        "french-elision-stays",
    ],
)
def test_clean_org_ends_a_turkish_name_at_its_case_ending(raw, name):
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Kestane Otomotiv A.Ş.", "Kestane Otomotiv"),
        ("Kestane Makina Ltd. Şti.", "Kestane Makina"),
        ("Minera Cordillera S.A.C.", "Minera Cordillera"),
        ("Cementos Andinos S.A.A", "Cementos Andinos"),
        ("Logística Norte S.A. de C.V.", "Logística Norte"),
    ],
    ids=["turkish-as", "turkish-ltd-sti", "peru-sac", "peru-saa", "mexico-sa-de-cv"],
)
def test_turkish_and_latin_american_legal_forms_do_not_decide_the_employer(written, labelled):
    assert normalize_org(written) == normalize_org(labelled)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Harlow Taseer & Co.", "Harlow Taseer"),
        ("Harlow and Company", "Harlow"),
        ("Harlow Logistik GmbH & Co. KG", "Harlow Logistik GmbH & Co"),
    ],
    ids=["ampersand-co", "and-company", "three-stacked-forms"],
)
def test_a_partnerships_and_co_does_not_decide_the_employer(written, labelled):
    assert normalize_org(written) == normalize_org(labelled)


TURKISH_BOARD_CASES = [
    (
        "board-invites-you-to-apply",
        "Kariyer.net",
        "bildirim@kariyer.net",
        "Kestane Otomotiv seni ilanına başvurmaya davet ediyor",
        "Merhaba,\n\nBir işveren seni ilanına başvurmaya davet etti.",
        "Kestane Otomotiv",
    ),
    (
        "board-application-viewed",
        "Kariyer.net",
        "bildirim@kariyer.net",
        "Şahinler Döküm başvurunu görüntüledi",
        "Merhaba,\n\nBaşvurun görüntülendi.",
        "Şahinler Döküm",
    ),
    (
        "linkedin-company-is-hiring",
        "LinkedIn İş İlanı Uyarıları",
        "jobalerts-noreply@linkedin.com",
        "Marmaris Makina şirketi Kalite Mühendisi pozisyonu için işe alım yapıyor",
        "Yeni bir ilan var.",
        "Marmaris Makina",
    ),
]


@by_id(TURKISH_BOARD_CASES)
def test_turkish_board_subjects_lead_with_the_employer(
    run_pipes, name, addr, subject, body, company
) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company

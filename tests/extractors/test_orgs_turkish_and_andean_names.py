"""Turkish and Andean company names as mail writes them: a case ending after the name's
apostrophe ("Karsan'a"), an HR mailbox's Turkish words, and the legal forms A.Ş., Ltd. Şti.,
S.A.C. and S.A.A. that a careful reader drops when comparing employers."""

import pytest

from extractors.lexicon import normalize_org
from extractors.org_names import clean_org


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
    ],
    ids=["ampersand-co", "and-company"],
)
def test_a_partnerships_and_co_does_not_decide_the_employer(written, labelled):
    assert normalize_org(written) == normalize_org(labelled)

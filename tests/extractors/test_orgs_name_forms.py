"""The employer's name as the label writes it: a mailbox word of the Balkan, Baltic or Slovene
mail after the name is cut, and a case ending that Slavic, Baltic, Finnish or Hungarian mail
puts on the name is taken off where the sender's domain or the mail writes it without."""

import pytest

from extractors.org_names import ORG_TAIL, clean_org, uninflected
from extractors.senders import display_name_parts
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Hrvatski Telekom Karijere", "Hrvatski Telekom"),
        ("NIS Karijera", "NIS"),
        ("Petrol Zaposlitve", "Petrol"),
        ("Telia Eesti värbamine", "Telia Eesti"),
        ("Latvenergo Personāla atlase", "Latvenergo"),
        ("Телеком Србија Каријера", "Телеком Србија"),
    ],
    ids=[
        "croatian-careers",
        "serbian-career",
        "slovene-employment",
        "estonian-recruitment",
        "latvian-personnel-selection",
        "serbian-cyrillic-career",
    ],
)
def test_a_mailbox_word_after_a_display_name_is_no_part_of_the_employer(value, expected):
    assert display_name_parts(value) == (None, expected)
    assert clean_org(value) == expected


def test_the_estonian_personnel_word_is_cut_only_in_lower_case() -> None:
    assert ORG_TAIL.sub("", "Eesti Pank personal") == "Eesti Pank"
    assert ORG_TAIL.sub("", "Acme Personal") == "Acme Personal"


@pytest.mark.parametrize(
    ("company", "text", "root", "expected"),
    [
        ("Petrolu", "Hvala za prijavo.", "petrol", "Petrol"),
        ("Akrapoviču", "Hvala.", "akrapovic", "Akrapovič"),
        ("Gorenju", "Hvala.", "gorenje", "Gorenje"),
        (
            "Esplanade Zagreb Hotelu",
            "Lijep pozdrav, Esplanade Zagreb Hotel",
            None,
            "Esplanade Zagreb Hotel",
        ),
        ("Nokialla", "Nokia Oyj", None, "Nokia"),
        ("Swedbankā", "Swedbank AS", None, "Swedbank"),
        ("Google-nál", "Google Hungary", None, "Google"),
    ],
    ids=[
        "slovene-locative-of-the-domain",
        "accented-stem-of-the-domain",
        "vowel-replaced-of-the-domain",
        "croatian-locative-the-mail-signs",
        "finnish-adessive",
        "latvian-locative",
        "hungarian-hyphenated",
    ],
)
def test_a_case_ending_is_taken_off_where_the_name_is_written_without(
    company, text, root, expected
):
    assert uninflected(company, text, root) == expected


@pytest.mark.parametrize(
    ("company", "text", "root"),
    [
        ("Krka", "Otok Krk je lijep.", None),
        ("Nokia", "Noki", None),
        ("Petrolu", "Hvala.", None),
        ("IBM", "IB", "ib"),
    ],
    ids=[
        "a-vowel-on-the-mails-word-alone",
        "a-name-ending-in-a-vowel",
        "nothing-writes-it-without",
        "capitals",
    ],
)
def test_a_name_without_a_written_uninflected_form_is_kept(company, text, root):
    assert uninflected(company, text, root) == company


CASES = [
    (
        "slovene-locative-on-the-employers-domain",
        "Maja Hribar",
        "maja.hribar@petrol.si",
        "Vabilo na razgovor",
        "Pozdravljeni, veseli nas, da vas lahko povabimo na razgovor v Petrolu.",
        "Petrol",
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company


@pytest.mark.parametrize(
    "value",
    ["Kestrel People & Culture", "Kestrel People Operations", "Kestrel Careers", "Kestrel HR"],
    ids=["people-and-culture", "people-operations", "careers", "hr"],
)
def test_one_list_of_english_mailbox_words_serves_display_names_and_candidates(value):
    assert display_name_parts(value) == (None, "Kestrel")
    assert clean_org(value) == "Kestrel"

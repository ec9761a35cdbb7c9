import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from extractors.evaluate import evaluate_file, score
from extractors.lexicon import employer_key, normalize_org

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset.jsonl"


def test_score_per_kind_and_confusion():
    figures = score(
        [
            ("rejection", "rejection"),
            ("rejection", "application_confirmation"),
            ("application_confirmation", "application_confirmation"),
        ]
    )
    assert figures["kind_accuracy"] == 2 / 3
    assert figures["per_kind"]["rejection"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 2 / 3,
        "support": 2,
        "predicted": 1,
    }
    assert figures["confusion"]["rejection"]["application_confirmation"] == 1


def test_evaluate_file_prints_and_returns_figures(tmp_path: Path):
    rows = [
        {
            "id": "a",
            "from": "Acme Inc. <no-reply@hire.lever.co>",
            "date": "",
            "subject": "Your application",
            "body": "We have decided to move forward with other candidates "
            "for the Data Engineer role.",
            "label_kind": "rejection",
            "label_company": "ACME, Inc.",
            "label_role": "data engineer",
        },
        {
            "id": "b",
            "from": "Mike <mike@gmail.com>",
            "date": "",
            "subject": "Coffee?",
            "body": "Want to grab coffee?",
            "label_kind": "networking",
            "label_company": None,
            "label_role": None,
        },
    ]
    path = tmp_path / "labeled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = Console(record=True, width=160)
    figures = evaluate_file(path, out=out)
    assert (
        figures["n"],
        figures["kind_accuracy"],
        figures["company_accuracy"],
        figures["company_n"],
        figures["role_accuracy"],
        figures["role_n"],
    ) == (2, 1.0, 1.0, 1, 1.0, 1)
    text = out.export_text()
    assert "kind accuracy: 1.000" in text and "Confusion matrix" in text


def test_dev_set_figures_stay_above_floor():
    figures = evaluate_file(DEVSET, out=Console(file=io.StringIO()))
    assert figures["n"] >= 400
    assert figures["kind_accuracy"] >= 0.97
    assert figures["rejection_f1"] >= 0.97
    assert figures["company_accuracy"] >= 0.95
    assert figures["role_accuracy"] >= 0.90


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Zalando SE", "Zalando"),
        ("Harbour Quay Pte. Ltd.", "Harbour Quay"),
        ("Nordhafen Logistik GmbH & Co. KG", "Nordhafen Logistik GmbH & Co KG"),
        ("Philips N.V.", "Philips"),
        ("Ferrero S.p.A.", "Ferrero"),
        ("Equinor ASA", "Equinor"),
        ("Halden Gedeon Nyrt.", "Halden Gedeon"),
        ("Corvane Zrt", "Corvane"),
        ("Velmora, UAB", "Velmora"),
        (
            "\u0412\u0435\u043b\u043c\u043e\u0440\u0430 \u0410\u0414",
            "\u0412\u0435\u043b\u043c\u043e\u0440\u0430",
        ),
    ],
    ids=[
        "societas-europaea",
        "singapore-pte-ltd",
        "german-kg",
        "dutch-nv",
        "italian-spa",
        "asa",
        "hungarian-nyrt",
        "hungarian-zrt",
        "lithuanian-uab",
        "bulgarian-ad",
    ],
)
def test_legal_forms_do_not_decide_employer_accuracy(written: str, labelled: str) -> None:
    assert normalize_org(written) == normalize_org(labelled)


@pytest.mark.parametrize(
    "name",
    ["SAS", "Nordsee", "Kg Logistics", "Spa Retreats", "Abbott"],
    ids=["word-alone", "ends-in-se-letters", "kg-first", "spa-first", "starts-with-ab"],
)
def test_a_legal_form_word_is_only_cut_at_the_end_after_a_name(name: str) -> None:
    assert normalize_org(name) == " ".join(name.lower().split())


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Corvane Group", "Corvane"),
        ("The Halden Group Ltd", "Halden"),
        ("Velmora Holding A.Ş.", "Velmora"),
        ("Corvane Holdings PLC", "Corvane"),
        ("Groupe Velmora", "Velmora"),
        ("Grupo Halden", "Halden"),
    ],
    ids=["group", "article-group-legal-form", "holding", "holdings", "groupe-first", "grupo-first"],
)
def test_a_group_designator_does_not_decide_employer_accuracy(written: str, labelled: str) -> None:
    assert normalize_org(written) == normalize_org(labelled)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Corvane.com", "Corvane"),
        ("Velmora.com Ltd.", "Velmora"),
        ("Halden.co.uk", "Halden"),
        ("Corvane.io", "Corvane"),
        ("Velmora.com Group", "Velmora.com"),
    ],
    ids=["dot-com", "dot-com-legal-form", "country-second-level", "dot-io", "and-a-group-word"],
)
def test_a_brand_written_as_its_web_address_is_the_brand(written: str, labelled: str) -> None:
    assert normalize_org(written) == normalize_org(labelled)


def test_a_web_suffix_alone_is_kept() -> None:
    assert normalize_org(".com") == "com"


@pytest.mark.parametrize(
    ("one", "other"),
    [("Group", "Grupo"), ("Group Health", "Health")],
    ids=["the-word-alone-is-kept", "a-leading-english-group-is-part-of-the-name"],
)
def test_a_group_word_is_only_dropped_beside_a_name(one: str, other: str) -> None:
    assert normalize_org(one) != normalize_org(other)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Mondelez International", "Mondelēz International"),
        ("Thalès", "Thales"),
        ("Nestlé México", "Nestle Mexico"),
        ("SOCIÉTÉ GÉNÉRALE", "Societe Generale"),
    ],
    ids=["macron", "grave", "acute-two-words", "upper-case-acute"],
)
def test_accents_do_not_decide_employer_accuracy(written: str, labelled: str) -> None:
    assert normalize_org(written) == normalize_org(labelled)


@pytest.mark.parametrize(
    ("one", "other"),
    [("ガス", "カス"), ("パナ", "ハナ")],
    ids=["kana-voiced", "kana-half-voiced"],
)
def test_kana_voicing_marks_still_tell_names_apart(one: str, other: str) -> None:
    assert normalize_org(one) != normalize_org(other)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("WorkingDay Latvia", "WorkingDay"),
        ("Auchan Sénégal", "Auchan"),
        ("Adecco Slovenija", "Adecco"),
        ("Nissan North America", "Nissan"),
        ("Dangote Cement Senegal SA", "Dangote Cement"),
        ("Velmora Asia Pacific Singapore", "Velmora"),
    ],
    ids=[
        "english-country",
        "own-language-with-accent",
        "slovene-name",
        "two-word-region",
        "country-before-a-legal-form",
        "region-and-city-state",
    ],
)
def test_a_country_after_the_name_does_not_decide_the_employer(written: str, labelled: str) -> None:
    assert employer_key(written) == employer_key(labelled)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Elering AS", "Elering"),
        ("Vita Elite OÜ", "Vita Elite"),
        ("Atlas d.d.", "Atlas"),
        ("SIA Lattelecom", "Lattelecom"),
        ("Selectio Grupa", "Selectio"),
        ("Procore Technologies", "Procore"),
        ("Baxter International", "Baxter"),
        ("ManpowerGroup", "Manpower"),
        ("Health Partners", "HealthPartners"),
    ],
    ids=[
        "estonian-as",
        "estonian-ou",
        "croatian-dd",
        "latvian-sia-first",
        "slavic-group-word",
        "technologies",
        "international",
        "glued-group",
        "spacing",
    ],
)
def test_legal_forms_designators_and_spacing_do_not_decide_the_employer(
    written: str, labelled: str
) -> None:
    assert employer_key(written) == employer_key(labelled)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Bank of Ireland", "Bank"), ("Canada", "Latvia"), ("Technologies", "International")],
    ids=["country-after-of-is-the-name", "a-country-alone-is-kept", "a-designator-alone-is-kept"],
)
def test_a_country_or_designator_is_only_dropped_after_a_name(one: str, other: str) -> None:
    assert employer_key(one) != employer_key(other)


def test_a_missing_employer_has_an_empty_key() -> None:
    assert employer_key(None) == employer_key("") == ""


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("Telekom Srbija", "Телеком Србија"),
        ("Lidl", "Лидл"),
        ("Djuro Djakovic", "Ђуро Ђаковић"),
    ],
    ids=["serbian-with-country", "bulgarian", "serbian-dj-both-scripts"],
)
def test_a_name_in_cyrillic_or_latin_letters_is_one_employer(written, labelled) -> None:
    assert employer_key(written) == employer_key(labelled)


def test_cyrillic_names_still_differ_from_each_other() -> None:
    assert employer_key("Виваком") != employer_key("Теленор")

"""Employers completed across a batch: a thread's fuller legal name, a last word cut short,
an institution's short name, a domain split that takes the written form, the employer a
thread names most over one mail's own reading."""

import pytest

from extractors.org_batch import (
    complete_from_batch,
    complete_short_names,
    spelled_out_tails,
    thread_fuller_names,
    thread_majority,
    whole_last_words,
    written_forms,
)


@pytest.mark.parametrize(
    ("companies", "threads", "expected"),
    [
        (
            ["Brenner Foods GmbH", "Brenner", "Brenner"],
            ["t1", "t1", "t2"],
            ["Brenner Foods GmbH", "Brenner Foods GmbH", "Brenner"],
        ),
        (
            ["Lakeview Health", "Lakeview Health Panel Presentation", "Lakeview Health"],
            ["t1", "t1", "t1"],
            ["Lakeview Health", "Lakeview Health Panel Presentation", "Lakeview Health"],
        ),
        (
            ["Ostrava Data", "Ostrava Data Foods", "Ostrava Data Foods"],
            ["t1", "t1", "t1"],
            ["Ostrava Data Foods", "Ostrava Data Foods", "Ostrava Data Foods"],
        ),
    ],
    ids=["legal-name-in-thread", "one-misreading-is-no-fuller-name", "thread-majority"],
)
def test_thread_fuller_names(companies, threads, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    thread_fuller_names(rows, threads)
    assert [r["company"] for r in rows] == expected


@pytest.mark.parametrize(
    ("companies", "expected"),
    [
        (["Corvel Infra", "Corvel Infrastructure"], ["Corvel Infrastructure"] * 2),
        (["Corvel Infra", "Corvel Infrared", "Corvel Infrastructure"], None),
        (["Corvel Group", "Corvel Groupings"], None),
    ],
    ids=["cut-word-completed", "two-ways-to-complete", "company-word-is-whole"],
)
def test_whole_last_words(companies, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    whole_last_words(rows)
    assert [r["company"] for r in rows] == (expected or companies)


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
    ("companies", "expected"),
    [
        (
            ["Pine Hollow ISD", "Pine Hollow Independent School District"],
            ["Pine Hollow Independent School District"] * 2,
        ),
        (["Pine Hollow ISD", "Pine Hollow Industrial Supply"], None),
        (["Pine Hollow AI", "Pine Hollow Analytics Inc"], None),
        (
            ["Pine Hollow ISD", "Pine Hollow Independent School District", "Pine Hollow ISD Foods"],
            ["Pine Hollow Independent School District"] * 2 + ["Pine Hollow ISD Foods"],
        ),
    ],
    ids=[
        "initials-spelled-out",
        "other-words-other-initials",
        "two-letters-are-too-few",
        "initialism-inside-a-name",
    ],
)
def test_spelled_out_tails(companies, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    spelled_out_tails(rows)
    assert [r["company"] for r in rows] == (expected or companies)


@pytest.mark.parametrize(
    ("companies", "branches", "expected"),
    [
        (
            ["Relaytx", "Relay Therapeutics", "Relay Therapeutics"],
            ["root", "best", "own_mail"],
            ["Relay Therapeutics"] * 3,
        ),
        (
            ["Crestline Search", "Harbor Subs"],
            ["root", "best"],
            ["Harbor Subs", "Harbor Subs"],
        ),
        (
            ["Kestrel Assessment Centre", "Kestrel", "Kestrel"],
            ["best", "own_mail", "best"],
            ["Kestrel", "Kestrel", "Kestrel"],
        ),
        (
            ["Kestrel Assessment Centre", "Kestrel"],
            ["best", "own_mail"],
            ["Kestrel Assessment Centre", "Kestrel"],
        ),
        (
            ["Ostrava", "Ostrava Foods", "Ostrava Foods"],
            ["best", "best", "best"],
            ["Ostrava", "Ostrava Foods", "Ostrava Foods"],
        ),
        (
            ["Brookside High School", "Linden County Schools", "Linden County Schools"],
            ["sent_to", "best", "best"],
            ["Brookside High School", "Linden County Schools", "Linden County Schools"],
        ),
        (
            ["Relaytx", "Relaytx", "Ravel Labs"],
            ["root", "root", "slug"],
            ["Relaytx", "Relaytx", "Ravel Labs"],
        ),
    ],
    ids=[
        "domain-name-takes-the-thread's",
        "one-mail-outweighs-a-domain",
        "two-mails-outweigh-a-misreading",
        "one-mail-does-not-outweigh-a-reading",
        "longer-form-left-to-fuller-names",
        "sent-to-is-surer-than-the-thread",
        "domain-names-are-no-thread-name",
    ],
)
def test_thread_majority(companies, branches, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    thread_majority(rows, ["t1"] * len(rows), branches)
    assert [r["company"] for r in rows] == expected


def test_agency_keeps_its_own_name_in_thread_majority() -> None:
    rows = [
        {"company": "Larchmont Talent", "agency": "Larchmont Talent"},
        {"company": "Harbor Subs", "agency": None},
        {"company": "Harbor Subs", "agency": None},
    ]
    thread_majority(rows, ["t1"] * 3, ["agency_self", "best", "best"])
    assert rows[0]["company"] == "Larchmont Talent"


@pytest.mark.parametrize("branches", [None, ["root", "best"]], ids=["no-branches", "branches"])
def test_complete_from_batch_reads_branches_when_given(branches) -> None:
    rows = [{"company": "Crestline Search", "agency": None}, {"company": "Harbor Subs"}]
    complete_from_batch(rows, ["t1", "t1"], branches)
    assert rows[0]["company"] == ("Harbor Subs" if branches else "Crestline Search")


@pytest.mark.parametrize(
    ("companies", "branches", "threads", "expected"),
    [
        (["Oct", "Harbor Subs"], ["scored", "best"], ["t1", "t1"], ["Harbor Subs", "Harbor Subs"]),
        (["Oct", "Harbor Subs"], ["scored", "root"], ["t1", "t1"], ["Harbor Subs", "Harbor Subs"]),
        (["Oct", None], ["scored", "none"], ["t1", "t1"], ["Oct", None]),
        (["Oct", "Harbor Subs"], ["scored", "best"], ["t1", "t2"], ["Oct", "Harbor Subs"]),
    ],
    ids=[
        "the-thread-overrides-a-guess",
        "even-a-domain-name-overrides-a-guess",
        "a-guess-names-no-thread-employer",
        "a-guess-alone-in-its-thread-stays",
    ],
)
def test_a_scorer_guess_yields_to_its_thread(companies, branches, threads, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    complete_from_batch(rows, threads, branches)
    assert [r["company"] for r in rows] == expected

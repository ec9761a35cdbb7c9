"""Employers completed across a batch: a thread's fuller legal name, a last word cut short,
an institution's short name, a domain split that takes the written form."""

import pytest

from extractors.org_batch import (
    complete_short_names,
    spelled_out_tails,
    thread_fuller_names,
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

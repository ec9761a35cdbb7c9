"""An employer's domain made of initials ('fmgl', 'ucc.on.ca') names no one: the name the
mail or the batch's other mail writes that the initials abbreviate is the employer."""

import pytest

from extractors.org_batch import spelled_roots
from extractors.org_domains import initialled_by, initials_root

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("root", "expected"),
    [("fmgl", True), ("nsrltd", True), ("bhp", False), ("fortescue", False), ("kvgl", True)],
    ids=["four-initials", "initials-and-legal-form", "three-letters", "a-word", "fictional"],
)
def test_a_root_of_initials_is_told_from_a_word(root: str, expected: bool) -> None:
    assert initials_root(root) is expected


@pytest.mark.parametrize(
    ("root", "name", "expected"),
    [
        ("fmgl", "Fortescue", True),
        ("nsrltd", "Northern Star Resources", True),
        ("fmgl", "Iron Bridge", False),
        ("nsrltd", "Northern Territory", False),
    ],
    ids=["first-word", "all-words", "other-initials", "a-later-word-differs"],
)
def test_a_root_starts_with_the_initials_of_the_name_it_abbreviates(
    root: str, name: str, expected: bool
) -> None:
    assert initialled_by(root, name) is expected


def test_a_domain_of_initials_yields_to_the_name_the_signature_writes(run_pipes) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Kirsty Vale",
        from_addr="kirsty.vale@kvgl.com.au",
        subject="Geotechnical Engineer - phone chat",
        body_text=(
            "Hi Bree,\n\nThanks for applying. Would Thursday suit for a short call?\n\n"
            "Kind regards,\n\nKirsty Vale\nTalent Acquisition Partner | Kestrel Vale\n"
        ),
    )
    assert doc._.facts["company"] == "Kestrel Vale"


def test_a_domain_of_initials_the_mail_never_spells_stays_the_root(run_pipes) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Kirsty Vale",
        from_addr="kirsty.vale@kvgl.com.au",
        subject="Phone chat",
        body_text="Hi Bree,\n\nWould Thursday suit for a short call?\n\nKirsty",
    )
    assert doc._.facts["company"] == "Kvgl"


@pytest.mark.parametrize(
    ("companies", "branches", "expected"),
    [
        (
            ["Upper Canada College", "Ucc"],
            ["own_mail", "root"],
            ["Upper Canada College", "Upper Canada College"],
        ),
        (
            ["Mahlangu & Venter Consulting Engineers", "Mvce"],
            ["best", "root"],
            ["Mahlangu & Venter Consulting Engineers", "Mahlangu & Venter Consulting Engineers"],
        ),
        (["Acme Corp", "Acme"], ["own_mail", "root"], ["Acme Corp", "Acme"]),
        (
            ["Upper Canada College", "Ucc"],
            ["own_mail", "own_mail"],
            ["Upper Canada College", "Ucc"],
        ),
        (
            ["Upper Canada College", "Union City Council", "Ucc"],
            ["own_mail", "own_mail", "root"],
            ["Upper Canada College", "Union City Council", "Ucc"],
        ),
    ],
    ids=[
        "initials-of-a-school",
        "initials-skipping-the-ampersand",
        "a-first-word-is-no-initials",
        "a-name-the-text-gave-stays",
        "two-names-fit-none-taken",
    ],
)
def test_a_domain_of_initials_takes_the_name_other_mail_writes(
    companies: list[str], branches: list[str], expected: list[str]
) -> None:
    rows = [{"company": c, "agency": None, "kind": "interview_invitation"} for c in companies]
    spelled_roots(rows, branches)
    assert [r["company"] for r in rows] == expected

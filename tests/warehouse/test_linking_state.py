"""Linking's own state kept small (issue 7): the compact forms give what the plain ones
gave."""

from __future__ import annotations

from collections import Counter

import pytest

from warehouse.linking.items import Spellings


@pytest.mark.parametrize(
    ("spellings", "expected"),
    [
        pytest.param(["Acme"], "Acme", id="one-spelling"),
        pytest.param(["Acme", "Acme", "ACME"], "Acme", id="first-spelling-most-frequent"),
        pytest.param(["ACME", "Acme", "Acme"], "Acme", id="later-spelling-most-frequent"),
        pytest.param(["ACME", "Acme"], "ACME", id="tie-goes-to-the-first-met"),
        pytest.param(["Acme", "ACME", "ACME", "Acme"], "Acme", id="tie-after-a-lead-changes"),
        pytest.param(["a", "b", "c", "c", "b"], "b", id="three-spellings-tie-of-two"),
    ],
)
def test_spellings_choose_as_a_counter_per_key_did(spellings: list[str], expected: str) -> None:
    names = Spellings()
    for spelling in spellings:
        names.add("acme", spelling)
    assert names.most_common("acme") == Counter(spellings).most_common(1)[0][0] == expected
    names.settle()
    assert names.most_common("acme") == expected
    assert (names.count, names.many) == ({}, {})


@pytest.mark.parametrize(
    "key", [pytest.param(None, id="no-key"), pytest.param("", id="empty-key"), "unknown"]
)
def test_spellings_of_a_key_never_written_are_none(key: str | None) -> None:
    names = Spellings()
    names.add("acme", "Acme")
    assert names.most_common(key) is None


def test_spellings_keys_are_every_key_written_sorted() -> None:
    names = Spellings()
    for key, spelling in [("zeta", "Zeta"), ("acme", "Acme"), ("zeta", "ZETA"), ("mid", "Mid")]:
        names.add(key, spelling)
    names.settle()
    assert names.sorted_keys() == ["acme", "mid", "zeta"]

"""The keyword index (one scan for every keyword) gives what a str.find per keyword gives."""

import random
import re

import pytest

from extractors.keyword_index import (
    KeywordIndex,
    indexed_matches,
    indexed_phrase_matches,
    trigger_regex,
)
from extractors.lexicon import anchored_matches

KEYWORDS = ("for", "for the", "as", "a", "an", "appl", "the", "d be", "résumé", "at")
WORDS = ["for", "the", "For", "as", "a", "an", "apply", "applied", "reapplied", "Acme"]
WORDS += ["_for", "x1for", "Data", "Engineer", "\n", "role", "résumé", "Résumé", "2a", "(the"]
WORDS += ["I'd", "be", "at", "that", "cat", "ÉA", "état", "-as", "forthe", "ffor"]


def _texts(seed: int, count: int = 1500) -> list[str]:
    rnd = random.Random(seed)
    return [
        rnd.choice(["", " "]).join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 20)))
        if rnd.random() < 0.2
        else " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 20)))
        for _ in range(count)
    ]


def _found(lowered: str, keyword: str) -> list[int]:
    """Where keyword starts a word, by str.find (as lexicon.anchored_matches looks)."""
    found, index = [], lowered.find(keyword)
    while index != -1:
        if index == 0 or not lowered[index - 1].isalnum():
            found.append(index)
        index = lowered.find(keyword, index + 1)
    return found


def test_positions_are_the_word_starts_str_find_finds():
    index = KeywordIndex(KEYWORDS)
    for text in _texts(1):
        lowered = text.lower()
        expected = {k: _found(lowered, k) for k in KEYWORDS if _found(lowered, k)}
        assert index.positions(lowered) == expected, text


def test_an_empty_index_finds_nothing():
    assert KeywordIndex([]).positions("for the role") == {}


@pytest.mark.parametrize("begin", [0, 7], ids=["whole-text", "from-an-offset"])
def test_indexed_matches_are_anchored_matches_in_the_same_order(begin):
    pattern = re.compile(r"(?i:for|as|appl\w*|the)\s(?:the\s)?(?P<role>[A-Z]\w+)")
    starts = ("the", "appl", "for", "as")
    index = KeywordIndex(starts)
    for text in _texts(2):
        lowered = text.lower()
        expected = [m.span() for m in anchored_matches(pattern, text, lowered, starts, begin)]
        at = index.positions(lowered)
        assert [m.span() for m in indexed_matches(pattern, text, at, starts, begin)] == expected


def _phrase_reference(pattern, text, groups, then, first):
    """Per group, its phrases' word starts (with `then` and `first` after them) in text order,
    each position tried once."""
    lowered, seen, spans = text.lower(), set(), []
    for phrases in groups:
        found = {
            i
            for phrase in phrases
            for i in _found(lowered, phrase)
            if (then is None or lowered.startswith(then, i + len(phrase)))
            and (first is None or first.match(text, i + len(phrase)))
        }
        for i in sorted(found - seen):
            seen.add(i)
            match = pattern.match(text, i)
            if match:
                spans.append(match.span())
    return spans


@pytest.mark.parametrize(
    "then, first",
    [(None, None), (("the ",), None), (None, re.compile("[A-Z]"))],
    ids=["phrases-alone", "then-an-article", "first-a-capital"],
)
def test_indexed_phrase_matches_take_each_groups_word_starts_in_text_order(then, first):
    pattern = re.compile(r"(?i:for|as|a)\s(?:the\s)?(?P<role>[A-Z]\w+)")
    groups = (("as ", "as\n"), ("for ",), ("a ", "a\n"))
    index = KeywordIndex(p for g in groups for p in g)
    for text in _texts(3):
        lowered = text.lower()
        at = index.positions(lowered)
        found = indexed_phrase_matches(pattern, text, lowered, at, groups, then, first)
        assert [m.span() for m in found] == _phrase_reference(pattern, text, groups, then, first)


@pytest.mark.parametrize(
    "text, expected",
    [("closed", "closed"), ("close", "clos"), ("clos", "clos"), ("fit yours", "fit")],
    ids=["longest", "prefix-only", "shortest", "first-of-two"],
)
def test_trigger_regex_matches_the_longest_string_at_a_position(text, expected):
    assert trigger_regex(["clos", "closed", "fit", "yours"]).match(text).group() == expected

"""Where keywords start words in a text, found in one regex scan instead of one str.find
scan per keyword.

The keyword-led patterns of the employer and role finders are tried only where one of their
keywords starts a word (lexicon.anchored_matches). Looking for each of ~300 keywords with
str.find scans the text ~300 times (~130 µs a dev-set mail); one scan with a trie of all of
them costs a quarter of that, however long the mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def trigger_regex(words: Iterable[str]) -> re.Pattern:
    """One regex for a set of literal strings, written as a trie ("clos(?:ed)?|..."): at each
    position it matches the longest of them that starts there, and its first characters give
    the regex engine a fast scan."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = sorted(k for k in node if k)
        if not kids:
            return ""
        alts = [re.escape(k) + build(node[k]) for k in kids]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 else body + "?"

    return re.compile(build(trie))


class KeywordIndex:
    """The word-start positions of a fixed set of lower-case keywords in a lower-cased text."""

    def __init__(self, keywords: Iterable[str]) -> None:
        self.keywords = tuple(sorted(set(keywords)))
        # A keyword starts a word where the character before it is no letter or digit
        # (str.isalnum, as anchored_matches tests it: \w without "_").
        self.regex = (
            re.compile(r"(?<![^\W_])" + trigger_regex(self.keywords).pattern)
            if self.keywords
            else None
        )
        # The trie matches the longest keyword at a position; every keyword that is a
        # prefix of it starts there too.
        self.prefixes = {
            k: tuple(p for p in self.keywords if k.startswith(p)) for k in self.keywords
        }

    def positions(self, lowered: str) -> dict[str, list[int]]:
        """Each keyword found at a word start, with its positions in ascending order."""
        at: dict[str, list[int]] = {}
        if self.regex is None:
            return at
        search, prefixes = self.regex.search, self.prefixes
        match = search(lowered)
        while match is not None:
            index = match.start()
            for keyword in prefixes[match.group()]:
                if keyword in at:
                    at[keyword].append(index)
                else:
                    at[keyword] = [index]
            # the next position, not the match's end: keywords overlap ("for the", "the")
            match = search(lowered, index + 1)
        return at


def indexed_matches(
    pattern: re.Pattern,
    text: str,
    at: dict[str, list[int]],
    starts: tuple[str, ...],
    begin: int = 0,
) -> Iterator[re.Match]:
    """lexicon.anchored_matches from a KeywordIndex's positions of `text.lower()` (which has
    the length of `text`): the same matches in the same order (keyword by keyword, each
    keyword's positions from `begin` on, a position tried once)."""
    seen: set[int] = set()
    for keyword in starts:
        for index in at.get(keyword, ()):
            if index >= begin and index not in seen:
                seen.add(index)
                match = pattern.match(text, index)
                if match:
                    yield match


def indexed_phrase_matches(
    pattern: re.Pattern,
    text: str,
    lowered: str,
    at: dict[str, list[int]],
    groups: tuple[tuple[str, ...], ...],
    then: tuple[str, ...] | None = None,
    first: re.Pattern | None = None,
) -> Iterator[re.Match]:
    """role_search.phrase_matches from a KeywordIndex's positions of `lowered` (the
    phrases among its keywords): per group, its phrases' word-start positions in text order
    (those followed by one of `then`, if given; and where `first` matches right after the
    phrase, if given), a position tried once."""
    seen: set[int] = set()
    for phrases in groups:
        found = set()
        for phrase in phrases:
            for index in at.get(phrase, ()):
                if (then is None or lowered.startswith(then, index + len(phrase))) and (
                    first is None or first.match(text, index + len(phrase))
                ):
                    found.add(index)
        for index in sorted(found - seen):
            seen.add(index)
            match = pattern.match(text, index)
            if match:
                yield match

"""Searching a text for the title patterns without trying every position: from the lines
near a needle and through a subject's stage words (from keywords: extractors.keyword_index)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.lexicon import TITLE_CAPITALS, words
from extractors.role_patterns import LOWER_WORD, NEEDLES

# Title-led patterns and the strings their matches hold: each match ends on the line where
# one of them ends and starts on the line where it starts (12: "Data Engineer at Acme",
# the "at" between any two spaces) or the one before (6: "Data Engineer\nposition").
NEAR: dict[int, tuple[int, tuple[str, ...]]] = {
    6: (1, NEEDLES[6]),
    12: (0, tuple(a + k + b for k in ("at", "@") for a in " \n" for b in " \n")),
}


def matches_near(
    pattern: re.Pattern,
    text: str,
    lowered: str,
    needles: tuple[str, ...],
    lines_before: int,
    word: bool = False,
    org_after: bool = False,
) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern whose every match holds a needle, ends on the
    line where the needle ends and starts at most lines_before lines above the one where it
    starts: the same matches, found by searching only those lines (merged where they
    overlap or touch, so that no match is cut and none is found twice).

    word: the pattern holds the needle as a word after whitespace (`\\s(?:role|...)\\b`): a
    needle inside a word is skipped, and one after a space (not a line break) ends a match
    that starts on its own line.

    Every such match ends in a title right before the needle's whitespace (ROLE): a needle
    after a word no title can end with ("the position", "at 10:00") is skipped; org_after:
    an employer's name (ORG) follows the needle, so it must start with a capital or digit."""
    windows = []
    same = len(lowered) == len(text)
    checked = word and same
    for needle in needles:
        index = lowered.find(needle)
        while index != -1:
            space = index if needle[0].isspace() else index - 1
            if same and (
                not _ends_title(text, space)
                or org_after
                and not _ORG_START.match(text, index + len(needle))
            ):
                index = lowered.find(needle, index + 1)
                continue
            before = lines_before
            if checked:
                after = text[index + len(needle) : index + len(needle) + 1]
                if not (index and text[index - 1].isspace()) or (
                    after and (after.isalnum() or after == "_")
                ):
                    index = lowered.find(needle, index + 1)
                    continue
                if text[index - 1] != "\n":
                    before = 0
            start = text.rfind("\n", 0, index) + 1
            for _ in range(before):
                start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
            end = text.find("\n", index + len(needle))
            windows.append((start, len(text) if end == -1 else end + 1))
            index = lowered.find(needle, index + 1)
    windows.sort()
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        yield from pattern.finditer(text, start, end)


# What a title's last word can be (lexicon.ROLE): one starting with a capital or digit, an
# "iOS"-like word, a bracket ("(Backend)", "Concepteur(trice)"), a link word ("of", "-", "&"),
# or the second word of an academic post ("PhD position").
_TITLE_END = re.compile(
    r"[" + TITLE_CAPITALS + r"]|[a-z]+[A-Z]|.*\)$"
    # (a lower-case Cyrillic word ends a Cyrillic title: "Оперативен счетоводител")
    r"|[\u0430-\u045f\u0491]"
    r"|(?:of|and|in|de|di|em|en|del|des|du|f\u00fcr|und|et|&|/|-|\u2013|,|\+)$"
    r"|(?i:position|student|scholarship|candidate|fellowship|researcher|project)$"
)
_ORG_START = re.compile(r"[A-Z0-9]")
_LAST_WORD = re.compile(r"\S+$")


def _ends_title(text: str, space: int) -> bool:
    """Whether the word before text[space] (a whitespace) can end a title."""
    word = _LAST_WORD.search(text, max(space - 40, 0), space)
    if word is None:
        return False
    if word.start() == space - 40:
        return True  # (a longer word, not read)
    return _TITLE_END.match(text, word.start(), space) is not None


# What can follow the phrases of the keyword-led patterns 0 ("for the"), 5 ("for", "as") and 7
# (an article): a title's first word (lexicon.ROLE), an article, a word of how the job is held.
_ROLE_START = r"[" + TITLE_CAPITALS + r"]|[a-z]+[A-Z]"
_TERM_START = r"(?i:contract|permanent|temp|full|part|freelance|fixed|long|short)"
# (patterns 0 and 7 let one lower-case word come first: "a confidential Head of Sales search")
FIRST: dict[int, re.Pattern] = {
    # (0: "for the", "about our" ... then the title or how the job is held)
    0: re.compile(
        r"(?i:the|our|a|an|your|this)\s"
        + LOWER_WORD
        + "(?:"
        + _ROLE_START
        + "|"
        + _TERM_START
        + ")"
    ),
    5: re.compile(_ROLE_START + r"|(?:the|our|an?|their)\s"),
    7: re.compile(LOWER_WORD + "(?:" + _ROLE_START + "|" + _TERM_START + ")"),
}


def subject_matches(pattern: re.Pattern, subject: str) -> Iterator[re.Match]:
    """pattern.finditer(subject), and where a match's title is a stage word that the next
    match starts from ("Re: Interview confirmed: Senior Program Manager"), the matches from
    inside it too."""
    pos = 0
    while pos <= len(subject):
        match = pattern.search(subject, pos)
        if match is None:
            return
        yield match
        role = match.group("role")
        if " " not in role and role.lower() in _STAGE_WORDS:
            pos = max(match.start("role"), match.start() + 1)
        else:
            pos = max(match.end(), match.start() + 1)


# The step words a subject can write before its title ("Interview confirmed: ...").
_STAGE_WORDS = words("interview application offer update re fwd reminder invitation")

"""Capitalized name spans of a mail: employer candidates the rules' patterns do not read.

The rules find an employer through worded patterns ("applied to X", "X Talent Team"); a
mail in a language or wording they do not know ("Votre candidature chez X", "intervju hos
X", "X heeft je sollicitatie bekeken") names it all the same as a run of capitalized words.
`name_spans` gives those runs in the subject and near the body's start and end, each marked
when a lowercase word of the kind that leads a name ("at", "chez", "hos", "bei", "presso")
stands before it or when it opens a line. They go to the employer scorer only (OrgPool),
never to the rules' scores: the scorer learns when such a span beats the rules' pick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.lexicon import words

# A word opening with a Latin-1 capital (then any letters; inner '-', '&', '.' and digits:
# "Check24", "S.A.S"; a full stop ends it), runs of them joined by a space or by a lowercase
# joining word ("Bank of Ireland", "Ville de Québec", "Waterschap Hunze en Aa's").
_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019&-]*(?:\.[\w'\u2019&-]+)*"
_JOIN = r"(?:of|de|du|des|der|den|la|le|del|della|di|da|do|dos|van|von|und|and|en|et|y|e|&)"
_RUN = re.compile(rf"{_WORD}(?:[ ]{_WORD}|[ ]{_JOIN}[ ]{_WORD}){{0,4}}")

# Lowercase words that lead an employer's name in the languages of the labeled mail.
LEADS = words(
    """
    at with for from to join joining by about
    chez pour avec auprès à
    bei für zu von
    bij voor
    hos för på till
    presso per con
    em na no para pela pelo
    en con para
    w dla
    """
)

# The body's reach read for spans: names sit in the opening lines and the signature.
_HEAD = 600
_TAIL = 400
_MAX_SPANS = 24


@dataclass(frozen=True)
class Span:
    name: str
    start: int
    led: bool  # a leading word stands before it ("chez X")
    line_start: bool  # it opens a line ("X heeft je sollicitatie bekeken")


# An article between the leading word and the name: "at the X", "bei der X", "chez la X".
_ARTICLES = words("the a an la le les l' der die das dem den el los las il lo het o os")


def _spans_in(text: str, begin: int, end: int, room: int) -> list[Span]:
    found: list[Span] = []
    for match in _RUN.finditer(text, begin, end):
        if len(found) == room:
            break
        start = match.start()
        if start and text[start - 1].isalnum():
            continue  # inside a word: "Bay" of "eBay", a window opening mid-word
        # (read before the window too: the tail window may open mid-line, "... at Acme")
        before = text[max(0, start - 16) : start]
        line_start = not before.strip(" \t") or before.rstrip(" \t").endswith("\n")
        previous = before.lower().split()[-2:] if not line_start else []
        if previous and previous[-1] in _ARTICLES:
            previous = previous[:-1]
        led = bool(previous) and previous[-1] in LEADS
        found.append(Span(match.group(0), start, led, line_start))
    return found


# A word written in lowercase (a Latin-1 small letter first).
_LOWERCASE_WORD = re.compile(r"(?<!\w)[a-z\u00df-\u00f6\u00f8-\u00ff]\w*")


def lowercase_words(text: str) -> frozenset[str]:
    """The words a mail writes in lowercase: a capitalized one among them is a common word
    at a sentence's start or in a title-case subject ("Rappel", "Scheduled"), not a name."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def name_spans(text: str, subject_end: int) -> list[Span]:
    """Capitalized runs of the subject, the body's first and last lines (at most 24)."""
    head_end = min(len(text), subject_end + _HEAD)
    spans: list[Span] = []
    for begin, end in (
        (0, subject_end),
        (subject_end, head_end),
        (max(head_end, len(text) - _TAIL), len(text)),
    ):
        spans += _spans_in(text, begin, end, _MAX_SPANS - len(spans))
    return spans

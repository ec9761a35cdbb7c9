"""The org finder's line-confined searches find exactly what a whole-text search finds."""

import pytest

from extractors import orgs
from extractors.orgs import OrgFinder

TEXTS = {
    "hiring-verb": "Hello\n\nGreat news: Acme Robotics is hiring again.\nAlso Globex has moved on.",
    "team-line": "Subject\n\nThanks!\nThe Initech Talent Acquisition team\nInitech HR, London",
    "would-like": "Hi\n\nNorthwind Traders would like you to interview.\nOrbit viewed your profile",
    "sent-you": "Re\n\nOrbit Retail sent you a message\nVantage Mobility has sent you a contract",
    "no-needle": "Hello\n\nNothing about any employer here.\n",
    "signature": "Hi\n\nBest,\nJane Doe\nSenior Recruiter | Harbor Bank\nTalent Partner - Acme\n",
    "sig-split": "Hi\n\nRegards\nHead of Talent\n| Quill Compute\n\nmanager, Globex Corp  \n",
    "long-prefix": "Hi\n\n" + "x" * 70 + " recruiter | Acme\nrecruiter | Acme",
}


@pytest.mark.parametrize("begin", [0, 4, 9], ids=["start", "mid-line", "later"])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_line_searches_match_whole_text_search(name: str, begin: int) -> None:
    finder = OrgFinder("org", agencies="agencies.txt", header_only_kinds=[])
    text = TEXTS[name]
    lowered = text.lower()
    for index, needles in finder.line_needles.items():
        pattern = finder.body_patterns[index][1]
        whole = [m.span() for m in pattern.finditer(text, begin)]
        lines = [m.span() for m in orgs._line_matches(pattern, text, lowered, needles, begin)]
        assert lines == whole
    for index, keywords in finder.line_starts.items():
        pattern = finder.body_patterns[index][1]
        whole = [m.span() for m in pattern.finditer(text, begin)]
        starts = orgs._line_start_matches(pattern, text, lowered, keywords, begin)
        assert [m.span() for m in starts] == whole

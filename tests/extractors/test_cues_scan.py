"""find_all's scan: the cue regex without the \\b where a match can start, same matches."""

import re

import pytest

from extractors.cues import _loosened, find_all


@pytest.mark.parametrize(
    ("source", "loose"),
    [
        pytest.param(r"\bno (?:news|update) yet\b", r"no (?:news|update) yet\b", id="head"),
        pytest.param(
            r"(?:\bnot|n't|\bno longer)\s+moving",
            r"(?:not|n't|no longer)\s+moving",
            id="alternatives-of-the-opening-group",
        ),
        pytest.param(
            r"\bsubmitting feedback\b|\bdebrief\b[^.]{0,40}\bmoved\b",
            r"submitting feedback\b|debrief\b[^.]{0,40}\bmoved\b",
            id="each-top-level-alternative",
        ),
        pytest.param(r"\bx(?!\bz)|(?<!\by)\bw", r"x(?!\bz)|(?<!\by)\bw", id="lookarounds-kept"),
        pytest.param(r"[]|\b](?:\ba)", None, id="class-with-bracket-first"),
        pytest.param(r"we (?:\bregret)", None, id="not-where-a-match-starts"),
    ],
)
def test_loosened_drops_only_the_leading_word_boundaries(source, loose):
    assert _loosened(source) == loose


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(r"(?:\bnot|n't|\bno longer)\s+(?:mov(?:e|ing))\s+forward\b", id="negation"),
        pytest.param(r"\bno (?:news|update) yet\b|\bdebrief\b[^.\n]{0,40}\bmoved\b", id="status"),
    ],
)
def test_find_all_with_the_loosened_scan_equals_finditer(source):
    pattern = re.compile(source)
    scan = re.compile(_loosened(source))
    text = (
        "snot moving forward. we are not moving forward; cannot moving forward, "
        "anno update yet. no update yet! the debrief was moved. xdebrief moved. "
        "we won't move forward and no longer moving forward"
    )
    assert [m.span() for m in find_all(pattern, scan, text)] == [
        m.span() for m in pattern.finditer(text)
    ]

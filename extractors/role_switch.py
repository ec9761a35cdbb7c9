"""A learned switch between the rules' title and the title-span finder's best span.

Where the RoleFinder's rules (and its chooser) find a title, the span finder
(extractors.role_spans) may still name another one: the rules' title with a qualifier more
or less, or another line's. This module decides, per mail, whether to report the finder's
best span instead, with a logistic regression over what the two say of the mail: the
finder's probability of its best span and its margin over the next, how much of the
finder's probability the rules' own title holds, whether the two overlap, their lengths and
zones (subject, body), and how sure the rules were (their weight, how many titles they
found), and what the longer of the two adds to the other (a bracket, a mark, a digit, a
title word). Never which words either holds. It is asked only where the rules' title holds a
mark that may set a qualifier off (may_switch), and weighs the finder's spans on the lines
where the rules found their title (title_lines): the finder's cost stays small.

Trained by `python -m extractors.train_role_spans` (after the finder itself) on the finder's
held-out scores of each training mail, the finder fitted on the other writers' mail, so that
the switch learns how far to trust the finder on mail it has not seen. Weights:
extractors/role_switch.json.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from extractors.role_scorer import read_weights
from extractors.role_spans import Spans, span_chances
from extractors.role_words import has_title_word

FEATURES: tuple[str, ...] = (
    "bias",
    "top_chance",
    "top_margin",
    "rules_chance",
    "rules_is_span",
    "top_inside_rules",
    "rules_inside_top",
    "overlap",
    "top_tokens",  # the finder's span in tokens, marks counted ("(m/w/d)" is 7)
    "rules_words",  # the rules' title in words (split at spaces)
    "longer",
    "top_in_subject",
    "rules_in_subject",
    "rules_in_body",
    "rules_weight",
    "rules_titles",
    "top_title_word",
    "extra_before",
    "extra_after",
    "extra_bracket",
    "extra_mark",
    "extra_digit",
    "extra_title_word",
    "extra_words",
)

# A title that may carry a qualifier, the switch's work: an opening bracket, a slash, a bar,
# an en or em dash, a middle dot, or a hyphen between spaces (not one inside a word).
# Held out, titles without one gave the switch 1 mail in 20 of its gain, titles with a comma
# alone none (143 asked about), and asking the finder costs ~0.2-0.4 ms a mail.
_QUALIFIED = re.compile(r"[(/|\u2013\u2014\u00b7]| - ")


def may_switch(title: str) -> bool:
    """Whether the switch is asked about the rules' title."""
    return _QUALIFIED.search(title) is not None


def title_lines(text: str, best: list) -> list[tuple[int, int]]:
    """The character ranges of the lines where the rules found their title (the finder's
    spans the switch weighs are those on these lines: what it corrects is the title's extent
    there, and reading only them keeps the finder's cost low)."""
    ranges = []
    for _, start in best[6]:
        if start < 0:  # found in the quoted message, not in the text
            continue
        end = text.find("\n", start)
        line = (text.rfind("\n", 0, start) + 1, len(text) if end == -1 else end)
        if line not in ranges:
            ranges.append(line)
    return ranges


def on_lines(found: Spans, ranges: list[tuple[int, int]]) -> np.ndarray:
    """Which of the spans start on the lines of `ranges` (the spans role_spans.spans gives
    with only=ranges, in the same order)."""
    starts = found.offsets[found.starts, 0]
    keep = np.zeros(len(starts), dtype=bool)
    for a, b in ranges:
        keep |= (starts >= a) & (starts < b)
    return keep


# marks that set a qualifier off a title ("Data Engineer - Remote", "Nurse | Nights")
_MARKS = ("-", "\u2013", "\u2014", "|", "/", ":", ",", "\u00b7")


def features(
    found: Spans,
    values: np.ndarray,
    none: float,
    best: list,
    titles: int,
    text: str,
    subject_end: int,
) -> tuple[int, list[float]]:
    """The finder's best span (its index) and the switch's FEATURES for taking it instead of
    the rules' title `best` (an entry of RoleFinder.choices: [weight, title, start, end, req,
    in body, [(weight, start) of each place found]]; titles: how many entries the rules
    found)."""
    chance = span_chances(values, none)
    order = np.argsort(-values, kind="stable")[:2]
    top = int(order[0])
    second = float(chance[order[1]]) if len(order) > 1 else 0.0
    starts = found.offsets[found.starts, 0]
    ends = found.offsets[found.ends - 1, 1]
    length = len(best[1])
    # the finder's spans that are the rules' title where the rules found it
    places = [s for _, s in best[6] if s >= 0]
    same = np.zeros(len(starts), dtype=bool)
    for s in places:
        same |= (starts == s) & (ends == s + length)
    top_start, top_end = int(starts[top]), int(ends[top])
    overlap = any(top_start < s + length and s < top_end for s in places)
    top_tokens = int(found.ends[top] - found.starts[top])
    rules_words = len(best[1].split())
    # whether the finder's span lies inside the rules' title where they found it, or around
    # it, and at the first such place what the longer adds
    inside = around = False
    extra, before = "", False
    for s in places:
        holds = s <= top_start and top_end <= s + length
        held = top_start <= s and s + length <= top_end
        if holds and not (inside or around):
            extra = text[s:top_start] + " " + text[top_end : s + length]
            before = top_start > s
        elif held and not (inside or around):
            extra = text[top_start:s] + " " + text[s + length : top_end]
            before = s > top_start
        inside, around = inside or holds, around or held
    extra = extra.strip()
    values_out = {
        "bias": 1.0,
        "top_chance": float(chance[top]),
        "top_margin": float(chance[top]) - second,
        "rules_chance": float(chance[same].sum()),
        "rules_is_span": float(same.any()),
        "top_inside_rules": float(inside),
        "rules_inside_top": float(around),
        "overlap": float(overlap),
        "top_tokens": min(top_tokens, 16) / 16,
        "rules_words": min(rules_words, 16) / 16,
        "longer": float(np.sign(top_end - top_start - length)),
        "top_in_subject": float(top_start < subject_end),
        "rules_in_subject": float(any(0 <= s < subject_end for s in places)),
        "rules_in_body": float(any(s >= subject_end for s in places)),
        "rules_weight": math.log1p(max(best[0], 0.0)),
        "rules_titles": min(titles, 5) / 5,
        "top_title_word": float(has_title_word(text[top_start:top_end])),
        "extra_before": float(bool(extra) and before),
        "extra_after": float(bool(extra) and not before),
        "extra_bracket": float(extra.startswith(("(", "["))),
        "extra_mark": float(extra.startswith(_MARKS) or extra.endswith(_MARKS)),
        "extra_digit": float(any(c.isdigit() for c in extra)),
        "extra_title_word": float(bool(extra) and has_title_word(extra)),
        "extra_words": min(len(extra.split()), 8) / 8,
    }
    return top, [values_out[name] for name in FEATURES]


class RoleSwitch:
    """Logistic regression over FEATURES: take the finder's best span when its probability
    of being right where the rules' title is not reaches `threshold`."""

    def __init__(self, weights: dict[str, float] | np.ndarray, threshold: float = 0.6) -> None:
        if isinstance(weights, dict):
            weights = [float(weights.get(name, 0.0)) for name in FEATURES]
        self.weights = np.asarray(weights, dtype=np.float64)
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path, threshold: float = 0.6) -> RoleSwitch:
        """The weights `python -m extractors.train_role_spans` wrote (for FEATURES)."""
        weights = read_weights(path, FEATURES, "role switch", "train_role_spans", "switch_weights")
        return cls(weights, threshold)

    def chance(self, row: list[float]) -> float:
        return 1.0 / (1.0 + math.exp(-float(np.dot(self.weights, row))))

    def takes(self, row: list[float]) -> bool:
        """Whether the finder's span is taken."""
        return self.chance(row) >= self.threshold

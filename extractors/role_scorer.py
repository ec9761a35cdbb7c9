"""A learned chooser among the titles the RoleFinder found.

The rules find titles, merge the forms of one title (role_choice) and take the one with the
most weight. Where a mail holds more than one title, this module scores each with a linear
model over features that say how and where it was found and what shape it has (never which
words it has), and takes the best: a softmax over one mail's titles (conditional logistic
regression), trained by extractors.train_roles on the labeled sets' label_role.

Weights: extractors/role_scorer.json (`python -m extractors.train_roles` writes it).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from extractors.lexicon import ROLE_HEADS
from extractors.role_words import FOREIGN_HEADS, has_title_word

_DIGIT = re.compile(r"\d")
# "CSM", "ML", "SWE": shorthand the mail may also write out
_SHORTHAND = re.compile(r"\b[A-Z]{2,4}\b")
# "... Shift.pdf": a file's name, not a title as written
_FILE = re.compile(r"\.[a-z]{2,4}$")

FEATURES: tuple[str, ...] = (
    "rules_pick",
    "score_share",
    "log_score",
    "mentions",
    "weight_4",
    "weight_3.5",
    "weight_3",
    "weight_2.5",
    "weight_low",
    "in_subject",
    "in_body",
    "quoted_only",
    "first_in_body",
    "position",
    "words",
    "one_word",
    "long",
    "title_word",
    "head_last",
    "ends_bracket",
    "has_dash",
    "has_comma",
    "has_slash",
    "has_digit",
    "lower_start",
    "shorthand",
    "file_name",
)


def read_weights(
    path: Path, names: tuple[str, ...], what: str, trainer: str, setting: str
) -> dict[str, float]:
    """The weights by feature name that `python -m extractors.<trainer>` wrote to `path`
    (the role chooser's, the switch's); they must name `names` in order (weights of another
    feature set would score with zeros where names differ). `setting`: the config's key in
    [components.sneaker_role] that turns the part off."""
    command = f"`python -m extractors.{trainer}`"
    if not path.is_file():
        raise FileNotFoundError(
            f"{what} weights not found at {path}; rebuild them with {command} (or set "
            f'[components.sneaker_role] {setting} = "")'
        )
    weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
    if list(weights) != list(names):
        raise ValueError(
            f"{what} weights at {path} are for other features; rebuild them with {command}"
        )
    return weights


def rules_pick(entries: list[list]) -> list | None:
    """The rules' choice: the most weight, then the first written."""
    return max(entries, default=None, key=lambda e: (e[0], -e[2]))


def features(entries: list[list], text: str, subject_end: int) -> list[list[float]]:
    """One row of FEATURES per entry of RoleFinder.choices ([weight, title, start, end, req,
    in body, [(weight, start) of each place found]])."""
    best = rules_pick(entries)
    top = best[0] if best and best[0] > 0 else 1.0
    mentions = [e[6] for e in entries]
    body_starts = [min((s for _, s in m if s >= subject_end), default=-1) for m in mentions]
    first_body = min((s for s in body_starts if s >= 0), default=-1)
    length = max(len(text), 1)
    rows = []
    for entry, found, body_start in zip(entries, mentions, body_starts, strict=True):
        role = entry[1]
        values: dict[str, float] = {}
        put = values.__setitem__
        if entry is best:
            put("rules_pick", 1.0)
        put("score_share", min(entry[0] / top, 2.0))
        put("log_score", math.log1p(max(entry[0], 0.0)))
        put("mentions", min(len(found), 5) / 5)
        heaviest = max(w for w, _ in found)
        if heaviest >= 4:
            put("weight_4", 1.0)
        elif heaviest >= 3.5:
            put("weight_3.5", 1.0)  # job cards
        elif heaviest >= 3:
            put("weight_3", 1.0)
        elif heaviest >= 2.5:
            put("weight_2.5", 1.0)
        else:
            put("weight_low", 1.0)
        if any(0 <= s < subject_end for _, s in found):
            put("in_subject", 1.0)
        if body_start >= 0:
            put("in_body", 1.0)
            put("position", (body_start - subject_end) / length)
            if body_start == first_body:
                put("first_in_body", 1.0)
        if all(s < 0 for _, s in found):
            put("quoted_only", 1.0)
        words = role.split()
        put("words", min(len(words), 10) / 10)
        if len(words) == 1:
            put("one_word", 1.0)
        if len(words) >= 7:
            put("long", 1.0)
        if has_title_word(role):
            put("title_word", 1.0)
        last = words[-1].lower().strip(".,()") if words else ""
        if last in ROLE_HEADS or last in FOREIGN_HEADS:
            put("head_last", 1.0)
        if role.endswith(")"):
            put("ends_bracket", 1.0)
        if " - " in role or " \u2013 " in role or " | " in role:
            put("has_dash", 1.0)
        if "," in role:
            put("has_comma", 1.0)
        if "/" in role:
            put("has_slash", 1.0)
        if _DIGIT.search(role):
            put("has_digit", 1.0)
        if role[:1].islower():
            put("lower_start", 1.0)
        if _SHORTHAND.search(role):
            put("shorthand", 1.0)
        if _FILE.search(role):
            put("file_name", 1.0)
        rows.append([values.get(name, 0.0) for name in FEATURES])
    return rows


class RoleScorer:
    """Weights over FEATURES; `pick` takes the entry with the highest score."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = tuple(float(weights.get(name, 0.0)) for name in FEATURES)

    @classmethod
    def load(cls, path: Path) -> RoleScorer:
        """The weights `python -m extractors.train_roles` wrote (for FEATURES)."""
        return cls(read_weights(path, FEATURES, "role chooser", "train_roles", "chooser_weights"))

    def scores(self, rows: list[list[float]]) -> list[float]:
        w = self.weights
        return [sum(x * v for x, v in zip(row, w, strict=True) if x) for row in rows]

    def pick(self, entries: list[list], text: str, subject_end: int) -> list:
        values = self.scores(features(entries, text, subject_end))
        return entries[max(range(len(entries)), key=values.__getitem__)]

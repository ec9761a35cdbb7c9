"""`sneaker_cues`: phrase cues for the message kind, found with spaCy's PhraseMatcher.

Patterns live in a plain text file (extractors/patterns/cues.txt by default), one
`LABEL WEIGHT | phrase` per line, matched on lower-cased tokens. Matches go to
`doc.spans["cues"]` with the label, and the weight in the span's `kb_id`.

A phrase list cannot follow every way a person words a decision ("we don't think this
particular role is the right fit", "the client is not moving forward"), so a second file
(patterns/cue_rules.txt) holds general rules as regular expressions on the lower-cased text,
`LABEL WEIGHT ~ regex`: a negation a few words before a verb of progress, an offer made to
someone else ... Their matches join the phrase cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup

from extractors.docmeta import text_of

PATTERN_DIR = Path(__file__).parent / "patterns"


def read_cue_patterns(path: Path) -> list[tuple[str, float, str]]:
    """(label, weight, phrase) rows of a cue file; comments and blank lines skipped."""
    rows = []
    for number, line in _content_lines(path):
        head, sep, phrase = line.partition("|")
        parts = head.split()
        if not sep or len(parts) != 2 or not phrase.strip():
            raise ValueError(f"{path.name}:{number}: expected 'LABEL WEIGHT | phrase'")
        rows.append((parts[0], float(parts[1]), phrase.strip()))
    return rows


def _content_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, stripped line) of a pattern file, without comments and blank lines."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                yield number, line


class CueRule(NamedTuple):
    label: str
    weight: float
    pattern: re.Pattern
    # Lower-case strings one of which the text must hold for the regex to be tried: a
    # substring test costs far less than a case-insensitive regex scan.
    triggers: tuple[str, ...]


def read_cue_rules(path: Path) -> list[CueRule]:
    """The rules of a `LABEL WEIGHT [trigger|trigger ...] ~ regex` file."""
    rows = []
    for number, line in _content_lines(path):
        head, sep, pattern = line.partition(" ~ ")
        parts = head.split(maxsplit=2)
        triggers = parts[2] if len(parts) == 3 else "[]"
        if (
            not sep
            or len(parts) < 2
            or not pattern.strip()
            or not (triggers.startswith("[") and triggers.endswith("]"))
        ):
            raise ValueError(
                f"{path.name}:{number}: expected 'LABEL WEIGHT [triggers] ~ regex'"
            )
        try:
            # Rules run on the lower-cased text (cheaper than re.IGNORECASE).
            compiled = re.compile(pattern.strip().lower())
        except re.error as exc:
            raise ValueError(f"{path.name}:{number}: bad regex: {exc}") from None
        words = tuple(w.strip().lower() for w in triggers[1:-1].split("|") if w.strip())
        rows.append(CueRule(parts[0], float(parts[1]), compiled, words))
    return rows


# A rule's match lies within this many characters of one of its triggers (rules keep to
# one sentence): only those windows of a long mail are searched.
_WINDOW = 320


def _positions(text: str, needle: str) -> list[int]:
    found = []
    start = text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _search(
    pattern: re.Pattern, text: str, triggers: tuple[str, ...], at: dict[str, list[int]]
) -> list[re.Match]:
    """The rule's matches, searched only in windows around its triggers' occurrences."""
    if not triggers:
        return list(pattern.finditer(text))
    spans = sorted(
        (max(0, p - _WINDOW), min(len(text), p + len(t) + _WINDOW))
        for t in triggers
        for p in at.get(t, ())
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [m for start, end in merged for m in pattern.finditer(text, start, end)]


def _in_pattern_dir(name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else PATTERN_DIR / path


class CueMatcher:
    """Marks cue phrases; a phrase listed under two weights keeps the higher one."""

    def __init__(
        self, nlp: Language, name: str, patterns: str, spans_key: str, rules: str = ""
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        path = _in_pattern_dir(patterns)
        self.rules = read_cue_rules(_in_pattern_dir(rules)) if rules else []
        # Each trigger is looked for once per doc, however many rules share it.
        self.triggers = tuple(sorted({t for rule in self.rules for t in rule.triggers}))
        self.wanted = [frozenset(rule.triggers) for rule in self.rules]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        grouped: dict[str, list[Doc]] = {}
        for label, weight, phrase in read_cue_patterns(path):
            key = f"{label}|{weight:g}"
            grouped.setdefault(key, []).append(nlp.make_doc(phrase))
        for key, docs in grouped.items():
            self.matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = []
        found = []
        for match_id, start, end in self.matcher(doc):
            label, weight = self.keys.get(match_id) or self._key(strings[match_id], match_id)
            # The weight rides in kb_id so that it survives Doc serialization (n_process>1).
            span = Span(doc, start, end, label=label, kb_id=weight)
            spans.append(span)
            found.append((label, float(weight), span.start_char, span.end_char))
        if self.rules:
            text = text_of(doc)
            lowered = text.lower()
            if len(lowered) != len(text):  # a rare letter whose lower case is longer
                lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
            # Windows only pay off in a long mail; a short one is searched whole.
            long = len(lowered) > 3 * _WINDOW
            # One substring test per trigger, then a set test per rule: most rules have
            # none of their triggers in a given mail.
            present = {t for t in self.triggers if t in lowered}
            at: dict[str, list[int]] = {}
            rules = zip(self.rules, self.wanted, strict=True)
            for (label, weight, pattern, triggers), wanted in rules:
                if triggers and present.isdisjoint(wanted):
                    continue
                if long and triggers:
                    for t in triggers:
                        if t in present and t not in at:
                            at[t] = _positions(lowered, t)
                    matches = _search(pattern, lowered, triggers, at)
                else:
                    matches = pattern.finditer(lowered)
                for match in matches:
                    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                    if span is None:
                        continue
                    spans.append(Span(doc, span.start, span.end, label=label, kb_id=f"{weight:g}"))
                    found.append((label, weight, match.start(), match.end()))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        # The same cues as plain tuples: reading Span attributes costs more than the rules.
        doc.user_data[("sneaker", self.spans_key)] = found
        return doc

    def _key(self, name: str, match_id: int) -> tuple[str, str]:
        label, weight = name.split("|")
        self.keys[match_id] = (label, weight)
        return label, weight


@Language.factory(
    "sneaker_cues",
    default_config={"patterns": "cues.txt", "spans_key": "cues", "rules": "cue_rules.txt"},
)
def make_cue_matcher(
    nlp: Language, name: str, patterns: str, spans_key: str, rules: str
) -> CueMatcher:
    return CueMatcher(nlp, name, patterns, spans_key, rules)

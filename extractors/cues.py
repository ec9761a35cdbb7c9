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
from extractors.keyword_index import trigger_regex

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
    # The regex without the \b where a match can start (None if it has none), see find_all.
    scan: re.Pattern | None = None


# An escape whose meaning lower-casing changes (an escaped backslash before it is no escape).
_UPPER_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[SWDBAZ]")


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
            raise ValueError(f"{path.name}:{number}: expected 'LABEL WEIGHT [triggers] ~ regex'")
        if _UPPER_ESCAPE.search(pattern):
            # lower-casing would turn \\S into \\s (a class into its complement)
            raise ValueError(f"{path.name}:{number}: write \\S, \\W, \\D, \\B another way")
        try:
            # Rules run on the lower-cased text (cheaper than re.IGNORECASE).
            compiled = re.compile(fold_case(pattern.strip()))
        except re.error as exc:
            raise ValueError(f"{path.name}:{number}: bad regex: {exc}") from None
        words = tuple(fold_case(w.strip()) for w in triggers[1:-1].split("|") if w.strip())
        loose = _loosened(compiled.pattern)
        scan = re.compile(loose) if loose else None
        rows.append(CueRule(parts[0], float(parts[1]), compiled, words, scan))
    return rows


# Turkish i's lower-case apart from every other language's: "İ" becomes "i" plus a combining
# dot (two characters) and "I" a plain "i" where Turkish means "ı", so that mail written in
# capitals ("BAŞVURUNUZ ALINDI", "İş Teklifi") missed rules written "alındı", "iş". Rules and
# text alike read both as a plain "i" (no other language writes "ı" or "İ").
_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


def fold_case(text: str) -> str:
    """`text` lower-cased for the cue rules, one character for one (offsets stay those of
    the text), with Turkish dotted and dotless i read as "i"."""
    text = text.translate(_TURKISH_I)
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def _loosened(source: str) -> str | None:
    """The pattern without each \\b where a match can start: the pattern's head, the head
    of each of its alternatives and of the groups that open them ("\\bno (?:news|...)|
    \\bdebrief\\b...", "(?:\\bnot|n't|\\bno longer)..."); None when it has none. `scan` of
    find_all.

    Dropping an assertion that stands outside any lookaround only lets the pattern match at
    more places; without the leading ones the engine skips ahead by the first letters."""
    out: list[str] = []
    leading = [True]  # per open group: whether it opens where a match can start
    at_head, dropped, i = True, False, 0
    while i < len(source):
        if at_head and source.startswith(r"\b", i):
            i, dropped = i + 2, True
            continue
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i, at_head = i + 2, False
            continue
        if char == "[":
            # a class, to its closing "]" (one first in it, "[]x]" or "[^]x]", is a literal)
            end = i + (2 if source.startswith("[^", i) else 1) + 1
            while end < len(source) and source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            out.append(source[i : end + 1])
            i, at_head = end + 1, False
            continue
        if char == "(":
            opener = "(?:" if source.startswith("(?:", i) else ""
            if source[i + 1 : i + 2] != "?":
                opener = "("
            elif source.startswith("(?P<", i):
                opener = source[i : source.index(">", i) + 1]
            # a lookaround or flag group: nothing in it is dropped
            head = at_head and bool(opener)
            leading.append(head)
            opener = opener or source[i : i + 2]
            out.append(opener)
            i, at_head = i + len(opener), head
            continue
        if char == ")":
            if len(leading) > 1:
                leading.pop()
            at_head = False
        elif char == "|":
            at_head = leading[-1]
        else:
            at_head = False
        out.append(char)
        i += 1
    return "".join(out) if dropped else None


def find_all(
    pattern: re.Pattern, scan: re.Pattern | None, text: str, start: int = 0, end: int | None = None
) -> list[re.Match]:
    """pattern.finditer(text, start, end) as a list, found faster when `scan` is the pattern
    without the \b where a match can start (`_loosened`).

    A regex that starts with \b is tried at every position of the text; without it, one that
    starts with words ("(?:go|went|moved)...") is searched by its first letters, far faster.
    Wherever the pattern matches, `scan` matches too (it drops a condition), so `scan` finds
    the candidate positions from left to right and the pattern is matched at each: the same
    matches as finditer, which also takes the leftmost match and goes on from its end."""
    if end is None:
        end = len(text)
    if scan is None:
        return list(pattern.finditer(text, start, end))
    found = []
    search, match = scan.search, pattern.match
    at = start
    while at <= end:
        candidate = search(text, at, end)
        if candidate is None:
            break
        position = candidate.start()
        hit = match(text, position, end)
        if hit is None:
            at = position + 1
            continue
        found.append(hit)
        at = hit.end() if hit.end() > position else position + 1
    return found


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


def _search(rule: CueRule, text: str, at: dict[str, list[int]]) -> list[re.Match]:
    """The rule's matches, searched only in windows around its triggers' occurrences."""
    pattern, triggers, scan = rule.pattern, rule.triggers, rule.scan
    if not triggers:
        return find_all(pattern, scan, text)
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
    return [m for start, end in merged for m in find_all(pattern, scan, text, start, end)]


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
        # Which triggers a text holds, in one scan: each match is the longest trigger at its
        # position, and every trigger that is a prefix of it is there too.
        self.trigger_re = trigger_regex(self.triggers) if self.triggers else None
        self.prefixes = {
            t: frozenset(p for p in self.triggers if t.startswith(p)) for t in self.triggers
        }
        # The rules each trigger lets run (rules without triggers always run).
        self.always = tuple(i for i, rule in enumerate(self.rules) if not rule.triggers)
        self.rules_of = {
            t: tuple(i for i, rule in enumerate(self.rules) if t in rule.triggers)
            for t in self.triggers
        }
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
            lowered = fold_case(text)
            # Windows only pay off in a long mail; a short one is searched whole.
            long = len(lowered) > 3 * _WINDOW
            # The triggers present, then only the rules one of them lets run: most rules
            # have none of their triggers in a given mail.
            present = self.present_triggers(lowered)
            run = set(self.always)
            for t in present:
                run.update(self.rules_of[t])
            at: dict[str, list[int]] = {}
            for index in sorted(run):
                rule = self.rules[index]
                label, weight, triggers = rule.label, rule.weight, rule.triggers
                if long and triggers:
                    for t in triggers:
                        if t in present and t not in at:
                            at[t] = _positions(lowered, t)
                    matches = _search(rule, lowered, at)
                else:
                    matches = find_all(rule.pattern, rule.scan, lowered)
                for match in matches:
                    start, end = match.span()
                    span = doc.char_span(
                        start, end, label=label, kb_id=f"{weight:g}", alignment_mode="expand"
                    )
                    if span is None:
                        continue
                    spans.append(span)
                    found.append((label, weight, start, end))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        # The same cues as plain tuples: reading Span attributes costs more than the rules.
        doc.user_data[("sneaker", self.spans_key)] = found
        return doc

    def present_triggers(self, lowered: str) -> set[str]:
        """The triggers that occur in a lower-cased text (as `t in lowered` would say)."""
        present: set[str] = set()
        if self.trigger_re is None:
            return present
        search = self.trigger_re.search
        match = search(lowered)
        while match is not None:
            present |= self.prefixes[match.group()]
            # the next position, not the match's end: triggers may overlap ("fit yours")
            match = search(lowered, match.start() + 1)
        return present

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

"""A learned title-span finder: the job title where the RoleFinder's rules find none.

The rules find titles by patterns and a lexicon of title words; in languages and trades they
were not written for they find nothing. This module scores every run of 1-10 words (at most
16 tokens: "(m/w/d)" is 3 words in 7 tokens) of the subject and of the body's first lines
(never across a line or a sentence end; a colon glued inside a word, "Produktmanager:in",
ends nothing; an elided article, "d'Ingénieur", "dell'ingegnere", is split off) with a linear
model over hashed features of the span and its surroundings (learned from the labeled sets,
no word list written by hand): the span's lower-case words, its first and last word with
their suffixes ("-utvecklare", "-ingenieur", "-euse") and shapes, the words before and after
it ("for the", "als", "pour le poste de", "Position:", "|", "("), its zone (subject or body,
which line, at a line's start or end), its length and the mail's kind. A softmax over the
mail's spans and a "no title" choice (scored by the mail's kind) gives each span a
probability; the best span is the mail's title when its probability reaches the config's
span_threshold.

The score of a span is a sum of per-token parts (the words inside it, its first and last
token, the context before its start and after its end) and span parts (length, zone, kind),
so that all spans of a mail are scored at once from cumulative sums.

Weights: extractors/role_spans.npz, written by `python -m extractors.train_role_spans`
(settings in extractors/config.cfg [sneaker.role_span_training]).
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.tokens import Doc

from extractors.docmeta import meta, sender, text_of
from extractors.lexicon import normalize_org

# Hashed feature space (2**18 float32 weights: 1 MB).
BITS = 18
# words of a span (tokens holding a letter or a digit: titles run to 8 words), and its tokens
# with the marks between them ("Director - Head of Controlling DACH (m/w/d)" is 8 words in
# 13 tokens: a gender mark alone is 7)
MAX_WORDS = 10
MAX_TOKENS = 16
# the body's lines read (the title is in the first lines of a mail: over all labeled mail the
# label is written in the subject or the body's first 12 lines in 99.9% of the mails that write
# it), and at most this many tokens of a line
BODY_LINES = 12
LINE_TOKENS = 60
# A span never holds these (a sentence's or a label's end), but for one with no space on
# either side ("Produktmanager:in": spans()); nor starts or ends on a punctuation mark, but
# for a closing bracket ("Engineer (m/w/d)").
# An en dash joins a title's parts as a hyphen does ("Ingénieur(e) de projets – Solaire").
_STOPS = frozenset('.!?:;|\u2022\u00b7\u2014>="\u201c\u201d\u201e')
# A French or Italian elided article or preposition glued to the title's first word
# ("d'Ingénieur", "l'assistente", "dell'ingegnere", "un'analista"): the span starts after it.
_ELIDED = re.compile(r"(?:[cdjlmnst]|qu|dell|all|nell|dall|sull|un)['\u2019]", re.IGNORECASE)
_ELISION = re.compile(_ELIDED.pattern + r"(?=\w)", re.IGNORECASE)
_BOUNDS = ("<s>", "<b>")  # the token before a subject's / a body line's first word
_END = "</l>"

_MASK = (1 << BITS) - 1


@functools.lru_cache(maxsize=65536)
def _shape(text: str) -> str:
    """Xxxx, xxxx, XXXX, dd, X-d ... of at most five characters (runs squeezed)."""
    out = []
    for char in text[:12]:
        c = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:5])


def _id(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & _MASK


# the columns of token_ids' flags, after its 4 + 2 + 5 feature ids
_IS_STOP, _CAN_START, _CAN_END, _IS_WORD, _IS_COLON, _LETTER_END, _LOWER_START = range(11, 18)


@functools.lru_cache(maxsize=65536)
def token_ids(text: str) -> tuple[int, ...]:
    """Feature ids of one token as a word inside a span (4), as a span's first word (2) and
    as its last word (5), then whether it is a stop, can start and can end a span, holds
    a letter or digit, is a colon, ends with a letter and starts with a lower-case one
    (0/1)."""
    low = text.lower()
    shape = _shape(text)
    inside = [_id("i=" + low)]
    first = [_id("f=" + low), _id("fs=" + shape)]
    last = [_id("l=" + low), _id("ls=" + shape)]
    for n in (3, 4, 5):
        if len(low) > n:
            inside.append(_id(f"i{n}={low[-n:]}"))
            last.append(_id(f"l{n}={low[-n:]}"))
    inside += inside[:1] * (4 - len(inside))
    last += last[:1] * (5 - len(last))
    stop = text in _STOPS
    can_start = not stop and text[0].isalnum() and not _ELIDED.fullmatch(text)
    can_end = not stop and (text[-1].isalnum() or text == ")" or text[-1] in "+#")
    word = any(char.isalnum() for char in text)
    return (
        *inside,
        *first,
        *last,
        int(stop),
        int(can_start),
        int(can_end),
        int(word),
        int(text == ":"),
        int(text[-1].isalpha()),
        int(text[0].islower()),
    )


@functools.lru_cache(maxsize=65536)
def context_ids(one: str, two: str, side: str) -> tuple[int, ...]:
    """Feature ids of the two words before a span's start (side "p": one is the nearer) or
    after its end ("n")."""
    return (
        _id(f"{side}1={one}"),
        _id(f"{side}2={two}"),
        _id(f"{side}12={two} {one}"),
        _id(f"{side}s={_shape(one)}"),
    )


@dataclass
class Spans:
    """A mail's candidate spans, with what the model reads of them."""

    starts: np.ndarray  # token position of each span's first token (a row of the arrays below)
    ends: np.ndarray  # one past its last
    offsets: np.ndarray  # [tokens, 2] each token's character offsets in the doc's text
    inside: np.ndarray  # [tokens, 4] ids of each token as a word inside a span
    first: np.ndarray  # [tokens, 2]
    last: np.ndarray  # [tokens, 5]
    before: np.ndarray  # [tokens, 4] ids of the context before a span starting here
    after: np.ndarray  # [tokens, 4] ids of the context after a span ending here
    span: np.ndarray  # [spans, 5] ids of the span's own features

    def chars(self, index: int) -> tuple[int, int]:
        """The character offsets of a span."""
        return int(self.offsets[self.starts[index], 0]), int(self.offsets[self.ends[index] - 1, 1])


@functools.lru_cache(maxsize=4096)
def _span_ids(length: int, zone: str, kind: str) -> tuple[int, ...]:
    """Feature ids of a span's own features: its length, zone (s: subject, b1-b6: the
    line read, the sixth and later together; 0 / $: at the line's start / end) and the
    mail's kind."""
    return (
        _id(f"n={length}"),
        _id(f"z={zone}"),
        _id(f"zn={zone}{min(length, 5)}"),
        _id(f"k={kind} {zone[0]}"),
        _id(f"k={kind} n={min(length, 5)}"),
    )


@functools.lru_cache(maxsize=65536)
def _key_ids(key: int, zone: str, kind: str) -> tuple[int, ...]:
    """_span_ids of a span by its key in spans() (its length * 64 + its line * 4, + 1 at the
    line's start, + 2 at its end) on a line of `zone`."""
    return _span_ids(key // 64, zone + ("0" if key & 1 else "") + ("$" if key & 2 else ""), kind)


def spans(doc: Doc, kind: str, only: list[tuple[int, int]] | None = None) -> Spans | None:
    """The candidate spans of a doc (None when it has no token to read); with `only`
    (character ranges of whole lines), those on these lines, as they are among all."""
    subject_end = meta(doc).get("subject_end", 0)
    # flat lists of each token's ids (token_ids, then context_ids before and after), made
    # arrays at the end: cheaper than an array per token
    tokens: list[int] = []
    contexts: list[int] = []
    offsets: list[int] = []
    line_of: list[int] = []
    zones: list[str] = []
    for number, line in enumerate(_line_tokens(doc, subject_end, only)):
        if not line:  # a line not asked for (its number still counts for the zones)
            zones.append("")
            continue
        in_subject = line[0][1] < subject_end
        zones.append("s" if in_subject else f"b{min(number, 6)}")
        bound = _BOUNDS[0] if in_subject else _BOUNDS[1]
        padded = [bound, bound, *(t[0].lower() for t in line), _END, _END]
        for i, (token, start, end) in enumerate(line):
            tokens.extend(token_ids(token))
            contexts.extend(context_ids(padded[i + 1], padded[i], "p"))
            contexts.extend(context_ids(padded[i + 3], padded[i + 4], "n"))
            offsets.append(start)
            offsets.append(end)
        line_of.extend([number] * len(line))
    if not offsets:
        return None
    ids = np.array(tokens, dtype=np.int64).reshape(len(line_of), -1)
    around = np.array(contexts, dtype=np.int64).reshape(len(line_of), -1)
    lines = np.array(line_of)
    n = len(line_of)
    line_start = np.concatenate(([True], lines[1:] != lines[:-1]))
    line_end = np.concatenate((lines[1:] != lines[:-1], [True]))
    at = np.array(offsets, dtype=np.int64).reshape(-1, 2)
    # a colon glued between a letter and a lower-case one is inside a word (the German gender
    # colon, "Produktmanager:in"); any other stop ends a span, glued or not ("Position:Data
    # Engineer", "Engineer\u2014Acme")
    glued = np.zeros(n, dtype=bool)
    glued[1:-1] = (
        (ids[1:-1, _IS_COLON] > 0)
        & (at[1:-1, 0] == at[:-2, 1])
        & (at[1:-1, 1] == at[2:, 0])
        & (ids[:-2, _LETTER_END] > 0)
        & (ids[2:, _LOWER_START] > 0)
    )
    glued &= ~line_start & ~line_end
    stopped = np.concatenate(([0], np.cumsum((ids[:, _IS_STOP] > 0) & ~glued)))
    can_start, can_end = ids[:, _CAN_START] > 0, ids[:, _CAN_END] > 0
    words = np.concatenate(([0], np.cumsum(ids[:, _IS_WORD])))
    # every (first token, length) pair at once, then those that make a span
    i = np.repeat(np.arange(n), MAX_TOKENS)
    j = i + np.tile(np.arange(MAX_TOKENS), n)
    inner = j < n
    i, j = i[inner], j[inner]
    ok = (
        can_start[i]
        & can_end[j]
        & (lines[i] == lines[j])
        & (stopped[j + 1] == stopped[i])
        & (words[j + 1] - words[i] <= MAX_WORDS)
    )
    starts, ends = i[ok], j[ok] + 1
    _, sender_org = sender(doc)
    if sender_org and len(starts):
        keep = ~_names_sender(text_of(doc), at[starts, 0], at[ends - 1, 1], sender_org)
        starts, ends = starts[keep], ends[keep]
    if not len(starts):
        return None
    # the span's own features, from the few (length, zone) combinations a mail has
    where = line_start[starts] * 1 + line_end[ends - 1] * 2
    key = (ends - starts) * 64 + lines[starts] * 4 + where
    keys, index = np.unique(key, return_inverse=True)
    table = np.array(
        [_key_ids(k, zones[k % 64 // 4], kind or "") for k in keys.tolist()], dtype=np.int64
    )
    return Spans(
        starts,
        ends,
        at,
        ids[:, :4],
        ids[:, 4:6],
        ids[:, 6:11],
        around[:, :4],
        around[:, 4:],
        table[index.ravel()],
    )


def _names_sender(text: str, begin: np.ndarray, end: np.ndarray, sender_org: str) -> np.ndarray:
    """Whether each span (character offsets) is the name the sender's display name gives,
    or its first words ("Auto Trader" of "Auto Trader UK"): the employer, never the job
    ("Thank you for applying to ACME Corrugated" from "ACME Corrugated")."""
    name = normalize_org(sender_org)
    first = sender_org.split()[0].lower() if name else ""
    lowered = text.lower()
    at: list[int] = []
    found = lowered.find(first) if first else -1
    while found != -1:
        at.append(found)
        found = lowered.find(first, found + 1)
    named = np.isin(begin, at)
    for k in np.flatnonzero(named).tolist():
        span = normalize_org(text[begin[k] : end[k]])
        named[k] = bool(span) and (span == name or name.startswith(span + " "))
    return named


def _line_tokens(
    doc: Doc, subject_end: int, wanted: list[tuple[int, int]] | None = None
) -> list[list[tuple[str, int, int]]]:
    """(text, start, end) of the tokens of the subject and the body's first lines, by line;
    with `wanted` (character ranges of whole lines), those of the lines wanted only (the lines
    before them empty, so that each line keeps its number)."""
    text = text_of(doc)
    # where the lines read end: past the subject and BODY_LINES lines with words (a line with
    # words is a line with tokens, the number the loop below gives it)
    firsts = {a for a, _ in wanted} if wanted else set()
    numbers = {}
    stop, lines_seen, at = len(text), 0, 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if text[at:end].strip():
            lines_seen += 1
            if lines_seen > BODY_LINES + 1:
                stop = at
                break
            if at in firsts:
                numbers[at] = lines_seen - 1
        at = end + 1
    # token offsets without making spaCy Token objects (~1 µs each)
    found = doc.to_array([IDX, LENGTH, IS_SPACE])
    if wanted is not None:
        lines: list[list[tuple[str, int, int]]] = []
        for a, b in sorted(wanted):
            if a in numbers:
                i, j = np.searchsorted(found[:, 0], [a, b])
                lines.extend([] for _ in range(numbers[a] - len(lines)))
                lines.append(_words(text, found[i:j].tolist()))
        return lines
    lines = []
    line: list[tuple[int, int, int]] = []
    previous = 0
    for start, length, space in found.tolist():
        if start >= stop:
            break
        if line and "\n" in text[previous:start]:
            lines.append(_words(text, line))
            line = []
        # a run of spaces or newlines is no token of the line: the gap before the next word
        # holds it
        if not space:
            line.append((start, length, space))
            previous = start + length
    if line:
        lines.append(_words(text, line))
    return lines


def _words(text: str, tokens: Sequence[Sequence[int]]) -> list[tuple[str, int, int]]:
    """(text, start, end) of a line's first LINE_TOKENS tokens that are not spaces (an elided
    article split off the word it is glued to); tokens: (start, length, is space) each."""
    out: list[tuple[str, int, int]] = []
    for start, length, space in tokens:
        if space:
            continue
        if len(out) >= LINE_TOKENS:
            break
        elided = _ELISION.match(text, start, start + length)
        if elided:  # a word follows it in the token (the pattern's lookahead)
            out.append((elided.group(), start, elided.end()))
            start, length = elided.end(), start + length - elided.end()
        out.append((text[start : start + length], start, start + length))
    return out


def scores(weights: np.ndarray, found: Spans) -> np.ndarray:
    """The model's score (log-odds) of each span."""
    inside = weights[found.inside].sum(1)
    cumulative = np.concatenate(([0.0], np.cumsum(inside)))
    s, e = found.starts, found.ends
    return (
        cumulative[e]
        - cumulative[s]
        + weights[found.first].sum(1)[s]
        + weights[found.last].sum(1)[e - 1]
        + weights[found.before].sum(1)[s]
        + weights[found.after].sum(1)[e - 1]
        + weights[found.span].sum(1)
    )


class SpanFinder:
    """The best span of a mail, when the model's probability of it (a softmax over the mail's
    spans and its "no title" choice) reaches the threshold."""

    def __init__(self, weights: np.ndarray, threshold: float, kinds: Collection[str]) -> None:
        self.weights = weights
        self.threshold = threshold
        # the kinds whose mail names the candidate's role (not alerts, not unrelated mail)
        self.kinds = frozenset(kinds)

    @classmethod
    def load(cls, path: Path, threshold: float, kinds: Collection[str]) -> SpanFinder:
        with np.load(path) as data:
            return cls(data["weights"].astype(np.float64), threshold, kinds)

    def scored(
        self, doc: Doc, kind: str, only: list[tuple[int, int]] | None = None
    ) -> tuple[Spans, np.ndarray, float] | None:
        """The doc's spans (those on the lines `only` names, character ranges, when given),
        their scores and the score of "no title" (None when the finder does not read the kind
        or the doc has no span)."""
        if kind not in self.kinds:
            return None
        found = spans(doc, kind, only)
        if found is None:
            return None
        return found, scores(self.weights, found), float(self.weights[none_ids(kind)].sum())

    def best(self, doc: Doc, kind: str) -> tuple[str, int, int] | None:
        """(title, start, end) of the doc's best span, or None."""
        scored = self.scored(doc, kind)
        if scored is None:
            return None
        found, values, none = scored
        top, chance = top_chance(values, none)
        if chance < self.threshold:
            return None
        start, end = found.chars(top)
        return text_of(doc)[start:end], start, end


def best_span(weights: np.ndarray, found: Spans, kind: str) -> tuple[int, float]:
    """The index of the mail's best span and its probability: a softmax over the spans' scores
    and "no title"'s (the finder and train_role_spans' figures decide by the same)."""
    return top_chance(scores(weights, found), float(weights[none_ids(kind)].sum()))


def span_chances(values: np.ndarray, none: float) -> np.ndarray:
    """Each span's probability against the mail's other spans and the "no title" score
    `none` (a softmax over both)."""
    peak = max(float(values.max()), none)
    e = np.exp(values - peak)
    return e / (e.sum() + np.exp(none - peak))


def top_chance(values: np.ndarray, none: float) -> tuple[int, float]:
    """The index of the best of the spans' scores and its probability (span_chances)."""
    top = int(np.argmax(values))
    return top, float(span_chances(values, none)[top])


def none_ids(kind: str) -> np.ndarray:
    """Feature ids of a mail's "no title" choice: a bias and the mail's kind."""
    return np.array([_id("none"), _id(f"none k={kind}")], dtype=np.int64)

"""A learned choice among the employer candidates the OrgFinder's rules gather.

The rules (extractors/orgs.py) find weighted names in the subject, body, signature, quoted
text and headers and pick one by hand-set weights and precedence. `OrgPool` records what
they saw for one mail: every surviving name with its strongest weight, how often and where
it was written, and the headers' hints; with the scorer on, also the capitalized spans of
the text (org_spans) that no pattern read, as candidates of their own. `candidate_features`
turns each candidate into numbers that say nothing about a particular employer (which
source found it, agreement with the display name / address, rank, casing, length, the
mail's kind, whether the rules chose it, a span's leading word, lowercase use of its words
elsewhere, initials spelling the pick or the domain, a hiring word near a mention, mentions
only on a footer's legal line); `OrgScorer` is a linear model over
them, trained by `python -m extractors.train_orgs`, whose softmax over one mail's candidates
picks the employer.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.lexicon import FIRST_NAMES, normalize_org, words
from extractors.org_full_names import HEAD_WORDS
from extractors.org_names import DEPARTMENTS
from extractors.org_public_bodies import has_institution_word
from extractors.org_spans import Span
from extractors.role_words import has_title_word
from extractors.senders import (
    COMPANY_WORDS,
    RELAY_BRANDS,
    hint_quality,
    looks_like_person,
    matches_hint,
    squash,
)
from flows.sources.records import KINDS

# The rules' decisive step (orgs.OrgFinder._resolve's return points), for the features.
BRANCHES = (
    "stated",
    "agency_client",
    "agency_self",
    "public_body",
    "sent_to",
    "own_mail",
    "display",
    "in_text",
    "root",
    "institution",
    "best",
    "slug",
    "business",
    "none",
)
KIND_GROUPS = ("job_alert", "networking", "recruiter_outreach", "other")
# The kinds of mail about one job at one employer (DESIGN.md): an application's news, or a
# recruiter's approach (docs/labeling.md: the employer, else the agency itself). Where the
# rules name none, the scorer's best candidate is taken (OrgScorer.choose_unnamed); other
# kinds (an alert, a networking note, a password reset) often name none.
EMPLOYER_KINDS = frozenset(KINDS) - {"networking", "job_alert", "other"}


@dataclass
class Mention:
    """One name of the rules' scores: its strongest weight, mentions, where it was written."""

    name: str
    weight: float = 0.0
    count: int = 0
    in_subject: bool = False
    in_body: bool = False
    in_tail: bool = False
    quoted: bool = False
    first: float = 1.0  # the first mention's place in the text, 0 = start, 1 = end
    spans: int = 0  # capitalized runs of the text that spell it (org_spans), led or not
    led: bool = False  # one of them after a word that leads a name ("chez", "hos", "at")
    line_start: bool = False  # one of them opening a line
    # a mention with a hiring word 80 characters before it to 40 after ("role at X")
    near_hiring: bool = False
    legal: bool = False  # a mention on a footer's legal line ("(c) 2026 X Ltd", "X, registered in")
    plain: bool = False  # a mention elsewhere in the text


# Words of hiring around a name: "a role at X", "X would like to invite you to interview".
_HIRING_WORDS = (
    r"(?:position|role|job|opening|vacanc|opportunit|interview|appli|hiring|offer|"
    r"join|career|candida)"
)
# A footer's legal or boilerplate line, where the sender's group, a platform or a parent
# company is named though the mail is about another employer.
_LEGAL_PHRASES = (
    r"\u00a9|\(c\) ?\d|copyright|all rights reserved|registered (?:office|in|number|address)|"
    r"unsubscribe|privacy|confidential|intended recipient|company (?:no|number|registration)|"
    r"terms of (?:use|service)"
)
_HIRING = re.compile(r"(?i)\b" + _HIRING_WORDS)
_LEGAL = re.compile(r"(?i)" + _LEGAL_PHRASES)
# The same read case-sensitively in the lower-cased text: a pattern of literals that re can
# skip through by their first letters, four times faster than the case-blind one. The word
# boundary before a hiring word is tested in the text itself (a leading \b would hide the
# first letters from re): re's word characters are those str.isalnum() takes, and "_".
_HIRING_LOWER = re.compile(_HIRING_WORDS)
_LEGAL_LOWER = re.compile(_LEGAL_PHRASES)
# Where lower-casing and re's case-blind match part: 'İ' lower-cases to two characters
# (the positions would shift), re matches 'ı' with 'i' and 'ſ' with 's'. A text holding one
# is searched case-blind.
_FOLDS = re.compile("[\u0130\u0131\u017f]")


def _word_before(text: str, at: int) -> bool:
    """Whether a word character stands before `at` (no word boundary there)."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")


class MailContext:
    """Where one mail's hiring words and legal lines are, found once for all its mentions.

    Each pattern runs once over the whole text; a mention then asks by bisection. The
    answers are those of searching the mention's own window: a hiring word is letters after
    a word boundary, so two never overlap and the first one starting in a window is the
    first to end; a legal phrase never crosses a line, and a mention's window is whole
    lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        if _FOLDS.search(text):
            hiring = [m.span() for m in _HIRING.finditer(text)]
            legal = [m.span() for m in _LEGAL.finditer(text)]
        else:
            lowered = text.lower()
            hiring = [
                m.span()
                for m in _HIRING_LOWER.finditer(lowered)
                if not _word_before(text, m.start())
            ]
            legal = [m.span() for m in _LEGAL_LOWER.finditer(lowered)]
        self.hiring_starts = [s for s, _ in hiring]
        self.hiring_ends = [e for _, e in hiring]
        self.legal_starts = [s for s, _ in legal]
        self.legal_ends = [e for _, e in legal]

    def near_hiring(self, start: int, end: int) -> bool:
        """A hiring word 80 characters before the mention to 40 after it."""
        i = bisect.bisect_left(self.hiring_starts, max(0, start - 80))
        return i < len(self.hiring_starts) and self.hiring_ends[i] <= min(len(self.text), end + 40)

    def on_legal_line(self, start: int, end: int) -> bool:
        """A legal or boilerplate phrase on the mention's line(s)."""
        if not self.legal_starts:
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        i = bisect.bisect_left(self.legal_starts, line_start)
        return i < len(self.legal_starts) and self.legal_ends[i] <= (
            line_end if line_end >= 0 else len(self.text)
        )


def _mark_context(entry: Mention, context: MailContext, start: int, end: int) -> None:
    """Whether a mention stands near a hiring word, and on a legal line or not."""
    if context.near_hiring(start, end):
        entry.near_hiring = True
    if context.on_legal_line(start, end):
        entry.legal = True
    else:
        entry.plain = True


def _mark_place(entry: Mention, start: int, subject_end: int, size: int) -> None:
    """Where a mention at `start` of the text stands: subject, body, the body's tail."""
    if start < subject_end:
        entry.in_subject = True
    else:
        entry.in_body = True
        if start >= size - 600:
            entry.in_tail = True
    entry.first = min(entry.first, start / size if size else 0.0)


@dataclass
class OrgPool:
    """What the rules saw in one mail (filled by OrgFinder._resolve)."""

    mentions: dict[str, Mention] = field(default_factory=dict)
    display_org: str | None = None
    slug: str | None = None
    root: str | None = None
    relay: bool = False
    agency: str | None = None
    branch: str = "none"
    # the words the mail writes in lowercase (org_spans.lowercase_words; empty: not read)
    lowercase: frozenset[str] = frozenset()
    text: str = ""  # the mail's text, for the mentions' context ("": not read)
    _context: MailContext | None = field(default=None, repr=False, compare=False)

    def context(self) -> MailContext | None:
        """The text's hiring words and legal lines (None: the text is not read), found at
        the first mention."""
        if not self.text:
            return None
        if self._context is None or self._context.text is not self.text:
            self._context = MailContext(self.text)
        return self._context

    def add(
        self,
        key: str,
        name: str,
        weight: float,
        start: int,
        end: int,
        subject_end: int,
        size: int,
    ) -> None:
        """A name the rules' patterns found at text[start:end] (start < 0: in quoted text,
        whose offsets are not in the text); `name` may be another spelling (the display
        name it completes), so the mention's extent is `end`, not the name's length."""
        entry = self.mentions.get(key)
        if entry is None:
            entry = self.mentions[key] = Mention(name)
        entry.weight = max(entry.weight, weight)
        entry.count += 1
        if start < 0:
            entry.quoted = True
            return
        _mark_place(entry, start, subject_end, size)
        if context := self.context():
            _mark_context(entry, context, start, end)

    def add_span(self, key: str, name: str, span: Span, subject_end: int, size: int) -> None:
        """A capitalized run of the text (org_spans): a candidate of its own when the
        rules' patterns did not find the name (count stays 0), else marks on their one."""
        entry = self.mentions.get(key)
        if entry is None:
            entry = self.mentions[key] = Mention(name)
        if entry.count == 0:
            _mark_place(entry, span.start, subject_end, size)
            if context := self.context():
                _mark_context(entry, context, span.start, span.start + len(span.name))
        entry.spans += 1
        entry.led = entry.led or span.led
        entry.line_start = entry.line_start or span.line_start


# Features of one candidate alone; `candidate_features` adds them crossed with the mail's
# relay / agency context and the rules' pick crossed with the rules' branch and the kind.
BASE = (
    "score",
    "weight",
    "mentions",
    "top",
    "second",
    "gap",
    "subject",
    "body",
    "tail",
    "quoted_only",
    "first",
    "fits_display",
    "fits_slug",
    "fits_root",
    "hint_quality",
    "is_display",
    "is_agency",
    "no_mention",
    "one_word",
    "long_name",
    "upper",
    "company_word",
    "person",
    "given_name",
    "digit",
    "length",
    "title_word",
    "relay_word",
    "institution_word",
    "department_word",
    "extends_pick",
    "inside_pick",
    "initials",
    "span_only",
    "spans",
    "led",
    "line_start",
    "common_words",
    "spells_pick",
    "spells_root",
    "near_hiring",
    "legal_only",
    "rules_pick",
)
FEATURES = (
    BASE
    + tuple(f"relay*{b}" for b in BASE)
    + tuple(f"agency*{b}" for b in BASE)
    + tuple(f"rules_pick*{b}" for b in BRANCHES)
    + tuple(f"rules_pick*{k}" for k in KIND_GROUPS)
    + tuple(f"fits_display*{k}" for k in KIND_GROUPS)
    + tuple(f"span*{b}" for b in BASE)
)


def name_key(name: str) -> str:
    """The key a candidate name is pooled and compared under: its squashed letters and
    digits ('Acme, Inc.' -> 'acmeinc'); a name of fewer than two Latin letters or digits
    ("株式会社デンソー", "مصرف الراجحي", "e&") keeps its own letters in `sneaker eval`'s
    comparison form, so that it is a candidate of its own and not one empty key for all."""
    key = squash(name)
    return key if len(key) >= 2 else normalize_org(name).replace(" ", "")


def candidates(pool: OrgPool, scores: dict[str, list], rules_pick: str | None) -> list[str]:
    """The names to choose among: every name the rules scored, the display name, the
    agency and the rules' own pick (one entry per name_key)."""
    names: dict[str, str] = {}
    extras = [e for e in (rules_pick, pool.display_org, pool.agency) if e]
    spelled = {name_key(e): e for e in reversed(extras)}  # the rules' pick's first
    for key, mention in pool.mentions.items():
        entry = scores.get(key)
        if entry:
            names.setdefault(key, entry[1])
        elif mention.count == 0:
            # a span's spelling yields to the pick's, the display name's or the agency's
            # ("ACME" of a subject is the pick "Acme")
            names.setdefault(key, spelled.get(key, mention.name))
        else:
            names.setdefault(key, mention.name)
    for extra in extras:
        names.setdefault(name_key(extra), extra)
    return [n for k, n in names.items() if len(k) >= 2]


# A letter's greeting, which a capitalized span reads with the name after it ("Hola
# Daniela", "Hej Jonas", "Hoi Bram"): never an employer.
_GREETINGS = words(
    """
    hi hello hey dear greetings hola hej hoi hallo ciao bonjour salut olá oi cześć witam
    merhaba dag beste liebe lieber sehr buongiorno gentile caro cara querida querido estimado
    estimada prezado prezada
    """
)


def greeting(name: str) -> bool:
    """Whether a name opens with a greeting word."""
    return name.split()[0].lower().strip(",") in _GREETINGS


def within_titles(name: str, text: str, titles: Sequence[tuple[int, int]]) -> bool:
    """Whether a name is written in the text only inside the mail's job titles, each time a
    part of one and not all of it: the title's qualifier ('Data Scientist, Claims
    Automation', 'Physical Scientist (Atmospheric)', 'Caseworker 2 - Children and Youth'),
    never the employer. `titles` are the (start, end) of the titles in the text."""
    if not titles or not name:
        return False
    found = False
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE):
        found = True
        start, end = m.span()
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in titles):
            return False
    return found


def unnamed_candidates(
    pool: OrgPool, scores: dict[str, list], kind: str, titles: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """The names OrgScorer.choose_unnamed chooses among where the rules name no employer:
    none but for mail about one job (EMPLOYER_KINDS), no video meeting's boilerplate, no
    greeting and no part of the job's title (`titles`: where the mail writes it; the
    employer is written elsewhere too). (A person's name stays: 'Tim Hortons' reads as
    one.)"""
    if kind not in EMPLOYER_KINDS:
        return []
    return [
        n
        for n in candidates(pool, scores, None)
        if not (meeting_boilerplate(n) or greeting(n) or within_titles(n, pool.text, titles))
    ]


_DIGIT = re.compile(r"\d")
# A video meeting's boilerplate ("Join Zoom Meeting", "Meeting ID", "Microsoft Teams
# meeting", "Dial-in"): an interview invitation's capitalized lines, never an employer.
_MEETING_WORDS = words(
    """
    join zoom meeting meetings id passcode password pin webex teams microsoft google meet
    dial dial-in in by phone one tap mobile video call conference bridge link code access
    personal room webinar online click here to the your a topic
    """
)
_MEETING_TOOL = words("zoom meeting webex teams meet passcode dial dial-in webinar join topic")
# ... and a calendar invitation's: a date, a time, its zone ("Tuesday Jun", "AM Eastern
# Time", "Invitee Time Zone", "Minute Intro Call"); a zone's region alone ("Pacific") is
# not taken for one.
_CALENDAR_WORDS = words(
    """
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december mon tue tues wed thu thur thurs fri sat
    sun monday tuesday wednesday thursday friday saturday sunday am pm a.m p.m time zone
    gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist minute minutes min mins hour
    hours invitee intro summer winter
    """
)
_ZONE_REGIONS = words("eastern central mountain pacific standard daylight british european")


def meeting_boilerplate(name: str) -> bool:
    """Whether a name is only a video meeting's or a calendar invitation's words, one of
    them a tool's, a meeting's, a date's or a time's."""
    lowered = {w.lower().strip(".,:()") for w in name.split()}
    return lowered <= _MEETING_WORDS | _CALENDAR_WORDS | _ZONE_REGIONS and not lowered.isdisjoint(
        _MEETING_TOOL | _CALENDAR_WORDS
    )


@functools.lru_cache(maxsize=8192)
def _initials(name: str) -> str:
    """The initials of a name's capitalized words, lowercase ('Technical University of
    Munich' -> 'tum'): a short pick or domain root it spells is its written-out form."""
    capitalized = [w for w in name.split() if w[0].isupper()]
    return "".join(w[0].lower() for w in capitalized) if len(capitalized) >= 2 else ""


# (names recur from mail to mail - a sender's, a greeting's, a signature's - and the tests of
# their words are the costly part of a row)
@functools.lru_cache(maxsize=8192)
def _shape(name: str) -> tuple[float, ...]:
    """The features of a name's own words, in BASE's order from one_word to department_word."""
    parts = name.split()
    lowered = [w.lower() for w in parts]
    return (
        float(len(parts) == 1),
        float(len(parts) >= 4),
        float(name.isupper() and len(name) > 1),
        float(lowered[-1] in COMPANY_WORDS),
        float(looks_like_person(name)),
        float(lowered[0] in FIRST_NAMES),
        float(_DIGIT.search(name) is not None),
        min(len(name), 60) / 20,
        float(has_title_word(name)),
        float(not RELAY_BRANDS.isdisjoint(lowered)),
        float(has_institution_word(name) or not HEAD_WORDS.isdisjoint(lowered)),
        float(not DEPARTMENTS.isdisjoint(lowered)),
    )


def base_features(
    pool: OrgPool, scores: dict[str, list], names: list[str], rules_pick: str | None
) -> list[list[float]]:
    """One row of BASE per name."""
    picked = name_key(rules_pick) if rules_pick else ""
    keys = [name_key(n) for n in names]
    totals = [(scores.get(k) or (0.0,))[0] for k in keys]
    ranked = sorted(totals, reverse=True)
    best = ranked[0]
    second = ranked[1] if len(ranked) > 1 else -1.0
    hints = [h for h in (pool.display_org, pool.slug, pool.root) if h]
    display = name_key(pool.display_org) if pool.display_org else ""
    agency = name_key(pool.agency) if pool.agency else ""
    root = squash(pool.root) if pool.root else ""
    rows = []
    for name, key, total in zip(names, keys, totals, strict=True):
        mention = pool.mentions.get(key)
        parts = name.split()
        lowered = [w.lower() for w in parts]
        rows.append(
            [
                min(total, 10.0) / 5,
                (mention.weight if mention else 0.0) / 5,
                math.log1p(mention.count) if mention else 0.0,
                float(total == best and total > 0),
                float(total == second and total > 0),
                min(best - total, 10.0) / 5,
                float(bool(mention and mention.in_subject)),
                float(bool(mention and mention.in_body)),
                float(bool(mention and mention.in_tail)),
                float(
                    bool(mention and mention.quoted and not (mention.in_subject or mention.in_body))
                ),
                mention.first if mention else 1.0,
                float(bool(pool.display_org) and matches_hint(name, [pool.display_org])),
                float(bool(pool.slug) and matches_hint(name, [pool.slug])),
                float(bool(pool.root) and matches_hint(name, [pool.root])),
                hint_quality(name, hints) / 3 if hints else 0.0,
                float(key == display),
                float(key == agency),
                float(mention is None),
                *_shape(name),
                float(bool(picked) and key != picked and key.startswith(picked)),
                float(bool(picked) and key != picked and picked.startswith(key)),
                float(len(parts) == 1 and name.isupper() and len(name) <= 5),
                float(bool(mention and mention.count == 0)),
                math.log1p(mention.spans) if mention else 0.0,
                float(bool(mention and mention.led)),
                float(bool(mention and mention.line_start)),
                sum(w in pool.lowercase for w in lowered) / len(lowered),
                float(len(picked) >= 2 and _initials(name) == picked),
                float(len(root) >= 2 and _initials(name) == root),
                float(bool(mention and mention.near_hiring)),
                float(bool(mention and mention.legal and not mention.plain)),
                float(key == picked),
            ]
        )
    return rows


_PICK = BASE.index("rules_pick")
_FITS_DISPLAY = BASE.index("fits_display")
_SPAN_ONLY = BASE.index("span_only")
# where the weights of BASE crossed with span_only start (the last block of FEATURES)
_SPAN_BLOCK = len(FEATURES) - len(BASE)


def candidate_features(
    pool: OrgPool, scores: dict[str, list], names: list[str], rules_pick: str | None, kind: str
) -> list[list[float]]:
    """One row of FEATURES per name: BASE, BASE again where a relay sent the mail and where
    an agency is involved, the rules' pick by their branch and by the kind, the fit to
    the display name by the kind, and BASE again for a name only a span found."""
    group = kind if kind in KIND_GROUPS else ""
    relay, agency = float(pool.relay), float(bool(pool.agency))
    rows = []
    for base in base_features(pool, scores, names, rules_pick):
        is_pick, fits = base[_PICK], base[_FITS_DISPLAY]
        row = base + [v * relay for v in base] + [v * agency for v in base]
        row += [is_pick * (pool.branch == b) for b in BRANCHES]
        row += [is_pick * (group == k) for k in KIND_GROUPS]
        row += [fits * (group == k) for k in KIND_GROUPS]
        # a name only a capitalized span found is weighed on its own terms
        row += [v * base[_SPAN_ONLY] for v in base]
        rows.append(row)
    return rows


def outscoring(values: Sequence[float], own: int | None, margin: float) -> int:
    """The index of the candidate taken: the highest value (the rules' pick on a tie, else
    the first), unless it outscores the rules' pick (index `own`, None: not among them) by
    less than the margin. OrgScorer.choose and train_orgs.choices (its held-out figures)
    both ask."""
    best = max(range(len(values)), key=lambda i: (values[i], i == own))
    if own is not None and values[best] < values[own] + margin:
        return own
    return best


class OrgScorer:
    """A linear score per candidate; the highest wins (the rules' pick on a tie)."""

    def __init__(self, weights: list[float], margin: float = 0.0) -> None:
        if len(weights) != len(FEATURES):
            raise ValueError(
                f"employer scorer weights hold {len(weights)} values, the features are "
                f"{len(FEATURES)}: rebuild them with `python -m extractors.train_orgs`"
            )
        self.weights = weights
        # How much a candidate must outscore the rules' pick to replace it.
        self.margin = margin
        self._folded: dict[tuple, list[float]] = {}

    @classmethod
    def load(cls, path: Path) -> OrgScorer:
        if not path.is_file():
            raise FileNotFoundError(
                f"employer scorer weights not found at {path}; rebuild them with "
                '`python -m extractors.train_orgs` (or set [components.sneaker_org] scorer = "")'
            )
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != list(FEATURES):
            raise ValueError(
                f"{path} was trained on other features: rebuild it with "
                "`python -m extractors.train_orgs`"
            )
        return cls(data["weights"], float(data.get("margin", 0.0)))

    def mail_weights(self, pool: OrgPool, kind: str) -> list[float]:
        """The weights of BASE for one mail: FEATURES' crossed weights folded in (the same
        score as a dot product with candidate_features' row, at a third of the cost)."""
        key = (pool.relay, bool(pool.agency), pool.branch, kind)
        folded = self._folded.get(key)
        if folded is None:
            w, n = self.weights, len(BASE)
            relay, agency = float(pool.relay), float(bool(pool.agency))
            folded = [w[i] + relay * w[n + i] + agency * w[2 * n + i] for i in range(n)]
            at = 3 * n
            if pool.branch in BRANCHES:
                folded[_PICK] += w[at + BRANCHES.index(pool.branch)]
            at += len(BRANCHES)
            if kind in KIND_GROUPS:
                folded[_PICK] += w[at + KIND_GROUPS.index(kind)]
                folded[_FITS_DISPLAY] += w[at + len(KIND_GROUPS) + KIND_GROUPS.index(kind)]
            self._folded[key] = folded
        return folded

    def values(
        self,
        pool: OrgPool,
        scores: dict[str, list],
        names: list[str],
        rules_pick: str | None,
        kind: str,
    ) -> list[float]:
        """Each name's score: candidate_features' rows times the weights, computed from BASE
        with the mail's crossed weights folded in (and the span block for span-only names)."""
        weights = self.mail_weights(pool, kind)
        span_weights = self.weights[_SPAN_BLOCK:]
        return [
            sum(w * v for w, v in zip(weights, row, strict=True))
            + (sum(w * v for w, v in zip(span_weights, row, strict=True)) if row[_SPAN_ONLY] else 0)
            for row in base_features(pool, scores, names, rules_pick)
        ]

    def choose(
        self, pool: OrgPool, scores: dict[str, list], rules_pick: str | None, kind: str
    ) -> str | None:
        """The candidate scoring highest, if it outscores the rules' pick by the margin."""
        if rules_pick is None:
            return None
        picked = name_key(rules_pick)
        names = candidates(pool, scores, rules_pick)
        if len(names) < 2 or len(picked) < 2:
            return rules_pick
        values = self.values(pool, scores, names, rules_pick, kind)
        own = next((i for i, n in enumerate(names) if name_key(n) == picked), None)
        best = outscoring(values, own, self.margin)
        return rules_pick if best == own else names[best]

    def choose_unnamed(
        self,
        pool: OrgPool,
        scores: dict[str, list],
        kind: str,
        titles: Sequence[tuple[int, int]] = (),
    ) -> str | None:
        """Where the rules name no employer, the candidate scoring highest for mail about one
        job (EMPLOYER_KINDS; None for other kinds, or no candidate): such mail has an
        employer, and a thread's other mail still overrides it (org_batch's "scored").
        `titles`: where the text writes the job's titles (unnamed_candidates)."""
        names = unnamed_candidates(pool, scores, kind, titles)
        if not names:
            return None
        values = self.values(pool, scores, names, None, kind)
        return names[max(range(len(values)), key=values.__getitem__)]

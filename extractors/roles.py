"""`sneaker_role`: the job title as written, with its requisition number split off.

Titles are found after "application for / applied to / interest in the ..." and before
"position / role / opening / search / process", after "hiring / looking for / to find a",
on label lines ("Job: ...", a letter's "Re: ..."), in subjects ("Senior Data Engineer at
Acme", "[Acme] Title", "Title interview"), in calendar and scheduling titles ("Recruiter
Screen (Title)", "phone screen - Title") and in job cards (a title line over an "Acme ·
City" or "Denver, CO" line). Patterns that do not say "position" or "role" only count when
the span holds a title word (engineer, manager, analyst, nurse, RN ...).

What is no part of a title is cut: requisition numbers, how the job is held ("Contract-to-
hire", "- Remote"), where ("(London)", "in Denver, CO", ", Glasgow"), the interview stage
("- 2nd interview", "- Hiring Manager"), the candidate's name, the employer's name. A
title found in two forms counts once: the full form over a shorthand ("Director" /
"Director of Product Design"), the body's form over a subject's places and pay.

The parts live in modules named for what they do: where titles are written
(role_patterns, role_cards, role_languages, searched by role_search), what a title word is
(role_words), what is cut off a title (role_cleaning, role_req_ids, role_grades) and how one
title is chosen among those found (role_choice; the learned chooser role_scorer). Two learned
parts follow the rules: the title-span finder (role_spans) names a title where they find
none, and the switch (role_switch) may take its span instead of a title of theirs that
carries a qualifier.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from extractors.docmeta import add_evidence, facts, meta, sender, text_of
from extractors.keyword_index import KeywordIndex, indexed_matches, indexed_phrase_matches
from extractors.lexicon import normalize_org, normalize_role
from extractors.role_alerts import names_one_job
from extractors.role_cards import (
    CARD,
    CARD_INLINE,
    PLACE_LINE,
    card_title,
    field_label_cut,
    lines_around,
)
from extractors.role_choice import (
    closed_bracket,
    prefer_full_forms,
    signature_start,
    strip_company,
    title_entry,
    with_seniority,
    without_req_id,
    without_subject_place,
    without_unknown_place,
)
from extractors.role_cleaning import EMPLOYMENT, clean_role
from extractors.role_languages import (
    ACCENTED,
    SUBJECT_LINK,
    dutch,
    foreign_subject_titles,
    iberian,
    role_text,
    romance,
)
from extractors.role_patterns import (
    DUTCH_OR_GERMAN,
    DUTCH_SLOTS,
    FOREIGN_ONLY,
    LOWER_BODY,
    NEEDLES,
    PATTERNS,
    PHRASES,
    QUOTED,
    QUOTES,
    RARE_WHITESPACE,
    REPLY_LEAD,
    ROMANCE_SLOT,
    STARTS,
    SUBJECT_GATES,
    SUBJECT_PATTERNS,
    THEN,
    WEAK,
    lower_subject_title,
    lower_title,
)
from extractors.role_req_ids import REQ_ID, find_req_id
from extractors.role_scorer import RoleScorer, rules_pick
from extractors.role_search import FIRST, NEAR, matches_near, subject_matches
from extractors.role_spans import SpanFinder
from extractors.role_switch import RoleSwitch, may_switch, title_lines
from extractors.role_switch import features as switch_features
from extractors.role_words import (
    ACRONYM,
    CHIEF_TITLES,
    CHIEF_WEIGHT,
    NOT_ALONE,
    PLACES,
    TRAILING_GENDER_MARK,
    has_title_word,
    starts_badly,
    under_a_name,
)

# The names other modules and tests import from here.
__all__ = [
    "EMPLOYMENT",
    "PLACES",
    "REQ_ID",
    "RoleFinder",
    "card_title",
    "clean_role",
    "find_req_id",
    "foreign_subject_titles",
    "has_title_word",
    "iberian",
    "lower_subject_title",
    "make_role_finder",
    "romance",
    "signature_start",
    "starts_badly",
    "under_a_name",
]


# The subject's patterns, compiled once (_subject_titles reads them).
_SUBJECT_PATTERNS = [
    (w, re.compile(p), need, SUBJECT_GATES.get(i))
    for i, (w, p, need) in enumerate(SUBJECT_PATTERNS)
]


def _title(
    weight: float, raw: str, start: int, need: bool, require_head_word: bool
) -> tuple[float, str, int, int, str | None] | None:
    """(weight, title, start, end, req id) of the text a pattern found at `start`, or None
    when it is no title (RoleFinder.scan also drops a title written under a name)."""
    role, req = clean_role(raw)
    if not role or starts_badly(role):
        return None
    if (
        (need or require_head_word and weight < 4)
        and not has_title_word(role)
        and role not in CHIEF_TITLES
    ):
        return None
    if " " not in role and role in CHIEF_TITLES:
        # an executive's title is often only written short ("the CFO role"): it
        # counts below every title written out
        weight = CHIEF_WEIGHT
    elif " " not in role and (
        not has_title_word(role) or ACRONYM.match(role) or role.lower() in NOT_ALONE
    ):
        # one word is a title only when it is one ("Recruiter"), not "Work"; a lone
        # "CPO" or "APM" is shorthand for a title the mail writes out elsewhere
        return None
    return (weight, role, start, start + len(role), req)


# (the same subjects come back often: alerts, an ATS's confirmations, a thread's replies)
@functools.lru_cache(maxsize=4096)
def _subject_titles(
    subject: str, in_romance: bool, require_head_word: bool
) -> tuple[tuple[float, str, int, int, str | None], ...]:
    """The titles a subject line names, as RoleFinder.scan finds them."""
    found = []

    def add(weight: float, raw: str, start: int, need: bool) -> None:
        entry = _title(weight, raw, start, need, require_head_word)
        if entry:
            found.append(entry)

    for weight, pattern, need, gate in _SUBJECT_PATTERNS:
        if gate is not None and gate.search(subject) is None:
            continue
        for m in subject_matches(pattern, subject):
            add(weight, role_text(m, subject, in_romance), m.start("role"), need)
    if not subject.isascii() or SUBJECT_LINK.search(subject):
        for start, title in foreign_subject_titles(subject, in_romance):
            add(2.5, title, start, True)
    bare = REPLY_LEAD.sub("", subject, count=1) if ":" in subject[:8] else subject
    if bare[1:].islower():
        lowered_title = lower_subject_title(bare)
        if lowered_title:
            add(WEAK, lowered_title, subject.lower().find(lowered_title.lower()), True)
    return tuple(found)


def _same_shape(line: str, card: str) -> bool:
    """Whether a line next to a job card's title line is another job's title line written
    the same way ("Embedded Engineer \u2013 Frequentis \u2013 Wien" over "Firmware Engineer
    \u2013 ROTAX \u2013 Gunskirchen"): a list of jobs, not one job's card."""
    marks = [mark for mark in (" \u2013 ", " - ", " \u00b7 ", " | ") if mark in card]
    if not marks or not any(mark in line for mark in marks):
        return False
    other = card_title(line)
    return bool(other) and has_title_word(other)


def _without_sender(scores: dict[str, list], sender_org: str) -> dict[str, list]:
    """The titles found but the sender's own name: "Thank you for applying to ACME
    Corrugated" from "ACME Corrugated" names the employer, not the job (a title word ends
    many a name: "Auto Trader" of "Auto Trader UK"). The employer component may take a title
    for the employer; the From header's display name is the employer's own."""
    name = normalize_org(sender_org)
    return {
        key: entry
        for key, entry in scores.items()
        if not (named := normalize_org(entry[1]))
        or (name != named and not name.startswith(named + " "))
    }


class RoleFinder:
    def __init__(
        self,
        name: str,
        require_head_word: bool,
        skip_kinds: list[str],
        cut_gender_marks: bool = False,
        chooser_weights: str = "",
        span_weights: str = "",
        span_threshold: float = 0.2,
        span_kinds: list[str] | None = None,
        switch_weights: str = "",
        switch_threshold: float = 0.6,
        one_job_kinds: list[str] | None = None,
    ) -> None:
        self.name = name
        self.require_head_word = require_head_word
        # "Operations Manager (m/w/d)": whether the gender mark ending a German or French
        # title is part of it (writers of the labeled sets disagree; see the config)
        self.cut_gender_marks = cut_gender_marks
        # Alerts and unrelated mail name no role of the candidate's own; skipping
        # them keeps the pipeline fast on real inboxes, where they are the bulk.
        self.skip_kinds = frozenset(skip_kinds)
        # of those, the kinds still titled where the subject names one job and its title
        # (an alert about one job: role_alerts); their bodies' other titles are never read
        self.one_job_kinds = frozenset(one_job_kinds or [])
        # the learned chooser among the titles found (extractors.role_scorer, its weights
        # next to this file); "" = the rules' weights decide
        self.chooser = (
            RoleScorer.load(Path(__file__).parent / chooser_weights) if chooser_weights else None
        )
        # the learned title-span finder (extractors.role_spans), asked only where the rules
        # find no title; "" = none
        self.spans = (
            SpanFinder.load(Path(__file__).parent / span_weights, span_threshold, span_kinds or [])
            if span_weights
            else None
        )
        # the learned switch (extractors.role_switch): where the rules found a title, whether
        # the span finder's best span is the title instead; "" = never
        self.switch = (
            RoleSwitch.load(Path(__file__).parent / switch_weights, switch_threshold)
            if switch_weights and self.spans is not None
            else None
        )
        self.patterns = [
            (w, re.compile(p), need, STARTS.get(i), NEEDLES.get(i, ()), PHRASES.get(i))
            for i, (w, p, need) in enumerate(PATTERNS)
        ]
        # The keywords and phrases of the keyword-led patterns, found in one scan per text:
        # those of the patterns every text runs, and (scanned only when needed) those of the
        # patterns of other languages and the keywords of the phrase-led ones (read by
        # keyword when a text holds rare whitespace)
        self.keywords = KeywordIndex(
            [k for i, ks in STARTS.items() if i not in FOREIGN_ONLY | PHRASES.keys() for k in ks]
            + [p for i, gs in PHRASES.items() if i not in FOREIGN_ONLY for g in gs for p in g]
        )
        self.other_keywords = KeywordIndex(
            [k for i, ks in STARTS.items() if i in FOREIGN_ONLY | PHRASES.keys() for k in ks]
            + [p for i, gs in PHRASES.items() if i in FOREIGN_ONLY for g in gs for p in g]
        )

    def candidates(self, doc: Doc) -> list[tuple[float, str, int, int, str | None]]:
        return self.scan(text_of(doc), meta(doc).get("subject_end", 0))

    def scan(self, text: str, subject_end: int) -> list[tuple[float, str, int, int, str | None]]:
        found = []

        def add(weight: float, raw: str, start: int, need: bool) -> None:
            entry = _title(weight, raw, start, need, self.require_head_word)
            if entry and not (start > subject_end and under_a_name(text, start)):
                found.append(entry)

        subject = text[:subject_end]
        lowered = text.lower()
        ascii_only = text.isascii()
        # mail in German, French, Spanish ... writes letters beyond ASCII (curly quotes and
        # dashes are in English mail too)
        plain = ascii_only or ACCENTED.search(text) is None
        in_romance = not plain and romance(lowered)
        found.extend(_subject_titles(subject, in_romance, self.require_head_word))
        same_length = len(lowered) == len(text)
        rare_space = RARE_WHITESPACE.search(text) is not None
        in_dutch = dutch(lowered)
        # the keywords' positions, scanned the first time a pattern reads them (other: the
        # index of other languages' patterns and of the phrase-led ones' single keywords)
        indexed: dict[bool, dict[str, list[int]]] = {}

        def positions(other: bool) -> dict[str, list[int]]:
            if other not in indexed:
                index = self.other_keywords if other else self.keywords
                indexed[other] = index.positions(lowered)
            return indexed[other]

        for i, (weight, pattern, need, starts, needles, phrases) in enumerate(self.patterns):
            if (
                i in FOREIGN_ONLY
                and (plain or i in DUTCH_SLOTS)
                and not (
                    i == ROMANCE_SLOT
                    and plain
                    and iberian(lowered)
                    or i in DUTCH_OR_GERMAN
                    and in_dutch
                )
            ):
                # (Spanish and Portuguese without accents are told by their common words,
                # Dutch mail by its words)
                continue
            if i == QUOTED and not any(q in text for q in QUOTES):
                continue
            if phrases and same_length and not rare_space:
                at = positions(i in FOREIGN_ONLY)
                matches = indexed_phrase_matches(
                    pattern, text, lowered, at, phrases, THEN.get(i), FIRST.get(i)
                )
            elif starts and same_length:
                at = positions(i in FOREIGN_ONLY or bool(phrases))
                matches = indexed_matches(pattern, text, at, starts)
            elif starts or not needles:
                matches = pattern.finditer(text)
            elif i in NEAR and not rare_space:
                found_needle = any(k in lowered for k in needles)
                lines_before, near = NEAR[i]
                matches = (
                    matches_near(pattern, text, lowered, near, lines_before, i == 6, i == 12)
                    if found_needle
                    else ()
                )
            elif any(k in lowered for k in needles):
                matches = pattern.finditer(text)
            else:
                continue
            for m in matches:
                if i == LOWER_BODY and not lower_title(m.group("role")):
                    continue
                add(weight, role_text(m, text, in_romance), m.start("role"), need)
        found.extend(
            entry
            for entry in self.card_titles(text, subject_end)
            if not (entry[2] > subject_end and under_a_name(text, entry[2]))
        )
        return found

    def card_titles(
        self, text: str, subject_end: int
    ) -> list[tuple[float, str, int, int, str | None]]:
        """The titles of the body's job cards: a title line over the employer, the place or
        the pay, or a title and its place on one line (role_cards)."""
        found = []

        def add(weight: float, raw: str, start: int, need: bool) -> None:
            entry = _title(weight, raw, start, need, self.require_head_word)
            if entry:
                found.append(entry)

        cards = (
            " \u00b7 " in text
            or " - " in text
            or " | " in text
            or ", " in text
            or "\nRemote" in text
            or "\nHybrid" in text
            or "\nOn" in text
            or ": " in text
        )
        for m in CARD.finditer(text, subject_end) if cards else ():
            line = card_title(m.group("line"))
            if line:
                add(3.5, line, m.end("line") - len(line), True)
        if " \u00b7 " in text:
            for m in CARD_INLINE.finditer(text, subject_end):
                line = card_title(m.group("line"))
                if line:
                    add(3.5, line, m.end("line") - len(line), True)
        return found

    def card_lines(self, doc: Doc, company: str) -> list[tuple[float, str, int, int, str | None]]:
        """A title on its own line right over the employer's name: the job card of an ATS
        or job-board mail ('Data Engineer' / 'Acme Corp' / 'Denver, CO'). Under a sign-off
        the same layout is the writer's own title ('Talent Acquisition Partner' / 'Acme').
        Also "Acme - Payroll Specialist": the employer, a mark, then the title."""
        text = text_of(doc)
        found: list[tuple[float, str, int, int, str | None]] = []
        if company not in text:
            return found
        begin = meta(doc).get("subject_end", 0)
        signature = signature_start(text, begin)
        # str.find rather than a regex built per company: compiling one costs more than
        # the whole component.
        needle = "\n" + company
        at = text.find(needle, begin)
        while at != -1 and at < signature:
            after = text[at + len(needle) : at + len(needle) + 1]
            end = at - 1 if text[at - 1 : at] == "\n" else at  # one blank line between
            line_start = text.rfind("\n", 0, end) + 1
            line = text[line_start:end]
            at = text.find(needle, at + 1)
            if line_start < begin or (after and (after.isalnum() or after == "_")):
                continue
            if not 3 <= len(line) <= 90:
                continue
            if re.search(r"[.!?:;]$", line.rstrip()) or len(line.split()) > 10:
                continue
            if under_a_name(text, line_start):
                # "Dana Reyes" / "Talent Partner" / "Acme": a signature the sign-offs the
                # mail has did not mark, the writer's own title
                continue
            line = card_title(line)
            role, req = clean_role(line) if line else (None, None)
            if role and has_title_word(role) and not starts_badly(role):
                start = end - len(line)
                found.append((3.5, role, start, start + len(role), req))
        # the employer's line, the title, where: a job board's card ("Aurecon" / "Senior
        # Civil Engineer - Transport" / "North Sydney, New South Wales, Australia")
        needle = "\n" + company + "\n"
        at = text.find(needle, begin)
        while at != -1 and at < signature:
            start = at + len(needle)
            at = text.find(needle, at + 1)
            stop = text.find("\n", start)
            if stop == -1:
                continue
            after = text.find("\n", stop + 1)
            if not PLACE_LINE.match(text[stop + 1 : len(text) if after == -1 else after]):
                continue
            line = card_title(text[start:stop]) if 3 <= stop - start <= 90 else None
            role, req = clean_role(line) if line else (None, None)
            if role and has_title_word(role) and not starts_badly(role):
                found.append((3.5, role, start, start + len(role), req))
        for mark in (" - ", " | ", " \u2013 ", " \u00b7 "):
            at = text.find(company + mark, begin)
            if at == -1 or at > signature:
                continue
            start = at + len(company) + len(mark)
            stop = len(text)
            for close in ("\n", '"', "\u201c", " \u00b7 "):
                index = text.find(close, start)
                if index != -1:
                    stop = min(stop, index)
            role, req = clean_role(text[start:stop])
            if role and has_title_word(role) and not starts_badly(role) and len(role) <= 60:
                found.append((3.0, role, start, start + len(role), req))
        return found

    def choices(self, doc: Doc) -> dict[str, list]:
        """The titles found, each once: [summed weight, title, start, end, req id, found in
        the body, [(weight, start) of each place it was found]] by lower-case title."""
        found = facts(doc)
        scores: dict[str, list] = {}
        subject_end = meta(doc).get("subject_end", 0)
        found_roles = self.candidates(doc)
        quoted = meta(doc).get("quoted")
        if quoted and all(c[0] <= WEAK for c in found_roles):
            # A short reply names its role in the quoted message it answers (no evidence:
            # those offsets are not in the analysed text); a lower-case subject is a weaker
            # naming of it.
            found_roles += [(w, r, -1, -1, q) for w, r, _, _, q in self.scan(quoted, 0)]
        company = found.get("company")
        if company:
            found_roles = found_roles + self.card_lines(doc, company)
        text = text_of(doc)
        for weight, role, start, end, req in found_roles:
            if start > subject_end:
                role, start = field_label_cut(text, role, start)
            entry = scores.setdefault(role.lower(), title_entry(role, start, end, req, False))
            entry[0] += weight
            entry[4] = entry[4] or req
            entry[5] = entry[5] or start >= subject_end
            entry[6].append((weight, start))
        if company:
            scores = strip_company(scores, company)
        _, sender_org = sender(doc)
        if sender_org:
            scores = _without_sender(scores, sender_org)
        prefer_full_forms(scores, subject_end, text)
        return scores

    def reported(self, role: str) -> str:
        """The title as reported: with or without a German or French gender mark."""
        if self.cut_gender_marks and role.endswith(")"):
            return TRAILING_GENDER_MARK.sub("", role) or role
        return role

    def chosen(self, doc: Doc, scores: dict[str, list] | None = None) -> tuple[list | None, int]:
        """The title the rules (and the chooser among several) take, an entry of choices()
        (or of the given choices), and how many titles they found."""
        entries = list((self.choices(doc) if scores is None else scores).values())
        if self.chooser is not None and len(entries) > 1:
            best = self.chooser.pick(entries, text_of(doc), meta(doc).get("subject_end", 0))
        else:
            best = rules_pick(entries)
        return best, len(entries)

    def switched(self, doc: Doc, kind: str, best: list, titles: int) -> list:
        """The rules' title, or the span finder's best span on its lines where the switch takes
        it (asked only of a title that may carry a qualifier: role_switch.may_switch)."""
        if not may_switch(best[1]) or kind not in self.spans.kinds:
            return best
        text = text_of(doc)
        lines = title_lines(text, best)
        scored = self.spans.scored(doc, kind, lines) if lines else None
        if scored is None:
            return best
        found, values, none = scored
        start, end = found.chars(int(np.argmax(values)))  # the span features() calls top
        title = text[start:end]
        if normalize_role(title) == normalize_role(self.reported(best[1])):
            return best
        subject_end = meta(doc).get("subject_end", 0)
        _, row = switch_features(found, values, none, best, titles, text, subject_end)
        if not self.switch.takes(row):
            return best
        return title_entry(title, start, end, best[4], start >= subject_end)

    def alert_title(self, doc: Doc) -> list | None:
        """The title of an alert about one job: the rules' pick, where the subject names no
        digest and names that title (alerts' bodies list other jobs besides)."""
        subject_end = meta(doc).get("subject_end", 0)
        if not names_one_job(text_of(doc)[:subject_end]):
            return None
        entries = self.choices(doc)
        text = text_of(doc)
        if not any(0 <= start < subject_end for e in entries.values() for _, start in e[6]):
            # "Liam, you could be a great fit for this job": the subject names no title; an
            # alert about one job then shows one job card, whose title is the job's (a body
            # with cards of two titles or more is a digest)
            return self.single_card(doc, entries)
        best, _ = self.chosen(doc, entries)
        if best is None:
            return None
        starts = [start for _, start in best[6] if 0 <= start < subject_end]
        # named in the subject, and not in the plural ("Nurses: five tips" is about many)
        end = starts[0] + len(best[1]) if starts else 0
        if not starts or text[end : end + 1] == "s":
            return None
        return best

    def single_card(self, doc: Doc, entries: dict[str, list]) -> list | None:
        """The title found, where the body's job cards name that one title and no other."""
        text = text_of(doc)
        subject_end = meta(doc).get("subject_end", 0)
        cards = self.card_titles(text, subject_end)
        company = facts(doc).get("company")
        if company:
            cards += self.card_lines(doc, company)
        named = {field_label_cut(text, role, start)[0].lower() for _, role, start, _, _ in cards}
        if len(named) != 1:
            return None
        first = min(start for _, _, start, _, _ in cards)
        # a list's item ("- Load Planner") or a card under a digest's words ("3 new jobs
        # match your preferences:", "Here are the latest openings:") is one of many jobs,
        # the others written in a way no card pattern reads
        stop = text.find("\n", first)
        line = text[first : len(text) if stop == -1 else stop]
        if cards[0][1][:1] in "-*\u2022" or not names_one_job(text[subject_end:first]):
            return None
        if any(_same_shape(other, line) for other in lines_around(text, first)):
            return None
        return entries.get(named.pop())

    def __call__(self, doc: Doc) -> Doc:
        found = facts(doc)
        if found.get("kind") in self.skip_kinds:
            best = self.alert_title(doc) if found.get("kind") in self.one_job_kinds else None
            found.update(role=self.reported(best[1]) if best else None, req_id=None)
            if best:
                found["req_id"] = best[4]
                if best[2] >= 0:
                    add_evidence(doc, "ROLE", best[2], best[2] + len(found["role"]))
            return doc
        best, titles = self.chosen(doc)
        if best is not None and self.switch is not None:
            best = self.switched(doc, found.get("kind") or "other", best, titles)
        if best is None and self.spans is not None:
            span = self.spans.best(doc, found.get("kind") or "other")
            if span:
                title, start, end = span
                in_body = start >= meta(doc).get("subject_end", 0)
                best = title_entry(title, start, end, None, in_body)
        if best is not None:
            text = text_of(doc)
            best = without_subject_place(without_unknown_place(without_req_id(best)))
            best = with_seniority(best, text)
            best = closed_bracket(best, text)
        found["role"] = self.reported(best[1]) if best else None
        if best and found["role"] != best[1] and best[2] >= 0:
            best[3] = best[2] + len(found["role"])
        req = best[4] if best else None
        if req is None:
            req = find_req_id(text_of(doc))
        found["req_id"] = req
        if best and best[2] >= 0:
            add_evidence(doc, "ROLE", best[2], best[3])
        return doc


@Language.factory(
    "sneaker_role",
    default_config={
        "require_head_word": True,
        "skip_kinds": ["job_alert"],
        "one_job_kinds": [],
        "cut_gender_marks": False,
        "chooser_weights": "",
        "span_weights": "",
        "span_threshold": 0.2,
        "span_kinds": [],
        "switch_weights": "",
        "switch_threshold": 0.6,
    },
)
def make_role_finder(
    nlp: Language,
    name: str,
    require_head_word: bool,
    skip_kinds: list[str],
    one_job_kinds: list[str],
    cut_gender_marks: bool,
    chooser_weights: str,
    span_weights: str,
    span_threshold: float,
    span_kinds: list[str],
    switch_weights: str,
    switch_threshold: float,
) -> RoleFinder:
    return RoleFinder(
        name,
        require_head_word,
        skip_kinds,
        cut_gender_marks,
        chooser_weights,
        span_weights,
        span_threshold,
        span_kinds,
        switch_weights,
        switch_threshold,
        one_job_kinds,
    )

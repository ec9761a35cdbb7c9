"""Requisition and job numbers: found in a mail (`find_req_id`) and split off a title
(the patterns `clean_role` cuts with)."""

from __future__ import annotations

import re

from extractors.lexicon import keyword_positions

_I = "(?i:{})"


_REQ_LABEL = (
    r"(?:req(?:uisition)?\.?(?:\s*(?:id|#|no\.?|number))?|ref\.?|job\s*(?:id|#|no\.?|number|code|"
    r"ref(?:erence)?)|reference\s*(?:#|number|no\.?|id)?|posting\s*(?:#|id|number)|"
    r"position\s*(?:id|#|number)|campaign|competition|id)"
)
REQ_ID = re.compile(
    # a Zoom "Meeting ID: 881 2345 6789" is no requisition
    r"(?<![Mm]eeting )(?<!MEETING )"
    + _I.format(_REQ_LABEL)
    + r"\s*[:#]?\s*(?P<req>[A-Z]{0,4}[-_]?\d[\w-]{2,14})"
    r"|\b(?P<bare>(?:JR|REQ|R|JOB|P)-?\d{4,}[A-Z]?|\d{4,8}BR)\b"
)
# REQ_ID's two alternatives apart, for find_req_id.
_LABELED_REQ = re.compile(
    _I.format(_REQ_LABEL) + r"\s*[:#]?\s*(?P<req>[A-Z]{0,4}[-_]?\d[\w-]{2,14})"
)
_BARE_REQ = re.compile(r"\b(?P<bare>(?:JR|REQ|R|JOB|P)-?\d{4,}[A-Z]?|\d{4,8}BR)\b")
# Where a label can start (lower case): req(uisition), ref(erence), job, posting, position,
# campaign, competition, id.
_LABEL_STARTS = ("req", "ref", "job", "posting", "position", "campaign", "competition", "id")
_MEETING = ("meeting ", "Meeting ", "MEETING ")
_DIGIT_RUN = re.compile(r"\d{4,}")


def _bare_req(text: str) -> re.Match | None:
    """_BARE_REQ.search(text), tried only just before runs of four digits or more (every
    match holds one, after at most four letters and a hyphen)."""
    for run in _DIGIT_RUN.finditer(text):
        digits = run.start()
        for index in range(max(digits - 4, 0), digits + 1):
            match = _BARE_REQ.match(text, index)
            if match:
                return match
    return None


def find_req_id(text: str) -> str | None:
    """What REQ_ID.search(text) finds, for a fifth of the work: its labeled alternative is
    tried only where a label word starts (a case-insensitive search tries every character).
    Texts with the letters that match case-insensitively without lowering to the same letter
    ("\u0131", "\u017f") or that change length when lowered take the plain search."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        match = REQ_ID.search(text)
        return (match.group("req") or match.group("bare")) if match else None
    labeled = None
    for index in keyword_positions(lowered, _LABEL_STARTS):
        if text[max(index - 8, 0) : index] in _MEETING:
            continue
        labeled = _LABELED_REQ.match(text, index)
        if labeled:
            break
    bare = _bare_req(text)
    if bare is not None and (labeled is None or bare.start() < labeled.start()):
        return bare.group("bare")
    return labeled.group("req") if labeled else None


REQ_IN_ROLE = re.compile(
    r"\s*(?:[-\u2013|,:#(\[]\s*)?(?:" + _I.format(_REQ_LABEL) + r"\s*[:#]?\s*)?"
    r"(?:[A-Z]{0,4}[-_]?\d[\w/-]{3,14}|\d{4,})\s*[)\]]?\s*$"
)
# "Graduate Finance Programme 2026": a year ending a title is no requisition number.
# ... nor a school or financial year in brackets: "(2026-27)", "(2026/2027)".
YEAR = re.compile(
    r"[\s(\[]*(?:19|20)\d\d[\s)\]]*"
    r"|\s*[(\[](?:19|20)\d\d\s?[-/\u2013]\s?(?:19|20)?\d\d[)\]]\s*"
)
INNER_REQ = re.compile(
    r"\s*\((?:" + _I.format(_REQ_LABEL) + r"\s*[:#]?\s*)?(?P<req>[A-Z]{0,4}[-_]?\d[\w/-]{3,14})\)"
    r"(?=\s)"
)
REF_IN_BRACKETS = re.compile(
    # (French writes "r\u00e9f." / "r\u00e9f\u00e9rence")
    r"\s*[(\[]\s*(?i:r[e\u00e9]f(?:[e\u00e9]rence)?|req(?:uisition)?|job\s*(?:id|ref|no)|vacancy\s*(?:no|ref|id))"
    r"\.?\s*(?i:#|no\.?|number|id)?\s*[:#]?\s*(?P<ref>[^()\[\]]{2,20})[)\]]\s*$"
)
LEADING_REQ = re.compile(
    r"^(?P<req>(?:JR|REQ|R|JOB|P)-?\d{3,}[A-Z]?)\s+(?=[A-Z])"
    # "SAE-028114 Research Associate", "JC-487211, Staff Services Manager I"
    r"|^(?P<code>[A-Z]{1,6}[-/]?\d{3,}[\w/-]*)(?:\s*[,:|\u2013-]\s*|\s+)(?=[A-Z])"
    # "178224 - Postdoctoral Research Assistant": digits alone only before a mark
    # ("2025-2217 Manager, State Policy": a year and a number)
    r"|^(?!(?:19|20)\d\d\b(?!-\d))(?P<number>\d{4,}[\w/-]*)"
    r"(?:\s*[,:|\u2013-]\s*|(?<=\d{5})\s+|(?<=\d-\d{4})\s+)(?=[A-Z])"
    # "Vacancy ID 2025-AC-0913-MP, Program Officer"
    r"|^(?i:vacancy|job opening|opening|requisition|posting|announcement|job)\s*"
    r"(?i:id|no\.?|number|#)?\s*[:#]?\s*(?P<labeled>[A-Z0-9][\w/-]*\d[\w/-]*)\s*[,:|\u2013-]\s*"
    r"(?=[A-Z])"
)

"""`sneaker_details`: interview time and type for invitations, terms for offers.

Times are read from the forms schedulers and recruiters write ("Tuesday, November 18,
2026 at 2:00 PM EST", "Nov 18 2:30pm PT", "11/18/2026 10:00 AM"); a date without a year
takes the year of the message. Relative days ("Tuesday at 2pm", "tomorrow at 10") are
counted from the day the message was sent. A time with no zone is in the user's zone
(`default_tz` of `extract_messages`, kept in `doc._.meta`), else UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spacy.language import Language
from spacy.tokens import Doc

from extractors.docmeta import add_evidence, facts, meta, text_of

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_ZONES = {
    "ET": "America/New_York",
    "EST": -5,
    "EDT": -4,
    "EASTERN": "America/New_York",
    "CT": "America/Chicago",
    "CST": -6,
    "CDT": -5,
    "CENTRAL": "America/Chicago",
    "MT": "America/Denver",
    "MST": -7,
    "MDT": -6,
    "MOUNTAIN": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": -8,
    "PDT": -7,
    "PACIFIC": "America/Los_Angeles",
    "UTC": 0,
    "GMT": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "IST": 5.5,
}
_TIME = (
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\.?)?"
    r"(?:\s*[-\u2013]\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?"
    r"(?:\s*\(?(?:GMT|UTC)(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?\)?"
    r"|\s*\(?(?P<tz>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|UTC|GMT|BST|CET|CEST|"
    r"IST|Eastern|Central|Mountain|Pacific)\b(?:\s*Time)?\)?)?"
)
# A time on the next line of a scheduler's block ("Date: ...\nTime: 10:00 AM") belongs to
# the date above it.
_TIME_LABEL = r"(?:(?:time|start time|when|at)\s*:\s*)?"
_DATE_TIME = re.compile(
    # A date starts a word with a letter or digit: the lookahead skips every other position.
    r"\b(?=[a-z\d])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<mo>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y2>\d{2,4}))?"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    # British and international order: "Tuesday 18 November 2026 at 10:00", "18th Nov"
    r"|(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?:,|\s+at|\s+@|\s+from|\s*[-\u2013|\u00b7]|T)?\s*" + _TIME_LABEL + _TIME,
    re.I,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "tomorrow at 10", "(next) Tuesday at 2pm", "Thursday, 3:30 PM ET": a day counted from the
# sent date. A bare hour needs "at" before it ("at 10" is a time, "Tuesday 10" is not).
_RELATIVE = re.compile(
    r"\b(?P<rel>today|tomorrow|(?:(?:next|this|on)\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?:morning|afternoon|evening))?"
    r"(?:,?\s+(?P<at>at|@)\s*|,?\s+(?:from\s+)?)" + _TIME,
    re.I,
)
_TYPES = [
    ("final", r"final (?:round|interview|stage)|last round"),
    ("onsite", r"on-?site|in-person|in person|virtual onsite|interview loop|panel"),
    ("technical", r"technical|coding|system design|pair programming|live cod|whiteboard"),
    (
        "phone_screen",
        r"phone screen|phone interview|phone call|recruiter screen|screening call|"
        r"intro(?:ductory)? call|initial call|quick call|recruiter call",
    ),
    ("hiring_manager", r"hiring manager"),
    ("video", r"video interview|zoom|google meet|microsoft teams|teams meeting|webex"),
]
_MONEY = (
    r"(?P<cur>[$\u00a3\u20ac]|USD|EUR|GBP)\s?(?P<amt>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"\s?(?P<k>[kK]\b)?"
)
_DATE = (
    r"(?P<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,?\s\d{4})?)"
)
# (term, pattern): the first pattern that matches a term wins.
_TERMS: list[tuple[str, re.Pattern]] = [
    (
        "base_salary",
        re.compile(r"(?i:base salary|annual salary|base pay|salary|base)\D{0,40}?" + _MONEY),
    ),
    ("sign_on_bonus", re.compile(r"(?i:sign[- ]on bonus|signing bonus)\D{0,30}?" + _MONEY)),
    ("sign_on_bonus", re.compile(_MONEY + r"\s(?i:sign[- ]on|signing) bonus")),
    (
        "bonus",
        re.compile(
            r"(?i:target bonus|annual bonus|bonus target|performance bonus)"
            r"\D{0,30}?(?P<pct>\d{1,2}(?:\.\d)?)\s?%"
        ),
    ),
    (
        "equity",
        re.compile(
            r"(?P<eq>\d[\d,]*\s(?i:RSUs|restricted stock units|shares|"
            r"stock options|options))"
        ),
    ),
    ("start_date", re.compile(r"(?i:start date|start on|starting on|begin on)\D{0,20}?" + _DATE)),
]


def _zone(match: re.Match, default: tzinfo = UTC) -> tzinfo:
    if match.group("off"):
        minutes = int(match.group("offm") or 0)
        hours = int(match.group("off"))
        return timezone(timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes))
    if not match.group("tz"):
        return default
    name = match.group("tz").upper()
    value = _ZONES.get(name, 0)
    if isinstance(value, str):
        return ZoneInfo(value)
    return timezone(timedelta(hours=value))


def default_zone(name: str | None) -> tzinfo:
    """The zone a time written without one is in: the user's (an IANA name), else UTC."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _clock(match: re.Match, bare_hour_ok: bool = False) -> tuple[int, int] | None:
    """(hour, minute) of a time match; None when it is no time of day ("Tuesday 10")."""
    hour, minute = int(match.group("h")), int(match.group("mi") or 0)
    ampm = (match.group("ap") or "").lower().replace(".", "").replace(" ", "")
    if not ampm and not match.group("mi"):
        if not (bare_hour_ok and 1 <= hour <= 12):
            return None
        # "at 2" for a meeting is 2 pm; "at 9" is 9 am.
        ampm = "pm" if hour < 7 else ""
    if hour > 23 or minute > 59:
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


def parse_relative(
    match: re.Match, sent_at: datetime | None, default: tzinfo = UTC
) -> datetime | None:
    """An aware UTC datetime for "tomorrow at 10" / "Tuesday at 2pm", counted from sent_at."""
    if sent_at is None:
        return None
    clock = _clock(match, bare_hour_ok=bool(match.group("at")))
    if clock is None:
        return None
    zone = _zone(match, default)
    sent_day = sent_at.astimezone(zone).date()
    word = match.group("rel").lower().split()[-1]
    if word == "today":
        ahead = 0
    elif word == "tomorrow":
        ahead = 1
    else:
        # The coming weekday: a day named on its own weekday means a week later.
        ahead = (_WEEKDAYS.index(word[:3]) - sent_day.weekday()) % 7 or 7
    day = sent_day + timedelta(days=ahead)
    local = datetime(day.year, day.month, day.day, *clock, tzinfo=zone)
    return local.astimezone(UTC)


def parse_time(match: re.Match, sent_at: datetime | None, default: tzinfo = UTC) -> datetime | None:
    """An aware UTC datetime for a date-time match, or None when it is not a time of day."""
    clock = _clock(match)
    if clock is None:
        return None
    hour, minute = clock
    if match.group("iy"):
        year, month, day = int(match.group("iy")), int(match.group("im")), int(match.group("id"))
    elif match.group("mon") or match.group("mon2"):
        month = _MONTHS[(match.group("mon") or match.group("mon2"))[:3].lower()]
        day, year = int(match.group("day") or match.group("dd")), match.group("year")
        year = int(year) if year else None
    else:
        month, day = int(match.group("mo")), int(match.group("d"))
        year = match.group("y2")
        year = (int(year) + (2000 if len(year) == 2 else 0)) if year else None
    reference = sent_at or datetime.now(UTC)
    guessed = year is None
    year = year or reference.year
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=_zone(match, default))
    except ValueError:
        return None
    if guessed and local.astimezone(UTC) < reference - timedelta(days=30):
        local = local.replace(year=year + 1)
    return local.astimezone(UTC)


def interview_time(
    text: str, sent_at: datetime | None, default: tzinfo = UTC
) -> tuple[datetime, int, int] | None:
    """The first time of day in text with a date or a relative day: (UTC time, start, end)."""
    best = None
    for match in _DATE_TIME.finditer(text):
        when = parse_time(match, sent_at, default)
        if when:
            best = (when, match.start(), match.end())
            break
    for match in _RELATIVE.finditer(text, 0, best[1] if best else len(text)):
        when = parse_relative(match, sent_at, default)
        if when:
            return when, match.start(), match.end()
    return best


def interview_type(text: str) -> str | None:
    lowered = re.sub(r"technical (?:recruit|sourc)\w*", " ", text.lower())
    for name, pattern in _TYPES:
        if re.search(pattern, lowered):
            return name
    return None


def offer_terms(text: str) -> dict[str, str] | None:
    terms: dict[str, str] = {}
    for key, pattern in _TERMS:
        match = pattern.search(text)
        if not match or key in terms:
            continue
        groups = match.groupdict()
        if "amt" in groups and groups["amt"]:
            amount = groups["amt"] + ("k" if groups.get("k") else "")
            terms[key] = f"{groups['cur']}{amount}"
        elif groups.get("pct"):
            terms[key] = f"{groups['pct']}%"
        elif groups.get("eq"):
            terms[key] = groups["eq"]
        elif groups.get("date"):
            terms[key] = groups["date"].strip()
    return terms or None


class DetailFinder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found = facts(doc)
        kind = found.get("kind")
        found.update(interview_at=None, interview_type=None, offer_terms=None)
        text = text_of(doc)
        if kind == "interview_invitation":
            info = meta(doc)
            sent = info.get("sent_at")
            sent_at = datetime.fromisoformat(sent) if sent else None
            if sent_at and sent_at.tzinfo is None:
                sent_at = sent_at.replace(tzinfo=UTC)
            when = interview_time(text, sent_at, default_zone(info.get("default_tz")))
            if when:
                found["interview_at"] = when[0].isoformat()
                add_evidence(doc, "INTERVIEW_AT", when[1], when[2])
            found["interview_type"] = interview_type(text)
        elif kind == "offer":
            found["offer_terms"] = offer_terms(text)
        return doc


@Language.factory("sneaker_details", default_config={})
def make_detail_finder(nlp: Language, name: str) -> DetailFinder:
    return DetailFinder(name)

"""Staffing and search firms: the listed agencies, the talk that marks a firm hiring for a
client, and the firm's own full name ("Hartley Rose Recruitment")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extractors.org_names import ORG
from extractors.senders import squash


@dataclass
class Agency:
    name: str
    domains: tuple[str, ...]


def read_agencies(path: Path) -> list[Agency]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, domains = line.partition("|")
            rows.append(Agency(name.strip(), tuple(domains.split())))
    return rows


AGENCY_TALK = re.compile(
    r"\b(?:my|our) (?:[\w-]+ ){0,3}clients?\b|\bclient of ours\b|"
    r"\bstaffing (?:firm|agency|company)|"
    r"\b(?:recruiting|recruitment) (?:firm|agency|consultancy)|\bsearch firm\b|"
    r"\bemployment (?:agency|business)\b|\bthe client(?:'s)?\b|\bour consultants\b|"
    # "I'm recruiting a Store Manager for a national retailer": a firm hiring for another.
    r"\brecruiting (?:a|an) [^.\n]{0,60}\bfor (?:a|an|one of)\b|"
    # "our client" in the singular in other languages ("unsere Kunden" and "nuestros
    # clientes" are an employer's customers as often): "nuestro cliente", "notre client",
    # "unserem Kunden", "onze klant", "nosso cliente", "il nostro cliente", "nasz klient",
    # "klientem jest X" (Polish: the client is X)
    r"\b(?:nuestro|notre|nosso|nostro|onze) (?:client|cliente|klant)\b|"
    r"\bunser(?:em|es)? (?:Kunde|Kunden)\b(?! (?:und|sind|haben|erwarten))|"
    r"\b(?:nasz|naszym|naszego) klient(?:em|a)?\b|\bklientem jest\b",
    re.I,
)
# Every alternative of AGENCY_TALK holds one of these (lower case): mail with none of them
# is not searched (re.I also matches the non-ASCII twins of 'k', 's', 'i' that lower() keeps:
# such mail is searched the plain way).
_AGENCY_WORDS = (
    "client",
    "staffing",
    "recruit",
    "search firm",
    "employment",
    "consultants",
    "klient",
    "klant",
    "kunde",
)


def agency_talk(text: str) -> bool:
    """Whether the mail talks like a firm hiring for a client (AGENCY_TALK)."""
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _AGENCY_WORDS):
            return False
    return AGENCY_TALK.search(text) is not None


# A domain that says what the firm does: `northpeakstaffing.com`, `brightrecruiting.co`.
AGENCY_ROOT = re.compile(r"staffing|recruit|placement|personnel|headhunt|executivesearch|talent")


# Words that end an agency's own name ("Tenby Clark Recruitment", "Halliday Search").
_AGENCY_WORD = (
    r"(?:Recruitment|Recruiting|Staffing|(?:Executive )?Search|Consultants|"
    r"Consultancy|Personnel|Talent(?: Group| Partners)?)"
)
# ... unless a team word follows: "Acme Recruitment Team" is an employer's department.
_NOT_FIRM = r"(?! (?:Team|Department|Dept|Office|Portal|System))\b"


_FIRM_LINE = re.compile(
    r"(?m)^[ \t]*(?P<firm>"
    + ORG.replace("(?P<org>", "(?P<own>", 1)
    + " "
    + _AGENCY_WORD
    + r")(?:,? (?:Ltd|Limited|LLC|Inc|Pty Ltd)\.?)?[ \t]*(?:\||$)"
)


def firm_signature(text: str, root: str) -> str | None:
    """'Hartley Rose Recruitment' on a line of its own, when the firm's domain is its name."""
    for match in _FIRM_LINE.finditer(text):
        if squash(match.group("own")) == root:
            return match.group("firm")
    return None


def whole_firm_name(text: str, name: str, root: str | None, display: str = "") -> str:
    """'Brightway' -> 'Brightway Recruiting' when the firm's domain spells the whole name, or
    the mail names the firm with its trade word ('Kingsley Hart Recruitment Ltd'): for an
    agency the trade word is part of its name, not a team of an employer."""
    for source in (display, text):
        found = re.search(re.escape(name) + " " + _AGENCY_WORD + _NOT_FIRM, source)
        if found:
            return found.group(0)
    if not root or squash(name) == root:
        return name
    for match in re.finditer(re.escape(name) + r"(?: [A-Z][\w&'-]*){1,2}", text):
        words = match.group(0).split()
        for end in range(len(words), len(name.split()), -1):
            if squash(" ".join(words[:end])) == root:
                return " ".join(words[:end])
    return name

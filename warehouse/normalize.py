"""Exact-match keys for companies and roles: case, punctuation and legal suffixes only.

These keys decide which mail belongs to one opportunity, so they are deliberately not
fuzzy: "Senior Engineer" and "Staff Engineer" at one company stay two keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.relays import is_relay_domain

_LEGAL_SUFFIXES = {
    "inc",
    "incorporated",
    "llc",
    "l.l.c",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "plc",
    "sa",
    "ag",
    "bv",
    "pty",
    "lp",
    "llp",
}
_ROLE_ABBREVIATIONS = {
    "sr": "senior",
    "jr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "mgr": "manager",
    "dev": "developer",
    "swe": "software engineer",
    "sde": "software development engineer",
    "ii": "2",
    "iii": "3",
    "iv": "4",
}
_WORD = re.compile(r"[a-z0-9]+(?:[&+#][a-z0-9]*)*")


def _ascii_lower(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def normalize_company(name: str | None) -> str | None:
    """'Acme, Inc.' -> 'acme'; 'The Home Depot' -> 'home depot'; None for empty names."""
    if not name:
        return None
    words = _WORD.findall(_ascii_lower(name).replace("'", ""))
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words) or None


@lru_cache(maxsize=65536)
def normalize_role(role: str | None) -> str | None:
    """'Sr. Software Eng. (Remote)' -> 'senior software engineer remote'."""
    if not role:
        return None
    words = [_ROLE_ABBREVIATIONS.get(w, w) for w in _WORD.findall(_ascii_lower(role))]
    return " ".join(words) or None


@lru_cache(maxsize=65536)
def email_domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.strip().lower().rstrip(">").rsplit("@", 1)[1] or None


@lru_cache(maxsize=65536)
def is_relay_self_name(company_key: str | None, sender_domain: str | None) -> bool:
    """True when a relay names itself as the company ('Workday' in mail from myworkday.com)."""
    if not company_key or not sender_domain or not is_relay_domain(sender_domain):
        return False
    return company_key.replace(" ", "") in sender_domain.replace("-", "")

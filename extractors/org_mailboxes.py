"""Sender-side rules: whose mail a forward or a scheduler carries, a person's business on a
personal address ("timsautowash@gmail.com" -> "Tim's Auto Wash"), the employer in brackets
after an invitee's name."""

from __future__ import annotations

import re

from extractors.lexicon import words
from extractors.org_domains import written_name
from extractors.org_names import PLACES, clean_org, named_person
from extractors.org_patterns import PERSON_BRACKET
from extractors.senders import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    domain_org,
    known_given_name,
    looks_like_person,
    split_addr,
    squash,
)

SCHEDULERS = frozenset({"scheduler", "calendar_video"})
# The relays whose mail is an event or an envelope between people: a scheduler's, a
# calendar's, an e-signature service's.
BETWEEN_PEOPLE = SCHEDULERS | {"e_signature"}
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def organizer_root(text: str, info: dict) -> str | None:
    """The organization root of the first company address in a scheduler's mail that is not
    the reader's ('Organizer (ravi@driftwood.so)' -> 'driftwood')."""
    own = {a.lower() for a in info.get("to_addrs") or ()}
    own.add((info.get("from_addr") or "").lower())
    for match in _ADDRESS.finditer(text):
        address = match.group(0).lower().rstrip(".")
        root = None if address in own else domain_org(address)
        if root:
            return root
    return None


def bracketed_employers(text: str) -> list[tuple[float, str, int, int]]:
    found = []
    for m in PERSON_BRACKET.finditer(text):
        name = clean_org(m.group("org"))
        if name and not named_person(name):
            found.append((3.0, name, m.start("org"), m.start("org") + len(name)))
    return found


# "Jordan Whitfield and Noor Haddad", "Katharina Wendt und Lea Brandstätter": an event's two
# sides joined (not "&", which joins a firm's partners: "Brooks & Ortiz")
_JOINED = re.compile(r"\s+(?:and|und|et|y|e|en|och|og|i)\s+")


def _named_as_org(name: str, text: str) -> bool:
    """Whether the text writes the name as an organization's: 'at X', 'join X', "X's team",
    'X Recruiting', 'X, Inc.' ('Morgan Stanley', 'Robert Half' read as people)."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"(?i:\bat|\bjoin(?:ing)?|\bbei|\bchez)\s{n}\b|"
            rf"{n}(?:['\u2019]s)?\s(?i:team|recruiting|talent|careers|hiring|people)\b|"
            rf"{n},?\s(?:Inc|LLC|Ltd|GmbH|plc|AG|SA|B\.?V)\b",
            text,
        )
    )


def names_people(name: str, text: str) -> bool:
    """Whether a name is one person's or people's ('Chloe Barrett', 'Sinéad', 'Esther Njoroge
    and Adaeze Okonkwo-Mwangi') that the text does not write as an organization's: in a
    scheduler's, a calendar's or an e-signature service's mail, the invitee, the host or
    the envelope's sender, never the employer (which the mail's thread names). A lone word
    counts only as a common given name ('Olivia', Paradox's assistant); a fuller name's
    first word may be any locale's ('Kinga Zając', 'Lieke Jansen')."""
    parts = _JOINED.split(name.strip())
    if any(w.lower() in PLACES for w in name.split()):
        return False  # "Hilton Singapore Orchard": a hotel, its town in its name
    for part in parts:
        if " " in part:
            if not (looks_like_person(part) and known_given_name(part)):
                return False
        elif squash(part) not in GIVEN_NAMES:
            return False
    return not _named_as_org(name, text)


_FORWARD_SUBJECT = re.compile(r"^(?:re:\s*)?fwd?:", re.I)
_FORWARDED_FROM = re.compile(
    r"(?im)^[ \t>*]*from:[ \t]*(?P<name>[^<\n]*?)[ \t]*(?:<(?P<addr>[^>\n]+)>)?[ \t]*$"
)


def forwarded_sender(
    text: str, subject_end: int, quoted: str | None = None
) -> tuple[str, str] | None:
    """(display name, address) of the message a forward carries, from its 'From:' line (in
    the text, or where the cleaner put it apart as the quoted message)."""
    if not _FORWARD_SUBJECT.match(text):
        return None
    match = _FORWARDED_FROM.search(text, subject_end) or _FORWARDED_FROM.search(quoted or "")
    if not match or not (match.group("name") or match.group("addr")):
        return None
    return match.group("name").strip(' "'), (match.group("addr") or "").strip().lower()


STATED = re.compile(r"\s(?:via|through|on behalf of)\s", re.I)


def sender_addr(info: dict) -> str:
    """The address whose organization the mail is about: the sender's, or in the user's
    own mail the first recipient's."""
    if info.get("is_from_me"):
        return (info.get("to_addrs") or [""])[0]
    return info.get("from_addr") or ""


# Words of a personal address that are no business name: 'jen.aquino.hr', 'mia.staff'.
_NOT_BUSINESS = words("hr staff office jobs job admin info mail team careers work the official")


def personal_business(addr: str, person: str | None, text: str) -> str | None:
    """The business a person writing from a personal address names in its local part and in
    the mail ('rob.mallory.cleanwise@gmail.com' signing 'Cleanwise Commercial',
    'timsautowash@gmail.com' signing "Tim's Auto Wash"): the part that is not the
    writer's name, as the mail writes it."""
    local = split_addr(addr)[0] or ""
    own = [squash(w) for w in (person or "").split() if squash(w)]
    for part in re.split(r"[._+\d-]+", local.lower()):
        for suffix in _NOT_BUSINESS:
            if part.endswith(suffix) and len(part) - len(suffix) >= 5:
                part = part[: -len(suffix)]  # 'patsdinerjobs'
        if len(part) < 5 or part in _NOT_BUSINESS or part in GIVEN_NAMES or part in COMPANY_WORDS:
            continue
        if _own_name(part, own):
            continue  # 'salbrewster', 'mitch' of Gary Mitchell: the writer's own name
        written = _business_name(text, part) or written_name(text, part)
        if written and not named_person(written) and not _own_name(squash(written), own):
            return written
    return None


def _own_name(letters: str, own: list[str]) -> bool:
    """Letters made of the writer's names, whole, cut short or as initials, in any order:
    'kimbrowne', 'kbrowne', 'browne', 'mitch' (Mitchell)."""
    if not letters:
        return True
    for name in own:
        for size in (len(name), 1):
            if letters.startswith(name[:size]) and _own_name(letters[size:], own):
                return True
        if name.startswith(letters) and len(letters) >= 3:
            return True
    return False


def _business_name(text: str, key: str) -> str | None:
    """The capitalized run of words whose letters start with key ('cleanwise' ->
    'Cleanwise Commercial', 'wendys' -> "Wendy's")."""
    if key[:3] not in text.lower():
        return None
    found = [
        m.group(0).strip(" .,")
        for m in _WRITTEN_OR_ONE.finditer(text)
        if squash(m.group(0)).startswith(key)
    ]
    # "Wendy's Freedom Dr": a store's street after the name is no part of it
    found = [_STREET_TAIL.sub("", f) for f in found if not named_person(f)]
    found = [f for f in found if len(f.split()) <= 4 and squash(f).startswith(key)]
    return max(found, key=lambda f: len(f.split())) if found else None


_STREET_TAIL = re.compile(
    r"(?: [A-Z][\w'-]*)? (?:Dr|St|Rd|Ave|Blvd|Street|Road|Drive|Avenue|Lane|Way|Hwy)\.?$"
)
_WRITTEN_OR_ONE = re.compile(r"\b[A-Z][\w'\u2019]*(?:(?: (?:&|and) | )[A-Z][\w'\u2019]*)*")

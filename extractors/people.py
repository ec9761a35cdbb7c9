"""`sneaker_person`: the recruiter or hiring manager who wrote, and their title.

The name comes from the From display name when it is a person's ("Jane Doe", "Jane Doe
via LinkedIn"), else from the signature under a closing ("Best,\\nJane Doe\\nTechnical
Recruiter | Acme") or an introduction ("My name is Jane Doe, a recruiter at Acme").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.docmeta import add_evidence, facts, meta, sender, text_of
from extractors.lexicon import keyword_positions
from extractors.senders import looks_like_person

_CLOSING = re.compile(
    r"^(?:best(?: regards| wishes)?|regards|kind regards|warm regards|warmest regards|"
    r"warmly|thanks(?: again| so much)?|thank you|many thanks|cheers|sincerely|"
    r"all the best|talk soon|respectfully|best,? thanks|with gratitude|looking forward)"
    r"[,!.]?\s*$",
    re.I | re.M,
)
_TITLE_WORDS = re.compile(
    r"\b(?:recruit\w*|talent|sourc\w+|manager|director|partner|coordinator|lead|engineer|"
    r"head|founder|co-founder|ceo|cto|coo|vp|vice president|hr|people|hiring|principal|"
    r"consultant|specialist|associate|executive|president|officer|generalist|acquisition)\b",
    re.I,
)
_INTRO = re.compile(
    r"(?:my name is|i'm|i am|this is)\s+(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})"
    r"(?:,|\sand)?\s*(?:i'm |i am |a |an |the )*(?P<title>[A-Za-z ]{3,60}?)?"
    r"(?=\s(?:at|with|from|for)\s|[.,\n])",
    re.I,
)


_INTRO_STARTS = ("my name is", "i'm", "i am", "this is")
# Letters that match "i" or "s" case-insensitively without lowering to them.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def find_intro(text: str) -> re.Match | None:
    """_INTRO.search(text), tried only where one of its openings starts (a case-insensitive
    search tries every character)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _ODD_CASE.search(text):
        return _INTRO.search(text)
    for index in keyword_positions(lowered, _INTRO_STARTS):
        match = _INTRO.match(text, index)
        if match:
            return match
    return None


def signature(text: str) -> tuple[str | None, str | None, int]:
    """(name, title, offset of the name) from the last closing block of a body."""
    closings = list(_CLOSING.finditer(text))
    for closing in reversed(closings):
        lines = text[closing.end() :].lstrip("\n").split("\n")
        if not lines:
            continue
        name = lines[0].strip().strip(",")
        name = re.split(r"\s*[|,\u2013-]\s+", name)[0].strip()
        if not looks_like_person(name):
            continue
        title = None
        for line in lines[1:3]:
            line = line.strip()
            if line and _TITLE_WORDS.search(line) and len(line) <= 80:
                title = re.split(r"\s+(?:\||at|@|-|\u2013)\s+|,\s", line)[0].strip()
                break
        return name, title, text.index(name, closing.end())
    return None, None, -1


class PersonFinder:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        info = meta(doc)
        found = facts(doc)
        text = text_of(doc)
        person, title = None, None
        if not info.get("is_from_me"):
            person, _ = sender(doc)
        sig_name, sig_title, offset = signature(text)
        if sig_name and (person is None or sig_name.split()[0] == person.split()[0]):
            if person is None:
                person = sig_name
                add_evidence(doc, "PERSON", offset, offset + len(sig_name))
            title = sig_title
        if person is None or title is None:
            intro = find_intro(text)
            if intro and looks_like_person(intro.group("name")):
                person = person or intro.group("name")
                raw = (intro.group("title") or "").strip()
                if title is None and raw and _TITLE_WORDS.search(raw):
                    title = raw
        if info.get("is_from_me") and person and not sig_name:
            person = None
        found["person_name"] = person
        found["person_title"] = title if person else None
        return doc


@Language.factory("sneaker_person", default_config={})
def make_person_finder(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder(name)

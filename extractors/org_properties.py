"""A hotel group's mail about a post at one of its hotels: the employer is the hotel.

docs/labeling.md settles a named unit inside a parent as the unit ("Oakfield Academy, part
of Northway Learning Trust"); the hotel writers did the same for properties ("Bangkok
Marriott Marquis Queen's Park", not "Marriott International"; "Hilton Singapore Orchard",
not "Hilton"). A group's careers mail writes the group in its sender and the hotel in its
text, as the group's brand with a place or a hotel word around it.
"""

from __future__ import annotations

import functools
import re

from extractors.lexicon import words
from extractors.org_names import PLACES, clean_org
from extractors.senders import squash

# What a group's name adds to its brand ("Marriott International", "Pan Pacific Hotels
# Group", "IHG Hotels & Resorts", "Centara Hotels Resorts", "Shangri-La Group").
_GROUP_TAIL = re.compile(
    r"(?:\s+(?:International|Worldwide|Hotel Group|Group|Hotels|Resorts|&|and|Hospitality|"
    r"Management|Collection|Company|Corporation|Inc\.?|Careers|Recruitment|Talent Acquisition))+$"
)
# (a singular "Hotel" ends a hotel's own name: "Orange Grove Hotel" is no group)
# A hotel's name around its group's brand: a place or one of these words.
_PROPERTY_WORDS = words("hotel resort suites inn marquis grand palace lodge spa residences")
# Words that make a run the group's, a programme's or a mailbox's, not a hotel's.
_NOT_PROPERTY = words(
    """
    international worldwide group hotels resorts hospitality management collection careers
    career recruitment recruiting talent acquisition team jobs hr corporate rewards bonvoy
    honors privacy policy portal account application interview
    rd st ave road street blvd drive
    """
)
_WORD = r"[A-Z][\w'\u2019&-]*"
# The mail is about a hotel: it says so, or the group's or the hotel's name does.
_HOTEL_TALK = re.compile(r"(?i)\b(?:hotel|resort|marquis|suites)s?\b")


def _is_place_or_property(word: str) -> bool:
    return word in PLACES or word in _PROPERTY_WORDS


def _without_trailing_place(name: str) -> str:
    """'Singapore Marriott Tang Plaza Hotel, Singapore' -> its name before the town it adds;
    'Mandarin Oriental, Bangkok' keeps it (the hotel is named by its town)."""
    head, comma, tail = name.rpartition(", ")
    if (
        comma
        and all(w.lower() in PLACES for w in tail.split())
        and any(_is_place_or_property(w.lower()) for w in head.split())
    ):
        return head
    return name


@functools.lru_cache(maxsize=4096)
def _run_of(stem: str) -> re.Pattern:
    """A run of capitalized words around the brand (cached: the same brands recur across a
    set's mails, more of them than re's own cache of 512 patterns keeps)."""
    return re.compile(
        rf"(?<![\w-])(?:{_WORD} ){{0,2}}{re.escape(stem)}(?![\w-])"
        rf"(?:,? (?:at |on |de )?{_WORD}){{0,4}}"
    )


def hotel_property(text: str, company: str) -> str | None:
    """The one hotel of a hotel group's brand the text names, when `company` is the group
    or its brand alone and the mail is about a hotel; None otherwise (or when it names
    several: a group's mail about more than one)."""
    stem = _GROUP_TAIL.sub("", company).strip()
    if not stem or len(stem) < 3 or stem.lower() in PLACES:
        return None
    if stem not in text:
        # every run holds the stem as written: no need to build the pattern (a compile per
        # candidate was ~13% of the training pass over all labeled mail)
        return None
    run = _run_of(stem)
    found: dict[str, str] = {}
    for match in run.finditer(text):
        name = clean_org(_without_trailing_place(match.group(0)))
        if not name or stem not in name or squash(name) == squash(stem):
            continue
        _, comma, tail = name.rpartition(", ")
        if comma and not all(w.lower() in PLACES for w in tail.split()):
            continue  # "Orange Grove Hotel, Fri-Sun": the name ends at the comma
        extra = [w.lower().strip(",") for w in name.replace(stem, " ").split()]
        extra = [w for w in extra if w not in ("at", "on", "de", "the")]
        if not extra or set(extra) & _NOT_PROPERTY:
            continue
        if stem == company and not any(_is_place_or_property(w) for w in extra):
            continue  # a brand alone ("Hilton"): its hotel says where it is
        if not (_HOTEL_TALK.search(text) or _HOTEL_TALK.search(company + " " + name)):
            continue
        found.setdefault(squash(name), name)
    # a run that another one holds whole is that hotel's name cut short
    names = [n for k, n in found.items() if not any(k != o and k in o for o in found)]
    return names[0] if len(names) == 1 else None

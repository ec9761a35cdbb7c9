"""Job cards of ATS and job-board mail: a title line over the employer, the place or the pay
("Data Engineer" / "Acme \u00b7 Denver, CO"), and the title part of such a line."""

from __future__ import annotations

import re

from extractors.lexicon import ORG

CARD = re.compile(
    # (a lookahead: the line under a title can be the next card's title line)
    r"^(?P<line>[^\n]{3,90})\n(?=\n?(?:" + ORG + r")(?: \u00b7 | - | \| )"
    # or over the place of the job: "Denver, CO", "Remote - US", "Hybrid - Minneapolis"
    r"|[A-Z][\w .'-]{1,30}, ?[A-Z]{2}(?:\n| \u00b7 )|(?:Remote|Hybrid|On-?site)\b"
    # or over the employer's line and a "Label: value" line ("Announcement number: ...")
    r"|(?:" + ORG.replace("?P<org>", "?:") + r")\n[A-Z][\w ]{2,30}:[ \t]"
    # or over the job card's own fields: "Salary: ...", "Closing date: ..."
    r"|(?i:salary|pay|pay rate|closing|closing date|location|job type|employment type|"
    r"deadline|hours|grade|schedule|posted|start date):[ \t]"
    # or over its pay: "$43 - $59/hr \u00b7 $10,000 sign-on \u00b7 Goodyear, AZ"
    r"|[$\u00a3\u20ac]\d[\d,.]*[kK]?(?:\s?[-\u2013]\s?[$\u00a3\u20ac]?\d[\d,.]*[kK]?)?\s?"
    r"(?:/\s?(?:hr|hour|h|yr|year|wk|week|day)|(?:an|a|per) (?:hour|year|week|day))\b)",
    re.M,
)
# Where a job is, on a card's line: "Sydney, NSW (On-site)", "Bengaluru, Karnataka, India",
# "Remote", "Hybrid - Berlin".
PLACE_LINE = re.compile(
    r"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)+"
    r"(?:\s*(?:\((?:On-?site|Hybrid|Remote)\)|\u00b7 \w+))?|(?:Remote|Hybrid|On-?site)\b.*)\s*$"
)
# A card's title and where, on one line: "Data Engineer - Payments \u00b7 Denver, CO"
CARD_INLINE = re.compile(
    # ("Product Designer \u00b7 Kestrel \u00b7 Remote (US, Canada)": the employer between)
    r"^(?P<line>[^\n\u00b7]{3,90}) \u00b7 (?:[^\n\u00b7]{2,60} \u00b7 )?"
    r"(?:[A-Z][\w .'-]{1,30}, ?[A-Z]{2}|Remote|Hybrid|"
    r"On-?site)\b",
    re.M,
)
# a word in lower case, accented ones too ("pr\u00e9sident du comit\u00e9")
_LOWER_WORD = re.compile(
    r"(?<![\w(])(?!(?:of|and|in|for|the|to|at|on|de|la|di|em|en|del|des|du)\b)"
    r"[a-z\u00df-\u00f6\u00f8-\u00ff]\w+"
)


def card_title(line: str) -> str | None:
    """The title part of a job-card line: "Still reviewing - Senior UX Researcher" is a status
    then a title; a part with words in lower case (outside brackets) is no title, nor is a
    "Label: value" line (the label patterns read those)."""
    if ": " in line:
        return None
    begin = 0
    for mark in _CARD_MARK.finditer(line):
        part = line[begin : mark.start()]
        if not _LOWER_WORD.search(_BRACKETED.sub("", part)):
            break
        begin = mark.end()
    rest = line[begin:]
    if _LOWER_WORD.search(_BRACKETED.sub("", rest)):
        return None if begin else line
    return rest


_CARD_MARK = re.compile(r"\s+[-\u2013|]\s+")
_BRACKETED = re.compile(r"\([^()]*\)")


# An ATS's HTML table of fields, once it is text, writes each field's label and value on one
# line: "Position Quality Engineer, Aerospace" / "Location Jackson, MI" / "Job ID 362". The
# label is no part of the title. A booking's table too: Calendly's "Event Type Digital
# Archivist Interview" over "Invitee Rowan MacIsaac".
_FIELD_LABEL = re.compile(
    r"(?:Job Title|Position Title|Job Posting|Position|Title|Role|Posting|Vacancy|Job|"
    r"Event Type|Event Name)[ \t]+"
    r"(?=[A-Z])"
)
# the other fields of such a table, on the lines around the title's
_FIELD_LINE = re.compile(
    r"(?:Location|Lieu|Ubicaci\u00f3n|Standort|Requisition|Req ID|Requisition ID|Job ID|"
    r"Job Number|Job Code|Reference|Status|Department|Closing Date|Salary|Position|Title|"
    r"Role|Posting|Work Location|Division|Invitee|Event Date|Date|Time)(?: \w+)?[ \t]+\S"
)


def lines_around(text: str, start: int) -> tuple[str, str]:
    """The non-blank lines before and after the line that starts at `start`."""
    before = text[:start].rstrip().rpartition("\n")[2]
    stop = text.find("\n", start)
    after = text[stop:].lstrip().partition("\n")[0] if stop != -1 else ""
    return before, after


def field_label_cut(text: str, title: str, start: int) -> tuple[str, int]:
    """The title without the field label a table's line starts it with, and where it starts
    then: "Position Quality Engineer, Aerospace" over "Location Jackson, MI" (or under a
    line ending in a colon: "... received your application for:"). A label followed by one
    word stays ("Title Examiner" is a title); a line that is no table's field stays."""
    if start <= 0 or text[start - 1] != "\n":
        return title, start
    label = _FIELD_LABEL.match(title)
    if label is None or " " not in title[label.end() :].strip():
        return title, start
    before, after = lines_around(text, start)
    if not (before.endswith(":") or _FIELD_LINE.match(before) or _FIELD_LINE.match(after)):
        return title, start
    return title[label.end() :], start + label.end()

"""Choosing the title among those found: without the employer's name, one title found in two
forms counted once (the full form, the body's form), the sign-off that starts a signature."""

from __future__ import annotations

import re

from extractors.lexicon import ROLE_WORDS, words
from extractors.role_cleaning import QUALIFIER_WORD, clean_role, cut_unknown_place
from extractors.role_words import (
    ACRONYM,
    CHIEF_TITLES,
    NO_TITLES,
    has_title_word,
    is_place,
)

_LEAD_SEPARATOR = re.compile(r"^\s*[-\u2013|:,/]\s*")
# (and in other languages: "Brand Manager en Acme", "Marketing Manager de Acme", "Head of
# Marketing na Acme", "Product Designer chez Acme", "Data Scientist bei Acme")
_TAIL_SEPARATOR = re.compile(
    r"(?:\s*[-\u2013|:,@/]\s*(?:at\s)?|\s+(?:at|en|de|del|na|no|em|da|do|chez|bei|bij|presso)\s)$",
    re.I,
)
_TAIL_BRACKET = re.compile(r"\s*\([^()]*\)$")
# what follows a title's last dash: "Station Manager - Dallas"
_DASH_TAIL = re.compile(r"\s+[-\u2013|]\s+(?P<place>[^-\u2013|]+)$")


def title_entry(title: str, start: int, end: int, req: str | None, in_body: bool) -> list:
    """An entry of RoleFinder.choices before any place weighs it in: [weight, title, start,
    end, req id, found in the body, [(weight, start) of each place it was found]] (the finder's
    and the switch's spans stay so, weight 0 and no place)."""
    return [0.0, title, start, end, req, in_body, []]


def without_req_id(entry: list) -> list:
    """The entry chosen, without a requisition number still inside its title ("Data Analyst
    (R0021553)": the title "Data Analyst", req id R0021553; docs/labeling.md). The finder's
    spans were never cleaned, and some rules' forms keep the number (a form merged from
    another place, a body line's); only the number is cut here, with what clean_role cuts
    along with it, and only where clean_role finds one."""
    title = entry[1]
    if not any(c.isdigit() for c in title):
        return entry
    cleaned, req = clean_role(title)
    if not cleaned or not req or cleaned == title:
        return entry
    if title.startswith(cleaned) and title[len(cleaned) : len(cleaned) + 1].isalnum():
        return entry  # cut inside a word: "Sev1Tech" is a name, no "Sev" and an id "1Tech"
    end = entry[2] + len(cleaned) if entry[2] >= 0 and title.startswith(cleaned) else entry[3]
    return [entry[0], cleaned, entry[2], end, entry[4] or req, *entry[5:]]


def without_unknown_place(entry: list) -> list:
    """The entry chosen, without a town after its last "in" that no list holds
    (role_cleaning.cut_unknown_place): the finder's spans were never cleaned."""
    title = entry[1]
    if " in " not in title and " \u00e0 " not in title:
        return entry
    cut = cut_unknown_place(title)
    if cut == title:
        return entry
    end = entry[2] + len(cut) if entry[2] >= 0 else entry[3]
    return [entry[0], cut, entry[2], end, *entry[4:]]


def without_subject_place(entry: list) -> list:
    """The entry chosen, without a known place after a dash where only the subject writes
    the title so ("Application received: Station Manager - Dallas"): a subject adds where
    the job is to the title, which a body names bare or not at all. Where a body writes the
    place after its dash too, the writers of the labeled sets split on keeping it (about
    as many mails each way, by writers 34 to 20 for cutting): it stays as written."""
    if entry[5] or not entry[6]:
        return entry
    tail = _DASH_TAIL.search(entry[1])
    if not tail or tail.start() == 0 or not is_place(tail.group("place").strip()):
        return entry
    cut = entry[1][: tail.start()]
    if not has_title_word(cut):
        return entry
    end = entry[2] + len(cut) if entry[2] >= 0 else entry[3]
    return [entry[0], cut, entry[2], end, *entry[4:]]


# A seniority word and an acronym of a function written before a finder's span on its line:
# "Sr. HR Business Partner" whose span starts at "Business"
_SENIORITY_BEFORE = re.compile(r"(?:\b(?:Sr|Jr|Snr)\.?|\b(?:Senior|Junior))(?: [A-Z]{2,4})? $")


def with_seniority(entry: list, text: str) -> list:
    """A span of the finder or the switch (weight 0, found at no other place) with the
    seniority written right before it on its line; the finder's spans start after an
    abbreviation's full stop."""
    start = entry[2]
    if entry[0] or entry[6] or start <= 0 or start > len(text):
        return entry
    line = text[text.rfind("\n", 0, start) + 1 : start]
    lead = _SENIORITY_BEFORE.search(line)
    if not lead:
        return entry
    return [entry[0], lead.group(0) + entry[1], start - len(lead.group(0)), *entry[3:]]


def closed_bracket(entry: list, text: str) -> list:
    """The entry chosen, with the closing bracket its title opened where the text closes it
    right after: the finder's spans end at a word, which left "Frontend Developer (React" in
    125 mails of the labeled sets (the figures read no punctuation; the user reads the
    title)."""
    title, start, end = entry[1], entry[2], entry[3]
    if title.count("(") <= title.count(")") or start < 0 or end > len(text):
        return entry
    after = text[end : end + 40].split("\n", 1)[0]
    close = after.find(")")
    if close < 0 or "(" in after[:close] or (after[:close].strip() and close > 0):
        return entry
    closed = title + after[: close + 1].strip() if close else title + ")"
    return [entry[0], closed, start, end + close + 1, *entry[4:]]


# Words of where or which level that open titles as well as names of firms.
_LEVEL_WORDS = words(
    "north south east west central northern southern eastern western upper lower middle "
    "inner outer greater"
)


def _without_company(role: str, company: str) -> str:
    """'Acme - Data Engineer', 'Data Engineer - Acme (confidential search)', 'Acme Data
    Engineer' (the name run into the title): the title without the employer's name."""
    lowered, name = role.lower(), company.lower()
    if lowered.startswith(name):
        rest = role[len(company) :]
        if rest[:3] in ("'s ", "\u2019s ") and len(rest.split()) >= 2:
            return rest[3:].strip()  # "Acme's Graduate Scheme"
        separated = _LEAD_SEPARATOR.match(rest)
        if separated and not (rest[:1] in ("-", "/") and rest[1:2].isalnum()):
            # (a hyphen or slash joined to the next word goes on the word: "Front" does not
            # open "Front-end Developer", nor "Speech" "Speech/Language Pathologist")
            return rest[separated.end() :].strip()
        if rest[:1].isspace() and len(rest.split()) >= 2:
            return rest.strip()
    # "Stonebridge Summer Analyst Internship" from Stonebridge Consulting: the name's own
    # first word (no title word: "Data Corp" keeps "Data Engineer") run into the title.
    first = company.split()[0]
    if (
        " " in company
        and role.startswith(first + " ")
        and first.lower() not in ROLE_WORDS
        # (an adjective is the title's own first word: "Economic Affairs Officer" at the
        # Economic Commission for Africa, "Digital Marketing Manager" at Digital Realty)
        and not first.lower().endswith(_ADJECTIVE_ENDINGS)
        # (nor is a compass or level word: "Upper School Mathematics Teacher" at Upper
        # Canada College, "North Region Manager" at North Star Foods)
        and first.lower() not in _LEVEL_WORDS
        and len(role.split()) >= 2
    ):
        rest = role[len(first) :]
        separated = _LEAD_SEPARATOR.match(rest)
        return (rest[separated.end() :] if separated else rest).strip()
    bare = _TAIL_BRACKET.sub("", role) if role.endswith(")") else role
    if bare.lower().endswith(name):
        head = bare[: len(bare) - len(company)]
        separated = _TAIL_SEPARATOR.search(head)
        if separated and separated.start() > 0:
            before = head[: separated.start()].strip()
            # "Responsable de Marketing Internacional" goes on after its "de": that link word
            # ends an English title only ("Brand Manager Cosm\u00e9tica de Acme"). A head
            # alone before it is the title's own "de" ("Supervisor de Inventarios"): a
            # job board's "<title> de <employer>" read for the employer at the title's
            # first "de" leaves its head alone, while the employer's real name ends a title
            # written out ("Analista de Costos Log\u00edsticos de Nemak").
            if not _OTHER_LINK.search(separated.group(0)) or len(before.split()) >= 2:
                return before
    return role.strip()


_OTHER_LINK = re.compile(r"(?i:de|del|da|do)\s$")
_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ary", "ing", "ed", "ian", "ese")
# A sign-off line: what follows it is the writer's name, title and company.
_SIGN_OFF = re.compile(
    r"(?im)^(?:kind regards|best regards|warm regards|warmest regards|regards|best wishes|"
    r"many thanks|thanks|thank you|sincerely|yours sincerely|yours faithfully|yours truly|best|"
    r"cheers|with thanks|all the best|respectfully|warmly|talk soon|with gratitude|--)"
    r"[,.!]?[ \t]*$"
)


def signature_start(text: str, begin: int) -> int:
    """Offset of the last sign-off line in the mail (len(text) when there is none)."""
    last = len(text)
    for match in _SIGN_OFF.finditer(text, begin):
        last = match.start()
    return last


def strip_company(scores: dict[str, list], company: str) -> dict[str, list]:
    """'Acme - Data Engineer' is the role 'Data Engineer' at Acme."""
    if company.lower() in scores:
        return scores  # an "employer" that is one of the titles found is none to cut
    merged: dict[str, list] = {}
    for entry in scores.values():
        role = _without_company(entry[1], company)
        if not role or role.lower() == company.lower() or role.lower() in NO_TITLES:
            continue
        if " " not in role and ACRONYM.match(role) and role not in CHIEF_TITLES:
            continue
        if role != entry[1]:
            entry = [entry[0], role, entry[2], entry[2] + len(role), *entry[4:]]
        current = merged.setdefault(role.lower(), [0.0, *entry[1:6], []])
        current[0] += entry[0]
        current[5] = current[5] or entry[5]
        current[6] += entry[6]
    return merged


_SEPARATED = re.compile(r"^\s*[-\u2013|,(/]")
_GOES_ON = re.compile(r"^\s+(?:of|and|in|for|&|i{1,3}|iv|\d+)\b")
# more words going on: "Designer" / "Designer produit senior", "Shopper" / "Shopper Marketing
# Analyst" -- but not words of the process ("Engineer" / "Engineer Update")
_WORDS_ON = re.compile(r"^ [^\W\d_]")
_PROCESS_RUN = re.compile(QUALIFIER_WORD + r"(?:\s+" + QUALIFIER_WORD + r")*")
_DASHES = re.compile(r"\s+[-\u2013|]\s+")


def _place_after_dash(short: list, long: list) -> bool:
    """Whether the longer form of a title is the shorter one and a known place after a dash
    ("Hospital Account Executive" / "Hospital Account Executive - Chicago")."""
    if not long[1].lower().startswith(short[1].lower()):
        return False
    tail = _DASH_TAIL.fullmatch(long[1], len(short[1]))
    return bool(tail) and is_place(tail.group("place").strip())


def prefer_full_forms(scores: dict[str, list], subject_end: int = -1, text: str = "") -> None:
    """One title found in two forms counts once. A form that goes on in words is the full
    title ("Director" / "Director of Product Design"); a form that adds a marked part
    ("- Leeds - \u00a360k", "- Cardiology") is what the body wrote when only one of the two is
    in the body: subjects shorten titles and decorate them with places and pay. Dashes
    between the words do not make another title ("RN Critical Care" / "RN - Critical Care
    (Nights)"); a form cut off in mid-word (a long subject or preheader) is the whole one's."""
    plain = {key: _DASHES.sub(" ", key) if " " in key else key for key in scores}
    keys = sorted(scores, key=lambda key: len(plain[key]))
    for i, short in enumerate(keys):
        for long in keys[i + 1 :]:
            if long not in scores or short not in scores:
                continue
            if long.startswith(short):
                extra = long[len(short) :]
            elif plain[long].startswith(plain[short]) and plain[long] != long:
                # only the same words, or the same words and a bracket
                extra = plain[long][len(plain[short]) :]
                if extra and not extra.startswith((" (", "(")):
                    continue
            else:
                continue
            goes_on = _GOES_ON.match(extra) or (
                _WORDS_ON.match(extra) and not _PROCESS_RUN.fullmatch(extra.strip())
            )
            a, b = scores[short], scores[long]
            if extra[:1].isalnum() and (
                _cut_off(short, extra, a, b, subject_end) or _line_cut(text, a)
            ):
                keep, drop = long, short
                scores[keep][0] += scores[drop][0]
                scores[keep][4] = scores[keep][4] or scores[drop][4]
                _merge_mentions(scores[keep], scores[drop])
                del scores[drop]
                break
            if not extra:
                keep, drop = (short, long) if a[5] and not b[5] else (long, short)
            elif _place_after_dash(a, b):
                # the mail writes the title without the place too: the place is where the
                # job is, no part of its title (docs/labeling.md; the writers' place after a
                # dash is otherwise split: see without_subject_place)
                keep, drop = short, long
            elif extra[:1].isalnum() or not (_SEPARATED.match(extra) or goes_on):
                continue  # "Engineer" / "Engineering Manager"; "Engineer" / "Engineer Update"
            elif _SEPARATED.match(extra) and a[5] != b[5]:
                keep, drop = (short, long) if a[5] else (long, short)
            elif _SEPARATED.match(extra):
                continue
            else:
                keep, drop = long, short
            scores[keep][0] += scores[drop][0]
            scores[keep][4] = scores[keep][4] or scores[drop][4]
            _merge_mentions(scores[keep], scores[drop])
            del scores[drop]
            if drop == short:
                break


def _merge_mentions(keep: list, drop: list) -> None:
    """The places where the dropped form was found count as the kept form's (the learned
    chooser reads them, extractors.role_scorer)."""
    keep[6] = keep[6] + drop[6]


def _line_cut(text: str, entry: list) -> bool:
    """Whether every mention of a title stops at a line's end or an ellipsis, in mid-word
    (the caller knows the longer form goes on in letters): a preview line cut at its
    length ("Head of Planni" / "Head of Planning & Analysis, Group Finance")."""
    ends = [start + len(entry[1]) for _, start in entry[6] if start >= 0]
    return bool(ends) and all(
        text[end : end + 1] in ("\n", "\u2026") or text.startswith("...", end) for end in ends
    )


def _cut_off(short: str, extra: str, a: list, b: list, subject_end: int) -> bool:
    """Whether `short` is `short + extra` cut off in mid-word: at the end of the subject
    (the body holding the whole), or on a word that only the whole makes a title word
    ("... Financial Accounta" / "... Financial Accountant")."""
    if not a[5] and b[5] and 0 <= a[2] < a[3] >= subject_end - 4 > 0:
        return True
    last = short.rpartition(" ")[2]
    whole = last + extra.split(" ", 1)[0]
    return len(last) >= 3 and not has_title_word(last) and has_title_word(whole)

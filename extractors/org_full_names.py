"""The employer's name as the mail writes it in full: a short name or initialism completed
("BCG" -> "Boston Consulting Group", "Crestline" -> "Crestline Distribution"), a possessive
or "St." kept whole, a branch's brand, a country arm or legal form dropped."""

from __future__ import annotations

import functools
import re

from extractors.lexicon import ORG_STOPWORDS, ROLE_WORDS, words
from extractors.org_domains import CONNECTORS, split_trade, written_name
from extractors.org_names import CAP, DEPARTMENTS, GENERIC, NOT_COMPLETING, PLACES
from extractors.org_public_bodies import has_institution_word
from extractors.senders import COMPANY_WORDS, domain_org, local_part_org, looks_like_person, squash

_NEXT_WORDS = re.compile(r"((?: [A-Z][\w&'-]+){1,2})\b")


def spelled_out(name: str, text: str, root: str | None) -> str:
    """A one-word short name completed from the mail ('Crestline' -> 'Crestline
    Distribution' when the text says so) or from the sender's domain ('Quill' at
    quillpayroll.com -> 'Quill Payroll')."""
    # (str.find and one compiled pattern: a pattern per name would be compiled per mail)
    start = text.find(name) if " " not in name else -1
    while start != -1:
        match = _NEXT_WORDS.match(text, start + len(name))
        if match:
            added = [w.lower() for w in match.group(1).split()]
            if (
                added[-1] in COMPANY_WORDS
                and added[-1] not in _PREMISES
                and not set(added) & (NOT_COMPLETING | GENERIC | ORG_STOPWORDS)
                and not all(w in DEPARTMENTS or w in PLACES for w in added)
            ):
                return name + match.group(1)
        start = text.find(name, start + 1)
    key = squash(name)
    whole = squash(named_part(root or ""))
    rest = whole[len(key) :]
    added = split_trade(rest)
    fits = (
        len(key) >= 3
        and whole.startswith(key)
        and rest.isalpha()
        and (len(rest) >= 4 or rest in COMPANY_WORDS)
        and not set(added) & NOT_COMPLETING
    )
    if fits:
        written = written_name(text, whole)  # "Harbor & Pine" for harborandpine.com
        if written:
            return written
        if name.isupper() and not all(w in COMPANY_WORDS for w in added):
            # an initialism's letters do not say where its words end: only a known word
            # completes it ("DBS" at dbsbank.com, not "RBI" at rbinternational.com)
            return name
        return name + " " + " ".join(w.capitalize() for w in added)
    return name


# The last word of a building's name: "HSBC Main Building" is an address, not a unit.
_PREMISES = words("building tower")


def named_part(root: str) -> str:
    """A domain root without the hyphenated mailbox words after the name:
    'heatonmoorvets-demo' -> 'heatonmoorvets', 'greystar-careers-mail' -> 'greystar'."""
    parts = root.split("-")
    while len(parts) > 1 and set(split_trade(parts[-1])) <= NOT_COMPLETING:
        parts.pop()
    return "-".join(parts)


# An organization's country arm is the organization: "Quillon Retail Australia",
# "Kaito Electronics Asia Pacific Pte Ltd".
_COUNTRY_TAIL = re.compile(
    # (a compass word goes with the region it names: "Acme Southeast Asia" is Acme's arm,
    # "The Bank of East Asia" no arm of a "Bank of East")
    r"(?<=\w\w) (?:(?:East|West|North|South|Central|Southeast|Eastern|Western|Northern|"
    r"Southern) )?(?:Australia|India|Canada|UK|USA|US|Ireland|New Zealand|NZ|ANZ|APAC|EMEA|"
    r"Singapore|Germany|France|Asia Pacific|Asia|Europe|North America|Americas|LATAM|"
    # ... and the other countries and regions a job seeker's mail comes from, in English
    # ("EPAM Systems Vietnam", "Emirates NBD Middle East"); a country in its own language
    # ("Santander Bank Polska") or a continent ("... for Africa") is more often part of it
    r"Middle East|MENA|GCC|Hong Kong|Japan|China|Korea|Taiwan|Vietnam|Thailand|Malaysia|"
    r"Indonesia|Philippines|Pakistan|Bangladesh|Sri Lanka|Nigeria|Kenya|South Africa|Egypt|"
    r"Morocco|UAE|Saudi Arabia|Qatar|Turkey|Israel|Spain|Italy|Portugal|Netherlands|Belgium|"
    r"Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Romania|Hungary|"
    r"Czech Republic|Greece|Mexico|M\u00e9xico|MX|Brazil|Argentina|Chile|Colombia|Peru|"
    r"Nordics|Benelux|DACH|"
    # the countries where aid agencies and NGOs name their country programmes so ("Mercy
    # Corps Ethiopia", "GIZ Ethiopia", "Save the Children Rwanda")
    r"Ethiopia|Rwanda|Uganda|Tanzania|Ghana|Zambia|Zimbabwe|Malawi|Mozambique|Somalia|"
    r"South Sudan|Sudan|Senegal|Cameroon|Nepal|Cambodia|Myanmar|Afghanistan|Lebanon|"
    r"Ukraine|"
    # ... and the Baltic and Balkan countries and Tunisia ("Kaufland Bulgaria", "ManpowerGroup
    # Lithuania"); Bulgarian mail writes the country in Cyrillic ("А1 България")
    r"Bulgaria|\u0411\u044a\u043b\u0433\u0430\u0440\u0438\u044f|Lithuania|Latvia|Estonia|Serbia|Croatia|Slovakia|"
    r"Slovenia|Tunisia)$"
)
# Legal forms that the compare-form of a name keeps but a reader drops: "FreshCart Pte Ltd".
_LEGAL_TAIL = re.compile(
    r"(?<=\w\w),? (?:(?:Pte\.?|Pvt\.?|Sdn\.?|Pty\.?)(?: Ltd\.?| Bhd\.?| Limited)?|"
    # European legal forms: "Zalando SE", "Norrsken Energy AB", "Ryanair DAC", "Acme Sp. z o.o."
    r"SE|AB|DAC|Srl|S\.r\.l\.|SpA|S\.p\.A\.|Sp\.(?: z o\.o\.)?|NV|N\.V\.|Oyj?|ASA|A/S)$"
)


def regional_unit(company: str) -> str:
    company = _LEGAL_TAIL.sub("", company)
    trimmed = _COUNTRY_TAIL.sub("", company)
    if trimmed != company and (
        _CONNECTED.search(trimmed) or (company.endswith(" Canada") and " " in trimmed)
    ):
        # a body named by what it does keeps its country: "Fisheries and Oceans Canada",
        # "Library and Archives Canada", "National Research Council Canada" (Canada's
        # federal bodies, named so), not a brand's arm ("Raben Logistics Romania")
        return company
    # (a connector left at the end belongs to the name: "Banco de México" is no arm)
    if len(trimmed.split()) >= 2 and trimmed.split()[-1].lower() not in _NAME_CONNECTORS:
        return trimmed
    if (
        trimmed != company
        and " " not in trimmed
        # (a short brand written with capitals inside it is no plain word: "PwC")
        and (len(trimmed) >= 4 or sum(ch.isupper() for ch in trimmed) >= 2)
        and trimmed.lower() not in _PLAIN_WORDS
        and not _AMERICAS.search(company)
    ):
        # a brand's country arm ("Deloitte Middle East", "Cummins Japan"), not a plain word
        # with a country ("Air New Zealand", "Bank Australia"); a brand's American arm
        # is mostly named as its own company ("Nissan North America")
        return trimmed
    return company


# A group's or holding company's name the mail never writes whole, while it writes the stem
# alone ("Bip Group" finished from bipgroup.com, "Bip" in the text): the writers take the
# stem. Where the display name writes the whole name ("Barilla Group"), they are split
# (study +23 -4, check writers -3): kept.
_GROUP_TAIL = re.compile(r"(?<=\w) (?:Group|Holdings)$")


def group_stem(company: str, text: str, display: str = "") -> str:
    """'Bip Group' -> 'Bip' where neither the text nor the sender's display name writes
    the whole name and the text writes the stem alone."""
    tail = _GROUP_TAIL.search(company)
    if not tail or company in display or company in text:
        return company
    stem = company[: tail.start()]
    return stem if re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text) else company


_NAME_CONNECTORS = frozenset({"of", "for", "and", "&", "de", "del", "do", "da"})
# Words joined by a lower-case connector: "Fisheries and Oceans", "Bank of Ireland".
_CONNECTED = re.compile(r"\w (?:and|of|for) \w")
_AMERICAS = re.compile(r" (?:North America|Americas)$")
# Plain words of the project's lists: "Air", "Bank", "Engineers" with a country is a name.
_PLAIN_WORDS = COMPANY_WORDS | ROLE_WORDS | DEPARTMENTS | GENERIC | PLACES | ORG_STOPWORDS


# A name's initials: 'Boston Consulting Group' BCG, 'Procter & Gamble' P&G, 'UK Atomic
# Energy Authority' UKAEA (a word in capitals gives all its letters), 'Inter-American
# Development Bank' IDB; lower-case words ('of', 'für', 'di') give none.
_INITIALISM = re.compile(r"[A-Z][A-Z&.]{1,7}")
_NAME_WORDS = re.compile(
    r"\b[A-Z][\w'.-]*(?:(?: (?:&|of|the|for|and|de|di|du|für|der|des|la|le))* [A-Z][\w'.-]*)+"
)
# Words that make an institution's full name of its short one: 'Stanford' Stanford
# University, 'Pasteur' Institut Pasteur, 'Imperial' Imperial College London.
_INSTITUTION = words(
    """
    university universität universitat università universidad universiteit université
    universitet universidade college institute institut instituto istituto
    """
)
_TEAM_ENDS = (DEPARTMENTS | NOT_COMPLETING) - _INSTITUTION


_CONNECTOR = r"(?:&|of|the|for|and|de|di|du|für|der|des|la|le)"


@functools.lru_cache(maxsize=1024)
def _initial_starts(pair: str) -> re.Pattern:
    """Where a name may start whose initials begin with these two letters: a word with the
    first, then (after connectors) one with the second, or a word in capitals with both."""
    first, second = re.escape(pair[0]), re.escape(pair[1])
    return re.compile(rf"\b(?:{first}[\w'.-]*(?: {_CONNECTOR})* {second}|{first}{second}[A-Z]*\b)")


def initials(words_: list[str]) -> str:
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words_ if w[0].isupper())


def _tail_in_full(name: str, text: str) -> str | None:
    """A name ending with an initialism, as the mail writes it with those words spelled out
    after the same first words: 'Gulf Coast ISD' -> 'Gulf Coast Independent School
    District', 'Mesa Ridge USD' -> 'Mesa Ridge Unified School District'."""
    lead, _, tail = name.rpartition(" ")
    if not lead or not 3 <= len(tail) <= 5 or not tail.isalpha() or not tail.isupper():
        return None
    start = text.find(lead + " ")
    while start != -1:
        after = start + len(lead) + 1
        match = _SPELLED.match(text, after) if text[after : after + 1] == tail[0] else None
        if match:
            words_ = [w.rstrip(".,") for w in match.group(0).split()]
            for end in range(len(tail), min(len(words_), len(tail) + 2) + 1):
                if initials(words_[:end]) == tail and words_[end - 1][0].isupper():
                    return lead + " " + " ".join(words_[:end])
        start = text.find(lead + " ", start + 1)
    return None


_SPELLED = re.compile(r"[A-Z][\w'-]*(?: (?:of|and|&)| [A-Z][\w'-]*)*")


def written_in_full(name: str, text: str) -> str:
    """The full name the mail writes for a short one it uses: an initialism ('BCG' ->
    'Boston Consulting Group', 'P&G' -> 'Procter & Gamble'), a name ending with one ('Gulf
    Coast ISD' -> 'Gulf Coast Independent School District') or an institution's short name
    ('Stanford' -> 'Stanford University', 'Pasteur' -> 'Institut Pasteur')."""
    if " " in name and name[-1].isupper():
        spelled = _tail_in_full(name, text)
        if spelled:
            return spelled
    if _INITIALISM.fullmatch(name):
        key = re.sub(r"[^A-Z]", "", name)
        if len(key) < 2 or len(key) > 6:
            return name
        for start in _initial_starts(key[:2]).finditer(text):
            match = _NAME_WORDS.match(text, start.start())
            if not match:
                continue
            tokens = match.group(0).split()
            for i, token in enumerate(tokens[:1]):
                if token[0] != key[0] or token == name:
                    continue
                for j in range(i + 1, min(len(tokens), i + 8)):
                    if not tokens[j][0].isupper():
                        continue
                    got = initials(tokens[i : j + 1])
                    if got == key:
                        full = " ".join(tokens[i : j + 1]).strip(".,")
                        if not looks_like_person(full):
                            return full
                    if not key.startswith(got):
                        break
        return name
    own = name.split()
    if len(own) > 2 or any(t.lower() in _INSTITUTION for t in own):
        return name
    expanded = _expansion(name, text)
    if expanded:
        return expanded
    # (only the lines that write the name, and only when an institution word occurs)
    start = text.find(name)
    if start == -1 or not has_institution_word(text):
        return name
    while start != -1:
        begin = text.rfind("\n", 0, start) + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        for match in _NAME_WORDS.finditer(text, begin, end):
            found = match.group(0).strip(".,")
            tokens = found.split()
            if (
                len(own) < len(tokens) <= 5
                and any(tokens[i : i + len(own)] == own for i in range(len(tokens)))
                and any(t.lower() in _INSTITUTION for t in tokens)
                # ... not one of its teams ('Acme University Recruiting')
                and tokens[-1].lower() not in _TEAM_ENDS
            ):
                return found
        start = text.find(name, end)
    return name


_POSSESSIVE_NAME = re.compile(r"['\u2019]s(?=[ \t]*(?:$|[-\u2013|(#,.!?\n<]))", re.M)
_SAINT = re.compile(r"(?:St|Mt|Ft|Ste)\.? [A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*){0,4}")


_NAME_LINE = re.compile(rf"{CAP}(?: (?:{CAP}|of|for|and|the|&))*")
HEAD_WORDS = words(
    "institute center centre coalition alliance partners council foundation fund society "
    "association campaign network collaborative initiative trust project partnership "
    "advocates league forum lab laboratory"
)


def name_line(company: str, text: str) -> str | None:
    """The organization's full name on a line of its own (a signature's last lines) that
    holds the name the mail was read as: "National Coalition for Transit Equity" for
    'Transit Equity', "Hollander Center for Public Finance" for 'Hollander Center'; the
    full name has an institution's head word ('Institute', 'Center', 'Coalition' ...)."""
    start = text.find(company)
    while start != -1:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end != -1 else len(text)].strip(" \t.,")
        if (
            line != company
            and len(line) <= 70
            and _NAME_LINE.fullmatch(line)
            and (line.startswith(company + " ") or line.endswith(" " + company))
        ):
            added = line.replace(company, " ", 1).lower().split()
            # ("Acme Recruiting Team" is Acme's mailbox, no fuller name)
            remit = added[0] in ("for", "of") and company.split()[-1].lower() in HEAD_WORDS
            if (remit or set(added) & HEAD_WORDS) and not set(added) & (NOT_COMPLETING | GENERIC):
                return line
        start = text.find(company, start + len(company))
    return None


def whole_written_name(company: str, text: str) -> str:
    """A name cut at its apostrophe or its abbreviation's dot, as the mail writes it whole:
    "Lowe" of "Lowe's - Louisville, KY", "Papa John" of "at Papa John's (Lexington)"
    (a possessive before a verb, "Acme's team", stays cut); "St" of "St. Luke's Hospital"."""
    if company in ("St", "Mt", "Ft", "Ste"):
        found = _SAINT.search(text, text.find(company))
        return found.group(0).rstrip(".,") if found else company
    start = text.find(company + "'")
    if start == -1:
        start = text.find(company + "\u2019")
    while start != -1:
        end = start + len(company)
        if _POSSESSIVE_NAME.match(text, end):
            return company + text[end : end + 2]
        start = text.find(company, end)
    return company


def _expansion(name: str, text: str) -> str | None:
    """The written name a short one abbreviates word by word ('CommBank' Commonwealth Bank,
    'Vantage Eng' Vantage Engineering): the short one's letters are the starts of the
    written words, and it is no mere prefix of them ('Quill' of 'Quill Compute' is not)."""
    key = squash(name)
    head = name[:3]
    if len(key) < 5 or len(head) < 3 or not head[0].isupper():
        return None
    start = text.find(head)
    while start != -1:
        after = start + len(name)
        if text.startswith(name, start) and not text[after : after + 1].isalpha():
            start = text.find(head, after)  # the short name itself, as written
            continue
        match = (
            _NAME_WORDS.match(text, start) if start == 0 or not text[start - 1].isalnum() else None
        )
        if match:
            tokens = match.group(0).split()
            if "'" in match.group(0) or "\u2019" in match.group(0):
                tokens = [re.sub(r"['\u2019]s$", "", t) for t in tokens]
            for j in range(2, min(len(tokens), 5) + 1):
                found = " ".join(tokens[:j]).strip(".,")
                letters = [squash(t) for t in tokens[:j] if t.lower() not in CONNECTORS]
                if not all(letters) or any(
                    key == "".join(letters[:k]) for k in range(1, len(letters) + 1)
                ):
                    break  # 'Quill' of 'Quill Compute': whole words, no abbreviation
                if (
                    len(letters) >= 2
                    and letters[0][:3] == key[:3]
                    and all(_starts_word(key, letters))
                ):
                    return found
        start = text.find(head, start + 1)
    return None


def _starts_word(key: str, letters: list[str]) -> list[bool]:
    """Whether every written word gives at least its first letter to key, in order."""
    used = []
    rest = key
    for word in letters:
        size = 0
        while size < len(word) and size < len(rest) and word[size] == rest[size]:
            size += 1
        used.append(size > 0)
        rest = rest[size:]
    return used + [not rest]


def brand_of_branch(company: str, addr: str) -> str:
    """The brand of a branch, store or country arm the mail names after it, when the sender's
    domain (or relay mailbox) is the brand alone: 'Harvey Norman Hoppers Crossing' from
    harveynorman.com.au, 'Walmart DC 6094' from walmart@myworkday.com, 'Comfort Keepers of
    Mesa'. A trade or institution word after the brand makes a name, not a branch
    ('Acme Robotics', 'Acme Foods Corporation' stay)."""
    words_ = company.split()
    if len(words_) < 2:
        return company
    root = squash(local_part_org(addr) or domain_org(addr) or "")
    if len(root) < 3 or not squash(company).startswith(root):
        return company
    for size in range(1, len(words_)):
        brand = " ".join(words_[:size])
        if squash(brand) != root:
            continue
        tail = words_[size:]
        lowered = [w.lower().strip(".,") for w in tail]
        if len(tail) > 3 or any(w in COMPANY_WORDS or w in _INSTITUTION for w in lowered):
            return company
        if brand.split()[-1].lower() in _SCHOOLS:
            return company  # a school's campus is its own school: "Brighton College Bangkok"
        # a place or country ('Coles Werribee' is not known, 'Alorica Philippines' is), a
        # store or site number ('Store 145', 'DC 6094', 'MEL1'), 'of <Place>'
        if (
            all(w in PLACES or w in _COUNTRIES for w in lowered)
            or any(c.isdigit() for c in tail[-1])
            or (lowered[0] == "of" and len(tail) == 2 and tail[1][:1].isupper())
        ):
            return brand
        return company
    return company


_SCHOOLS = words("school college academy")
_COUNTRIES = words(
    """
    great britain south africa saudi arabia sri lanka costa rica nederland deutschland
    polska espana españa méxico mexico brasil italia schweiz suisse sverige norge danmark
    egypt ghana uganda tanzania rwanda ethiopia morocco turkey greece romania hungary czech
    luxembourg colombia peru ecuador uruguay taiwan gb uk usa us emea apac latam nordics
    benelux dach
    """
)


_LEAD_INITIALISM = re.compile(r"([A-Z]{2,5})(\s.*)?")


def dotted_initials(company: str, text: str) -> str:
    """The name as the mail writes its leading initialism with dots ('PAM Transport' of a
    header where the mail writes 'P.A.M. Transport'): the writers copy the mail's form."""
    match = _LEAD_INITIALISM.fullmatch(company)
    if not match or "." not in text:
        return company
    letters, rest = match.group(1), match.group(2) or ""
    dotted = r"\.\s?".join(letters) + r"\."
    found = re.search(r"(?<![\w.])" + dotted + re.escape(rest) + r"(?!\w)", text)
    return found.group(0) if found else company

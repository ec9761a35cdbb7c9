"""Public employers and institutions: a department, agency, trust or council named in full on
a public board's notice (USAJOBS, Civil Service Jobs, NHS Jobs), the school a trust's mail
is about, the university a board's mail names."""

from __future__ import annotations

import re

from extractors.org_names import ORG, TRAILING, clean_org
from extractors.role_words import has_title_word
from extractors.senders import squash


def agency_of_place(word: str, text: str) -> str | None:
    """A public body's name that a one-word domain root begins ('Transport' at
    transport.nsw.gov.au -> 'Transport for NSW', 'Justice' -> 'Department of Justice' is not
    one): the word, 'for' or 'of', then capitalized words, as the mail writes it, none of
    them a job title's head word."""
    found = None
    start = text.find(word + " ")
    while start != -1:
        match = _PUBLIC_BODY.match(text, start + len(word))
        # ("Atlassian for P40 Backend Engineer": a company and the job, no public body)
        if (
            match
            and (start == 0 or not text[start - 1].isalnum())
            and not has_title_word(match.group(0))
        ):
            name = word + match.group(0)
            if found is None or len(name) > len(found):
                found = name
        start = text.find(word + " ", start + 1)
    return found


_PUBLIC_BODY = re.compile(r" (?:for|of) (?:the )?[A-Z][\w'-]*(?: (?:and |& )?[A-Z][\w'-]*){0,3}\b")


# A public body named in full: a department, ministry, agency or office "for/of" its remit
# ("Department for Education", "Administration for Children and Families", "U.S. Department
# of Health and Human Services"), a remit before its agency word ("Environmental Protection
# Agency", "Food and Nutrition Service", "Valuation Office Agency"), "HM Revenue and
# Customs", an NHS trust ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation
# Trust"), a council.
_PW = r"[A-Z][\w'\u2019.-]*"
_PUBLIC_NAME = re.compile(
    r"(?:the )?(?P<org>(?:U\.S\. )?"
    rf"(?:{_PW} ){{0,2}}(?:Department|Ministry|Office|Administration|Bureau|Commission|Agency|"
    rf"Council|Board|Authority|Directorate) (?:for|of) (?:the )?{_PW}"
    rf"(?:(?: and| &| of| the| for| on)* {_PW}){{0,5}}"
    rf"|(?:{_PW} (?:and |& |of |on )?){{1,5}}(?:Agency|Administration|Service|Bureau|"
    rf"Commission|Authority|Office|Corps|Inspectorate|Executive)\b(?: of {_PW})?"
    rf"|HM {_PW}(?: (?:and|&) {_PW})?"
    rf"|(?:{_PW},? (?:and |& )?){{0,6}}{_PW} NHS (?:Foundation )?Trust"
    rf"|(?:{_PW} ){{1,3}}(?:City|County|Borough|District|Metropolitan Borough|Town) Council"
    rf"|(?:City|County|Borough|Town|Village|State|Commonwealth) of {_PW}(?: {_PW})?)"
)
# Bodies a public board's footer names that are not the employer: the personnel office that
# runs the board, the EEO regulators.
_NOT_EMPLOYER_BODY = re.compile(
    r"Personnel Management|Equal Employment|Contract Compliance|Civil Service$|Merit Systems|"
    r"Special Counsel|Human Capital|Selective Service|Public Service$|Customer Service|"
    r"^[A-Z][a-z]+ Service$"
)
# Boards and systems that carry public employers' vacancies (USAJOBS, USA Staffing, Civil
# Service Jobs, NHS Jobs, Trac, NEOGOV ...): a government zone or one of these. Canada's
# zones end in .ca, not .gov: federal gc.ca (hc-sc.gc.ca), provincial gov.<province>.ca
# (gov.bc.ca).
PUBLIC_RELAY = re.compile(
    r"\.gov(?:\.[a-z]{2})?$|(?:^|\.)(?:gc\.ca|gov\.[a-z]{2}\.ca|nhs\.uk|trac\.jobs|monstergovt\.com|"
    r"governmentjobs\.com|jobapscloud\.com|schooljobs\.com|neogov\.com)$"
)


def public_body(text: str, begin: int) -> str | None:
    """The first public body the text names in full after `begin`, if any."""
    for match in _PUBLIC_NAME.finditer(text, begin):
        name = TRAILING.sub("", match.group("org"))
        name = name[:-1] if name.endswith(".") and not name.endswith("U.S.") else name
        if len(name.split()) >= 2 and not _NOT_EMPLOYER_BODY.search(name):
            return name
    return None


# (and the same name in the board's other language after a slash: "GC Jobs / Emplois GC")
BOARD_NAME = re.compile(r"(.{2,40}?) (?:Jobs|Job Board|Careers Service)(?: / [^/]{2,40})?")


# A school trust writes for its schools: "the post of Teacher at Oakfield Academy".
_TRUST = re.compile(
    r"\b(?:Learning|Academies|Academy|Schools|Education|Educational|Multi[- ]Academy) Trust\b|"
    r"\bFederation\b|\bDiocese\b"
)
_UNIT = re.compile(ORG.replace("(?P<org>", "(?P<unit>", 1))
_UNIT_END = re.compile(r"\b(?:Academy|School|College|Primary|High)$")


def named_unit(text: str, company: str) -> str | None:
    """The one school a trust's mail names (the employer of the post), if it names one."""
    if not _TRUST.search(company):
        return None
    units = {}
    for match in _UNIT.finditer(text):
        name = clean_org(match.group("unit"))
        if name and _UNIT_END.search(name) and not _TRUST.search(name):
            units.setdefault(squash(name), name)
    return next(iter(units.values())) if len(units) == 1 else None


_INSTITUTION_NAME = re.compile(
    r"\b(?:[A-Z][\w'.-]*(?: (?:of|the|for|de|di|zu|van|and|&))* |[A-Z][\w']*-)*"
    r"(?:University|Universit\u00e4t|Universit\u00e0|Universidad|Universitat|Universiteit|"
    r"Universit\u00e9|College|Institute|Institut|Instituto|Istituto)\b"
    r"(?:(?: (?:of|the|for|de|di|zu|van|and|&))* [A-Z][\w'-]*)*"
)
_NOT_INSTITUTION = re.compile(r"^(?:Department|Dept|School|Faculty|Division|Centre|Center)\b")


def has_institution_word(text: str) -> bool:
    # (plain substring tests: a case-blind pattern would scan every mail much slower)
    return any(part in text for part in _INSTITUTION_PARTS)


_INSTITUTION_PARTS = ("niversit", "ollege", "nstitu", "stituto")


def institution_named(text: str) -> str | None:
    """The university or institute a mail names most often (first on ties), not a department
    of it: 'University of Michigan' of '(Department of Sociology, University of Michigan)'."""
    if not has_institution_word(text):
        return None
    counts: dict[str, int] = {}
    for match in _INSTITUTION_NAME.finditer(text):
        name = match.group(0).strip(".,")
        if _NOT_INSTITUTION.match(name) or len(name.split()) < 2 or len(name.split()) > 8:
            continue
        counts[name] = counts.get(name, 0) + 1
    # (a university before its colleges and institutes: 'College of Engineering')
    return max(counts, key=lambda n: ("Univers" in n, counts[n])) if counts else None

"""`sneaker_role`: the job title as written, with its requisition number split off.

Titles are found after "application for / applied to / interest in the ..." and before
"position / role / opening / search / process", after "hiring / looking for / to find a",
on label lines ("Job: ...", a letter's "Re: ..."), in subjects ("Senior Data Engineer at
Acme", "[Acme] Title", "Title interview"), in calendar and scheduling titles ("Recruiter
Screen (Title)", "phone screen - Title") and in job cards (a title line over an "Acme ·
City" or "Denver, CO" line). Patterns that do not say "position" or "role" only count when
the span holds a title word (engineer, manager, analyst, nurse, RN ...).

What is no part of a title is cut: requisition numbers, how the job is held ("Contract-to-
hire", "- Remote"), where ("(London)", "in Denver, CO", ", Glasgow"), the interview stage
("- 2nd interview", "- Hiring Manager"), the candidate's name, the employer's name. A
title found in two forms counts once: the full form over a shorthand ("Director" /
"Director of Product Design"), the body's form over a subject's places and pay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractors.docmeta import add_evidence, facts, meta, text_of
from extractors.lexicon import (
    FIRST_NAMES,
    ORG,
    ROLE,
    ROLE_HEADS,
    ROLE_WORDS,
    anchored_matches,
    keyword_positions,
    words,
)
from extractors.senders import GIVEN_NAMES, looks_like_person, read_words

_I = "(?i:{})"
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_REQ_LABEL = (
    r"(?:req(?:uisition)?\.?(?:\s*(?:id|#|no\.?|number))?|ref\.?|job\s*(?:id|#|no\.?|number|code|"
    r"ref(?:erence)?)|reference\s*(?:#|number|no\.?|id)?|posting\s*(?:#|id|number)|"
    r"position\s*(?:id|#|number)|campaign|competition|id)"
)
REQ_ID = re.compile(
    # a Zoom "Meeting ID: 881 2345 6789" is no requisition
    r"(?<![Mm]eeting )(?<!MEETING )"
    + _I.format(_REQ_LABEL)
    + r"\s*[:#]?\s*(?P<req>[A-Z]{0,4}[-_]?\d[\w-]{2,14})"
    r"|\b(?P<bare>(?:JR|REQ|R|JOB|P)-?\d{4,}[A-Z]?|\d{4,8}BR)\b"
)
# REQ_ID's two alternatives apart, for find_req_id.
_LABELED_REQ = re.compile(
    _I.format(_REQ_LABEL) + r"\s*[:#]?\s*(?P<req>[A-Z]{0,4}[-_]?\d[\w-]{2,14})"
)
_BARE_REQ = re.compile(r"\b(?P<bare>(?:JR|REQ|R|JOB|P)-?\d{4,}[A-Z]?|\d{4,8}BR)\b")
# Where a label can start (lower case): req(uisition), ref(erence), job, posting, position,
# campaign, competition, id.
_LABEL_STARTS = ("req", "ref", "job", "posting", "position", "campaign", "competition", "id")
_MEETING = ("meeting ", "Meeting ", "MEETING ")


_DIGIT_RUN = re.compile(r"\d{4,}")


def _bare_req(text: str) -> re.Match | None:
    """_BARE_REQ.search(text), tried only just before runs of four digits or more (every
    match holds one, after at most four letters and a hyphen)."""
    for run in _DIGIT_RUN.finditer(text):
        digits = run.start()
        for index in range(max(digits - 4, 0), digits + 1):
            match = _BARE_REQ.match(text, index)
            if match:
                return match
    return None


def find_req_id(text: str) -> str | None:
    """What REQ_ID.search(text) finds, for a fifth of the work: its labeled alternative is
    tried only where a label word starts (a case-insensitive search tries every character).
    Texts with the letters that match case-insensitively without lowering to the same letter
    ("\u0131", "\u017f") or that change length when lowered take the plain search."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        match = REQ_ID.search(text)
        return (match.group("req") or match.group("bare")) if match else None
    labeled = None
    for index in keyword_positions(lowered, _LABEL_STARTS):
        if text[max(index - 8, 0) : index] in _MEETING:
            continue
        labeled = _LABELED_REQ.match(text, index)
        if labeled:
            break
    bare = _bare_req(text)
    if bare is not None and (labeled is None or bare.start() < labeled.start()):
        return bare.group("bare")
    return labeled.group("req") if labeled else None


_REQ_IN_ROLE = re.compile(
    r"\s*(?:[-\u2013|,:#(\[]\s*)?(?:" + _I.format(_REQ_LABEL) + r"\s*[:#]?\s*)?"
    r"(?:[A-Z]{0,4}[-_]?\d[\w/-]{3,14}|\d{4,})\s*[)\]]?\s*$"
)
# "Graduate Finance Programme 2026": a year ending a title is no requisition number.
_YEAR = re.compile(r"[\s(\[]*(?:19|20)\d\d[\s)\]]*")
_ROLE_SUFFIX = re.compile(
    r"\s+(?i:position|post|role|opening|job|opportunity|vacancy|posting|req|requisition|interview|"
    r"application|phone screen|screen|offer|assessment|candidacy|loop|onsite|reference|ref)s?$"
    # lower case only: "the Data Engineer search", never "Software Engineer - Search"
    r"|\s+(?:search|spot|campaign|process|programme|program|cohort|scheme)(?:es|s)?$"
    # the event, not the job: "Cabin Crew Assessment Day", "Graduate Superday"
    r"|\s+(?i:assessment (?:day|centre|center)|superday|open day|hiring event|group interview)$"
)
# The stage of an interview left over once its word is cut: "Store Manager - 2nd (interview)".
_STAGE = re.compile(
    r"\s*(?:[-\u2013|,]\s*)?(?i:1st|2nd|3rd|4th|first|second|third|final|next)"
    r"(?:[- ](?i:stage|round))?$"
    r"|\s*[-\u2013|]\s*(?i:hiring manager|recruiter|technical|phone|video|panel|virtual|"
    r"on-?site|culture|behaviou?ral|case|portfolio|coding|numerical|verbal|logical|cognitive|"
    r"personality|situational|skills|online)$"
    r"|\s+(?:Phone|Video|phone|video)$"
)
# How the job is held is no part of its title: "Contract-to-hire Data Engineer".
EMPLOYMENT = (
    r"(?i:contract(?:[- ]to[- ](?:hire|perm))?|permanent|temporary|temp|full[- ]time|"
    r"part[- ]time|freelance|fixed[- ]term|long[- ]term|short[- ]term)"
)
# ("Contract Specialist, GS-1102" is a specialist in contracts)
# ("Contract Manager - Roads Maintenance": one title word after it, then a mark, is a trade too)
_EMPLOYMENT_LEAD = re.compile(r"^" + EMPLOYMENT + r"\s+(?=[^,\s]+\s+[^,\s\-\u2013|(])")
# "Finance Manager (London)", "(London or Berlin)", "(VIC)": where, not what.
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]+)\)$")
PLACES = read_words("places.txt") | read_words("role_places.txt")
_TAIL_NAME = re.compile(r"\s+[-\u2013|]\s+(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)$")
_CITY_STATE = re.compile(r"^[A-Z][\w .'-]+, ?[A-Z]{2}$")
_IN_PLACE = re.compile(r"\s+(?:in|en|em|na|no|\u00e0|a)\s+(?P<place>[A-Z][\w .,'-]+)$")
# An English title, then the employer or the place in another language: "Brand Manager en
# Acme", "Head of Marketing na Caixa", "Product Designer chez Acme", "Data Scientist bei
# Acme" (a title in Spanish goes on after "en": "Especialista en Marketing Digital").
# The words that start the name of a firm in Spanish, Portuguese, French and Italian
# ("Responsable de Marketing en Grupo Hostelero Lumbre").
_ORG_LEAD = re.compile(
    r"(?:Grupo|Group|Groupe|Gruppo|Banco|Banca|Banque|Laborat\u00f3rios?|Laboratorios?|"
    r"Laboratoires?|Cl\u00ednicas?|Hospital|Bodegas?|Seguros|Hoteles|Hot\u00e9is|"
    r"Fundaci\u00f3n|Funda\u00e7\u00e3o|Fondation|Fondazione|Supermercados|Industrias|"
    r"Ind\u00fastrias|Editorial|Farm\u00e1cias?|Farmacias?|Soci\u00e9t\u00e9|Compa\u00f1\u00eda|"
    r"Companhia|Ayuntamiento|C\u00e2mara|Mairie|Comune)\b"
)
_AT_IN_OTHER_LANGUAGE = re.compile(
    r"(?<=[a-z])\s+(?:en|na|no|em|chez|bei|presso)\s+(?=[A-Z\u00c0-\u00de])"
)
# ", Glasgow": a town after a comma; ", EMEA" or ", North" is a part of the title.
# "Seasonal Crew Member, April 14": the start date
_TRAILING_DATE = re.compile(
    r",\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?$"
)
_COMMA_PLACE = re.compile(r",\s+(?P<place>[A-Z][\w .'-]+)$")
_REGIONS = words(
    """
    north south east west central northern southern eastern western greater upper lower
    north-east north-west south-east south-west midlands metro metropolitan inner outer
    emea apac latam anz americas europe asia africa global international national regional
    area region district state county city coast
    """
)
_INNER_REQ = re.compile(
    r"\s*\((?:" + _I.format(_REQ_LABEL) + r"\s*[:#]?\s*)?(?P<req>[A-Z]{0,4}[-_]?\d[\w/-]{3,14})\)"
    r"(?=\s)"
)
_ROLE_PREFIX = re.compile(r"^(?i:the|our|a|an|your|this|that|open|new)\s+")
# A dangling link word or mark ("Engineer and", "Engineer -"); a word must stand alone
# ("Supply Chain" keeps its "in").
_TRAILING = re.compile(
    r"(?:\s*(?:&|/|-|\u2013|,|\+)|\s+(?:of|and|in|de|di|em|en|del|des|du|f\u00fcr|und|et))+$"
)
# What follows a title in subjects and job cards but is no part of it: "- Remote - Long Term
# Contract", "(Remote, $85-95/hr)", "- Position Filled", "(internal posting)".
_QUALIFIER_WORD = (
    r"(?i:remote|hybrid|on-?site|contract|long[- ]term|short[- ]term|"
    r"full[- ]time|part[- ]time|permanent|temporary|temp|fixed[- ]term|position filled|"
    r"filled|closed|update|updates|rescheduling|reschedule|next steps|urgent|immediate|asap|"
    # how the process stands, said after the title: "- Outcome", "- feedback", "- timeline"
    r"outcome|feedback|results?|decision|timeline|status|regret|reminder|confirmation|"
    r"application|interview|initial conversation|conversation|"
    # the same in German, French, Spanish: "- Vorstellungsgespr\u00e4ch", "- Telefonat",
    # "- Direktvermittlung" (a permanent placement), "- entrevue"
    r"vorstellungsgespr\u00e4ch|kennenlerngespr\u00e4ch|telefonat|telefoninterview|gespr\u00e4ch|"
    r"direktvermittlung|festanstellung|vollzeit|teilzeit|befristet|unbefristet|entrevue|"
    r"entretien|entrevista|temps plein|temps partiel|tiempo completo)"
)
# "- Urgent Care" is part of a title, "- Urgent" or "- Remote, Contract - $90/hr" is not:
# qualifier words count only as a run that ends the title or a dash-separated part of it.
_QUALIFIER = re.compile(
    r"\s*(?:[-\u2013|]\s+"
    + _QUALIFIER_WORD
    + r"(?:[\s,/&+]+(?i:and\s+)?"
    + _QUALIFIER_WORD
    + r")*\b(?=\s*$|\s*[-\u2013|(,])(?:\s*[-\u2013|(,].*)?"
    # (words that start there: "(Research Computing)" holds no "search", "(Contractor Relations)" no
    # "contract")
    r"|\((?=[^()]*(?:\$|\u00a3|\u20ac|/hr|\d\s?%|(?<![\w-])(?i:remote|hybrid|per hour|"
    r"contract(?:[- ]to[- ](?:hire|perm))?|"
    r"internal (?:posting|candidates?|applicants?|only|vacancy)|confidential|"
    r"posting|search|on-?site|full[- ]time|part[- ]time|permanent|temporary|start|starting|"
    r"raum|standort|vollzeit|teilzeit|befristet|unbefristet|festanstellung|"
    r"urgent|asap|immediate|indeed|craigslist|linkedin|seek|naukri|glassdoor|ziprecruiter|"
    r"commencing)(?!\w)|"
    # what the job asks for, not what it is: "(2-5 years)", "(need 40 wpm)", "(PE preferred)"
    r"\b(?:years?|yrs|experience|preferred|required|needed|need|considered|wpm|background)\b))"
    r"[^()]*\))$"
)
# One of the marks _QUALIFIER and _TAIL_NAME need; a digit, which _REQ_IN_ROLE needs.
_QUALIFIER_MARK = re.compile(r"[-\u2013|(]")
_DIGIT = re.compile(r"\d")
# A person's name leading a calendar-style title: "Maya Okafor - Technical Interview (...)"
_NAME_LEAD = re.compile(
    r"^(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)\s*(?:[|\u2013,:]|\s-)\s*(?P<rest>.+)$"
)
_EVENT_OF_ROLE = re.compile(
    r"^(?i:(?:technical |phone |onsite |on-site |final |virtual |video |panel |hiring manager )?"
    r"(?:interview|screen|call|chat|onsite))\s*\((?P<role>[^()]+)\)$"
)
_REF_IN_BRACKETS = re.compile(
    r"\s*[(\[]\s*(?i:ref(?:erence)?|req(?:uisition)?|job\s*(?:id|ref|no)|vacancy\s*(?:no|ref|id))"
    r"\.?\s*(?i:#|no\.?|number|id)?\s*[:#]?\s*(?P<ref>[^()\[\]]{2,20})[)\]]\s*$"
)
_LEADING_REQ = re.compile(
    r"^(?P<req>(?:JR|REQ|R|JOB|P)-?\d{3,}[A-Z]?)\s+(?=[A-Z])"
    # "SAE-028114 Research Associate", "JC-487211, Staff Services Manager I"
    r"|^(?P<code>[A-Z]{1,6}[-/]?\d{3,}[\w/-]*)(?:\s*[,:|\u2013-]\s*|\s+)(?=[A-Z])"
    # "178224 - Postdoctoral Research Assistant": digits alone only before a mark
    # ("2025-2217 Manager, State Policy": a year and a number)
    r"|^(?!(?:19|20)\d\d\b(?!-\d))(?P<number>\d{4,}[\w/-]*)"
    r"(?:\s*[,:|\u2013-]\s*|(?<=\d{5})\s+|(?<=\d-\d{4})\s+)(?=[A-Z])"
    # "Vacancy ID 2025-AC-0913-MP, Program Officer"
    r"|^(?i:vacancy|job opening|opening|requisition|posting|announcement|job)\s*"
    r"(?i:id|no\.?|number|#)?\s*[:#]?\s*(?P<labeled>[A-Z0-9][\w/-]*\d[\w/-]*)\s*[,:|\u2013-]\s*"
    r"(?=[A-Z])"
)
# What a subject says before the title, never part of it: a reply or forward mark in another
# language (AW:, WG:, SV:, TR:, RV:), "Bewerbung (als)", "Candidature", "Candidatura -",
# and English stage words when a mark follows them ("RESCHEDULE - Office Cleaner"; an
# "Application Developer" keeps its first word).
_LEAD_WORDS = re.compile(
    r"^(?:(?i:aw|wg|sv|vs|tr|rv|antw|res|enc|vb|ynt)\s*:\s*)*"
    r"(?:(?i:bewerbung|candidature|candidatura|postulaci[o\u00f3]n|solicitud|sollicitatie|"
    r"ans\u00f6kan|s\u00f8knad|hakemus)(?:\s+(?i:als|pour|au poste de|para|a|per|f\u00fcr))?"
    r"\s*[:|\u2013-]?\s*"
    # the step or document a German, French, Spanish or Portuguese subject names before the
    # title ("Absage Teamleiter Disposition", "Arbeitsvertrag Operations Manager",
    # "Entrevue \u2013 Designer UX")
    r"|(?i:(?:ihre|deine|unser|unsere)\s+)?(?i:absage|zusage|einladung(?:\s+zum\s+"
    r"(?:vorstellungsgespr\u00e4ch|gespr\u00e4ch|interview))?|vorstellungsgespr\u00e4ch|"
    r"kennenlerngespr\u00e4ch|telefoninterview|arbeitsvertrag|vertragsangebot|angebot|"
    r"eingangsbest\u00e4tigung|r\u00fcckmeldung|entrevue|entretien|entrevista|offre|oferta|"
    r"proposta|convocation|convocatoria|accus\u00e9 de r\u00e9ception|mise en situation|"
    # "Proceso Brand Manager", "Oportunidad Product Manager", "Oportunidade Brand Manager",
    # "Vacante Jefe de Ventas", "B\u00fasqueda ejecutiva: Directora de Marca"
    r"proceso(?: de selecci\u00f3n)?|processo(?: de (?:sele\u00e7\u00e3o|recrutamento))?|"
    r"oportunidad|oportunidade|opportunit\u00e9|opportunit\u00e0|vacante|vaga|"
    r"b\u00fasqueda(?: ejecutiva)?|confidencial|finalista(?: en| para)?)"
    r"\s*[:|\u2013-]?\s*"
    r"|(?i:reschedule[d]?|rescheduling|cancell?ed|confirmed|updated|reminder|invitation|"
    r"application|interview|offer|onsite interviews?|final interview|receipt|confidential|"
    r"hiring manager interview|request|received|submitted)\s*[:|\u2013-]\s+)(?=[A-Z])"
)
# "Jordan - Sr. Data Engineer": a first name before a mark is who the mail is for;
# "AfDB - Principal Economist": the employer's short name.
_LEAD_NAME = re.compile(r"^(?P<lead>[A-Z][A-Za-z&]{1,11})\s+[|\u2013-]\s+(?=[A-Z])")
_GREETING_LEAD = re.compile(r"^(?P<lead>[A-Z][a-z]{1,11}),\s+(?=[A-Z])")
# A tail that names the institution: ", Department of Education", "(University of X)".
_INSTITUTION_TAIL = re.compile(
    # (a "School of Nursing" or a "Faculty of X" can be part of a university post's title)
    r"(?:,\s+|\s+\(|\s+[-\u2013]\s+)(?:[A-Z][\w.'-]*\s+){0,3}(?:Department|Dept\.?|University|Ministry|"
    r"Institute|Bureau|Commission|Departamento|Departament|D\u00e9partement|Universidad|"
    r"Universit\u00e9|Universit\u00e0|Universit\u00e4t|Ministerio|Minist\u00e8re)"
    r"\s+(?:of|for|de|di|du|des|d'|f\u00fcr)\s?[^()]*\)?$"
)
# How long a contract runs: "Designer UX de 9 mois", "Data Engineer for 6 months".
_DURATION_TAIL = re.compile(
    r"\s+(?:de|of|for|pour|f\u00fcr|por|para)\s+\d+\s*(?:mois|months?|semaines|weeks?|ans|years?|"
    r"meses|monate?n?|wochen|jahre?)$",
    re.I,
)
# Where, in German: "Standort Norderstedt", "Raum Hannover", "Region Nord" after the title.
_SITE_TAIL = re.compile(
    r"(?:\s*[-\u2013,]\s*|\s+)(?:Standort|Raum|Region)\s+[A-Z\u00c4\u00d6\u00dc][\w-]*$"
)
# A grade of the UN, the World Bank or a public service after the title: ", P3", ", P-4,
# Economic Commission", ", Grade GF", ", Grade 9".
_GRADE_TAIL = re.compile(
    r",\s*(?:(?:P|D|G|GS|NO|FS)-?\d{1,2}|Grade\s+[A-Z0-9]{1,4})\b.*$"
    # a US federal series and grade, with or without a comma: "Program Analyst, GS-0343-12/13,
    # Food and Nutrition Service", "Management Analyst GS-0343-13"
    r"|,?\s+(?:GS|GG|GM|WG|WS|ZP|NH|NT)-\d{4}-\d{1,2}(?:/\d{1,2})?\b.*$"
    # an announcement number after a comma, and the agency after it: "Program Analyst,
    # HHS-ACF-DE-25-1299811, Administration for Children and Families"
    r"|,\s+(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){2,}\b.*$"
)
_FEDERAL_GRADE = re.compile(r"\b(?:GS|GG|GM|WG|WS|ZP|NH|NT)-\d{4}-\d{1,2}(?:/\d{1,2})?\s*$")
# The office or agency in brackets after a title: "Management Analyst (VHA Office of
# Integrated Veteran Care)", "Policy Analyst (Environmental Protection Agency)", "Survey
# Statistician (U.S. Census Bureau)", "POLICY ANALYST II (MAYOR'S OFFICE)"; "(Policy)" stays.
_OFFICE_TAIL = re.compile(
    r"\s+\((?!(?i:back|front)\b)[^()]*(?:\b(?i:office of)\b[^()]*|"
    r"[\w.'\u2019-]+\s+(?i:office|agency|bureau|administration|department|commission|ministry|"
    r"council|authority))\)$"
)
# ", and Jerome Adebayo": whom a title ran into.
_AND_NAME_TAIL = re.compile(r",?\s+and\s+(?P<name>[A-Z][\w'-]+)\s+[A-Z][\w'-]+$")
# The pay as a part of its own: "- CHF 1'600/day", "- 200-240k", "- \u00a360,000".
_PAY_TAIL = re.compile(
    r"\s+[-\u2013|]\s+(?:(?:CHF|EUR|USD|GBP|AUD|NZD|CAD|INR|SGD|AED)\s?\d|[$\u00a3\u20ac\u20b9]\s?\d"
    r"|\d[\d,.]*\s?[kK](?:\s?[-\u2013]\s?\$?\d[\d,.]*\s?[kK])?\b).*$"
)
# The language a job asks for, not the job: "German-speaking Operations Manager".
_SPEAKING_LEAD = re.compile(r"^[A-Z][a-z]+-speaking\s+(?=[A-Z])")
# "Graduate, Client Coverage in October": when it starts; "Delivery Associate - Up to $22/hr":
# the pay, cut at "to" by the title's grammar.
_WHEN_TAIL = re.compile(
    r"\s+(?:in|from)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)$|\s+[-\u2013|]\s+(?:Up|From|Starting)$"
)

# The words for a post in Spanish, Portuguese, French and Italian ("la oferta", "el puesto").
_POST_WORD = (
    r"(?:oferta|vacante|posici\u00f3n|posicion|puesto|plaza|rol|vaga|posi\u00e7\u00e3o|"
    r"fun\u00e7\u00e3o|cargo|poste|offre|posizione|ruolo)\b"
)
# (weight, regex, title word required)
_PATTERNS: list[tuple[float, str, bool]] = [
    (
        4.0,
        _I.format(r"\b(?:for|as|to|in|about|on|regarding) (?:the|our|a|an|your|this)\s")
        + rf"(?:{EMPLOYMENT}\s)?"
        + ROLE
        + r"\s(?:(?i:position|post|role|opening|job|opportunity|vacancy|posting|req|requisition)"
        # lower case only: "the Data Engineer search", never "Software Engineer - Search"
        + r"|search|spot|campaign|process|programme|program|cohort|scheme)s?\b",
        False,
    ),
    (
        3.5,
        _I.format(
            r"\b(?:application|applying|applied|apply|candidacy|interview|interviewing|"
            r"consideration|considered|interest|interested|submission|resume|offer)"
            r"(?: (?:for|to|in|as))[:,]?(?: the| our| a| an| your| this)?\s{1,4}"
        )
        + ROLE,
        True,
    ),
    (3.0, _I.format(r"\b(?:position|post|vacancy|recruitment) (?:of|for)\s") + ROLE, False),
    # "for the role Data Engineer (Requisition ID: 81124)", "to be a Senior Data Engineer at"
    (
        3.0,
        _I.format(r"\b(?:for|to) the (?:role|position|post|vacancy|opening)\s(?:of\s)?") + ROLE,
        True,
    ),
    (
        2.5,
        # "to be a Senior Data Engineer at", "you'd be a great Senior Carer at our new home"
        # ("to be our next Finance Business Partner", "becoming a Full-Service Shopper")
        _I.format(r"\b(?:(?:to|would|could|(?<=['\u2019])d) be|become|becoming) (?:a|an|our|the)\s")
        + r"(?:(?:great|good|perfect|strong|fantastic|brilliant|natural|real|excellent|next|new|"
        r"first)\s)?" + ROLE + r"(?=\s(?:at|with|on|in|here)\b|\s?[.,!(\n:|\u2013-]|$)",
        True,
    ),
    (
        2.5,
        _I.format(r"\b(?:for|as)(?: the| our| a| an| their)?\s")
        + ROLE
        + r"(?=\s[a-z]|\s?[.,!(\n:|\u2013-]|$)",
        True,
    ),
    (
        2.5,
        ROLE + _I.format(r"\s(?:opportunity|position|role|opening|contract)\b"),
        True,
    ),
    (
        3.0,
        _I.format(r"\b(?:the|our|a|an)\s")
        + rf"(?:{EMPLOYMENT}\s)?"
        + ROLE
        + r"(?:\s(?:(?i:position|role|opening|job|opportunity|vacancy|requisition)"
        + r"|search|spot|process|programme|program|cohort|scheme|hire)s?\b"
        # or the stage of that job: "a Cabin Crew Assessment Day", "the Data Engineer
        # interview" (a "Recruiter interview" is with a recruiter)
        + r"|(?<![Rr]ecruiter)\s(?:(?i:assessment (?:day|centre|center)|superday)\b|"
        + r"(?:interview|assessment|test)s?\b))",
        True,
    ),
    (
        2.5,
        # "Hiring Manager" is who interviews, not whom they hire.
        _I.format(
            r"\b(?:(?:hiring(?! [Mm]anager\b| [Tt]eam\b)|looking|seeking|searching|search)"
            r"(?: for)?(?: an?| the| our| their)?|(?:find|recruiting|needs|hire)(?: for)? "
            r"(?:an?|the|their|our))\s"
        )
        # one lower-case word before the title: "a founding Account Executive"
        + r"(?:[a-z]+(?:-[a-z]+)*[ ])?"
        + ROLE
        + r"(?=\s*(?:[(,.!\n-]|$)|\s[a-z])",
        True,
    ),
    (
        2.5,
        r"(?m)^[ \t*-]*(?i:position|role|job|job title|title|job name|opening|requisition|"
        r"position title|job position|vacancy|post|post title|vacancy title|applied for|"
        r"announcement|job ad|job advert|advert|stelle|stellenanzeige|poste|puesto|vaga|cargo|"
        # a booked call's fields: "Phone screen: RN Intensive Care (Nights)", "Recruitment: X"
        r"ruolo|functie|phone screen|screening call|recruitment)\s*(?:name)?\s*:\s*" + ROLE,
        True,
    ),
    (3.0, _I.format(r"\b(?:role|title|job title) of\s") + ROLE, False),
    (
        3.0,
        _I.format(r"\byour\s")
        + ROLE
        + r"(?<![Rr]ecruiter)"
        + _I.format(r"\s(?:application|candidacy|interview)\b"),
        True,
    ),
    (
        3.0,
        r"(?:^|(?<=\n)|(?<=[!|:\u2013-] )|(?<=[!|:] ))[ \t]*" + ROLE + r"\s(?:at|@)\s" + ORG,
        True,
    ),
    (2.5, _I.format(r"\b(?:position|req|requisition)\s*[:#-]?\s") + ROLE, True),
    # A stage named for its role: "Recruiter Screen (Senior Software Engineer, Fraud)".
    (
        3.0,
        _I.format(r"\b(?:interview|screen|call|chat|onsite)\s*\(") + ROLE + r"\)",
        True,
    ),
    # A letter's reference line: "Re: Staff Nurse - Band 5" (not the subject's "Re:").
    (2.5, r"(?<=\n)[ \t]*(?i:re)[ \t]*:[ \t]*" + ROLE, True),
    # The title in brackets after the employer: "Your application to Acme (Operations Lead)"
    (
        3.0,
        _I.format(r"\b(?:application|applied|apply) (?:to|at|with|for) ")
        + r"(?:[A-Z][\w&.'-]*[ ]){1,5}\("
        + ROLE
        + r"\)",
        True,
    ),
    # A stage, a dash, the title: "phone screen \u2013 Senior Cloud Engineer", "final round - ..."
    (
        3.0,
        # (a booking's "30 Minute Intro - Finance Business Partner")
        _I.format(r"\b(?:interview|screen|round|call|chat|intro)\s+[-\u2013|]\s+") + ROLE,
        True,
    ),
    # "sent you a message about Senior Cloud Engineer"
    (3.0, _I.format(r"\bmessage about (?:the )?") + ROLE, True),
    # "a new role we've just opened: Brand Manager"
    (
        2.5,
        _I.format(r"\b(?:role|position|opening|vacancy|opened)\b[^.\n:]{0,40}:[ \t]*") + ROLE,
        True,
    ),
    # A skills test named "<title> - <skills>": "Assessment: Finance Manager - Excel".
    (
        3.0,
        _I.format(r"\b(?:assessment|test|challenge)\s*:\s*") + ROLE + r"(?=\s[-\u2013]\s)",
        True,
    ),
    # The same slots in other languages: "Bewerbung als X", "au poste de X", "la vaga de X",
    # "el puesto de X", "la posizione di X", "de functie van X", "die Stelle als X".
    (
        3.0,
        _I.format(
            r"\b(?:als|au poste(?: d[e'])?|poste d[e']|puesto de|vaga de|vaga|posizione di|"
            r"functie van|stelle als|plaza de|mandat d[e']|cargo de|ruolo di)\s*"
        )
        + ROLE,
        True,
    ),
    # A requisition's number, then the title: "vacancy NM44561, Assistant Professor in X",
    # "Job Opening 238110, Economic Affairs Officer", "Vacancy: 178224 - Research Assistant".
    (
        3.0,
        _I.format(
            r"\b(?:vacancy|opening|requisition|posting|competition|announcement|job)"
            r"\s*(?:#|no\.?|number|id)?\s*:?\s*"
        )
        # (a number of five digits or more needs no mark: "vacancy 412876 Management Accountant")
        + r"[A-Z]{0,6}[-/]?\d[\w/-]*(?:\s*[,:\u2013-]\s+|(?<=\d{5})\s+(?=[A-Z]))"
        + ROLE,
        True,
    ),
    # A person writes the title in lower case: "we're hiring a backend engineer at Kodiak",
    # "looking for a research assistant on their desk" (two words or more; weighed below
    # every title-case pattern).
    (
        1.5,
        r"\b(?:hiring(?! manager\b| team\b)|looking for|seeking|recruiting)"
        r"(?: an?| two| several)? (?!(?:a|an|the|our|your|my|some|more)\b)"
        r"(?P<role>[a-z][a-z-]*(?: [a-z][a-z-]*){1,2})(?= (?:at|on|for|to|with|in|who|that)\b"
        r"|[.,!\n])",
        True,
    ),
    # A person's mail names the job it is about: "talking with us about Backend Engineer,
    # Payments.", "any news regarding the Store Manager role?"
    (
        2.0,
        r"\b(?:about|regarding):?\s(?:the\s)?"
        + ROLE
        + r"(?=\s*[.,;!?\n]|\s(?:will|is|has|was|role|position)\b)",
        True,
    ),
    # The title in quotes after the post's word: 'Ihre Bewerbung auf die Stelle "X"',
    # 'your application for the position "X"', 'le poste « X »'.
    (
        3.0,
        _I.format(r"\b(?:stelle|position|projekt|project|poste|role|job|vacancy|ausschreibung)")
        + r"\s+[\"\u201e\u201c\u00ab]\s?"
        + ROLE,
        True,
    ),
    # An employer hiring, in German, French, Spanish, Portuguese, Italian: "wir suchen aktuell
    # einen Leiter X", "nous recherchons un(e) X", "buscamos un X", "procuramos um X".
    (
        2.5,
        _I.format(
            r"\b(?:suchen|recherchons|cherchons|buscamos|procuramos|cerchiamo|zoeken)"
            r"(?:\s+(?:aktuell|derzeit|zurzeit|actuellement|actualmente|attualmente|momenteel))?"
            r"\s+(?:eine:n|eine\*n|eine\(n\)|einen|eine|ein|un\(e\)|une?|una?|um|uma|een)\s"
        )
        + ROLE,
        True,
    ),
    # The application's slot in Spanish, Portuguese, French and Italian mail: "tu candidatura
    # para (la oferta) X", "su solicitud para el puesto 2600871 - X", "inscrito en la oferta
    # X", "la posici\u00f3n de X", "la vacante X", "el proceso de selecci\u00f3n para X", "a sua
    # candidatura para a vaga de X", "votre candidature au poste X", "candidatura como X".
    (
        3.5,
        _I.format(
            r"\b(?:(?:candidatura|candidature|solicitud|postulaci\u00f3n|postulacion|aplicaci\u00f3n|"
            r"inscripci\u00f3n|inscrit[oa]|inscribirte|inscribiste|postularte|postulado|"
            r"inter[e\u00e9]s|entrevista|evaluaci\u00f3n|propuesta|participaci\u00f3n|"
            r"participa\u00e7\u00e3o|proceso|processo|processus|b\u00fasqueda|selecci\u00f3n|"
            r"selezione|recrutamento|reclutamiento|recrutement)"
            r"(?:\s+de\s+(?:selecci\u00f3n|sele\u00e7\u00e3o|recrutamento|recrutement|reclutamiento))?"
            r"\s+(?:para|a|al|en|de|del|da|do|na|no|\u00e0|au|pour|per|por|como|sobre)\s+"
            r"(?:(?:el|la|los|las|o|a|os|as|le|il|lo|l')\s*)?(?="
            + _POST_WORD
            + r"|[\"\u201c\u00ab]?\s?[A-Z\u00c0-\u00de])|(?="
            + _POST_WORD
            + r"))(?:"
            + _POST_WORD
            + r"(?:\s+(?:de|di|da|do|del)\b|\s+d')?\s*(?:\d{4,}\s*[-\u2013:]\s*)?)?"
            r"[\"\u201c\u00ab]?\s?"
        )
        + ROLE,
        True,
    ),
    # A notice names the post it is about: "The vacancy Costing Accountant (C9368-26-1102) at
    # ... closed early", "this position Senior Data Engineer".
    (
        3.0,
        # (led by the post's word, found with fewer searches than "the vacancy", "this post" ...)
        _I.format(r"(?:(?<=\bthe )|(?<=\bthis ))(?:vacancy|post|position|opening)\s+(?:of\s+)?")
        + ROLE,
        True,
    ),
]
# Keyword-led patterns: the words they can start with (lower case); see anchored_matches.
_STARTS: dict[int, tuple[str, ...]] = {
    0: ("for", "as", "to", "in", "about", "on", "regarding"),
    1: ("appl", "candidacy", "interview", "consider", "interest", "submission", "resume", "offer"),
    2: ("position", "post", "vacancy", "recruitment"),
    3: ("for the", "to the"),
    4: ("to be", "would be", "could be", "d be", "become"),  # ("become" starts "becoming")
    5: ("for", "as"),
    7: ("the", "our", "a", "an"),
    8: ("hiring", "looking", "seeking", "search", "find", "recruiting", "needs", "hire"),
    10: ("role of", "title of"),
    11: ("your",),
    13: ("position", "req"),
    14: ("interview", "screen", "call", "chat", "onsite"),
    16: ("appl",),
    17: ("interview", "screen", "round", "call", "chat", "intro"),
    18: ("message about",),
    19: ("role", "position", "opening", "vacancy", "opened"),
    20: ("assessment", "test", "challenge"),
    21: (
        "als",
        "au poste",
        "poste de",
        "puesto de",
        "vaga de",
        "vaga",
        "posizione di",
        "posizione",
        "functie van",
        "stelle als",
        "plaza de",
        "mandat de",
        "cargo de",
        "ruolo di",
    ),
    22: ("vacancy", "opening", "requisition", "posting", "competition", "announcement", "job"),
    23: ("hiring", "looking", "seeking", "recruiting"),
    24: ("about", "regarding"),
    25: (
        "stelle",
        "position",
        "projekt",
        "project",
        "poste",
        "role",
        "job",
        "vacancy",
        "ausschreib",
    ),
    26: ("suchen", "recherchons", "cherchons", "buscamos", "procuramos", "cerchiamo", "zoeken"),
    27: (
        "candidatur",
        "solicitud",
        "postula",
        "aplicaci",
        "inscri",
        "inter",
        "entrevista",
        "evaluaci",
        "propuesta",
        "participa",
        "proceso",
        "processo",
        "processus",
        "b\u00fasqueda",
        "selecci",
        "selezione",
        "recrutamento",
        "reclutamiento",
        "recrutement",
        "oferta",
        "vacante",
        "posici",
        "puesto",
        "plaza",
        "rol",
        "vaga",
        "posi\u00e7",
        "fun\u00e7",
        "cargo",
        "poste",
        "offre",
        "posizione",
        "ruolo",
    ),
    # ("post" also finds "position")
    28: ("vacancy", "post", "opening"),
}
# The whitespace a cleaned text can hold (text.py turns tabs, no-break and other spaces into
# " "): a keyword followed by one of these is where a pattern needing `\s` can match.
# ... and the letters that match "i", "s" or "k" case-insensitively without lowering to them
_RARE_WHITESPACE = re.compile("[\x1c-\x1f\x85\u1680\u2028\u2029\u0130\u0131\u017f\u212a]")
# Where a keyword is always followed by whitespace, the phrases it can start with: a short
# keyword ("a", "in", "as") starts thousands of words and every one was tried. Grouped by
# keyword so that matches come in the same order as with _STARTS alone. Pattern 0 has a
# plain space after its keyword.
_PHRASES: dict[int, tuple[tuple[str, ...], ...]] = {
    0: tuple((k + " ",) for k in _STARTS[0]),
    5: tuple((k + " ", k + "\n") for k in _STARTS[5]),
    7: tuple((k + " ", k + "\n") for k in _STARTS[7]),
    21: tuple((k + " ", k + "\n") for k in _STARTS[21]) + (("poste d'",), ("mandat d'",)),
    24: tuple((k + " ", k + ":") for k in _STARTS[24]),
}
# What must follow a phrase for its pattern to match there (pattern 0: an article).
_THEN: dict[int, tuple[str, ...]] = {
    0: tuple(a + w for a in ("the", "our", "a", "an", "your", "this") for w in " \n"),
}
# The pattern of the slots in other languages; of titles a person writes in lower case.
_FOREIGN = 21
_ROMANCE_SLOT = 27
_FOREIGN_ONLY = frozenset({_FOREIGN, 26, _ROMANCE_SLOT})
# The pattern of a title in quotes, and the quotes it can open with.
_QUOTED = 25
_QUOTES = ('"', "\u201e", "\u201c", "\u00ab")
_LOWER_BODY = 23
# Literal strings one of which must occur for a pattern led by the title to be tried.
_NEEDLES: dict[int, tuple[str, ...]] = {
    6: ("opportunity", "position", "role", "opening", "contract"),
    9: (":",),
    12: (" at ", " @ "),
    15: ("\nre", "\n re"),
}
# A reply or forward mark, in English and other languages (German AW/WG, Nordic SV/VS,
# French TR, Italian RIF/R, Dutch Antw/Doorst, Spanish RV/RE, Portuguese ENC/RES).
_REPLY = r"(?i:re|fwd?|fw|aw|wg|sv|vs|tr|rv|rif|antw|doorst|enc|res)"
_SUBJECT_PATTERNS: list[tuple[float, str, bool]] = [
    # "Rescheduled: Product Manager interview with Acme"
    (
        3.5,
        ROLE
        + _I.format(
            r"\s(?:interview|phone screen|screen|call|chat|onsite|conversation)s?\s(?:with|at)\s"
        )
        + ORG,
        True,
    ),
    (
        3.5,
        r"^(?:"
        + _REPLY
        + r":\s*)?(?:[^:\n]{0,40}(?::|\s-)\s*)?"
        + ROLE
        + _I.format(r"\s(?:at|@|with)\s")
        + ORG,
        True,
    ),
    (
        3.5,
        _I.format(
            r"\b(?:application|applied|applying|candidacy|interview|interviewing|"
            r"submission|confirmation|received|update|invitation|regarding|re|"
            r"assessment|offer|opportunity|role|position)(?: (?:for|to|received|scheduled|"
            r"confirmed|filled|closed|cancell?ed|request|reminder|update|status))?"
            r"\s*[:\-\u2013|]\s*"
        )
        + ROLE,
        True,
    ),
    (
        3.0,
        ROLE + r"\s*(?:[-\u2013|(]\s*)?" + _I.format(r"\b(?:req|job|id|requisition|r-?\d|jr\d)"),
        True,
    ),
    (
        2.5,
        r"[-\u2013|:\]]\s*"
        + ROLE
        # a document's name in quotes: 'Signature requested on "Offer Letter - Title"'
        + r"(?:\s(?:roles?|positions?|jobs?|openings?|vacanc(?:y|ies)))?[\"\u201d']?\s*$",
        True,
    ),
    # "Submitted: Senior Backend Engineer - a healthcare technology client"
    (2.5, r"[:|]\s*" + ROLE + r"(?=\s+[-\u2013]\s+[a-z])", True),
    # the part after the subject's last mark: "New event: Interview Acme - Account Manager"
    (2.5, r"^.*[-\u2013|:\]!]\s*" + ROLE + r"\s*$", True),
    # "Jasmine Lau <> Harlow Media - Director of Marketing interview @ Thu"
    (
        3.0,
        # "Acme Recruiter Screen" is a screen by a recruiter
        r"(?:^|[-\u2013|:>]\s)"
        + ROLE
        + r"(?<![Rr]ecruiter)"
        + _I.format(r"\s(?:interview|phone screen|screen)s?\b"),
        True,
    ),
    (
        2.5,
        r"^(?:"
        + _REPLY
        + r":\s*)?"
        + ROLE
        # (an executive search's "CFO mandate - update", "CEO appointment", "Are you open to
        # Financial Accountant roles?")
        + r"(?:\s(?:roles?|positions?|jobs?|openings?|vacanc(?:y|ies)|mandate|appointment|brief|"
        r"search|assignment))?\s*(?:[-\u2013|:(?]|$)",
        True,
    ),
    (2.5, _I.format(r"\b(?:about|regarding|re)\s") + ROLE + r"\s*$", True),
    # the title in brackets at the end: "Next step: play our games (Graduate Programme)"
    (2.5, r"\(\s*" + ROLE + r"\s*\)\s*$", True),
]
# Part of each subject pattern that any match contains: a quick search for it skips trying
# the title at every word of a subject that cannot match.
_SUBJECT_GATES: dict[int, re.Pattern] = {
    0: re.compile(
        _I.format(
            r"\s(?:interview|phone screen|screen|call|chat|onsite|conversation)s?\s(?:with|at)\s"
        )
    ),
    1: re.compile(_I.format(r"\s(?:at|@|with)\s")),
    2: re.compile(_SUBJECT_PATTERNS[2][1][: -len(ROLE)]),
    3: re.compile(_I.format(r"\b(?:req|job|id|requisition|r-?\d|jr\d)")),
    4: re.compile(r"[-\u2013|:\]]"),
    5: re.compile(r"\s+[-\u2013]\s+[a-z]"),
    6: re.compile(r"[-\u2013|:\]!]"),
    7: re.compile(_I.format(r"\s(?:interview|phone screen|screen)s?\b")),
    9: re.compile(_I.format(r"\b(?:about|regarding|re)\s")),
    10: re.compile(r"\)\s*$"),
}
_CARD = re.compile(
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
_PLACE_LINE = re.compile(
    r"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)+"
    r"(?:\s*(?:\((?:On-?site|Hybrid|Remote)\)|\u00b7 \w+))?|(?:Remote|Hybrid|On-?site)\b.*)\s*$"
)
# A card's title and where, on one line: "Data Engineer - Payments \u00b7 Denver, CO"
_CARD_INLINE = re.compile(
    # ("Product Designer \u00b7 Kestrel \u00b7 Remote (US, Canada)": the employer between)
    r"^(?P<line>[^\n\u00b7]{3,90}) \u00b7 (?:[^\n\u00b7]{2,60} \u00b7 )?"
    r"(?:[A-Z][\w .'-]{1,30}, ?[A-Z]{2}|Remote|Hybrid|"
    r"On-?site)\b",
    re.M,
)


@functools.lru_cache(maxsize=8192)
def clean_role(value: str) -> tuple[str | None, str | None]:
    """(title, req id found inside it)."""
    value = _TRAILING.sub("", value.strip(" .,;:!?\"'"))
    req = None
    # (guards: each regex below can only match where its mark is in the value)
    bracket = _REF_IN_BRACKETS.search(value) if value.rstrip().endswith((")", "]")) else None
    if bracket and bracket.start() > 0:  # "Teacher of Maths (ref: TM/24/03)"
        req, value = bracket.group("ref").strip(), value[: bracket.start()]
    inner = _INNER_REQ.search(value) if "(" in value else None
    if inner and inner.start() > 0:  # "Supply Chain Planner (JR102931) in Singapore"
        req, value = inner.group("req"), value[: inner.start()] + value[inner.end() :]
    lead = _LEAD_WORDS.match(value)
    if lead and has_title_word(value[lead.end() :]):
        value = value[lead.end() :]
    first, _, rest = value.partition(" ")
    if (
        first.lower() in ("application", "interview")
        and rest[:1].isupper()
        and rest.split()[0].lower() not in ROLE_WORDS | _SENIORITY | _FUNCTION_WORDS
        and has_title_word(rest)
    ):
        value = rest  # "Interview Juniorprofessur (W1)"; an "Application Developer" stays
        lead = _LEAD_WORDS.match(value)
        if lead and has_title_word(value[lead.end() :]):
            value = value[lead.end() :]  # "Application Receipt - Unit Manager"
    leading = _LEADING_REQ.match(value)
    if leading and has_title_word(value[leading.end() :]):  # "JR-2291 Data Engineer"
        req = (
            leading.group("req")
            or leading.group("code")
            or leading.group("number")
            or leading.group("labeled")
        )
        value = value[leading.end() :]
    greeting = _GREETING_LEAD.match(value)
    if greeting and greeting.group("lead").lower() in GIVEN_NAMES:
        value = value[greeting.end() :]  # "Danielle, Travel RN - ICU": who the mail is for
    named = _LEAD_NAME.match(value)
    if named and not has_title_word(named.group("lead")):
        lead_word = named.group("lead")
        if lead_word.lower() in GIVEN_NAMES or sum(c.isupper() for c in lead_word) >= 2:
            value = value[named.end() :]
    if _QUALIFIER_MARK.search(value):
        cut = _QUALIFIER.sub("", value)
        value = _QUALIFIER.sub("", cut) if cut != value else cut
    cut = _PAY_TAIL.search(value) if _QUALIFIER_MARK.search(value) else None
    if cut and cut.start() > 0 and has_title_word(value[: cut.start()]):
        value = value[: cut.start()]  # "- CHF 1'600/day" (before its digits look like a req id)
    match = _REQ_IN_ROLE.search(value) if _DIGIT.search(value) else None
    grade = _FEDERAL_GRADE.search(match.group(0)) if match else None
    if grade:
        # a US federal series and grade, cut here before its first word is read as how the
        # job is held ("Contract Specialist GS-1102-12"); it stays the id it always was
        req, value, match = grade.group(0).strip(), value[: match.start()], None
    if match and _YEAR.fullmatch(match.group(0)):
        match = None
    if match and match.start() > 0:
        found = REQ_ID.search(value[match.start() :]) or re.search(
            r"[\w-]*\d[\w-]*", value[match.start() :]
        )
        if found:
            req = found.groupdict().get("req") or found.groupdict().get("bare") or found.group(0)
        value = value[: match.start()]
    head, dash, rest = value.partition(" - ")
    if dash and _is_place(head):
        value = rest
    tail = _TAIL_NAME.search(value) if _QUALIFIER_MARK.search(value) else None
    if tail and tail.group("name").split()[0].lower() in GIVEN_NAMES:
        value = value[: tail.start()]  # "Lead Backend Developer - Tom Brennan"
    left, slash, right = value.partition(" / ")
    if slash and looks_like_person(left) and not has_title_word(left):
        value = right  # "Dana Whitfield / Senior Analyst": the interview of a person
    named = _NAME_LEAD.match(value)
    if named and _is_person_name(named.group("name")):
        # "Maya Okafor - Technical Interview (Backend Engineer)" is an event for a person;
        # "Nadia Flores | Senior Technical Recruiter" is a signature, no job's title.
        inner = _EVENT_OF_ROLE.match(named.group("rest"))
        if not inner:
            return None, req
        value = inner.group("role")
    for _ in range(2):
        before = value
        value = _ROLE_SUFFIX.sub(_suffix_cut, value.strip())
        value = _STAGE.sub("", value)
        value = _ROLE_PREFIX.sub("", value)
        value = _EMPLOYMENT_LEAD.sub("", value)
        value = _TRAILING.sub("", value).strip(" .,;:[]")
        # A closing parenthesis ends "Engineer (Backend)"; only unpaired ones are cut.
        value = value.lstrip("()").rstrip("(")
        if value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].rstrip()
        if value == before:
            break  # the second round would change nothing either
    if value.count("(") != value.count(")"):
        value = value.split("(")[0].strip()
    bracket = _BRACKET.search(value) if value.endswith(")") else None
    if bracket and bracket.start() > 0 and _is_place(bracket.group("inner")):
        value = value[: bracket.start()]
    at = _AT_IN_OTHER_LANGUAGE.search(value) if " " in value else None
    if at and at.start() > 0:
        found = value[: at.start()].lower().split()
        if _ORG_LEAD.match(value, at.end()) or any(
            w in ROLE_HEADS and w not in _FOREIGN_HEADS for w in found
        ):
            value = value[: at.start()]
    in_place = _IN_PLACE.search(value) if " " in value else None
    if in_place and in_place.start() > 0 and _is_place(in_place.group("place")):
        value = value[: in_place.start()]
    if "," in value:
        value = _TRAILING_DATE.sub("", value)
    value = _WHEN_TAIL.sub("", value)
    value = _DURATION_TAIL.sub("", value) if " " in value else value
    site = _SITE_TAIL.search(value) if " " in value else None
    if site and site.start() > 0 and has_title_word(value[: site.start()]):
        value = value[: site.start()]  # "Logistikleiter (m/w/d) Standort Norderstedt"
    value = _SPEAKING_LEAD.sub("", value)
    cut = _GRADE_TAIL.search(value) if ", " in value or "-" in value else None
    if cut and cut.start() > 0 and has_title_word(value[: cut.start()]):
        value = value[: cut.start()]
    bracket = _BRACKET.search(value) if value.endswith(")") else None
    named = bracket.group("inner").split() if bracket and bracket.start() > 0 else []
    if (
        len(named) in (2, 3)
        and named[0].lower() in GIVEN_NAMES
        and not has_title_word(" ".join(named))
    ):
        value = value[: bracket.start()]  # "Clinical Project Director (Priya Raman)"
    office = _OFFICE_TAIL.search(value) if value.endswith(")") else None
    if office and office.start() > 0 and has_title_word(value[: office.start()]):
        value = value[: office.start()]
    named = _AND_NAME_TAIL.search(value) if " and " in value else None
    if named and named.start() > 0 and named.group("name").lower() in GIVEN_NAMES:
        value = value[: named.start()]
    institution = (
        _INSTITUTION_TAIL.search(value)
        if ", " in value or " (" in value or " - " in value
        else None
    )
    if institution and institution.start() > 0 and has_title_word(value[: institution.start()]):
        value = value[: institution.start()]
    comma = _COMMA_PLACE.search(value) if ", " in value else None
    if comma and _is_place(comma.group("place")):
        found = comma.group("place").lower().split()
        if not any(w in _REGIONS for w in found):
            value = value[: comma.start()]
    if not value or len(value) > 80 or len(value.split()) > 10:
        return None, req
    return _singular(value), req


def _suffix_cut(match: re.Match) -> str:
    """'' for a post word ending a title ("Data Engineer Opportunity"); an "Opportunity"
    after a word of no title ("Program Officer, Economic Opportunity") is the title's own."""
    word = match.group(0).split()
    if word[-1].lower().startswith("opportunit") and match.start() > 0:
        before = match.string[: match.start()].rpartition(" ")[2].strip(",").lower()
        if before and before not in ROLE_WORDS and before not in ROLE_HEADS:
            return match.group(0)
    return ""


# Plural title words that end the names of firms: "Wrenfield Partners", "Hale Associates".
_FIRM_WORDS = words(
    "partners associates consultants advisors advisers solicitors architects surveyors accountants"
)


def _singular(value: str) -> str:
    """'Registered Nurses', 'Senior Backend Engineers': a mail hiring several names one
    title."""
    head, _, last = value.rpartition(" ")
    if last[-1:] != "s" or last[-2:] == "ss" or last.isupper() or last.lower() in _FIRM_WORDS:
        return value
    for cut in (1, 2) if last.endswith("es") else (1,):
        if last[:-cut].lower() in ROLE_HEADS:
            return f"{head} {last[:-cut]}" if head else last[:-cut]
    return value


def _is_place(text: str) -> bool:
    if _CITY_STATE.match(text):
        return True
    head, hyphen, _ = text.partition("-")
    if hyphen and " " not in text and head.lower() in PLACES:
        return True  # a district: "Hamburg-Harburg", "Wien-Simmering"
    town, _, state = text.rpartition(" ")
    if town and state.isupper() and state.lower() in PLACES and town[:1].isupper():
        return True  # "Tarneit VIC"
    found = [w for w in re.split(r"[\s,/&]+", text.lower()) if w and w not in ("or", "and")]
    return bool(found) and all(w.strip(".") in PLACES for w in found)


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


def under_a_name(text: str, start: int) -> bool:
    """A line right under a person's name is that person's own title ("Devon Tremblay" /
    "Partner at Creative Talent Partners"): a profile or signature header, not the job."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    name = text[above : line_start - 1].strip()
    return 0 < len(name) <= 40 and len(name.split()) in (2, 3) and _is_person_name(name)


def _is_person_name(name: str) -> bool:
    if has_title_word(name):
        return False
    return name.split()[0].lower() in FIRST_NAMES or looks_like_person(name)


# Title words beyond the shared list (which also decides what is no employer): leaders and
# delegates; early-career schemes; academic posts; heads of titles in other languages
# (German, French, Spanish, Portuguese, Italian, Dutch, Nordic).
# (written without accents: has_title_word folds them)
_FOREIGN_HEADS = words(
    """
    ingenieur ingeniera ingeniero ingegnere analista profesor profesora professeur professore
    professur juniorprofessur lector lectora maitre ricercatore ricercatrice investigador
    investigadora chercheur chercheuse doctorant doctorante mitarbeiter mitarbeiterin
    referent referentin leiter leiterin sachbearbeiter sachbearbeiterin werkstudent
    praktikant praktikantin entwickler entwicklerin berater beraterin
    estagio estagiario estagiaria gerente coordinador coordinadora desarrollador
    desarrolladora tecnico tecnica asistente consultor consultora assistente stagiaire
    responsable directeur directrice vendedor vendedora auxiliar enfermero enfermera
    enfermeira promovendus medewerker adviseur promovend doktorand doktorandin
    charge chargee addetto addetta impiegato impiegata operaio operaia commesso commessa
    cameriere cuoco autista magazziniere vendeur vendeuse serveur serveuse caissier
    caissiere cuisinier infirmier infirmiere ouvrier ouvriere employe employee conseiller
    conseillere gestionnaire comptable juriste avocat assistante alternant alternante
    apprenti apprentie dependiente dependienta cajero cajera camarero camarera cocinero
    cocinera repartidor operario operaria administrativo administrativa contable abogado
    abogada ejecutivo ejecutiva jefe jefa encargado encargada supervisora atendente caixa
    estoquista motorista recepcionista secretaria programador programadora desenvolvedor
    desenvolvedora engenheiro engenheira coordenador coordenadora diretor diretora
    aprendiz verkoper beheerder ontwikkelaar monteur chauffeur utvecklare ingenjor
    projektledare konsult sjukskoterska larare utvikler radgiver specjalista kierownik
    programista inzynier ksiegowa leitung concepteur conceptrice disponent disponentin
    einkaufer gestor gestora especialista directora representante lider asesor asesora
    operador operadora analyste
    """
)
_MORE_HEADS = _FOREIGN_HEADS | words(
    """
    leader delegate moderator liaison appointee scholar ambassador filler
    programme program scheme apprenticeship phd doctoral postdoctoral
    """
)
# Words that make a title only with others: a lone "PhD" or "Programme" is none.
_NOT_ALONE = words("phd doctoral postdoctoral programme program scheme")
_ACCENTS = str.maketrans(
    "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed"
    "\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f9\u00fa\u00fb\u00fc",
    "aaaaaceeeeiiiinooooouuuu",
)


@functools.lru_cache(maxsize=8192)
def has_title_word(value: str) -> bool:
    words = {w.lower().strip(".,()/") for w in re.split(r"[\s/]+", value)}
    if "(" in value:
        words |= {w.split("(")[0] for w in words}
    # (in a text all in capitals every short word looks like an acronym: "IHRE", "DRIVE")
    if (
        words & ROLE_HEADS
        or words & _MORE_HEADS
        or _ACRONYM_TITLE.search(value)
        and not (value.isupper() and " " in value.strip())
    ):
        return True
    # a trade or science by its ending: Epidemiologist, Bioinformatician, Radiographer;
    # German compounds: Werkleiter, Softwareentwickler, Vertriebsingenieur
    if any(w.endswith(_TITLE_ENDINGS) for w in words):
        return True
    # "Mitarbeiter*in": the word before the gender mark; "Ingénieur" without accents
    if (not value.isascii() or "*" in value) and any(
        w.split("*")[0].translate(_ACCENTS) in _MORE_HEADS for w in words
    ):
        return True
    # "(m/w/d)", "(H/F)": job ads in German and French mark every title so
    return "/" in value and _GENDER_MARK.search(value) is not None


_TITLE_ENDINGS = tuple(
    words(
        """
        ologist ician ographer leiter leiterin entwickler entwicklerin ingenieur ingenieurin
        berater beraterin referent referentin mitarbeiter mitarbeiterin techniker technikerin
        kaufmann kauffrau fachkraft assistent assistentin manager managerin arbeiter fahrer
        helfer pfleger pflegerin mechaniker elektriker bearbeiter planer medewerker
        ontwikkelaar beheerder ledare utvecklare leitung
        """
    )
)
_TRAILING_GENDER_MARK = re.compile(
    r"\s*\((?i:[mwfdhx](?:\s*/\s*[mwfdhx]){1,2}|m/w/div|m/f/div|all genders)\)$"
)
_GENDER_MARK = re.compile(r"\((?i:[mwfdhx](?:\s*/\s*[mwfdhx]){1,2}|m/w/div|m/f/div)\)")


# SWE, SDE, MLE, QAE ...; "OTE" is on-target earnings
# ("SAE-028114": letters before digits are a code)
_ACRONYM_TITLE = re.compile(r"\b(?:(?!OTE)[A-Z]{2,4}E|SWE|SRE|SDET)\b(?![-_/]?\d)")


# Title-led patterns and the strings their matches hold: each match ends on the line where
# one of them ends and starts on the line where it starts (12: "Data Engineer at Acme",
# the "at" between any two spaces) or the one before (6: "Data Engineer\nposition").
_NEAR: dict[int, tuple[int, tuple[str, ...]]] = {
    6: (1, _NEEDLES[6]),
    12: (0, tuple(a + k + b for k in ("at", "@") for a in " \n" for b in " \n")),
}


def _matches_near(
    pattern: re.Pattern,
    text: str,
    lowered: str,
    needles: tuple[str, ...],
    lines_before: int,
    word: bool = False,
) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern whose every match holds a needle, ends on the
    line where the needle ends and starts at most lines_before lines above the one where it
    starts: the same matches, found by searching only those lines (merged where they
    overlap or touch, so that no match is cut and none is found twice).

    word: the pattern holds the needle as a word after whitespace (`\\s(?:role|...)\\b`): a
    needle inside a word is skipped, and one after a space (not a line break) ends a match
    that starts on its own line."""
    windows = []
    checked = word and len(lowered) == len(text)
    for needle in needles:
        index = lowered.find(needle)
        while index != -1:
            before = lines_before
            if checked:
                after = text[index + len(needle) : index + len(needle) + 1]
                if not (index and text[index - 1].isspace()) or (
                    after and (after.isalnum() or after == "_")
                ):
                    index = lowered.find(needle, index + 1)
                    continue
                if text[index - 1] != "\n":
                    before = 0
            start = text.rfind("\n", 0, index) + 1
            for _ in range(before):
                start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
            end = text.find("\n", index + len(needle))
            windows.append((start, len(text) if end == -1 else end + 1))
            index = lowered.find(needle, index + 1)
    windows.sort()
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        yield from pattern.finditer(text, start, end)


def _phrase_matches(
    pattern: re.Pattern,
    text: str,
    lowered: str,
    groups: tuple[tuple[str, ...], ...],
    then: tuple[str, ...] | None = None,
) -> Iterator[re.Match]:
    """anchored_matches for keywords given as the phrases they start: per keyword, its
    phrases' word-start positions in text order (those followed by one of `then`, if
    given)."""
    seen: set[int] = set()
    for phrases in groups:
        found = set()
        for phrase in phrases:
            index = lowered.find(phrase)
            while index != -1:
                if (index == 0 or not lowered[index - 1].isalnum()) and (
                    then is None or lowered.startswith(then, index + len(phrase))
                ):
                    found.add(index)
                index = lowered.find(phrase, index + 1)
        for index in sorted(found - seen):
            seen.add(index)
            match = pattern.match(text, index)
            if match:
                yield match


# A field that goes on with "for": "Research Fellow in Machine Learning for Medicine",
# "Postdoctoral Appointee - AI for Science" (after a title word it is whom the job is for:
# "Data Engineer for Acme").
_FOR_TAIL = re.compile(r" for (?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|and|&)){0,3}(?![\w-])")


# Titles in Romance languages go on in lower case after a link word: "Analista de datos",
# "Ing\u00e9nieur de recherche en calcul scientifique", "Addetto alle vendite", "Charg\u00e9 de
# mission"; up to three links, then one adjective.
_LINKS = (
    r"(?:de|da|do|di|du|des|del|della|dello|dei|degli|delle|en|em|et|y|e|i|la|le|les|el|"
    r"al|alle|au|aux|\u00e0|na|no)"
)
_STOP = (
    r"(?:para|pour|per|con|avec|que|qui|with|for|and|at|in|on|to|the|our|your|sur|chez|bei|"
    r"dans|um|im|am|zum|zur|f\u00fcr|who|which|that|is|are|was|will|has|have|est|sont|sera|"
    # the verbs and adverbs that follow a title in a sentence: "Brand Manager ha pasado",
    # "... se cerr\u00f3", "... ya fue cubierta", "... no ha sido", "... n\u00e3o foi"
    r"se|ya|ha|han|hemos|fue|fueron|es|son|sido|ser\u00e1|est\u00e1|foi|foram|tem|j\u00e1|"
    r"n\u00e3o|\u00e9|\u00e8|non|ne|a|o|y|e)"
)
_ADJECTIVE = (
    r"(?: (?!" + _LINKS + r"\b|" + _STOP + r"\b|[\w'-]*\u00e9e?s?\b)[a-z\u00df-\u00ff][\w'-]*"
    r"(?:\([a-z\u00e0-\u00ff]{1,5}\))?)"
)
_FOREIGN_TAIL = re.compile(
    _ADJECTIVE
    + r"?(?: (?:"
    + _LINKS
    + r" |d'|l')(?!"
    + _LINKS
    + r"\b|"
    + _STOP
    + r"\b)[^\W\d_][\w'-]*){0,3}"
    + _ADJECTIVE
    + r"?(?: \((?i:[mwfdhx](?:\s*/\s*[mwfdhx]){1,2})\))?"
)
# Where a subject can hold such a title in plain ASCII: a link word between two words.
_SUBJECT_LINK = re.compile(r" (?:de|da|do|di|du|des|del|della|en|em|al|alle|au) [a-z]")


@functools.lru_cache(maxsize=4096)
def _foreign_head(word: str) -> bool:
    return word.lower().split("(")[0].translate(_ACCENTS) in _FOREIGN_HEADS


_LINK_WORDS = words("de da do di du des del della dello dei degli delle en em et al au aux")


# Words only a mail in French, Spanish, Portuguese or Italian writes: there an English title
# goes on in lower case too ("Designer produit senior", "Designer UX senior").
_ROMANCE_WORDS = (
    " votre ",
    " vous ",
    " nous ",
    "merci ",
    " candidature",
    " usted",
    " gracias",
    " voc\u00ea",
    "obrigad",
    "grazie",
    " sua ",
    " su postulaci",
)


# Words of Spanish and Portuguese mail written without accents.
_IBERIAN_WORDS = (
    " candidatura",
    " solicitud",
    " hola",
    " gracias",
    " obrigad",
    " para la ",
    " para el ",
    " para a ",
    " de la ",
    " usted",
)


def iberian(lowered: str) -> bool:
    """Whether a (lower-case) text is written in Spanish or Portuguese, even without accents."""
    return any(word in lowered for word in _IBERIAN_WORDS)


def romance(lowered: str) -> bool:
    """Whether a (lower-case) text is written in a Romance language."""
    return any(word in lowered for word in _ROMANCE_WORDS)


def _role_text(match: re.Match, text: str, romance: bool = False) -> str:
    raw = match.group("role")
    end = match.end("role")
    head, _, last = raw.rpartition(" ")
    if text.startswith(" ", end):
        if head and last in _LINK_WORDS:
            # "Charg\u00e9 de" of "Charg\u00e9 de mission": the title's words stopped at a link
            raw, end = head, end - len(last) - 1
            last = raw.rpartition(" ")[2]
        if _foreign_head(last) or romance and has_title_word(raw):
            tail = _FOREIGN_TAIL.match(text, end)
            if tail and tail.group(0):
                return raw + tail.group(0)
    if (
        text.startswith(" for ", end)
        and (" in " in raw or " - " in raw)
        and not has_title_word(last)
    ):
        tail = _FOR_TAIL.match(text, end)
        if tail:
            return raw + tail.group(0)
    return raw


# A subject in lower case from a person: "Re: barista job", "night porter - would you be
# interested", "console operator". Up to four words ending in a title word.
_LOWER_SUBJECT = re.compile(
    r"^(?:" + _REPLY + r":\s*)*(?P<role>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)"
    r"(?: (?:job|jobs|role|roles|position|positions|shift|shifts|vacancy|opening|work))?"
    r"\s*(?:[-\u2013?!].*)?$"
)
_SENIORITY = words("senior junior chief deputy assistant associate graduate entry trainee")
_FUNCTION_WORDS = words(
    """
    a an the and or but with for to at from by on of in is are was be my your our their his
    her its this that you we i me us they it hey hi hello re fwd just quick got get need
    about any some more meeting call chat catch question questions
    """
)


# The weight of a title read from a lower-case subject: below every pattern's.
_WEAK = 1.5
_REPLY_LEAD = re.compile(r"^(?:" + _REPLY + r":\s*)+")


def _lower_title(value: str) -> bool:
    """Lower-case words that make a title: none a function word, the last a title word."""
    found = value.split()
    return not any(w in _FUNCTION_WORDS for w in found) and has_title_word(found[-1])


def lower_subject_title(subject: str) -> str | None:
    """The title of a person's subject written in lower case, title-cased; None if it is no
    such subject."""
    match = _LOWER_SUBJECT.match(subject)
    if not match:
        return None
    found = match.group("role").split()
    if (
        found[0].lower() in _NOT_ROLE_START
        or any(w.lower() in _FUNCTION_WORDS for w in found)
        or not has_title_word(found[-1])
    ):
        return None
    return " ".join(w.capitalize() for w in found)


_SUBJECT_PART = re.compile(
    r"(?:^|[-\u2013|:/]\s*)(?P<word>[^\W\d_][\w'*-]*(?:\([a-z\u00e0-\u00ff]{1,5}\))?)"
)


def foreign_subject_titles(subject: str, romance: bool = False) -> list[tuple[int, str]]:
    """Titles of other languages in a subject, written in sentence case: a part of it that
    starts with a title word and goes on in lower case after a link word ("Postulaci\u00f3n:
    Analista de datos", "Candidature - Charg\u00e9 de mission")."""
    found = []
    for part in _SUBJECT_PART.finditer(subject):
        word = part.group("word")
        if not word[:1].isupper() or not (_foreign_head(word) or romance and has_title_word(word)):
            continue
        start = part.start("word")
        tail = _FOREIGN_TAIL.match(subject, part.end("word"))
        if tail and tail.group(0):
            found.append((start, subject[start : tail.end()]))
    return found


def _subject_matches(pattern: re.Pattern, subject: str) -> Iterator[re.Match]:
    """pattern.finditer(subject), and where a match's title is a stage word that the next
    match starts from ("Re: Interview confirmed: Senior Program Manager"), the matches from
    inside it too."""
    pos = 0
    while pos <= len(subject):
        match = pattern.search(subject, pos)
        if match is None:
            return
        yield match
        role = match.group("role")
        if " " not in role and role.lower() in _STAGE_WORDS:
            pos = max(match.start("role"), match.start() + 1)
        else:
            pos = max(match.end(), match.start() + 1)


# The step words a subject can write before its title ("Interview confirmed: ...").
_STAGE_WORDS = words("interview application offer update re fwd reminder invitation")


class RoleFinder:
    def __init__(
        self,
        name: str,
        require_head_word: bool,
        skip_kinds: list[str],
        cut_gender_marks: bool = False,
    ) -> None:
        self.name = name
        self.require_head_word = require_head_word
        # "Operations Manager (m/w/d)": whether the gender mark ending a German or French
        # title is part of it (writers of the labeled sets disagree; see the config)
        self.cut_gender_marks = cut_gender_marks
        # Alerts and unrelated mail name no role of the candidate's own; skipping
        # them keeps the pipeline fast on real inboxes, where they are the bulk.
        self.skip_kinds = frozenset(skip_kinds)
        self.patterns = [
            (w, re.compile(p), need, _STARTS.get(i), _NEEDLES.get(i, ()), _PHRASES.get(i))
            for i, (w, p, need) in enumerate(_PATTERNS)
        ]
        self.subject_patterns = [
            (w, re.compile(p), need, _SUBJECT_GATES.get(i))
            for i, (w, p, need) in enumerate(_SUBJECT_PATTERNS)
        ]

    def candidates(self, doc: Doc) -> list[tuple[float, str, int, int, str | None]]:
        return self.scan(text_of(doc), meta(doc).get("subject_end", 0))

    def scan(self, text: str, subject_end: int) -> list[tuple[float, str, int, int, str | None]]:
        found = []

        def add(weight: float, raw: str, start: int, need: bool) -> None:
            role, req = clean_role(raw)
            if not role or starts_badly(role):
                return
            if (
                (need or self.require_head_word and weight < 4)
                and not has_title_word(role)
                and role not in _CHIEF_TITLES
            ):
                return
            if " " not in role and role in _CHIEF_TITLES:
                # an executive's title is often only written short ("the CFO role"): it
                # counts below every title written out
                weight = _CHIEF_WEIGHT
            elif " " not in role and (
                not has_title_word(role) or _ACRONYM.match(role) or role.lower() in _NOT_ALONE
            ):
                # one word is a title only when it is one ("Recruiter"), not "Work"; a lone
                # "CPO" or "APM" is shorthand for a title the mail writes out elsewhere
                return
            if start > subject_end and under_a_name(text, start):
                return
            found.append((weight, role, start, start + len(role), req))

        subject = text[:subject_end]
        lowered = text.lower()
        in_romance = not text.isascii() and romance(lowered)
        for weight, pattern, need, gate in self.subject_patterns:
            if gate is not None and gate.search(subject) is None:
                continue
            for m in _subject_matches(pattern, subject):
                add(weight, _role_text(m, subject, in_romance), m.start("role"), need)
        if not subject.isascii() or _SUBJECT_LINK.search(subject):
            for start, title in foreign_subject_titles(subject, in_romance):
                add(2.5, title, start, True)
        bare = _REPLY_LEAD.sub("", subject, count=1) if ":" in subject[:8] else subject
        if bare[1:].islower():
            lowered_title = lower_subject_title(bare)
            if lowered_title:
                add(_WEAK, lowered_title, subject.lower().find(lowered_title.lower()), True)
        same_length = len(lowered) == len(text)
        rare_space = _RARE_WHITESPACE.search(text) is not None
        ascii_only = text.isascii()
        for i, (weight, pattern, need, starts, needles, phrases) in enumerate(self.patterns):
            if i in _FOREIGN_ONLY and ascii_only and (i != _ROMANCE_SLOT or not iberian(lowered)):
                # mail in German, French, Spanish ... writes some letter beyond ASCII (or, in
                # Spanish and Portuguese without accents, their common words)
                continue
            if i == _QUOTED and not any(q in text for q in _QUOTES):
                continue
            if phrases and same_length and not rare_space:
                matches = _phrase_matches(pattern, text, lowered, phrases, _THEN.get(i))
            elif starts and same_length:
                matches = anchored_matches(pattern, text, lowered, starts)
            elif starts or not needles:
                matches = pattern.finditer(text)
            elif i in _NEAR and not rare_space:
                found_needle = any(k in lowered for k in needles)
                lines_before, near = _NEAR[i]
                matches = (
                    _matches_near(pattern, text, lowered, near, lines_before, i == 6)
                    if found_needle
                    else ()
                )
            elif any(k in lowered for k in needles):
                matches = pattern.finditer(text)
            else:
                continue
            for m in matches:
                if i == _LOWER_BODY and not _lower_title(m.group("role")):
                    continue
                add(weight, _role_text(m, text, in_romance), m.start("role"), need)
        cards = (
            " \u00b7 " in text
            or " - " in text
            or " | " in text
            or ", " in text
            or "\nRemote" in text
            or "\nHybrid" in text
            or "\nOn" in text
            or ": " in text
        )
        for m in _CARD.finditer(text, subject_end) if cards else ():
            line = card_title(m.group("line"))
            if line:
                add(3.5, line, m.end("line") - len(line), True)
        if " \u00b7 " in text:
            for m in _CARD_INLINE.finditer(text, subject_end):
                line = card_title(m.group("line"))
                if line:
                    add(3.5, line, m.end("line") - len(line), True)
        return found

    def card_lines(self, doc: Doc, company: str) -> list[tuple[float, str, int, int, str | None]]:
        """A title on its own line right over the employer's name: the job card of an ATS
        or job-board mail ('Data Engineer' / 'Acme Corp' / 'Denver, CO'). Under a sign-off
        the same layout is the writer's own title ('Talent Acquisition Partner' / 'Acme').
        Also "Acme - Payroll Specialist": the employer, a mark, then the title."""
        text = text_of(doc)
        found: list[tuple[float, str, int, int, str | None]] = []
        if company not in text:
            return found
        begin = meta(doc).get("subject_end", 0)
        signature = signature_start(text, begin)
        # str.find rather than a regex built per company: compiling one costs more than
        # the whole component.
        needle = "\n" + company
        at = text.find(needle, begin)
        while at != -1 and at < signature:
            after = text[at + len(needle) : at + len(needle) + 1]
            end = at - 1 if text[at - 1 : at] == "\n" else at  # one blank line between
            line_start = text.rfind("\n", 0, end) + 1
            line = text[line_start:end]
            at = text.find(needle, at + 1)
            if line_start < begin or (after and (after.isalnum() or after == "_")):
                continue
            if not 3 <= len(line) <= 90:
                continue
            if re.search(r"[.!?:;]$", line.rstrip()) or len(line.split()) > 10:
                continue
            line = card_title(line)
            role, req = clean_role(line) if line else (None, None)
            if role and has_title_word(role) and not starts_badly(role):
                start = end - len(line)
                found.append((3.5, role, start, start + len(role), req))
        # the employer's line, the title, where: a job board's card ("Aurecon" / "Senior
        # Civil Engineer - Transport" / "North Sydney, New South Wales, Australia")
        needle = "\n" + company + "\n"
        at = text.find(needle, begin)
        while at != -1 and at < signature:
            start = at + len(needle)
            at = text.find(needle, at + 1)
            stop = text.find("\n", start)
            if stop == -1:
                continue
            after = text.find("\n", stop + 1)
            if not _PLACE_LINE.match(text[stop + 1 : len(text) if after == -1 else after]):
                continue
            line = card_title(text[start:stop]) if 3 <= stop - start <= 90 else None
            role, req = clean_role(line) if line else (None, None)
            if role and has_title_word(role) and not starts_badly(role):
                found.append((3.5, role, start, start + len(role), req))
        for mark in (" - ", " | ", " \u2013 ", " \u00b7 "):
            at = text.find(company + mark, begin)
            if at == -1 or at > signature:
                continue
            start = at + len(company) + len(mark)
            stop = len(text)
            for close in ("\n", '"', "\u201c", " \u00b7 "):
                index = text.find(close, start)
                if index != -1:
                    stop = min(stop, index)
            role, req = clean_role(text[start:stop])
            if role and has_title_word(role) and not starts_badly(role) and len(role) <= 60:
                found.append((3.0, role, start, start + len(role), req))
        return found

    def __call__(self, doc: Doc) -> Doc:
        found = facts(doc)
        if found.get("kind") in self.skip_kinds:
            found.update(role=None, req_id=None)
            return doc
        scores: dict[str, list] = {}
        subject_end = meta(doc).get("subject_end", 0)
        found_roles = self.candidates(doc)
        quoted = meta(doc).get("quoted")
        if quoted and all(c[0] <= _WEAK for c in found_roles):
            # A short reply names its role in the quoted message it answers (no evidence:
            # those offsets are not in the analysed text); a lower-case subject is a weaker
            # naming of it.
            found_roles += [(w, r, -1, -1, q) for w, r, _, _, q in self.scan(quoted, 0)]
        company = found.get("company")
        if company:
            found_roles = found_roles + self.card_lines(doc, company)
        for weight, role, start, end, req in found_roles:
            entry = scores.setdefault(role.lower(), [0.0, role, start, end, req, False])
            entry[0] += weight
            entry[4] = entry[4] or req
            entry[5] = entry[5] or start >= subject_end
        if company:
            scores = _strip_company(scores, company)
        _prefer_full_forms(scores, subject_end)
        best = max(scores.values(), default=None, key=lambda e: (e[0], -e[2]))
        found["role"] = best[1] if best else None
        if best and self.cut_gender_marks and best[1].endswith(")"):
            cut = _TRAILING_GENDER_MARK.sub("", best[1])
            if cut:
                found["role"], best[3] = cut, best[2] + len(cut) if best[2] >= 0 else best[3]
        req = best[4] if best else None
        if req is None:
            req = find_req_id(text_of(doc))
        found["req_id"] = req
        if best and best[2] >= 0:
            add_evidence(doc, "ROLE", best[2], best[3])
        return doc


_LEAD_SEPARATOR = re.compile(r"^\s*[-\u2013|:,/]\s*")
# (and in other languages: "Brand Manager en Acme", "Marketing Manager de Acme", "Head of
# Marketing na Acme", "Product Designer chez Acme", "Data Scientist bei Acme")
_TAIL_SEPARATOR = re.compile(
    r"(?:\s*[-\u2013|:,@/]\s*(?:at\s)?|\s+(?:at|en|de|del|na|no|em|da|do|chez|bei|presso)\s)$",
    re.I,
)
_TAIL_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _without_company(role: str, company: str) -> str:
    """'Acme - Data Engineer', 'Data Engineer - Acme (confidential search)', 'Acme Data
    Engineer' (the name run into the title): the title without the employer's name."""
    lowered, name = role.lower(), company.lower()
    if lowered.startswith(name):
        rest = role[len(company) :]
        if rest[:3] in ("'s ", "\u2019s ") and len(rest.split()) >= 2:
            return rest[3:].strip()  # "Acme's Graduate Scheme"
        separated = _LEAD_SEPARATOR.match(rest)
        if separated:
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
            # ends an English title only ("Brand Manager Cosm\u00e9tica de Acme")
            if not _OTHER_LINK.search(separated.group(0)) or any(
                w in ROLE_HEADS and w not in _FOREIGN_HEADS for w in before.lower().split()
            ):
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


def _strip_company(scores: dict[str, list], company: str) -> dict[str, list]:
    """'Acme - Data Engineer' is the role 'Data Engineer' at Acme."""
    if company.lower() in scores:
        return scores  # an "employer" that is one of the titles found is none to cut
    merged: dict[str, list] = {}
    for entry in scores.values():
        role = _without_company(entry[1], company)
        if not role or role.lower() == company.lower() or role.lower() in _NO_TITLES:
            continue
        if " " not in role and _ACRONYM.match(role) and role not in _CHIEF_TITLES:
            continue
        if role != entry[1]:
            entry = [entry[0], role, entry[2], entry[2] + len(role), entry[4], entry[5]]
        current = merged.setdefault(role.lower(), [0.0, *entry[1:]])
        current[0] += entry[0]
        current[5] = current[5] or entry[5]
    return merged


_SEPARATED = re.compile(r"^\s*[-\u2013|,(/]")
_GOES_ON = re.compile(r"^\s+(?:of|and|in|for|&|i{1,3}|iv|\d+)\b")
# more words going on: "Designer" / "Designer produit senior", "Shopper" / "Shopper Marketing
# Analyst" -- but not words of the process ("Engineer" / "Engineer Update")
_WORDS_ON = re.compile(r"^ [^\W\d_]")
_PROCESS_RUN = re.compile(_QUALIFIER_WORD + r"(?:\s+" + _QUALIFIER_WORD + r")*")


_DASHES = re.compile(r"\s+[-\u2013|]\s+")


def _prefer_full_forms(scores: dict[str, list], subject_end: int = -1) -> None:
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
            if extra[:1].isalnum() and _cut_off(short, extra, a, b, subject_end):
                keep, drop = long, short
                scores[keep][0] += scores[drop][0]
                scores[keep][4] = scores[keep][4] or scores[drop][4]
                del scores[drop]
                break
            if not extra:
                keep, drop = (short, long) if a[5] and not b[5] else (long, short)
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
            del scores[drop]
            if drop == short:
                break


def _cut_off(short: str, extra: str, a: list, b: list, subject_end: int) -> bool:
    """Whether `short` is `short + extra` cut off in mid-word: at the end of the subject
    (the body holding the whole), or on a word that only the whole makes a title word
    ("... Financial Accounta" / "... Financial Accountant")."""
    if not a[5] and b[5] and 0 <= a[2] < a[3] >= subject_end - 4 > 0:
        return True
    last = short.rpartition(" ")[2]
    whole = last + extra.split(" ", 1)[0]
    return len(last) >= 3 and not has_title_word(last) and has_title_word(whole)


_NOT_ROLE_START = words(
    """
    we our you your i my thank thanks hi hello dear please unfortunately congratulations
    this that it re fwd fw application interview update status next new job jobs regarding
    about action reminder urgent immediate invitation confirmation you're you've we're we've
    i'm i've i'd we'd
    """
)


_NO_TITLES = frozenset({"hiring manager", "hiring team"})
# Executives' titles written short, and their weight alone (found by every pattern, still
# below any title written out).
_CHIEF_TITLES = words("CEO CFO COO CTO CIO CISO CMO CRO CHRO CPO CCO CDO CSO FD MD")
_CHIEF_WEIGHT = 0.2
# "Tuesday, April 22 - 9:00 AM": a date, no title
_DATE_LEAD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.I,
)
# "10:00am Tue, Aug 12", "00am - Orbital Pay Recruiter": a time or a date, no title.
# A year leading a title is the intake's: "2026 Corps Member".
_NUMBER_LEAD = re.compile(r"^(?!(?:19|20)\d\d [A-Z])\d+(?:[:.]\d+)?(?:am|pm)?\b", re.I)
# "Maya Okafor (Data Engineer | Python)": a person's profile line.
_NAME_BRACKET = re.compile(r"^(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)\s*\(")


# "Graduate Recruitment Team", "Talent Acquisition Department": who signs, not a job
_NO_TITLE_ENDS = ("team", "committee", "recruitment", "resourcing")


@functools.lru_cache(maxsize=8192)
def starts_badly(role: str) -> bool:
    """'Application received ...', 'Regarding X': not a title; 'Application Developer' is."""
    if role.lower() in _NO_TITLES or _NUMBER_LEAD.match(role) or _DATE_LEAD.match(role):
        return True
    if role.lower().endswith(_NO_TITLE_ENDS) and role.rsplit(None, 1)[-1].lower() in _NO_TITLE_ENDS:
        return True
    named = _NAME_BRACKET.match(role)
    if named and _is_person_name(named.group("name")):
        return True
    words_ = role.split()
    if words_[0].lower() not in _NOT_ROLE_START:
        return False
    return not (len(words_) >= 2 and has_title_word(words_[1]))


@Language.factory(
    "sneaker_role",
    default_config={
        "require_head_word": True,
        "skip_kinds": ["job_alert"],
        "cut_gender_marks": False,
    },
)
def make_role_finder(
    nlp: Language,
    name: str,
    require_head_word: bool,
    skip_kinds: list[str],
    cut_gender_marks: bool,
) -> RoleFinder:
    return RoleFinder(name, require_head_word, skip_kinds, cut_gender_marks)

"""`clean_role`: a found title without what is no part of it (requisition numbers, how the
job is held, where, the interview stage, the candidate's name, pay, grades, the employer
written in another language)."""

from __future__ import annotations

import functools
import re

from extractors.lexicon import LEGAL_SUFFIX, ROLE_HEADS, ROLE_WORDS, TRADE_WORDS, words
from extractors.role_grades import FEDERAL_GRADE, GRADE_TAIL, INSTITUTION_TAIL, OFFICE_TAIL
from extractors.role_req_ids import (
    INNER_REQ,
    LEADING_REQ,
    REF_IN_BRACKETS,
    REQ_ID,
    REQ_IN_ROLE,
    YEAR,
)
from extractors.role_words import (
    FOREIGN_HEADS,
    FUNCTION_WORDS,
    SCHOOL_SUBJECTS,
    SENIORITY,
    has_title_word,
    is_person_name,
    is_place,
    singular,
)
from extractors.senders import GIVEN_NAMES, looks_like_person

_ROLE_SUFFIX = re.compile(
    r"\s+(?i:position|post|role|opening|job|opportunity|vacancy|posting|req|requisition|interview|"
    r"application|phone screen|screen|offer|assessment|candidacy|loop|onsite|reference|ref)s?$"
    # lower case only: "the Data Engineer search", never "Software Engineer - Search"
    r"|\s+(?:search|spot|campaign|process|programme|program|cohort|scheme)(?:es|s)?$"
    # the event, not the job: "Cabin Crew Assessment Day", "Graduate Superday"
    r"|\s+(?i:assessment (?:day|centre|center)|superday|open day|hiring event|group interview)$"
)
# The stage of an interview left over once its word is cut: "Store Manager - 2nd (interview)".
# Without a mark before it the word is a stage only right after a title word ("Data Engineer
# Final"): after another word it is the title's own ("Program Manager, Housing First",
# "Software Development Engineer II, Prime Video"; _cut_stage).
_STAGE = re.compile(
    r"(?P<mark>\s*[-\u2013|,]\s*|\s+)(?i:1st|2nd|3rd|4th|first|second|third|final|next)"
    r"(?:[- ](?i:stage|round))?$"
    r"|(?P<dash>\s*[-\u2013|]\s*)(?i:hiring manager|recruiter|technical|phone|video|panel|"
    r"virtual|on-?site|culture|behaviou?ral|case|portfolio|coding|numerical|verbal|logical|"
    r"cognitive|personality|situational|skills|online|"
    # the step in German or Turkish, a reference's label without its number
    r"einladung|gespr\u00e4chseinladung|termin|terminbest\u00e4tigung|r\u00fcckmeldung|"
    r"g\u00f6r\u00fc\u015fme|kennziffer|r\u00e9f)$"
    r"|(?P<space>\s+)(?:Phone|Video|phone|video)$"
)
# How the job is held is no part of its title: "Contract-to-hire Data Engineer".
EMPLOYMENT = (
    r"(?i:contract(?:[- ]to[- ](?:hire|perm))?|permanent|temporary|temp|full[- ]time|"
    r"part[- ]time|freelance|fixed[- ]term|long[- ]term|short[- ]term)"
)
# ("Contract Specialist, GS-1102" is a specialist in contracts)
# ("Contract Manager - Roads Maintenance": one title word after it, then a mark, is a trade too)
# Only a contract-to-hire arrangement leading a title is cut: a single word of how the job is
# held ("Contract", "Freelance", "Part-Time", "Full-Time") is kept as written, by 9 writers
# (af ax bq by cf co h o r; 15 mails) against 3 who cut it (af bq j; 4), session 16's count
_EMPLOYMENT_LEAD = re.compile(
    r"^(?i:contract[- ]to[- ](?:hire|perm))\s+(?=[^,\s]+\s+[^,\s\-\u2013|(])"
)
# "Finance Manager (London)", "(London or Berlin)", "(VIC)": where, not what.
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]+)\)$")
# The Estonian legal forms (AS, O\u00dc) beside lexicon.LEGAL_SUFFIX's: "QA Engineer (Cleveron
# AS)", a job board's "<title> (<employer>)" (written in capitals: "as" is a word of titles)
_BALTIC_FORM = re.compile(r"\s(?:AS|O\u00dc|AAS)$")
_TAIL_NAME = re.compile(r"\s+[-\u2013|]\s+(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)$")
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
    r"(?<=[^\W\d_]|\))\s+(?:en|na|no|em|chez|bei|bij|presso)\s+(?=[A-Z\u00c0-\u00de])"
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
_ROLE_PREFIX = re.compile(r"^(?i:the|our|a|an|your|this|that|open|new)\s+")
# A dangling link word or mark ("Engineer and", "Engineer -"); a word must stand alone
# ("Supply Chain" keeps its "in").
_TRAILING = re.compile(
    r"(?:\s*(?:&|/|-|\u2013|,|\+)|\s+(?:of|and|in|de|di|em|en|del|des|du|f\u00fcr|und|et|"
    # German prepositions the sentence goes on with: "Controller:in Retail beim ..."
    r"bei|beim|zum|zur))+$"
)
_SPACED_COMMA = re.compile(r"\s+,")
# What follows a title in subjects and job cards but is no part of it: "- Remote - Long Term
# Contract", "(Remote, $85-95/hr)", "- Position Filled", "(internal posting)".
QUALIFIER_WORD = (
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
    + QUALIFIER_WORD
    + r"(?:[\s,/&+]+(?i:and\s+)?"
    + QUALIFIER_WORD
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
# The range of school grades a teacher teaches, which REQ_IN_ROLE would read as a
# requisition number ("Grades 9-12"; "Grades 6-8" is too short for it). A pay grade's range
# is written with a slash ("Clerk Grade 11/12") and the writers split on keeping it.
_SCHOOL_GRADES = re.compile(r"\b(?i:grades?)\s*\d{1,2}\s?[-\u2013]\s?\d{1,2}\)?\s*$")
# The interview after the title and what a calendar or subject writes after it, the round or
# the candidate's name: "IT Generalist 1 Interview - Brzezinski", "CSM Interview - Round 1",
# "Backend Engineer - Round 1" (an interview word ending a title is _ROLE_SUFFIX's).
_EVENT_TAIL = re.compile(
    r"\s+(?i:interview|phone screen|screen)\s*[-\u2013|:]\s+[^-\u2013|:]+$"
    r"|\s*[-\u2013|]\s*(?i:round|stage)\s*\d{1,2}$"
)
# A screening call named for who holds it: "Recruiter Screen", "Kestrel Analytics Recruiter
# Screen", "Southwest Gas - Recruiter Phone Screen" (a calendar's event): the recruiter is the
# interviewer, no title of the job, so the words go with the step ("Recruiter" alone was left).
_INTERVIEWER_STEP = re.compile(
    r"(?:^|\s*[-\u2013|:]\s*|\s+)(?i:recruiter|hiring manager|hr|talent|recruiting)"
    r"\s+(?i:(?:phone|video|intro|introductory|initial)\s+)?(?i:screen(?:ing)?|call|chat)$"
)
# A quoted reply's header read as a title: "On Jun 8, 2026, at 8:02 PM, Ana Ruiz wrote".
_WROTE = re.compile(r"\d:\d\d\b.*\bwrote$")
# One of the marks _QUALIFIER and _TAIL_NAME need; a digit, which REQ_IN_ROLE needs.
_QUALIFIER_MARK = re.compile(r"[-\u2013|(]")
_DIGIT = re.compile(r"\d")
# A person's name leading a calendar-style title: "Maya Okafor - Technical Interview (...)"
_NAME_LEAD = re.compile(
    r"^(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)\s*(?:[|\u2013\u00b7,:]|\s-)\s*(?P<rest>.+)$"
)
_EVENT_OF_ROLE = re.compile(
    r"^(?i:(?:technical |phone |onsite |on-site |final |virtual |video |panel |hiring manager )?"
    r"(?:interview|screen|call|chat|onsite))\s*\((?P<role>[^()]+)\)$"
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
    # the post, its posting, the application's receipt: "Stelle Produktmanager (m/w/d)",
    # "Ausschreibung Entwickler Getriebesteuerung", "Bewerbungseingang Head of Controlling"
    r"stelle|stellenangebot|stellenausschreibung|ausschreibung|bewerbungseingang|"
    r"eingangsbest\u00e4tigung|r\u00fcckmeldung|entrevue|"
    # ("Entretien t\u00e9l\u00e9phonique / Logistics Analyst", "\u00c9tude de cas / X")
    r"entretien(?: t\u00e9l\u00e9phonique| vid\u00e9o| individuel| final)?|\u00e9tude de cas|"
    r"entrevista|offre|oferta|"
    r"proposta|convocation|convocatoria|accus\u00e9 de r\u00e9ception|mise en situation|"
    # "Proceso Brand Manager", "Oportunidad Product Manager", "Oportunidade Brand Manager",
    # "Vacante Jefe de Ventas", "B\u00fasqueda ejecutiva: Directora de Marca"
    r"proceso(?: de selecci\u00f3n)?|processo(?: de (?:sele\u00e7\u00e3o|recrutamento))?|"
    r"oportunidad|oportunidade|opportunit\u00e9|opportunit\u00e0|vacante|vaga|"
    # the post itself: "Posici\u00f3n Pricing Analyst", "Poste Conseiller ...", "Jawatan ..."
    r"posici\u00f3n|posicion|puesto|poste|jawatan|stanowisko|"
    # Croatian, Serbian and Slovenian: "Pozicija C# Developer", "Pozicija: X"
    r"pozicija|\u043f\u043e\u0437\u0438\u0446\u0438\u0458\u0430|"
    # a public call and its number: "Llamado 2026-045 Contador/a", "Concurso Externo
    # 2026-0178 X", "Llamado N\u00b0 14/2026 \u2013 X"
    r"(?:llamado|concurso(?: externo| interno| abierto| p\u00fablico)?)"
    r"(?: n[\u00b0\u00ba.]?)? ?\d[\d/-]*|"
    r"b\u00fasqueda(?: ejecutiva)?|confidencial|finalista(?: en| para)?|"
    # Dutch: "Uitnodiging sollicitatiegesprek X", "Terugkoppeling sollicitatie X", "Aanbod X"
    r"(?:(?:je|jouw|uw)\s+)?(?:uitnodiging(?:\s*:)?\s+)?(?:sollicitatiegesprek|"
    r"sollicitatieprocedure|sollicitatie|terugkoppeling|uitslag|aanbod|kennismaking|gesprek|"
    r"ontvangstbevestiging|ontvangst|bevestiging|vacature|opdracht|voorstel)"
    r"(?:\s+(?:sollicitatie(?:procedure)?|selectie|gesprek))?)"
    r"\s*[:|/\u2013-]?\s*"
    r"|(?i:reschedule[d]?|rescheduling|cancell?ed|confirmed|updated|reminder|invitation|"
    r"application|interview|onsite interviews?|final interview|receipt|confidential|"
    # "Employment Offer - Front Office Manager", "Submission - IT Support Specialist"
    r"(?:(?:employment|job|verbal|written|formal|conditional|revised)\s+)?offer(?:\s+letter)?|"
    r"submission|hiring manager interview|request|received|submitted)\s*[:|\u2013-]\s+)(?=[A-Z])"
)
# "Jordan - Sr. Data Engineer": a first name before a mark is who the mail is for;
# "AfDB - Principal Economist": the employer's short name.
_LEAD_NAME = re.compile(r"^(?P<lead>[A-Z][A-Za-z&]{1,11})\s+[|\u2013-]\s+(?=[A-Z])")
_GREETING_LEAD = re.compile(r"^(?P<lead>[A-Z][a-z]{1,11}),\s+(?=[A-Z])")
# A name with a Turkish case ending after its apostrophe is the employer or the place, never a
# title's word: "Hyundai Assan Otomotiv'de Proses M\u00fchendisi" (at), "Otokar'\u0131n"
# (of), "Karsan'a" (to), "Ford Otosan'dan" (from), "Otosan'daki" (the one at). Two letters at
# least before the mark and only these endings after it: "O'Brien", "d'Affaires" and
# "Women's" stay. A group's name ends at "Holding" or "A.\u015e." ("Ko\u00e7 Holding Otomotiv
# Grubu Teknoloji Uzman\u0131 pozisyonu": the group's automotive arm's post).
_TURKISH_LEAD = re.compile(
    r"^.*?[A-Z\u00c0-\u00de\u0130\u015e\u011e][\w.&-]+['\u2019]"
    r"(?:[dt][ae](?:ki|n)?|n?[\u0131iu\u00fc]n|y?[ae]|y?[\u0131iu\u00fc])\s+(?=\S)"
    r"|^.*?\b(?:Holding|A\.\u015e\.)\s+(?=\S)"
    # the step a subject names, and the employer before it: "Mercedes-Benz T\u00fcrk - \u0130\u015f
    # Teklifi / X" (job offer), "M\u00fclakat Daveti - X" (interview invitation)
    r"|^(?:.*?\s[-\u2013|]\s)?"
    r"(?:\u0130\u015f Teklifi|M\u00fclakat Daveti|G\u00f6r\u00fc\u015fme Daveti)\s*[/:|\u2013-]\s*"
)
_TURKISH_LEAD_MARK = re.compile(r"['\u2019]|Holding |A\.\u015e\. | Daveti|\u0130\u015f Teklifi")
# How long a contract runs: "Designer UX de 9 mois", "Data Engineer for 6 months".
_DURATION_TAIL = re.compile(
    r"\s+(?:de|of|for|pour|f\u00fcr|por|para)\s+\d+\s*(?:mois|months?|semaines|weeks?|ans|years?|"
    r"meses|monate?n?|wochen|jahre?)$",
    re.I,
)
# How long a contract runs, after a mark or in brackets, and the parts after it: "- 12 months -
# £220/day", "(6 months)", "(Contract, 3 mnd)" ("- 12 Month FTC" says how the job is held).
_DURATION = r"\d+(?:\s?[-\u2013]\s?\d+)?\s*(?i:mo|mos|months?|mths?|mnd|maanden|weeks?|wks?)\b"
_TERM_TAIL = re.compile(
    r"\s+[-\u2013|]\s+" + _DURATION + r"(?:\s+[-\u2013|]\s+.*)?$"
    r"|\s*\((?=[^()]*\b" + _DURATION + r")[^()]*\)$"
)
# Where, in German: "Standort Norderstedt", "Raum Hannover", "Region Nord" after the title.
_SITE_TAIL = re.compile(
    r"(?:\s*[-\u2013,]\s*|\s+)(?:Standort|Raum|Region)\s+[A-Z\u00c4\u00d6\u00dc][\w-]*$"
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


@functools.lru_cache(maxsize=8192)
def clean_role(value: str) -> tuple[str | None, str | None]:
    """(title, req id found inside it)."""
    # a comma after a space ends the title's sentence ("... para Designer UX/UI Pleno ,
    # obrigado!", a template's field and its text): no title writes one
    value = _SPACED_COMMA.split(value, maxsplit=1)[0]
    value = _TRAILING.sub("", value.strip(" .,;:!?\"'"))
    req = None
    # (guards: each regex below can only match where its mark is in the value)
    bracket = REF_IN_BRACKETS.search(value) if value.rstrip().endswith((")", "]")) else None
    if bracket and bracket.start() > 0:  # "Teacher of Maths (ref: TM/24/03)"
        req, value = bracket.group("ref").strip(), value[: bracket.start()]
    inner = INNER_REQ.search(value) if "(" in value else None
    if inner and inner.start() > 0:  # "Supply Chain Planner (JR102931) in Singapore"
        req, value = inner.group("req"), value[: inner.start()] + value[inner.end() :]
    lead = _LEAD_WORDS.match(value)
    if lead and has_title_word(value[lead.end() :]):
        value = value[lead.end() :]
    first, _, rest = value.partition(" ")
    if (
        first.lower() in ("application", "interview")
        and rest[:1].isupper()
        and rest.split()[0].lower() not in ROLE_WORDS | SENIORITY | FUNCTION_WORDS
        and has_title_word(rest)
    ):
        value = rest  # "Interview Juniorprofessur (W1)"; an "Application Developer" stays
        lead = _LEAD_WORDS.match(value)
        if lead and has_title_word(value[lead.end() :]):
            value = value[lead.end() :]  # "Application Receipt - Unit Manager"
    leading = LEADING_REQ.match(value)
    if leading and has_title_word(value[leading.end() :]):  # "JR-2291 Data Engineer"
        req = (
            leading.group("req")
            or leading.group("code")
            or leading.group("number")
            or leading.group("labeled")
        )
        value = value[leading.end() :]
    turkish = _TURKISH_LEAD.match(value) if _TURKISH_LEAD_MARK.search(value) else None
    if turkish and has_title_word(value[turkish.end() :]):
        value = value[turkish.end() :]
    greeting = _GREETING_LEAD.match(value)
    if greeting and greeting.group("lead").lower() in GIVEN_NAMES:
        value = value[greeting.end() :]  # "Danielle, Travel RN - ICU": who the mail is for
    named = _LEAD_NAME.match(value)
    if named and not has_title_word(named.group("lead")):
        lead_word = named.group("lead")
        if lead_word.lower() in GIVEN_NAMES or sum(c.isupper() for c in lead_word) >= 2:
            value = value[named.end() :]
            # and the step after the name: "SOCOCIM - Entretien Responsable Logistique"
            lead = _LEAD_WORDS.match(value)
            if lead and has_title_word(value[lead.end() :]):
                value = value[lead.end() :]
    if _QUALIFIER_MARK.search(value):
        cut = _QUALIFIER.sub("", value)
        value = _QUALIFIER.sub("", cut) if cut != value else cut
    cut = _PAY_TAIL.search(value) if _QUALIFIER_MARK.search(value) else None
    if cut and cut.start() > 0 and has_title_word(value[: cut.start()]):
        value = value[: cut.start()]  # "- CHF 1'600/day" (before its digits look like a req id)
    cut = _TERM_TAIL.search(value) if _DIGIT.search(value) else None
    if cut and cut.start() > 0 and has_title_word(value[: cut.start()]):
        value = value[: cut.start()]  # "- 12 months - £220/day", "(6 months)"
    match = REQ_IN_ROLE.search(value) if _DIGIT.search(value) else None
    grade = FEDERAL_GRADE.search(match.group(0)) if match else None
    if grade:
        # a US federal series and grade, cut here before its first word is read as how the
        # job is held ("Contract Specialist GS-1102-12"); it stays the id it always was
        req, value, match = grade.group(0).strip(), value[: match.start()], None
    if match and YEAR.fullmatch(match.group(0)):
        match = None
    if match and _SCHOOL_GRADES.search(value):
        match = None  # "Mathematics Teacher (Grades 9-12)": whom it teaches, not a req
    if match and match.start() > 0:
        found = REQ_ID.search(value[match.start() :]) or re.search(
            r"[\w-]*\d[\w-]*", value[match.start() :]
        )
        if found:
            req = found.groupdict().get("req") or found.groupdict().get("bare") or found.group(0)
        value = value[: match.start()]
    head, dash, rest = value.partition(" - ")
    if dash and is_place(head):
        value = rest
    tail = _TAIL_NAME.search(value) if _QUALIFIER_MARK.search(value) else None
    if tail and tail.group("name").split()[0].lower() in GIVEN_NAMES:
        value = value[: tail.start()]  # "Lead Backend Developer - Tom Brennan"
    left, slash, right = value.partition(" / ")
    if (
        slash
        and looks_like_person(left)
        and not has_title_word(left)
        # a word of titles is no name's: "First Sales Hire / Account Executive" is one title
        and not any(w.lower() in ROLE_WORDS for w in left.split())
    ):
        value = right  # "Dana Whitfield / Senior Analyst": the interview of a person
    named = _NAME_LEAD.match(value)
    if named and is_person_name(named.group("name")):
        # "Maya Okafor - Technical Interview (Backend Engineer)" is an event for a person;
        # "Nadia Flores | Senior Technical Recruiter" is a signature, no job's title.
        inner = _EVENT_OF_ROLE.match(named.group("rest"))
        if not inner:
            return None, req
        value = inner.group("role")
    event = _EVENT_TAIL.search(value) if _QUALIFIER_MARK.search(value) else None
    if event and event.start() > 0:
        value = value[: event.start()]  # "IT Generalist 1 Interview - Brzezinski"
    screen = _INTERVIEWER_STEP.search(value) if " " in value else None
    if screen:
        value = value[: screen.start()]
    for _ in range(2):
        before = value
        value = _ROLE_SUFFIX.sub(_suffix_cut, value.strip())
        value = _STAGE.sub(_cut_stage, value)
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
    if bracket and bracket.start() > 0 and is_place(bracket.group("inner")):
        value = value[: bracket.start()]
    firm = bracket.group("inner") if bracket and bracket.start() > 0 else ""
    if (
        " " in firm
        and firm[:1].isupper()
        and (LEGAL_SUFFIX.search(firm) or _BALTIC_FORM.search(firm))
    ):
        # the employer by its legal form: "QA Engineer (Cleveron AS)", "Konstrukter (Hidria
        # d.o.o.)"; the employer is never part of a title (docs/labeling.md)
        value = value[: bracket.start()]
    at = _AT_IN_OTHER_LANGUAGE.search(value) if " " in value else None
    if at and at.start() > 0:
        found = value[: at.start()].lower().split()
        if (
            _ORG_LEAD.match(value, at.end())
            or any(w in ROLE_HEADS and w not in FOREIGN_HEADS for w in found)
            or len(found) >= 2
            and not _names_a_field(value[at.end() :])
        ):
            # (a head written alone before the link takes its field there: "Especialista
            # en Anal\u00edtica de Datos", "Est\u00e1gio em Marketing"; after a head and its
            # field the link names where or for whom: "Jefe de Almac\u00e9n en Apodaca",
            # "Analista de Datos Sr en Scotiabank M\u00e9xico")
            value = value[: at.start()]
    in_place = _IN_PLACE.search(value) if " " in value else None
    if in_place and in_place.start() > 0 and is_place(in_place.group("place")):
        value = value[: in_place.start()]
    value = cut_unknown_place(value) if " in " in value or " \u00e0 " in value else value
    if "," in value:
        value = _TRAILING_DATE.sub("", value)
    value = _WHEN_TAIL.sub("", value)
    value = _DURATION_TAIL.sub("", value) if " " in value else value
    site = _SITE_TAIL.search(value) if " " in value else None
    if site and site.start() > 0 and has_title_word(value[: site.start()]):
        value = value[: site.start()]  # "Logistikleiter (m/w/d) Standort Norderstedt"
    value = _SPEAKING_LEAD.sub("", value)
    cut = GRADE_TAIL.search(value) if ", " in value or "-" in value else None
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
    office = OFFICE_TAIL.search(value) if value.endswith(")") else None
    if office and office.start() > 0 and has_title_word(value[: office.start()]):
        value = value[: office.start()]
    named = _AND_NAME_TAIL.search(value) if " and " in value else None
    if named and named.start() > 0 and named.group("name").lower() in GIVEN_NAMES:
        value = value[: named.start()]
    institution = (
        INSTITUTION_TAIL.search(value) if ", " in value or " (" in value or " - " in value else None
    )
    if institution and institution.start() > 0 and has_title_word(value[: institution.start()]):
        value = value[: institution.start()]
    comma = _COMMA_PLACE.search(value) if ", " in value else None
    if comma and is_place(comma.group("place")):
        found = comma.group("place").lower().split()
        if not any(w in _REGIONS for w in found):
            value = value[: comma.start()]
    if not value or len(value) > 80 or len(value.split()) > 10 or _WROTE.search(value):
        return None, req
    return singular(value), req


# "Financial Controller in Kilchberg", "Ingénieur Qualité H/F à Rumilly": a town GeoNames'
# list lacks, one or two capitalized words after a last "in" or "à". What a title is "in" is
# a field, written in words of titles or with an English noun's ending ("Lecturer in
# Statistics", "Research Fellow in Computational Hydrology", "Software Engineer in Test",
# "Manager in Training"); a town has neither.
_UNKNOWN_PLACE_TAIL = re.compile(
    r"\s+(?:in|\u00e0)\s+(?P<place>[A-Z\u00c0-\u00dd][\w'-]+(?: [A-Z][\w'-]+)?"
    # and its state or country after a comma: "in Apodaca, Nuevo Le\u00f3n", "in Bengaluru,
    # Karnataka" (each word read as the town's below)
    r"(?:, [A-Z\u00c0-\u00dd][\w'-]+(?: [A-Z\u00c0-\u00dd][\w'-]+)?)?)$"
)
_FIELD_ENDING = re.compile(
    r"(?:ics|ogy|ing|ence|ance|ment|tion|sion|ies|ity|ism|ure|ship|ness|ry|y|al|ive|s)$", re.I
)


# Endings of the nouns of a field, in English and in Spanish, Portuguese, Italian and French
# ("Operations", "Automatizaci\u00f3n", "Manuten\u00e7\u00e3o", "Log\u00edstica",
# "Qualit\u00e9"); shorter endings ("-s", "-y") end towns and firms' names too
_FIELD_NOUN_ENDING = re.compile(
    r"(?:ics|ogy|ing|ence|ance|ment|tion|sion|ity|ism|ure|ship|ness|i\u00f3n|\u00e7\u00e3o|"
    r"\u00f5es|ica|icas|\u00eda|zione|it\u00e0|it\u00e9)$",
    re.I,
)


def _names_a_field(tail: str) -> bool:
    """Whether the words after a title's link word name its field rather than a place or an
    employer: a word of titles, of functions or trades, or a field noun's ending."""
    for word in tail.replace(",", " ").split():
        lowered = word.lower()
        if (
            lowered in ROLE_WORDS
            or lowered in ROLE_HEADS
            or lowered in FUNCTION_WORDS
            or lowered in TRADE_WORDS
            or lowered in SCHOOL_SUBJECTS
            or _FIELD_NOUN_ENDING.search(word)
        ):
            return True
    return False


def cut_unknown_place(value: str) -> str:
    """The title without a town after its last "in" or "à" that no list holds (see above)."""
    tail = _UNKNOWN_PLACE_TAIL.search(value)
    if not tail or tail.start() == 0 or not has_title_word(value[: tail.start()]):
        return value
    for word in tail.group("place").replace(",", " ").split():
        lowered = word.lower()
        if (
            word.isupper()  # "in IT", "in HR"
            or lowered in ROLE_WORDS
            or lowered in ROLE_HEADS
            or lowered in FUNCTION_WORDS
            or lowered in TRADE_WORDS
            or lowered in SCHOOL_SUBJECTS
            or _FIELD_ENDING.search(word)
        ):
            return value
    return value[: tail.start()]


def _cut_stage(match: re.Match) -> str:
    """'' for an interview's stage ending a title; a stage word written without a mark after
    a word that is no title word is the title's own ("Housing First", "Prime Video")."""
    space = match.group("space") if match.group("space") is not None else match.group("mark")
    if space is None or space.strip():
        return ""  # after a mark: "Store Manager - 2nd", "Data Engineer - Video"
    before = match.string[: match.start()].rpartition(" ")[2]
    return "" if before and has_title_word(before) else match.group(0)


def _suffix_cut(match: re.Match) -> str:
    """'' for a post word ending a title ("Data Engineer Opportunity"); an "Opportunity"
    after a word of no title ("Program Officer, Economic Opportunity") is the title's own."""
    word = match.group(0).split()
    if word[-1].lower().startswith("opportunit") and match.start() > 0:
        before = match.string[: match.start()].rpartition(" ")[2].strip(",").lower()
        if before and before not in ROLE_WORDS and before not in ROLE_HEADS:
            return match.group(0)
    return ""

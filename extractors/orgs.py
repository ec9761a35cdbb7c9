"""`sneaker_org`: the employer a message is about, and the agency when one is involved.

Evidence is weighed, not taken in a fixed order: the text names the employer after
"applied to / position at / interest in joining ..." and before "Talent Acquisition
Team"; the headers name it in the display name ("Acme Hiring Team", "Jane at Acme"), in
the local part of a relay address (`acme@myworkday.com`) or in the domain
(`jane@acme.com`). A text name that agrees with a header gets a bonus; relay brands and
job-title words are never an employer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.cues import PATTERN_DIR
from extractors.docmeta import add_evidence, facts, meta, sender, text_of
from extractors.lexicon import (
    FIRST_NAMES,
    ORG_STOPWORDS,
    ROLE_HEADS,
    TRADE_WORDS,
    anchored_matches,
    words,
)
from extractors.relays import (
    is_personal_domain,
    is_relay_domain,
    relay_category,
    relay_suffix,
)
from extractors.senders import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    RELAY_BRANDS,
    domain_org,
    hint_quality,
    is_generic_local,
    local_part_org,
    looks_like_person,
    matches_hint,
    names_relay_service,
    read_words,
    sender_parts,
    split_addr,
    squash,
)

_I = "(?i:{})"
# lexicon.ORG, and initialisms with their dots ("U.S. Army Corps of Engineers").
# and names that start with an accented capital ("Ångström Robotics").
_UP = "A-Z0-9\u00c0-\u00d6\u00d8-\u00de"
_CAP = rf"(?:(?:[A-Z]\.){{2,}}(?= [A-Z])|[{_UP}][\w&'+.-]*[\w&+]|[{_UP}])"
# "for" joins a remit to an institution's head word ("Institute for Social Policy",
# "Coalition for Transit Equity", "Department for Education"), never "Acme for Senior ...".
_FOR_HEADS = (
    "Institute Center Centre Coalition Alliance Partners Council Foundation Fund Society "
    "Association Campaign Network Department Office Ministry Administration Agency "
    "Commission Committee Trust Authority School Museum Project Partnership Transport "
    "Advocates Initiative"
)
_FOR = "|".join(f"(?<={head} )" for head in _FOR_HEADS.split(" "))
_JOIN = rf"(?:{_CAP}|&|of|and|de|the|la|du|(?=for )(?:{_FOR})for)"
ORG = rf"(?P<org>\b(?=[{_UP}]){_CAP}(?:[ ]{_JOIN}){{0,5}})"
# (weight, regex); the ORG group is case-sensitive, the context around it is not.
_BODY_PATTERNS: list[tuple[float, str]] = [
    (
        6.0,
        _I.format(
            r"\b(?:application|resume|r\u00e9sum\u00e9|cv|profile|candidacy) (?:was |has been |"
            r"is being )?(?:sent|submitted|received|forwarded|delivered|viewed|reviewed|"
            r"presented|shared) (?:to|by|with)\s"
        )
        + ORG,
    ),
    (6.0, _I.format(r"\b(?:sent|submitted) your application to\s") + ORG),
    (
        5.0,
        _I.format(
            r"\b(?:thank you|thanks) for (?:applying|your application|your interest|"
            r"considering|submitting your application)(?: (?:to|at|with|in|for)"
            r"(?: (?:joining|working (?:at|for|with)|a career (?:at|with)|"
            r"(?:a |the )?(?:position|role|job|career|opportunity|opportunities) "
            r"(?:at|with)|employment (?:at|with)|the team at))?)?\s"
        )
        + ORG,
    ),
    (
        3.5,
        _I.format(
            r"\binterest in (?:joining|working (?:at|for|with)|a career (?:at|with)|"
            r"(?:a |the )?(?:position|role|career|job|opportunity|opportunities) (?:at|"
            r"with)|employment (?:at|with)|the team at)\s"
        )
        + ORG,
    ),
    (
        3.0,
        _I.format(
            r"\b(?:position|role|job|opening|opportunity|opportunities|career|careers|"
            r"employment|positions|roles|interview|interviews|offer|candidacy|"
            r"internship|vacancy|requisition|team|process) (?:at|with|from)\s"
        )
        + ORG,
    ),
    (
        5.0,
        _I.format(
            r"\b(?:applying|applied|apply|application|applications) (?:to|at|with)"
            r"(?: the team at)?\s"
        )
        + ORG,
    ),
    (
        3.0,
        _I.format(
            r"\b(?:welcome to|join(?:ing)?(?: the team at| us at)?|here at|everyone at|"
            r"all of us at|on behalf of|the team at|offer from|interview with|in front of|"
            r"(?:submitted|put) you (?:forward )?(?:to|for|at)|"
            r"interviewing with|chat with|call with|speak with|meet with|"
            r"recruiter (?:at|for|with)|recruiting (?:at|for)|hiring (?:at|for)|"
            r"work(?:ing)? (?:at|for))\s(?:the\s)?"
        )
        + ORG,
    ),
    (
        3.0,
        ORG
        + _I.format(
            r"(?:'s)? (?:talent acquisition|recruiting|recruitment|hiring|"
            r"people|careers?|hr|human resources|talent|university recruiting|"
            r"campus recruiting|people operations|people ops) ?"
            r"(?:team|department|group|partner|organization)?\b"
        ),
    ),
    (
        2.5,
        ORG
        + _I.format(
            r" (?:is|are|has|have) (?:hiring|looking|seeking|growing|excited|pleased|invited|"
            r"asked|reviewing|currently|decided|reviewed|received|chosen|selected|filled|moved|"
            r"closed|made|completed|extended|requested|scheduled|viewed|ready|interested|"
            r"impressed|eager|keen|opening|expanding|advertising|opened|updated)"
        ),
    ),
    (4.0, _I.format(r"\b(?:my|our|the) client,?\s(?:is\s)?") + ORG),
    (3.0, _I.format(r"\b(?:event type|event name|event|what):\s") + ORG),
    (
        3.0,
        r"(?m)^[^\n]{0,60}?(?i:recruit\w*|talent[^\n|,]*|sourcer|manager|director|partner|"
        r"coordinator|head of [a-z ]+|hr|lead|people[^\n|,]*|engineer|founder|ceo|cto)"
        r"\s*(?:\||,|@|at|-|\u2013)\s*" + ORG + r"\s*$",
    ),
    (
        3.0,
        _I.format(
            r"\b(?:recruiter|sourcer|coordinator|partner|manager|director|lead|"
            r"talent acquisition|head of talent|founder|ceo|cto) (?:at|with|for)\s"
        )
        + ORG,
    ),
    (2.0, _I.format(r"\b(?:careers? at|jobs at|life at)\s") + ORG),
    (1.5, _I.format(r"\bat\s") + ORG),
    (2.5, _I.format(r"\binterest in\s(?:the\s)?") + ORG),
    (
        3.0,
        _I.format(r"\b(?:i'm|i am|this is|my name is)\s")
        + r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?"
        + _I.format(r",?\s(?:with|from|at|of)\s")
        + ORG,
    ),
    (2.5, r"\n[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}\n(?:[^\n]{0,60}\n)?" + ORG + r"\s*\Z"),
    (1.0, _I.format(r"\b(?:from|with|for|by)\s(?:the\s)?") + ORG),
    (3.0, _I.format(r"\byour\s") + ORG + _I.format(r"\s(?:application|interview|offer|candidacy)")),
    # "Mercy Bayview Hospital viewed your application", "Acme would like you to apply".
    (
        4.0,
        ORG
        + r"\.?"
        + _I.format(
            r" (?:viewed|reviewed|received|shortlisted|invited|opened|updated|asked|requested|"
            r"assigned|closed) (?:your|you)\b|"
            # "Northbrook General has sent you assessments", "X has asked Veremark to ..."
            r" has (?:sent|assigned) you\b| has (?:asked|requested|instructed|engaged) \w+ to\b|"
            r" (?:would like|'d like|wants?) (?:you to|to (?:meet|interview|offer|invite|speak "
            r"(?:to|with)) you)\b"
        ),
    ),
    # A job board's card: the employer alone on a line with its legal form ("Hollis Freight
    # Ltd", "Kestrel Capital Advisors Pvt. Ltd.") ...
    (
        3.5,
        r"(?m)^" + ORG + r",?\s(?:Pvt\.?\s|Pty\.?\s)?(?:Ltd|Limited|Inc|LLC|plc|GmbH)\.?[ \t]*$",
    ),
    # ... or between the title line and a line of pay, place or terms.
    (
        3.5,
        r"(?m)^[^\n]{2,89}[^,\n]\n"
        + ORG
        + r"\.?[ \t]*\n[^\n]*?(?:[\u00a3$\u20ac\u20b9\u00b7|]|"
        + _I.format(
            r"per (?:annum|day|hour|year)|yrs|full[- ]time|part[- ]time|temporary|"
            r"permanent|contract"
        )
        + ")",
    ),
    # "Director of Brand, Maison Verte Cosmetics", "Associate Director, Halliday Search -
    # Interim Finance": a title, then the organization, on a profile card or signature line.
    (
        3.0,
        r"(?m)(?i:recruiter|consultant|director|manager|partner|head of|founder|principal|"
        r"sourcer|coordinator|specialist|lead|advisor|adviser)[^\n|,@()]{0,30}?"
        # after a comma a one-word name is more often a team ("Engineering Manager, Platform")
        r"(?:,[ \t]*(?=\S+ [A-Z&])|[ \t]*(?:\||\bat\b|@)[ \t]*)"
        + ORG
        + r"(?:[ \t]+[-|\u2013][^\n]*|[ \t]*\([^\n)]*\))?[ \t]*$",
    ),
    # "Chloé Weber (Senior Technical Recruiter, Indigostack) wants to connect"
    (
        3.0,
        r"(?i:recruiter|consultant|director|manager|partner|head of|founder|sourcer|"
        r"coordinator|specialist|lead|advisor|adviser)[^\n|,@()]{0,30}?,[ \t]*" + ORG + r"\)",
    ),
    # "announcement DE-26-0412 (Federal Highway Administration)", "Moorside Academy
    # (Hollingworth Academies Trust)": an organization's full name in brackets.
    (
        2.0,
        r"\((?P<org>(?:" + _CAP + r" (?:(?:of|and|&|the) )?){0,5}"
        r"(?:Administration|Agency|Department|Service|Bureau|Office|Trust|Council|Authority|"
        r"Commission|Hospital|University|College|School|Academy|Institute|Group|Corporation|"
        r"Foundation|Ministry))\)",
    ),
]
_BODY_PATTERNS_EU = [
    # "Ihre Bewerbung bei Acme", "votre candidature chez Acme", "je sollicitatie bij Acme",
    # "la tua candidatura presso Acme"
    (
        5.0,
        _I.format(
            r"\b(?:bewerbung|candidature|sollicitatie|candidatura)(?: als [^\n]{1,60}?)?"
            r" (?:bei|chez|bij|presso)\s"
        )
        + ORG,
    ),
]
_BODY_PATTERNS += [
    # "Best, The Wavelength Team": a team signing for the employer on a line near the end
    # (department and generic words are filtered by clean_org: "The Data Team").
    (
        2.5,
        r"(?m)^[ \t]*(?:[A-Z][a-z]+(?: [a-z]+)?,[ \t]*)?(?i:the) " + ORG + r" (?i:team)[ \t]*$",
    ),
    # "Orbit Retail sent you a message", "Vantage Mobility has sent you a contract"
    (4.0, ORG + r"\.? (?:has )?(?:sent|messaged) you\b"),
    # an agency names its client: "my client (I can share the name now - it's Acme LLP)",
    # "one of my public sector clients, the Acme Water Authority"
    (
        4.0,
        _I.format(r"\bclients?\b[^.\n]{0,60}?(?:\bit's|\bit is|\bit\u2019s|, the)\s")
        + ORG
        + r"(?=[\s.,;:!)]|$)",
    ),
]
# Literal strings (lower case) one of which must occur for a body pattern to be tried at
# all: most mail skips most patterns, which keeps the component fast.
# Keyword-led patterns: the words they can start with (lower case). The others (led by
# the name itself) scan the text, and only when one of their needles occurs.
_BODY_STARTS: dict[int, tuple[str, ...]] = {
    0: ("application", "resume", "r\u00e9sum\u00e9", "cv", "profile", "candidacy"),
    1: ("sent", "submitted"),
    2: ("thank you", "thanks"),
    3: ("interest in",),
    4: (
        "position",
        "role",
        "job",
        "opening",
        "opportunit",
        "career",
        "employment",
        "interview",
        "offer",
        "candidacy",
        "internship",
        "vacancy",
        "requisition",
        "team",
        "process",
    ),
    5: ("appl",),
    6: (
        "welcome to",
        "join",
        "here at",
        "everyone at",
        "all of us at",
        "on behalf of",
        "in front of",
        "submitted you",
        "put you",
        "the team at",
        "offer from",
        "interview",
        "chat with",
        "call with",
        "speak with",
        "meet with",
        "recruit",
        "hiring",
        "work",
    ),
    9: ("my", "our"),
    10: ("event", "what"),
    12: (
        "recruiter",
        "sourcer",
        "coordinator",
        "partner",
        "manager",
        "director",
        "lead",
        "talent acquisition",
        "head of talent",
        "founder",
        "ceo",
        "cto",
    ),
    13: ("career", "jobs at", "life at"),
    14: ("at",),
    15: ("interest in",),
    16: ("i'm", "i am", "this is", "my name is"),
    18: ("from", "with", "for", "by"),
    19: ("your",),
}
_VERBS = (
    "hiring looking seeking growing excited pleased invited asked reviewing currently decided "
    "reviewed received chosen selected filled moved closed made completed extended requested "
    "scheduled viewed ready interested impressed eager keen opening expanding advertising opened "
    "updated"
)
_BODY_NEEDLES: dict[int, tuple[str, ...]] = {
    7: (
        " talent",
        " recruit",
        " hiring",
        " people",
        " career",
        " hr ",
        " hr\n",
        " human resources",
    ),
    8: tuple(f" {aux} {verb}" for aux in ("is", "are", "has", "have") for verb in _VERBS.split()),
}
_BODY_NEEDLES[20] = (
    " like to ",
    " want to ",
    " wants to ",
    " viewed your",
    " reviewed your",
    " received your",
    " shortlisted you",
    " invited you",
    " opened your",
    " updated your",
    " would like you",
    " wants you",
    " asked you",
    " requested you",
    " assigned you",
    " closed your",
    " has sent you",
    " has asked ",
    " has requested ",
    " has instructed ",
    " has engaged ",
)
_BODY_NEEDLES[21] = (" ltd", " limited", " inc", " llc", " plc", " gmbh")
_BODY_NEEDLES[22] = (
    "\u00a3",
    "$",
    "\u20ac",
    "\u20b9",
    "\u00b7",
    "|",
    "per annum",
    "per day",
    "per hour",
    "per year",
    "yrs",
    "time\n",
    "temporary",
    "permanent",
    "contract",
)
_BODY_STARTS[23] = (
    "recruiter",
    "consultant",
    "director",
    "manager",
    "partner",
    "head of",
    "founder",
    "sourcer",
    "coordinator",
    "specialist",
    "lead",
    "advis",
    "principal",
)
_BODY_STARTS[24] = _BODY_STARTS[23]
_BODY_NEEDLES[25] = ("(",)
_BODY_NEEDLES[26] = (" team",)
_BODY_NEEDLES[27] = (" sent you", " messaged you")
_BODY_NEEDLES[28] = ("client",)
_BODY_PATTERNS += _BODY_PATTERNS_EU
_BODY_STARTS[29] = ("bewerbung", "candidature", "sollicitatie", "candidatura")
# Spanish and Portuguese boards and ATS: "tu candidatura ha sido enviada a X", "La empresa X
# ha actualizado el estado", "X ha leído tu CV", "tu interés en formar parte de X",
# "te has inscrito en la oferta Brand Manager de X".
_BODY_PATTERNS_IBERIAN = [
    (
        5.0,
        _I.format(
            r"\b(?:enviad[ao]|enviou|enviamos|remitid[ao]|presentad[ao]|apresentad[ao]) "
            r"(?:a|para|\u00e0|ao)\s(?:la empresa\s|a empresa\s)?"
        )
        + ORG,
    ),
    (4.0, _I.format(r"\b(?:la|a) empresa\s") + ORG),
    (
        3.5,
        ORG
        + _I.format(
            r" (?:ha|han|tem) (?:le\u00eddo|visto|revisado|actualizado|recibido|cerrado|"
            r"decidido|descartado|seleccionado|invitado|analisado|atualizado|recebido|"
            r"visualizado)\b|"
            r" (?:analisou|recebeu|atualizou|visualizou|avaliou)\b"
        ),
    ),
    (
        3.0,
        _I.format(
            r"\b(?:inter\u00e9s|interesse) (?:en|na|no|em|por) (?:formar parte de |fazer parte "
            r"d[ao] |trabajar (?:en|con) |trabalhar (?:na|no|com) )?"
        )
        + ORG,
    ),
    (
        2.5,
        _I.format(
            r"\b(?:inscrito|inscrita|candidatura|solicitud|postulaci\u00f3n|aplicaci\u00f3n|"
            r"candidatou|oferta|puesto|vacante|vaga|posici\u00f3n|posi\u00e7\u00e3o)"
            r"(?: (?:en|a|para|de|na|no|em)(?: la oferta| el puesto| la vacante| a vaga)?"
            r" [^\n.,;:]{1,50}?)? (?:en|de|na|no|em|con|com|para|a)\s"
        )
        + ORG,
    ),
]
_BODY_NEEDLES[31] = ("envia", "enviou", "remitid", "presentad", "apresentad")
_BODY_NEEDLES[32] = ("empresa ",)
_BODY_NEEDLES[33] = (
    " ha ",
    " han ",
    " tem ",
    "analisou",
    "recebeu",
    "atualizou",
    "visualizou",
    "avaliou",
)
_BODY_NEEDLES[34] = ("inter\u00e9s ", "interesse ")
_BODY_NEEDLES[35] = (
    "inscrit",
    "candidat",
    "solicitud",
    "postulaci",
    "aplicaci",
    "oferta",
    "puesto",
    "vacante",
    "vaga",
    "posici",
    "posi\u00e7",
)
# An agency that sent the candidate's CV to its client names the client: "I've sent your
# CV across to Henshaw Foods", "I've submitted your profile over to Ardent".
_BODY_PATTERNS.append(
    (
        5.0,
        _I.format(
            r"\b(?:sent|submitted|forwarded|presented|passed) (?:your|you)(?: (?:cv|resume|"
            r"r\u00e9sum\u00e9|profile|details|application))?(?: (?:across|over|forward|"
            r"through|on))? to\s(?:the team at\s)?"
        )
        + ORG,
    )
)
_BODY_STARTS[30] = ("sent", "submitted", "forwarded", "presented", "passed")
_IBERIAN = len(_BODY_PATTERNS)
_BODY_PATTERNS += _BODY_PATTERNS_IBERIAN

_SIGNATURE_PATTERNS = frozenset({11, 17, 26})
# Patterns whose matches never cross a line end: they are searched only on the lines that
# hold one of these strings (lower case; every match holds one), not over the whole mail.
# The ORG-led ones would otherwise be tried at every word of the text.
_LINE_NEEDLES: dict[int, str] = {
    7: r" talent| recruit| hiring| people| career| hr| human resources",
    8: r" (?:is|are|has|have) (?:" + _VERBS.replace(" ", "|") + ")",
    20: r" viewed you| reviewed you| received you| shortlisted you| invited you| opened you|"
    r" updated you| like | want| asked you| requested you| has asked | has requested |"
    r" assigned you| closed your| has sent you|"
    r" has instructed | has engaged ",
    27: r" sent you| messaged you",
}
# The signature-line pattern (11) starts at a line's start with one of its keywords in the
# line's first 60 characters: only such lines are tried.
_LINE_START_KEYWORDS = {
    11: r"recruit|talent|sourcer|manager|director|partner|coordinator|head of|hr|lead|people|"
    r"engineer|founder|ceo|cto"
}
# (?i) also lets 'i' match a dotless i and 's' a long s, which str.lower() keeps as they
# are: mail with either is searched the plain way.
_ODD_CASE = ("\u0131", "\u017f")
_SUBJECT_PATTERNS: list[tuple[float, str]] = [
    # "Your application to Acme was viewed", "You applied to Acme on Indeed": the name
    # ends where the lower-case words begin.
    (
        4.0,
        _I.format(
            r"\b(?:application|applied|applying)(?: (?:was |has been )?(?:sent|submitted|"
            r"received|viewed|delivered))? (?:to|at|with)\s"
        )
        + ORG,
    ),
    (
        3.0,
        # (and the same in German, French, Dutch, Italian: "Stelle bei Elbwerk")
        _I.format(
            r"\b(?:to|at|from|by|@|for joining|joining|in front of|with|bei|chez|bij|presso|"
            # (Spanish, Portuguese: "Novedades en tu candidatura a Clínicas Vitae")
            r"en|a|con|para|em|na|no|com|\u00e0|ao)\s"
        )
        + ORG
        + r"\s*[!.?]?\s*$",
    ),
    (
        2.5,
        _I.format(r"\b(?:to|at|from|@|(?:interview|interviewing|offer) with|bei|chez|bij)\s")
        + ORG
        + r"\s*(?:[-|:,(]|\bfor\b)",
    ),
    (
        2.0,
        r"^(?:(?i:re|fwd?|invitation|(?:please )?docusign|please sign|signature requested|"
        r"interview (?:scheduled|confirmed|reminder|rescheduled)|updated invitation|new event)"
        r":\s*|[A-Za-z][\w ]{1,24}:\s*)?"
        + ORG
        + r"\s*(?:[-|:\u2013]|<>|"
        + _I.format(r"\b(?:application|interview|offer|next steps)\b")
        + ")",
    ),
    (3.0, _I.format(r"your\s") + ORG + _I.format(r"\s(?:application|interview|offer|candidacy)")),
    (3.0, ORG + r"\s*<>"),
    (3.0, r"<>\s*" + ORG),  # "Sam Okafor <> Brightmoor Media": the reader is dropped later
    # "Acme has an update on your application": a subject led by the employer's name.
    (
        3.0,
        r"^(?:(?i:re|fwd?|reminder|update|action required|invitation):\s*)?"
        + ORG
        + r"\.?(?:'s)? (?:is|are|has|have|was|were|would|wants|will|received|reviewed|viewed|"
        r"invited|invites|shortlisted|expires|expiring|updated|messaged|sent|shared)\b",
    ),
    (1.5, r"[-|:]\s*" + ORG + r"\s*$"),
    # "Meeting booked: Acme recruiter screen": the employer, then the kind of meeting in
    # lower case (in Title Case the name would run on into "Background Screening").
    (
        3.0,
        r"^(?:[A-Za-z][\w ]{1,24}:\s*)?"
        + ORG
        + r" (?:recruiter |phone |technical |intro |introductory |video |hiring manager )?"
        r"(?:screen|screening|interview|call|chat)\b",
    ),
    # "Interview confirmation - Caraway Foods - Thursday 2pm", "OFFER!! Caraway Foods"
    (
        3.0,
        r"^(?:[A-Za-z][\w ]{1,24}:\s*)?(?i:offer|interview(?: confirmation| request| invitation)?)"
        r"[!.]*\s*[-|:/]?\s*" + ORG + r"\s*(?:[-|:/]|$)",
    ),
    # "Interview: Rohan Mehta / Ashgrove Utilities - ...": the candidate, then the employer
    # (a calendar invite's title, often forwarded by an agency: surer than the domain).
    (
        5.0,
        r"^(?:(?i:re|fwd?):\s*)?(?i:(?:invitation: )?interview)\s*:\s*[^/\n]{3,40}/\s*"
        + ORG
        + r"\s*(?:[-|:/]|$)",
    ),
]
# Subject patterns led by the name itself scan every position: tried only when the text
# they need occurs.
_SUBJECT_NEEDLES: dict[int, tuple[str, ...]] = {5: ("<>",), 6: ("<>",), 8: ("-", "|", ":")}
# LinkedIn / Indeed application cards: a title line, then "Acme · City" or "Acme - City".
_CARD = re.compile(r"^[^\n]{3,90}\n" + ORG + r"\.?(?: \u00b7 | - | \| )(?P<rest>[^\n]*)", re.M)
_TRAILING = re.compile(r"(?:\s+(?:&|of|and|de|the|for|la|du))+$")
_GENERIC = words(
    """
    fortune series global leading major top big new a an one our your their us usa u.s. nyc
    sf la remote inc llc team recruiting careers talent acquisition hiring hr human
    resources people operations application applications interview candidate candidates
    site portal account
    position role job jobs opportunity opportunities company organization click view apply
    thank thanks regards best sincerely cheers dear hi hello unfortunately congratulations
    subject re fw fwd date time location zoom phone video onsite
    unsubscribe action required reminder urgent important update confirmation invitation
    event help privacy terms notice technical
    early campus graduate chief inmail intro rescheduled updated confidential employer
    employers recruiter recruiters introducing portfolio
    """
)


# Candidates made only of places ("Bengaluru", "Bendigo VIC") or only of department,
# field and unit words ("Business Finance", "Acute Medical Unit") are never an employer.
PLACES = read_words("places.txt")
DEPARTMENTS = read_words("departments.txt")
_JOINERS = frozenset({"&", "and", "of", "the", "-"})
# A capitalized word that starts a sentence or a question, not a name: "We've received",
# "How was your interview", "Invites".
_SENTENCE_START = re.compile(
    r"^(?:\w+['’](?:ve|re|ll|d|m)|\w+n['’]t|how|what|why|when|where|who|which|whose|"
    r"if|did|does|do|is|are|was|were|can|could|would|should|will|shall|has|have|had|"
    r"invites?|invited|reminder|complete|congrats|sorry|please|"
    r"meet|apply|applied|view|viewed|see|sent|no|yes|not|also|ok|okay)$",
    re.I,
)


def not_a_name(words: list[str]) -> bool:
    """Places, departments, a lone given name or a sentence's first word: no employer."""
    core = [w.lower().strip(".,()") for w in words]
    core = [w for w in core if w and w not in _JOINERS]
    if not core:
        return True
    if all(w in PLACES for w in core) or all(w in DEPARTMENTS for w in core):
        return True
    if len(core) == 1 and core[0] in GIVEN_NAMES:
        return True
    return bool(_SENTENCE_START.match(words[0]))


@dataclass
class Agency:
    name: str
    domains: tuple[str, ...]


def read_agencies(path: Path) -> list[Agency]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, domains = line.partition("|")
            rows.append(Agency(name.strip(), tuple(domains.split())))
    return rows


_AGENCY_TALK = re.compile(
    r"\b(?:my|our) (?:[\w-]+ ){0,3}clients?\b|\bclient of ours\b|"
    r"\bstaffing (?:firm|agency|company)|"
    r"\b(?:recruiting|recruitment) (?:firm|agency|consultancy)|\bsearch firm\b|"
    r"\bemployment (?:agency|business)\b|\bthe client(?:'s)?\b|\bour consultants\b|"
    # "I'm recruiting a Store Manager for a national retailer": a firm hiring for another.
    r"\brecruiting (?:a|an) [^.\n]{0,60}\bfor (?:a|an|one of)\b",
    re.I,
)
# A domain that says what the firm does: `northpeakstaffing.com`, `brightrecruiting.co`.
_AGENCY_ROOT = re.compile(r"staffing|recruit|placement|personnel|headhunt|executivesearch|talent")
_ORG_TAIL = re.compile(
    r"(?:\s+(?:Phone Screen|Technical Interview|Interview|Application|Careers?|Recruiting|"
    r"Human Resources|People(?: Team| Operations| Ops| (?:&|and) Culture)?|"
    r"Recruitment|Resourcing|Jobs|Team|Hiring Team|Talent Acquisition|Talent|HR|Offer|Onsite|"
    r"Final Round|Next Steps|Talent Community|Talent Network|Hiring Events?|"
    r"Karriere|Carreiras|Carreras|Carri\u00e8res|"
    # (Spanish, Portuguese, Italian, French: "Teleflor Selección", "Acme Recrutamento")
    r"Selecci\u00f3n|Reclutamiento|Recrutamento|Recrutement|Empleo|Talento|RRHH|"
    r"Recursos Humanos|Ressources Humaines|Selezione|"
    r"Scheduling|Assessments|Onboarding|(?:Clinical )?Compliance|"
    # a public employer's personnel office: "AmeriCorps Human Capital", "HUD Personnel
    # Security", "VDSS Human Resource Management"
    r"Human Capital|Human Resources? Management|Personnel (?:Security|Office)|"
    # a programme or unit of the employer: "Marlowe Insurance Early Careers", "Corvid
    # Consulting Campus", "Stonebridge Graduate Recruitment", "FreshCart Hiring Assistant"
    r"Early(?: Careers?)?|Campus|Graduates?|Hiring Assistant|HQ|Headquarters|"
    r"Background(?: Checks?)?|"
    # "Cobalt Ridge Capital Technical Assessment", "Orbital Pay Recruiter Screen"
    r"(?:Technical |Online |Coding |Backend |Frontend |Take-Home |Skills )?(?:Assessment|"
    r"Challenge|Test|Exercise)|(?:Recruiter |Phone |Technical )?Screen(?:ing)?))+$"
)


# Words of a status line, a notice or a calendar, that a subject or a relay writes where
# others write the employer ("Application status update: Referred", "Christmas is coming",
# "Initial chat - ...", "CV sent - ..."): alone they are no employer.
_STATUS_WORDS = words(
    """
    referred received reviewing reviewed selected selection notification notifications notice
    scheduling scheduler schedule reschedule rescheduled feedback letter review cancel quick
    update updates reminder opportunit\u00e9 candidature entrevue r\u00fcckmeldung absage
    needed documents document required submitted confirmed cancelled canceled declined
    accepted withdrawn rejected pending shortlisted eligible ineligible qualified beware
    warning acknowledgement acknowledgment initial christmas holiday holidays weekend
    tomorrow today having cv resume he she they we it i outcome result results status
    request requested
    te tu su se le nos vos usted hemos has ha oportunidad oportunidade actualización
    actualizacion atualização confirmación confirmacion confirmação
    candidatura solicitud inscripción inscripcion entrevista resultado recordatorio
    novedades proceso propuesta oferta vaga puesto estado aviso invitación convite
    """
)
_POSSESSIVE = re.compile(r"^(?:Ihr|Ihre|Ihres|Ihrer|Votre|Vos|Uw|Jouw) (?=\S)")
_NO_NAME_WORDS = _STATUS_WORDS | _GENERIC | ORG_STOPWORDS
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
# A word with three digits and two letters or more: a requisition or campaign code.
_CODE = re.compile(r"(?=(?:\D*\d){3})(?=(?:[^A-Za-z]*[A-Za-z]){2})[\w-]+")
_STREET_ADDRESS = re.compile(
    r"\d+[A-Za-z]? (?:[A-Z][\w'-]* )+(?:Rd|St|Ave|Blvd|Road|Street|Drive|Dr|Lane|Ln|Way|Hwy|"
    r"Highway|Parkway|Pkwy)\.?(?: [NSEW])?$"
)
# "EA Licence 18C9912": four digits or more with a letter is a licence or reference number.
_LICENCE = re.compile(r"(?=(?:\D*\d){4})\w*[A-Za-z]\w*")
# "30 Minute Interview", "45 min": an event's length, not a name.
_DURATION = re.compile(r"\d+\s*(?:min|mins|minutes?|hours?|hrs?)\b", re.I)
_NAME_GOES_ON = re.compile(
    r" (?:and|&) (?=(?:the|I|I'd|I'm|I've|I'll|we|our|my|your|a|an)\b)", re.I
)


# Word sets clean_org tests every candidate against, united once.
_BRAND_OR_GENERIC = RELAY_BRANDS | _GENERIC
_NOT_A_NAME_WORDS = RELAY_BRANDS | _GENERIC | ORG_STOPWORDS
_POSSESSIVE_END = re.compile(r"'s$")
_NO_LETTERS = re.compile(r"[\d\W]+")


@functools.lru_cache(maxsize=8192)
def clean_org(value: str) -> str | None:
    """A candidate name trimmed, or None when it is not an employer's name."""
    # "Acme and I'd ...", "Acme and the Senior ...": a sentence goes on after the name.
    value = _NAME_GOES_ON.split(value, maxsplit=1)[0]
    owner, possessive, owned = value.partition("'s ")
    if possessive and {w.lower() for w in owned.split()} <= _BRAND_OR_GENERIC:
        value = owner  # "Acme's Workday", "Acme's careers site"
    value = _TRAILING.sub("", value.strip(" .,;:!?'\"-|()")).strip()
    value = _ORG_TAIL.sub("", value).strip()
    value = _POSSESSIVE_END.sub("", value)
    # "Ihr Bosch Recruiting Team", "Votre candidature chez ...": a possessive is no name
    value = _POSSESSIVE.sub("", value)
    if not value or len(value) > 50:
        return None
    words = value.split()
    if words[0] == "The" and len(words) >= 3:
        # "The Christie NHS Foundation Trust has asked ...": the name without its article
        words = words[1:]
        value = " ".join(words)
    first = words[0].lower().strip(".,")
    if first in ORG_STOPWORDS or first in _GENERIC:
        return None
    lowered = {w.lower().strip(".,()") for w in words}
    # "Meridian Executive Search", not "Senior Data Engineer": a title word inside a name
    # that ends with a company word.
    titled = lowered & ROLE_HEADS and not (
        words[-1].lower() in COMPANY_WORDS and first not in ROLE_HEADS and len(words) >= 3
    )
    if titled or lowered <= _NOT_A_NAME_WORDS:
        return None
    if any(w in RELAY_BRANDS for w in lowered) and len(words) <= 2:
        return None
    if _NO_LETTERS.fullmatch(value) or not_a_name(words) or _DURATION.match(value):
        return None
    if _STREET_ADDRESS.match(value):
        return None  # "2150 Lakeshore Rd W": a store's address
    if words[-1] == "Practice" and len(words) > 1:
        return None  # "Financial Officers Practice": a search firm's practice group
    if lowered <= _NO_NAME_WORDS or _ORDINAL.fullmatch(value):
        return None  # "Referred", "Selection Notification", "Documents Needed", "25th"
    if any(_CODE.fullmatch(w) or _LICENCE.fullmatch(w) for w in words):
        return None  # "Campaign 25STN041", "JR102931": a reference code, not a name
    return value


_ORG_RE = re.compile(ORG)
_POSSESSIVE_WORDS = words("ihr ihre ihres ihrer votre vos uw jouw")


def find_name_for_slug(text: str, slug: str) -> tuple[str, int, int] | None:
    """A capitalized name in the text that a slug stands for: 'summithp' -> 'Summit Health
    Partners', 'acmerobo' -> 'Acme Robotics'."""
    target = squash(slug)
    if len(target) < 3:
        return None
    for match in _ORG_RE.finditer(text):
        words = match.group("org").split()
        for i in range(len(words)):
            # A name fits the slug only if its letters start with the slug's first one (the
            # first word of the name stays its first, unless it is a possessive).
            lead = squash(words[i])
            if lead and lead[0] != target[0] and lead not in _POSSESSIVE_WORDS:
                continue
            for j in range(min(len(words), i + 5), i, -1):
                candidate = clean_org(" ".join(words[i:j]))
                if candidate and matches_hint(candidate, [target]):
                    offset = match.start("org") + len(" ".join(words[:i])) + (1 if i else 0)
                    return candidate, offset, offset + len(candidate)
    return None


_QUOTED_DISCOUNT = 1.0
# A sign-off line; the organization is one of the few lines under it ("Kind regards,\nHR
# Department\nSt Vincent's University Hospital").
_SIGN_OFF = re.compile(
    r"(?im)^(?:kind regards|best regards|warm regards|warmest regards|regards|best wishes|"
    r"many thanks|thanks|thank you|sincerely|yours sincerely|yours faithfully|yours truly|best|"
    r"cheers|with thanks|all the best|respectfully)[,.!]?[ \t]*$"
)
_LINE_ORG = re.compile(ORG + r"[ \t]*[.,]?$")
# "Agency: Department of Veterans Affairs", "Employer: Acme", "Hiring organisation: Acme"
# "Posted by: Vikram Sethi, Meridian Executive Search"
_POSTED_BY = re.compile(
    r"(?m)^[ \t]*(?i:posted by|recruiter|consultant|contact)[ \t]*:[ \t]*"
    r"(?:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},[ \t]*)?" + ORG + r"[ \t]*$"
)
# (a field's name may go on with its Asian legal form: "Company: LUMEN PAY PTE. LTD.")
_ORG_WITH_FORM = ORG[:-1] + r"(?:\.?[ \t]+(?i:pte|pvt|pty)\.?)?(?:[ \t]+(?i:ltd|limited)\b\.?)?)"
_FIELD = re.compile(
    r"(?m)^[ \t]*(?i:agency|employer|company|organi[sz]ation|hiring (?:organi[sz]ation|"
    r"company|entity)|client)[ \t]*:[ \t]*" + _ORG_WITH_FORM + r"\.?(?:,[^\n]*)?[ \t]*$"
)


def _signature_person(name: str) -> bool:
    """The signer's own name line: a known first name, or two name-like words with no trade
    word ('Aoife Byrne', not 'Harcourt Foods')."""
    words = name.split()
    if words[0].lower() in FIRST_NAMES:
        return True
    return (
        len(words) == 2
        and looks_like_person(name)
        and not any(w.lower() in TRADE_WORDS for w in words)
    )


def signature_orgs(text: str, begin: int) -> list[tuple[float, str, int, int]]:
    """Organizations named on their own line under a sign-off near the end of a mail."""
    found = []
    for sign_off in _SIGN_OFF.finditer(text, begin):
        position = sign_off.end()
        for _ in range(4):
            end = text.find("\n", position + 1)
            line_start = position + 1
            line = text[line_start : end if end != -1 else len(text)]
            if end == -1 and not line:
                break
            match = _LINE_ORG.fullmatch(line.strip())
            if match and not _signature_person(match.group("org")):
                name = clean_org(match.group("org"))
                if name:
                    offset = line_start + line.index(match.group("org"))
                    found.append((3.0, name, offset, offset + len(name)))
            if end == -1:
                break
            position = end
    return found


def _line_matches(
    pattern: re.Pattern, text: str, lowered: str, needles: re.Pattern, begin: int
) -> Iterator[re.Match]:
    """pattern.finditer(text, begin) for a pattern whose matches stay on one line and hold
    one of `needles`: searched only on the lines where a needle occurs."""
    line_end = -1
    for hit in needles.finditer(lowered, begin):
        if hit.start() < line_end:
            continue  # a needle on a line already searched
        line_start = max(lowered.rfind("\n", 0, hit.start()) + 1, begin)
        line_end = lowered.find("\n", hit.end())
        if line_end == -1:
            line_end = len(lowered)
        yield from pattern.finditer(text, line_start, line_end)


def _line_start_matches(
    pattern: re.Pattern, text: str, lowered: str, keywords: re.Pattern, begin: int
) -> Iterator[re.Match]:
    """pattern.finditer(text, begin) for a '(?m)^' pattern with a keyword in the line's first
    60 characters: tried only at the starts of lines that hold one there."""
    reach = 60 + 11  # the keyword's start, plus the longest keyword ('coordinator')
    matched_to = begin
    if begin == 0 or text[begin - 1] == "\n":
        position = begin
    else:
        position = text.find("\n", begin) + 1
        if position == 0:
            return
    while True:
        line_end = text.find("\n", position)
        stop = min(len(text) if line_end == -1 else line_end, position + reach)
        if position >= matched_to and keywords.search(lowered, position, stop):
            match = pattern.match(text, position)
            if match:
                matched_to = match.end()
                yield match
        if line_end == -1:
            return
        position = line_end + 1


def _agency_of_place(word: str, text: str) -> str | None:
    """A public body's name that a one-word domain root begins ('Transport' at
    transport.nsw.gov.au -> 'Transport for NSW', 'Justice' -> 'Department of Justice' is not
    one): the word, 'for' or 'of', then capitalized words, as the mail writes it."""
    found = None
    start = text.find(word + " ")
    while start != -1:
        match = _PUBLIC_BODY.match(text, start + len(word))
        if match and (start == 0 or not text[start - 1].isalnum()):
            name = word + match.group(0)
            if found is None or len(name) > len(found):
                found = name
        start = text.find(word + " ", start + 1)
    return found


_PUBLIC_BODY = re.compile(r" (?:for|of) (?:the )?[A-Z][\w'-]*(?: (?:and |& )?[A-Z][\w'-]*){0,3}\b")


def _evidence(doc: Doc, start: int, end: int) -> None:
    if start >= 0:
        add_evidence(doc, "COMPANY", start, end)


class OrgFinder:
    def __init__(self, name: str, agencies: str, header_only_kinds: list[str]) -> None:
        self.name = name
        # Alerts and unrelated mail are read from the headers only (fast on real inboxes).
        self.header_only_kinds = frozenset(header_only_kinds)
        path = Path(agencies)
        self.agencies = read_agencies(path if path.is_absolute() else PATTERN_DIR / path)
        self.by_domain = {d: a for a in self.agencies for d in a.domains}
        # Multinational agencies write from their country's domain (hays.com.au, hays.de,
        # michaelpage.at): the listed domain's first label names them anywhere.
        self.by_root = {d.split(".")[0]: a for a in self.agencies for d in a.domains}
        self.by_name = {squash(a.name): a for a in self.agencies}
        self.body_patterns = [
            (w, re.compile(p), _BODY_STARTS.get(i), _BODY_NEEDLES.get(i, ()))
            for i, (w, p) in enumerate(_BODY_PATTERNS)
        ]
        # The 80 needles of pattern 8 as one regex (same test, one pass over the text).
        self.needle_gates = {8: re.compile(_LINE_NEEDLES[8])}
        self.line_needles = {i: re.compile(p) for i, p in _LINE_NEEDLES.items()}
        self.line_starts = {i: re.compile(p) for i, p in _LINE_START_KEYWORDS.items()}
        self.subject_patterns = [
            (w, re.compile(p), _SUBJECT_NEEDLES.get(i))
            for i, (w, p) in enumerate(_SUBJECT_PATTERNS)
        ]

    def agency_for(self, domain: str, names: list[str]) -> Agency | None:
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        root = domain_org("@" + domain) if domain else None
        if root and root in self.by_root:
            return self.by_root[root]
        for name in names:
            if name and squash(name) in self.by_name:
                return self.by_name[squash(name)]
        return None

    def candidates(self, doc: Doc) -> list[tuple[float, str, int, int]]:
        info = meta(doc)
        found = self.scan(text_of(doc), info.get("subject_end", 0))
        for ent in doc.ents:
            if ent.label_ == "ORG":
                name = clean_org(ent.text)
                if name:
                    found.append((1.0, name, ent.start_char, ent.end_char))
        quoted = info.get("quoted")
        if quoted:
            # The quoted earlier message of a reply: a little weaker than the new part,
            # and not evidence (its offsets are not in the analysed text).
            found += [(w - _QUOTED_DISCOUNT, n, -1, -1) for w, n, _, _ in self.scan(quoted, 0)]
        return found

    def subject_candidates(self, text: str, subject_end: int) -> list[tuple[float, str, int, int]]:
        found = []
        subject = text[:subject_end]
        for weight, pattern, needles in self.subject_patterns:
            if needles and not any(n in subject for n in needles):
                continue
            for m in pattern.finditer(subject):
                name = clean_org(m.group("org"))
                # "Aisha Rahman sent you a message", "Interview with Jane Doe": a person
                if name and not _named_person(name):
                    found.append((weight, name, m.start("org"), m.start("org") + len(name)))
        return found

    def scan(self, text: str, subject_end: int) -> list[tuple[float, str, int, int]]:
        found = self.subject_candidates(text, subject_end)
        lowered = text.lower()
        tail = max(subject_end, len(text) - 600)
        same_length = len(lowered) == len(text)
        by_line = same_length and not any(c in text for c in _ODD_CASE)
        gates = self.needle_gates
        # (Spanish and Portuguese mail writes a letter beyond ASCII: others skip their patterns)
        patterns = self.body_patterns if not text.isascii() else self.body_patterns[:_IBERIAN]
        for index, (weight, pattern, starts, needles) in enumerate(patterns):
            if starts and same_length:
                matches = anchored_matches(pattern, text, lowered, starts, subject_end)
            elif (
                starts
                or not needles
                or (
                    gates[index].search(lowered) is not None
                    if index in gates
                    else any(n in lowered for n in needles)
                )
            ):
                # Signature patterns only read the end of the message.
                begin = tail if index in _SIGNATURE_PATTERNS else subject_end
                if by_line and index in self.line_needles:
                    matches = _line_matches(pattern, text, lowered, self.line_needles[index], begin)
                elif by_line and index in self.line_starts:
                    matches = _line_start_matches(
                        pattern, text, lowered, self.line_starts[index], begin
                    )
                else:
                    matches = pattern.finditer(text, begin)
            else:
                continue
            for m in matches:
                name = clean_org(m.group("org"))
                if name and (weight >= 2.0 or name.split()[0].lower() not in FIRST_NAMES):
                    if index == 8 and m.group(0).endswith("updated") and looks_like_person(name):
                        continue  # "Miriam Oberhuber has updated the invitation": a person
                    found.append((weight, name, m.start("org"), m.start("org") + len(name)))
        found += signature_orgs(text, max(subject_end, len(text) - 600))
        for field in (_FIELD, _POSTED_BY) if ":" in text else ():
            for m in field.finditer(text, subject_end):
                name = clean_org(m.group("org"))
                if name:
                    found.append((4.0, name, m.start("org"), m.start("org") + len(name)))
        cards = " \u00b7 " in text or " - " in text or " | " in text
        for m in _CARD.finditer(text, subject_end) if cards else ():
            name = clean_org(m.group("org"))
            # "Maria Lopez - Engineering Manager" or "Maria Lopez - maria@acme.com" lists a
            # person (an interviewer, an invite's guest), not a job card's "Acme - Denver, CO".
            rest = m.group("rest")
            if name and not (looks_like_person(name) and ("@" in rest or _has_title_word(rest))):
                found.append((3.5, name, m.start("org"), m.start("org") + len(name)))
        return found

    def __call__(self, doc: Doc) -> Doc:
        info = meta(doc)
        found = facts(doc)
        company, agency = self.resolve(doc, info)
        text = text_of(doc)
        if company and not agency:
            company = _named_unit(text, company) or company
        if company and company != agency:
            # the name as the mail writes it in full (the display name included)
            written = _written_in_full(company, text)
            if written == company and info.get("from_name"):
                written = _written_in_full(company, info["from_name"])
            company = _brand_of_branch(written, _sender_addr(info))
            company = _whole_written_name(company, text)
            company = _name_line(company, text) or company
        found["company"] = _regional_unit(company) if company else company
        found["agency"] = agency
        return doc

    def resolve(self, doc: Doc, info: dict) -> tuple[str | None, str | None]:
        scores: dict[str, list] = {}
        company, agency = self._resolve(doc, info, scores)
        if company and company != agency:
            company = _fuller_name(company, scores)
        if company and agency is None:
            root = domain_org(_sender_addr(info))
            company = _spelled_out(company, text_of(doc), root)
            if " " not in company and squash(company) == root:
                company = _agency_of_place(company, text_of(doc)) or company
        return company, agency

    def _resolve(
        self, doc: Doc, info: dict, scores: dict[str, list]
    ) -> tuple[str | None, str | None]:
        text = text_of(doc)
        from_addr = info.get("from_addr") or ""
        _, domain = split_addr(from_addr)
        person, display_org = sender(doc)
        # The writer's own name (the candidate's, in their own mail) is never the employer.
        # (A relay's sender "Juniper Retail" may read as a person: only a known first name
        # makes the writer surely a person.)
        people = set()
        if person and (squash(person.split()[0]) in GIVEN_NAMES or not is_relay_domain(domain)):
            # ... and their first name alone ("Mei" signing "Mei Byrne"'s mail).
            people = {squash(person), squash(person.split()[0])}
        if info.get("is_from_me"):
            if info.get("from_name"):
                people.add(squash(info["from_name"]))
            from_addr = _sender_addr(info)
            domain, display_org = split_addr(from_addr)[1], None
        forwarded = _forwarded_sender(text, info.get("subject_end", 0), info.get("quoted"))
        if forwarded:
            # "FW: ..." over the original's "From:" line: the mail is about the original
            # sender's organization, not the forwarder's (a career adviser, the candidate).
            from_addr = forwarded[1]
            domain = split_addr(from_addr)[1]
            display_org = sender_parts(forwarded[0], from_addr, text)[1]
        slug = local_part_org(from_addr)
        root = domain_org(from_addr)
        relay = is_relay_domain(domain)
        if (
            person
            and not display_org
            and root
            and person.split()[-1].lower() in COMPANY_WORDS
            and matches_hint(person, [root])
        ):
            # "Taylor Construction" <recruitment@taylor.com.au>: a given name, then a trade
            # word, spelling the sender's domain: the company, not a person.
            display_org, person = person, None
            people = set()
        if display_org:
            # "Kestrel People & Culture", "Interview Scheduling": an HR unit's or a
            # function's mailbox name; the employer is what is left, if anything.
            display_org = _ORG_TAIL.sub("", display_org).strip() or None
            if display_org and {w.lower() for w in display_org.split()} <= _NO_NAME_WORDS:
                display_org = None
        # "Sarah" <sarah@acme.com>: a first name, not an organization.
        if (
            display_org
            and not relay
            and root
            and not matches_hint(display_org, [root])
            and len(display_org.split()) == 1
            # ("HSBC Resourcing" names a team of HSBC: no first name; "TP Recruitment" at
            # teleperformance.com abbreviates the domain's fuller name)
            and (
                len((info.get("from_name") or "").split()) == 1
                or display_org.lower() in _NO_NAME_WORDS
                or _subsequence(squash(display_org), root)
            )
        ):
            display_org = None
        scheduler = relay and relay_category(domain) in _SCHEDULERS
        if scheduler and not (display_org or slug):
            # Calendly, Cal.com ... write for the organizer: their work address or their
            # "Name (Employer)" in the event says whose event it is.
            slug = _organizer_root(text, info)
        # "Civil Service Jobs", "NHS Jobs" on a job board's domain: the board's own name,
        # written in its footer; the employer is the body's department or trust.
        board = _BOARD_NAME.fullmatch(info.get("from_name") or "") if relay else None
        board_name = squash(board.group(1)) if board else None
        if board_name and display_org and squash(display_org).startswith(board_name):
            display_org = None
        hints = [h for h in (display_org, slug, root) if h]
        agency = self.agency_for(domain, [display_org or ""])
        # The reader's own name ("Invitation: Jasmine Lau <> Acme") is never the employer.
        readers = (
            ()
            if info.get("is_from_me")
            else [squash(split_addr(a)[0]) for a in info.get("to_addrs") or ()]
        )
        header_only = facts(doc).get("kind") in self.header_only_kinds
        # (the subject is a header: an alert, or mail taken for one, may name the employer
        # there: "OFFER!! Caraway Foods", "finish onboarding with Harbor Bio")
        found = (
            self.subject_candidates(text, info.get("subject_end", 0))
            if header_only
            else self.candidates(doc)
        )
        if scheduler and not header_only:
            found = found + _bracketed_employers(text)
        for weight, name, start, end in found:
            if display_org and name.startswith(display_org + " "):
                added = {w.lower() for w in name[len(display_org) + 1 :].split()}
                if added <= _NOT_COMPLETING:
                    name = display_org  # "Granite Pharmaceuticals Staffing" signs its mail
            key = squash(name)
            if agency and matches_hint(name, [agency.name]) or key in people:
                continue
            if relay and names_relay_service(name, domain):
                continue  # "Tes Jobs", "Team Naukri.com": the relay signs its own mail
            if board_name and key == board_name:
                continue  # "The Civil Service is committed ..." in Civil Service Jobs' footer
            if len(key) >= 5 and any(r.startswith(key) for r in readers):
                continue
            if matches_hint(name, hints):
                weight += 2.0
            entry = scores.setdefault(key, [0.0, name, start, end])
            # The strongest mention counts, each further one a little: a name repeated in
            # a footer must not outweigh "your application was sent to X".
            entry[0] = max(entry[0], weight) + (0.5 if entry[0] else 0.0)
        if display_org and _STATED.search(info.get("from_name") or ""):
            # "Acme via Handshake", "Cielo Talent on behalf of Acme": the header says whom
            # the mail is for; a fuller spelling in the text may complete it.
            own = [e for e in scores.values() if matches_hint(e[1], [display_org])]
            best_own = max(own, key=lambda e: e[0]) if own else None
            if best_own and squash(best_own[1]).startswith(squash(display_org)):
                _evidence(doc, best_own[2], best_own[3])
                return best_own[1], None
            return display_org, None
        # A person at a firm that signs as "Hartley Rose Recruitment" works for an agency.
        firm = _firm_signature(text, root) if root and not is_generic_local(from_addr) else None
        if (
            agency is None
            and hints
            and (firm or _AGENCY_TALK.search(text) or _AGENCY_ROOT.search(root or ""))
        ):
            own = [e for e in scores.values() if matches_hint(e[1], hints)]
            name = (
                max(own, key=lambda e: e[0])[1] if own else display_org or _title(hints[-1], text)
            )
            name = firm or _whole_firm_name(text, name, root, info.get("from_name") or "")
            agency = Agency(name, ())
            scores = {k: e for k, e in scores.items() if not matches_hint(e[1], [*hints, name])}
        if agency:
            # An interviewer or contact named in an agency's mail is no client.
            # ... nor the agency's own name cut short ('Harbour' of harbourtalent.co.uk)
            own = squash(agency.name)
            clients = [
                e
                for e in scores.values()
                if not _named_person(e[1])
                and not own.startswith(squash(e[1]))
                and not (root or "").startswith(squash(e[1]))
            ]
            client = max(clients, default=None, key=lambda e: e[0])
            if client and client[0] >= 3.0:
                _evidence(doc, client[2], client[3])
                return client[1], agency.name
            return agency.name, agency.name
        best = max(scores.values(), default=None, key=lambda e: e[0])
        if (
            relay
            and not header_only
            and (display_org is None or board_name)
            and _PUBLIC_RELAY.search(relay_suffix(domain) or "")
        ):
            # A public board's notice (USAJOBS, Civil Service Jobs, NHS Jobs) names the
            # department, agency or trust in full: the first one named is the employer.
            body = _public_body(text, info.get("subject_end", 0)) or _public_body(text, 0)
            # (a school or an employer the board's mail names as the applicant's recipient
            # is surer: "Your application was sent to Brookside High School")
            if body and (best is None or best[0] < 3.0 or squash(body).endswith(squash(best[1]))):
                return body, None
        sent_to = _SENT_TO.search(text, 0, info.get("subject_end", 0))
        if sent_to and not header_only:
            # "Your application has been sent to Francis Crick Institute" from a board on
            # its own domain: the subject names the employer, whatever the sender is.
            name = clean_org(sent_to.group("org"))
            if name and squash(name) in scores and not _named_person(name):
                entry = scores[squash(name)]
                _evidence(doc, entry[2], entry[3])
                return entry[1], None
        if hints and (root or display_org) and not relay:
            # A company's own mail: its employer is the sender's organization, not another
            # name in the text ("your time at Initech"): take the best fit to the address.
            fits = [(hint_quality(e[1], hints), e[0], e) for e in scores.values()]
            fits = [f for f in fits if f[0]]
            if fits:
                quality, _, best = max(fits, key=lambda f: (f[0], f[1]))
                if quality == 1 and display_org:
                    return display_org, None  # "Willow T" of a cut-off body
                if display_org and display_org.startswith(best[1] + " "):
                    added = display_org[len(best[1]) + 1 :].lower().split()
                    if added[-1] in COMPANY_WORDS and not set(added) & _NOT_COMPLETING:
                        # "Georgiou Group" signs the mail the text calls "Georgiou"
                        return display_org, None
                _evidence(doc, best[2], best[3])
                return best[1], None
            in_text = _name_for_slug(text, info.get("quoted"), root) if root else None
            if (
                in_text
                and display_org
                and len(squash(in_text[0])) < len(root)
                and squash(display_org).startswith(squash(root))
            ):
                # "Dear Mr Tan" fits tanjongport.com less than the sender's "Tanjong Port
                # Services HR" does.
                return display_org, None
            if in_text:
                _evidence(doc, in_text[1], in_text[2])
                return in_text[0], None
            if root and not display_org and (best is None or best[0] < 5.0):
                # A person writing from the company's own domain, no name in the text fits
                # it: the domain is surer than a loose mention ("a call about Payments").
                return _title(root, text), None
        if relay and not (display_org or slug or header_only) and (best is None or best[0] < 3.0):
            # A board's or an ATS's mail that names no employer the usual ways: the
            # institution it writes ("Assistant Professor ... Carnegie Mellon University").
            institution = _institution_named(text)
            if institution:
                return institution, None
        if best and display_org and squash(display_org).startswith(squash(best[1])):
            best[1] = display_org  # a cut-off body: "Willow T" of "Willow Tree Pharma"
        if best and (best[0] >= 3.0 or not hints):
            _evidence(doc, best[2], best[3])
            return best[1], None
        if display_org:
            return display_org, None
        for hint in (slug, root):
            in_text = _name_for_slug(text, info.get("quoted"), hint) if hint else None
            if in_text:
                _evidence(doc, in_text[1], in_text[2])
                return in_text[0], None
        if best and best[0] >= 2.0:
            _evidence(doc, best[2], best[3])
            return best[1], None
        for hint in (slug, root):
            if hint and not is_personal_domain(domain):
                return _title(hint, text), None
        if is_personal_domain(domain) and not info.get("is_from_me"):
            business = _personal_business(from_addr, person, text)
            if business:
                return business, None
        return None, None


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
# Service Jobs, NHS Jobs, Trac, NEOGOV ...): a government zone or one of these.
_PUBLIC_RELAY = re.compile(
    r"\.gov(?:\.[a-z]{2})?$|(?:^|\.)(?:nhs\.uk|trac\.jobs|monstergovt\.com|"
    r"governmentjobs\.com|jobapscloud\.com|schooljobs\.com|neogov\.com)$"
)


def _public_body(text: str, begin: int) -> str | None:
    """The first public body the text names in full after `begin`, if any."""
    for match in _PUBLIC_NAME.finditer(text, begin):
        name = _TRAILING.sub("", match.group("org"))
        name = name[:-1] if name.endswith(".") and not name.endswith("U.S.") else name
        if len(name.split()) >= 2 and not _NOT_EMPLOYER_BODY.search(name):
            return name
    return None


_BOARD_NAME = re.compile(r"(.{2,40}?) (?:Jobs|Job Board|Careers Service)")
_SENT_TO = re.compile(
    _I.format(
        r"\b(?:application|cv|resume|r\u00e9sum\u00e9|profile)\b(?: \w+){0,2}? "
        r"(?:sent|submitted|delivered|forwarded) to\s"
    )
    + ORG
)
_SCHEDULERS = frozenset({"scheduler", "calendar_video"})
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Invitee: Rachel Green (Fathom Analytics)": a person and, in brackets, their employer.
_PERSON_BRACKET = re.compile(r"\b[A-Z][a-z'-]+ [A-Z][a-z'-]+ \(" + ORG + r"\)")


def _organizer_root(text: str, info: dict) -> str | None:
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


def _bracketed_employers(text: str) -> list[tuple[float, str, int, int]]:
    found = []
    for m in _PERSON_BRACKET.finditer(text):
        name = clean_org(m.group("org"))
        if name and not _named_person(name):
            found.append((3.0, name, m.start("org"), m.start("org") + len(name)))
    return found


_FORWARD_SUBJECT = re.compile(r"^(?:re:\s*)?fwd?:", re.I)
_FORWARDED_FROM = re.compile(
    r"(?im)^[ \t>*]*from:[ \t]*(?P<name>[^<\n]*?)[ \t]*(?:<(?P<addr>[^>\n]+)>)?[ \t]*$"
)


def _forwarded_sender(
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


_STATED = re.compile(r"\s(?:via|through|on behalf of)\s", re.I)


def _sender_addr(info: dict) -> str:
    """The address whose organization the mail is about: the sender's, or in the user's
    own mail the first recipient's."""
    if info.get("is_from_me"):
        return (info.get("to_addrs") or [""])[0]
    return info.get("from_addr") or ""


# Words that do not complete an employer's short name: its own teams and units ("Granite
# Pharmaceuticals Staffing" signs the staffing team), or an agency's trade.
_NOT_COMPLETING = words(
    """
    staffing recruitment recruiting talent search personnel careers career team people hr
    jobs online mail hiring global usa hq newsletter
    """
)


_NEXT_WORDS = re.compile(r"((?: [A-Z][\w&'-]+){1,2})\b")


def _spelled_out(name: str, text: str, root: str | None) -> str:
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
                and not set(added) & (_NOT_COMPLETING | _GENERIC | ORG_STOPWORDS)
                and not all(w in DEPARTMENTS or w in PLACES for w in added)
            ):
                return name + match.group(1)
        start = text.find(name, start + 1)
    key = squash(name)
    whole = squash(root or "")
    rest = whole[len(key) :]
    fits = len(key) >= 3 and whole.startswith(key) and len(rest) >= 4 and rest.isalpha()
    if fits and rest not in _NOT_COMPLETING:
        written = _written_name(text, whole)  # "Harbor & Pine" for harborandpine.com
        if written:
            return written
        return name + " " + " ".join(w.capitalize() for w in _split_trade(rest))
    return name


def _completes(added: str) -> bool:
    """Words that can finish a company's short name: 'Capital', 'High School', not 'Talent
    Community', 'Staffing' or 'English' (a team, a unit, a subject)."""
    words_ = [w.lower().strip(".,") for w in added.split()]
    return (
        bool(words_)
        and len(words_) <= 3
        and not set(words_) & (_NOT_COMPLETING | _GENERIC | ORG_STOPWORDS)
        and not all(w in DEPARTMENTS or w in PLACES for w in words_)
    )


# The words a hospital's or a university's full name adds to what its staff call it
# ('Papago Buttes' Papago Buttes Medical Center, 'Sonoran Valley' Sonoran Valley Health).
_INSTITUTION_TAIL = words(
    "medical center centre hospital hospitals health healthcare system clinic campus "
    "university college rehabilitation specialty"
)


def _institution_tail(added: list[str]) -> bool:
    """'Medical Center', 'Health', 'Institute for Social Policy', 'Center for Fiscal
    Responsibility': what an institution's full name adds to its short one."""
    return set(added) <= _INSTITUTION_TAIL or (
        added[0] in _HEAD_WORDS and len(added) >= 3 and added[1] in ("for", "of")
    )


def complete_short_names(rows: list[dict]) -> None:
    """In place: a company named by a short form in a personal conversation ('Hollander',
    in a friend's note) takes the one fuller name other mail of the same mailbox gives it
    ('Hollander Capital'). Other kinds of mail name the employer as it calls itself, and
    agencies keep their own names: both are left alone, but for a hospital's or a
    university's short name ('Papago Buttes' of Papago Buttes Medical Center)."""
    fuller: dict[str, set[str]] = {}
    for row in rows:
        name = row.get("company")
        if name and " " in name:
            fuller.setdefault(name.split()[0], set()).add(name)
    if not fuller:
        return
    for row in rows:
        name = row.get("company")
        if not name or name == row.get("agency"):
            continue
        networking = row.get("kind") == "networking"
        longer = {
            n
            for n in fuller.get(name.split()[0], ())
            if n.startswith(name + " ")
            and (
                (networking and _completes(n[len(name) + 1 :]))
                or _institution_tail(n[len(name) + 1 :].lower().split())
            )
        }
        if len(longer) == 1:
            row["company"] = longer.pop()


def thread_employers(rows: list[dict], threads: list[str | None]) -> None:
    """In place: a mail of a thread that names no employer (a short reply, "Tuesday works")
    or only its agency (the client unnamed) takes the employer the thread's other mail
    names; an agency's mail only takes a client named in that agency's mail."""
    named: dict[str, list[tuple[str, str | None]]] = {}
    for row, thread in zip(rows, threads, strict=True):
        company = row.get("company")
        if thread and company and company != row.get("agency"):
            named.setdefault(thread, []).append((company, row.get("agency")))
    if not named:
        return
    for row, thread in zip(rows, threads, strict=True):
        found = named.get(thread or "")
        company, agency = row.get("company"), row.get("agency")
        if not found or (company and company != agency):
            continue
        if agency:
            found = [(c, a) for c, a in found if a == agency]
        if found:
            counts: dict[str, int] = {}
            for name, _ in found:
                counts[name] = counts.get(name, 0) + 1
            row["company"] = max(counts, key=lambda n: counts[n])  # ties: the first named


def _letters(name: str) -> str:
    return squash(name.replace("&", " and ").replace("+", " and "))


def written_forms(rows: list[dict]) -> None:
    """In place: a name glued from a domain ('Cobaltridge', 'Granitestate Builders') takes
    the form with the same letters that other mail of the batch gives most often, when it
    has more words ('Cobalt Ridge', 'Granite State Builders'): the mail wrote that one."""
    forms: dict[str, dict[str, int]] = {}
    for row in rows:
        name = row.get("company")
        if name:
            counts = forms.setdefault(_letters(name), {})
            counts[name] = counts.get(name, 0) + 1
    # (written forms by their first letters, for names glued from a domain that abbreviate
    # the written one: 'Ironbridgerec' of 'Ironbridge Recruitment'); a split this module
    # makes itself from a domain is no written form ('Indigo Works' of indigoworks.com)
    own_split: dict[str, str] = {}
    starts = {
        key[:3]
        for key, counts in forms.items()
        if len(key) >= 6 and any(" " not in n and n == n.capitalize() for n in counts)
    }
    by_start: dict[str, list[str]] = {}
    for key, counts in forms.items():
        if key[:3] not in starts:
            continue
        for form in counts:
            if " " in form:
                if key not in own_split:
                    own_split[key] = _title(key)
                if form != own_split[key]:
                    by_start.setdefault(key[:3], []).append(form)
    for row in rows:
        name = row.get("company")
        if not name:
            continue
        key = _letters(name)
        counts = forms.get(key, {})
        glued = " " not in name and len(key) >= 6 and name == name.capitalize()
        if len(counts) < 2 and not (glued and key[:3] in by_start):
            continue
        # a written form wins over glued ones however often the domain gave those
        if key not in own_split:
            own_split[key] = _title(key)
        written = {n: c for n, c in counts.items() if n != own_split[key]}
        if glued:
            for form in by_start.get(key[:3], ()):
                words_ = [_letters(w) for w in form.split() if w.lower() not in _CONNECTORS]
                if _glued_from(key, [w for w in words_ if w]):
                    written[form] = written.get(form, 0) + forms[_letters(form)][form]
        if not written:
            continue
        best = max(written, key=lambda n: (written[n], len(n.split()), n))
        # (or as many words, where the name is this module's own split of a domain: 'Aya
        # Healthcare' written, 'Ayahealth Care' split from ayahealthcare.com)
        if len(best.split()) > len(name.split()) or (
            name == own_split[key] and len(best.split()) == len(name.split())
        ):
            if row.get("agency") == name:
                row["agency"] = best
            row["company"] = best


def complete_from_batch(rows: list[dict], threads: list[str | None]) -> None:
    """The employer of each mail of a batch, completed from the batch's other mail: by its
    thread (thread_employers), then a short name by a fuller one (complete_short_names), a
    name glued from a domain by the written one (written_forms)."""
    thread_employers(rows, threads)
    thread_fuller_names(rows, threads)
    complete_short_names(rows)
    written_forms(rows)
    whole_last_words(rows)


_ENDS_LEGAL = re.compile(
    r" (?:GmbH(?: & Co\.? KG)?|AG|SE|KG|mbH|eG|B\.V\.|N\.V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|"
    r"Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Pte\.? Ltd\.?|S\.A\.|SAS|S\.p\.A\.|Oy|AB)$"
)


def thread_fuller_names(rows: list[dict], threads: list[str | None]) -> None:
    """In place: a mail of a thread that calls the employer by a short name ('Alpenfrost',
    a person's reply from alpenfrost.de) takes the one fuller name the thread's other mail
    writes ('Alpenfrost Foods GmbH'): the same words first, then words that complete a
    company name (not a team, a place or an agency word)."""
    names: dict[str, dict[str, int]] = {}
    for row, thread in zip(rows, threads, strict=True):
        company = row.get("company")
        if thread and company and company != row.get("agency"):
            counts = names.setdefault(thread, {})
            counts[company] = counts.get(company, 0) + 1
    for row, thread in zip(rows, threads, strict=True):
        company = row.get("company")
        if not thread or not company or company == row.get("agency"):
            continue
        counts = names.get(thread, {})
        # (the full legal name, or a form the thread writes more often than the short one:
        # one mail's misreading, "Acme Panel Presentation", is no fuller name)
        longer = {
            n
            for n, count in counts.items()
            if n.startswith(company + " ")
            and _completes(n[len(company) + 1 :])
            and (_ENDS_LEGAL.search(n) or count > counts[company])
        }
        if len(longer) == 1:
            row["company"] = longer.pop()


def whole_last_words(rows: list[dict]) -> None:
    """In place: a name whose last word is cut short ('Kestrel Infra', split from
    kestrelinfra.com.au) takes the one name of the batch that writes that word whole
    ('Kestrel Infrastructure'): the same words before it, the last one longer."""
    whole: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        name = row.get("company")
        if name and " " in name:
            parts = name.split()
            whole.setdefault(tuple(parts[:-1]), set()).add(parts[-1])
    for row in rows:
        name = row.get("company")
        if not name or " " not in name or name == row.get("agency"):
            continue
        parts = name.split()
        cut = parts[-1]
        if len(cut) < 3 or cut.lower() in COMPANY_WORDS or not cut.isalpha():
            continue
        longer = {
            w for w in whole.get(tuple(parts[:-1]), ()) if len(w) > len(cut) and w.startswith(cut)
        }
        if len(longer) == 1:
            row["company"] = " ".join([*parts[:-1], longer.pop()])


def _name_for_slug(text: str, quoted: str | None, slug: str) -> tuple[str, int, int] | None:
    """find_name_for_slug in the analysed text, else in the quoted message (no offsets)."""
    found = find_name_for_slug(text, slug)
    if found is None and quoted:
        found = find_name_for_slug(quoted, slug)
        return (found[0], -1, -1) if found else None
    return found


# Words that end an agency's own name ("Tenby Clark Recruitment", "Halliday Search").
_AGENCY_WORD = (
    r"(?:Recruitment|Recruiting|Staffing|(?:Executive )?Search|Consultants|"
    r"Consultancy|Personnel|Talent(?: Group| Partners)?)"
)
# ... unless a team word follows: "Acme Recruitment Team" is an employer's department.
_NOT_FIRM = r"(?! (?:Team|Department|Dept|Office|Portal|System))\b"


_FIRM_LINE = re.compile(
    r"(?m)^[ \t]*(?P<firm>"
    + ORG.replace("(?P<org>", "(?P<own>", 1)
    + " "
    + _AGENCY_WORD
    + r")(?:,? (?:Ltd|Limited|LLC|Inc|Pty Ltd)\.?)?[ \t]*(?:\||$)"
)


def _firm_signature(text: str, root: str) -> str | None:
    """'Hartley Rose Recruitment' on a line of its own, when the firm's domain is its name."""
    for match in _FIRM_LINE.finditer(text):
        if squash(match.group("own")) == root:
            return match.group("firm")
    return None


_FUNCTIONS = words("data engineering finance financial analytics recruiting tech security")


def _fuller_name(name: str, scores: dict[str, list]) -> str:
    """'Brookside' -> 'Brookside High School' when the mail also names it in full."""
    longer = [
        e
        for e in scores.values()
        if e[1].startswith(name + " ")
        and e[0] >= 3.0
        # "Marlowe Insurance" is the firm, "Acme Finance" a team: a trade word that is not
        # an in-house function may end the fuller name
        and (
            not not_a_name(e[1][len(name) + 1 :].split())
            or e[1].split()[-1].lower() in TRADE_WORDS - _FUNCTIONS
        )
        and not {w.lower() for w in e[1][len(name) + 1 :].split()}
        & (_GENERIC | ORG_STOPWORDS | _NOT_COMPLETING)
    ]
    return max(longer, key=lambda e: (e[0], len(e[1])))[1] if longer else name


def _whole_firm_name(text: str, name: str, root: str | None, display: str = "") -> str:
    """'Brightway' -> 'Brightway Recruiting' when the firm's domain spells the whole name, or
    the mail names the firm with its trade word ('Kingsley Hart Recruitment Ltd'): for an
    agency the trade word is part of its name, not a team of an employer."""
    for source in (display, text):
        found = re.search(re.escape(name) + " " + _AGENCY_WORD + _NOT_FIRM, source)
        if found:
            return found.group(0)
    if not root or squash(name) == root:
        return name
    for match in re.finditer(re.escape(name) + r"(?: [A-Z][\w&'-]*){1,2}", text):
        words = match.group(0).split()
        for end in range(len(words), len(name.split()), -1):
            if squash(" ".join(words[:end])) == root:
                return " ".join(words[:end])
    return name


# A school trust writes for its schools: "the post of Teacher at Oakfield Academy".
_TRUST = re.compile(
    r"\b(?:Learning|Academies|Academy|Schools|Education|Educational|Multi[- ]Academy) Trust\b|"
    r"\bFederation\b|\bDiocese\b"
)
_UNIT = re.compile(ORG.replace("(?P<org>", "(?P<unit>", 1))
_UNIT_END = re.compile(r"\b(?:Academy|School|College|Primary|High)$")


def _named_unit(text: str, company: str) -> str | None:
    """The one school a trust's mail names (the employer of the post), if it names one."""
    if not _TRUST.search(company):
        return None
    units = {}
    for match in _UNIT.finditer(text):
        name = clean_org(match.group("unit"))
        if name and _UNIT_END.search(name) and not _TRUST.search(name):
            units.setdefault(squash(name), name)
    return next(iter(units.values())) if len(units) == 1 else None


# An organization's country arm is the organization: "Quillon Retail Australia",
# "Kaito Electronics Asia Pacific Pte Ltd".
_COUNTRY_TAIL = re.compile(
    r"(?<=\w\w) (?:Australia|India|Canada|UK|USA|US|Ireland|New Zealand|NZ|ANZ|APAC|EMEA|"
    r"Singapore|Germany|France|Asia Pacific|Asia|Europe|North America|Americas|LATAM)$"
)
# Legal forms that the compare-form of a name keeps but a reader drops: "FreshCart Pte Ltd".
_LEGAL_TAIL = re.compile(
    r"(?<=\w\w),? (?:(?:Pte\.?|Pvt\.?|Sdn\.?|Pty\.?)(?: Ltd\.?| Bhd\.?| Limited)?|"
    # European legal forms: "Zalando SE", "Norrsken Energy AB", "Ryanair DAC", "Acme Sp. z o.o."
    r"SE|AB|DAC|Srl|S\.r\.l\.|SpA|S\.p\.A\.|Sp\.(?: z o\.o\.)?|NV|N\.V\.|Oyj?|ASA|A/S)$"
)


def _regional_unit(company: str) -> str:
    company = _LEGAL_TAIL.sub("", company)
    trimmed = _COUNTRY_TAIL.sub("", company)
    if len(trimmed.split()) >= 2 and trimmed.split()[-1].lower() not in {"of", "and", "&"}:
        return trimmed
    return company


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
_TEAM_ENDS = (DEPARTMENTS | _NOT_COMPLETING) - _INSTITUTION


_CONNECTOR = r"(?:&|of|the|for|and|de|di|du|für|der|des|la|le)"


@functools.lru_cache(maxsize=1024)
def _initial_starts(pair: str) -> re.Pattern:
    """Where a name may start whose initials begin with these two letters: a word with the
    first, then (after connectors) one with the second, or a word in capitals with both."""
    first, second = re.escape(pair[0]), re.escape(pair[1])
    return re.compile(rf"\b(?:{first}[\w'.-]*(?: {_CONNECTOR})* {second}|{first}{second}[A-Z]*\b)")


def _initials(words_: list[str]) -> str:
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words_ if w[0].isupper())


def _written_in_full(name: str, text: str) -> str:
    """The full name the mail writes for a short one it uses: an initialism ('BCG' ->
    'Boston Consulting Group', 'P&G' -> 'Procter & Gamble') or an institution's short name
    ('Stanford' -> 'Stanford University', 'Pasteur' -> 'Institut Pasteur')."""
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
                    got = _initials(tokens[i : j + 1])
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
    if start == -1 or not _has_institution_word(text):
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


_INSTITUTION_NAME = re.compile(
    r"\b(?:[A-Z][\w'.-]*(?: (?:of|the|for|de|di|zu|van|and|&))* |[A-Z][\w']*-)*"
    r"(?:University|Universit\u00e4t|Universit\u00e0|Universidad|Universitat|Universiteit|"
    r"Universit\u00e9|College|Institute|Institut|Instituto|Istituto)\b"
    r"(?:(?: (?:of|the|for|de|di|zu|van|and|&))* [A-Z][\w'-]*)*"
)
_NOT_INSTITUTION = re.compile(r"^(?:Department|Dept|School|Faculty|Division|Centre|Center)\b")


def _has_institution_word(text: str) -> bool:
    # (plain substring tests: a case-blind pattern would scan every mail much slower)
    return any(part in text for part in _INSTITUTION_PARTS)


_INSTITUTION_PARTS = ("niversit", "ollege", "nstitu", "stituto")


def _institution_named(text: str) -> str | None:
    """The university or institute a mail names most often (first on ties), not a department
    of it: 'University of Michigan' of '(Department of Sociology, University of Michigan)'."""
    if not _has_institution_word(text):
        return None
    counts: dict[str, int] = {}
    for match in _INSTITUTION_NAME.finditer(text):
        name = match.group(0).strip(".,")
        if _NOT_INSTITUTION.match(name) or len(name.split()) < 2 or len(name.split()) > 8:
            continue
        counts[name] = counts.get(name, 0) + 1
    # (a university before its colleges and institutes: 'College of Engineering')
    return max(counts, key=lambda n: ("Univers" in n, counts[n])) if counts else None


_POSSESSIVE_NAME = re.compile(r"['\u2019]s(?=[ \t]*(?:$|[-\u2013|(#,.!?\n<]))", re.M)
_SAINT = re.compile(r"(?:St|Mt|Ft|Ste)\.? [A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*){0,4}")


_NAME_LINE = re.compile(rf"{_CAP}(?: (?:{_CAP}|of|for|and|the|&))*")
_HEAD_WORDS = words(
    "institute center centre coalition alliance partners council foundation fund society "
    "association campaign network collaborative initiative trust project partnership "
    "advocates league forum lab laboratory"
)


def _name_line(company: str, text: str) -> str | None:
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
            remit = added[0] in ("for", "of") and company.split()[-1].lower() in _HEAD_WORDS
            if (remit or set(added) & _HEAD_WORDS) and not set(added) & (
                _NOT_COMPLETING | _GENERIC
            ):
                return line
        start = text.find(company, start + len(company))
    return None


def _whole_written_name(company: str, text: str) -> str:
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
                letters = [squash(t) for t in tokens[:j] if t.lower() not in _CONNECTORS]
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


def _brand_of_branch(company: str, addr: str) -> str:
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


_COUNTRIES = words(
    """
    great britain south africa saudi arabia sri lanka costa rica nederland deutschland
    polska espana españa méxico mexico brasil italia schweiz suisse sverige norge danmark
    egypt ghana uganda tanzania rwanda ethiopia morocco turkey greece romania hungary czech
    luxembourg colombia peru ecuador uruguay taiwan gb uk usa us emea apac latam nordics
    benelux dach
    """
)


# Words of a personal address that are no business name: 'jen.aquino.hr', 'mia.staff'.
_NOT_BUSINESS = words("hr staff office jobs job admin info mail team careers work the official")


def _personal_business(addr: str, person: str | None, text: str) -> str | None:
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
        written = _business_name(text, part) or _written_name(text, part)
        if written and not _named_person(written) and not _own_name(squash(written), own):
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
    found = [_STREET_TAIL.sub("", f) for f in found if not _named_person(f)]
    found = [f for f in found if len(f.split()) <= 4 and squash(f).startswith(key)]
    return max(found, key=lambda f: len(f.split())) if found else None


_STREET_TAIL = re.compile(
    r"(?: [A-Z][\w'-]*)? (?:Dr|St|Rd|Ave|Blvd|Street|Road|Drive|Avenue|Lane|Way|Hwy)\.?$"
)
_WRITTEN_OR_ONE = re.compile(r"\b[A-Z][\w'\u2019]*(?:(?: (?:&|and) | )[A-Z][\w'\u2019]*)*")


def _named_person(name: str) -> bool:
    return looks_like_person(name) and squash(name.split()[0]) in GIVEN_NAMES


def _has_title_word(text: str) -> bool:
    return any(w.strip(".,()").lower() in ROLE_HEADS for w in text.split())


# Capitalized words run together, joined by spaces, '&', 'and' or hyphens: "Cobalt Ridge",
# "Halden & Rowe", "Marsh McLennan".
# (with the small words names keep inside: "Sabores do Minho", "Cervecera del Tajo",
# "Bolton at Home")
_NAME_JOINS = r" (?:&|and|\+|at|of|the|do|da|dos|das|de|del|di|du|des|la|le|van|von|der|y|e) "
_WRITTEN_NAME = re.compile(rf"\b[A-Z][\w'.]*(?:(?:{_NAME_JOINS}| |-)[A-Z][\w'.]*)+")


def _written_name(text: str, slug: str) -> str | None:
    """The name the mail writes with the letters of a domain root ('cobaltridge' -> 'Cobalt
    Ridge', 'haldenrowe' -> 'Halden & Rowe', 'marksandspencer' -> 'Marks & Spencer'): the
    domain is the key, the written form the name."""
    key = squash(slug)
    if len(key) < 4 or not text or key[:2] not in _umlauts_spelled(text.lower()):
        return None
    # German domains spell umlauts out: kuehlhaus-wentorf.de is "Kühlhaus Wentorf"
    spelled = any(c in text for c in _UMLAUTS)
    for match in _WRITTEN_NAME.finditer(text):
        found = match.group(0)
        if key[:2] not in squash(_umlauts_spelled(found) if spelled else found):
            continue
        parts = re.split(rf"({_NAME_JOINS}| |-)", found)
        for i in range(0, len(parts), 2):
            for j in range(i, min(len(parts), i + 8), 2):
                name = "".join(parts[i : j + 1])
                if key in (squash(name), squash(name.replace("&", "and").replace("+", "and"))):
                    return name.strip(".")
                if spelled and key == squash(_umlauts_spelled(name)):
                    return name.strip(".")
    return None


_UMLAUTS = "\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df"
_UMLAUT_SPELLING = str.maketrans(
    {
        "\u00e4": "ae",
        "\u00f6": "oe",
        "\u00fc": "ue",
        "\u00c4": "Ae",
        "\u00d6": "Oe",
        "\u00dc": "Ue",
        "\u00df": "ss",
    }
)


def _umlauts_spelled(text: str) -> str:
    return text.translate(_UMLAUT_SPELLING)


# A written institution-like name on one line: "University of Southampton", "Lawrence
# Berkeley National Laboratory", "Università di Bologna".
_LINE_NAME = re.compile(
    r"\b[A-Z][\w'.-]*(?:(?: (?:of|the|de|di|degli|del|della|van|von|zu|for|and|&))* "
    r"[A-Z][\w'.-]*)+"
)
_CONNECTORS = words("of the de di degli del della van von zu for and")


def _short_for(key: str, words: list[str]) -> bool:
    """A domain root made of the starts of some of the words, in order ('tum' Technical
    University (of) Munich, 'unibo' Università (di) Bologna, 'lbl' Lawrence Berkeley
    (National) Laboratory), or letters of one word from its start ('soton' Southampton)."""
    if not key:
        return True
    for j, word in enumerate(words):
        for size in range(min(len(key), len(word)), 0, -1):
            if word.startswith(key[:size]) and _short_for(key[size:], words[j + 1 :]):
                return True
    return False


def _glued_from(key: str, words: list[str]) -> bool:
    """A root glued from the whole first word and the starts of later ones, in order
    ('stuartreynolds' Stuart Reynolds, 'pinewoodcap' Pinewood Capital (Partners),
    'ironbridgerec' Ironbridge Recruitment): more than the first word alone."""
    first = words[0] if words else ""
    return (
        len(first) >= 3
        and len(key) > len(first)
        and key.startswith(first)
        and _short_for(key[len(first) :], words[1:])
    )


def _subsequence(key: str, word: str) -> bool:
    letters = iter(word)
    return word[:1] == key[:1] and all(c in letters for c in key)


def _abbreviated_name(text: str, slug: str) -> str | None:
    """The institution a short domain root stands for, as the mail writes it ('soton' ->
    'University of Southampton', 'lbl' -> 'Lawrence Berkeley National Laboratory')."""
    key = squash(slug)
    if not 3 <= len(key) <= 24 or not text:
        return None
    long = len(key) > 8
    for match in _LINE_NAME.finditer(text):
        name = match.group(0).strip(".")
        if key[0] not in name.lower():
            continue
        words = [squash(w) for w in name.split() if w.lower() not in _CONNECTORS]
        words = [w for w in words if w]
        if len(words) < 2 or looks_like_person(name):
            continue
        if long:
            # a longer root spells the name from its first word on ('pcpartners' Paxton
            # Capital Partners, 'ovdistribution' Ohio Valley Distribution)
            if (
                words[0][0] == key[0]
                and not _short_for(key, words[:1])
                and any(
                    words[0].startswith(key[:size]) and _short_for(key[size:], words[1:])
                    for size in range(1, min(len(key), len(words[0])) + 1)
                )
            ):
                return name
            continue
        if _short_for(key, words) or (len(key) >= 4 and any(_subsequence(key, w) for w in words)):
            return name
    return None


def _title(slug: str, text: str = "") -> str:
    """A name for a bare domain root: 'acme-bio' -> 'Acme Bio', 'harborbank' -> 'Harbor Bank';
    the mail's own written form when it writes one with those letters, or one the root
    abbreviates ('soton' -> 'University of Southampton')."""
    written = (_written_name(text, slug) or _abbreviated_name(text, slug)) if text else None
    if written:
        return written
    return " ".join(
        word.capitalize()
        for part in re.split(r"[-_.]+", slug)
        if part
        for word in _split_trade(part)
    )


_TRADE_LONGEST_FIRST = tuple(sorted(COMPANY_WORDS, key=lambda w: (-len(w), w)))


def _split_trade(part: str) -> list[str]:
    """'harborbank' -> ['harbor', 'bank'], 'beaconstreetbrewing' -> ['beacon', 'street',
    'brewing']: a company word that ends a squashed domain is a word of the name (at most
    three are split off; what is left keeps at least four letters)."""
    tail: list[str] = []
    for _ in range(3):
        word = next(
            (w for w in _TRADE_LONGEST_FIRST if part.endswith(w) and len(part) - len(w) >= 4),
            None,
        )
        if word is None:
            break
        tail.insert(0, word)
        part = part[: -len(word)]
    return [part, *tail]


@Language.factory(
    "sneaker_org",
    default_config={"agencies": "agencies.txt", "header_only_kinds": ["job_alert"]},
)
def make_org_finder(
    nlp: Language, name: str, agencies: str, header_only_kinds: list[str]
) -> OrgFinder:
    return OrgFinder(name, agencies, header_only_kinds)

"""The candidate finder's patterns: (weight, regex) for the body and the subject, with the
literal words that gate each one (most mail skips most patterns, which keeps it fast), and
the line-shaped ones (job cards, "Company:" fields, sign-off lines)."""

from __future__ import annotations

import re

from extractors.org_names import CAP, IGNORE_CASE, ORG
from extractors.org_wording_eu import (
    EU_PATTERNS,
    EU_STARTS,
    EU_SUBJECT_PATTERNS,
    IBERIAN_NEEDLES,
    IBERIAN_PATTERNS,
    NEWS_FROM_PATTERN,
    NEWS_FROM_STARTS,
    SENT_PATTERN,
    SENT_STARTS,
    SENT_SUBJECT_PATTERNS,
)

# (weight, regex); the ORG group is case-sensitive, the context around it is not.
BODY_PATTERNS: list[tuple[float, str]] = [
    (
        6.0,
        IGNORE_CASE.format(
            r"\b(?:(?:application|resume|r\u00e9sum\u00e9|cv|profile|candidacy) (?:was |has been |"
            r"is being )?(?:sent|submitted|received|forwarded|delivered|viewed|reviewed|"
            r"presented|shared) (?:to|by|with)"
            # "Your application for Site Manager has been sent to X" (Trade Me, Totaljobs),
            # "The following items were sent to X" (Indeed Apply)
            r"|(?:application|resume|cv) for [^\n]{1,80}? (?:was|has been) (?:sent|submitted|"
            r"forwarded|delivered) to|(?:items|documents) (?:were|have been) (?:sent|"
            r"submitted|forwarded|delivered) to)\s"
        )
        + ORG,
    ),
    (6.0, IGNORE_CASE.format(r"\b(?:sent|submitted) your application to\s") + ORG),
    (
        5.0,
        IGNORE_CASE.format(
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
        IGNORE_CASE.format(
            r"\binterest in (?:joining|working (?:at|for|with)|a career (?:at|with)|"
            r"(?:a |the )?(?:position|role|career|job|opportunity|opportunities) (?:at|"
            r"with)|employment (?:at|with)|the team at)\s"
        )
        + ORG,
    ),
    (
        3.0,
        IGNORE_CASE.format(
            r"\b(?:position|role|job|opening|opportunity|opportunities|career|careers|"
            r"employment|positions|roles|interview|interviews|offer|candidacy|"
            r"internship|vacancy|requisition|team|process) (?:at|with|from)\s"
        )
        + ORG,
    ),
    (
        5.0,
        IGNORE_CASE.format(
            r"\b(?:applying|applied|apply|application|applications) (?:to|at|with)"
            r"(?: the team at)?\s"
        )
        + ORG,
    ),
    (
        3.0,
        IGNORE_CASE.format(
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
        + IGNORE_CASE.format(
            r"(?:'s)? (?:talent acquisition|recruiting|recruitment|hiring|"
            r"people|careers?|hr|human resources|talent|university recruiting|"
            r"campus recruiting|people operations|people ops) ?"
            r"(?:team|department|group|partner|organization)?\b"
        ),
    ),
    (
        2.5,
        ORG
        + IGNORE_CASE.format(
            r" (?:is|are|has|have) (?:hiring|looking|seeking|growing|excited|pleased|invited|"
            r"asked|reviewing|currently|decided|reviewed|received|chosen|selected|filled|moved|"
            r"closed|made|completed|extended|requested|scheduled|viewed|ready|interested|"
            r"impressed|eager|keen|opening|expanding|advertising|opened|updated)"
        ),
    ),
    # an agency's client after "my / our / the client (is)" and the same words in other
    # languages: "le client, c'est X", "nuestro cliente, X", "nasz klient, firma X",
    # "unser Kunde, die X", "onze klant X", "the client (X)"
    (
        4.0,
        IGNORE_CASE.format(
            r"(?:(?<=\bmy )|(?<=\bour )|(?<=\bthe )|(?<=\bnotre )|(?<=\ble )|(?<=\bnuestro )|"
            r"(?<=\bel )|(?<=\bnosso )|(?<=\bo )|(?<=\bnasz )|(?<=\bonze )|(?<=\bde )|"
            r"(?<=\bunser )|(?<=\bunseres )|(?<=\bder )|(?<=\bnostro )|(?<=\bil )|(?<=\bmi )|"
            r"(?<=\bmeu ))(?:client|cliente|klient|klant|kunden?),?"
            r"(?:\s(?:is|est|es|\u00e9|ist|jest|to|c'est|c\u2019est),?)?\s\(?"
            r"(?:(?:firma|la empresa|a empresa|l'entreprise|la soci\u00e9t\u00e9|die|der|das) )?"
        )
        + ORG,
    ),
    (3.0, IGNORE_CASE.format(r"\b(?:event type|event name|event|what):\s") + ORG),
    (
        3.0,
        r"(?m)^[^\n]{0,60}?(?i:recruit\w*|talent[^\n|,]*|sourcer|manager|director|partner|"
        r"coordinator|head of [a-z ]+|hr|lead|people[^\n|,]*|engineer|founder|ceo|cto)"
        r"\s*(?:\||,|@|at|-|\u2013)\s*" + ORG + r"\s*$",
    ),
    (
        3.0,
        IGNORE_CASE.format(
            r"\b(?:recruiter|sourcer|coordinator|partner|manager|director|lead|"
            r"talent acquisition|head of talent|founder|ceo|cto) (?:at|with|for)\s"
        )
        + ORG,
    ),
    (2.0, IGNORE_CASE.format(r"\b(?:careers? at|jobs at|life at)\s") + ORG),
    (1.5, IGNORE_CASE.format(r"\bat\s") + ORG),
    (2.5, IGNORE_CASE.format(r"\binterest in\s(?:the\s)?") + ORG),
    (
        3.0,
        IGNORE_CASE.format(r"\b(?:i'm|i am|this is|my name is)\s")
        + r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?"
        + IGNORE_CASE.format(r",?\s(?:with|from|at|of)\s")
        + ORG,
    ),
    (2.5, r"\n[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}\n(?:[^\n]{0,60}\n)?" + ORG + r"\s*\Z"),
    (1.0, IGNORE_CASE.format(r"\b(?:from|with|for|by)\s(?:the\s)?") + ORG),
    (
        3.0,
        IGNORE_CASE.format(r"\byour\s")
        + ORG
        + IGNORE_CASE.format(r"\s(?:application|interview|offer|candidacy)"),
    ),
    # "Mercy Bayview Hospital viewed your application", "Acme would like you to apply".
    (
        4.0,
        ORG
        + r"\.?"
        + IGNORE_CASE.format(
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
        + IGNORE_CASE.format(
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
        r"\((?P<org>(?:" + CAP + r" (?:(?:of|and|&|the) )?){0,5}"
        r"(?:Administration|Agency|Department|Service|Bureau|Office|Trust|Council|Authority|"
        r"Commission|Hospital|University|College|School|Academy|Institute|Group|Corporation|"
        r"Foundation|Ministry))\)",
    ),
]
BODY_PATTERNS += [
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
        IGNORE_CASE.format(r"\bclients?\b[^.\n]{0,60}?(?:\bit's|\bit is|\bit\u2019s|, the)\s")
        + ORG
        + r"(?=[\s.,;:!)]|$)",
    ),
]
# Literal strings (lower case) one of which must occur for a body pattern to be tried at
# all: most mail skips most patterns, which keeps the component fast.
# Keyword-led patterns: the words they can start with (lower case). The others (led by
# the name itself) scan the text, and only when one of their needles occurs.
BODY_STARTS: dict[int, tuple[str, ...]] = {
    0: (
        "application",
        "resume",
        "r\u00e9sum\u00e9",
        "cv",
        "profile",
        "candidacy",
        "items",
        "documents",
    ),
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
    9: ("client", "klient", "klant", "kunde"),
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
BODY_NEEDLES: dict[int, tuple[str, ...]] = {
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
BODY_NEEDLES[20] = (
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
BODY_NEEDLES[21] = (" ltd", " limited", " inc", " llc", " plc", " gmbh")
BODY_NEEDLES[22] = (
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
BODY_STARTS[23] = (
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
BODY_STARTS[24] = BODY_STARTS[23]
BODY_NEEDLES[25] = ("(",)
BODY_NEEDLES[26] = (" team",)
BODY_NEEDLES[27] = (" sent you", " messaged you")
BODY_NEEDLES[28] = ("client",)
BODY_PATTERNS += EU_PATTERNS
BODY_STARTS[29] = EU_STARTS
# An agency that sent the candidate's CV to its client names the client: "I've sent your
# CV across to Henshaw Foods", "I've submitted your profile over to Ardent".
BODY_PATTERNS.append(
    (
        5.0,
        IGNORE_CASE.format(
            r"\b(?:sent|submitted|forwarded|presented|passed) (?:your|you)(?: (?:cv|resume|"
            r"r\u00e9sum\u00e9|profile|details|application))?(?: (?:across|over|forward|"
            r"through|on))? to\s(?:the team at\s)?"
        )
        + ORG,
    )
)
BODY_STARTS[30] = ("sent", "submitted", "forwarded", "presented", "passed")
BODY_STARTS[len(BODY_PATTERNS)] = SENT_STARTS
BODY_PATTERNS.append(SENT_PATTERN)
BODY_STARTS[len(BODY_PATTERNS)] = NEWS_FROM_STARTS
# (where a person's name may stand as well: 'bericht van Robin van Dijk')
PERSON_OR_ORG = frozenset({len(BODY_PATTERNS)})
BODY_PATTERNS.append(NEWS_FROM_PATTERN)
IBERIAN = len(BODY_PATTERNS)
BODY_PATTERNS += IBERIAN_PATTERNS
BODY_NEEDLES.update(enumerate(IBERIAN_NEEDLES, IBERIAN))
# Polish puts the client after the verb: "klientem jest Aptiv" (the client is Aptiv), with
# no word before it that pattern 9 reads ("Tak jak mówiłam, klientem jest X").
BODY_NEEDLES[len(BODY_PATTERNS)] = ("klientem",)
BODY_PATTERNS.append((4.0, IGNORE_CASE.format(r"\bklientem jest\s") + ORG))

SIGNATURE_PATTERNS = frozenset({11, 17, 26})
# Patterns whose matches never cross a line end: they are searched only on the lines that
# hold one of these strings (lower case; every match holds one), not over the whole mail.
# The ORG-led ones would otherwise be tried at every word of the text.
LINE_NEEDLES: dict[int, str] = {
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
# (its keyword as the pattern has it, then the separator the pattern needs after it, or
# the line's end: a separator on the next line is matched by the pattern's \s*)
LINE_START_KEYWORDS = {
    11: r"(?:recruit\w*|talent[^\n|,]*|sourcer|manager|director|partner|coordinator|"
    r"head of [a-z ]+|hr|lead|people[^\n|,]*|engineer|founder|ceo|cto)"
    r"\s*(?:\||,|@|at|-|\u2013|$)"
}
# (?i) also lets 'i' match a dotless i and 's' a long s, which str.lower() keeps as they
# are: mail with either is searched the plain way.
ODD_CASE = ("\u0131", "\u017f")
SUBJECT_PATTERNS: list[tuple[float, str]] = [
    # "Your application to Acme was viewed", "You applied to Acme on Indeed": the name
    # ends where the lower-case words begin.
    (
        4.0,
        IGNORE_CASE.format(
            r"\b(?:application|applied|applying)(?: (?:was |has been )?(?:sent|submitted|"
            r"received|viewed|delivered))? (?:to|at|with)\s"
        )
        + ORG,
    ),
    (
        3.0,
        # (and the same in German, French, Dutch, Italian: "Stelle bei Elbwerk")
        IGNORE_CASE.format(
            r"\b(?:to|at|from|by|@|for joining|joining|in front of|with|bei|chez|bij|presso|"
            # (Spanish, Portuguese: "Novedades en tu candidatura a Clínicas Vitae")
            r"en|a|con|para|em|na|no|com|\u00e0|ao)\s"
        )
        + ORG
        + r"\s*[!.?]?\s*$",
    ),
    (
        2.5,
        IGNORE_CASE.format(
            r"\b(?:to|at|from|@|(?:interview|interviewing|offer) with|bei|chez|bij)\s"
        )
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
        + IGNORE_CASE.format(r"\b(?:application|interview|offer|next steps)\b")
        + ")",
    ),
    (
        3.0,
        IGNORE_CASE.format(r"your\s")
        + ORG
        + IGNORE_CASE.format(r"\s(?:application|interview|offer|candidacy)"),
    ),
    (3.0, ORG + r"\s*<>"),
    (3.0, r"<>\s*" + ORG),  # "Sam Okafor <> Brightmoor Media": the reader is dropped later
    # "Acme has an update on your application": a subject led by the employer's name.
    (
        3.0,
        # (after the reader's first name a board puts first: "Marcus, Lineage is hiring")
        r"^(?:(?i:re|fwd?|reminder|update|action required|invitation):\s*)?"
        r"(?:[A-Z][a-z]+,\s+)?"
        + ORG
        + r"\.?(?:'s)? (?:is|are|has|have|was|were|would|wants|will|received|reviewed|viewed|"
        r"invited|invites|shortlisted|expires|expiring|updated|messaged|sent|shared|"
        r"just posted|posted)\b",
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
SUBJECT_PATTERNS += EU_SUBJECT_PATTERNS + SENT_SUBJECT_PATTERNS
# An agency's meeting with its client, the client named after a dash: "Entrevista con
# cliente - Lear Corporation / Supervisor", "Presentación a cliente – Laboratorios X",
# "Interview with the client: Acme". Only after the meeting word and the client word: a
# bare "cliente - X" subject more often names a sector or a title (orgs drops a title
# read here: "Entrevista con cliente - Jefe de Almacén").
CLIENT_MEETING = re.compile(
    r"^(?:(?i:re|fwd?|aw|tr|rv):\s*)*"
    r"(?i:entrevista|entretien|entrevue|presentaci\u00f3n|apresenta\u00e7\u00e3o|interview|"
    r"meeting|rozmowa|gespr\u00e4ch|colloquio)\s+"
    r"(?i:(?:con|avec|com|a|al|ao|au|with|mit|z|met|chez)\s+)?"
    r"(?i:(?:el|la|le|o|the|our|your|su|nuestro|notre|nosso|dem|unserem)\s+)?"
    r"(?i:cliente?|klient(?:em)?|kunden?|klant)\s*[-\u2013:|]\s*" + ORG + r"\s*(?:[-|:/\u2013]|$)"
)
# Subject patterns led by the name itself scan every position: tried only when the text
# they need occurs.
SUBJECT_NEEDLES: dict[int, tuple[str, ...]] = {5: ("<>",), 6: ("<>",), 8: ("-", "|", ":")}
# LinkedIn / Indeed application cards: a title line, then "Acme · City" or "Acme - City".
CARD = re.compile(r"^[^\n]{3,90}\n" + ORG + r"\.?(?: \u00b7 | - | \| )(?P<rest>[^\n]*)", re.M)
# A sign-off line; the organization is one of the few lines under it ("Kind regards,\nHR
# Department\nSt Vincent's University Hospital").
SIGN_OFF = re.compile(
    r"(?im)^(?:kind regards|best regards|warm regards|warmest regards|regards|best wishes|"
    r"many thanks|thanks|thank you|sincerely|yours sincerely|yours faithfully|yours truly|best|"
    r"cheers|with thanks|all the best|respectfully)[,.!]?[ \t]*$"
)
LINE_ORG = re.compile(ORG + r"[ \t]*[.,]?$")
# "Agency: Department of Veterans Affairs", "Employer: Acme", "Hiring organisation: Acme"
# "Posted by: Vikram Sethi, Meridian Executive Search"
POSTED_BY = re.compile(
    r"(?m)^[ \t]*(?i:posted by|recruiter|consultant|contact)[ \t]*:[ \t]*"
    r"(?:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},[ \t]*)?" + ORG + r"[ \t]*$"
)
# (a field's name may go on with its Asian legal form: "Company: LUMEN PAY PTE. LTD.")
_ORG_WITH_FORM = ORG[:-1] + r"(?:\.?[ \t]+(?i:pte|pvt|pty)\.?)?(?:[ \t]+(?i:ltd|limited)\b\.?)?)"
FIELD = re.compile(
    r"(?m)^[ \t]*(?i:agency|employer|company|organi[sz]ation|hiring (?:organi[sz]ation|"
    r"company|entity)|client|"
    # (the same fields in other languages)
    r"cliente|klient|klant|kunde|empresa|entreprise|soci\u00e9t\u00e9|unternehmen|arbeitgeber|"
    r"employeur|empleador|empregador|pracodawca|werkgever|firma)[ \t]*:[ \t]*"
    + _ORG_WITH_FORM
    + r"\.?(?:,[^\n]*)?[ \t]*$"
)
SENT_TO = re.compile(
    IGNORE_CASE.format(
        r"\b(?:application|cv|resume|r\u00e9sum\u00e9|profile)\b(?: \w+){0,2}? "
        r"(?:sent|submitted|delivered|forwarded) to\s"
    )
    + ORG
)
# "Invitee: Rachel Green (Fathom Analytics)": a person and, in brackets, their employer.
PERSON_BRACKET = re.compile(r"\b[A-Z][a-z'-]+ [A-Z][a-z'-]+ \(" + ORG + r"\)")

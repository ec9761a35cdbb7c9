"""Where mail writes a job title: the body's sentence and label patterns, the subject's, with
the keywords and needles that say where each can match; titles of lower-case subjects."""

from __future__ import annotations

import re

from extractors.lexicon import ORG, ROLE, TURKISH_ROLE
from extractors.role_cleaning import EMPLOYMENT
from extractors.role_words import FUNCTION_WORDS, NOT_ROLE_START, has_title_word

_I = "(?i:{})"


# The words for a post in Spanish, Portuguese, French and Italian ("la oferta", "el puesto").
_POST_WORD = (
    r"(?:oferta|vacante|posici\u00f3n|posicion|puesto|plaza|rol|vaga|posi\u00e7\u00e3o|"
    r"fun\u00e7\u00e3o|cargo|poste|offre|posizione|ruolo)\b"
)
# A lower-case word between an article and the title ("a confidential", "an exciting");
# role_search.FIRST gates patterns 0 and 7 with it too.
LOWER_WORD = r"(?:[a-z]+(?:-[a-z]+)*[ ])?"
# (weight, regex, title word required)
PATTERNS: list[tuple[float, str, bool]] = [
    (
        4.0,
        _I.format(r"\b(?:for|as|to|in|about|on|regarding) (?:the|our|a|an|your|this)\s")
        # one lower-case word before the title: "on a confidential Head of Sales search",
        # "for the new Data Engineer position"
        + LOWER_WORD
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
        _I.format(r"\b(?:for|to) the (?:role|position|post|vacancy|opening|job)\s(?:of\s)?") + ROLE,
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
        + LOWER_WORD
        + rf"(?:{EMPLOYMENT}\s)?"
        + ROLE
        + r"(?:\s(?:(?i:position|post|role|opening|job|opportunity|vacancy|requisition)"
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
        # "Position(s) applied for:", then the title after a list bullet
        r"ruolo|functie|phone screen|screening call|recruitment)(?:\(s\)|s)?"
        r"(?:[ \t]+(?i:applied for))?\s*(?:name)?\s*:\s*(?:[*\u2022\u00b7][ \t]+)?" + ROLE,
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
        # ("the following position:" over the title on a line of its own)
        _I.format(r"\b(?:role|position|opening|vacancy|posting|opened)\b[^.\n:]{0,40}:")
        + r"[ \t]*(?:\n[ \t]*){0,2}"
        + ROLE,
        True,
    ),
    # A skills test named "<title> - <skills>": "Assessment: Finance Manager - Excel".
    (
        3.0,
        _I.format(r"\b(?:assessment|test|challenge)\s*:\s*") + ROLE + r"(?=\s[-\u2013]\s)",
        True,
    ),
    # The same slots in other languages: "Bewerbung als X", "au poste de X", "la vaga de X",
    # "el puesto de X", "la posizione di X", "de functie van X", "die Stelle als X", the Thai
    # word for a post ("\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07 Front Office Manager").
    (
        3.0,
        _I.format(
            r"\b(?:als|au poste(?: d[e'])?|poste d[e']|puesto de|vaga de|vaga|posizione di|"
            r"functie van|stelle als|plaza de|mandat d[e']|cargo de|ruolo di|"
            "\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07)\\s*"
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
    # The application's slot in Dutch mail: "je sollicitatie op de vacature X", "uw
    # sollicitatie naar de functie van X", "je reactie op 'X'", "je aanbieding voor X", "een
    # uitnodiging voor een gesprek voor de functie X".
    (
        3.5,
        _I.format(
            r"\b(?:sollicitatie|reactie|aanbieding|inschrijving|kandidatuur|interesse|"
            r"uitnodiging|sollicitatiegesprek|gesprek|kennismaking|kennismakingsgesprek|"
            r"assessment|arbeidsovereenkomst|aanvraag|opdracht)\s+(?:op|voor|als|naar)\s+"
            r"(?:(?:de|het|een)\s+)?(?:(?:functie|vacature|opdracht|rol|positie|baan)\s+"
            r"(?:van\s+(?:een\s+)?)?)?"
        )
        + r"['\"\u2018\u201c]?"
        + ROLE,
        True,
    ),
    # The post named by its word in Dutch: "de vacature 'X' is gesloten", "voor de functie X".
    (
        3.0,
        _I.format(
            r"(?:(?<=\bde )|(?<=\bhet )|(?<=\bdeze )|(?<=\bonze ))"
            r"(?:functie|vacature|opdracht|rol|positie)\s+(?:van\s+(?:een\s+)?)?"
        )
        + r"['\"\u2018\u201c]?"
        + ROLE,
        True,
    ),
    # Who is sought, in Dutch: "ik zoek een X", "een opdracht voor een X bij", "als X".
    (
        2.5,
        _I.format(r"\b(?:zoek|zoeken|zoekt|voor|als)\s+(?:een|onze|naar een)\s")
        + ROLE
        + r"(?=\s(?:bij|die|voor|in|met|op)\b|\s?[.,!(\n:|\u2013-]|$)",
        True,
    ),
    # The process named for its post: "the selection process for 7th Grade Science",
    # "the hiring process of Senior Buyer".
    (
        3.0,
        _I.format(r"\bprocess (?:for|of) (?:the )?") + ROLE,
        True,
    ),
    # The post's word before the title in Greek and Finnish: "\u03b8\u03ad\u03c3\u03b7
    # Chartering Manager" (the position), "\u03b3\u03b9\u03b1 \u03c4\u03b7
    # \u03b8\u03ad\u03c3\u03b7: X", "hakemuksesi teht\u00e4v\u00e4\u00e4n X" (to the post X).
    # (Greek mail writes no Latin accents, so the foreign-only slot of pattern 21 never runs
    # on it.)
    (
        3.0,
        _I.format(
            r"\b(?:\u03b8\u03ad\u03c3\u03b7[\u03c2\u03c0]?|teht\u00e4v\u00e4\u00e4n|teht\u00e4v\u00e4st\u00e4)"
            r"(?:\s*:)?\s*[\"\u00ab\u201c]?\s?"
        )
        + ROLE,
        True,
    ),
    # Turkish writes the post's word after the title, with its case endings: "X ilan\u0131na
    # ba\u015fvurunuz" (your application to the X posting), "X pozisyonu i\u00e7in", "X
    # ba\u015fvurunuz".
    # (a sentence's opening pronoun is no title's first word: "Sizinle X pozisyonu i\u00e7in
    # g\u00f6r\u00fc\u015fmek isterim", with you)
    # a verb's participle neither: "Ba\u015fvurdu\u011funuz X pozisyonu" (the X post you applied to)
    (
        2.5,
        r"(?!(?:Sizinle|Sizi|Size|Sizin|Bizimle|Bu|\u015eu|Merhaba|Say\u0131n)\b"
        r"|\w+[dt][\u0131iu\u00fc]\u011f[\u0131iu\u00fc]n[\u0131iu\u00fc]z\b)"
        + TURKISH_ROLE
        + r"\s+(?:ilan|pozisyon|ba\u015fvuru)",
        True,
    ),
    # The post's word before the title in Bulgarian, Russian and Ukrainian: "за позицията
    # „Счетоводител“", "по обявата Счетоводител (ДДС и ведомости)", "на вакансію «X»",
    # "на должность X".
    (
        3.0,
        _I.format(
            r"\b(?:позици(?:я|ята|ю|ї|ію)|длъжност(?:та)?|должност[ьи]|посад[ау]|"
            r"ваканси(?:я|ята|ю)|вакансі[юя]|обява(?:та)?)"
            r"(?:\s*:)?\s*[\"\u201e\u201c\u00ab]?\s?"
        )
        + ROLE,
        True,
    ),
]
# Keyword-led patterns: the words they can start with (lower case); see anchored_matches.
STARTS: dict[int, tuple[str, ...]] = {
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
    19: ("role", "position", "opening", "vacancy", "posting", "opened"),
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
        "\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07",
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
    29: (
        "sollicitatie",
        "reactie",
        "aanbieding",
        "inschrijving",
        "kandidatuur",
        "interesse",
        "uitnodiging",
        "gesprek",
        "kennismaking",
        "assessment",
        "arbeidsovereenkomst",
        "aanvraag",
        "opdracht",
    ),
    30: ("functie", "vacature", "opdracht", "rol", "positie"),
    31: ("zoek", "voor", "als"),
    32: ("process",),
    33: ("\u03b8\u03ad\u03c3\u03b7", "teht\u00e4v\u00e4"),
    35: ("позици", "длъжност", "должност", "посад", "ваканси", "вакансі", "обява"),
}
# The whitespace a cleaned text can hold (text.py turns tabs, no-break and other spaces into
# " "): a keyword followed by one of these is where a pattern needing `\s` can match.
# ... and the letters that match "i", "s" or "k" case-insensitively without lowering to them
RARE_WHITESPACE = re.compile("[\x1c-\x1f\x85\u1680\u2028\u2029\u0130\u0131\u017f\u212a]")
# Where a keyword is always followed by whitespace, the phrases it can start with: a short
# keyword ("a", "in", "as") starts thousands of words and every one was tried. Grouped by
# keyword so that matches come in the same order as with STARTS alone. Pattern 0 has a
# plain space after its keyword.
PHRASES: dict[int, tuple[tuple[str, ...], ...]] = {
    0: tuple((k + " ",) for k in STARTS[0]),
    5: tuple((k + " ", k + "\n") for k in STARTS[5]),
    7: tuple((k + " ", k + "\n") for k in STARTS[7]),
    21: tuple((k + " ", k + "\n") for k in STARTS[21]) + (("poste d'",), ("mandat d'",)),
    24: tuple((k + " ", k + ":") for k in STARTS[24]),
    32: (("process for ", "process of "),),
}
# What must follow a phrase for its pattern to match there (pattern 0: an article).
THEN: dict[int, tuple[str, ...]] = {
    0: tuple(a + w for a in ("the", "our", "a", "an", "your", "this") for w in " \n"),
}
# The pattern of the slots in other languages; of titles a person writes in lower case.
_FOREIGN = 21
ROMANCE_SLOT = 27
# The Dutch ones, run on Dutch mail (and the German and Dutch of _FOREIGN and 26 with them).
DUTCH_SLOTS = frozenset({29, 30, 31})
DUTCH_OR_GERMAN = frozenset({_FOREIGN, 26}) | DUTCH_SLOTS
FOREIGN_ONLY = frozenset({_FOREIGN, 26, ROMANCE_SLOT}) | DUTCH_SLOTS
# The pattern of a title in quotes, and the quotes it can open with.
QUOTED = 25
QUOTES = ('"', "\u201e", "\u201c", "\u00ab")
LOWER_BODY = 23
# Literal strings one of which must occur for a pattern led by the title to be tried.
NEEDLES: dict[int, tuple[str, ...]] = {
    6: ("opportunity", "position", "role", "opening", "contract"),
    9: (":",),
    12: (" at ", " @ "),
    15: ("\nre", "\n re"),
    34: (" ilan", " pozisyon", " ba\u015fvuru", "\nilan", "\npozisyon", "\nba\u015fvuru"),
}
# A mark that parts a subject: a hyphen only where it stands apart from a word on one side
# ("Acme - Data Engineer", "Acme -Data Engineer"); inside a word it joins it ("Front-End
# Developer" is no "End Developer").
_SUBJECT_MARK = r"[\u2013|:\]]|(?<!\w)-|-(?!\w)"
# A reply or forward mark, in English and other languages (German AW/WG, Nordic SV/VS,
# French TR, Italian RIF/R, Dutch Antw/Doorst, Spanish RV/RE, Portuguese ENC/RES).
_REPLY = r"(?i:re|fwd?|fw|aw|wg|sv|vs|tr|rv|rif|antw|doorst|enc|res)"
# The step a Dutch subject names before the title.
_DUTCH_STEP = (
    r"(?:(?:je|jouw|uw)\s+)?(?:uitnodiging\s*:?\s+)?(?:sollicitatiegesprek|"
    r"sollicitatieprocedure|sollicitatie|terugkoppeling|uitslag|aanbod|kennismaking|gesprek|"
    r"ontvangstbevestiging|ontvangst|vacature|opdracht|voorstel)"
    r"(?:\s+(?:sollicitatie(?:procedure)?|selectie|gesprek))?"
)
SUBJECT_PATTERNS: list[tuple[float, str, bool]] = [
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
            r"\s*(?:" + _SUBJECT_MARK + r")\s*"
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
        r"(?:"
        + _SUBJECT_MARK
        + r")\s*"
        + ROLE
        # a document's name in quotes: 'Signature requested on "Offer Letter - Title"'
        + r"(?:\s(?:roles?|positions?|jobs?|openings?|vacanc(?:y|ies)))?[\"\u201d']?\s*$",
        True,
    ),
    # "Submitted: Senior Backend Engineer - a healthcare technology client"
    (2.5, r"[:|]\s*" + ROLE + r"(?=\s+[-\u2013]\s+[a-z])", True),
    # the part after the subject's last mark: "New event: Interview Acme - Account Manager"
    (2.5, r"^.*(?:" + _SUBJECT_MARK + r"|!)\s*" + ROLE + r"\s*$", True),
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
    # A Dutch subject's step, then the title: "Uitnodiging sollicitatiegesprek X",
    # "Terugkoppeling sollicitatie X", "Je sollicitatie X", "Acme - uitnodiging gesprek X"
    (
        3.0,
        r"^(?:"
        + _REPLY
        + r":\s*)*(?:[^:\n]{0,30}?(?::|\s[-\u2013|])\s*)?"
        + _I.format(_DUTCH_STEP)
        + r"(?:\s*:)?\s+"
        + ROLE,
        True,
    ),
]
# Part of each subject pattern that any match contains: a quick search for it skips trying
# the title at every word of a subject that cannot match.
SUBJECT_GATES: dict[int, re.Pattern] = {
    0: re.compile(
        _I.format(
            r"\s(?:interview|phone screen|screen|call|chat|onsite|conversation)s?\s(?:with|at)\s"
        )
    ),
    1: re.compile(_I.format(r"\s(?:at|@|with)\s")),
    2: re.compile(SUBJECT_PATTERNS[2][1][: -len(ROLE)]),
    3: re.compile(_I.format(r"\b(?:req|job|id|requisition|r-?\d|jr\d)")),
    4: re.compile(r"[-\u2013|:\]]"),
    5: re.compile(r"\s+[-\u2013]\s+[a-z]"),
    6: re.compile(r"[-\u2013|:\]!]"),
    7: re.compile(_I.format(r"\s(?:interview|phone screen|screen)s?\b")),
    9: re.compile(_I.format(r"\b(?:about|regarding|re)\s")),
    10: re.compile(r"\)\s*$"),
    11: re.compile(
        _I.format(
            r"\b(?:sollicitatie|terugkoppeling|uitslag|aanbod|kennismaking|gesprek|ontvangst|"
            r"vacature|opdracht|voorstel)"
        )
    ),
}
# A subject in lower case from a person: "Re: barista job", "night porter - would you be
# interested", "console operator". Up to four words ending in a title word.
_LOWER_SUBJECT = re.compile(
    r"^(?:" + _REPLY + r":\s*)*(?P<role>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)"
    r"(?: (?:job|jobs|role|roles|position|positions|shift|shifts|vacancy|opening|work))?"
    r"\s*(?:[-\u2013?!].*)?$"
)
# The weight of a title read from a lower-case subject: below every pattern's.
WEAK = 1.5
REPLY_LEAD = re.compile(r"^(?:" + _REPLY + r":\s*)+")


def lower_title(value: str) -> bool:
    """Lower-case words that make a title: none a function word, the last a title word."""
    found = value.split()
    return not any(w in FUNCTION_WORDS for w in found) and has_title_word(found[-1])


def lower_subject_title(subject: str) -> str | None:
    """The title of a person's subject written in lower case, title-cased; None if it is no
    such subject."""
    match = _LOWER_SUBJECT.match(subject)
    if not match:
        return None
    found = match.group("role").split()
    if (
        found[0].lower() in NOT_ROLE_START
        or any(w.lower() in FUNCTION_WORDS for w in found)
        or not has_title_word(found[-1])
    ):
        return None
    return " ".join(w.capitalize() for w in found)

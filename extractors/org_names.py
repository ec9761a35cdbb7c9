"""What may be an employer's name: the ORG grammar every candidate pattern uses, and
clean_org, which trims a candidate ("Acme Recruiting Team" -> "Acme") or refuses it (places,
departments, status words, job titles, reference codes, a person's given name)."""

from __future__ import annotations

import functools
import re

from extractors.lexicon import ORG_STOPWORDS, ROLE_HEADS, fold_accents, words
from extractors.senders import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    MAILBOX_ABROAD,
    MAILBOX_ENGLISH,
    RELAY_BRANDS,
    looks_like_person,
    matches_hint,
    read_words,
    squash,
)

IGNORE_CASE = "(?i:{})"
# lexicon.ORG, and initialisms with their dots ("U.S. Army Corps of Engineers").
# and names that start with an accented capital ("Ångström Robotics").
# (and Turkish capitals: "\u015ei\u015fecam", "\u0130\u015f Bankas\u0131")
_UP = "A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0130\u015e\u011e"
CAP = rf"(?:(?:[A-Z]\.){{2,}}(?= [A-Z])|[{_UP}][\w&'+.-]*[\w&+]|[{_UP}])"
# "for" joins a remit to an institution's head word ("Institute for Social Policy",
# "Coalition for Transit Equity", "Department for Education"), never "Acme for Senior ...".
_FOR_HEADS = (
    "Institute Center Centre Coalition Alliance Partners Council Foundation Fund Society "
    "Association Campaign Network Department Office Ministry Administration Agency "
    "Commission Committee Trust Authority School Museum Project Partnership Transport "
    "Advocates Initiative"
)
_FOR = "|".join(f"(?<={head} )" for head in _FOR_HEADS.split(" "))
# (with the small words names keep inside in other languages: "Escuela Americana del
# Pacífico", "Ministerie van Defensie", "Rijksdienst voor Ondernemend Nederland", "Banco do
# Brasil", "Università di Bologna")
_SMALL = "of|and|de|the|la|du|del|van|voor|der|den|di|da|do|dos|das|des"
_JOIN = rf"(?:{CAP}|&|{_SMALL}|(?=for )(?:{_FOR})for)"
ORG = rf"(?P<org>\b(?=[{_UP}]){CAP}(?:[ ]{_JOIN}){{0,5}})"
TRAILING = re.compile(rf"(?:\s+(?:&|for|{_SMALL}))+$")
GENERIC = words(
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
    # (accents folded: "Querétaro" and "Mexico" are the list's "queretaro" and "mexico")
    core = [fold_accents(w.lower().strip(".,()")) for w in words]
    core = [w for w in core if w and w not in _JOINERS]
    if not core:
        return True
    if all(w in PLACES for w in core) or all(w in DEPARTMENTS for w in core):
        return True
    if len(core) == 1 and core[0] in GIVEN_NAMES:
        return True
    return bool(_SENTENCE_START.match(words[0]))


ORG_TAIL = re.compile(
    # the display names' mailbox words (senders.MAILBOX_ENGLISH: "Acme Careers", "Acme
    # People & Culture", "Marlowe Insurance Early Careers", "FreshCart Hiring Assistant")
    r"(?:\s+(?:"
    + MAILBOX_ENGLISH
    + r"|Phone Screen|Technical Interview|Interview|Application|Jobs|Offer|Onsite|"
    r"Final Round|Next Steps|Confirmation|Virtual(?= Onsite| Interview)|"
    # the mailbox words of the other languages, the display names' own ("Teleflor
    # Selección", "Hrvatski Telekom Karijere", "Виваком Кариери"), in any case
     + IGNORE_CASE.format(MAILBOX_ABROAD) + r"|Talento Humano|Gesti\u00f3n Humana|"
    # Turkish: "TOFA\u015e \u0130nsan Kaynaklar\u0131" (human resources), "... \u0130K"
    r"\u0130nsan Kaynaklar\u0131|\u0130K|Personeelszaken|"
    # Estonian "personnel", written lower case ("Eesti Pank personal"): the English word
    # capitalized is a name's or a title's ("Personal Lines Pricing")
    r"personal|"
    # German: "Commerzbank Recruiting Center", "Bundesdruckerei Personalgewinnung",
    # "Infineon Talent Attraction"
    r"Recruiting Center|Talent Attraction|Personalgewinnung|Personalmarketing|"
    # the survey or scheduling mailbox of the recruiting team: "GitLab Candidate Experience"
    r"Candidate Experience|"
    # a public employer's personnel office: "AmeriCorps Human Capital", "HUD Personnel
    # Security", "VDSS Human Resource Management"
    r"Human Capital|Human Resources? Management|Personnel (?:Security|Office)|"
    # a programme or a seat of the employer: "Corvid Consulting Early", "Acme HQ"
    r"Early|HQ|Headquarters|"
    r"Background(?: Checks?)?|"
    # an IT or a programme team's mailbox or signature: "Mercy Corps IT Service Desk",
    # "Acme Helpdesk"; NGOs' monitoring and evaluation teams "X MEL" / "X M&E" / "X MEAL"
    r"(?:IT )?Service Desk|(?:IT )?Help ?[Dd]esk|IT Support|MEL|MEAL|M&E|"
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
    intake telephone virtual posting closed replacement
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
    confirmado confirmada confirmados cancelado cancelada reprogramado reprogramada
    enviado enviada recibido recibida agendado agendada
    """
) | words(
    # German capitalizes every noun, and its mail's headings and greetings read as names
    # ("Gute Nachrichten", "Deine Bewerbung", "Zugangsdaten", "Bestätigt"); the same words
    # of Dutch and French mail ("Goed nieuws", "Bonne nouvelle")
    """
    ihr ihre ihres ihrer ihren ihrem dein deine deines deiner deinen deinem unser unsere
    unseres unserer unseren unserem euer eure gute neue neues neuer nachricht nachrichten
    bewerbung bewerbungen bewerbungsunterlagen unterlagen bestätigt bestätigung
    eingangsbestätigung einladung termin terminbestätigung terminvorschlag zugangsdaten
    stelle stellen stellenangebot stellenangebote stellenanzeige interesse
    vorstellungsgespräch gespräch kennenlernen zusage erinnerung hinweis unternehmen
    unternehmens danke dank vielen herzlichen glückwunsch willkommen liebe lieber hallo
    grüße gruß freundlichen
    je jouw goed nieuws nieuw bericht sollicitatie bevestiging uitnodiging gesprek
    vacature bedankt welkom
    bonne bonnes nouvelle nouvelles merci bienvenue
    """
)
# A scheduler's or an e-signature service's own lines ("Powered by Calendly", "Add to
# calendar", "Former: Tue 3 Mar", "Need to make changes?", "Voided", "Reason: ..."): alone,
# no name.
_RELAY_LINE_WORDS = words(
    "powered add former apologies questions cancellation need reason voided welcome sign completed"
)
# "Ihr Bosch Recruiting Team", "Deine Bewerbung bei ...", "Votre candidature chez ...": a
# possessive opens no name
_POSSESSIVE = re.compile(
    r"^(?:Ihr|Ihre|Ihres|Ihrer|Ihren|Ihrem|Dein|Deine|Deines|Deiner|Deinen|Deinem|Unser|"
    r"Unsere|Unseres|Unserer|Unseren|Unserem|Votre|Vos|Uw|Jouw) (?=\S)"
)
NO_NAME_WORDS = _STATUS_WORDS | _RELAY_LINE_WORDS | GENERIC | ORG_STOPWORDS
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
# A word with three digits and two letters or more: a requisition or campaign code.
_CODE = re.compile(r"(?=(?:\D*\d){3})(?=(?:[^A-Za-z]*[A-Za-z]){2})[\w-]+")
_STREET_ADDRESS = re.compile(
    r"\d+[A-Za-z]? (?:[A-Z][\w'-]* )+(?:Rd|St|Ave|Blvd|Road|Street|Drive|Dr|Lane|Ln|Way|Hwy|"
    r"Highway|Parkway|Pkwy)\.?(?: [NSEW])?$"
    # ... or its town, state and ZIP code: "Mountain View CA 94043", "Austin, TX 78701-1234"
    r"|.*\b[A-Z]{2},? \d{5}(?:-\d{4})?$"
)
# "EA Licence 18C9912": four digits or more with a letter is a licence or reference number.
_LICENCE = re.compile(r"(?=(?:\D*\d){4})\w*[A-Za-z]\w*")
# "30 Minute Interview", "45 min": an event's length, not a name.
_DURATION = re.compile(r"\d+\s*(?:min|mins|minutes?|hours?|hrs?)\b", re.I)
_NAME_GOES_ON = re.compile(
    r" (?:and|&) (?=(?:the|I|I'd|I'm|I've|I'll|we|our|my|your|a|an)\b)", re.I
)


# Word sets clean_org tests every candidate against, united once.
_BRAND_OR_GENERIC = RELAY_BRANDS | GENERIC
_NOT_A_NAME_WORDS = RELAY_BRANDS | GENERIC | ORG_STOPWORDS
_POSSESSIVE_END = re.compile(r"'s$")
# Turkish writes a proper noun's case ending after an apostrophe ("Karsan'a" to Karsan,
# "Otokar'da" at Otokar, "Borusan Cat'teki" the one at Borusan Cat): the name ends at the
# apostrophe, and what follows it is the sentence ("Otokar'da G\u00f6vde ... M\u00fchendisi").
# Only after a capitalized word, as Turkish writes them ("l'un", "Hawai'i" aside).
_TURKISH_CASE = re.compile(
    r"\b([A-Z\u00c0-\u00de\u0130\u015e\u011e][\w.&-]*)['\u2019]"
    r"(?:y?[ae]|n[ae]|n?[dt][ae]n?|n?[dt][ae]ki|y?[\u0131iu\u00fc]|n?[\u0131iu\u00fc]n|"
    r"n[\u0131iu\u00fc]|y?l[ae])(?![\w'\u2019])"
)
_NO_LETTERS = re.compile(r"[\d\W]+")
# (the small words between a heading's nouns: "Nachrichten des Unternehmens")
_SMALL_WORDS = frozenset(_SMALL.split("|"))


# "on behalf of Prof. Lichtenfeld": a person's honorific alone is no employer.
_HONORIFICS = words("prof prof. professor dr dr. mr mr. mrs mrs. ms ms. sir dame")


# An HR unit's words before the name on a sign-off line: the employer is what follows.
ORG_HEAD = re.compile(
    # ('Recruitment' alone stays: 'Recruitment Genius' is an agency's name)
    r"^(?:HR(?: Department| Team)?|Human Resources(?: Department)?|Recruitment Team|"
    r"Talent Acquisition(?: Team)?|Recursos Humanos|RRHH|Personeelszaken|Werving|"
    # a German mailbox's or a heading's nouns before the name: "Stellenangebote Munich Re",
    # "Bewerbermanagement Deutsche Bahn", "Recruiting-Team der Deutschen Bahn", "Im Auftrag
    # der Raiffeisen Bank International" (on behalf of), "Unternehmen Heidelberg Materials"
    r"Stellenangebote|Bewerbermanagement|Personalabteilung|Recruiting-Team|Unternehmen|"
    r"(?:Im )?Auftrag|(?:Neue )?Nachricht|"
    # ... and a Spanish, Portuguese or French careers mailbox's: "Carreras Liverpool",
    # "Reclutamiento Sigma", "Carreiras Natura", "Recrutement Decathlon"
    r"Carreras|Carreiras|Carri\u00e8res|Reclutamiento|Recrutamento|Recrutement|"
    r"Selecci\u00f3n|Sele\u00e7\u00e3o|Empleos?)"
    r"(?: -|,| at| bij| de| der| des| von| \||:)? (?=[A-Z0-9])"
)


@functools.lru_cache(maxsize=8192)
def clean_org(value: str) -> str | None:
    """A candidate name trimmed, or None when it is not an employer's name."""
    # "Acme and I'd ...", "Acme and the Senior ...": a sentence goes on after the name.
    value = _NAME_GOES_ON.split(value, maxsplit=1)[0]
    turkish = _TURKISH_CASE.search(value)
    if turkish:
        value = value[: turkish.end(1)]
    owner, possessive, owned = value.partition("'s ")
    if possessive and {w.lower() for w in owned.split()} <= _BRAND_OR_GENERIC:
        value = owner  # "Acme's Workday", "Acme's careers site"
    value = TRAILING.sub("", value.strip(" .,;:!?'\"-|()")).strip()
    value = ORG_TAIL.sub("", value).strip()
    value = ORG_HEAD.sub("", value)  # "Recruitment Polder Payments", "HR Department SPBA"
    value = _POSSESSIVE_END.sub("", value)
    # "Ihr Bosch Recruiting Team", "Votre candidature chez ...": a possessive is no name
    value = _POSSESSIVE.sub("", value)
    value = _document_owner(value)
    if not value or len(value) > 50:
        return None
    words = value.split()
    if words[0] == "The" and len(words) >= 3:
        # "The Christie NHS Foundation Trust has asked ...": the name without its article
        words = words[1:]
        value = " ".join(words)
    first = words[0].lower().strip(".,")
    plain_first = first in ORG_STOPWORDS or first in GENERIC
    if (plain_first and not _generic_led_name(words)) or (first in _HONORIFICS and len(words) == 1):
        return None
    if not ORG_TAIL.sub("", " " + value):
        return None  # "Recursos Humanos", "Talent Acquisition": a mailbox's words alone
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
    # (a date's numbers with its month's name: "24 August 2026")
    if {w for w in lowered - _SMALL_WORDS if not w.isdigit()} <= NO_NAME_WORDS:
        return None
    if _ORDINAL.fullmatch(value):
        return None  # "Referred", "Selection Notification", "Documents Needed", "25th"
    if any(_CODE.fullmatch(w) or _LICENCE.fullmatch(w) for w in words):
        return None  # "Campaign 25STN041", "JR102931": a reference code, not a name
    return value


# An e-signature envelope's document: a file's name ("Ledgerwise_Offer_Letter_J_Whitfield.pdf")
# or its title ("Gilead Contract of Employment", "PSF Offer Letter") names the employer
# before the document's words, if at all.
_FILE = re.compile(r"_|\.(?:pdf|docx?)$", re.I)
_DOCUMENT_WORDS = re.compile(
    r"(?i)(?:^|\s)(?:offer letter|letter of offer|letter of|offer|contract of employment|"
    r"employment (?:contract|agreement)|contract|agreement|arbeitsvertrag|vertragsangebot|"
    r"carta oferta|letter)\b.*$"
)
_DOCUMENT_END = re.compile(
    r"(?i)\s+(?:offer letter|letter of offer|letter(?: of)?|contract of employment|"
    r"employment (?:contract|agreement))$"
)
# (a title that opens with them names no one: 'Carta Oferta', 'Arbeitsvertrag K. Wendt')
_DOCUMENT_START = re.compile(
    r"(?i)^(?:offer letter|letter of offer|contract of employment|employment (?:contract|"
    r"agreement)|arbeitsvertrag|vertragsangebot|carta oferta)\b"
)


def _document_owner(value: str) -> str:
    """The name before a document's words in a file's name or a document's title; '' when
    none is written ('Offer_Letter_A_Otieno.pdf', 'H Okafor.pdf', 'Carta Oferta')."""
    if _FILE.search(value):
        plain = re.sub(r"\.(?:pdf|docx?)$", "", value, flags=re.I).replace("_", " ")
        plain = plain.strip()
        owner = _DOCUMENT_WORDS.sub("", plain).strip()
        if owner != plain:
            return owner
        # (a file's name without a document's words is a person's or a form's; a name
        # with an underscore stays as written: "VNPAY_Thư" is cut later)
        return "" if re.search(r"\.(?:pdf|docx?)$", value, re.I) else value
    if _DOCUMENT_START.match(value):
        return ""
    if _DOCUMENT_END.search(value):
        return _DOCUMENT_WORDS.sub("", value).strip()
    return value


def _generic_led_name(words: list[str]) -> bool:
    """'Global Gateway Solutions', 'IT Craft Staffing': a plain adjective or an initialism
    first (not 'Your', 'Team', 'Dear'), then a name of three words or more that ends with a
    trade word and holds no other plain word."""
    lowered = [w.lower().strip(".,") for w in words]
    return (
        len(words) >= 3
        and (words[0].isupper() or lowered[0] in _NAME_ADJECTIVES)
        and lowered[-1] in COMPANY_WORDS
        and not set(lowered[1:]) & (GENERIC | ORG_STOPWORDS)
    )


_NAME_ADJECTIVES = words("global big one major confidential new top")
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


# Words that do not complete an employer's short name: its own teams and units ("Granite
# Pharmaceuticals Staffing" signs the staffing team), an agency's trade, or a mailbox's or
# careers site's word ("CIH Bank Recrutement" at cihbank-recrutement.ma, "Greystar" at
# greystar-careers-mail), in English and the languages of the writer sets.
NOT_COMPLETING = words(
    """
    staffing recruitment recruiting talent search personnel careers career team people hr
    jobs online mail hiring global usa hq newsletter staff demo
    recrutement recrutamento reclutamiento reclutamento rekrutacja rekrytering rekrytointi
    rekruttering werving karriere karriär karriar kariera kariyer carrières carrieres
    carreras carreiras carriere empleo empleos emploi emplois stellen jobb rh selección
    seleccion selezione seleção selecao
    """
)


def completes_name(added: str) -> bool:
    """Words that can finish a company's short name: 'Capital', 'High School', not 'Talent
    Community', 'Staffing' or 'English' (a team, a unit, a subject)."""
    words_ = [w.lower().strip(".,") for w in added.split()]
    return (
        bool(words_)
        and len(words_) <= 3
        and not set(words_) & (NOT_COMPLETING | GENERIC | ORG_STOPWORDS)
        and not all(w in DEPARTMENTS or w in PLACES for w in words_)
    )


def name_for_slug(text: str, quoted: str | None, slug: str) -> tuple[str, int, int] | None:
    """find_name_for_slug in the analysed text, else in the quoted message (no offsets)."""
    found = find_name_for_slug(text, slug)
    if found is None and quoted:
        found = find_name_for_slug(quoted, slug)
        return (found[0], -1, -1) if found else None
    return found


def named_person(name: str) -> bool:
    return looks_like_person(name) and squash(name.split()[0]) in GIVEN_NAMES


# Case endings that Slavic, Baltic, Finnish and Hungarian mail puts on a name's last word
# ("u Petrolu", "v Akrapoviču", "Esplanade Zagreb Hotelu", "Swedbankā", "Nokialla",
# "a Telekomnál", "a Google-nál"), longest first.
_CASE_ENDINGS = sorted(
    words(
        """
        ssa ss\u00e4 lla ll\u00e4 lle lta lt\u00e4 sta st\u00e4 ksi
        n\u00e1l n\u00e9l hoz hez h\u00f6z nak nek ban ben val vel
        t\u00f3l t\u0151l r\u00f3l r\u0151l
        ima ama om em ju u \u0105 ui \u0101 ai am \u0113 ei \u016b
        isse ist iga ile ilt il is
        a e i o
        """
    ),
    key=len,
    reverse=True,
)
# A plain vowel also ends many names ("Krka", "Nokia", "Skoda"): that one is taken off only
# where the sender's domain writes the name without it ("Krki" of krka.si), never on the
# mail's word alone ("Krka" is no "Krk" where the text names the island).
_NAME_VOWELS = frozenset("aeio")


def uninflected(company: str, text: str, root: str | None) -> str:
    """`company` without a case ending on its last word, where the sender's domain root or
    the mail writes the name without it: 'Petrolu' of petrol.si is 'Petrol', 'Esplanade
    Zagreb Hotelu' of a mail that signs 'Esplanade Zagreb Hotel' is that."""
    head, _, last = company.rpartition(" ")
    if len(last) < 4 or not last[:1].isupper() or last.isupper():
        return company
    root_key = squash(root) if root else ""
    for ending in _CASE_ENDINGS:
        if not last.endswith(ending):
            continue
        stem = last[: -len(ending)].rstrip("-")
        if len(stem) < 3:
            continue
        # (or a vowel the case replaced: "Gorenju" of gorenje.com)
        for base in (stem, *(stem + v for v in "aeo")):
            if base == last:
                continue
            name = f"{head} {base}" if head else base
            if root_key and squash(name) == root_key:
                return name
            if (
                base == stem
                and ending not in _NAME_VOWELS
                and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            ):
                return name
    return company

"""What the From header says: a person or a system, and which organization it names.

ATS mail names the employer in the display name ("Acme Hiring Team", "Acme via Workday")
or in the local part (`acme@myworkday.com`); a company's own mail names it in the domain
(`jane@acme.com`). Relay brands (Workday, LinkedIn ...) are never an organization.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from extractors.lexicon import FIRST_NAMES, TRADE_WORDS, words
from extractors.org_cjk_names import cjk_person
from extractors.relays import (
    RELAY_DOMAINS,
    is_personal_domain,
    is_relay_domain,
    relay_category,
    relay_suffix,
    stand_in_domain,
)

RELAY_BRANDS = words(
    """
    workday myworkday greenhouse lever icims smartrecruiters ashby jobvite taleo workable
    bamboohr bamboo jazzhr jazz breezy breezyhr recruitee successfactors linkedin indeed
    glassdoor ziprecruiter dice monster careerbuilder calendly goodtime zoom google hirevue
    hackerrank codility codesignal wellfound otta builtin handshake hired teamtailor
    rippling paylocity paycom ultipro ukg adp dayforce avature phenom eightfold gem dover
    simplyhired angellist coderpad karat docusign outlook gmail yahoo
    seek naukri totaljobs cv-library usajobs governmentjobs neogov paradox nhs trac testgorilla
    eteach publicjobs usastaffing sparkhire shl hrmdirect pinpoint pinpointhq
    gupy kenoby flatchr beetween jobaffinity welcomekit inrecruiting erecruiter traffit teamio
    reachmee webcruiter emply peoplise hrpeak pandape pandapé njoyn viault refline infojobs
    elempleo hireline getonbrd justjoin nofluffjobs theprotocol jobindex kariyer yenibiris
    secretcv naukrigulf gulftalent efinancialcareers daijob rozee mustakbil laborum bdjobs
    duunitori oikotie evaluar
    zaplata cvbankas cvmarket cvonline trabajando ghanajob jobwebghana jobsinghana tanitjobs
    keejob
    beisen italent mokahr feishu larksuite greetinghr ninehire zhipin liepin 51job
    zhaopin cakeresume wanted saramin jobkorea remember rememberapp rocketpunch wantedly
    北森 飞书 飛書 boss直聘 猎聘 獵聘 前程无忧 前程无忧51job 智联招聘 智聯招聘 104人力銀行
    104人力银行 그리팅 나인하이어 원티드 사람인 잡코리아 리멤버 로켓펀치
    """
)


def read_words(name: str) -> frozenset[str]:
    """A word list in extractors/patterns/: lower-case words, '#' comment lines."""
    with (Path(__file__).parent / "patterns" / name).open(encoding="utf-8") as handle:
        return frozenset(
            word for line in handle if not line.lstrip().startswith("#") for word in line.split()
        )


GIVEN_NAMES = FIRST_NAMES | read_words("first_names.txt")
# Words that end company names: 'Tallgrass Infrastructure' is no person.
COMPANY_WORDS = TRADE_WORDS | read_words("company_words.txt")

# An employer's careers, recruiting or personnel mailbox in the languages other than English,
# written once: display names cut it after an organization here ("Teleflor Selección"), and
# org_names.ORG_TAIL cuts it after a candidate name ("Hrvatski Telekom Karijere"). Lower case;
# both match it whatever its case.
MAILBOX_ABROAD = (
    r"karriere|carreiras|carreras|carri\u00e8res|"
    # Spanish, Portuguese, Italian, French and German ("Teleflor Selección", "Atlântica
    # Seguros Recrutamento", "Casa Olivar - Empleo", "RRHH")
    r"selecci\u00f3n|seleccion|reclutamiento|recrutamento|recrutement|recrutamiento|empleo|"
    r"empleos|emprego|talento|rrhh|rr\.\s?hh\.|recursos\s+humanos|ressources\s+humaines|"
    r"selezione|personale|personalabteilung|bewerbermanagement|"
    # ... Polish, Czech, Turkish and the Nordic languages ("Asseco Poland – Kariera",
    # "Albert Kariéra", "DeFacto Kariyer", "Garanti BBVA İşe Alım", "Telenor Rekruttering")
    r"kariera|kari\u00e9ra|kariyer|rekrutacja|n\u00e1bor|i\u015fe\s+al\u0131m|ise\s+alim|"
    r"rekruttering|rekrytering|rekrytointi|karri\u00e4r|recruit|personalamt|"
    # ... Hungarian, Lithuanian, Bulgarian and Chilean Spanish ("OTP Bank Karrier",
    # "Telekom Toborzási Csapata", "Виваком Кариери", "Алианц – Човешки ресурси",
    # "Gerencia de Personas": careers, the recruiting team, human resources)
    r"karrier|toborz\u00e1s|toborz\u00e1si\s+csapat(?:a)?|karjera|gerencia\s+de\s+personas|"
    r"\u043a\u0430\u0440\u0438\u0435\u0440\u0438|\u043a\u0430\u0440\u0438\u0435\u0440\u0430|"
    r"\u0447\u043e\u0432\u0435\u0448\u043a\u0438\s+\u0440\u0435\u0441\u0443\u0440\u0441\u0438|"
    # ... Croatian and Serbian in both scripts, Slovene, Estonian and Latvian ("Hrvatski
    # Telekom Karijere", "NIS Karijera", "Petrol Zaposlitve", "Telia Eesti värbamine",
    # "Latvenergo Personāla atlase": careers, employment, recruitment, personnel selection)
    r"karijere|karijera|zapo\u0161ljavanje|zaposlitve|zaposlitev|v\u00e4rbamine|"
    r"person\u0101la\s+atlase|"
    r"\u043a\u0430\u0440\u0438\u0458\u0435\u0440\u0430|\u043a\u0430\u0440\u0438\u0458\u0435\u0440\u0435"
)

# An employer's mailbox or programme words in English, written once and in capitals: a display
# name's mailbox here (in any case: "Acme Careers", "acme talent"), and the words that
# org_names.ORG_TAIL cuts after a candidate name (in these capitals: "Acme Team", not a
# sentence's "team").
MAILBOX_ENGLISH = (
    r"Careers?|Recruiting|Recruitment|Resourcing|Human\s+Resources|HR|Team|Hiring\s+Team|"
    r"Talent(?:\s+Acquisition|\s+Community|\s+Network)?|"
    r"People(?:\s+Team|\s+Operations|\s+Ops|\s+(?:&|and)\s+Culture)?|Hiring\s+Events?|"
    # an employer's programme or unit mailbox: "Acme Early Careers", "Acme Campus Team",
    # "Acme Graduate Recruitment", "Acme Hiring Assistant" (a chatbot)
    r"Early\s+Careers?|Campus|Graduates?|Hiring\s+Assistant|"
    # a function that writes for the employer: "Klarna Scheduling", "Acme Assessments"
    r"Scheduling|Assessments|Onboarding|(?:Clinical\s+)?Compliance"
)

# Words that make a display name a mailbox rather than a person or an organization.
_MAILBOX_WORDS = (
    r"jobs?|recruiters?|hiring|notifications?|"
    r"no[-\s]?reply|do[-\s]?not[-\s]?reply|alerts?|applications?|candidates?|support|"
    r"university\s+recruiting|campus\s+recruiting|ta|workforce|employment|"
    r"opportunities|mail|messages?|info|admin|(?:recruiting|virtual)\s+assistant|"
    + MAILBOX_ENGLISH
    + "|"
    + MAILBOX_ABROAD
)
# "system" alone is a mailbox ("Workday System"); after a name it is part of it ("Meridian
# Health System").
_MAILBOX_ONE = re.compile(rf"(?:{_MAILBOX_WORDS}|jobs?|alerts?|via|system)", re.I)
_ORG_SUFFIX_IN_NAME = re.compile(
    rf"^(?:the\s+)?(?P<org>.+?)\s*[-\u2013\u2014|:,@]?\s+(?:{_MAILBOX_WORDS})(?:\s+(?:{_MAILBOX_WORDS}))*$",
    re.I,
)
_ORG_PREFIX_IN_NAME = re.compile(
    rf"^(?:{_MAILBOX_WORDS})(?:\s+(?:{_MAILBOX_WORDS}))*\s+(?:at|@|from|-|\|)\s+(?P<org>.+)$", re.I
)
_VIA = re.compile(
    r"^(?P<left>.+?)\s+(?:via|v\u00eda|through|on|@|at|from|\||-)\s+(?P<right>.+)$", re.I
)
_AT_NAME = re.compile(r"^\S+(?: \S+)? at \S+$")
# "Cielo Talent on behalf of Monarch Insurance": an outsourced recruiter (RPO) or agent
# writes for the employer it names.
_ON_BEHALF = re.compile(r"^(?P<agent>.+?)\s+on behalf of\s+(?P<principal>.+)$", re.I)
_BRACKETED = re.compile(r"^(?P<left>[^()]+?)\s*\((?P<right>[^()]+)\)$")
_GENERIC_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|jobs?|careers?|"
    r"dse(?:_\w+)?|"  # DocuSign envelope senders (dse_NA4@docusign.net)
    r"talent|recruiting|recruitment|resourcing|hiring|hr|applications?|apply|candidates?|messages?|mailer|"
    r"info|support|system|alerts?|ats|team|hello|hi|inmail-hit-reply|jobs-listings|recruiters?|"
    r"jobalerts?|invitations|invites?|calendar-notification|scheduling|interviews?|automated|bounce|"
    r"reply|mail|email|admin|news|newsletter|updates?|account|accounts|security|"
    # the same mailboxes in other languages: notifications, answers, alerts, applications,
    # careers, offers, invitations, information ("powiadomienia@", "bilgi@", "aplicari@")
    r"notificaciones|notificacoes|notifikace|powiadomienia|bildirim|bilgi|odpovedi|"
    r"aplicari|basvuru|davet|is[-_.]?alarmi|doporuceni|oferty|alertas|hola|"
    r"nao[-_.]?responda|no[-_.]?responder|kariera|kariyer|karriere|rekrutacja|"
    # ... and applications, alerts, messages, listings, service, a mail robot: "bewerbung@",
    # "candidatures@", "ne-pas-repondre@", "postulaciones@", "vagas@", "jobabo@", "ilan@"
    r"bewerbung(?:en)?|candidatures?|ne[-_.]?pas[-_.]?repondre|postulaciones|alertes|vagas|"
    r"avisos|nachrichten|jobabo|ilan|service|(?:mail)?robot|"
    # Lithuanian and Hungarian notifications ("pranesimai@", "ertesito@")
    r"pranesimai|ertesites|ertesito|"
    # South Slavic, Estonian and Latvian boards' applications, notifications and news
    # ("prijave@", "obavijesti@", "obvestila@", "teavitused@", "pazinojumi@", "jaunumi@")
    r"prijave|obavijesti|obavestenja|obvestila|teavitus(?:ed)?|kandideerimine|uudiskiri|"
    r"pazinojumi|jaunumi|zinas|"
    r"[a-z]*[-_.]?no[-_.]?reply|[a-z]+-noreply)(?:[-_.+][\w.-]*)?$",
    re.I,
)
_NAME_WORD = re.compile(
    r"^[A-Z]['’][A-Z][a-z]+$|^[A-Z][a-z'’-]+\.?$|^[A-Z]\.$|^[A-Z][a-z]+-[A-Z][a-z]+$|^(?:de|van|von|da|del|la)$"
)


@functools.lru_cache(maxsize=4096)
def split_addr(addr: str | None) -> tuple[str, str]:
    """(local part, domain), both lower-case; empty strings when absent."""
    if not addr or "@" not in addr:
        return "", ""
    addr = addr.strip().strip("<>").lower()
    local, _, domain = addr.rpartition("@")
    return local, domain


@functools.lru_cache(maxsize=4096)
def looks_like_person(name: str) -> bool:
    """'Jane Doe', 'Mary-Ann O'Neil', 'J. Smith': two to four capitalized name words; in
    Chinese, Japanese or Korean script a family and a given name ('陈默', '小野寺 美沙')."""
    if not name.isascii() and cjk_person(name):
        return True
    if name.isupper():
        name = name.title()  # "MEGAN R."
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in RELAY_BRANDS for w in words):
        return False
    if re.search(
        rf"\b(?:{_MAILBOX_WORDS}|inc|llc|ltd|corp|group|labs?|systems?|technologies|staffing|"
        r"consulting|solutions|services|partners)\b",
        name,
        re.I,
    ):
        return False
    if words[-1].lower() in COMPANY_WORDS and words[0].lower() not in GIVEN_NAMES:
        return False
    if any(w.lower() in _INSTITUTION_WORDS for w in words):
        return False  # "Colegio Americano de Occidente", "Gemeente Utrecht"
    return all(_NAME_WORD.match(w) or _is_name_word(w) for w in words)


def organization_words(name: str) -> bool:
    """Whether a display name holds the words of an organization's name, which a person's
    never does: a leading article ("The Home Depot", "Die Mobiliar"), an organization's noun
    ("Genuine Parts Company", "Sheraton Charlotte Hotel", "Ville de Québec"), or a company's
    word after a first word that is no known given name ("Sharon Regional Medical Center",
    "Ginkgo Bioworks" is not caught: no such word)."""
    lowered = [w.lower().strip(".,") for w in name.split()]
    if not lowered:
        return False
    return (
        lowered[0] in _ARTICLES
        or not _ORG_NOUNS.isdisjoint(lowered)
        or (lowered[0] not in GIVEN_NAMES and not COMPANY_WORDS.isdisjoint(lowered[1:]))
    )


# Articles that open an organization's name, never a person's.
_ARTICLES = words("the die der das la le les el los las il")
# Nouns of organizations' names that are no person's name word, in the languages of the
# mail we read (COMPANY_WORDS adds those that also end some surnames).
_ORG_NOUNS = words(
    """
    company companies corporation co corp government hotel hotels hoteles bank banca banco
    banque grupo groupe gruppo gruppe centre center church city region ville gemeinde kanton
    landeshauptstadt commerce restaurant dentistry veterinary vets fund library museum
    """
)
# Head words of schools, universities, hospitals, public bodies and foundations in the
# languages of the mail we read: a display name holding one is an institution, never a
# person, wherever the word stands ("Escuela Americana del Pacífico", "Gemeente Utrecht").
_INSTITUTION_WORDS = words(
    """
    school schools academy college university institute district hospital clinic council
    ministry department municipality foundation trust
    colegio escuela escola école ecole scuola schule gymnasium lycée liceo instituto institut
    istituto universidad universidade université universität universiteit hogeschool
    hospital hôpital ospedale krankenhaus ziekenhuis clínica clinica klinik kliniek
    gemeente provincie ministerie waterschap stichting fundación fundação fondation
    stiftung fondazione ayuntamiento comune mairie stadt landkreis câmara prefeitura
    """
)


def _is_name_word(word: str) -> bool:
    """'José', 'Sørensen', 'Núñez-Díaz', "O'Dálaigh": capitalized words in any alphabet."""
    parts = re.split(r"[-'’]", word.removesuffix("."))
    return all(p.isalpha() and p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts)


# A calendar or mail program's own display name ("Microsoft Outlook", "Outlook Calendar",
# "Calendar" of Google's invitations): the tool that sent the invitation, no organization.
_MAIL_TOOL = re.compile(
    r"(?:(?:microsoft|google|office 365)\s+)?(?:outlook(?:\s+calendar)?|calendar|kalender|"
    r"calendrier|calendario|agenda)|microsoft\s+teams",
    re.I,
)


def _clean_org(value: str) -> str | None:
    value = value.strip(" \"'-\u2013\u2014|,.:@")
    if not value or len(value) > 60 or _MAIL_TOOL.fullmatch(value):
        return None
    words = re.split(r"[\s.]+", value.lower())
    if all(w in RELAY_BRANDS or not w or _MAILBOX_ONE.fullmatch(w) for w in words):
        return None
    if re.fullmatch(rf"(?:{_MAILBOX_WORDS})(?:\s+(?:{_MAILBOX_WORDS}))*", value, re.I):
        return None
    return value


@functools.lru_cache(maxsize=4096)
def display_name_parts(name: str | None) -> tuple[str | None, str | None]:
    """(person, organization) named by a From display name; either may be None."""
    if not name or "@" in name:
        return None, None
    name = " ".join(name.replace('"', " ").split())
    # "Rachel Kim (Glasswing Security)": a person and, in brackets, whom they write for.
    behalf = _ON_BEHALF.match(name)
    if behalf:
        principal = _clean_org(behalf.group("principal"))
        if principal:
            return None, _from_mailbox_name(principal) or principal
    bracket = _BRACKETED.match(name)
    if bracket and looks_like_person(bracket.group("left")):
        return bracket.group("left"), _clean_org(bracket.group("right"))
    via = _VIA.match(name)
    if via:
        left, right = via.group("left"), via.group("right")
        right_org = _clean_org(right)
        if (looks_like_person(left) or left.lower() in GIVEN_NAMES) and not organization_words(
            left
        ):  # "Olivia from Acme"; not "Ville de Québec - Emplois"
            return left, right_org
        left_org = _from_mailbox_name(left) or _clean_org(left)
        if left_org and (right_org is None or right.lower().split()[0] in RELAY_BRANDS):
            return None, left_org
        if _AT_NAME.match(name) and left_org == left and _from_mailbox_name(name) is None:
            return None, name  # "Bolton at Home": a name with 'at' in it, no person at a firm
        if right_org and _from_mailbox_name(name) is None:
            return None, right_org if left_org is None else left_org
    if (looks_like_person(name) or name.lower() in GIVEN_NAMES) and not organization_words(name):
        return name, None
    org = _from_mailbox_name(name)
    if org:
        return None, org
    return None, _clean_org(name)


def _from_mailbox_name(name: str) -> str | None:
    for pattern in (_ORG_SUFFIX_IN_NAME, _ORG_PREFIX_IN_NAME):
        match = pattern.match(name)
        if match:
            return _clean_org(match.group("org"))
    return None


@functools.lru_cache(maxsize=4096)
def local_part_org(addr: str | None) -> str | None:
    """The employer slug in a relay address: `acme@myworkday.com` -> 'acme', or in the
    tenant subdomain of one: `careers@harcourtfoods.teamtailor-mail.com` -> 'harcourtfoods'."""
    local, domain = split_addr(addr)
    if not local or not is_relay_domain(domain):
        return None
    if _GENERIC_LOCAL.match(local):
        return tenant_subdomain(domain)
    slug = re.sub(
        r"[-_.+]?(?:careers?|jobs?|talent|recruiting|hr|hiring|noreply|notifications?)$", "", local
    )
    slug = re.sub(r"^(?:careers?|jobs?|talent|recruiting|hr|hiring)[-_.]", "", slug)
    if len(slug) < 2 or slug.isdigit() or slug in RELAY_BRANDS or _names_relay(slug, domain):
        return None
    return slug


_NOT_TENANT = re.compile(
    r"^(?:us|eu|uk|ca|au|in|de|mail|email|e|em\d*|m|mx|app|apps|www|hire|jobs?|careers?|talent|"
    r"notifications?|notify|noreply|no-reply|reply|bounce|wd\d+|fa|hcm|sg\d*|ats|recruiting|"
    r"messages?|mailer|send|smtp|news|info|poslovi|[a-z]?\d+)$"
)


def tenant_subdomain(domain: str) -> str | None:
    """The customer's own label in front of a relay domain ('harcourtfoods' of
    harcourtfoods.teamtailor-mail.com), when there is one."""
    parts = domain.split(".")
    for i in range(1, len(parts) - 1):
        if ".".join(parts[i:]) not in RELAY_DOMAINS:
            continue
        for label in reversed(parts[:i]):
            label = re.sub(r"^(?:careers?|jobs?)-|-(?:careers?|jobs?)$", "", label)
            if len(label) >= 3 and not _NOT_TENANT.match(label) and label not in RELAY_BRANDS:
                return label.replace("-", "")
        return None
    return None


_TLD_WORDS = re.compile(r"(?:[\s.]+(?:com|co|uk|ie|in|au|gov|org|net|ltd|jobs?|team))+$", re.I)


@functools.lru_cache(maxsize=4096)
def relay_labels(domain: str) -> tuple[str, ...]:
    """The relay's own name labels: 'usahire' and 'opm' of usahire.opm.gov, 'seek' of
    s.seek.com.au; a customer's label in front of the relay domain is not one of them."""
    suffix = relay_suffix(domain)
    if not suffix:
        return ()
    return tuple(squash(label) for label in suffix.split(".")[:-1] if len(squash(label)) >= 3)


def names_relay_service(value: str, domain: str) -> bool:
    """'USA Staffing' at usastaffing.gov, 'Tes Jobs' at tes.com, 'Naukri.com', 'Eteach UK
    Ltd': the name is the relay service's own, not the employer it writes for."""
    labels = relay_labels(domain)
    if not labels:
        return False
    key = squash(_TLD_WORDS.sub("", value.strip()))
    if 2 <= len(key) <= 5 and value.strip().isupper():
        # 'AJO' of academicjobsonline.org: the service's initials
        return any(label[0] == key[0] and _in_order(key, label) for label in labels)
    if len(key) < 3:
        return False
    if any(
        key == label or label.startswith(key) or (key.startswith(label) and len(label) >= 4)
        for label in labels
    ):
        return True
    # 'OCC Mundial' at occ.com.mx: a short label is the service's when it is the name's whole
    # first word (a longer name merely starting with its letters is another's: 'Occidental')
    name_words = value.split()
    if len(name_words) > 1 and len(first := squash(name_words[0])) >= 3 and first in labels:
        return True
    # 'Poslovi Infostud' at poslovi.infostud.com: the service's name after its word for jobs
    return len(name_words) > 1 and len(last := squash(name_words[-1])) >= 5 and last in labels


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in letters)


def _names_relay(value: str, domain: str) -> bool:
    """'indeedapply' at indeed.com, 'LinkedIn Easy Apply' at linkedin.com: the relay's own
    product or mailbox, not the employer it writes for."""
    if names_relay_service(value, domain):
        return True
    first = re.split(r"[\s_.-]+", value.strip().lower(), maxsplit=1)[0]
    brand = next((b for b in RELAY_BRANDS if first.startswith(b) and len(b) >= 4), None)
    return brand is not None and brand in domain and is_relay_domain(domain)


# Public zones whose second label is a place: <school>.<area>.sch.uk, <district>.k12.<st>.us,
# and state or provincial government: <agency>.nsw.gov.au, <agency>.state.tx.us,
# <agency>.gov.on.ca, <agency>.gouv.qc.ca.
_LOCALITY_ZONE = re.compile(
    r"\.[a-z0-9-]+\.sch\.uk$|\.k12\.[a-z]{2}\.us$|\.(?:nsw|vic|qld|sa|wa|tas|nt|act)\.gov\.au$|"
    r"\.state\.[a-z]{2}\.us$|\.gov\.[a-z]{2}\.ca$|\.gouv\.qc\.ca$"
)


@functools.lru_cache(maxsize=4096)
def domain_org(addr: str | None) -> str | None:
    """The organization root of a company domain: `jane@mail.acme-bio.com` -> 'acme-bio'."""
    _, domain = split_addr(addr)
    if not domain or is_relay_domain(domain) or is_personal_domain(domain):
        return None
    real = stand_in_domain(domain)
    if real != domain:
        # RFC 2606's reserved example.<tld> stands in for a real zone (recruit.acme.example.jp
        # is recruit.acme.com): its root is the organization, unless it is a host's
        # (careers.example.com, mail.example.com: example.com is the organization's own
        # stand-in, which names none)
        label = real.split(".")[-2]
        return label if not _NOT_TENANT.match(label) else None
    parts = domain.split(".")
    locality = _LOCALITY_ZONE.search(domain)
    if locality and locality.start() > 0:
        # brooksidehigh.bolton.sch.uk, lincoln.k12.ne.us: the label before the place is the
        # school; the place names the education authority's area, not the employer.
        root = domain[: locality.start()].split(".")[-1]
    elif len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:  # acme.co.uk
        root = parts[-3]
    else:
        root = parts[-2] if len(parts) >= 2 else parts[0]
    return root or None


@functools.lru_cache(maxsize=4096)
def is_generic_local(addr: str | None) -> bool:
    local, _ = split_addr(addr)
    return bool(local) and bool(_GENERIC_LOCAL.match(local))


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=16384)
def squash(value: str) -> str:
    """Lower-case letters and digits only, accents dropped ('Niño' -> 'nino'): for
    comparing names with domains and slugs."""
    value = value.lower()
    if not value.isascii():
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", value)


@functools.lru_cache(maxsize=4096)
def name_forms(name: str) -> set[str]:
    """Squashed ways a name is shortened in addresses: full, initials, 'summit' + 'hp'."""
    parts = [squash(w) for w in re.split(r"[\s&.-]+", name) if squash(w)]
    forms = {squash(name)}
    if len(parts) >= 2:
        forms.add("".join(p[0] for p in parts))
        for keep in range(1, len(parts)):
            forms.add("".join(parts[:keep]) + "".join(p[0] for p in parts[keep:]))
    return {f for f in forms if len(f) >= 2}


def _is_abbreviation(short: str, full: str) -> bool:
    """'ironcladmfg' abbreviates 'ironcladmanufacturing': same start, letters in order."""
    if len(short) < 6 or short[:4] != full[:4] or len(short) >= len(full):
        return False
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if position == 0:
            return False
    return True


def matches_hint(name: str, hints: list[str]) -> bool:
    forms = name_forms(name)
    key = squash(name)
    if len(key) < 2:
        return False
    for hint in hints:
        h = squash(hint)
        if len(h) < 2:
            continue
        if h in forms and (len(h) >= 3 or h == key):
            return True
        if len(h) >= 4 and (key.startswith(h) or h.startswith(key)):
            return True
        if _is_abbreviation(h, key):
            return True
    return False


def hint_quality(name: str, hints: list[str]) -> int:
    """How well a name fits an address: 3 same letters, 2 initials or abbreviation,
    1 one is a prefix of the other, 0 no fit."""
    key = squash(name)
    best = 0
    for hint in hints:
        h = squash(hint)
        if len(h) < 2 or len(key) < 2:
            continue
        if h == key:
            return 3
        if (h in name_forms(name) and len(h) >= 3) or _is_abbreviation(h, key):
            best = max(best, 2)
        elif len(h) >= 4 and (key.startswith(h) or h.startswith(key)):
            best = max(best, 1)
    return best


# Legal forms that follow a company's name ("Kaltenbach Medizintechnik GmbH", "Hollandse
# Verpakkingsunie B.V.", "Lumen Pay Pte. Ltd.").
_LEGAL_FORM = (
    r"(?:GmbH|AG|SE|KG|KGaA|mbH|eG|e\.V\.|B\.V\.|BV|N\.V\.|NV|Ltd|Limited|Inc|LLC|LLP|plc|PLC|"
    r"Pty|Pvt|Pte|S\.A\.|SA|SAS|SARL|S\.p\.A\.|S\.L\.|Oy|AB|A/S|ApS|Corp|Co\.)"
)


# The given names of the world's locales (make_given_names): a no-reply ATS sender named
# like a person whose first name is none of them is the employer ("Ginkgo Bioworks").
_WORLD_GIVEN_NAMES = read_words("given_names_world.txt") | GIVEN_NAMES
_HONORIFICS = words("dr dr. mr mr. ms ms. mrs mrs. prof prof. miss")


def known_given_name(name: str) -> bool:
    """Whether a name opens (after an honorific) with a given name of some locale."""
    parts = [w for w in name.lower().split() if w not in _HONORIFICS]
    return bool(parts) and (parts[0] in _WORLD_GIVEN_NAMES or squash(parts[0]) in GIVEN_NAMES)


def _named_as_org(text: str, name: str) -> bool:
    # (the team's sign-off in other languages: "bei", "chez", "von", "bij", "L'équipe")
    pattern = (
        rf"(?i:at|to|with|join|joining|from|in|of|for|bei|chez|von|bij|l['\u2019]\u00e9quipe|"
        # (Spanish, Portuguese, Italian: "tu interés en X", "candidatura na X", "equipo de X")
        rf"\u00e9quipe|en|para|em|na|no|com|presso|equipo de|equipa d[aeo])\s{re.escape(name)}\b"
    )
    return bool(
        re.search(pattern, text)
        or re.search(
            rf"{re.escape(name)}(?:'s)?\s(?i:has|is|team|recruiting|talent|careers|"
            rf"hiring)\b",
            text,
        )
        or re.search(rf"{re.escape(name)},?\s{_LEGAL_FORM}(?![\w])", text)
    )


def sender_parts(name: str | None, addr: str | None, text: str) -> tuple[str | None, str | None]:
    """(person, organization) of a sender, using the address and the text to tell a
    company's display name ("Quarry Data" <no-reply@hire.lever.co>, "Acme Robotics"
    <acmerobotics@myworkday.com>) from a person's ("Chris Novak" <no-reply@hire.lever.co>)."""
    person, org = display_name_parts(name)
    _, domain = split_addr(addr)
    if (
        org
        and (len(org.split()) >= 2 or names_relay_service(org, domain))
        and _names_relay(org, domain)
    ):
        org = None
    if person is None:
        return None, org
    hints = [h for h in (local_part_org(addr), domain_org(addr)) if h]
    if (
        hints
        and matches_hint(person, hints)
        and person.split()[0].lower() not in FIRST_NAMES
        # ("Poslovi Infostud" <noreply@poslovi.infostud.com>: the board's own name over its
        # subdomain for jobs, no customer's)
        and not _names_relay(person, domain)
    ):
        return None, person
    if is_relay_domain(domain) and is_generic_local(addr):
        # "Lena Okoro via DocuSign": a person sending through a tool.
        if squash(person.split()[0]) in GIVEN_NAMES or re.search(r"\svia\s", name or "", re.I):
            return person, org
        # A person writing through a no-reply relay signs with their name.
        if (
            person not in text
            or _named_as_org(text, person)
            # (an ATS writes in the employer's name; an assessment's or a check's vendor
            # in its own: "First Advantage", "Aon Assessment")
            or (relay_category(domain) == "ats" and not known_given_name(person))
        ):
            if org is None and _names_relay(person, domain):
                return None, None  # "Talogy Assessments" at talogy.com: the relay itself
            return None, org or person
    if (
        org is None
        and is_generic_local(addr)
        and not is_relay_domain(domain)
        and not is_personal_domain(domain)
        and not known_given_name(person)
        and (person not in text or _named_as_org(text, person))
    ):
        # "Stadtsparkasse München" <karriere@sskm.de>, "Lockheed Martin" <noreply@lmco.com>:
        # a company's own mailbox named like a person whose first name is none, and that
        # the mail does not sign as a person ("joining Lockheed Martin", or not written)
        return None, person
    return person, org

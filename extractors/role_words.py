"""What makes a run of words a job title: title words in English and other languages, title
endings, gender marks, acronyms; places, people's names and openings that make none."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from extractors.lexicon import (
    FIRST_NAMES,
    HEAD_FIRST_HEADS,
    LOWER_CASE_HEADS,
    ROLE_HEADS,
    words,
)
from extractors.senders import looks_like_person, read_words

ACRONYM = re.compile(r"^[A-Z]{2,5}$")
PLACES = read_words("places.txt") | read_words("role_places.txt")


def _read_names(name: str) -> frozenset[str]:
    """A list in extractors/patterns/ of one name a line (names hold spaces: "los angeles")."""
    with (Path(__file__).parent / "patterns" / name).open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


# Whole names of towns and cities ("Lakeland", "Foster City") and of states, provinces and
# regions ("Nuevo Leon", "Bavaria", "New South Wales"): where a title's job is.
CITIES = _read_names("role_cities.txt") | _read_names("role_regions.txt")
_BASED = re.compile(r"(?<=\w)[\s-](?i:based)$")
_PLACE_PARTS = re.compile(r"\s*(?:[,/&]|\bor\b|\band\b)\s*")
_CITY_STATE = re.compile(r"^[A-Z][\w .'-]+, ?[A-Z]{2}$")
# Plural title words that end the names of firms: "Wrenfield Partners", "Hale Associates".
_FIRM_WORDS = words(
    "partners associates consultants advisors advisers solicitors architects surveyors accountants"
)


def singular(value: str) -> str:
    """'Registered Nurses', 'Senior Backend Engineers': a mail hiring several names one
    title."""
    head, _, last = value.rpartition(" ")
    if last[-1:] != "s" or last[-2:] == "ss" or last.isupper() or last.lower() in _FIRM_WORDS:
        return value
    for cut in (1, 2) if last.endswith("es") else (1,):
        if last[:-cut].lower() in ROLE_HEADS:
            return f"{head} {last[:-cut]}" if head else last[:-cut]
    return value


def is_place(text: str) -> bool:
    text = _BASED.sub("", text)  # "(Bahrain based)", "(US-based)": where the job is too
    if _CITY_STATE.match(text):
        return True
    head, hyphen, _ = text.partition("-")
    if hyphen and " " not in text and head.lower() in PLACES:
        return True  # a district: "Hamburg-Harburg", "Wien-Simmering"
    town, _, state = text.rpartition(" ")
    if (
        town
        and state.isupper()
        and len(state) <= 3
        and state.lower() in PLACES
        and town[:1].isupper()
    ):
        # "Tarneit VIC": a state's abbreviation (a region's, "Local Payments APAC", follows
        # a team as often as a town; a known town before it is caught below)
        return True
    # each part a known town ("Taichung, Taiwan", "Leeds or Bradford") or made of place words
    parts = [p.strip(" .") for p in _PLACE_PARTS.split(text.lower())]
    return any(parts) and all(
        p in CITIES
        # GeoNames writes regions in ASCII: "Nuevo León" is listed as "nuevo leon"
        or (not p.isascii() and p.translate(_ACCENTS) in CITIES)
        or all(w.strip(".") in PLACES for w in p.split())
        for p in parts
        if p
    )


# Letters after a signed name (degrees, licences, certifications) and a bracket after it.
_SIGNED_EXTRAS = re.compile(r"(?:,\s*[A-Z][A-Za-z.-]{1,6})+$|\s*\([^()]*\)$")


def under_a_name(text: str, start: int) -> bool:
    """A line right under a person's name is that person's own title ("Devon Tremblay" /
    "Partner at Creative Talent Partners"): a profile or signature header, not the job."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    # the name as signed with its letters or its name in another script: "Heather Quon, BSN,
    # RN", "Raquel Dominguez, PHR", "Aiko Hasegawa (長谷川 愛子)"
    name = _SIGNED_EXTRAS.sub("", text[above : line_start - 1].strip())
    return 0 < len(name) <= 40 and len(name.split()) in (2, 3) and is_person_name(name)


def is_person_name(name: str) -> bool:
    if has_title_word(name):
        return False
    return name.split()[0].lower() in FIRST_NAMES or looks_like_person(name)


# Title words beyond the shared list (which also decides what is no employer): leaders and
# delegates; early-career schemes; academic posts; heads of titles in other languages
# (German, French, Spanish, Portuguese, Italian, Dutch, Nordic).
# (written without accents: has_title_word folds them)
FOREIGN_HEADS = words(
    """
    ingenieur ingeniera ingeniero ingegnere analista contador contadora profesor profesora
    professeur professore
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
    operador operadora analyste logisticien logisticienne approvisionneur approvisionneuse
    planificateur planificatrice
    enseignant enseignante teamleider ploegleider planista planovac muduru mudur yoneticisi
    yonetici uzmani uzman muhendis muhendisi yardimcisi sorumlusu sorumlu teknisyeni
    teknisyen lehtori superintendente disenador disenadora dissenyador dissenyadora
    """
)
_MORE_HEADS = FOREIGN_HEADS | words(
    """
    leader delegate moderator liaison appointee scholar ambassador filler
    programme program scheme apprenticeship phd doctoral postdoctoral
    """
)
# Words that make a title only with others: a lone "PhD" or "Programme" is none.
NOT_ALONE = words("phd doctoral postdoctoral programme program scheme")
_ACCENTS = str.maketrans(
    "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed"
    "\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f9\u00fa\u00fb\u00fc"
    # Polish, Czech, Turkish, Hungarian, Baltic and South Slavic letters: "In\u017cynier",
    # "Pl\u00e1nova\u010d", "Uzman\u0131", "szak\u00e9rt\u0151", "speci\u0101lists",
    # "anal\u012bti\u0137is", "ra\u010dunovo\u0111a"
    "\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u010d\u0161\u017e\u0159\u011b\u0131\u015f\u011f"
    "\u0151\u0171\u0117\u012f\u0173\u016b\u0101\u0113\u012b\u0137\u013c\u0146\u0123\u0111",
    "aaaaaceeeeiiiinooooouuuuacelnszzcszreisgoueiuuaeiklngd",
    # the dot str.lower() leaves on a Turkish capital "\u0130": "M\u00dcHEND\u0130S\u0130"
    "\u0307",
)


@functools.lru_cache(maxsize=8192)
def has_title_word(value: str) -> bool:
    words = {w.lower().strip(".,()/") for w in re.split(r"[\s/]+", value)}
    if "(" in value:
        words |= {w.split("(")[0] for w in words}
    if ":" in value or "_" in value:
        # a German title's gender ending: "Controller:in", "Produktmanager_in"
        words |= {_GENDER_ENDING.sub("", w) for w in words}
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
    if not value.isascii() and any(
        w.endswith(_CYRILLIC_ENDINGS) or w.endswith(_ACCENTED_ENDINGS) for w in words
    ):
        return True
    # the same in languages written with accents: Spanish "Ge\u00f3logo", Finnish compounds
    # "Ohjelmistokehitt\u00e4j\u00e4" (software developer), "Peliohjelmoija"
    if any(w.translate(_ACCENTS).endswith(_FOLDED_ENDINGS) for w in words):
        return True
    # "Mitarbeiter*in": the word before the gender mark; "Ingénieur" without accents
    if (not value.isascii() or "*" in value) and any(
        w.split("*")[0].translate(_ACCENTS) in _MORE_HEADS for w in words
    ):
        return True
    # a teaching post is its subject and the class taught: "Grade 7 Science", "Middle
    # School Math", "KS3 English"; a hyphenated one-word title: "Teacher-Science-MS"
    if words & _SCHOOL_SUBJECTS and _SCHOOL_LEVEL.search(value):
        return True
    if "-" in value and " " not in value.strip() and value.lower().split("-")[0] in ROLE_HEADS:
        return True
    # "(m/w/d)", "(H/F)": job ads in German and French mark every title so
    return "/" in value and _GENDER_MARK.search(value) is not None


# The subjects a school teaches and the levels it teaches them at.
_SCHOOL_SUBJECTS = words(
    """
    science sciences math maths mathematics english ela history biology chemistry physics art
    music spanish french german mandarin chinese latin geography economics reading literacy
    stem computing drama dance pe humanities
    """
)
SCHOOL_SUBJECTS = _SCHOOL_SUBJECTS  # (what a title may be "in": role_cleaning)
_SCHOOL_LEVEL = re.compile(
    r"(?i:\bgrades?\s?\d|\b\d{1,2}(?:st|nd|rd|th)\s+grade|\b(?:middle|high|elementary|primary|"
    r"secondary|junior high)(?:\s+(?:school|years))?\b|\bks\s?[1-5]\b|\byear\s\d{1,2}\b|"
    r"\b(?:myp|igcse|k-\d{1,2}|\d{1,2}-\d{1,2})\b)"
)
_TITLE_ENDINGS = tuple(
    words(
        """
        ologist ician ographer leiter leiterin entwickler entwicklerin ingenieur ingenieurin
        berater beraterin referent referentin mitarbeiter mitarbeiterin techniker technikerin
        kaufmann kauffrau fachkraft assistent assistentin manager managerin arbeiter fahrer
        helfer pfleger pflegerin mechaniker elektriker bearbeiter planer medewerker
        ontwikkelaar beheerder ledare utvecklare leitung utvikler udvikler konsult leider
        leader planner konstrukteur konstrukteurin
        """
    )
)
# Title words of Bulgarian, Russian and Ukrainian, matched as endings (the heads of compounds:
# "JavaScript-розробник", "Главен счетоводител"): accountant, manager, specialist, engineer,
# analyst, developer, consultant, director, assistant, expert, trainee, auditor ...
_CYRILLIC_ENDINGS = tuple(
    words(
        """
        счетоводител ръководител преподавател представител служител специалист програмист
        икономист юрист мениджър менеджер инженер анализатор аналитик консултант консультант
        разработчик розробник програміст программист директор асистент ассистент експерт
        эксперт стажант стажер стажист оператор техник одитор аудитор контрольор контролер
        координатор администратор адміністратор дизайнер юрисконсулт бухгалтер сътрудник
        агент продавач касиер шофьор учител лаборант архитект рекрутер тестер фахівець
        спеціаліст керівник
        """
    )
)
# (written without accents, compared with the word folded)
_FOLDED_ENDINGS = tuple(
    words(
        """
        ologo ologa kehittaja ohjelmoija asiantuntija suunnittelija insinoori paallikko
        johtaja tutkija opettaja hoitaja harjoittelija koordinaattori
        """
    )
    # and the heads of titles that go on in lower case (Hungarian, Baltic, South Slavic:
    # lexicon), also as the ends of compounds ("Testimisinsener", "Tarkvaratestija"); not
    # where one folds to an English title's plural, which ends firms' names ("speci\u0101lists"
    # is "specialists": "Texas Physical Therapy Specialists"): _ACCENTED_ENDINGS reads those
    | {
        folded
        for head in LOWER_CASE_HEADS | HEAD_FIRST_HEADS
        if (folded := head.translate(_ACCENTS))[:-1] not in ROLE_HEADS
    }
)
# the heads written with their accents, read where a text has letters beyond ASCII
_ACCENTED_ENDINGS = tuple(
    head for head in LOWER_CASE_HEADS | HEAD_FIRST_HEADS if not head.isascii()
)
_GENDER_ENDING = re.compile(r"[:_](?:in|innen)$")
TRAILING_GENDER_MARK = re.compile(
    r"\s*\((?i:[mwfdhx](?:\s*/\s*[mwfdhx\u017e]){1,2}|m/w/div|m/f/div|all genders)\)$"
)
# (South Slavic ads write "(m/\u017e)": mu\u0161ki / \u017eenski)
_GENDER_MARK = re.compile(r"\((?i:[mwfdhx](?:\s*/\s*[mwfdhx\u017e]){1,2}|m/w/div|m/f/div)\)")
# SWE, SDE, MLE, QAE ...; "OTE" is on-target earnings
# ("SAE-028114": letters before digits are a code)
_ACRONYM_TITLE = re.compile(r"\b(?:(?!OTE)[A-Z]{2,4}E|SWE|SRE|SDET)\b(?![-_/]?\d)")


_HEAD_FIRST = {head.translate(_ACCENTS) for head in HEAD_FIRST_HEADS}
# Spanish and Croatian write a title's other gender after a slash: "Contador/a",
# "Voditelj/ica", "analiti\u010dar/ka"
_SLASH_GENDER = re.compile(r"/(?:a|ica|ka|e|-a|-e)$")


@functools.lru_cache(maxsize=4096)
def foreign_head(word: str) -> bool:
    return _SLASH_GENDER.sub("", word.lower().split("(")[0]).translate(_ACCENTS) in FOREIGN_HEADS


@functools.lru_cache(maxsize=4096)
def head_first(word: str) -> bool:
    """A South Slavic title's head, whose field goes on after it in lower case
    ("Konstrukter izpu\u0161nih sistemov", "Voditelj/ica operacija incoming turizma")."""
    return _SLASH_GENDER.sub("", word.lower().split("(")[0]).translate(_ACCENTS) in _HEAD_FIRST


SENIORITY = words("senior junior chief deputy assistant associate graduate entry trainee")
FUNCTION_WORDS = words(
    """
    a an the and or but with for to at from by on of in is are was be my your our their his
    her its this that you we i me us they it hey hi hello re fwd just quick got get need
    about any some more meeting call chat catch question questions
    """
)
NOT_ROLE_START = words(
    """
    we our you your i my thank thanks hi hello dear please unfortunately congratulations
    this that it re fwd fw application interview update status next new job jobs regarding
    about action reminder urgent immediate invitation confirmation you're you've we're we've
    i'm i've i'd we'd
    """
)
NO_TITLES = frozenset({"hiring manager", "hiring team"})
# Executives' titles written short, and their weight alone (found by every pattern, still
# below any title written out).
CHIEF_TITLES = words("CEO CFO COO CTO CIO CISO CMO CRO CHRO CPO CCO CDO CSO FD MD")
CHIEF_WEIGHT = 0.2
# "Tuesday, April 22 - 9:00 AM": a date, no title
_DATE_LEAD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.I,
)
# "10:00am Tue, Aug 12", "00am - Orbital Pay Recruiter": a time or a date, no title.
# A year leading a title is the intake's: "2026 Corps Member".
# (and a school year: "2026-27 Middle School Science Teacher")
_NUMBER_LEAD = re.compile(
    r"^(?!(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)? [A-Z])\d+(?:[:.]\d+)?(?:am|pm)?\b", re.I
)
# "Maya Okafor (Data Engineer | Python)": a person's profile line.
_NAME_BRACKET = re.compile(r"^(?P<name>[A-Z][\w'-]+ [A-Z][\w'-]+)\s*\(")
# "Graduate Recruitment Team", "Talent Acquisition Department": who signs, not a job
_NO_TITLE_ENDS = ("team", "committee", "recruitment", "resourcing")


@functools.lru_cache(maxsize=8192)
def starts_badly(role: str) -> bool:
    """'Application received ...', 'Regarding X': not a title; 'Application Developer' is."""
    if role.lower() in NO_TITLES or _NUMBER_LEAD.match(role) or _DATE_LEAD.match(role):
        return True
    if role.lower().endswith(_NO_TITLE_ENDS) and role.rsplit(None, 1)[-1].lower() in _NO_TITLE_ENDS:
        return True
    named = _NAME_BRACKET.match(role)
    if named and is_person_name(named.group("name")):
        return True
    words_ = role.split()
    if words_[0].lower() not in NOT_ROLE_START:
        return False
    return not (len(words_) >= 2 and has_title_word(words_[1]))

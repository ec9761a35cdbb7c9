"""Shared word lists and regex building blocks for names of organizations and roles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated block."""
    return frozenset(text.split())


# A capitalized name of up to six words: "Acme", "Blue Origin", "Procter & Gamble",
# "AT&T", "Bank of America", "Booz Allen Hamilton Inc.".
_CAP = r"(?:[A-Z0-9][\w&'+.-]*[\w&+]|[A-Z0-9])"
ORG = rf"(?P<org>\b(?=[A-Z0-9]){_CAP}(?:[ ](?:{_CAP}|&|of|and|de|the|la|du)){{0,5}})"

ROLE_WORDS = words(
    """
    engineer engineers engineering developer developers development manager managers analyst
    analysts scientist scientists designer designers director directors lead leader
    architect architects specialist specialists consultant consultants coordinator
    administrator admin associate associates intern interns internship officer head vp
    president representative rep technician technologist recruiter recruiters sourcer writer
    researcher research owner sre accountant nurse assistant advisor adviser strategist
    partner principal staff programmer tester qa devops executive operator editor producer
    marketer counsel attorney paralegal teacher instructor therapist agent supervisor
    controller planner buyer clerk cashier driver mechanic electrician chef fellow
    apprentice trainee generalist evangelist advocate steward expert professional cto ceo
    cfo coo ciso cio founding member product sales marketing support success account
    operations ops data security software frontend backend fullstack full-stack mobile
    infrastructure platform reliability cloud ml ai machine learning devrel sdet swe
    programme program project delivery solutions solution customer business finance
    financial hr recruiting talent quality test tech technical lawyer pharmacist physician
    doctor dentist surgeon veterinarian scrum agile coach tutor professor lecturer
    specialist analytics economist statistician actuary auditor bookkeeper estimator
    inspector surveyor draftsman drafter machinist welder foreman superintendent guard
    receptionist secretary manager, ii iii iv sr sr. jr principal
    """
)
# A title word that alone says "this is a job title".
WRITTEN_HEADS = words(
    """
    engineer developer manager analyst scientist designer director lead architect specialist
    consultant coordinator administrator associate intern internship officer head vp
    president representative technician technologist recruiter sourcer writer researcher
    owner sre accountant nurse assistant advisor strategist partner programmer tester devops
    executive operator editor producer marketer counsel attorney paralegal teacher
    instructor therapist agent supervisor controller planner buyer clerk fellow apprentice
    trainee generalist evangelist advocate expert cto ceo cfo coo ciso cio sdet swe lawyer
    physician economist statistician actuary auditor bookkeeper estimator inspector coach
    professor lecturer superintendent receptionist secretary staff
    physiotherapist pharmacist midwife surgeon doctor dentist hygienist carer worker
    practitioner paramedic radiographer sonographer chef cook cashier merchandiser driver
    operative surveyor draughtsman drafter librarian tutor educator counsellor counselor
    psychologist dietitian optometrist veterinarian banker underwriter trader broker teller
    barista bartender electrician plumber welder mechanic carpenter labourer foreman member
    headteacher principal deputy assessor caseworker investigator translator interpreter
    copywriter photographer journalist reporter artist animator modeller modeler adviser
    treasurer paraplanner co-ordinator organiser organizer manager-in-training
    rn lpn cna hca avp svp evp graduate biologist chemist physicist geologist ecologist
    pm apm tpm sdr bdr csm hrbp cpo cmo
    crew server caregiver cleaner housekeeper stocker porter dispatcher handler shopper
    attendant aide picker packer guard host hostess waiter waitress dishwasher valet loader
    sorter courier janitor custodian lifeguard nanny trainer stylist greeter professional
    postdoc professorship lectureship fellowship
    """
)


def _pattern_words(name: str) -> frozenset[str]:
    """A word list in extractors/patterns/: lower-case words, '#' comment lines."""
    with (Path(__file__).parent / "patterns" / name).open(encoding="utf-8") as handle:
        return frozenset(
            word for line in handle if not line.lstrip().startswith("#") for word in line.split()
        )


# and the occupations of a standard list these words lack ("Archivist", "Claims Examiner":
# extractors.make_occupations writes them)
ROLE_HEADS = WRITTEN_HEADS | _pattern_words("occupations.txt")

# A Title-case word ("Engineer", "Node.js", "C++", "II") or "iOS"/"eCommerce", never a
# sentence opener ("... Engineer. At this time", "... Engineer and I'd like").
# "I" is the roman numeral of a level ("Civil Engineer I", "Clinical Nurse I/II") when a title
# can end there.
_OPENERS = (
    r"(?!(?:I(?![ \t]*(?:[\n,.;:)(|/\u2013-]|$)|[ \t]+(?i:position|role|opening|job|post|"
    r"vacancy|posting|req|requisition|interview|application|at|with|in|on|for|team)\b)|"
    r"I'm|I'd|I'll|I've|We|We're|We'd|We'll|You|You'll|Your|Our|The|This|That|Please|"
    r"Thanks|Thank|If|As|At|Attached|Based|Let|It|Looking|Best|Regards|Hi|Hello|Dear|Sam|"
    r"Unfortunately|Congratulations|Click|View|Apply|See|Join|Good|Great)\b)"
)
# Capitals beyond Latin-1 that start title words: Turkish, Polish, Czech, Hungarian, Baltic
# and Romanian ones ("İletişim", "Śpecjalista", "Šveitimo", "Ügyintéző") and Cyrillic ones:
# Bulgarian, Russian, Serbian and Ukrainian titles are written with a capital on the first
# word only ("Оперативен счетоводител", operational accountant).
CYRILLIC_CAPITALS = "\u0400-\u042f\u0490"
MORE_CAPITALS = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + CYRILLIC_CAPITALS
# The letters a title's first word may start with (a regex class's contents).
TITLE_CAPITALS = r"A-Z0-9\u00c0-\u00d6\u00d8-\u00de" + MORE_CAPITALS
# A lower-case Cyrillic word goes on a Cyrillic title; the words that start the sentence's
# next part end it ("в" in, "на" of/at, "за" for, "от" from, "и" and ...).
_CYRILLIC_STOP = (
    r"(?:в|във|во|на|за|с|със|со|от|при|към|до|по|че|и|й|или|но|а|"
    r"като|който|която|което|които|е|са|беше|ще|не|ви|вас|вашата|"
    r"ваша|вашият|вашия|ни|ние|вие|вече|еще|тук|там|как|у|і|та|від|"
    r"для|из|о|об|что|що|який|яка|буде|бъде|без)(?![\w-])"
)
_CYRILLIC_LOWER = (
    r"(?<=[\u0400-\u04ff][ ])(?!" + _CYRILLIC_STOP + r")[\u0430-\u045f\u0491][\u0400-\u04ff-]*"
)
# A title word starts with a capital, accented ones too ("\u00d6konometrie", "\u00c9conomiste").
# An academic post is often written with one word in lower case: "PhD position in X",
# "Doctoral student in Y", "Postdoctoral position in Z" -- read as one word of the title.
_ACADEMIC_UNIT = (
    r"(?:PhD|Ph\.D\.|Doctoral|Postdoctoral|Postdoc|Lecturer|Research|Professor)"
    r"[ ](?:position|student|scholarship|candidate|fellowship|researcher|project)\b"
)
# "&" joins capitals inside one word: "FP&A", "R&D", "M&A"; "*" writes both genders in German
# titles: "Wissenschaftliche*r Mitarbeiter*in".
_RW = (
    rf"(?:{_ACADEMIC_UNIT}|[{TITLE_CAPITALS}][\w+#/'*-]*"
    # a gender ending in brackets: "Concepteur(trice)", "Conseiller(\u00e8re)"; glued by a
    # colon or a middle dot: "Controller:in", "Ing\u00e9nieur\u00b7e"
    r"(?:\([a-z\u00e0-\u00ff]{1,5}\)|:in(?:nen)?\b|\u00b7(?:e|ne|euse|rice)\b)?"
    r"(?:&[A-Z][\w+#/'-]*)?"
    r"(?:\.[\w+#/'-]+)*"
    r"|[a-z]+[A-Z]\w*|(?:Sr|Jr|Snr)\.)"
)
# Link words of titles in other languages too: "Analista de Projetos", "Estágio em
# Marketing", "Assegno di ricerca" (a link counts only between title-case words).
_LINK = r"(?:of|and|in|de|di|em|en|del|des|du|f\u00fcr|und|et|&|/|-|\u2013|,|\+)"
# "to" joins the name of a process that opens a title ("Order to Cash Specialist", "Procure to
# Pay Analyst"): one word, "to", one word, and more of the title; never after a title's
# second word ("Data Analyst to Acme Health") nor at its end ("Invitation to Interview").
_TO_LINK = r"(?:[ ]to[ ][A-Z][a-z]+(?=[ ][A-Z]))?"
# Hungarian, Lithuanian, Latvian and Estonian titles go on in lower case to their head word,
# which ends them: "SAP FI/CO vezet\u0151 tan\u00e1csad\u00f3" (senior consultant), "Klient\u0173
# aptarnavimo komandos vadovas (-\u0117)" (customer service team lead), "M\u0101rketinga
# automatiz\u0101cijas speci\u0101lists/-e" (marketing automation specialist), "Tarkvara testija"
# (software tester). The heads, written once (role_words folds them into its title endings):
# Hungarian expert, consultant, lead, key user, process owner, associate, analyst, developer,
# engineer, accountant, clerk, assistant, intern, director, manager ...; Lithuanian, Latvian
# and Estonian head, specialist, manager, consultant, analyst, engineer, developer, tester ...
LOWER_CASE_HEADS = words(
    """
    szak\u00e9rt\u0151 tan\u00e1csad\u00f3 vezet\u0151 felhaszn\u00e1l\u00f3 gazda
    munkat\u00e1rs elemz\u0151 fejleszt\u0151 m\u00e9rn\u00f6k k\u00f6nyvel\u0151
    \u00fcgyint\u00e9z\u0151 asszisztens gyakornok igazgat\u00f3 menedzser koordin\u00e1tor
    referens kontroller tervez\u0151 programoz\u00f3 vadovas vadov\u0117 specialistas
    specialist\u0117 vadybininkas vadybinink\u0117 konsultantas konsultant\u0117 analitikas
    analitik\u0117 in\u017einierius in\u017einier\u0117 programuotojas programuotoja
    koordinatorius koordinator\u0117 administratorius administrator\u0117 asistentas
    asistent\u0117 direktorius direktor\u0117 buhalteris buhalter\u0117 ekspertas
    ekspert\u0117 atstovas atstov\u0117 operatorius operator\u0117 speci\u0101lists
    speci\u0101liste vad\u012bt\u0101js vad\u012bt\u0101ja anal\u012bti\u0137is
    anal\u012bti\u0137e in\u017eenieris in\u017eeniere izstr\u0101d\u0101t\u0101js
    izstr\u0101d\u0101t\u0101ja programm\u0113t\u0101js programm\u0113t\u0101ja konsultants
    konsultante mened\u017eeris mened\u017eere gr\u0101matvedis gr\u0101matvede koordinators
    koordinatore eksperts eksperte testija insener spetsialist arendaja juht juhataja
    anal\u00fc\u00fctik n\u00f5ustaja programmeerija raamatupidaja administraator
    koordinaator esindaja
    """
)
# Slovenian, Croatian and Serbian titles put an adjective before the head and its field
# after it, in lower case: "Razvojni in\u017eenir konstrukter" (development engineer designer),
# "Konstrukter izpu\u0161nih sistemov" (exhaust systems designer), "Voditelj prodaje". Their heads
# end a lower-case run here and open a lower-case tail in role_languages (role_words).
HEAD_FIRST_HEADS = words(
    """
    in\u017eenir in\u017eenirka in\u017eenjer in\u017eenjerka konstrukter konstruktor
    projektant projektantka strokovnjak strokovnjakinja stru\u010dnjak stru\u010dnjakinja
    vodja voditelj voditeljica razvijalec razvijalka tehnolog programer programerka
    savjetnik savjetnica svetovalec svetovalka specijalist specijalistica mened\u017eer
    mened\u017eerka mena\u0111er analiti\u010dar analiti\u010darka upravitelj upraviteljica
    recepcioner recepcionerka koordinatorica direktor direktorica ra\u010dunovo\u0111a
    ra\u010dunovodja tehni\u010dar tehni\u010darka
    """
)
_LOWER_LETTERS = (
    "a-z\u0107\u0111\u00e1\u00e4\u00e9\u00ed\u00f3\u00f5\u00f6\u0151\u00fa\u00fc\u0171"
    "\u0105\u010d\u0119\u0117\u012f\u0161\u0173\u016b\u017e\u0101\u0113\u012b\u0137\u013c\u0146\u0123"
)
_LOWER_CASE_TAIL = (
    rf"(?:[{_LOWER_LETTERS}]+[ ]){{0,2}}[{_LOWER_LETTERS}-]*"
    rf"(?:{'|'.join(sorted(LOWER_CASE_HEADS | HEAD_FIRST_HEADS, key=len, reverse=True))})"
    # Latvian writes the other gender's ending after a slash: "speci\u0101lists/-e"
    r"(?:/-[a-z\u0101\u0113]{1,2})?(?![\w-])"
)
# A process named "X to Y" goes on anywhere in a title: "Accountant, Record to Report (R2R)",
# "Senior Project Manager \u2013 Build to Rent", "Buyer Ready to Wear" (other pairs end it).
_PROCESS_TO = (
    r"(?:(?<=Record )|(?<=Order )|(?<=Procure )|(?<=Purchase )|(?<=Source )|(?<=Hire )|"
    r"(?<=Quote )|(?<=Lead )|(?<=Build )|(?<=Ready )|(?<=Issue )|(?<=Request ))"
    r"to(?=[ ](?:Report|Cash|Pay|Payment|Retire|Contract|Rent|Wear|Resolution|Resolve)\b)"
)
# A post that serves one person is named for that person: "Executive Assistant to the Chief
# Executive", "Chief of Staff to the CEO", "PA to the Managing Director", "Private Secretary to
# the Minister". After such a post's word, "to" (with "the" or "our", or before a principal's
# own word) goes on to the principal's title; after any other word, or before any other
# word, it ends the title ("Data Analyst to Acme Health", "Executive Assistant to the Hiring
# Team").
_SERVES = (
    r"(?:(?<=Assistant )|(?<=\bEA )|(?<=\bPA )|(?<=\bof Staff )|(?<=Secretary )|(?<=Adviser )|"
    r"(?<=Advisor )|(?<=Aide )|(?<=Executive Officer ))"
)
_PRINCIPAL = (
    r"(?:C[A-Z]{1,2}O|Chief|Chair|Chairman|Chairwoman|Chairperson|Founder|Co-Founder|President|"
    r"Vice-President|Vice|Director|Managing|Deputy|Executive|Principal|Dean|Provost|Minister|"
    r"Secretary|Board|Head|MD|VP|SVP|EVP|Partner|Mayor|Governor|Senator|Registrar|Chancellor|"
    r"Vice-Chancellor|Commissioner|Permanent|Leader)\b"
)
_TO_PRINCIPAL = (
    rf"{_SERVES}to[ ](?:(?:the|our)[ ])?(?={_PRINCIPAL})"
    rf"{_OPENERS}{_RW}"
)
# "Head of the CEO's Office", "Office of the COO": "of the" goes on to a title-case word (tried
# before "of" alone, which would end the title at "the")
_OF_THE = rf"of[ ]the[ ]{_OPENERS}{_RW}"
# The first word is checked for a capital before the (slower) opener test.


def _title(link: str) -> str:
    """A title's pattern whose words may be joined by the `link` words."""
    return (
        rf"(?P<role>\b(?=[{TITLE_CAPITALS}]|[a-z]+[A-Z])"
        rf"{_OPENERS}{_RW}{_TO_LINK}"
        # (a lower-case head before the links: "Razvojni in\u017eenir" is no "Razvojni in")
        rf"(?:,?[ ](?:{_OPENERS}{_RW}|{_OF_THE}|{_LOWER_CASE_TAIL}|{link}|{_TO_PRINCIPAL}"
        rf"|{_PROCESS_TO}|{_CYRILLIC_LOWER}"
        rf"|\((?:[^()\n]{{1,40}})\))){{0,9}})"
    )


ROLE = _title(_LINK)
# A Turkish title joins its parts with "ve" (and): "Dijital Pazarlama ve CRM Y\u00f6neticisi".
# Only the Turkish patterns read it so (elsewhere "ve" is Czech "in": "Analytik ve Praze").
TURKISH_ROLE = _title(_LINK[:-1] + "|ve)")

ORG_STOPWORDS = words(
    """
    we our us you your i me my they this that these those it its the a an please thank
    thanks hi hello dear team hiring recruiting careers career talent acquisition jobs job
    unfortunately congratulations here there today tomorrow monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december human resources hr people company organization
    position role opportunity application interview offer linkedin indeed workday greenhouse
    lever glassdoor ziprecruiter icims taleo jobvite smartrecruiters ashby workable bamboohr
    jazzhr calendly goodtime zoom google meet teams microsoft teams email mail phone video
    remote onsite hybrid invitation invite reminder update new event follow follow-up next
    regarding re fwd your application received
    """
)

# The legal forms of the countries a job seeker's mail comes from: a careful reader takes
# "Zalando SE", "Harbour Quay Pte. Ltd." and "Zalando" for the same employer, and "& Co."
# after a partnership's names ("KPMG Taseer Hadi & Co." is "KPMG Taseer Hadi").
LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:and\s+(?:co|company)|inc|incorporated|llc|l\.l\.c|ltd|limited|corp|"
    r"corporation|co|company|plc|gmbh|"
    r"ag|sa|s\.a|bv|b\.v|nv|n\.v|pty|pte|lp|llp|pbc|pvt|private|se|kg|sas|sarl|srl|s\.r\.l|"
    r"sl|s\.l|spa|s\.p\.a|oy|ab|asa|a/s|"
    # Turkey's A.\u015e. and Ltd. \u015eti. (accents are folded first), Peru's S.A.C. and S.A.A.,
    # Latin America's Ltda. and S.A. de C.V.
    r"a\.s|ltd\.?\s*sti|sti|s\.a\.c|sac|s\.a\.a|saa|ltda|s\.a\.?\s*de\s*c\.v|"
    # Hungary's Nyrt., Zrt. and Kft., Lithuania's UAB, Central Europe's s.r.o. and d.o.o.,
    # Latvia's SIA and Bulgaria's АД, ЕАД, ООД and ЕООД ("Richter Gedeon Nyrt.", "Софарма АД")
    r"nyrt|zrt|kft|uab|s\.r\.o|sro|d\.o\.o|doo|sia|"
    r"\u0430\u0434|\u0435\u0430\u0434|\u043e\u043e\u0434|\u0435\u043e\u043e\u0434)\.?$",
    re.I,
)


# Latin, Greek and Cyrillic accents (U+0300-U+036F): "Mondelēz" and "Mondelez", "Thalès" and
# "Thales" are one employer however a mail or a label writes it. Only this block is dropped:
# the kana voicing marks (U+3099, U+309A) tell different Japanese words apart.
_ACCENTS = re.compile("[\u0300-\u036f]")


# A corporate group's designator: "Prada Group" and "Prada", "Koç Holding" and "Koç",
# "Groupe Telnet" and "Telnet" name one employer. Mails and the labels of the same writer
# write both ("Markel" and "Markel Group", "Rakuten" and "Rakuten Group"), so the
# compare-form drops it like a legal form; a name that is the word alone keeps it.
_GROUP_WORD = re.compile(
    r"(?<=\w)\s+(?:group|groupe|grupo|gruppe|gruppo|holding|holdings)$"
    r"|^(?:groupe|grupo|gruppe|gruppo)\s+(?=\w)"
)


# A brand written as its web address: "Falabella.com" and "Falabella", "Booking.com" and
# "Booking" are one employer (the labels write both, "Jet2.com" and "Jet2" too).
_WEB_SUFFIX = re.compile(r"(?<=\w)\.(?:com|net|org|io|co)(?:\.[a-z]{2})?$")


def fold_accents(text: str) -> str:
    """`text` without Latin-script accents ("Nestlé" -> "Nestle"); other scripts unchanged."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))


def normalize_org(value: str | None) -> str:
    """Compare-form of an organization: case, accents, punctuation, legal suffixes, 'The',
    a group's designator ('Group', 'Holding', 'Groupe ...') and a web suffix ('.com')
    dropped."""
    if not value:
        return ""
    text = fold_accents(value.strip().lower()).replace("&", " and ")
    # (up to three stacked: "GmbH & Co. KG")
    for _ in range(3):
        text = LEGAL_SUFFIX.sub("", text)
    text = re.sub(r"^the\s+", "", text)
    # (the group's word first: "Trip.com Group" is "Trip.com", then "Trip")
    text = _WEB_SUFFIX.sub("", _GROUP_WORD.sub("", text))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


# A country or region after a name: "WorkingDay Latvia", "Adecco Slovenija", "Auchan Sénégal",
# "Nissan North America" and the brand alone are one employer for the job seeker.
# docs/labeling.md drops it from the label, but the writers keep it on about a third of such
# mails, and the extractor drops it (org_full_names.regional_unit): the comparison folds it,
# in English and in the country's own language (accents are folded first).
_COUNTRY_WORDS = words(
    """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium benin bolivia botswana brazil bulgaria cambodia cameroon canada
    chile china colombia croatia cyprus czechia denmark ecuador egypt estonia ethiopia finland
    france georgia germany ghana greece guatemala honduras hungary iceland india indonesia
    ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait latvia
    lebanon lithuania luxembourg macedonia madagascar malawi malaysia malta mauritius mexico
    moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua
    nigeria norway oman pakistan panama paraguay peru philippines poland portugal qatar romania
    russia rwanda senegal serbia singapore slovakia slovenia somalia spain sweden switzerland
    taiwan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam
    zambia zimbabwe
    uk gb usa us uae ksa nz anz emea apac latam mena gcc cee dach benelux nordics nordic
    baltics europe asia africa americas
    hrvatska srbija slovenija latvija lietuva eesti polska slovensko magyarorszag suomi
    deutschland osterreich schweiz suisse espana brasil italia nederland belgique sverige norge
    danmark hellas turkiye maroc tunisie algerie cameroun bih
    makedonija balgarija ukraina ukrajina rossija kazahstan
    """
)
_COUNTRY_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "south africa",
        "saudi arabia",
        "sri lanka",
        "costa rica",
        "new zealand",
        "hong kong",
        "north america",
        "latin america",
        "south america",
        "central america",
        "middle east",
        "asia pacific",
        "czech republic",
        "dominican republic",
        "el salvador",
        "puerto rico",
        "united kingdom",
        "united states",
        "cote d ivoire",
        "south korea",
        "great britain",
        "southeast asia",
        "south east asia",
        "east africa",
        "west africa",
        "north africa",
        "central europe",
        "eastern europe",
        "western europe",
        "bosnia and herzegovina",
        "crna gora",
        "north macedonia",
        "south sudan",
        "republica dominicana",
    )
)
# A country after one of these belongs to the name: "Bank of Ireland" is no arm of a "Bank".
_NAME_JOINERS = words("of for and de del da do di du des la le the y i e und van von")
# Legal forms the Baltic and Balkan mails write that normalize_org keeps ("Elering AS",
# "Vita Elite OÜ", "Atlas d.d.", "NIS a.d.", "SIA Lattelecom"), and the Slavic and Baltic
# words for a group ("Selectio Grupa", "Tallinna Sadam Grupp"): dropped like "GmbH", "Group".
_MORE_LEGAL_END = re.compile(r"(?<=\w) (?:as|ou|d d|dd|a d|grupa|grupp|grupe)$")
_MORE_LEGAL_START = re.compile(r"^(?:as|ou|sia|uab|pt|ooo) (?=\w)")
# Designators that the writers add and drop on the same employer about equally ("Procore
# Technologies" 31 labels to 28 predictions, "Mondelez International" 16 to 11): one employer.
_DESIGNATOR = re.compile(r"(?<=\w) (?:technologies|international)$")
# A glued group's word: "ManpowerGroup" is Manpower (the spaced form is normalize_org's).
_GLUED_GROUP = re.compile(r"(?<=\w{4})group$")


def _without_country(text: str) -> str:
    names = text.split()
    for _ in range(2):  # "Acme Asia Pacific Singapore"
        cut = next(
            (
                len(p)
                for p in _COUNTRY_PHRASES
                if len(names) > len(p) and tuple(names[-len(p) :]) == p
            ),
            1 if len(names) > 1 and names[-1] in _COUNTRY_WORDS else 0,
        )
        if not cut or names[-cut - 1] in _NAME_JOINERS:
            break
        names = names[:-cut]
    return " ".join(names)


# Cyrillic letters in the Latin letters Serbian and Macedonian write for them, accents folded
# (and Bulgarian's, Russian's and Ukrainian's closest): "Телеком Србија" is Telekom Srbija,
# "Лидл" Lidl. The labels write a name in the script its mail does, the extractor may take
# the other script's form from the domain or the display name: one employer either way.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдежзийклмнопрстуфхцчшыэ", "abvgdezzijklmnoprstufhccsye", strict=True)),
        **{"ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k"},
        **{"ѕ": "dz", "щ": "st", "ъ": "a", "ь": "", "ю": "ju", "я": "ja", "ё": "e", "є": "e"},
        **{"і": "i", "ї": "i", "ґ": "g", "đ": "dj"},
    }
)


def employer_key(value: str | None) -> str:
    """The form in which `sneaker eval` and the org scorer's training compare employers:
    normalize_org's, without a country or region after the name, a Baltic or Balkan legal
    form, a designator ("Technologies") or spaces ("HealthPartners", "Health Partners"),
    in Latin letters ("Телеком Србија" is "Telekom Srbija")."""
    text = normalize_org(value).translate(_CYRILLIC_TO_LATIN)
    if not text:
        return ""
    text = _MORE_LEGAL_START.sub("", _MORE_LEGAL_END.sub("", text))
    text = _DESIGNATOR.sub("", _without_country(text))
    text = _without_country(_MORE_LEGAL_END.sub("", text))
    return _GLUED_GROUP.sub("", text.replace(" ", ""))


def normalize_role(value: str | None) -> str:
    """Compare-form of a job title: case, punctuation, spacing."""
    if not value:
        return ""
    text = value.lower().replace("&", " and ")
    # (precompiled, and the abbreviations looked for only where their letters are: the
    # title-span finder's training compares ~700k candidate spans with their labels)
    if "sr" in text:
        text = _SENIOR.sub("senior", text)
    if "jr" in text:
        text = _JUNIOR.sub("junior", text)
    return " ".join(_NOT_TITLE_CHAR.sub(" ", text).split())


_SENIOR = re.compile(r"\bsr\b\.?")
_JUNIOR = re.compile(r"\bjr\b\.?")
_NOT_TITLE_CHAR = re.compile(r"[^\w\s+#]")


def role_folded(text: str) -> str | None:
    """`text` as normalize_role folds it before joining words, character for character, so
    that normalize_role(text[a:b]) == " ".join(role_folded(text)[a:b].split()) for any a, b;
    None where that does not hold (an "&" or "sr" / "jr" it rewrites, a letter whose lower
    case is longer, a capital sigma whose lower case depends on the next letter)."""
    lowered = text.lower()
    if (
        len(lowered) != len(text)
        or "\u03a3" in text
        or "&" in lowered
        or "sr" in lowered
        or "jr" in lowered
    ):
        return None
    return _NOT_TITLE_CHAR.sub(" ", lowered)


# Common first names: a display name starting with one is a person, even on a no-reply
# relay address ("Chris Novak" <no-reply@hire.lever.co>).
FIRST_NAMES = words(
    """
    aaron abby adam adrian ahmed aisha alan alex alexander alexandra alice alicia alison amanda
    amber amy ana andrea andrew angela anna anne anthony ashley ben benjamin beth brad brandon
    brian brittany bruce caitlin carl carlos carol caroline catherine chad charles charlie
    chelsea chris christina christine christopher cindy claire colin connor courtney craig
    dan daniel danielle dave david deborah dennis derek diana diane dylan ed eduardo elena
    elizabeth ellen emily emma eric erica erin ethan evan fatima frank gabriel gary george
    grace greg gregory hannah heather helen henry hugo ian isaac jack jacob james jamie jane
    janet jason jeff jeffrey jen jennifer jeremy jessica jim joe john jon jonathan jordan jose
    joseph josh joshua juan julia julie justin karen kate katherine kathryn katie keith kelly
    ken kevin kim kimberly kristen kyle laura lauren leah lee linda lisa liz lucas luis luke
    lynn madison maria mark marcus mary matt matthew megan melissa michael michelle mike
    mohammed molly monica nancy natalie nathan nicholas nick nicole noah olivia omar pamela
    patrick paul peter priya rachel raj rebecca ryan sam samantha sandra sara sarah scott sean
    sergio shannon sharon sophia stephanie stephen steve steven susan tanya taylor thomas tim
    timothy tina todd tom tony tyler valerie vanessa victor victoria vincent wei william zach
    """
)


def anchored_matches(
    pattern: re.Pattern, text: str, lowered: str, starts: tuple[str, ...], begin: int = 0
) -> Iterator[re.Match]:
    """Matches of a keyword-led pattern, tried only where one of its keywords starts a word.

    A scan with `finditer` tries the whole pattern at every character; finding the
    keywords with str.find and matching there is many times faster on mail-sized text.
    `lowered` is text.lower() and must have the same length."""
    seen: set[int] = set()
    for keyword in starts:
        index = lowered.find(keyword, begin)
        while index != -1:
            if index not in seen and (index == 0 or not lowered[index - 1].isalnum()):
                seen.add(index)
                match = pattern.match(text, index)
                if match:
                    yield match
            index = lowered.find(keyword, index + 1)


def keyword_positions(lowered: str, keywords: Iterable[str]) -> list[int]:
    """Where any of the keywords starts in `lowered`, each index once, in text order: the
    only places a keyword-led pattern can match (cheaper than a case-insensitive search,
    which tries every character)."""
    found: set[int] = set()
    for keyword in keywords:
        index = lowered.find(keyword)
        while index != -1:
            found.add(index)
            index = lowered.find(keyword, index + 1)
    return sorted(found)


# Words that end company names and are squashed into their domains ("harborbank.com",
# "pinecrestdental.com"): used to space a bare domain root back into a name.
TRADE_WORDS = words(
    """
    bank banking capital credit financial finance insurance mutual trust payments ventures
    holdings partners group health healthcare medical dental clinic hospital care pharma
    therapeutics biosciences bio labs systems technologies tech software solutions networks
    analytics robotics data cloud security devices instruments materials chemicals energy
    power solar utilities water logistics freight shipping transit motors aerospace airlines
    manufacturing industries works foods farms brewing coffee kitchen retail stores markets
    brands apparel outdoor sports fitness media studios games entertainment education learning
    consulting services engineering construction homes realty properties telecom wireless
    mobile staffing recruiting
    """
)

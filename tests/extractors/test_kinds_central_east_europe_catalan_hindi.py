"""sneaker_kind rules (no textcat) on job mail in languages the cue lists lacked (session 23):
Hungarian, Lithuanian, Latvian, Estonian, Bulgarian, Serbian/Croatian/Bosnian in both scripts,
Slovenian, Catalan and Hindi, for each kind; the candidate's own withdrawal in those languages;
and ordinary mail in them that must stay "other". All text is invented."""

import pytest

from tests.extractors.kind_cases import by_id, kind_of, own_mail

BOARD = {"from_name": "Jobs", "from_addr": "noreply@jobboard-mailer.com"}
ATS = {"from_name": "Recruitment", "from_addr": "no-reply@ats-mailer.com"}
RECRUITER = {"from_name": "Team Lead", "from_addr": "recruiting@northwind-example.com"}
PERSON = {"from_name": "Eszter Kovács", "from_addr": "eszter.kovacs@talentbridge-example.hu"}
SHOP = {"from_name": "Webshop", "from_addr": "noreply@shop-mailer.com"}

HUNGARIAN = [
    (
        "hu-new-jobs-digest",
        BOARD,
        "12 új állás a mentett keresésed alapján",
        "Nézd meg az ajánlott állások listáját Budapesten.",
        "job_alert",
    ),
    (
        "hu-application-received",
        ATS,
        "Köszönjük jelentkezését",
        "Kedves Anna! Jelentkezését megkaptuk a Pénzügyi elemző pozícióra.",
        "application_confirmation",
    ),
    (
        "hu-another-candidate",
        RECRUITER,
        "Pénzügyi elemző pozíció",
        "Kedves Anna! Köszönjük az érdeklődést. Ezúttal más jelölt mellett döntöttünk.",
        "rejection",
    ),
    (
        "hu-unfortunately-not-chosen",
        RECRUITER,
        "Visszajelzés",
        "Kedves Anna! Sajnos a pozícióra ezúttal nem Önt választottuk ki.",
        "rejection",
    ),
    (
        "hu-interview-invitation",
        RECRUITER,
        "Meghívó állásinterjúra",
        "Kedves Anna! Szeretnénk meghívni egy személyes interjúra csütörtökön 10 órára.",
        "interview_invitation",
    ),
    (
        "hu-test-task",
        ATS,
        "Következő lépés",
        "Kedves Anna! Kérjük, töltse ki a tesztfeladatot a héten.",
        "assessment",
    ),
    (
        "hu-offer",
        RECRUITER,
        "Ajánlat",
        "Kedves Anna! Örömmel szeretnénk önnek felajánlani a pozíciót, bruttó fizetése 900 000 Ft.",
        "offer",
    ),
    (
        "hu-application-viewed",
        BOARD,
        "A munkáltató megnézte",
        "A Duna Kft. megtekintette a jelentkezését.",
        "status_update",
    ),
    (
        "hu-recruiter-reaches-out",
        PERSON,
        "Pénzügyi elemző lehetőség",
        "Szia Anna, felfigyeltem a profilodra, lenne kedved beszélni egy új lehetőségről?",
        "recruiter_outreach",
    ),
]

BALTIC = [
    (
        "lt-new-ads-digest",
        BOARD,
        "Nauji darbo skelbimai jums",
        "Rekomenduojami darbo skelbimai pagal jūsų paiešką.",
        "job_alert",
    ),
    (
        "lt-application-received",
        ATS,
        "Dėkojame už jūsų paraišką",
        "Sveiki, gavome jūsų paraišką į Buhalterio poziciją.",
        "application_confirmation",
    ),
    (
        "lt-another-candidate",
        RECRUITER,
        "Buhalterio pozicija",
        "Sveiki, dėkojame už susidomėjimą. Nusprendėme pasirinkti kitą kandidatą.",
        "rejection",
    ),
    (
        "lt-unfortunately-not-selected",
        RECRUITER,
        "Atranka",
        "Deja, jūsų kandidatūra nebuvo atrinkta tolimesniam etapui.",
        "rejection",
    ),
    (
        "lt-interview-invitation",
        RECRUITER,
        "Kvietimas į darbo pokalbį",
        "Sveiki, norėtume pakviesti jus į pokalbį ketvirtadienį 10 val.",
        "interview_invitation",
    ),
    (
        "lt-offer",
        RECRUITER,
        "Pasiūlymas",
        "Sveiki, džiaugiamės galėdami pasiūlyti jums šią poziciją, atlyginimas 2500 EUR.",
        "offer",
    ),
    (
        "lv-new-vacancies-digest",
        BOARD,
        "Jaunas vakances jums",
        "Ieteiktās vakances pēc jūsu meklēšanas.",
        "job_alert",
    ),
    (
        "lv-application-received",
        ATS,
        "Paldies par jūsu pieteikumu",
        "Labdien, jūsu pieteikums ir saņemts.",
        "application_confirmation",
    ),
    (
        "lv-another-candidate",
        RECRUITER,
        "Grāmatveža vakance",
        "Labdien, diemžēl esam izvēlējušies citu kandidātu.",
        "rejection",
    ),
    (
        "lv-interview-invitation",
        RECRUITER,
        "Uzaicinājums uz darba interviju",
        "Labdien, vēlamies uzaicināt jūs uz interviju otrdien.",
        "interview_invitation",
    ),
    ("lv-cv-viewed", BOARD, "Jūsu CV", "Darba devējs apskatīja jūsu CV.", "status_update"),
    (
        "et-new-jobs-digest",
        BOARD,
        "Uued tööpakkumised sulle",
        "Sulle sobivad tööpakkumised Tallinnas.",
        "job_alert",
    ),
    (
        "et-thanks-for-applying",
        ATS,
        "Täname kandideerimast",
        "Tere, oleme teie kandideerimise kätte saanud.",
        "application_confirmation",
    ),
    (
        "et-another-candidate",
        RECRUITER,
        "Raamatupidaja konkurss",
        "Tere, otsustasime seekord teise kandidaadi kasuks.",
        "rejection",
    ),
    (
        "et-interview-invitation",
        RECRUITER,
        "Kutse tööintervjuule",
        "Tere, kutsume teid vestlusele neljapäeval kell 10.",
        "interview_invitation",
    ),
    (
        "et-trial-task",
        RECRUITER,
        "Järgmine samm",
        "Tere, palun lahendage proovitöö reedeks.",
        "assessment",
    ),
]

BULGARIAN = [
    (
        "bg-new-ads-digest",
        BOARD,
        "Нови обяви за работа",
        "Подходящи обяви по вашето търсене в София.",
        "job_alert",
    ),
    (
        "bg-application-received",
        ATS,
        "Благодарим ви за кандидатурата",
        "Здравейте, получихме вашата кандидатура за позицията Счетоводител.",
        "application_confirmation",
    ),
    (
        "bg-another-candidate",
        RECRUITER,
        "Позиция Счетоводител",
        "Здравейте, за съжаление избрахме друг кандидат.",
        "rejection",
    ),
    (
        "bg-unfortunately-cannot-go-on",
        RECRUITER,
        "Относно кандидатурата ви",
        "За съжаление не можем да продължим с вашата кандидатура.",
        "rejection",
    ),
    (
        "bg-interview-invitation",
        RECRUITER,
        "Покана за интервю",
        "Здравейте, каним ви на интервю в четвъртък от 10 часа.",
        "interview_invitation",
    ),
    (
        "bg-test-task",
        RECRUITER,
        "Следваща стъпка",
        "Здравейте, изпращаме ви тестова задача със срок петък.",
        "assessment",
    ),
    (
        "bg-application-viewed",
        BOARD,
        "Кандидатурата ви",
        "Работодателят прегледа вашата кандидатура.",
        "status_update",
    ),
]

SOUTH_SLAVIC = [
    (
        "hr-new-ads-digest",
        BOARD,
        "Novi oglasi za posao",
        "Preporučeni oglasi prema vašoj pretrazi u Zagrebu.",
        "job_alert",
    ),
    (
        "hr-application-thanked-for",
        ATS,
        "Vaša prijava",
        "Zahvaljujemo na vašoj prijavi na oglas za radno mjesto Računovođa.",
        "application_confirmation",
    ),
    (
        "sr-another-candidate",
        RECRUITER,
        "Pozicija Računovođa",
        "Poštovani, nažalost odlučili smo se za drugog kandidata.",
        "rejection",
    ),
    (
        "hr-not-selected",
        RECRUITER,
        "Odluka o odabiru",
        "Poštovani, obavještavamo vas da niste odabrani za daljnji krug.",
        "rejection",
    ),
    (
        "sr-interview-invitation",
        RECRUITER,
        "Poziv na razgovor za posao",
        "Poštovani, pozivamo vas na razgovor u četvrtak u 10 časova.",
        "interview_invitation",
    ),
    (
        "sr-offer",
        RECRUITER,
        "Ponuda",
        "Poštovani, drago nam je što vam možemo ponuditi vam posao, plata 150.000 dinara.",
        "offer",
    ),
    (
        "sr-cyrillic-interview-invitation",
        RECRUITER,
        "Позив на разговор",
        "Поштовани, позивамо вас на разговор у четвртак.",
        "interview_invitation",
    ),
    (
        "sr-cyrillic-another-candidate",
        RECRUITER,
        "Позиција Рачуновођа",
        "Поштовани, нажалост изабрали смо другог кандидата.",
        "rejection",
    ),
    (
        "sr-application-viewed",
        BOARD,
        "Vaša prijava",
        "Poslodavac je pregledao vašu prijavu za poziciju Računovođa.",
        "status_update",
    ),
    (
        "sl-new-jobs-digest",
        BOARD,
        "Nove zaposlitve za vas",
        "Priporočene zaposlitve glede na vaše iskanje.",
        "job_alert",
    ),
    (
        "sl-application-received",
        ATS,
        "Vaša prijava",
        "Prejeli smo vašo prijavo na delovno mesto Računovodja.",
        "application_confirmation",
    ),
    (
        "sl-another-candidate",
        RECRUITER,
        "Delovno mesto Računovodja",
        "Spoštovani, žal smo izbrali drugega kandidata.",
        "rejection",
    ),
    (
        "sl-interview-invitation",
        RECRUITER,
        "Vabilo na razgovor",
        "Spoštovani, vabimo vas na razgovor v četrtek ob 10. uri.",
        "interview_invitation",
    ),
]

CATALAN_HINDI = [
    (
        "ca-new-jobs-digest",
        BOARD,
        "Noves ofertes de feina per a tu",
        "Ofertes recomanades segons la teva cerca.",
        "job_alert",
    ),
    (
        "ca-application-received",
        ATS,
        "Candidatura",
        "Hola Jordi, hem rebut la teva candidatura per a la posició de Comptable.",
        "application_confirmation",
    ),
    (
        "ca-another-candidate",
        RECRUITER,
        "Posició de Comptable",
        "Hola Jordi, hem decidit continuar amb un altre candidat.",
        "rejection",
    ),
    (
        "ca-unfortunately-not-selected",
        RECRUITER,
        "La teva candidatura",
        "Malauradament la teva candidatura no ha estat seleccionada.",
        "rejection",
    ),
    (
        "ca-application-viewed",
        BOARD,
        "La teva candidatura",
        "L'empresa ha vist la teva candidatura.",
        "status_update",
    ),
    ("hi-new-jobs-digest", BOARD, "आपके लिए नौकरियां", "आपकी खोज से मेल खाती नई नौकरियां।", "job_alert"),
    (
        "hi-application-received",
        ATS,
        "आवेदन",
        "अकाउंटेंट पद के लिए आपका आवेदन सफलतापूर्वक जमा हो गया है।",
        "application_confirmation",
    ),
    (
        "hi-not-selected",
        RECRUITER,
        "आवेदन की स्थिति",
        "दुर्भाग्य से इस पद के लिए आपका चयन नहीं हुआ है।",
        "rejection",
    ),
    (
        "hi-interview-invitation",
        RECRUITER,
        "इंटरव्यू",
        "नमस्ते, हम आपको गुरुवार को इंटरव्यू के लिए आमंत्रित करते हैं।",
        "interview_invitation",
    ),
    (
        "hi-offer-letter",
        RECRUITER,
        "ऑफर लेटर",
        "बधाई हो! आपका ऑफर लेटर संलग्न है, वेतन 6 लाख प्रति वर्ष।",
        "offer",
    ),
]


@by_id(HUNGARIAN + BALTIC + BULGARIAN + SOUTH_SLAVIC + CATALAN_HINDI)
def test_job_mail_in_more_languages(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@by_id(
    [
        # "prijava" is any registration: a cooking course's is no application
        (
            "hr-course-registration",
            SHOP,
            "Hvala na prijavi",
            "Hvala na prijavi na tečaj kuhanja u subotu.",
            "other",
        ),
        # Spanish "deja" (leave) is no Lithuanian "unfortunately"
        (
            "es-leave-your-cv",
            SHOP,
            "Novedades",
            "Deja tu CV en nuestra web y no te pierdas las ofertas de candidaturas.",
            "other",
        ),
        # a loan application received in Hindi is no job application
        ("hi-loan-application", SHOP, "लोन आवेदन", "आपका लोन आवेदन सफलतापूर्वक जमा हो गया है।", "other"),
        # a Hungarian shop's "new" goods are no job alert
        (
            "hu-shop-offer",
            SHOP,
            "Új termékek",
            "Szeretnénk ajánlatot tenni Önnek a téli kollekcióra.",
            "other",
        ),
    ]
)
def test_ordinary_mail_in_those_languages_stays_other(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Pénzügyi elemző", "Jó napot, ezúton visszavonom a jelentkezésemet. Üdvözlettel, Sam"),
        ("Re: Buhalteris", "Sveiki, atsiimu savo paraišką. Ačiū, Sam"),
        ("Re: Grāmatvedis", "Labdien, vēlos atsaukt savu pieteikumu. Paldies, Sam"),
        ("Re: Raamatupidaja", "Tere, võtan oma kandideerimise tagasi. Aitäh, Sam"),
        ("Re: Счетоводител", "Здравейте, оттеглям кандидатурата си. Поздрави, Сам"),
        ("Re: Računovođa", "Poštovani, povlačim svoju prijavu. Hvala, Sam"),
        ("Re: Računovodja", "Spoštovani, umikam svojo prijavo. Hvala, Sam"),
        ("Re: Comptable", "Hola, voldria retirar la meva candidatura. Gràcies, Sam"),
        ("Re: Accountant", "नमस्ते, मैं अपना आवेदन वापस लेना चाहता हूं।"),
    ],
    ids=[
        "hungarian",
        "lithuanian",
        "latvian",
        "estonian",
        "bulgarian",
        "croatian",
        "slovenian",
        "catalan",
        "hindi",
    ],
)
def test_own_withdrawal_in_more_languages_is_a_status(run_pipes, subject, body):
    sender = own_mail(["anna.recruiter@northwind-example.com"])
    assert kind_of(run_pipes, sender, subject, body) == "status_update"

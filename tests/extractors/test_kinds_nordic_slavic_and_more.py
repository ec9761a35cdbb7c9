"""sneaker_kind rules (no textcat) on job mail in languages the cue lists lacked (session 22):
Italian job-alert digests, Swedish, Norwegian, Danish, Finnish, Czech and Slovak, Polish,
Romanian, Greek, Russian and Ukrainian, Hebrew, Roman Urdu and Bangla; and the candidate's own
withdrawal in more languages. All text is invented."""

import pytest

from tests.extractors.kind_cases import by_id, kind_of, own_mail

BOARD = {"from_name": "Jobs", "from_addr": "noreply@jobboard-mailer.com"}
ATS = {"from_name": "Recruitment", "from_addr": "no-reply@ats-mailer.com"}
RECRUITER = {"from_name": "Team Lead", "from_addr": "recruiting@northwind-example.com"}

LANGUAGES = [
    (
        "italian-digest-new-jobs-for-you",
        BOARD,
        'Chiara, 7 nuovi lavori per te: "merchandiser"',
        "Ecco gli annunci consigliati in base alla tua ricerca salvata. Visualizza tutti.",
        "job_alert",
    ),
    (
        "swedish-application-sent",
        BOARD,
        "Din ansökan har skickats",
        "Hej Anna! Din ansökan har skickats till Nordvik AB för tjänsten Ekonom.",
        "application_confirmation",
    ),
    (
        "swedish-post-filled",
        RECRUITER,
        "Angående tjänsten som ekonom",
        "Hej Anna, tack för ditt intresse. Tjänsten är tillsatt och vi har valt en annan kandidat.",
        "rejection",
    ),
    (
        "swedish-new-jobs-digest",
        BOARD,
        "12 nya jobb som matchar din bevakning",
        "Här är nya jobb för dig i Stockholm.",
        "job_alert",
    ),
    (
        "norwegian-application-received",
        ATS,
        "Takk for søknaden",
        "Hei Ola, søknaden din er mottatt. Vi tar kontakt etter søknadsfristen.",
        "application_confirmation",
    ),
    (
        "norwegian-invited-to-interview",
        RECRUITER,
        "Intervju - regnskapsfører",
        "Hei Ola, vi vil gjerne invitere deg til intervju tirsdag kl. 10.",
        "interview_invitation",
    ),
    (
        "danish-job-agent",
        BOARD,
        "Din jobagent: 5 nye job",
        "Vi har fundet nye job til dig.",
        "job_alert",
    ),
    (
        "danish-post-filled",
        RECRUITER,
        "Vedr. din ansøgning",
        "Kære Mette, tak for din interesse. Stillingen er besat.",
        "rejection",
    ),
    (
        "finnish-application-received",
        ATS,
        "Kiitos hakemuksestasi",
        "Hei Aino, olemme vastaanottaneet hakemuksesi tehtävään Controller.",
        "application_confirmation",
    ),
    (
        "finnish-choice-fell-elsewhere",
        RECRUITER,
        "Rekrytointi: Controller",
        "Hei Aino, valitettavasti valinta ei tällä kertaa kohdistunut sinuun.",
        "rejection",
    ),
    (
        "finnish-interview-invitation",
        RECRUITER,
        "Haastattelukutsu",
        "Hei Aino, haluaisimme kutsua sinut haastatteluun ensi viikolla.",
        "interview_invitation",
    ),
    (
        "czech-response-sent",
        BOARD,
        "Děkujeme za vaši odpověď",
        "Vaše odpověď byla odeslána společnosti Vltava s.r.o. na pozici Účetní.",
        "application_confirmation",
    ),
    (
        "czech-another-candidate",
        RECRUITER,
        "Výběrové řízení - Účetní",
        "Dobrý den, děkujeme za zájem. Bohužel jsme se rozhodli pro jiného kandidáta.",
        "rejection",
    ),
    (
        "slovak-interview-invitation",
        RECRUITER,
        "Pozvánka na pohovor",
        "Dobrý deň, radi by sme vás pozvali na osobný pohovor v stredu o 14:00.",
        "interview_invitation",
    ),
    (
        "polish-application-sent",
        BOARD,
        "Twoja aplikacja została wysłana",
        "Cześć Kasia, twoja aplikacja została wysłana do pracodawcy.",
        "application_confirmation",
    ),
    (
        "polish-chose-another-candidate",
        RECRUITER,
        "Rekrutacja - Starszy Księgowy",
        "Dziękujemy za udział w rekrutacji. Zdecydowaliśmy się na współpracę z innym kandydatem.",
        "rejection",
    ),
    (
        "romanian-application-thanked-for",
        BOARD,
        "Aplicația ta a fost trimisă",
        "Îți mulțumim pentru aplicare. Angajatorul îți va vedea CV-ul în curând.",
        "application_confirmation",
    ),
    (
        "romanian-interview-invitation",
        RECRUITER,
        "Invitație la interviu",
        "Bună ziua, vă invităm la un interviu joi la ora 11.",
        "interview_invitation",
    ),
    (
        "greek-application-received",
        ATS,
        "Λάβαμε την αίτησή σας",
        "Σας ευχαριστούμε, λάβαμε την αίτησή σας για τη θέση Λογιστή.",
        "application_confirmation",
    ),
    (
        "greek-another-candidate",
        RECRUITER,
        "Η αίτησή σας",
        "Δυστυχώς επιλέξαμε άλλον υποψήφιο για τη θέση.",
        "rejection",
    ),
    (
        "russian-response-sent",
        BOARD,
        "Вы откликнулись на вакансию",
        "Вы откликнулись на вакансию Аналитик данных. Работодатель рассмотрит ваше резюме.",
        "application_confirmation",
    ),
    (
        "russian-not-ready-to-invite",
        BOARD,
        "Ответ по вакансии Аналитик данных",
        "К сожалению, работодатель не готов пригласить вас на собеседование.",
        "rejection",
    ),
    (
        "russian-new-vacancies-digest",
        BOARD,
        "Новые вакансии для вас",
        "Подходящие вакансии по вашему запросу: аналитик данных, Москва.",
        "job_alert",
    ),
    (
        "ukrainian-interview-invitation",
        RECRUITER,
        "Запрошення на співбесіду",
        "Добрий день! Запрошуємо вас на співбесіду у четвер о 15:00.",
        "interview_invitation",
    ),
    (
        "hebrew-cv-received",
        BOARD,
        "קורות החיים שלך נשלחו",
        "קורות החיים שלך נשלחו בהצלחה למשרה אנליסט נתונים.",
        "application_confirmation",
    ),
    (
        "hebrew-interview-invitation",
        RECRUITER,
        "הזמנה לראיון",
        "שלום, נשמח להזמין אותך לראיון ביום שלישי.",
        "interview_invitation",
    ),
    (
        "roman-urdu-invited-to-interview",
        RECRUITER,
        "Interview - Accounts Officer",
        "Salam, aap ko interview ke liye invite karna chahte hain, kal 11 baje.",
        "interview_invitation",
    ),
    (
        "bangla-application-received",
        BOARD,
        "আবেদনের জন্য ধন্যবাদ",
        "আপনার আবেদন গ্রহণ করা হয়েছে।",
        "application_confirmation",
    ),
]


@by_id(LANGUAGES)
def test_job_mail_in_more_languages(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Kontroler finansowy",
            "Dzień dobry, rezygnuję z dalszego udziału w procesie rekrutacji.",
        ),
        ("Re: Kontroler finansowy", "Dzień dobry, wycofuję swoją kandydaturę. Pozdrawiam, Sam"),
        ("Sv: Ekonom", "Hej, jag drar tillbaka min ansökan. Tack för er tid."),
        ("Re: Regnskapsfører", "Hei, jeg trekker søknaden min. Takk for tiden."),
        ("AW: Controller", "Guten Tag, hiermit ziehe ich meine Bewerbung für die Stelle zurück."),
        ("Re: Buyer", "Buongiorno, vorrei ritirare la mia candidatura. Grazie, Sam"),
    ],
    ids=["polish-opt-out", "polish-withdraw", "swedish", "norwegian", "german", "italian"],
)
def test_own_withdrawal_in_more_languages_is_a_status(run_pipes, subject, body):
    sender = own_mail(["anna.recruiter@northwind-example.com"])
    assert kind_of(run_pipes, sender, subject, body) == "status_update"

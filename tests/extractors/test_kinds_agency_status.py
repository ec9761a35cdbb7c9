"""sneaker_kind rules (no textcat): an agency that has sent the candidate's CV to its client,
and a search put on hold, are status updates (docs/labeling.md); career newsletters of boards
and agencies are job alerts. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

AGENT = {"from_name": "Tom Reed", "from_addr": "tom.reed@harbourline-search.co.uk"}
AGENT_DE = {"from_name": "Jonas Weber", "from_addr": "j.weber@talentwerk-personal.de"}
AGENCY = {"from_name": "Harbourline Search", "from_addr": "news@harbourline-search.co.uk"}
EMPLOYER = {"from_name": "Corbel Careers", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    (
        "sent-your-cv-to-my-client",
        AGENT,
        "Data Analyst role",
        "Hi Sam, I've sent your CV over to my client this morning. I'll let you know as soon as "
        "I hear back.",
        "status_update",
    ),
    (
        "submitted-your-profile-to-our-client",
        AGENT,
        "Update",
        "Quick one: we have submitted your profile to our client for the Analyst role.",
        "status_update",
    ),
    (
        "submitted-your-cv-to-the-hiring-manager",
        AGENT,
        "Next step",
        "Hi Sam, I've just submitted your CV to the hiring manager. Fingers crossed!",
        "status_update",
    ),
    (
        "german-profile-forwarded-to-our-client",
        AGENT_DE,
        "Ihre Bewerbung",
        "Hallo Sam, ich habe Ihr Profil an unseren Kunden weitergeleitet und melde mich bald.",
        "status_update",
    ),
    (
        "french-cv-sent-to-our-client",
        AGENT,
        "Votre candidature",
        "Bonjour Sam, j'ai transmis votre CV à notre client ce matin.",
        "status_update",
    ),
    (
        "spanish-cv-sent-to-our-client",
        AGENT,
        "Tu candidatura",
        "Hola Sam, he enviado tu CV a nuestro cliente esta mañana.",
        "status_update",
    ),
    (
        "client-put-the-search-on-hold",
        AGENT,
        "Analyst search",
        "Hi Sam, the client has put the search on hold for now. I'll come back to you if it "
        "reopens.",
        "status_update",
    ),
    (
        "we-have-paused-hiring-for-the-role",
        EMPLOYER,
        "Your application",
        "We wanted to let you know we have paused hiring for this role for a few weeks.",
        "status_update",
    ),
    (
        "agency-salary-guide",
        AGENCY,
        "Our 2027 salary guide is here",
        "Download the 2027 salary guide for technology roles. Unsubscribe",
        "job_alert",
    ),
    (
        "board-market-report",
        AGENCY,
        "Q3 market report",
        "Our market report on hiring in finance is out. Unsubscribe",
        "job_alert",
    ),
    (
        "portuguese-cv-sent-to-the-client",
        AGENT,
        "Currículo enviado",
        "Oi Sam, enviei seu CV e portfólio para o cliente hoje de manhã. Te atualizo.",
        "status_update",
    ),
    (
        "portuguese-vacancy-frozen",
        EMPLOYER,
        "Vaga - atualização",
        "Oi Sam, a vaga de Designer está temporariamente congelada por questões de orçamento.",
        "status_update",
    ),
    (
        "polish-new-offers-alert",
        {"from_name": "Praca Teraz", "from_addr": "powiadomienia@praca-teraz.pl"},
        "12 nowych ofert: tester, Kraków",
        "Nowe oferty pasujące do Twojego powiadomienia.",
        "job_alert",
    ),
    (
        "italian-application-sent",
        {"from_name": "Corbel - Lavora con noi", "from_addr": "noreply@corbel-careers.it"},
        "Conferma candidatura",
        "Grazie, abbiamo registrato i tuoi dati.",
        "application_confirmation",
    ),
    # the client's decision stays what it is
    (
        "cv-sent-then-client-declined",
        AGENT,
        "Data Analyst role",
        "I sent your CV to my client last week; unfortunately the client has decided not to "
        "move forward.",
        "rejection",
    ),
    (
        "cv-sent-and-client-wants-an-interview",
        AGENT,
        "Interview",
        "I sent your CV to my client and they would like to invite you to an interview on "
        "Tuesday at 10am.",
        "interview_invitation",
    ),
    # an agency reaching out first stays outreach
    (
        "my-client-is-hiring",
        AGENT,
        "Opportunity",
        "Hi Sam, my client is hiring a Data Analyst and your background looks really relevant. "
        "Are you open to a chat?",
        "recruiter_outreach",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


FRIEND = {"from_name": "Ola Nowak", "from_addr": "ola.nowak84@gmail.com"}

# A contact's note about the search in more languages (kinds._JOB_TALK) is networking; a
# relative's note about Sunday lunch stays other.
NOTES = [
    (
        "polish-looking-for-something-new",
        "kawa?",
        "Hej Kasia, słyszałam, że szukasz czegoś nowego. Kawa w środę?",
        "networking",
    ),
    (
        "polish-do-you-know-someone",
        "pytanie",
        "Hej, polecisz kogoś do naszego zespołu? Ty jesteś pewnie za droga.",
        "networking",
    ),
    (
        "french-introduction",
        "Mise en relation",
        "Bonjour à tous les deux, comme promis je vous mets en relation.",
        "networking",
    ),
    (
        "italian-open-role",
        "ci sentiamo?",
        "Ciao! Da noi si è aperto un ruolo nel team dati, ti va un caffè?",
        "networking",
    ),
    (
        "portuguese-introduction",
        "Apresentação: Marina e Pedro",
        "Oi Marina, oi Pedro! Fazendo a ponte aqui como prometido.",
        "networking",
    ),
    (
        "recommendation-letter",
        "Recommendation letter",
        "Dear Sam, I have uploaded the recommendation as requested. All the best.",
        "networking",
    ),
    (
        "polish-sunday-lunch-stays-other",
        "niedziela",
        "Kasiu, w niedzielę robię pierogi, przyjedziecie? Tata pyta o telefon.",
        "other",
    ),
    (
        "birthday-presents-stay-other",
        "party",
        "Party on Sunday at 4, no presents please, just bring the kids!",
        "other",
    ),
]


@by_id([(case_id, FRIEND, subject, body, kind) for case_id, subject, body, kind in NOTES])
def test_a_contacts_note(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

"""sneaker_kind rules (no textcat): rejections, "viewed" notices and confirmed withdrawals in
Italian, Portuguese, French, German, Dutch and Polish wording that only thanks for the
application besides (session 9). All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

ATS = {"from_name": "Talent Orsa", "from_addr": "no-reply@orsa-careers.eu"}
BOARD = {"from_name": "Lavoro Portale", "from_addr": "noreply@lavoro-portale.it"}
RECRUITER = {"from_name": "Giulia Conti", "from_addr": "giulia.conti@orsa-group.it"}

CASES = [
    (
        "it-selection-goes-on-with-other-candidates",
        ATS,
        "Esito candidatura",
        "Grazie per la candidatura. Abbiamo deciso di proseguire l'iter di selezione con altri "
        "candidati.",
        "rejection",
    ),
    (
        "it-profiles-closer-to-the-needs",
        ATS,
        "La tua candidatura",
        "Grazie per la candidatura. Abbiamo deciso di procedere con profili più vicini alle "
        "esigenze del team.",
        "rejection",
    ),
    (
        "it-no-follow-up-to-the-application",
        ATS,
        "Candidatura - Analista",
        "La ringraziamo per la candidatura. Non è stato possibile dare seguito alla Sua "
        "candidatura.",
        "rejection",
    ),
    (
        "it-position-closed",
        ATS,
        "Aggiornamento della tua candidatura",
        "Grazie per l'interesse. La posizione di Analista è stata chiusa.",
        "rejection",
    ),
    (
        "it-agency-will-not-proceed",
        RECRUITER,
        "Candidatura Analista",
        "Ho visionato il tuo CV: non procederei con la candidatura su questa posizione.",
        "rejection",
    ),
    (
        "pt-other-applications-continue",
        ATS,
        "Obrigado por participar",
        "Agradecemos a sua candidatura. Optamos por dar continuidade com outras candidaturas.",
        "rejection",
    ),
    (
        "pt-no-follow-up",
        RECRUITER,
        "Candidatura Analista",
        "Agradecemos a sua candidatura, mas nesta fase não daremos seguimento.",
        "rejection",
    ),
    (
        "fr-cannot-go-on-together",
        RECRUITER,
        "Candidature Analyste",
        "Merci pour votre candidature. Nous ne pourrons donc pas avancer ensemble sur ce poste.",
        "rejection",
    ),
    (
        "de-decision-not-in-your-favour",
        ATS,
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung. Die Entscheidung ist nicht zu Ihren Gunsten ausgefallen.",
        "rejection",
    ),
    (
        "nl-committee-chose-another-candidate",
        ATS,
        "Uitslag sollicitatie",
        "Bedankt voor uw komst. De commissie heeft besloten een andere kandidaat voor te dragen.",
        "rejection",
    ),
    (
        "pl-not-to-the-next-stage",
        ATS,
        "Twoja aplikacja",
        "Dziękujemy za aplikację. Twoja kandydatura nie przejdzie do kolejnego etapu.",
        "rejection",
    ),
    (
        "it-viewed-cv-is-a-status",
        BOARD,
        "Orsa ha letto il tuo CV",
        "Buone notizie: Orsa ha visualizzato il tuo CV per l'offerta Analista.",
        "status_update",
    ),
    (
        "de-application-viewed-is-a-status",
        BOARD,
        "Neuigkeiten",
        "Orsa hat Ihre Bewerbung angesehen.",
        "status_update",
    ),
    (
        "nl-own-withdrawal-confirmed",
        ATS,
        "Je sollicitatie bij Orsa",
        "Je hebt je sollicitatie voor Analist ingetrokken. Dat hebben we verwerkt.",
        "status_update",
    ),
    (
        "it-withdrawal-as-requested",
        ATS,
        "Conferma ritiro candidatura",
        "Confermiamo che la tua candidatura è stata ritirata come da tua richiesta.",
        "status_update",
    ),
    # a condition is no decision
    (
        "it-other-candidates-only-if",
        ATS,
        "Candidatura",
        "Se decidessimo di proseguire con altri candidati ti avviseremo.",
        "other",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

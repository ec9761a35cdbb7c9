"""sneaker_kind rules (no textcat): Dutch and Italian ATS, job-board and agency wording.
All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

BOARD = {"from_name": "Vacatureplein", "from_addr": "noreply@vacatureplein-mail.nl"}
ATS = {"from_name": "Werken bij Dijkstra", "from_addr": "no-reply@dijkstra-werkenbij.nl"}
RECRUITER = {"from_name": "Sanne de Vries", "from_addr": "sanne.devries@dijkstra-groep.nl"}
IT_ATS = {"from_name": "Lavora con Ferri", "from_addr": "no-reply@ferri-careers.it"}
IT_RECRUITER = {"from_name": "Giulia Conti", "from_addr": "giulia.conti@ferri-spa.it"}

CASES = [
    (
        "nl-application-received",
        ATS,
        "Je sollicitatie is ontvangen",
        "Beste Kim, bedankt voor je interesse in Dijkstra. We hebben je sollicitatie voor de "
        "functie Data Analist in goede orde ontvangen.",
        "application_confirmation",
    ),
    (
        "nl-receipt-confirmed",
        ATS,
        "Ontvangstbevestiging",
        "Geachte mevrouw Bos, hierbij bevestigen wij de ontvangst van uw sollicitatie.",
        "application_confirmation",
    ),
    (
        "nl-reaction-sent-to-client",
        BOARD,
        "Reactie verstuurd",
        "Je reactie op de opdracht Data Analist (6 mnd) is verstuurd naar de opdrachtgever.",
        "application_confirmation",
    ),
    (
        "nl-not-selected",
        BOARD,
        "Update over je sollicitatie",
        "Dijkstra heeft de status van je sollicitatie bijgewerkt naar: niet geselecteerd.",
        "rejection",
    ),
    (
        "nl-not-invited",
        ATS,
        "Uw sollicitatie",
        "Helaas moeten wij u mededelen dat wij u niet uitnodigen voor een gesprek.",
        "rejection",
    ),
    (
        "nl-role-already-filled",
        RECRUITER,
        "Sollicitatie Data Analist",
        "Excuses voor de late reactie. De functie is helaas al in augustus ingevuld.",
        "rejection",
    ),
    (
        "nl-withdrawal-confirmed",
        ATS,
        "Bevestiging intrekking sollicitatie",
        "Hierbij bevestigen wij dat u uw sollicitatie heeft ingetrokken.",
        "status_update",
    ),
    (
        "nl-invite-to-talk",
        RECRUITER,
        "Uitnodiging",
        "Hoi Kim, we willen je graag uitnodigen voor een eerste gesprek volgende week.",
        "interview_invitation",
    ),
    (
        "nl-job-tip",
        BOARD,
        "Vacaturetip: Data Analist bij Dijkstra",
        "Op basis van je zoekgedrag denken we dat deze vacature je interesseert.",
        "job_alert",
    ),
    (
        "it-application-received",
        IT_ATS,
        "Candidatura ricevuta",
        "Gentile Marco, abbiamo ricevuto la sua candidatura per la posizione di Analista.",
        "application_confirmation",
    ),
    (
        "it-not-selected",
        IT_ATS,
        "La tua candidatura",
        "Ti ringraziamo per l'interesse. Non siamo in grado di proseguire con la tua candidatura.",
        "rejection",
    ),
    (
        "it-position-filled",
        IT_RECRUITER,
        "Posizione Analista",
        "Ciao Marco, la posizione di Analista è già stata coperta.",
        "rejection",
    ),
    (
        "it-invite-to-interview",
        IT_RECRUITER,
        "Colloquio",
        "Ciao Marco, vorremmo invitarti a un colloquio conoscitivo giovedì alle 10.",
        "interview_invitation",
    ),
    (
        "it-new-job-ads",
        {"from_name": "Lavoro Oggi", "from_addr": "alert@lavoro-oggi.it"},
        "Nuove offerte di lavoro per te",
        "Abbiamo trovato 12 nuove offerte di lavoro per te.",
        "job_alert",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

"""sneaker_kind rules (no textcat): Spanish and Portuguese ATS and job-board wording, the
candidate's own withdrawal or decline confirmed, and the English classes of session 6.
All text is invented."""

import pytest

from extractors.kinds import is_hedged
from tests.extractors.kind_cases import PIPES, by_id, kind_of

BOARD = {"from_name": "Empleos", "from_addr": "noreply@empleos-portal.es"}
ATS = {"from_name": "Talento Lumen", "from_addr": "no-reply@ats-mailer.com"}
RECRUITER = {"from_name": "Lucía Ferrer", "from_addr": "lucia.ferrer@lumen-retail.es"}
FRIEND = {"from_name": "Pedro Gil", "from_addr": "pedro.gil@gmail.com"}
AGENCY = {"from_name": "Tom Baker", "from_addr": "tom.baker@staffright.co.uk"}

CASES = [
    # --- Spanish and Portuguese acknowledgements
    (
        "es-signed-up-for-offer",
        BOARD,
        "Inscripción realizada: Analista de Ventas",
        "Hola Ana, te has inscrito correctamente en la oferta Analista de Ventas de Lumen.",
        "application_confirmation",
    ),
    (
        "es-registration-done",
        BOARD,
        "Tu inscripción",
        "Tu inscripción en la oferta Jefe de Tienda se ha realizado correctamente.",
        "application_confirmation",
    ),
    (
        "es-application-received-correctly",
        ATS,
        "Candidatura",
        "Le confirmamos que hemos recibido correctamente su candidatura a la posición de Analista.",
        "application_confirmation",
    ),
    (
        "es-application-sent-to",
        BOARD,
        "Ana, tu solicitud se ha enviado a Lumen",
        "Tu solicitud se ha enviado a Lumen. Analista de Datos, Madrid.",
        "application_confirmation",
    ),
    (
        "pt-application-received",
        ATS,
        "Candidatura recebida",
        "Olá Ana, recebemos a tua candidatura para Analista e vamos analisá-la.",
        "application_confirmation",
    ),
    # --- decisions
    (
        "es-discarded",
        BOARD,
        "Tu candidatura a Analista",
        "Lumen ha descartado tu candidatura para Analista de Ventas.",
        "rejection",
    ),
    (
        "es-status-field-not-selected",
        BOARD,
        "Actualización de tu candidatura",
        "Lumen ha actualizado el estado de tu candidatura.\n\nEstado: No seleccionado",
        "rejection",
    ),
    (
        "es-decided-not-to-advance",
        ATS,
        "Actualización",
        "Revisamos tu perfil y decidimos no avanzar con tu aplicación en esta ocasión.",
        "rejection",
    ),
    (
        "es-will-not-go-on",
        ATS,
        "Actualización",
        "Queremos informarte que no seguiremos adelante con tu aplicación.",
        "rejection",
    ),
    (
        "es-another-person",
        RECRUITER,
        "Proceso Analista",
        "Hemos decidido seguir adelante con otra persona para el puesto.",
        "rejection",
    ),
    (
        "es-another-chosen",
        RECRUITER,
        "Proceso Analista",
        "El proceso se cerró y fue seleccionada otra candidata con más experiencia.",
        "rejection",
    ),
    (
        "es-search-filled",
        ATS,
        "Tu postulación",
        "Te queríamos contar que la búsqueda de Analista Senior ya fue cubierta.",
        "rejection",
    ),
    (
        "es-application-will-not-continue",
        ATS,
        "Proceso de selección",
        "Te comunicamos que tu candidatura no continuará en el proceso.",
        "rejection",
    ),
    (
        "pt-will-not-go-on-with-you",
        RECRUITER,
        "Vaga de Analista",
        "Decidimos avançar com uma candidata local, por isso não vamos seguir contigo.",
        "rejection",
    ),
    (
        "fr-chose-another",
        RECRUITER,
        "Votre candidature",
        "Nous avons choisi un autre candidat pour ce poste.",
        "rejection",
    ),
    # a bare "other candidates" beside a status is no decision
    (
        "es-other-candidates-in-a-status",
        BOARD,
        "¡Sigues en el proceso!",
        'Tu candidatura está ahora en estado "En proceso". La empresa está valorando tu perfil '
        "junto con el de otros candidatos.",
        "status_update",
    ),
    # --- status
    (
        "es-employer-read-cv",
        BOARD,
        "Lumen ha leído tu CV",
        "Lumen ha leído tu CV para la oferta Analista.",
        "status_update",
    ),
    (
        "es-on-hold",
        ATS,
        "Actualización de tu candidatura",
        "Tu candidatura sigue activa. Ahora mismo la posición está en pausa.",
        "status_update",
    ),
    (
        "es-process-stopped",
        RECRUITER,
        "Proceso",
        "Hemos recibido tu prueba. En este momento el proceso está parado por una reorganización.",
        "status_update",
    ),
    (
        "pt-no-decision-yet",
        RECRUITER,
        "Re: Entrevista",
        "Ainda estamos a falar com mais candidatos e só teremos uma decisão em outubro.",
        "status_update",
    ),
    # --- invitations, assessments, alerts, outreach, offers
    (
        "es-meeting-confirmed",
        ATS,
        "Confirmación: llamada con Lucía",
        "Tu reunión ha quedado confirmada. Cuándo: viernes, 10:00.",
        "interview_invitation",
    ),
    (
        "es-day-and-hour",
        RECRUITER,
        "Siguiente paso",
        "Has pasado a la fase final. ¿Podrías el jueves 22 a las 13:00 en nuestra sede?",
        "interview_invitation",
    ),
    (
        "es-written-test",
        RECRUITER,
        "Analista",
        "Antes de pasar a entrevista necesitamos que completes una breve prueba escrita.",
        "assessment",
    ),
    (
        "es-new-jobs-alert",
        BOARD,
        "Empleos de analista en Madrid",
        "20 empleos nuevos de analista en Madrid. Analista · Lumen · Madrid.",
        "job_alert",
    ),
    (
        "es-agency-search",
        RECRUITER,
        "Analista de Ventas - Madrid",
        "Desde nuestra consultora estamos colaborando con una multinacional en la búsqueda de un "
        "Analista de Ventas.",
        "recruiter_outreach",
    ),
    (
        "es-proposal-with-pay",
        RECRUITER,
        "Propuesta",
        "Queremos hacerte una propuesta para el rol de Analista: 3.000 euros mensuales.",
        "offer",
    ),
    # --- the candidate's own withdrawal or decline, confirmed
    (
        "withdrawal-confirmed-beats-closed-offer",
        ATS,
        "Withdrawal confirmation",
        "We confirm that you have withdrawn from vacancy 1234. Your provisional offer has been "
        "removed.",
        "status_update",
    ),
    (
        "agency-passes-on-decline",
        AGENCY,
        "RE: offer",
        "Totally understand - I'll let them know you've decided to stay in your current role.",
        "status_update",
    ),
    (
        "congratulations-on-a-new-role-is-a-hint",
        RECRUITER,
        "RE: Analyst",
        "No problem at all, and congratulations on the new role. Let's stay connected.",
        "status_update",
    ),
    (
        "es-respect-decision",
        RECRUITER,
        "RE: Propuesta",
        "Lamentamos tu decisión pero la entendemos. Dejamos constancia de que declinas la "
        "propuesta.",
        "status_update",
    ),
    (
        "es-withdrawal-done",
        ATS,
        "Has retirado tu candidatura",
        "Te confirmamos que has retirado tu candidatura de la oferta Analista.",
        "status_update",
    ),
    # --- English classes
    (
        "closed-your-interview-request",
        ATS,
        "Update from Northside Hospital",
        "Northside Hospital has closed your interview request for Registered Nurse.",
        "rejection",
    ),
    (
        "close-all-current-applications",
        RECRUITER,
        "Analyst search",
        "We have decided to put the search on hold and close all current applications.",
        "rejection",
    ),
    (
        "ended-up-hiring-somebody",
        {"from_name": "Rob Mallory", "from_addr": "rob.m@gmail.com"},
        "Re: cleaner job",
        "Hi Jo, sorry for the slow reply. We ended up hiring somebody for the "
        "evening spot already. Good luck",
        "rejection",
    ),
    (
        "job-has-gone",
        {"from_name": "Gary", "from_addr": "gary.b@hotmail.co.uk"},
        "RE: cv",
        "hi jo sorry the shop assistant job has gone now. will keep ur cv in case.",
        "rejection",
    ),
    (
        "appointed-another-candidate",
        ATS,
        "Recruitment decision",
        "The recruitment for the Lecturer position has been concluded. The Dean has appointed "
        "another candidate.",
        "rejection",
    ),
    (
        "recruited-all-seasonal-staff",
        ATS,
        "Your Christmas temp application",
        "Thank you for applying. We've now recruited all the seasonal colleagues we need.",
        "rejection",
    ),
    (
        "job-gone-live-is-no-decision",
        RECRUITER,
        "New role",
        "The analyst role has gone live on our site today, take a look.",
        "other",
    ),
    (
        "vacancy-closed-early-is-no-decision",
        ATS,
        "The vacancy you applied for has closed early",
        "The vacancy closed early because of a high number of applications. Your application has "
        "been received before the closing date.",
        "application_confirmation",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a time's colon ends no clause: the condition still governs the cue
        (
            "If you do not complete them by 11:59 PM ET, you will not be considered.",
            "not be considered",
            True,
        ),
        ("Deadline: you will not be considered after Friday.", "not be considered", False),
    ],
    ids=["time-colon-keeps-the-condition", "label-colon-starts-a-clause"],
)
def test_is_hedged_across_a_time(text, cue, expected):
    start = text.index(cue)
    assert is_hedged(text, start, start + len(cue)) is expected


def test_a_friend_introducing_in_spanish_is_networking(run_pipes):
    doc = run_pipes(
        PIPES,
        subject="Te presento a Laura",
        body_text="Laura, te presento a Ana. Está buscando su siguiente reto; tomad un café.",
        **FRIEND,
    )
    assert doc._.facts["kind"] == "networking"


def test_not_guaranteeing_an_offer_is_no_offer(run_pipes):
    doc = run_pipes(
        PIPES,
        subject="Your application has been referred",
        body_text="Your name has been referred to the selecting official. Being referred does "
        "not guarantee an interview or a job offer.",
        from_name="USA Staffing",
        from_addr="no-reply@staffing-agency.gov",
    )
    assert doc._.facts["kind"] != "offer"

"""sneaker_kind rules (no textcat) on Spanish, French and Thai job mail whose wording the cue
lists lacked: the candidate's own withdrawal or decline, an employer confirming a withdrawal
or voiding the offer letter the candidate declined,
an agency presenting the candidate, tests and background checks to take, and Thai
invitations, acknowledgements, views and refusals; and a job board's word on what "some
employers" do is no news. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of, own_mail

HR = {"from_name": "Talento Humano", "from_addr": "talento@logimex.com.mx"}
AGENCY = {"from_name": "Mariana Soto", "from_addr": "mariana.soto@talentia.com.mx"}
THAI_HR = {"from_name": "ฝ่ายบุคคล", "from_addr": "hr@riverside-hotel.co.th"}
BOARD = {"from_name": "JobBoard", "from_addr": "noreply@jobboard.example"}
RECRUITER = ["lucia.perez@logimex.com.mx"]

INCOMING = [
    (
        "employer-confirms-a-withdrawal-in-spanish",
        HR,
        "Logimex - Retiro de postulación",
        "Hola Carlos,\n\nConfirmamos que retiraste tu postulación a la vacante Jefe de Turno. "
        "Tu perfil seguirá activo en nuestra bolsa de trabajo.",
        "status_update",
    ),
    (
        "agency-sent-the-candidacy-to-the-hiring-manager",
        AGENCY,
        "Presentación - Gerente de Planta",
        "Hola Carlos,\n\nGracias por la llamada. Ya envié tu candidatura al Director de "
        "Operaciones con mis notas de la entrevista. Te mantengo informado.",
        "status_update",
    ),
    (
        "tests-assigned-in-spanish",
        HR,
        "Logimex te ha asignado pruebas",
        "Hola Carlos,\n\nLa empresa te ha asignado las siguientes pruebas como parte del proceso "
        "para la vacante Jefe de Turno. Fecha límite: 17/03.",
        "assessment",
    ),
    (
        "psychometric-evaluations-to-complete",
        HR,
        "Evaluaciones en línea - Jefe de Turno",
        "Estimado Carlos:\n\nTe pedimos completar las evaluaciones psicométricas en la "
        "plataforma antes del viernes.",
        "assessment",
    ),
    (
        "background-check-to-schedule-in-spanish",
        HR,
        "Estudio socioeconómico",
        "Estimado Carlos:\n\nLe solicitamos agendar su estudio socioeconómico en el siguiente "
        "enlace.",
        "assessment",
    ),
    (
        "thai-invitation-to-interview",
        THAI_HR,
        "นัดสัมภาษณ์งาน ตำแหน่ง Front Office Manager",
        "เรียน คุณสมชาย\n\nทางโรงแรมขอเรียนเชิญท่านเข้ารับการสัมภาษณ์งาน วันที่ 14 พฤษภาคม",
        "interview_invitation",
    ),
    (
        "thai-application-sent",
        BOARD,
        "ใบสมัครงานของคุณถูกส่งเรียบร้อยแล้ว",
        "เรียน คุณสมชาย\n\nใบสมัครงานของคุณได้ถูกส่งไปยังบริษัทเรียบร้อยแล้ว",
        "application_confirmation",
    ),
    (
        "thai-application-viewed",
        BOARD,
        "บริษัทได้เปิดดูใบสมัครของคุณแล้ว",
        "เรียน คุณสมชาย\n\nRiverside Hotel ได้เปิดดูใบสมัครของคุณแล้ว",
        "status_update",
    ),
    (
        "thai-refusal-another-applicant-selected",
        THAI_HR,
        "แจ้งผลการพิจารณาใบสมัคร",
        "เรียน คุณสมชาย\n\nขอเรียนให้ทราบว่าในครั้งนี้ทางโรงแรมได้คัดเลือกผู้สมัครที่มีคุณสมบัติตรงกับตำแหน่งเรียบร้อยแล้ว",
        "rejection",
    ),
    (
        "offer-letter-voided-as-the-candidate-declined",
        {"from_name": "DocuSign", "from_addr": "dse_na3@docusign.net"},
        "Voided: Please DocuSign: Offer Letter - Sam Rivera",
        'The envelope "Offer Letter - Sam Rivera" has been voided by the sender.\n\nReason: '
        "Candidate declined offer.\n\nDocuSign",
        "status_update",
    ),
    (
        "what-some-employers-do-is-no-status",
        BOARD,
        "Your application was successfully submitted",
        "Hi Sam,\n\nYour application for Site Engineer at Karri Mining was successfully "
        "submitted. What happens next? Some employers let you know when they've viewed your "
        "application.",
        "application_confirmation",
    ),
]


@by_id(INCOMING)
def test_incoming_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


OWN = [
    (
        "withdraws-the-application-in-spanish",
        "RE: Entrevista - Jefe de Turno",
        "Lic. Pérez, muchas gracias por el interés. Les informo que ya acepté una propuesta "
        "laboral, por lo que retiro mi postulación.",
    ),
    (
        "declines-the-offer-in-spanish",
        "RE: Propuesta - Jefe de Turno",
        "Hola Lucía, después de pensarlo mucho, declino la oferta. Gracias por todo.",
    ),
    (
        "prefers-not-to-continue-in-spanish",
        "RE: Reactivación vacante",
        "Hola Lucía, ya acepté una propuesta en otra empresa, así que prefiero no continuar "
        "en el proceso.",
    ),
    (
        "withdraws-the-candidature-in-french",
        "RE: Convocation à une entrevue",
        "Bonjour Madame, je vous remercie de votre invitation. Je déménage cet été, je préfère "
        "donc retirer ma candidature.",
    ),
    (
        "accepted-another-opportunity-in-portuguese",
        "Re: Proposta - Engenheiro de Software",
        "Oi Mariana, depois de pensar bastante, decidi aceitar outra oportunidade, então não vou "
        "seguir com a proposta.",
    ),
    (
        "accepted-the-other-offer",
        "Plotwise",
        "Hi Jeroen, after a lot of thinking I've accepted the other offer this morning. Thanks "
        "for everything.",
    ),
    (
        "cannot-accept-the-offer-in-thai",
        "Re: ข้อเสนอการจ้างงาน",
        "เรียน คุณสุภาพร\n\nดิฉันขอเรียนว่าไม่สามารถตอบรับข้อเสนอในครั้งนี้ได้ค่ะ",
    ),
]


@by_id([(case_id, own_mail(RECRUITER), s, b, "status_update") for case_id, s, b in OWN])
def test_own_withdrawal_or_decline(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected

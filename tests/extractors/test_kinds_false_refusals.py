"""sneaker_kind rules: words that look like a refusal but end no process. A false rejection
tells the user a live process is dead, so each case here pairs with a refusal it must not
lose. All text is invented."""

import pytest

from tests.extractors.kind_cases import by_id, kind_of

VENDOR = {"from_name": "Assessment Portal", "from_addr": "noreply@assessments.example"}
ATS = {"from_name": "Corbel Recruiting", "from_addr": "no-reply@corbel-careers.com"}

CASES = [
    # a step the candidate is spared is no step the employer refuses
    (
        "no-need-to-take-further-action",
        VENDOR,
        "Assessment completed - Corbel",
        "Dear Sam, thank you for completing your assessment for Corbel. Your results have been "
        "sent to the organisation. You do not need to take any further action.",
        "status_update",
    ),
    # a rule for a step left unfinished asks for the step (docs/labeling.md: assessment)
    (
        "incomplete-assessments",
        ATS,
        "Next step: online assessment",
        "Thank you for your interest in the Planner vacancy. You have been selected to complete an "
        "online assessment; please complete it within five days. Incomplete assessments will "
        "not be considered.",
        "assessment",
    ),
    # a group named by a relative clause, in an acknowledgement
    (
        "feedback-to-candidates-who-are-not-shortlisted",
        ATS,
        "Application received: Research Fellow",
        "Thank you for applying. This email confirms that your application has been submitted "
        "successfully. Due to the volume of applications we are unable to provide feedback to "
        "candidates who are not shortlisted.",
        "application_confirmation",
    ),
    (
        "you-were-among-candidates-not-shortlisted",
        ATS,
        "Your application",
        "Thank you for applying. Unfortunately you were among the candidates who were not "
        "shortlisted for this role.",
        "rejection",
    ),
    # a refusal said outright (its denial is below, NOT_REFUSALS)
    (
        "processo-foi-encerrado",
        {"from_name": "Ana Reis", "from_addr": "ana.reis@estudio.com.br"},
        "Atualização sobre o processo",
        "Oi Thiago, obrigado pelo seu tempo. O processo seletivo foi encerrado e seguimos com "
        "outra pessoa.",
        "rejection",
    ),
    # consolation for an old refusal, from someone who sat on the panel or a friend
    (
        "sorry-it-didnt-work-out-panel-member",
        {"from_name": "Phil Osei", "from_addr": "phil.osei@gmail.com"},
        "nice to meet you",
        "Hi Dana, I was on your panel in April - sorry it didn't work out, it was a close call. "
        "Keep at it, and happy to look over your CV. Coffee sometime?",
        "networking",
    ),
    # ... but an employer's own "sorry it didn't work out this time" stays a refusal
    (
        "sorry-it-didnt-work-out-this-time",
        {"from_name": "Dana Ortiz", "from_addr": "dana.ortiz@corbel.com"},
        "Your application",
        "Thanks for talking with us. I'm sorry it didn't work out this time; I'll keep you in "
        "mind for other roles.",
        "rejection",
    ),
    # the candidate, not the job, no longer available
    (
        "you-are-no-longer-available",
        {"from_name": "Corbel Engineers", "from_addr": "info@corbel.example"},
        "RE: Associate - application",
        "Thank you for your application. We note you may be relocating abroad; we assume you're "
        "no longer available? Please let us know if your application should remain active.",
        "application_confirmation",
    ),
    (
        "position-no-longer-available",
        ATS,
        "Your application",
        "Thank you for applying. This position is no longer available.",
        "rejection",
    ),
    (
        "not-taking-application-further",
        ATS,
        "Your application",
        "Thank you for your interest. We will not be taking your application any further.",
        "rejection",
    ),
]


@by_id(CASES)
def test_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


# Mail whose words deny a refusal: what kind it is depends on words the rules may not know (a
# hold in Portuguese), so the test is that it is no rejection.
NOT_REFUSALS = [
    (
        "processo-nao-foi-encerrado",
        "Oi Thiago, a abertura da vaga está em revisão. Vamos segurar os próximos passos por "
        "algumas semanas. Seu processo não foi encerrado, tá? Assim que eu tiver novidade, te "
        "aviso.",
    ),
    (
        "proceso-no-ha-sido-cerrado",
        "Hola Lucía, la vacante está en pausa por el presupuesto. Tu candidatura no ha sido "
        "cerrada; te escribo en cuanto sepa algo.",
    ),
    (
        "processo-non-e-stato-chiuso",
        "Ciao Marco, la posizione è in pausa per il budget. Il processo non è stato chiuso, ti "
        "aggiorno appena possibile.",
    ),
]


@pytest.mark.parametrize(
    "body", [case[1] for case in NOT_REFUSALS], ids=[c[0] for c in NOT_REFUSALS]
)
def test_denied_refusal(run_pipes, body):
    person = {"from_name": "Ana Reis", "from_addr": "ana.reis@estudio.example"}
    assert kind_of(run_pipes, person, "Atualização / update", body) != "rejection"

"""Employer wording in German, French, Dutch, Italian, Spanish and Portuguese mail: "Ihre
Bewerbung bei X", "votre candidature chez X", "tu candidatura ha sido enviada a X", "X ha
leído tu CV". Appended to the English body patterns by org_patterns."""

from __future__ import annotations

from extractors.org_names import IGNORE_CASE, ORG

EU_PATTERNS = [
    # "Ihre Bewerbung bei Acme", "votre candidature chez Acme", "je sollicitatie bij Acme",
    # "la tua candidatura presso Acme"
    (
        5.0,
        IGNORE_CASE.format(
            r"\b(?:bewerbung|candidature|sollicitatie|candidatura)(?: als [^\n]{1,60}?)?"
            r" (?:bei|chez|bij|presso)\s"
        )
        + ORG,
    ),
]
# The words the pattern above starts with (lower case): it is tried only where one occurs.
EU_STARTS = ("bewerbung", "candidature", "sollicitatie", "candidatura")
# Spanish and Portuguese boards and ATS: "tu candidatura ha sido enviada a X", "La empresa X
# ha actualizado el estado", "X ha leído tu CV", "tu interés en formar parte de X",
# "te has inscrito en la oferta Brand Manager de X".
IBERIAN_PATTERNS = [
    (
        5.0,
        IGNORE_CASE.format(
            r"\b(?:enviad[ao]|enviou|enviamos|remitid[ao]|presentad[ao]|apresentad[ao]) "
            r"(?:a|para|\u00e0|ao)\s(?:la empresa\s|a empresa\s)?"
        )
        + ORG,
    ),
    (4.0, IGNORE_CASE.format(r"\b(?:la|a) empresa\s") + ORG),
    (
        3.5,
        ORG
        + IGNORE_CASE.format(
            r" (?:ha|han|tem) (?:le\u00eddo|visto|revisado|actualizado|recibido|cerrado|"
            r"decidido|descartado|seleccionado|invitado|analisado|atualizado|recebido|"
            r"visualizado)\b|"
            r" (?:analisou|recebeu|atualizou|visualizou|avaliou)\b|"
            # a Mexican or Argentine board's preterite: "Grupo Lamosa vio tu CV"
            r" (?:vio|revis\u00f3|ley\u00f3|consult\u00f3|descarg\u00f3|visualiz\u00f3) (?:tu|su)\b"
        ),
    ),
    (
        3.0,
        IGNORE_CASE.format(
            r"\b(?:inter\u00e9s|interesse) (?:en|na|no|em|por) (?:formar parte de |fazer parte "
            r"d[ao] |trabajar (?:en|con) |trabalhar (?:na|no|com) )?"
        )
        + ORG,
    ),
    (
        2.5,
        IGNORE_CASE.format(
            r"\b(?:inscrito|inscrita|candidatura|solicitud|postulaci\u00f3n|aplicaci\u00f3n|"
            r"candidatou|oferta|puesto|vacante|vaga|posici\u00f3n|posi\u00e7\u00e3o)"
            r"(?: (?:en|a|para|de|na|no|em)(?: la oferta| el puesto| la vacante| a vaga)?"
            r" [^\n.,;:]{1,50}?)? (?:en|de|na|no|em|con|com|para|a)\s"
        )
        + ORG,
    ),
]
# One of these must occur (lower case) for each Iberian pattern above to be tried.
IBERIAN_NEEDLES: list[tuple[str, ...]] = [
    ("envia", "enviou", "remitid", "presentad", "apresentad"),
    ("empresa ",),
    (
        " ha ",
        " han ",
        " tem ",
        "analisou",
        "recebeu",
        "atualizou",
        "visualizou",
        "avaliou",
        " vio ",
        "revis\u00f3",
        "ley\u00f3",
        "consult\u00f3",
        "descarg\u00f3",
        "visualiz\u00f3",
    ),
    ("inter\u00e9s ", "interesse "),
    (
        "inscrit",
        "candidat",
        "solicitud",
        "postulaci",
        "aplicaci",
        "oferta",
        "puesto",
        "vacante",
        "vaga",
        "posici",
        "posi\u00e7",
    ),
]

# The application sent to, or read by, the employer in Dutch, German, French and Italian
# boards' mail: "je sollicitatie is verstuurd naar X", "bekeken door X", "Ihre Bewerbung
# wurde an X übermittelt", "votre candidature a été transmise à X", "inviata a X".
_SENT = (
    r"\b(?:verstuurd|verzonden|doorgestuurd|gestuurd|bekeken|gelezen) (?:naar|door|aan)\s|"
    r"\bwurde an\s|\b(?:envoy\u00e9e?|transmise?|adress\u00e9e?) (?:\u00e0|chez)\s|"
    r"\binviata (?:a|presso)\s"
)
SENT_PATTERN = (5.0, IGNORE_CASE.format(_SENT) + ORG)
SENT_STARTS = (
    "verstuurd",
    "verzonden",
    "doorgestuurd",
    "gestuurd",
    "bekeken",
    "gelezen",
    "wurde",
    "envoy",
    "transmis",
    "adress",
    "inviata",
)
# "Update van Conclusion over je sollicitatie", "Nieuw bericht van Hoogland ICT"
NEWS_FROM_PATTERN = (
    3.0,
    IGNORE_CASE.format(r"\b(?:update|bericht|nieuws|reactie|feedback) van\s") + ORG,
)
NEWS_FROM_STARTS = ("update", "bericht", "nieuws", "reactie", "feedback")
# The same in a subject line.
EU_SUBJECT_PATTERNS = [
    (4.0, IGNORE_CASE.format(_SENT) + ORG),
    (3.0, IGNORE_CASE.format(r"\b(?:update|bericht|nieuws|reactie) van\s") + ORG),
    # "¡Grupo Lamosa vio tu CV!", "Sigma Alimentos revisó tu CV"
    (
        4.0,
        ORG
        + IGNORE_CASE.format(r" (?:vio|revis\u00f3|ley\u00f3|consult\u00f3|descarg\u00f3) tu\b"),
    ),
    # Turkish boards lead with the employer: "X şirketi ... pozisyonu için işe alım yapıyor"
    # (X company is hiring), "X seni ilanına başvurmaya davet ediyor" (X invites you), "X
    # başvurunu görüntüledi / değerlendirdi" (X viewed / assessed your application); the
    # words after the name in lower case, as Turkish writes them.
    (4.0, ORG + r" (?:\u015firketi|seni|sizi|ba\u015fvurunu|ba\u015fvurunuzu)\b"),
]

# A board's "application sent" subject names the job, then the employer after a dash or in
# brackets: "Prijava poslana: Revenue Manager – Amadria Park", "Candidature envoyée :
# Analyste Supply Chain - Kirène", "Te postulaste a: Contador/a – Abitab", "Kandideerimine
# saadetud: QA Engineer (Cleveron AS)". The lead's word for "sent", in the languages of the
# boards that write so (Croatian, Serbian, Slovenian, French, Spanish, Estonian, Latvian,
# English, German, Polish, Czech, Italian, Portuguese); never a reply's subject, where the
# dash more often parts a title from a place. (Not "Application submitted: Staff Nurse -
# Operating Room", Indeed's and Workday's form, where the dash goes on with the title.)
_SENT_LEAD = (
    r"^(?!(?i:re|fwd?|aw|tr|rv|sv|odg|antw)\s*:)"
    r"(?i:[^:\n\u2013\u2014]{0,40}?\b(?:poslan[ao]?|poslat[ao]?|oddan[ao]?|posredovan[ao]?|"
    r"envoy\u00e9e?|postulaste|enviaste|enviad[ao]|saadetud|nos\u016bt\u012bts|sent|"
    r"gesendet|versendet|wys\u0142an[ay]|odesl\u00e1n[ao]?|inviat[ao]|"
    r"elk\u00fcldve|i\u0161si\u0173st[ao]s?)\b[^:\n]{0,30}?)\s*:\s*"
    # (one title: "413377 - Legal Adviser - Digital Markets" parts a number, a title and
    # the title's team, no employer)
    r"(?:(?!\s[-\u2013\u2014]\s)[^\n]){2,90}?"
)
# (the bracket holds a title's detail as often: "(m/ž)", "(HubSpot)", "(Marketing Mix)",
# "(Hospitality Software)": only a name with its legal form is the employer's)
_LEGAL_FORM = r"(?:AS|OÜ|SA|SIA|AB|d\.d\.?|d\.o\.o\.?|a\.s\.|s\.r\.o\.|GmbH|Ltd|S\.A\.?|SARL)"
SENT_SUBJECT_PATTERNS = [
    (4.0, _SENT_LEAD + r"\s[-\u2013\u2014]\s+" + ORG + r"(?:,?\s+" + _LEGAL_FORM + r")?\s*$"),
    (
        4.0,
        _SENT_LEAD + r"\s\((?=[^()\n]*\s" + _LEGAL_FORM + r"\))" + ORG + r"\)\s*$",
    ),
]

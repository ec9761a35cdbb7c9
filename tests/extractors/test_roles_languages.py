"""Titles in mail written in German, French, Spanish, Portuguese, Italian, and English titles
inside such mail."""

import pytest

from tests.extractors.role_cases import ACME, case_params, role_and_req_id

CASES = [
    (
        "french-title-in-both-genders-goes-on-after-the-second",
        "Merci d'avoir postul\u00e9!",
        "Bonjour,\n\nNous avons bien re\u00e7u votre candidature au poste de "
        "Conseill\u00e8re ou conseiller en gestion des talents. Notre \u00e9quipe l'examine.",
        "Conseill\u00e8re ou conseiller en gestion des talents",
        None,
    ),
    (
        "portuguese-verb-after-a-title-is-no-part-of-it",
        "Candidatura recebida",
        "Ol\u00e1, Thiago! Obrigado pela sua candidatura.\n\nSua candidatura para Software "
        "Engineer Backend III chegou aqui. Valeu!",
        "Software Engineer Backend III",
        None,
    ),
    (
        "comma-after-a-space-ends-a-title",
        "Candidatura recebida",
        "Ol\u00e1, Marina.\n\nRecebemos sua candidatura para Designer UX/UI Pleno , obrigado!",
        "Designer UX/UI Pleno",
        None,
    ),
    (
        "thai-post-word-leads-a-latin-title",
        "\u0e19\u0e31\u0e14\u0e2a\u0e31\u0e21\u0e20\u0e32\u0e29\u0e13\u0e4c\u0e07\u0e32\u0e19 "
        "\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07 Front Office Manager",
        "\u0e40\u0e23\u0e35\u0e22\u0e19 \u0e04\u0e38\u0e13",
        "Front Office Manager",
        None,
    ),
    (
        "french-teacher-title-after-the-receipt",
        "Accus\u00e9 de r\u00e9ception \u2013 Enseignant(e) de math\u00e9matiques",
        "Bonjour,\n\nNous avons bien re\u00e7u votre candidature.",
        "Enseignant(e) de math\u00e9matiques",
        None,
    ),
    (
        "german-gender-colon-ending-a-title",
        "Ihre Bewerbung als Senior Controller:in",
        "Vielen Dank f\u00fcr Ihre Bewerbung.",
        "Senior Controller:in",
        None,
    ),
    (
        "polish-field-after-ds-in-title-case",
        "Aplikacja wys\u0142ana: Specjalista ds. Planowania Transportu",
        "Dzi\u0119kujemy za aplikacj\u0119.",
        "Specjalista ds. Planowania Transportu",
        None,
    ),
    (
        "polish-field-after-ds-in-lower-case-stops-at-w",
        "Test wiedzy \u2013 Specjalista ds. test\u00f3w oprogramowania w firmie Acme",
        "Dzi\u0119kujemy za aplikacj\u0119.",
        "Specjalista ds. test\u00f3w oprogramowania",
        None,
    ),
    (
        "dutch-application-for-the-vacancy",
        "Bedankt voor je sollicitatie",
        "Hoi Sam,\n\nJe sollicitatie op de vacature Applicatiebeheerder Netwerken is verstuurd "
        "naar Gemeente Zuidwolde.",
        "Applicatiebeheerder Netwerken",
        None,
    ),
    (
        "dutch-post-named-by-its-word",
        "Ontvangstbevestiging",
        "Geachte heer Jansen,\n\nWij hebben uw sollicitatie voor de functie Data Engineer "
        "Logistiek ontvangen.",
        "Data Engineer Logistiek",
        None,
    ),
    (
        "dutch-reply-to-a-quoted-assignment",
        "Je reactie is verstuurd",
        "Hallo Sam,\n\nJe reactie op de opdracht 'Cloud Specialist' is verstuurd.",
        "Cloud Specialist",
        None,
    ),
    (
        "dutch-step-before-the-title-in-a-subject",
        "Terugkoppeling sollicitatie Netwerkbeheerder",
        "Beste Sam,\n\nDank je wel voor het gesprek van dinsdag.",
        "Netwerkbeheerder",
        None,
    ),
    (
        "dutch-employer-after-bij-cut",
        "Opdracht: Senior Platform Engineer bij Provincie Drenthe",
        "Beste Sam,\n\nIk heb een mooie opdracht voor je.",
        "Senior Platform Engineer",
        None,
    ),
    (
        "dutch-who-is-sought",
        "Even bellen?",
        "Hoi Sam, ik heb een opdracht voor een Linux Engineer bij een zorginstelling in Zwolle.",
        "Linux Engineer",
        None,
    ),
    (
        "dutch-application-at-an-employer-names-no-title",
        "Je sollicitatie bij Noordhaven",
        "Hoi Sam,\n\nBedankt voor je sollicitatie bij Noordhaven. We laten snel van ons horen.",
        None,
        None,
    ),
    (
        "german-compound-and-reply-mark",
        "AW: Bewerbung Projektleiter Elektrotechnik",
        "Sehr geehrter Herr Beispiel,",
        "Projektleiter Elektrotechnik",
        None,
    ),
    (
        "portuguese-link-word",
        "Re: Candidatura - Analista de Projetos",
        "Recebemos sim!",
        "Analista de Projetos",
        None,
    ),
    (
        "german-gender-star",
        "Eingangsbest\u00e4tigung: Wissenschaftliche*r Mitarbeiter*in (Postdoc) Robotik",
        "",
        "Wissenschaftliche*r Mitarbeiter*in (Postdoc) Robotik",
        None,
    ),
    # titles of Romance languages written in sentence case after a link word
    ("spanish-sentence-case", "Postulaci\u00f3n: Analista de datos", "", "Analista de datos", None),
    (
        "french-title-after-au-poste-de",
        "Votre candidature",
        "Nous avons bien re\u00e7u votre candidature au poste de Charg\u00e9 de mission (H/F).",
        "Charg\u00e9 de mission (H/F)",
        None,
    ),
    (
        "portuguese-adjectives-without-link",
        "Sua candidatura: Desenvolvedor backend j\u00fanior",
        "",
        "Desenvolvedor backend j\u00fanior",
        None,
    ),
    (
        "english-title-does-not-go-on-in-lower-case",
        "Update",
        "Thank you for applying for the Data Analyst de la casa role.",
        "Data Analyst",
        None,
    ),
    (
        "interview-before-a-foreign-title",
        "Interview Juniorprofessur (W1) \u00d6konometrie",
        "",
        "Juniorprofessur (W1) \u00d6konometrie",
        None,
    ),
    ("german-step-before-title", "Absage Teamleiter Einkauf", "", "Teamleiter Einkauf", None),
    (
        "german-leitung-title",
        "Ihre Bewerbung: Leitung Zentrallager",
        "",
        "Leitung Zentrallager",
        None,
    ),
    (
        "workload-share-cut",
        "Application received - Head of Logistics (80-100 %)",
        "",
        "Head of Logistics",
        None,
    ),
    (
        "french-gender-ending-and-lower-case-tail",
        "Accus\u00e9 de r\u00e9ception \u2013 Conseiller(\u00e8re) en exp\u00e9rience client",
        "Merci pour votre candidature. Nous vous \u00e9crirons bient\u00f4t.",
        "Conseiller(\u00e8re) en exp\u00e9rience client",
        None,
    ),
    (
        "english-title-goes-on-in-french",
        "Votre candidature",
        "Bonjour, nous avons bien re\u00e7u votre candidature au poste de Designer produit senior "
        "chez Atelier Nord.",
        "Designer produit senior",
        None,
    ),
    (
        "german-call-after-title",
        "Teamleiter Versand \u2013 Telefonat",
        "",
        "Teamleiter Versand",
        None,
    ),
    (
        "german-site-after-title",
        "Eingangsbest\u00e4tigung: Schichtleiter Standort Kassel",
        "",
        "Schichtleiter",
        None,
    ),
    (
        "district-of-a-city",
        "Update",
        "Vielen Dank f\u00fcr Ihre Bewerbung als Lagerleiter in Berlin-Spandau.",
        "Lagerleiter",
        None,
    ),
    (
        "language-asked-for-cut",
        "Application received: Dutch-speaking Account Manager",
        "",
        "Account Manager",
        None,
    ),
    (
        "und-joins-german-title-words",
        "Ihre Bewerbung",
        "Vielen Dank f\u00fcr Ihre Bewerbung als Leiterin Einkauf und Logistik.",
        "Leiterin Einkauf und Logistik",
        None,
    ),
    (
        "german-employer-hiring",
        "Neue Nachricht",
        "Wir suchen aktuell einen Leiter Wareneingang f\u00fcr unser Lager in Kassel.",
        "Leiter Wareneingang",
        None,
    ),
    (
        "french-mandate-of-a-title",
        "Mandat",
        "Je vous \u00e9cris au sujet d'un mandat de Designer UX de 6 mois.",
        "Designer UX",
        None,
    ),
    # session 6: Spanish/Portuguese slots, US federal grades and offices
    (
        "spanish-application-for-the-offer",
        "Candidatura recibida",
        'Hola Laura,\n\nHemos recibido tu candidatura a la oferta "Jefa de Ventas Zona Norte". '
        "Revisaremos tu CV.",
        "Jefa de Ventas Zona Norte",
        None,
    ),
    (
        "spanish-post-with-its-number",
        "Confirmación de su candidatura",
        "Estimado Pablo:\n\nHemos recibido su candidatura para el puesto 4418823 - Técnico de "
        "Compras Senior.\n\nAtentamente,",
        "Técnico de Compras Senior",
        None,
    ),
    (
        "spanish-position-of-english-title",
        "Novedades",
        "Gracias por tu interés en la posición de Key Account Manager Retail. Tras revisar tu "
        "perfil, seguiremos con otras personas.",
        "Key Account Manager Retail",
        None,
    ),
    (
        "spanish-vacancy-then-verb-not-in-title",
        "Proceso de selección",
        "Te cuento que el proceso para Finance Manager Iberia se cerró la semana pasada.",
        "Finance Manager Iberia",
        None,
    ),
    (
        "spanish-sentence-verb-after-title-is-cut",
        "Actualización",
        "Te informamos de que tu candidatura para la oferta Data Analyst no ha sido seleccionada.",
        "Data Analyst",
        None,
    ),
    (
        "portuguese-application-for-the-post",
        "A sua candidatura",
        "Olá Rui,\n\nObrigado pela sua candidatura para a vaga de Gestor de Produto. Após "
        "análise, não vamos avançar.",
        "Gestor de Produto",
        None,
    ),
    (
        "english-title-at-employer-in-spanish",
        "Tu solicitud para Sales Manager en Zumos Ribera",
        "Tu solicitud se ha enviado correctamente.",
        "Sales Manager",
        None,
    ),
    (
        "spanish-title-goes-on-after-en",
        "Tu candidatura",
        "Gracias por tu candidatura como Especialista en Marketing Digital. Te escribiremos.",
        "Especialista en Marketing Digital",
        None,
    ),
    (
        "english-title-in-a-place-in-spanish",
        "Oferta",
        "Hola, ¿te interesa la vacante de Product Owner en Valencia? Es un proyecto estable.",
        "Product Owner",
        None,
    ),
    (
        "process-word-leading-a-spanish-subject",
        "Proceso Category Manager Bebidas",
        "Hola Ana, te escribo con novedades.",
        "Category Manager Bebidas",
        None,
    ),
    (
        "opportunity-word-leading-a-portuguese-subject",
        "Oportunidade Key Account Manager",
        "Olá Joana, tudo bem? Tenho uma proposta para ti.",
        "Key Account Manager",
        None,
    ),
]

# From an employer's own address (role only).
EMPLOYER_CASES = [
    (
        "spanish-title-then-firm-name",
        "Actualización",
        "El proceso de selección de Responsable de Compras en Grupo Alimentario Sur ha finalizado.",
        "Responsable de Compras",
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CASES))
def test_role_and_req_id(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(("subject", "body", "role"), case_params(EMPLOYER_CASES))
def test_role_from_an_employer_address(run_pipes, subject, body, role):
    assert role_and_req_id(run_pipes, subject, body, from_addr=ACME)[0] == role


@pytest.mark.parametrize(
    ("cut", "role", "evidence"),
    [
        (False, "Leiter Fuhrpark (m/w/d)", "Leiter Fuhrpark (m/w/d)"),
        (True, "Leiter Fuhrpark", "Leiter Fuhrpark"),
    ],
    ids=["gender-mark-kept-by-default", "gender-mark-cut-when-configured"],
)
def test_gender_mark_ending_a_title(cut, role, evidence):
    import spacy

    from extractors.pipeline import record_doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_role", config={"cut_gender_marks": cut})
    doc = nlp(record_doc(nlp, {"subject": "Ihre Bewerbung: Leiter Fuhrpark (m/w/d)"}))
    spans = [e["text"] for e in doc._.facts["evidence"] if e["label"] == "ROLE"]
    assert (doc._.facts["role"], spans) == (role, [evidence])


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        (
            "Stelle Produktmanager Digital Services (m/w/d)",
            "Produktmanager Digital Services (m/w/d)",
        ),
        ("Ausschreibung Entwickler Getriebesteuerung", "Entwickler Getriebesteuerung"),
        ("Bewerbungseingang Head of Controlling (m/w/d)", "Head of Controlling (m/w/d)"),
        ("Stellenangebot Wien", "Stellenangebot Wien"),
        ("Controller:in Retail beim", "Controller:in Retail"),
        ("Stanowisko Specjalista ds. Logistyki", "Specjalista ds. Logistyki"),
    ],
    ids=[
        "stelle",
        "ausschreibung",
        "bewerbungseingang",
        "no-title-after-it-stays",
        "preposition-ending-a-title-is-cut",
        "polish-post-word-is-cut",
    ],
)
def test_german_post_word_before_a_title_is_cut(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role


# The post's word before the title in Greek and Finnish, after it in Turkish.
POST_WORD_CASES = [
    (
        "greek-position-before-an-english-title",
        "Ενημέρωση",
        "Σας ενημερώνουμε για τη θέση Fleet Superintendent σε εταιρεία του Πειραιά.",
        "Fleet Superintendent",
        None,
    ),
    (
        "greek-position-with-a-colon",
        "Λάβαμε την αίτησή σας",
        "Λάβαμε την αίτησή σας για τη θέση: Crewing Manager\n\nΕυχαριστούμε.",
        "Crewing Manager",
        None,
    ),
    (
        "finnish-to-the-post",
        "Kiitos hakemuksestasi",
        "Hei Aino, olemme vastaanottaneet hakemuksesi tehtävään Palvelusuunnittelija. Kiitos!",
        "Palvelusuunnittelija",
        None,
    ),
    (
        "turkish-posting-word-after-the-title",
        "Başvurunuz hakkında",
        "Satın Alma Uzmanı ilanına başvurunuz alınmıştır.",
        "Satın Alma Uzmanı",
        None,
    ),
    (
        "turkish-position-word-after-the-title",
        "Yeni bir fırsat",
        "Merhaba, müşterimiz için Kalite Mühendisi pozisyonu için görüşmek isteriz.",
        "Kalite Mühendisi",
        None,
    ),
    (
        "turkish-opening-pronoun-is-no-part-of-the-title",
        "Görüşme",
        "Dönüşünüz için teşekkürler. Sizinle Kalite Mühendisi pozisyonu için görüşmek isterim.",
        "Kalite Mühendisi",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(POST_WORD_CASES))
def test_post_word_of_greek_finnish_and_turkish_names_the_title(
    run_pipes, subject, body, role, req_id
):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Hyundai Assan Otomotiv'de Proses Mühendisi", "Proses Mühendisi"),
        ("Ford Otosan\u2019daki Ürün Mühendisi", "Ürün Mühendisi"),
        ("Otokar'ın Test Mühendisi", "Test Mühendisi"),
        ("Koç Holding Otomotiv Grubu Teknoloji Uzmanı", "Otomotiv Grubu Teknoloji Uzmanı"),
        ("Women's Health Nurse", "Women's Health Nurse"),
        ("Chargé d'Affaires Senior", "Chargé d'Affaires Senior"),
        ("McDonald's Shift Manager", "McDonald's Shift Manager"),
    ],
    ids=[
        "turkish-locative-name-is-cut",
        "turkish-locative-with-ki-and-curly-apostrophe",
        "turkish-genitive-name-is-cut",
        "group-name-ending-in-holding-is-cut",
        "english-possessive-stays",
        "french-elision-stays",
        "brand-possessive-stays",
    ],
)
def test_name_with_a_turkish_case_ending_before_a_title_is_cut(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role


# Titles in Cyrillic (a capital on the first word only) and titles starting with a capital
# beyond Latin-1.
CYRILLIC_CASES = [
    (
        "english-board-mail-names-a-bulgarian-title",
        "Your application was sent successfully",
        "Your application for the position Оперативен счетоводител at Софарма АД was sent.",
        "Оперативен счетоводител",
        None,
    ),
    (
        "bulgarian-post-word-and-quotes",
        "Относно Вашата кандидатура",
        "Благодарим Ви за интереса към позицията „Счетоводител - Главна книга“ и за времето.",
        "Счетоводител - Главна книга",
        None,
    ),
    (
        "bulgarian-posting-word-and-the-employer-after-na",
        "Успешно кандидатствахте",
        "Успешно кандидатствахте по обявата Финансов счетоводител на Алфа ООД.",
        "Финансов счетоводител",
        None,
    ),
    (
        "turkish-title-with-a-dotted-capital-and-ve",
        "Başvurunuz",
        "Marka ve Dijital İletişim Yöneticisi ilanına başvurunuz alınmıştır.",
        "Marka ve Dijital İletişim Yöneticisi",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(CYRILLIC_CASES))
def test_cyrillic_titles_and_capitals_beyond_latin_1_are_read(
    run_pipes, subject, body, role, req_id
):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Mercedes-Benz Türk - İş Teklifi / Test Engineer", "Test Engineer"),
        ("Mülakat Daveti - Proses Mühendisi", "Proses Mühendisi"),
        ("Teklif Mühendisi", "Teklif Mühendisi"),
    ],
    ids=["job-offer-step-and-employer-cut", "interview-invitation-step-cut", "title-word-stays"],
)
def test_turkish_step_before_a_title_is_cut(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role


# Hungarian and Lithuanian titles go on in lower case to a head word.
HUNGARIAN_CASES = [
    (
        "lead-consultant-after-a-step-in-the-subject",
        "Interjúmeghívás – SAP FI/CO vezető tanácsadó",
        "Kedves Bence, szeretnénk meghívni egy interjúra.",
        "SAP FI/CO vezető tanácsadó",
        None,
    ),
    (
        "finance-key-user-after-a-label",
        "Sikeres jelentkezés: S/4HANA pénzügyi kulcsfelhasználó",
        "Köszönjük a jelentkezését.",
        "S/4HANA pénzügyi kulcsfelhasználó",
        None,
    ),
    (
        "lithuanian-team-lead-with-its-gender-mark",
        "Kvietimas į pokalbį – Klientų aptarnavimo komandos vadovas (-ė)",
        "Laba diena, kviečiame Jus į pokalbį.",
        "Klientų aptarnavimo komandos vadovas (-ė)",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role", "req_id"), case_params(HUNGARIAN_CASES))
def test_hungarian_and_lithuanian_titles_go_on_in_lower_case_to_their_head(
    run_pipes, subject, body, role, req_id
):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(
    ("subject", "body", "role", "req_id"),
    case_params(
        [
            (
                "spanish-designer-with-its-gender-ending",
                "Te has inscrito en la oferta Diseñador/a UX/UI",
                "Gracias por tu interés.",
                "Diseñador/a UX/UI",
                None,
            ),
            (
                "catalan-designer",
                "Candidatura rebuda – Dissenyador/a UX/UI",
                "Hem rebut la teva candidatura.",
                "Dissenyador/a UX/UI",
                None,
            ),
        ]
    ),
)
def test_spanish_and_catalan_designer_is_a_title_word(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


# Latvian and Estonian titles go on in lower case to their head word (Latvian writes the other
# gender's ending after a slash), and an Estonian compound ends in one; Slovenian, Croatian and
# Serbian ones put an adjective before the head and its field after it, and mark both genders
# "(m/ž)".
BALTIC_AND_SLAVIC_CASES = [
    (
        "latvian-specialist-with-the-other-gender-ending",
        "Jūsu pieteikums nosūtīts: Mārketinga automatizācijas speciālists/-e",
        "Paldies par pieteikumu.",
        "Mārketinga automatizācijas speciālists/-e",
        None,
    ),
    (
        "estonian-compound-ending-in-a-head",
        "Sinu kandideerimine on saadetud: Testimisinsener",
        "Täname kandideerimise eest.",
        "Testimisinsener",
        None,
    ),
    (
        "estonian-tester-after-a-lower-case-field",
        "Kutse vestlusele – Tarkvara testija",
        "Tere, kutsume teid vestlusele.",
        "Tarkvara testija",
        None,
    ),
    (
        "slovenian-adjective-head-and-second-head-with-gender-mark",
        "Vabilo na razgovor – Razvojni inženir konstrukter (m/ž)",
        "Pozdravljeni, vabimo vas na razgovor.",
        "Razvojni inženir konstrukter (m/ž)",
        None,
    ),
    (
        "slovenian-head-then-its-field-in-lower-case",
        "Vabilo na razgovor – Konstrukter izpušnih sistemov (m/ž)",
        "Pozdravljeni, vabimo vas na razgovor.",
        "Konstrukter izpušnih sistemov (m/ž)",
        None,
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "role", "req_id"), case_params(BALTIC_AND_SLAVIC_CASES)
)
def test_baltic_and_south_slavic_titles_are_read_to_their_head_and_field(
    run_pipes, subject, body, role, req_id
):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


def test_an_english_plural_is_no_title_ending_of_a_firms_name():
    # "speciālists" folds to "specialists", the last word of many a clinic's name
    from extractors.role_words import has_title_word

    assert not has_title_word("Texas Physical Therapy Specialists")
    assert has_title_word("CRM speciālists/-e")


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        pytest.param("QA Engineer (Cleveron AS)", "QA Engineer", id="estonian-legal-form"),
        pytest.param("Konstrukter (Hidria d.o.o.)", "Konstrukter", id="slovenian-legal-form"),
        pytest.param("Data Analyst (Acme Ltd)", "Data Analyst", id="english-legal-form"),
        pytest.param("Engineer (Private Equity)", "Engineer (Private Equity)", id="no-firm"),
    ],
)
def test_employer_in_brackets_after_a_title_is_cut_by_its_legal_form(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        pytest.param(
            "Prijava je poslana: Voditelj/ica operacija incoming turizma",
            "Voditelj/ica operacija incoming turizma",
            id="croatian-head-with-other-gender-and-three-field-words",
        ),
        pytest.param(
            "Prijava poslana: Direktor/ica prodaje i marketinga - Hoteli Makarska d.d.",
            "Direktor/ica prodaje i marketinga",
            id="croatian-field-joined-by-and-ends-at-the-dash",
        ),
        pytest.param(
            "Prijava je uspešno poslata: Programer igara (Unity)",
            "Programer igara (Unity)",
            id="serbian-field-and-its-bracket",
        ),
        pytest.param(
            "Vabilo na razgovor – Inženir razvoja (m/ž)",
            "Inženir razvoja (m/ž)",
            id="slovenian-genitive-field-and-gender-mark",
        ),
    ],
)
def test_south_slavic_title_goes_on_after_its_head_in_lower_case(subject, title):
    from extractors.role_languages import foreign_subject_titles

    assert title in [found for _, found in foreign_subject_titles(subject)]


def test_a_south_slavic_title_stops_at_the_sentence_after_it():
    from extractors.role_languages import foreign_subject_titles

    # "pri podjetju" (at the company) and "je bil" (was) are the sentence's, not the title's
    found = foreign_subject_titles("Obvestilo: Konstrukter orodij pri podjetju Unior")
    assert [t for _, t in found] == ["Konstrukter orodij"]
    assert foreign_subject_titles("Obvestilo: Konstrukter je bil izbran") == []


@pytest.mark.parametrize(
    ("subject", "body", "role", "req_id"),
    case_params(
        [
            (
                "spanish-title-with-the-other-gender-after-a-slash",
                "Gracias por postularte – Contador/a Senior – Reporting Regulatorio",
                "Hola, recibimos tu postulación.",
                "Contador/a Senior - Reporting Regulatorio",
                None,
            ),
        ]
    ),
)
def test_contador_is_a_title_word(run_pipes, subject, body, role, req_id):
    assert role_and_req_id(run_pipes, subject, body) == (role, req_id)


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        pytest.param(
            "Chargé(e) Logistique (réf. SNT-2026-071)",
            "Chargé(e) Logistique",
            id="french-reference-in-brackets-is-the-req-id",
        ),
        pytest.param(
            "SOCOCIM - Entretien Responsable Logistique",
            "Responsable Logistique",
            id="employer-then-french-interview-step",
        ),
        pytest.param(
            "Entretien téléphonique / Logistics Analyst",
            "Logistics Analyst",
            id="french-phone-interview-before-a-slash",
        ),
        pytest.param(
            "Étude de cas / Logistics Analyst", "Logistics Analyst", id="french-case-study"
        ),
    ],
)
def test_french_steps_and_references_around_a_title_are_cut(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role


def test_french_title_ends_before_au_sein_de():
    from extractors.role_languages import foreign_subject_titles

    subject = "Proposition - Analyste planification transport au sein d'AGL"
    assert [t for _, t in foreign_subject_titles(subject, romance=True)] == [
        "Analyste planification transport"
    ]


@pytest.mark.parametrize(
    "title",
    ["Konstrukteur Fahrwerk", "Logisticien(ne)", "Approvisionneur(se)", "Planificateur logistique"],
)
def test_german_and_french_title_words_of_logistics_and_design(title):
    from extractors.role_words import has_title_word

    assert has_title_word(title)


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        pytest.param("Llamado 2026-045 Contador/a", "Contador/a", id="public-call-number"),
        pytest.param(
            "Concurso Externo 2026-0178 Contador/a", "Contador/a", id="external-competition-number"
        ),
        pytest.param(
            "Llamado N° 14/2026 – Analista Financiero",
            "Analista Financiero",
            id="public-call-numero-and-dash",
        ),
        pytest.param("Pozicija C# Developer", "C# Developer", id="serbian-post-word"),
        pytest.param("Concurso Manager", "Concurso Manager", id="no-number-no-cut"),
    ],
)
def test_a_public_call_or_the_post_word_before_a_title_is_cut(raw, role):
    from extractors.roles import clean_role

    assert clean_role(raw)[0] == role

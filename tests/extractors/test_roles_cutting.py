"""What clean_role cuts off a title and what it leaves: an interview's stage after the
title, a person's name before a slash."""

import pytest

from extractors.role_choice import (
    closed_bracket,
    title_entry,
    with_seniority,
    without_subject_place,
    without_unknown_place,
)
from extractors.role_cleaning import clean_role
from extractors.role_words import under_a_name


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Program Manager, Housing First", "Program Manager, Housing First"),
        ("Software Engineer II, Prime Video", "Software Engineer II, Prime Video"),
        ("Store Manager - 2nd", "Store Manager"),
        ("Data Engineer Final", "Data Engineer"),
        ("Store Manager 2nd Round", "Store Manager"),
        ("Data Engineer - Video", "Data Engineer"),
        ("Data Engineer Video", "Data Engineer"),
        ("Group Controller - Termin", "Group Controller"),
        ("Product Owner (m/w/d) - Kennziffer", "Product Owner (m/w/d)"),
    ],
    ids=[
        "first-after-a-plain-word-is-the-titles-own",
        "video-after-a-plain-word-is-the-titles-own",
        "stage-after-a-dash-is-cut",
        "stage-after-a-title-word-is-cut",
        "stage-and-round-after-a-title-word-is-cut",
        "video-after-a-dash-is-cut",
        "video-after-a-title-word-is-cut",
        "german-step-after-a-dash-is-cut",
        "reference-label-without-its-number-is-cut",
    ],
)
def test_interview_stage_after_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("First Sales Hire / Account Executive", "First Sales Hire / Account Executive"),
        ("Site Reliability / Data Engineer", "Site Reliability / Data Engineer"),
        ("Dana Whitfield / Senior Analyst", "Senior Analyst"),
        ("Marcus Leblanc \u00b7 Talent Acquisition Partner", None),
        ("Senior Designer \u00b7 Kestrel", "Senior Designer \u00b7 Kestrel"),
    ],
    ids=[
        "title-words-before-a-slash-are-no-name",
        "trade-before-a-slash-is-no-name",
        "a-persons-name-before-a-slash-is-cut",
        "a-persons-name-and-own-title-on-a-profile-card-is-no-role",
        "a-title-before-a-middle-dot-stays",
    ],
)
def test_words_before_a_slash(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Jefe de Almac\u00e9n en Apodaca, N.L", "Jefe de Almac\u00e9n"),
        ("Analista de Datos Sr en Spin", "Analista de Datos Sr"),
        (
            "Pessoa Desenvolvedora Backend S\u00eanior no Inter",
            "Pessoa Desenvolvedora Backend S\u00eanior",
        ),
        ("Video Editor (Spanish speaking) en Telemundo", "Video Editor (Spanish speaking)"),
        ("Especialista en Anal\u00edtica de Datos", "Especialista en Anal\u00edtica de Datos"),
        ("T\u00e9cnico Superior en Prevenci\u00f3n", "T\u00e9cnico Superior en Prevenci\u00f3n"),
    ],
    ids=[
        "en-after-head-and-field-names-the-town",
        "en-after-head-and-field-names-the-employer",
        "portuguese-no-names-the-employer",
        "en-after-a-bracket-names-the-employer",
        "en-after-a-head-alone-is-its-field",
        "en-before-a-field-noun-is-the-titles-own",
    ],
)
def test_link_word_after_a_title_written_out(value, role):
    assert clean_role(value)[0] == role


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Posici\u00f3n Pricing Analyst", "Pricing Analyst"),
        (
            "Poste Conseiller en r\u00e9mun\u00e9ration globale",
            "Conseiller en r\u00e9mun\u00e9ration globale",
        ),
        ("Jawatan Brand Manager", "Brand Manager"),
    ],
    ids=["spanish-post-word-is-cut", "french-post-word-is-cut", "malay-post-word-is-cut"],
)
def test_word_for_a_post_before_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Employment Offer - Front Office Manager", "Front Office Manager"),
        ("Job Offer: Nurse Unit Manager", "Nurse Unit Manager"),
        ("Submission - IT Support Specialist", "IT Support Specialist"),
        ("Offer Manager - Telco", "Offer Manager - Telco"),
    ],
    ids=[
        "kind-of-offer-before-a-mark-is-cut",
        "job-offer-before-a-colon-is-cut",
        "submission-before-a-mark-is-cut",
        "offer-word-of-a-title-stays",
    ],
)
def test_step_of_the_process_before_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("IT Generalist 1 Interview - Brzezinski", "IT Generalist 1"),
        ("CSM Interview - Round 1", "CSM"),
        ("Backend Engineer - Round 1", "Backend Engineer"),
        ("Interview Coordinator - London", "Interview Coordinator - London"),
    ],
    ids=[
        "interview-and-the-candidates-name-after-it-are-cut",
        "interview-and-its-round-are-cut",
        "round-after-a-mark-is-cut",
        "interview-word-opening-a-title-stays",
    ],
)
def test_interview_and_what_follows_it_after_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Recruiter Screen", None),
        ("Recruiter Phone Screen", None),
        ("Data Analyst - Recruiter Screen", "Data Analyst"),
        ("Data Analyst Recruiter Call", "Data Analyst"),
        ("Senior Recruiter", "Senior Recruiter"),
    ],
    ids=[
        "a-recruiters-screen-is-no-title",
        "a-recruiters-phone-screen-is-no-title",
        "screen-after-a-title-is-cut-with-its-interviewer",
        "call-after-a-title-is-cut-with-its-interviewer",
        "a-recruiters-title-alone-stays",
    ],
)
def test_screen_named_for_its_interviewer(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    "name",
    ["Heather Quon, BSN, RN", "Raquel Dominguez, PHR", "Aiko Hasegawa (\u9577\u8c37\u5ddd)"],
    ids=["name-with-licences", "name-with-a-certification", "name-with-another-script"],
)
def test_title_under_a_signed_name_is_the_signers_own(name):
    text = f"Thanks for your time.\n\nKind regards,\n{name}\nNurse Recruiter\nSumma Health"
    assert under_a_name(text, text.index("Nurse Recruiter"))


def test_line_under_a_firm_with_a_suffix_is_not_under_a_name():
    text = "Thanks.\n\nAcme Corp, Inc\nData Engineer\n"
    assert not under_a_name(text, text.index("Data Engineer"))


FIELD_TABLE = (
    "Dear Ana,\n\nWe have received your application for the following position:\n\n"
    "{line}\n\nLocation Jackson, MI\n\nJob ID 362"
)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (FIELD_TABLE, "Position Quality Engineer, Aerospace", "Quality Engineer, Aerospace"),
        (FIELD_TABLE, "Role Key Account Manager", "Key Account Manager"),
        (FIELD_TABLE, "Title Examiner", "Title Examiner"),
        (
            "Dear Ana,\n\nThanks for writing.\n\n{line}\n\nSee you soon.",
            "Position Control Analyst",
            "Position Control Analyst",
        ),
        (
            "New Event: Rowan - 10:00am Wed\n\n{line}\nInvitee Rowan MacIsaac\nInvitee Email x",
            "Event Type Digital Archivist Interview",
            "Digital Archivist Interview",
        ),
    ],
    ids=[
        "position-label-of-a-table-line-is-cut",
        "role-label-of-a-table-line-is-cut",
        "label-word-and-one-word-is-a-title",
        "line-outside-a-table-keeps-its-first-word",
        "booking-tables-event-type-label-is-cut",
    ],
)
def test_field_label_of_a_table_line(text, title, expected):
    from extractors.role_cards import field_label_cut

    text = text.format(line=title)
    start = text.index(title)
    role, at = field_label_cut(text, title, start)
    assert (role, text[at : at + len(role)]) == (expected, expected)


def test_table_line_title_in_the_pipeline(run_pipes):
    from tests.extractors.role_cases import role_and_req_id

    body = FIELD_TABLE.format(line="Position Warehouse Operations Lead")
    role, _ = role_and_req_id(run_pipes, "Thanks for applying", body)
    assert role == "Warehouse Operations Lead"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Your application for the Controller:in Retail position", "Controller:in Retail"),
        ("Your application for the Senior Controller:in position", "Senior Controller:in"),
        (
            "Your application for the Ing\u00e9nieur\u00b7e Conception Produit position",
            "Ing\u00e9nieur\u00b7e Conception Produit",
        ),
    ],
    ids=[
        "german-gender-colon-inside-a-title",
        "german-gender-colon-ending-a-title",
        "french-gender-middle-dot-inside-a-title",
    ],
)
def test_gender_ending_glued_to_a_title_word(run_pipes, subject, role):
    from tests.extractors.role_cases import role_and_req_id

    found, _ = role_and_req_id(run_pipes, subject, "Thank you.")
    assert found == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Ol\u00e1 Mariana, recebemos sua candidatura para a vaga de Product Designer e sua "
            "candidatura est\u00e1 em an\u00e1lise. Obrigado!",
            "Product Designer",
        ),
        (
            "Bonjour,\n\nNous avons bien re\u00e7u votre candidature au poste de Responsable "
            "Technique Produit et vous en remercions.",
            "Responsable Technique Produit",
        ),
        (
            "Bonjour,\n\nNous avons bien re\u00e7u votre candidature au poste de Conseiller en "
            "r\u00e9mun\u00e9ration globale. Nous reviendrons vers vous.",
            "Conseiller en r\u00e9mun\u00e9ration globale",
        ),
    ],
    ids=[
        "portuguese-sentence-after-the-title-is-no-part",
        "french-pronoun-after-the-title-is-no-part",
        "french-title-going-on-after-a-link-stays",
    ],
)
def test_romance_title_stops_at_its_sentence(run_pipes, body, role):
    from tests.extractors.role_cases import role_and_req_id

    found, _ = role_and_req_id(run_pipes, "Candidatura", body)
    assert found == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Dear Ana, to continue your application for Head of Planni\n\nDear Ana,\n\nTo "
            "continue your application for Head of Planning & Analysis, Group Finance, please "
            "complete the assessment.",
            "Head of Planning & Analysis, Group Finance",
        ),
        (
            "Dear Ana,\n\nThank you for applying for the Data Engineer position. We also have "
            "a Data Engineering Manager position open.",
            "Data Engineer",
        ),
    ],
    ids=[
        "title-cut-at-a-preview-lines-end-is-the-whole-ones",
        "title-ending-mid-sentence-is-its-own",
    ],
)
def test_title_cut_off_at_a_lines_end(run_pipes, body, role):
    from tests.extractors.role_cases import role_and_req_id

    found, _ = role_and_req_id(run_pipes, "Thank you", body)
    assert found == role


def test_italian_title_stops_at_presso(run_pipes):
    from tests.extractors.role_cases import role_and_req_id

    body = (
        "Gentile Chiara,\n\ngrazie per esserti candidata per la posizione Data Scientist - "
        "Credit Risk (JR-2291) presso Cerved Group, San Donato Milanese.\n\nIl Team Talent "
        "Acquisition valuter\u00e0 il tuo profilo."
    )
    found, _ = role_and_req_id(run_pipes, "Candidatura", body)
    assert found == "Data Scientist - Credit Risk"


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Contract Management Analyst", "Contract Management Analyst"),
        ("Freelance Motion Designer", "Freelance Motion Designer"),
        ("Part-Time Sales Associate", "Part-Time Sales Associate"),
        ("Contract-to-hire Java Developer", "Java Developer"),
    ],
    ids=[
        "contract-as-a-field-stays",
        "freelance-before-a-title-stays",
        "part-time-before-a-title-stays",
        "contract-to-hire-before-a-title-is-cut",
    ],
)
def test_how_the_job_is_held_before_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("text", "title", "role"),
    [
        (
            "Re: Frontend Developer (React) role",
            "Frontend Developer (React",
            "Frontend Developer (React)",
        ),
        (
            "Re: Frontend Developer (React ) role",
            "Frontend Developer (React",
            "Frontend Developer (React)",
        ),
        (
            "Re: Frontend Developer (React, Vue) role",
            "Frontend Developer (React",
            "Frontend Developer (React",
        ),
        (
            "Re: Frontend Developer (React) role",
            "Frontend Developer (React)",
            "Frontend Developer (React)",
        ),
    ],
    ids=[
        "bracket-closed-right-after-the-span-is-taken",
        "bracket-closed-after-a-space-is-taken",
        "bracket-closed-after-more-words-is-left",
        "a-closed-title-unchanged",
    ],
)
def test_bracket_the_chosen_title_opened(text, title, role):
    start = text.index(title)
    entry = closed_bracket(title_entry(title, start, start + len(title), None, False), text)
    # the evidence ends where the text closes the bracket (or where the span did)
    end = text.index(")", start) + 1 if role.endswith(")") else start + len(title)
    assert (entry[1], entry[3]) == (role, end)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Financial Controller in Kilchberg", "Financial Controller"),
        ("Quality Assurance Team Lead in Cebu", "Quality Assurance Team Lead"),
        ("Physical Therapist II in Lone Tree", "Physical Therapist II"),
        ("Senior Mechanical Engineer à Gand", "Senior Mechanical Engineer"),
        ("Lecturer in Statistics", "Lecturer in Statistics"),
        (
            "Research Fellow in Computational Hydrology",
            "Research Fellow in Computational Hydrology",
        ),
        ("Software Engineer in Test", "Software Engineer in Test"),
        ("Manager in Training", "Manager in Training"),
        ("Second in Maths", "Second in Maths"),
        ("Analyst in Social Policy", "Analyst in Social Policy"),
        ("Warehouse Supervisor in Apodaca, Nuevo Le\u00f3n", "Warehouse Supervisor"),
        ("Software Engineer III in Bengaluru, Karnataka", "Software Engineer III"),
        ("Lecturer in Statistics, Economics", "Lecturer in Statistics, Economics"),
    ],
    ids=[
        "town-no-list-holds-after-in-is-cut",
        "island-no-list-holds-after-in-is-cut",
        "two-word-town-after-in-is-cut",
        "town-after-french-a-is-cut",
        "field-with-an-english-ending-stays",
        "two-word-field-stays",
        "title-word-after-in-stays",
        "training-after-in-stays",
        "school-subject-after-in-stays",
        "policy-after-in-stays",
        "town-and-its-state-after-in-are-cut",
        "town-and-an-unlisted-state-after-in-are-cut",
        "two-fields-after-in-stay",
    ],
)
def test_unknown_town_after_in(value, role):
    assert clean_role(value) == (role, None)


def test_unknown_town_cut_off_the_chosen_span():
    """The finder's spans are not cleaned; the chosen one loses the town too."""
    title = "Financial Controller in Kilchberg"
    entry = without_unknown_place(title_entry(title, 5, 5 + len(title), None, True))
    assert (entry[1], entry[3]) == ("Financial Controller", 5 + len("Financial Controller"))


@pytest.mark.parametrize(
    ("text", "title", "weight", "role"),
    [
        (
            "Update: Sr. HR Business Partner - Ops",
            "Business Partner - Ops",
            0.0,
            "Sr. HR Business Partner - Ops",
        ),
        ("Update: Sr. Software Engineer", "Software Engineer", 0.0, "Sr. Software Engineer"),
        ("Update: Acme HR Business Partner", "Business Partner", 0.0, "Business Partner"),
        ("Update: Sr. Software Engineer", "Software Engineer", 3.5, "Software Engineer"),
    ],
    ids=[
        "seniority-and-acronym-before-a-finders-span-taken",
        "seniority-abbreviation-before-a-finders-span-taken",
        "a-name-before-a-finders-span-left",
        "the-rules-title-left-as-found",
    ],
)
def test_seniority_before_a_finders_span(text, title, weight, role):
    start = text.index(title)
    entry = title_entry(title, start, start + len(title), None, False)
    entry[0] = weight
    entry = with_seniority(entry, text)
    assert (entry[1], text[entry[2] : entry[3]]) == (role, role)


@pytest.mark.parametrize(
    ("title", "in_body", "role"),
    [
        ("Station Manager - Dallas", False, "Station Manager"),
        ("Station Manager - Dallas", True, "Station Manager - Dallas"),
        ("Station Manager - Ramp Operations", False, "Station Manager - Ramp Operations"),
        ("London - Operations", False, "London - Operations"),
    ],
    ids=[
        "place-after-a-dash-in-the-subject-alone-cut",
        "place-after-a-dash-in-the-body-stays",
        "team-after-a-dash-stays",
        "a-place-with-no-title-before-it-stays",
    ],
)
def test_place_after_a_dash_in_the_subject(title, in_body, role):
    entry = title_entry(title, 0, len(title), None, in_body)
    entry[0], entry[6] = 3.5, [(3.5, 0)]
    assert without_subject_place(entry)[1] == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Application received: Hospital Account Executive - Chicago",
            "Thank you for applying for the Hospital Account Executive position.",
            "Hospital Account Executive",
        ),
        (
            "Update",
            "Thank you for applying for the Hospital Account Executive - Chicago position. "
            "Your Hospital Account Executive interview is next week.",
            "Hospital Account Executive",
        ),
        (
            "Update",
            "Thank you for applying for the Hospital Account Executive - Chicago position.",
            "Hospital Account Executive - Chicago",
        ),
    ],
    ids=[
        "body-form-without-the-subjects-place-kept",
        "mail-writing-the-title-bare-too-drops-the-place",
        "place-only-ever-written-with-the-title-stays",
    ],
)
def test_place_after_a_dash_in_two_forms(run_pipes, subject, body, role):
    from tests.extractors.role_cases import role_and_req_id

    assert role_and_req_id(run_pipes, subject, body)[0] == role

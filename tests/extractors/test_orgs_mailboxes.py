"""Display names and mailboxes: an HR unit's or a function's mailbox name is the employer
without its unit; a given name with a trade word spelling the domain is a company; the
display name completes the text's short name; a friend on a provider's domain names no
employer; a subject word or a leading article alone is no name."""

import pytest

from extractors.org_names import clean_org
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    "value",
    [
        "Feedback",
        "Schedule",
        "Letter",
        "Cancel",
        "Opportunité",
        "Absage",
        "Intake",
        "Virtual",
        "Telephone",
        "Medical ICU",
        "PACU",
    ],
)
def test_a_subject_word_alone_is_no_employer(value) -> None:
    assert clean_org(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The Christie Clinic Trust", "Christie Clinic Trust"),
        ("The Team", None),
    ],
    ids=["article-dropped-before-a-name", "article-and-generic-word"],
)
def test_leading_article(value, expected) -> None:
    assert clean_org(value) == expected


CASES = [
    (
        "hr-unit-mailbox-name",
        "Pellow People & Culture",
        "people@pellowgroup.com.au",
        "Welcome to Pellow - your first day",
        "We look forward to seeing you on Monday.",
        # (pellowgroup.com's "Group" is written nowhere in the mail: the stem, group_stem)
        "Pellow",
    ),
    (
        "function-mailbox-on-an-ats-tenant",
        "Interview Scheduling",
        "no-reply@harbourrail.pageuppeople.com",
        "Confirm your interview time",
        "Please confirm a time for your interview with Harbour Rail.",
        "Harbour Rail",
    ),
    (
        "given-name-and-trade-word-spelling-the-domain",
        "Jordan Construction",
        "recruitment@jordan.com.au",
        "Application received",
        "Thanks for applying. We will be in touch.",
        "Jordan Construction",
    ),
    (
        "display-name-completes-the-text-name",
        "Marrick Group",
        "talent@marrick.com.au",
        "Thanks for applying",
        "Thank you for applying to Marrick. We will review your application.",
        "Marrick Group",
    ),
    (
        "provider-mail-of-a-friend-names-no-employer",
        "Luc Tremblay",
        "luc.tremblay@videotron.ca",
        "Re: nouvelles?",
        "Salut! Des nouvelles de ta candidature?",
        None,
    ),
    (
        "a-family-word-on-a-provider-address-names-no-employer",
        "Mom",
        "linda.k@yahoo.com.sg",
        "Sunday lunch",
        "Are you coming on Sunday? Bring the salad bowl back please.",
        None,
    ),
    (
        "a-one-word-name-on-a-provider-address-names-no-employer",
        "Folake",
        "folake.a@gmail.com",
        "Re: how did it go",
        "Hope the interview went well, tell me everything!",
        None,
    ),
    (
        "institution-display-name-over-its-initials-domain",
        "Colegio Inglés del Valle",
        "rrhh@civ.edu.mx",
        "Acuse de recibo",
        "Hemos recibido su solicitud.\n\nAtentamente,\nRecursos Humanos",
        "Colegio Inglés del Valle",
    ),
    (
        "a-display-name-with-at-in-it",
        "Bramley at Home",
        "noreply@hireful.co.uk",
        "We've received your application",
        "Thanks for applying for Finance Officer with Bramley at Home.",
        "Bramley at Home",
    ),
    (
        "display-name-with-the-words-the-text-writes-before-the-name",
        "Gemeente Lindeveld",
        "noreply@lindeveld.nl",
        "Ontvangstbevestiging",
        "Geachte heer Wouters,\n\nWij hebben uw sollicitatie bij de gemeente Lindeveld ontvangen.",
        "Gemeente Lindeveld",
    ),
    (
        "display-name-with-hr-words-before-the-name",
        "Werving & Selectie Lindeveld",
        "noreply@lindeveld.nl",
        "Ontvangstbevestiging",
        "Wij hebben uw sollicitatie ontvangen.\n\nWerving & Selectie Lindeveld",
        "Lindeveld",
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Recursos Humanos", None),
        ("Talento Humano", None),
        ("Talent Acquisition", None),
        ("Prof", None),
        ("Dr Martens", "Dr Martens"),
        ("Brightwater Personalabteilung", "Brightwater"),
        ("HR Department Kestrel Academy", "Kestrel Academy"),
        ("Human Resources - Acme Foods", "Acme Foods"),
        ("Recruitment Genius", "Recruitment Genius"),
        ("Larchmont Mutual Application Confirmation", "Larchmont Mutual"),
        ("Larchmont Virtual Onsite", "Larchmont"),
        ("Larchmont Virtual", "Larchmont Virtual"),
    ],
    ids=[
        "spanish-hr-alone",
        "talento-humano-alone",
        "talent-acquisition-alone",
        "honorific-alone",
        "honorific-in-a-brand",
        "german-hr-unit-after-the-name",
        "hr-unit-before-the-name",
        "hr-unit-and-a-dash-before-the-name",
        "an-agency-named-recruitment-keeps-it",
        "subject-words-after-the-name",
        "virtual-onsite-after-the-name",
        "virtual-alone-is-part-of-a-name",
    ],
)
def test_mailbox_words_alone_are_no_employer(value, expected) -> None:
    assert clean_org(value) == expected

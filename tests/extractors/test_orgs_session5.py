"""Employer rules of session 5: state government domains, HR-unit mailbox names, a given
name with a trade word, display names that complete the text's name, relays that name
themselves, legal forms and team sign-offs after a relay's display name, umlauts spelled
out in domains, and the batch passes (a thread's fuller legal name, a last word cut short)."""

import pytest

from extractors.orgs import clean_org, thread_fuller_names, whole_last_words
from extractors.senders import domain_org, sender_parts

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("mei.chen@transport.nsw.gov.au", "transport"),
        ("hr@innerwest.nsw.gov.au", "innerwest"),
        ("jobs@health.qld.gov.au", "health"),
        ("hr@tpwd.state.tx.us", "tpwd"),
        ("emplois@sante.gouv.qc.ca", "sante"),
        ("jobs@hmrc.gov.uk", "hmrc"),
        ("jane@acme.com.au", "acme"),
    ],
    ids=lambda v: str(v),
)
def test_state_government_domain_names_the_agency(addr, expected) -> None:
    assert domain_org(addr) == expected


@pytest.mark.parametrize(
    ("name", "addr", "text", "expected"),
    [
        (
            "Vogelsang Feinkost",
            "noreply@personio.de",
            "Viele Grüße\nVogelsang Feinkost GmbH, Ulm",
            (None, "Vogelsang Feinkost"),
        ),
        (
            "Brise Marine",
            "no-reply@recruitee.com",
            "Merci.\n\nL'équipe Brise Marine",
            (None, "Brise Marine"),
        ),
        ("Talogy Assessments", "no-reply@talogy.com", "Your assessment is ready.", (None, None)),
    ],
    ids=["legal-form-after-name", "french-team-sign-off", "relay-names-itself"],
)
def test_relay_display_names(name, addr, text, expected) -> None:
    assert sender_parts(name, addr, text) == expected


CASES = [
    (
        "hr-unit-mailbox-name",
        "Pellow People & Culture",
        "people@pellowgroup.com.au",
        "Welcome to Pellow - your first day",
        "We look forward to seeing you on Monday.",
        "Pellow Group",
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
        "company-field-with-its-asian-legal-form",
        "JobsBoard SG",
        "no-reply@mycareersfuture.gov.sg",
        "Application submitted for Data Analyst",
        "You have submitted your application for:\n\nJob Title: Data Analyst\n"
        "Company: HARBOUR QUAY PTE. LTD.\nJob Post ID: 12",
        "HARBOUR QUAY PTE. LTD",
    ),
    (
        "board-says-the-employer-opened-the-application",
        "StepStone",
        "noreply@stepstone.de",
        "Good news: your application has been viewed",
        "Hello Anna,\n\nMarkwald Druck GmbH has opened your application for Teamleiter.",
        "Markwald Druck GmbH",
    ),
    (
        "board-says-the-employer-updated-the-status",
        "Indeed",
        "no-reply@indeed.com",
        "Your application status changed",
        "Corvale Freight updated your application status for Dispatcher: Reviewed",
        "Corvale Freight",
    ),
    (
        "state-agency-named-as-written",
        "Lena Park",
        "lena.park@justice.vic.gov.au",
        "Interview - Policy Officer",
        "Hi Sam,\n\nI'd like to invite you to interview.\n\nLena Park\n"
        "Senior Recruiter | Justice for Victoria",
        "Justice for Victoria",
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
        "german-subject-names-the-employer-after-bei",
        "Jonas Weber",
        "jonas.weber@posteo.de",
        "Stelle bei Nordlicht",
        "Hallo, schau mal, die suchen jemanden.",
        "Nordlicht",
    ),
    (
        "french-application-chez",
        "Recrutement",
        "no-reply@recruitee.com",
        "Suivi",
        "Bonjour,\n\nMerci pour votre candidature chez Atelier Sorel. Nous revenons vers vous.",
        "Atelier Sorel",
    ),
    (
        "umlauts-spelled-out-in-the-domain",
        "Ute Brandl",
        "u.brandl@gruenwald-kaese.de",
        "Ihre Bewerbung",
        "Vielen Dank.\n\nUte Brandl\nPersonal\nGrünwald Käse AG\nMünchen",
        "Grünwald Käse",
    ),
]


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_company_by_rule(run_pipes, name, addr, subject, body, company) -> None:
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert doc._.facts["company"] == company


@pytest.mark.parametrize(
    ("companies", "threads", "expected"),
    [
        (
            ["Brenner Foods GmbH", "Brenner", "Brenner"],
            ["t1", "t1", "t2"],
            ["Brenner Foods GmbH", "Brenner Foods GmbH", "Brenner"],
        ),
        (
            ["Lakeview Health", "Lakeview Health Panel Presentation", "Lakeview Health"],
            ["t1", "t1", "t1"],
            ["Lakeview Health", "Lakeview Health Panel Presentation", "Lakeview Health"],
        ),
        (
            ["Ostrava Data", "Ostrava Data Foods", "Ostrava Data Foods"],
            ["t1", "t1", "t1"],
            ["Ostrava Data Foods", "Ostrava Data Foods", "Ostrava Data Foods"],
        ),
    ],
    ids=["legal-name-in-thread", "one-misreading-is-no-fuller-name", "thread-majority"],
)
def test_thread_fuller_names(companies, threads, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    thread_fuller_names(rows, threads)
    assert [r["company"] for r in rows] == expected


@pytest.mark.parametrize(
    ("companies", "expected"),
    [
        (["Corvel Infra", "Corvel Infrastructure"], ["Corvel Infrastructure"] * 2),
        (["Corvel Infra", "Corvel Infrared", "Corvel Infrastructure"], None),
        (["Corvel Group", "Corvel Groupings"], None),
    ],
    ids=["cut-word-completed", "two-ways-to-complete", "company-word-is-whole"],
)
def test_whole_last_words(companies, expected) -> None:
    rows = [{"company": c, "agency": None} for c in companies]
    whole_last_words(rows)
    assert [r["company"] for r in rows] == (expected or companies)


@pytest.mark.parametrize(
    "value", ["Feedback", "Schedule", "Letter", "Cancel", "Opportunité", "Absage"]
)
def test_a_subject_word_alone_is_no_employer(value) -> None:
    assert clean_org(value) is None


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("olivia.park@hays.com.au", "Hays"),
        ("m.strauss@michaelpage.at", "Michael Page"),
        ("anna@robertwalters.co.nz", "Robert Walters"),
        ("jane@haystack.com.au", None),
    ],
    ids=lambda v: str(v),
)
def test_agency_by_its_country_domain(addr, expected) -> None:
    from extractors.orgs import OrgFinder
    from extractors.senders import split_addr

    finder = OrgFinder("org", agencies="agencies.txt", header_only_kinds=[])
    found = finder.agency_for(split_addr(addr)[1], [])
    assert (found.name if found else None) == expected

"""A scheduler's, a calendar's or an e-signature service's mail names the people an event or
an envelope is between (the invitee, the host, the sender): never the employer, which the
mail names elsewhere or its thread does."""

import pytest

from extractors.org_mailboxes import names_people
from extractors.org_names import clean_org
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chloe Barrett", True),
        ("Kinga Zając", True),
        ("Jordan Whitfield and Noor Haddad", True),
        ("Katharina Wendt und Lea Brandstätter", True),
        ("Olivia", True),
        ("Pelican Data", False),
        ("Brooks & Ortiz Legal", False),
        ("Atlantis The Palm", False),
        ("Heineken", False),
    ],
    ids=[
        "full-name",
        "full-name-of-another-locale",
        "two-people-joined",
        "two-people-joined-in-german",
        "a-common-given-name-alone",
        "company",
        "partners-joined-by-ampersand",
        "company-with-article",
        "one-word-brand",
    ],
)
def test_names_people(name, expected) -> None:
    assert names_people(name, "") is expected


def test_a_person_like_name_the_text_writes_as_a_company_is_not_people() -> None:
    assert not names_people("Morgan Stanley", "Welcome to the team at Morgan Stanley.")


CASES = [
    (
        # (the thread's other mail names the employer: org_batch fills it in)
        "scheduler-event-between-people-names-no-employer",
        "Calendly",
        "notifications@calendly.com",
        "Updated: Jordan Whitfield and Noor Haddad",
        "Hi Noor,\n\nYour event has been updated.\n\nEvent Type: 30 Minute Meeting\n"
        "Invitee: Noor Haddad\nLocation: Google Meet",
        None,
    ),
    (
        "e-signature-sender-is-no-employer",
        "Dana Whitfield via DocuSign",
        "dse@docusign.net",
        "Please DocuSign: Offer Letter - Prairie State Foods",
        "Dana Whitfield sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
        "Dana Whitfield\ndana.whitfield@prairiestatefoods.com\n\nPlease sign your offer "
        "letter from Prairie State Foods.",
        "Prairie State Foods",
    ),
]


@by_id(CASES)
def test_employer_of_mail_between_people(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company


@pytest.mark.parametrize(
    "value",
    ["Powered", "Add", "Former", "Voided", "24 August 2026"],
    ids=["powered-by", "add-to-calendar", "former-time", "voided-envelope", "a-date"],
)
def test_a_scheduler_or_envelope_line_alone_is_no_employer(value) -> None:
    assert clean_org(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ledgerwise_Offer_Letter_J_Whitfield.pdf", "Ledgerwise"),
        ("Gilead Contract of Employment", "Gilead"),
        ("PSF Offer Letter", "PSF"),
        ("H Okafor.pdf", None),
        ("Arbeitsvertrag Katharina Wendt", None),
        ("Contract Staffing Ltd", "Contract Staffing Ltd"),
    ],
    ids=[
        "file-name-before-the-document-words",
        "document-title-after-the-name",
        "offer-letter-after-the-initials",
        "a-file-of-a-person",
        "a-german-contract-of-a-person",
        "a-name-that-opens-with-a-document-word",
    ],
)
def test_an_envelope_document_names_the_employer_before_its_words(value, expected) -> None:
    assert clean_org(value) == expected

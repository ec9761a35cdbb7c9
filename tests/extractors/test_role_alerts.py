"""Job alerts: one job's alert keeps the title its subject names, or where its subject names
none, the title of its one job card; a digest's keeps none."""

import pytest
import spacy

from extractors.docmeta import facts
from extractors.role_alerts import names_one_job
from extractors.roles import RoleFinder
from tests.extractors.role_cases import case_params, span_doc

ALERTS = [
    ("title-at-employer", "Senior Data Engineer at Acme", "Senior Data Engineer"),
    ("employer-is-hiring", "Acme is hiring: Staff Nurse", "Staff Nurse"),
    ("top-applicant", "Dana, you're a top applicant for Data Analyst at Acme", "Data Analyst"),
    ("count-of-jobs", "20+ new Data Engineer jobs in Leeds", None),
    ("similar-jobs", "Jobs similar to Product Designer at Acme", None),
    ("and-more", "Staff Nurse at Acme and 9 more", None),
    ("quoted-search", "\u201cdata engineer\u201d: Acme - Data Engineer", None),
    ("salary-news", "Salaries for Data Engineer in Leeds", None),
    ("plural-title", "Office Managers: five habits of the best", None),
]


@pytest.fixture(scope="module")
def finder() -> RoleFinder:
    return spacy.blank("en").add_pipe("sneaker_role", config={"one_job_kinds": ["job_alert"]})


@pytest.mark.parametrize(("subject", "role"), case_params(ALERTS))
def test_alert_title(finder, subject, role):
    doc = span_doc(subject, "Apply now.")
    facts(doc)["kind"] = "job_alert"
    assert facts(finder(doc))["role"] == role


CARDS = [
    (
        "one-card-under-a-subject-without-title",
        "Dana, you might like this job at Acme",
        "We think you would be a good fit:\n\nPayroll Specialist\nAcme \u00b7 Denver, CO\n\nApply",
        "Payroll Specialist",
    ),
    (
        "cards-of-two-titles",
        "Dana, you might like these",
        "Payroll Specialist\nAcme \u00b7 Denver, CO\n\nData Analyst\nInitech \u00b7 Boulder, CO",
        None,
    ),
    (
        "card-under-digest-words",
        "Dana, you might like this",
        "Here are the latest openings:\n\nPayroll Specialist\nAcme \u00b7 Denver, CO",
        None,
    ),
    (
        "card-beside-a-line-like-it",
        "Your alert",
        "Embedded Engineer - Initech - Wien\n"
        "Firmware Engineer (m/w/d) - Acme - Graz\n"
        "Hardware Engineer - Globex - Linz",
        None,
    ),
    (
        "listed-card",
        "Your alert",
        "- Payroll Specialist\nAcme \u00b7 Denver, CO",
        None,
    ),
    (
        "plural-listing-in-polish",
        "Nowe oferty: planista",
        "Payroll Specialist\nAcme \u00b7 Denver, CO",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "role"), case_params(CARDS))
def test_alert_card_title(finder, subject, body, role):
    doc = span_doc(subject, body)
    facts(doc)["kind"] = "job_alert"
    assert facts(finder(doc))["role"] == role


def test_alerts_skipped_unless_configured():
    doc = span_doc("Senior Data Engineer at Acme", "Apply now.")
    facts(doc)["kind"] = "job_alert"
    finder = spacy.blank("en").add_pipe("sneaker_role", config={"one_job_kinds": []})
    assert facts(finder(doc))["role"] is None


@pytest.mark.parametrize(
    ("subject", "one"),
    [
        ("New job at Roundhay School: Teacher of Mathematics", True),
        ("Backend Engineer at Acme - 92% match", True),
        ("30+ new jobs for Head of Controlling in Munich", False),
        ("Your weekly digest", False),
        ("Job alert: HVAC Supervisor", True),
        ("Job alert from Acme", False),
        ("Your Acme job alert: Area Manager", False),
        ("A new role that matches your profile: Site Manager", True),
        ("3 new matches", False),
        ("Keisha, 1 new job for you: Case Manager at Acme", True),
        ("Executive Officer 2026 Open Competition", True),
        ("Registered Nurse - $12,000 Sign on Bonus", True),
        ("Job Alert: 5 new jobs in ICT", False),
    ],
    ids=[
        "new-job-at",
        "percent-match",
        "thirty-plus-jobs",
        "weekly-digest",
        "alert-name-before-a-colon",
        "alert-from-an-employer",
        "your-alert-names-a-saved-search",
        "matches-your-profile-is-a-verb",
        "count-of-matches",
        "count-of-one",
        "year-is-no-count",
        "bonus-figure-is-no-count",
        "count-after-the-alert-name",
    ],
)
def test_names_one_job(subject, one):
    assert names_one_job(subject) is one

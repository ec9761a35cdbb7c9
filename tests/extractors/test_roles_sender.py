"""The sender's own name is the employer's, never the job's title: "Thank you for applying to
ACME Corrugated" from "ACME Corrugated"."""

import pytest

from extractors.docmeta import meta
from extractors.role_spans import spans
from tests.extractors.role_cases import role_and_req_id, span_doc

CASES = [
    (
        "sender-name-after-interest-in-is-no-title",
        "ACME Corrugated",
        "Your application",
        "Thank you for your interest in ACME Corrugated. This position has been filled.",
        None,
    ),
    (
        "first-words-of-the-sender-name-are-no-title",
        "Auto Trader UK",
        "Next steps",
        "Thanks again for your interest in Auto Trader! We'd like to invite you to a call.",
        None,
    ),
    (
        "title-beside-the-sender-name-stays",
        "ACME Corrugated",
        "Your application",
        "Thank you for your interest in the Shipping Logistics Manager position at ACME "
        "Corrugated.",
        "Shipping Logistics Manager",
    ),
]


@pytest.mark.parametrize(
    ("from_name", "subject", "body", "role"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_sender_name_is_no_title(run_pipes, from_name, subject, body, role):
    found, _ = role_and_req_id(
        run_pipes, subject, body, from_name=from_name, from_addr="noreply@dayforcehcm.com"
    )
    assert found == role


@pytest.mark.parametrize(
    ("from_name", "named"),
    [("ACME Corrugated", False), ("Dana Reyes", True)],
    ids=["sender-org-is-no-span", "a-person-sender-leaves-the-spans"],
)
def test_spans_without_the_sender_name(from_name, named):
    doc = span_doc("Your application", "Thank you for your interest in ACME Corrugated.")
    meta(doc).update(from_name=from_name, from_addr="noreply@dayforcehcm.com")
    found = spans(doc, "rejection")
    texts = {doc.text[slice(*found.chars(k))] for k in range(len(found.starts))}
    assert ("ACME Corrugated" in texts) == named

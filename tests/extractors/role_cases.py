"""What the role tests share: the pipes they run, the senders, and how a table of cases
becomes parametrize entries with readable ids."""

from typing import Any

import pytest
import spacy

from extractors.docmeta import TEXT_KEY, meta

PIPES = ("sneaker_org", "sneaker_role")
# A relay's address (the employer is read from the display name) and an employer's own.
LEVER = "no-reply@hire.lever.co"
ACME = "no-reply@acme.com"


_BLANK = spacy.blank("en")


def span_doc(subject: str, body: str) -> spacy.tokens.Doc:
    """A mail's Doc as the title-span finder and the switch read it: subject, blank line,
    body, and where the subject ends; no pipeline run."""
    text = f"{subject}\n\n{body}"
    doc = _BLANK.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    meta(doc)["subject_end"] = len(subject)
    return doc


def case_params(cases: list[tuple]) -> list[Any]:
    """(id, *values) tuples as pytest params."""
    return [pytest.param(*case[1:], id=case[0]) for case in cases]


def role_doc(
    run_pipes, subject: str, body: str, *, from_name: str = "Acme", from_addr: str = LEVER
):
    """The Doc of a mail run through the employer and role components."""
    return run_pipes(
        PIPES, from_name=from_name, from_addr=from_addr, subject=subject, body_text=body
    )


def role_and_req_id(run_pipes, subject: str, body: str, **sender: str) -> tuple:
    facts = role_doc(run_pipes, subject, body, **sender)._.facts
    return facts["role"], facts["req_id"]

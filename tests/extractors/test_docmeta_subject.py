"""docmeta.subject_text: the subject a doc's text starts with, read by the kind rules and the
textcat's features. All text is invented."""

import pytest
import spacy

from extractors.docmeta import subject_text
from extractors.pipeline import record_doc


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Re: Interview request", "Thanks, Tuesday works.", "Re: Interview request"),
        ("", "A mail with no subject.", ""),
    ],
    ids=["subject-before-body", "no-subject"],
)
def test_subject_text_is_the_subject_and_never_the_body(subject, body, expected):
    nlp = spacy.blank("en")
    doc = record_doc(nlp, {"subject": subject, "body_text": body})
    assert subject_text(doc) == expected


def test_subject_text_of_a_bare_text_is_empty():
    assert subject_text(spacy.blank("en")("Just words, no headers.")) == ""

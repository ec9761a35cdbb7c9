"""sneaker_kind's vote with the textcat's doc.cats, on spacy.blank("en")."""

import pytest
import spacy

from extractors.kinds import KINDS
from extractors.pipeline import load_nlp, record_doc

REJECTION = {
    "from_name": "Acme Hiring Team",
    "from_addr": "no-reply@us.greenhouse-mail.io",
    "subject": "Your application to Acme",
    "body_text": "After careful consideration, we have decided to move forward with other "
    "candidates.",
}
FRIEND_NOTE = {
    "from_name": "Mike Dawson",
    "from_addr": "mike.dawson@gmail.com",
    "subject": "photos",
    "body_text": "Here are the photos from Saturday.",
}


def cats(top: str | None, p: float = 0.0) -> dict[str, float]:
    """A distribution with p on `top` and the rest spread evenly; {} for no textcat."""
    if top is None:
        return {}
    rest = (1.0 - p) / (len(KINDS) - 1)
    return {k: p if k == top else rest for k in KINDS}


def classify(record: dict, doc_cats: dict[str, float], rules_weight: float) -> tuple[str, float]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    nlp.add_pipe("sneaker_kind", config={"rules_weight": rules_weight})
    doc = record_doc(nlp, record)
    doc.cats = doc_cats
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    found = doc._.facts
    return found["kind"], found["confidence"]


@pytest.mark.parametrize(
    ("record", "doc_cats", "rules_weight", "expected"),
    [
        pytest.param(REJECTION, cats("rejection", 0.9), 0.45, ("rejection", 0.9), id="agree"),
        pytest.param(
            REJECTION, cats("networking", 0.5), 0.45, ("rejection", 0.9), id="unsure-textcat"
        ),
        pytest.param(
            FRIEND_NOTE, cats("networking", 0.95), 0.45, ("networking", 0.522), id="weak-other"
        ),
        pytest.param(FRIEND_NOTE, cats("networking", 0.95), 1.0, ("other", 0.5), id="rules-only"),
        pytest.param(FRIEND_NOTE, cats(None), 0.45, ("other", 0.5), id="no-cats"),
        pytest.param(
            {**FRIEND_NOTE, "is_from_me": True},
            cats("rejection", 0.99),
            0.45,
            ("other", 0.4),
            id="sent-mail-keeps-rules",
        ),
    ],
)
def test_vote(record, doc_cats, rules_weight, expected):
    assert classify(record, doc_cats, rules_weight) == expected


def test_shipped_textcat_is_loaded_and_votes():
    nlp = load_nlp()
    assert nlp.pipe_names.index("textcat") < nlp.pipe_names.index("sneaker_kind")
    assert nlp.get_pipe("sneaker_kind").rules_weight == 0.45
    doc = nlp(record_doc(nlp, REJECTION))
    assert sorted(doc.cats) == sorted(KINDS)
    assert max(doc.cats, key=doc.cats.get) == "rejection"
    assert doc._.facts["kind"] == "rejection"

"""Reply prefixes of mail programs in other languages ("R:", "Ynt:", "Antw:", "Odp:", "VS:")
mark a received reply like "Re:": the old subject's cue is weighed down, as in English."""

import pytest
import spacy

from extractors.pipeline import record_doc

OFFER_SUBJECT = {
    "from_name": "Giulia Rossi",
    "from_addr": "giulia.rossi@acme-logistica.it",
    "subject": "Proposta di assunzione - Analista",
    # "thanks, we received the contract signed for the position; see you on Monday"
    "body_text": "Grazie, abbiamo ricevuto il contratto firmato per la posizione. A lunedì.",
}


def kind_of(record: dict) -> str:
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    nlp.add_pipe("sneaker_kind")
    doc = record_doc(nlp, record)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc._.facts["kind"]


def test_the_subject_alone_names_an_offer():
    assert kind_of(OFFER_SUBJECT) == "offer"


@pytest.mark.parametrize("prefix", ["Re:", "R:", "Ynt:", "Antw:", "Odp:", "VS:", "Aw:", "SV:"])
def test_a_reply_to_an_offer_is_not_a_new_offer(prefix):
    record = {**OFFER_SUBJECT, "subject": f"{prefix} {OFFER_SUBJECT['subject']}"}
    assert kind_of(record) != "offer"

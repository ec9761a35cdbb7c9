"""extractors.kind_features: what the kind textcat sees of a mail, on spacy.blank("en")."""

import numpy
import pytest
import spacy
from thinc.api import Model

from extractors.kind_features import cue_features, feature_key, header_features, kind_features
from extractors.pipeline import record_doc
from flows.sources.records import KINDS

NOTE = {"from_name": "Mike Dawson", "from_addr": "mike.dawson@gmail.com", "subject": "hi"}


def blank_doc(record: dict):
    nlp = spacy.blank("en")
    return record_doc(nlp, {"body_text": "Hello.", **record})


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(NOTE, ["h:personal", "h:person_named"], id="friend-at-personal-address"),
        pytest.param(
            {
                "from_name": "Acme Careers",
                "from_addr": "no-reply@myworkday.com",
                "subject": "Re: Your application",
                "list_unsubscribe": True,
            },
            ["h:unsubscribe", "h:generic_local", "h:relay", "h:reply"],
            id="relay-template-reply",
        ),
        pytest.param(
            {"from_addr": "me@example.org", "subject": "", "is_from_me": True, "body_text": ""},
            ["h:from_me", "h:empty_body", "h:no_subject"],
            id="own-mail-empty",
        ),
        pytest.param({"from_addr": "", "subject": "x"}, ["h:no_sender"], id="no-sender"),
    ],
)
def test_header_features(record, expected):
    assert header_features(blank_doc(record)) == expected


def test_cue_features_name_label_strength_and_place(tmp_path):
    patterns = tmp_path / "cues.txt"
    patterns.write_text(
        "INTERVIEW 4 | interview invitation\nREJECT 2 | not moving forward\n", encoding="utf-8"
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues", config={"patterns": str(patterns), "rules": ""})
    record = {
        "subject": "Interview invitation",
        "body_text": "We are not moving forward. Your interview invitation was sent.",
    }
    doc = nlp(record_doc(nlp, record))
    assert sorted(cue_features(doc)) == [
        "c:INTERVIEW:s:body",
        "c:INTERVIEW:s:subj",
        "c:REJECT:w:body",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("See you at the barbecue.", ["c:none"], id="no-cue-at-all"),
        pytest.param("Your login code is here.", ["c:OTHER:s:body", "c:none"], id="only-other"),
        pytest.param("We are not moving forward.", ["c:REJECT:w:body"], id="a-job-cue-is-no-none"),
    ],
)
def test_cue_features_say_when_no_cue_is_of_a_job_search(tmp_path, body, expected):
    patterns = tmp_path / "cues.txt"
    patterns.write_text("OTHER 4 | login code\nREJECT 2 | not moving forward\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues", config={"patterns": str(patterns), "rules": ""})
    doc = nlp(record_doc(nlp, {"subject": "hello", "body_text": body}))
    assert sorted(cue_features(doc)) == expected


def test_cue_features_without_the_cue_component_are_empty():
    assert cue_features(blank_doc(NOTE)) == set()


def test_feature_keys_are_stable_64_bit_numbers():
    assert feature_key("h:personal") == feature_key("h:personal")
    assert feature_key("h:personal") != feature_key("h:relay")
    assert 0 <= feature_key("h:relay") < 2**64


def _features(doc, **attrs):
    settings = {"ngram_size": 1, "subject_words": True, "headers": True, "cues": True, **attrs}
    model = Model("features", kind_features, attrs=settings)
    (keys, _, lengths), _ = model([doc], is_train=False)
    return set(keys.tolist()), lengths.tolist()


def test_subject_words_get_keys_of_their_own():
    doc = blank_doc({"subject": "interview", "body_text": "interview"})
    with_subject, _ = _features(doc, headers=False, cues=False)
    without, _ = _features(doc, subject_words=False, headers=False, cues=False)
    words = {doc.vocab.strings[word] for word in ("interview", "\n\n")}
    assert without == words
    assert with_subject == words | {doc.vocab.strings["interview"] ^ feature_key("subject")}


def test_words_are_case_folded():
    upper, _ = _features(blank_doc({"subject": "", "body_text": "INTERVIEW"}), headers=False)
    lower, _ = _features(blank_doc({"subject": "", "body_text": "interview"}), headers=False)
    assert upper == lower


def test_header_flags_are_features():
    doc = blank_doc(NOTE)
    keys, lengths = _features(doc)
    assert int(numpy.uint64(feature_key("h:personal"))) in keys
    assert lengths == [len(keys)]


def test_textcat_with_the_architecture_predicts_every_kind():
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "sneaker.KindBOW.v1",
                "exclusive_classes": True,
                "ngram_size": 1,
                "no_output_layer": False,
                "length": 1024,
            }
        },
    )
    for kind in KINDS:
        textcat.add_label(kind)
    nlp.initialize()
    doc = nlp(record_doc(nlp, {**NOTE, "body_text": "Coffee next week?"}))
    assert sorted(doc.cats) == sorted(KINDS)
    assert sum(doc.cats.values()) == pytest.approx(1.0, abs=1e-4)

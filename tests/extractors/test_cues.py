from pathlib import Path

import pytest
import spacy

from extractors.cues import CueMatcher, read_cue_patterns, read_cue_rules


def test_read_cue_patterns_skips_comments(tmp_path: Path):
    path = tmp_path / "cues.txt"
    path.write_text("# comment\n\nREJECT 3 | regret to inform\nOFFER 2 | base salary\n")
    assert read_cue_patterns(path) == [
        ("REJECT", 3.0, "regret to inform"),
        ("OFFER", 2.0, "base salary"),
    ]


def test_read_cue_patterns_names_the_bad_line(tmp_path: Path):
    path = tmp_path / "cues.txt"
    path.write_text("REJECT 3 | fine\nREJECT three\n")
    with pytest.raises(ValueError, match="cues.txt:2"):
        read_cue_patterns(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We Regret To Inform you", [("REJECT", "3", "Regret To Inform")]),
        ("Your base salary is fine", [("OFFER", "2", "base salary")]),
        ("Nothing here", []),
    ],
    ids=["case-insensitive", "weight-kept", "no-cue"],
)
def test_cue_matcher_marks_spans_with_label_and_weight(tmp_path: Path, text, expected):
    path = tmp_path / "cues.txt"
    path.write_text("REJECT 3 | regret to inform\nOFFER 2 | base salary\n")
    nlp = spacy.blank("en")
    matcher = CueMatcher(nlp, "cues", str(path), "cues")
    doc = matcher(nlp.make_doc(text))
    assert [(s.label_, s.kb_id_, s.text) for s in doc.spans["cues"]] == expected


def test_shipped_cue_file_loads():
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    doc = nlp("After careful consideration, we have decided to move forward with other candidates.")
    assert {s.label_ for s in doc.spans["cues"]} == {"REJECT"}


def test_read_cue_rules_names_a_bad_regex(tmp_path: Path):
    path = tmp_path / "rules.txt"
    path.write_text("# c\nREJECT 3 ~ not (moving\n")
    with pytest.raises(ValueError, match="rules.txt:2: bad regex"):
        read_cue_rules(path)


def test_cue_rules_join_the_phrase_cues(tmp_path: Path):
    phrases = tmp_path / "cues.txt"
    phrases.write_text("REJECT 3 | regret to inform\n")
    rules = tmp_path / "rules.txt"
    rules.write_text("REJECT 2 ~ \\bnot\\s+(?:\\w+\\s+){0,2}moving forward\n")
    nlp = spacy.blank("en")
    matcher = CueMatcher(nlp, "cues", str(phrases), "cues", str(rules))
    doc = matcher(nlp.make_doc("We regret to inform you we are not now moving forward."))
    assert [(s.label_, s.kb_id_, s.text) for s in doc.spans["cues"]] == [
        ("REJECT", "3", "regret to inform"),
        ("REJECT", "2", "not now moving forward"),
    ]


def test_cue_rules_are_found_far_into_a_long_mail_and_only_with_a_trigger(tmp_path: Path):
    phrases = tmp_path / "cues.txt"
    phrases.write_text("OTHER 1 | zzz\n")
    rules = tmp_path / "rules.txt"
    rules.write_text(
        "REJECT 3 [not ] ~ \\bnot\\s+moving\\s+forward\\b\nSTATUS 3 [on hold] ~ \\bon hold\\b\n"
    )
    nlp = spacy.blank("en")
    matcher = CueMatcher(nlp, "cues", str(phrases), "cues", str(rules))
    text = "Filler words here. " * 150 + "Sadly we are Not Moving Forward with it."
    doc = matcher(nlp.make_doc(text))
    assert [(s.label_, s.text) for s in doc.spans["cues"]] == [("REJECT", "Not Moving Forward")]

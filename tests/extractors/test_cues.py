import re
from pathlib import Path

import pytest
import spacy

from extractors.cues import (
    PATTERN_DIR,
    CueMatcher,
    find_all,
    read_cue_patterns,
    read_cue_rules,
)


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


# Invented texts for the fast paths' equivalence with the plain searches they replace.
_SCAN_TEXTS = [
    "unfortunately we will not be moving forward with your application at this time.",
    "we went ahead with another candidate; undergo forward planning (no boundary there).",
    "the role has been filled internally. i'm afraid we decided against taking it further",
    "fit yours: a trigger overlapping another ('fit your' and 'yours'), then hiring for.",
    "Caf\u00e9 r\u00e9sum\u00e9 received \u2014 leider nicht. ſtatus: not selected " * 3,
    "",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS, ids=[f"text{i}" for i in range(len(_SCAN_TEXTS))])
def test_trigger_scan_finds_what_substring_tests_find(text):
    matcher = CueMatcher(spacy.blank("en"), "cues", "cues.txt", "cues", "cue_rules.txt")
    lowered = text.lower()
    assert matcher.present_triggers(lowered) == {t for t in matcher.triggers if t in lowered}


@pytest.mark.parametrize("text", _SCAN_TEXTS, ids=[f"text{i}" for i in range(len(_SCAN_TEXTS))])
def test_rule_scan_finds_what_finditer_finds(text):
    lowered = text.lower()
    for rule in read_cue_rules(Path(PATTERN_DIR / "cue_rules.txt")):
        for start, end in ((0, len(lowered)), (5, max(5, len(lowered) - 7))):
            fast = find_all(rule.pattern, rule.scan, lowered, start, end)
            slow = list(rule.pattern.finditer(lowered, start, end))
            assert [m.span() for m in fast] == [m.span() for m in slow], rule.pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        (r"\bgo\w*", "ago going undergo go", [(4, 9), (18, 20)]),
        (r"\bnot|n't", "cannot won't not", [(9, 12), (13, 16)]),
        (r"\b(?:a|ab)c", "xac abc ac", [(4, 7), (8, 10)]),
    ],
    ids=["word-start-only", "leading-boundary-on-one-branch", "backtracking-branch"],
)
def test_find_all_keeps_the_leading_word_boundary(pattern, text, spans):
    compiled = re.compile(pattern)
    scan = re.compile(pattern[2:])
    assert [m.span() for m in find_all(compiled, scan, text)] == spans


def test_read_cue_rules_refuses_an_escape_that_lower_casing_changes(tmp_path: Path):
    path = tmp_path / "rules.txt"
    path.write_text("OFFER 3 [offer] ~ offer[\\s\\S]{0,9}salary\n")
    with pytest.raises(ValueError, match="rules.txt:1"):
        read_cue_rules(path)

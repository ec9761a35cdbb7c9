"""extractors.role_switch: the learned switch between the rules' title and the span finder's."""

from __future__ import annotations

import json

import numpy as np
import pytest

from extractors.docmeta import TEXT_KEY, facts
from extractors.pipeline import load_nlp, record_doc
from extractors.role_spans import BITS, _id, scores, spans
from extractors.role_switch import (
    FEATURES,
    RoleSwitch,
    features,
    may_switch,
    on_lines,
    title_lines,
)
from extractors.train_role_spans import fit_logistic
from tests.extractors.role_cases import span_doc


def _entry(text: str, title: str, weight: float = 4.0) -> list:
    """A RoleFinder.choices entry for `title` found at each place the text writes it."""
    places, at = [], text.find(title)
    while at != -1:
        places.append((weight, at))
        at = text.find(title, at + 1)
    start = places[0][1]
    return [weight * len(places), title, start, start + len(title), None, True, places]


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        ("Data Engineer - Remote", True),
        ("Operations Manager (m/w/d)", True),
        ("Registered Nurse, Nights", False),
        ("Sales/Marketing Lead", True),
        ("Nurse | Nights", True),
        ("Senior Data Engineer", False),
        ("Head of Product Design Systems", False),
        ("Barista \u00b7 Part-time", True),
        ("Front-end Developer", False),
    ],
    ids=[
        "dash",
        "bracket",
        "comma-alone",
        "slash",
        "bar",
        "plain",
        "five-plain-words",
        "middle-dot",
        "hyphen-inside-a-word",
    ],
)
def test_only_a_title_with_a_qualifying_mark_is_asked_about(title: str, asked: bool) -> None:
    assert may_switch(title) is asked


def test_title_lines_are_the_lines_where_the_rules_found_it() -> None:
    text = "Re: Data Engineer\n\nHello\nThe Data Engineer role - Remote\nBye"
    entry = _entry(text, "Data Engineer")
    entry[6].append((2.0, -1))  # also found in the quoted message: no line of the text
    ranges = title_lines(text, entry)
    assert [text[a:b] for a, b in ranges] == [
        "Re: Data Engineer",
        "The Data Engineer role - Remote",
    ]


def _weights(names: dict[str, float]) -> np.ndarray:
    w = np.zeros(1 << BITS)
    for name, value in names.items():
        w[_id(name)] += value
    rng = np.random.default_rng(0)
    return w + rng.normal(scale=0.1, size=w.size)  # every feature id weighs a little


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying.\n\nPosition: Data Engineer - Remote (Berlin)\nBest, Ann",
        "Hallo,\nwir danken Ihnen für Ihre Bewerbung als Produktmanager:in.\nGrüße",
        "Ciao,\n\n\n   \nla candidatura dell'ingegnere - Milano\nSaluti",
    ],
    ids=["english-label-line", "german-colon", "italian-elision-after-blank-lines"],
)
def test_spans_on_the_title_lines_are_those_of_all_spans(body: str) -> None:
    """The finder asked for the title's lines gives the spans on them that it gives reading
    every line, with the same scores (the lines keep their zones)."""
    doc = span_doc("Your application", body)
    text = doc.user_data[TEXT_KEY]
    line = body.splitlines()[-2]  # the title's line, the one before the sign-off
    start = text.index(line)
    ranges = [(0, len("Your application")), (start, start + len(line))]
    w = _weights({"z=b2": 1.0, "z=b4": 2.0, "z=s": -1.0})
    every, some = spans(doc, "rejection"), spans(doc, "rejection", ranges)
    keep = on_lines(every, ranges)
    assert keep.sum() == len(some.starts) < len(every.starts)
    whole = sorted(
        (every.chars(int(k)), round(float(v), 9))
        for k, v in zip(np.flatnonzero(keep), scores(w, every)[keep], strict=True)
    )
    part = sorted((some.chars(k), round(float(v), 9)) for k, v in enumerate(scores(w, some)))
    assert whole == part


def test_features_say_the_finder_takes_a_part_of_the_rules_title() -> None:
    doc = span_doc("Application", "Position: Data Engineer - Remote\nThanks")
    text = doc.user_data[TEXT_KEY]
    found = spans(doc, "rejection")
    w = np.zeros(1 << BITS)
    w[_id("l=engineer")] = 5.0
    w[_id("f=data")] = 5.0
    values = scores(w, found)
    best = _entry(text, "Data Engineer - Remote")
    top, row = features(found, values, 0.0, best, 1, text, len("Application"))
    values_of = dict(zip(FEATURES, row, strict=True))
    assert text[slice(*found.chars(top))] == "Data Engineer"
    assert values_of["top_inside_rules"] == 1.0
    assert values_of["rules_inside_top"] == 0.0
    assert values_of["rules_is_span"] == 1.0  # the rules' title is one of the finder's spans
    assert values_of["extra_after"] == 1.0 and values_of["extra_before"] == 0.0
    assert values_of["extra_mark"] == 1.0  # "- Remote" is set off by a dash
    assert values_of["extra_title_word"] == 0.0
    assert values_of["top_chance"] > values_of["rules_chance"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, FileNotFoundError),
        ({"weights": {"bias": 1.0}}, ValueError),
    ],
    ids=["missing-file-says-how-to-rebuild", "other-features-refused"],
)
def test_load_refuses_weights_it_cannot_use(tmp_path, content, error) -> None:
    path = tmp_path / "role_switch.json"
    if content is not None:
        path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(error, match="extractors.train_role_spans"):
        RoleSwitch.load(path)


def test_fit_separates_and_gives_the_same_weights_twice() -> None:
    rng = np.random.default_rng(1)
    x = np.column_stack([np.ones(200), rng.normal(size=200)])
    taken = (x[:, 1] + rng.normal(scale=0.5, size=200) > 0.3).astype(float)
    w = fit_logistic(x, taken, 0.001)
    assert w[1] > 1.0
    assert fit_logistic(x, taken, 0.001).tobytes() == w.tobytes()


@pytest.mark.parametrize(
    ("bias", "role"),
    [(20.0, "Registered Nurse"), (-20.0, "Registered Nurse (Nights)")],
    ids=["switch-takes-the-span", "switch-keeps-the-rules-title"],
)
def test_role_finder_asks_the_switch(bias: float, role: str) -> None:
    """The config's role finder reports the finder's best span where its switch takes it."""
    nlp = load_nlp()
    finder = nlp.get_pipe("sneaker_role")
    weights = {name: 0.0 for name in FEATURES}
    weights["bias"] = bias
    kept = finder.switch
    w = np.zeros(1 << BITS)
    w[_id("l=nurse")] = 8.0
    w[_id("f=registered")] = 8.0
    spans_kept = finder.spans.weights
    try:
        finder.switch = RoleSwitch(weights, 0.5)
        finder.spans.weights = w
        record = {
            "subject": "Thank you for applying",
            "body_text": "Hi Ann,\n\nThank you for applying for the Registered Nurse (Nights) "
            "position at Acme.\n\nBest,\nAcme Recruiting",
            "from_addr": "jobs@acme.example",
        }
        doc = nlp(record_doc(nlp, record))
    finally:
        finder.switch = kept
        finder.spans.weights = spans_kept
    assert facts(doc)["role"] == role

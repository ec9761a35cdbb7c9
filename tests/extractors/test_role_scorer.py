"""extractors.role_scorer and extractors.train_roles: the learned chooser among titles found."""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy

from extractors import fingerprint
from extractors.docmeta import facts
from extractors.pipeline import CONFIG_PATH, load_nlp, record_doc
from extractors.role_scorer import FEATURES, RoleScorer, features, rules_pick
from extractors.train_roles import (
    COMMAND,
    Mail,
    accuracy,
    choice,
    fit,
    inputs_fingerprint,
    main,
    writer_of,
)

SUBJECT = "Your application: Senior SWE"
TEXT = SUBJECT + "\n\nThank you for applying for the Senior Software Engineer (Remote) role."
SUBJECT_END = len(SUBJECT)


def _entries() -> list[list]:
    """Two titles as RoleFinder.choices gives them: one in the subject, one in the body."""
    short_start = SUBJECT.index("Senior SWE")
    long_start = TEXT.index("Senior Software")
    return [
        [3.0, "Senior SWE", short_start, short_start + 10, None, False, [(3.0, short_start)]],
        [2.5, "Senior Software Engineer (Remote)", long_start, long_start + 33, None, True,
         [(2.5, long_start)]],
    ]  # fmt: skip


def _row(entries: list[list], index: int) -> dict[str, float]:
    return dict(zip(FEATURES, features(entries, TEXT, SUBJECT_END)[index], strict=True))


@pytest.mark.parametrize(
    ("index", "name", "value"),
    [
        (0, "rules_pick", 1.0),
        (1, "rules_pick", 0.0),
        (0, "in_subject", 1.0),
        (0, "in_body", 0.0),
        (1, "in_body", 1.0),
        (1, "first_in_body", 1.0),
        (0, "shorthand", 1.0),
        (1, "shorthand", 0.0),
        (1, "ends_bracket", 1.0),
        (0, "weight_3", 1.0),
        (1, "weight_2.5", 1.0),
        (1, "score_share", 2.5 / 3.0),
        (1, "words", 0.4),
    ],
    ids=[
        "heaviest-is-the-rules-pick",
        "lighter-is-not",
        "subject-title-in-subject",
        "subject-title-not-in-body",
        "body-title-in-body",
        "body-title-first-in-body",
        "capital-shorthand-marked",
        "written-out-title-no-shorthand",
        "bracket-ending-marked",
        "pattern-weight-bucket-3",
        "pattern-weight-bucket-2.5",
        "weight-share-of-the-heaviest",
        "word-count-over-ten",
    ],
)
def test_features(index: int, name: str, value: float) -> None:
    assert _row(_entries(), index)[name] == pytest.approx(value)


def test_rules_pick_is_the_heaviest_then_the_first_written() -> None:
    entries = [[2.0, "B", 10, 11, None, True], [2.0, "A", 5, 6, None, True]]
    assert rules_pick(entries)[1] == "A"
    assert rules_pick([]) is None


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ({"rules_pick": 1.0}, "Senior SWE"),
        ({"rules_pick": 1.0, "shorthand": -2.0}, "Senior Software Engineer (Remote)"),
    ],
    ids=["rules-pick-weighted", "shorthand-penalised"],
)
def test_scorer_takes_the_highest_score(weights: dict[str, float], expected: str) -> None:
    assert RoleScorer(weights).pick(_entries(), TEXT, SUBJECT_END)[1] == expected


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, FileNotFoundError),
        ({"weights": {"rules_pick": 1.0}}, ValueError),
    ],
    ids=["missing-file-says-how-to-rebuild", "other-features-refused"],
)
def test_load_refuses_weights_it_cannot_use(tmp_path, content, error) -> None:
    path = tmp_path / "role_scorer.json"
    if content is not None:
        path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(error, match="extractors.train_roles"):
        RoleScorer.load(path)


def test_load_reads_the_shipped_weights() -> None:
    scorer = RoleScorer.load(CONFIG_PATH.parent / "role_scorer.json")
    assert len(scorer.weights) == len(FEATURES)
    assert any(scorer.weights)


def _mail(writer: str, rows: list[list[float]], right: list[bool], rules: int = 0) -> Mail:
    return Mail(writer, rows, right, rules)


def test_fit_learns_which_feature_marks_the_right_title() -> None:
    width = len(FEATURES)
    first, second = [0.0] * width, [0.0] * width
    first[FEATURES.index("rules_pick")] = 1.0
    second[FEATURES.index("in_body")] = 1.0
    # the body's title is right three times in four, the rules' pick once
    mails = [_mail("x", [first, second], [False, True]) for _ in range(3)]
    mails.append(_mail("x", [first, second], [True, False]))
    w = fit(mails, l2=0.1)
    assert w[FEATURES.index("in_body")] > w[FEATURES.index("rules_pick")]
    assert accuracy(mails, w) == (3, 4)
    assert accuracy(mails, None) == (1, 4)  # the rules' picks


def test_a_mail_with_one_title_or_none_keeps_the_rules_choice() -> None:
    w = fit([_mail("x", [[0.0] * len(FEATURES)] * 2, [False, True])], l2=1.0)
    assert choice(_mail("x", [[1.0] * len(FEATURES)], [True]), w) == 0
    assert choice(_mail("x", [], [], rules=-1), w) == -1


@pytest.mark.parametrize(
    ("name", "writer"),
    [("realstyle_k.jsonl", "k"), ("realstyle_aa.jsonl", "aa"), ("devset_probes.jsonl", "dev")],
    ids=["one-letter-writer", "two-letter-writer", "team-set"],
)
def test_writer_of(tmp_path, name: str, writer: str) -> None:
    assert writer_of(tmp_path / name) == writer


def test_pipeline_chooses_with_the_shipped_weights() -> None:
    """The config's role finder reads its shipped weights: a reply whose subject writes a
    shorthand the body writes out reports the title written out, where the rules' weights
    took the subject's (found by more patterns there)."""
    nlp = load_nlp()
    finder = nlp.get_pipe("sneaker_role")
    record = {
        "subject": "Re: Senior SWE role",
        "body_text": "Hi,\n\nFollowing up on the Senior Software Engineer opening we discussed.",
        "from_addr": "dana@example.com",
        "from_name": "Dana Reyes",
    }
    assert facts(nlp(record_doc(nlp, record)))["role"] == "Senior Software Engineer"
    rules = RoleScorer({"rules_pick": 1.0})
    entries = list(finder.choices(nlp(record_doc(nlp, record))).values())
    doc_text = "Re: Senior SWE role\n\n" + record["body_text"]
    assert rules.pick(entries, doc_text, len(record["subject"]))[1] == "Senior SWE"


@pytest.fixture(scope="module")
def training_mails(training_rows) -> list[Mail]:
    """The labeled mails the command trains on (the pipeline over every training set; the
    shared pass's, which test_training_pass compares with labeled_mails')."""
    return training_rows.role_mails


def _l2() -> float:
    return float(spacy.util.load_config(CONFIG_PATH)["sneaker"]["role_training"]["l2"])


def test_shipped_weights_were_trained_on_the_repos_data_and_code(training_mails) -> None:
    """Fails when the labeled sets, the role finder, the kinds or the employer it reads, the
    penalty or the fit changed since the shipped weights were trained, or the weights file
    was edited: run `python -m extractors.train_roles` (make train) and commit
    extractors/role_scorer.json and role_scorer.fingerprint.json."""
    shipped = CONFIG_PATH.parent / "role_scorer.json"
    assert shipped.stat().st_size < 10_000
    inputs = inputs_fingerprint(training_mails, _l2())
    assert fingerprint.mismatches(shipped, inputs, COMMAND) == []


def test_fit_on_training_mail_gives_the_same_weights_twice(training_mails) -> None:
    """What lets a fingerprint stand for a retrain: the config's fit, twice on 300 real mails."""
    runs = [fit(training_mails[:300], _l2()) for _ in range(2)]
    assert np.array_equal(runs[0], runs[1])


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda m: m.rows[1].__setitem__(0, 7.0), id="a-feature-value"),
        pytest.param(lambda m: m.right.reverse(), id="which-title-is-right"),
    ],
)
def test_a_changed_training_row_changes_the_fingerprint(change) -> None:
    width = len(FEATURES)
    mails = [_mail("x", [[0.0] * width, [1.0] * width], [False, True]) for _ in range(3)]
    before = inputs_fingerprint(mails, 1.0)
    change(mails[1])
    assert inputs_fingerprint(mails, 1.0) != before


@pytest.mark.weights
@pytest.mark.timeout(900)
def test_shipped_weights_are_what_the_command_writes(tmp_path, training_mails) -> None:
    """Opt-in (make check-weights): retrains as the command does. Compared by what the
    weights choose on the training mails, not number for number (a numpy release rounds
    Newton's steps differently in the last bits); the fingerprint the command writes beside
    its weights is the shipped one's."""
    out = tmp_path / "role_scorer.json"
    main(["--out", str(out)])
    shipped = CONFIG_PATH.parent / "role_scorer.json"
    assert fingerprint.record(out)["inputs"] == fingerprint.record(shipped)["inputs"]
    chosen = []
    for path in (out, shipped):
        weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
        w = np.array([weights[name] for name in FEATURES])
        chosen.append([choice(m, w) for m in training_mails if len(m.rows) > 1])
    assert chosen[0] == chosen[1]

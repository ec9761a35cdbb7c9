"""extractors.train_orgs: the employer scorer's fit, its measures, and the shipped weights."""

from __future__ import annotations

import json

import numpy as np
import pytest

from extractors import fingerprint
from extractors.org_scorer import FEATURES, OrgScorer
from extractors.pipeline import CONFIG_PATH
from extractors.train_orgs import (
    COMMAND,
    LabeledSet,
    Mail,
    accuracy,
    choices,
    fit,
    inputs_fingerprint,
    leave_one_writer_out,
    main,
    report,
    settings_of,
    weights_json,
)

LENGTH = FEATURES.index("length")
PICK = FEATURES.index("rules_pick")


def _row(length: float, pick: bool) -> list[float]:
    row = [0.0] * len(FEATURES)
    row[LENGTH], row[PICK] = length, float(pick)
    return row


def _mail(label: str | None, names: list[str], lengths: list[float], batch: int = 0) -> Mail:
    """A mail whose rules picked the first name; the candidates differ by 'length' only."""
    return Mail(
        label,
        {"message_key": label or "x", "company": names[0], "agency": None, "kind": "rejection"},
        None,
        batch,
        rows=[_row(v, i == 0) for i, v in enumerate(lengths)],
        finished=names,
        rules=0,
    )


# Mail where the right employer is always the longer candidate, the rules' pick the shorter.
LONGER_RIGHT = [
    _mail(f"Firm {i} Logistics", [f"Firm {i}", f"Firm {i} Logistics"], [1, 2]) for i in range(6)
]


def test_fit_learns_what_tells_the_right_candidate():
    w = fit(LONGER_RIGHT, l2=0.001, steps=200, rate=0.05)
    assert w[LENGTH] > 0
    assert choices(LONGER_RIGHT, w, 0.0) == [1] * len(LONGER_RIGHT)


def test_fit_gives_the_same_weights_on_the_same_data():
    first = fit(LONGER_RIGHT, l2=0.001, steps=50, rate=0.05)
    assert np.array_equal(first, fit(LONGER_RIGHT, l2=0.001, steps=50, rate=0.05))


@pytest.mark.parametrize(
    "mail",
    [
        _mail(None, ["A", "B"], [1, 2]),
        _mail("A", ["A"], [1]),
        _mail("C", ["A", "B"], [1, 2]),
    ],
    ids=["null-label", "one-candidate", "no-candidate-right"],
)
def test_mail_that_teaches_nothing_leaves_the_weights_as_they_are(mail):
    settings = {"l2": 0.001, "steps": 30, "rate": 0.05}
    assert np.array_equal(fit([mail, *LONGER_RIGHT], **settings), fit(LONGER_RIGHT, **settings))


def test_margin_keeps_the_rules_pick_unless_outscored():
    w = np.zeros(len(FEATURES))
    w[LENGTH] = 1.0
    mails = [_mail("X", ["X", "Y"], [1.0, 1.5])]
    assert (choices(mails, w, 0.0), choices(mails, w, 1.0)) == ([1], [0])


def test_accuracy_counts_labeled_mail_after_the_batch_pass():
    mails = [
        _mail("Firm 1 Logistics", ["Firm 1", "Firm 1 Logistics"], [1, 2]),
        _mail(None, ["Firm 2", "Firm 2 Logistics"], [1, 2]),
    ]
    assert (accuracy(mails, None), accuracy(mails, [1, 1]), accuracy(mails, [0, 0])) == (
        (0, 1),
        (1, 1),
        (0, 1),
    )


def test_leave_one_writer_out_never_trains_on_the_held_out_or_unlisted_writer():
    """The longer name is right in writer h's six mails, the shorter (the rules' pick) in the
    dev set's two, g's one and ag's ten; ag is not in the training list. Held out, h is
    scored from the dev set and g (the shorter kept); g and ag from the dev set, g and h,
    where the longer wins: had ag been trained on, the shorter would."""
    shorter = [_mail(f"Firm {i}", [f"Firm {i}", f"Firm {i} Logistics"], [1, 2]) for i in range(13)]
    sets = [
        LabeledSet(None, None, shorter[:2]),
        LabeledSet(None, "g", shorter[2:3]),
        LabeledSet(None, "h", LONGER_RIGHT),
        LabeledSet(None, "ag", shorter[3:], listed=False),
    ]
    settings = {"l2": 0.001, "steps": 100, "rate": 0.05}
    results = leave_one_writer_out(sets, settings, [0.0])
    assert {w: (r[None], r[0.0]) for w, r in results.items()} == {
        "g": ((1, 1), (0, 1)),
        "h": ((0, 6), (0, 6)),
        "ag": ((10, 10), (0, 10)),
    }
    lines = report(results, 0.0, ["ag"])
    groups = ["writer", "g", "h", "ag", "pooled", "study", "unlisted"]
    assert [line.split()[0] for line in lines] == groups


def test_weights_file_loads_into_the_scorer(tmp_path):
    path = tmp_path / "org_scorer.json"
    path.write_text(weights_json(np.arange(len(FEATURES)) / 10, 0.3), encoding="utf-8")
    scorer = OrgScorer.load(path)
    assert (scorer.margin, scorer.weights[:3]) == (0.3, [0.0, 0.1, 0.2])


@pytest.fixture(scope="module")
def training_sets(training_rows) -> list[LabeledSet]:
    """The labeled sets the command trains on, run through the pipeline (the rules choosing;
    the shared pass's, which test_training_pass compares with load_sets')."""
    return training_rows.org_sets


def test_shipped_weights_were_trained_on_the_repos_data_and_code(training_sets):
    """Fails when the training data, the candidates' features or the rules that find them,
    the fit's settings or its code changed since the shipped weights were trained, or the
    weights file was edited: run `python -m extractors.train_orgs` (make train) and commit
    extractors/org_scorer.json and org_scorer.fingerprint.json."""
    shipped = CONFIG_PATH.parent / "org_scorer.json"
    assert json.loads(shipped.read_text(encoding="utf-8"))["features"] == list(FEATURES)
    inputs = inputs_fingerprint(training_sets, settings_of(CONFIG_PATH))
    assert fingerprint.mismatches(shipped, inputs, COMMAND) == []


def test_fit_on_training_mail_gives_the_same_weights_twice(training_sets):
    """What lets a fingerprint stand for a retrain: the config's fit, twice on 300 real mails
    that teach."""
    settings = settings_of(CONFIG_PATH)
    mails = [m for s in training_sets for m in s.mails if m.teaches()][:300]
    runs = [
        fit(
            mails,
            l2=float(settings["l2"]),
            steps=int(settings["steps"]),
            rate=float(settings["rate"]),
        )
        for _ in range(2)
    ]
    assert np.array_equal(runs[0], runs[1])


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda m: m.rows[0].__setitem__(LENGTH, 9.0), id="a-feature-value"),
        pytest.param(lambda m: m.finished.reverse(), id="which-candidate-is-right"),
    ],
)
def test_a_changed_training_row_changes_the_fingerprint(change):
    sets = [
        LabeledSet(
            None,
            None,
            [
                _mail(f"Firm {i} Logistics", [f"Firm {i}", f"Firm {i} Logistics"], [1, 2])
                for i in range(3)
            ],
        )
    ]
    settings = {"l2": 0.001, "steps": 5, "rate": 0.1, "margin": 0.3}
    before = inputs_fingerprint(sets, settings)
    change(sets[0].mails[1])
    assert inputs_fingerprint(sets, settings) != before


@pytest.mark.weights
@pytest.mark.timeout(900)
def test_shipped_weights_are_what_the_command_writes(tmp_path, training_sets):
    """Opt-in (make check-weights): retrains as the command does and compares by the
    candidate each training mail's scorer picks, not byte for byte; the fingerprint the
    command writes beside its weights is the shipped one's."""
    out = tmp_path / "org_scorer.json"
    main(["--out", str(out)])
    shipped = CONFIG_PATH.parent / "org_scorer.json"
    assert fingerprint.record(out)["inputs"] == fingerprint.record(shipped)["inputs"]
    trained = json.loads(out.read_text(encoding="utf-8"))
    kept_weights = json.loads(shipped.read_text(encoding="utf-8"))
    assert kept_weights["features"] == list(FEATURES)
    mails = [m for s in training_sets for m in s.mails]
    margin = kept_weights["margin"]
    kept = choices(mails, np.array(kept_weights["weights"]), margin)
    assert choices(mails, np.array(trained["weights"]), margin) == kept
    assert sum(p != m.rules for p, m in zip(kept, mails, strict=True)) > 0

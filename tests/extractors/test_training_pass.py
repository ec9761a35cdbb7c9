"""extractors.training_pass: one pass gathers the rows each trainer's own pass gathers."""

import numpy as np
import pytest
import spacy

from extractors import train, train_orgs, train_role_spans, train_roles
from extractors.pipeline import CONFIG_PATH
from extractors.training_pass import TrainingRows, training_rows

# the team's own mail (writer "dev") and a writer's set of more than one train_orgs batch
PATHS = [
    CONFIG_PATH.parent / "../tests/data/devset_holdout.jsonl",
    CONFIG_PATH.parent / "../tests/data/extract/realstyle_ad.jsonl",
]


@pytest.fixture(scope="module")
def rows() -> TrainingRows:
    return training_rows(CONFIG_PATH, PATHS)


def test_the_textcat_examples_are_the_commands(rows) -> None:
    nlp = train.textcat_nlp()
    own = train.labeled_examples(nlp, PATHS)
    assert [(e.predicted.text, e.reference.cats) for e in rows.examples] == [
        (e.predicted.text, e.reference.cats) for e in own
    ]
    assert train.inputs_fingerprint(nlp, rows.examples, CONFIG_PATH) == train.inputs_fingerprint(
        nlp, own, CONFIG_PATH
    )


def test_the_employer_rows_are_the_commands(rows) -> None:
    own = train_orgs.load_sets(CONFIG_PATH, PATHS)
    assert [(s.path, s.writer, s.listed) for s in rows.org_sets] == [
        (s.path, s.writer, s.listed) for s in own
    ]
    assert [s.mails for s in rows.org_sets] == [s.mails for s in own]
    assert sum(m.teaches() for s in own for m in s.mails) > 10


def test_the_role_chooser_rows_are_the_commands(rows) -> None:
    own = train_roles.labeled_mails(train_roles.role_nlp(), PATHS)
    assert rows.role_mails == own
    assert sum(train_roles.teaches(m) for m in own) > 5


def test_the_span_finder_rows_are_the_commands(rows) -> None:
    kinds = spacy.util.load_config(CONFIG_PATH)["components"]["sneaker_role"]["span_kinds"]
    own = train_role_spans.labeled_mails(train_role_spans.span_nlp(), PATHS, kinds)
    settings = {"l2": 0.1, "steps": 2, "rate": 0.1, "switch_folds": 2, "switch_l2": 0.1}
    # the switch's digest reads every field of every mail
    assert train_role_spans.switch_fingerprint(
        rows.span_mails, settings
    ) == train_role_spans.switch_fingerprint(own, settings)
    assert len(rows.span_mails) == len(own)
    assert sum(m.found is not None and bool(np.any(m.right)) for m in own) > 10

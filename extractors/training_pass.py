"""What every learned part trains on, gathered in one pass of the pipeline over the labeled sets.

Each trainer runs (most of) the pipeline over the 26,000+ training mails on its own: the kind
textcat the components before it, the employer scorer up to sneaker_org with the rules
choosing, the role chooser up to sneaker_role, the title-span finder all of it. Their
fingerprint checks (tests/extractors) need all four at once; this runs the shared components
once per mail and hands each part's per-mail function (train.example_of,
train_orgs.mail_of, train_roles.mail_of, train_role_spans.mail_of) the doc as that part's
own pass leaves it, so the rows are the ones the trainers gather (a test compares them on a
small set).

Where the parts differ:
- the textcat reads the doc after the components before it: a copy is taken there (the
  later components add to the doc's user data);
- the employer scorer is trained on the rules' choice, the others read the scorer's:
  sneaker_org's resolution (the same with or without the scorer) is made once, then settled
  by the rules on a copy and by the scorer on the doc itself;
- the role chooser reads the titles found (RoleFinder.choices) before sneaker_role runs; the
  span finder reads the whole pipeline's result (the chooser on, the span finder off).
The weights this pipeline loads (the textcat's, the employer scorer's, the chooser's) must be
the ones in place, as in a fingerprint check: `make train` retrains them one after another,
each read by the next, so its commands still run their own passes.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from extractors import heldout, train, train_orgs, train_role_spans, train_roles
from extractors.cli_io import read_labeled
from extractors.messages import collector_paused
from extractors.pipeline import CONFIG_PATH, record_doc


@dataclass
class TrainingRows:
    """Each learned part's training rows, in the order its own command gathers them."""

    examples: list[Example] = field(default_factory=list)  # train.labeled_examples
    org_sets: list[train_orgs.LabeledSet] = field(default_factory=list)  # train_orgs.load_sets
    role_mails: list[train_roles.Mail] = field(default_factory=list)  # train_roles.labeled_mails
    # train_role_spans.labeled_mails
    span_mails: list[train_role_spans.Mail] = field(default_factory=list)


def _run(nlp: Language, names: Sequence[str], docs: list[Doc]) -> list[Doc]:
    """The named components over a batch, as messages.batch_rows runs them."""
    for name in names:
        pipe = nlp.get_pipe(name)
        if hasattr(pipe, "pipe"):
            docs = list(pipe.pipe(docs, batch_size=len(docs)))
        else:
            docs = [pipe(doc) for doc in docs]
    return docs


def training_rows(
    config_path: Path = CONFIG_PATH, paths: Sequence[Path] | None = None
) -> TrainingRows:
    """The rows of the four learned parts over the labeled files (default: the config's
    training list), from one pass of the pipeline."""
    config = spacy.util.load_config(config_path)
    if paths is None:
        paths = train_roles.training_files(config_path)
    kinds = config["components"]["sneaker_role"]["span_kinds"]
    nlp = train_role_spans.span_nlp(config_path)
    names = nlp.pipe_names
    textcat, org, role = (
        names.index("textcat"),
        names.index("sneaker_org"),
        names.index("sneaker_role"),
    )
    scored = nlp.get_pipe("sneaker_org")
    # sneaker_org as train_orgs.training_pipeline builds it: the same rules, the scorer off
    rules = copy.copy(scored)
    rules.scorer = None
    finder = nlp.get_pipe("sneaker_role")
    rows = TrainingRows()
    for path in paths:
        records, labeled = read_labeled(path)
        writer = train_roles.writer_of(Path(path))
        org_mails: list[train_orgs.Mail] = []
        # train_orgs' batches (Mail.batch names them); the other parts' components read
        # one mail at a time, so the batch size changes nothing they read
        for start in range(0, len(records), train_orgs.BATCH):
            batch = records[start : start + train_orgs.BATCH]
            items = [labeled[record["message_key"]] for record in batch]
            with collector_paused():
                docs = _run(nlp, names[:textcat], [record_doc(nlp, r) for r in batch])
                for doc, item in zip(docs, items, strict=True):
                    kind = train.label_kind(item)
                    if kind is not None:
                        rows.examples.append(train.example_of(doc.copy(), kind))
                docs = _run(nlp, names[textcat:org], docs)
                resolutions = [scored.resolve(doc) for doc in docs]
                for doc, record, item, resolved in zip(
                    docs, batch, items, resolutions, strict=True
                ):
                    settled = rules.settle(doc.copy(), resolved)
                    org_mails.append(
                        train_orgs.mail_of(
                            rules, settled, record, item, resolved, start // train_orgs.BATCH
                        )
                    )
                # (after the rules' Mail: the scorer's settle may mark the resolution's branch)
                docs = [scored.settle(d, r) for d, r in zip(docs, resolutions, strict=True)]
                for doc, item in zip(docs, items, strict=True):
                    if item.get("label_role"):
                        rows.role_mails.append(
                            train_roles.mail_of(finder, doc, item["label_role"], writer)
                        )
                docs = _run(nlp, names[role:], docs)
                for doc, item in zip(docs, items, strict=True):
                    mail = train_role_spans.mail_of(finder, doc, item, writer, kinds)
                    if mail is not None:
                        rows.span_mails.append(mail)
        rows.org_sets.append(train_orgs.LabeledSet(path, heldout.writer_of(path), org_mails))
    return rows

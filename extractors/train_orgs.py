"""Train the employer scorer (extractors/org_scorer.py) and measure it leave-one-writer-out.

    python -m extractors.train_orgs              # writes extractors/org_scorer.json
    python -m extractors.train_orgs --lowo       # per-writer figures, nothing written
    python -m extractors.train_orgs --lowo --margins 0 0.3 0.6

Reads the labeled JSON Lines of [sneaker.textcat_training] data (the textcat's files; the
fit's settings in [sneaker.org_scorer_training]), runs the pipeline up to sneaker_org with
the rules choosing (batches as `sneaker eval` makes them) and, for every mail whose
employer the rules name, gathers the candidates with their features. A candidate is right
when, finished as the pipeline finishes its choice, it equals label_company under `sneaker
eval`'s comparison (lexicon.employer_key). A softmax over each mail's candidates is fitted
by full-batch Adam from zero with an L2 penalty, a fixed number of steps: the same data
gives the same weights. Mails whose label is null, with one candidate, or that no candidate
fits teach nothing and are left out. The scorer never decides that a mail names no
employer: null labels are left out of the accuracy, so learning "none" from them would be
unmeasured; where the rules name none it names none.

`--lowo`: each writer's set held out in turn, the scorer trained on the other files of the
list, its choices on the held-out mail run through the batch pass (`complete_from_batch`)
as the pipeline runs them; per writer employer accuracy beside the rules' on the same mail,
pooled, and the study and check writers' means (extractors.heldout.CHECK_WRITERS). Writer
sets in tests/data/extract/ that are not in the list are held out too, never trained on.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.tokens import Doc

from extractors import fingerprint
from extractors.cli_io import read_labeled
from extractors.heldout import CHECK_WRITERS, writer_of
from extractors.lexicon import employer_key
from extractors.messages import collector_paused, doc_row
from extractors.org_scorer import (
    FEATURES,
    candidate_features,
    candidates,
    outscoring,
    unnamed_candidates,
)
from extractors.orgs import OrgFinder, Resolution, complete_from_batch, named_by
from extractors.pipeline import CONFIG_PATH, load_nlp, record_doc

BATCH = 256  # extract_messages' default: the batches complete_from_batch sees
COMMAND = "python -m extractors.train_orgs"


@dataclass
class Mail:
    """One labeled mail: the rules' row and, when they name an employer, its candidates."""

    label: str | None
    row: dict[str, Any]
    thread_id: str | None
    batch: int
    rows: list[list[float]] = field(default_factory=list)
    finished: list[str | None] = field(default_factory=list)
    rules: int = -1  # the rules' pick among the candidates (-1: no choice to make)
    branch: str = "none"  # how the rules named the employer (the batch pass reads it)
    # the rules named none; the candidates are OrgScorer.choose_unnamed's (never trained on)
    unnamed: bool = False

    def gold(self) -> list[bool]:
        truth = employer_key(self.label)
        return [employer_key(n) == truth for n in self.finished]

    def teaches(self) -> bool:
        """Labeled, named by the rules, with several candidates of which one is right
        (else the fit skips it)."""
        return bool(self.label) and not self.unnamed and len(self.rows) > 1 and any(self.gold())


@dataclass
class LabeledSet:
    path: Path
    writer: str | None  # None: the team's own sets (never held out)
    mails: list[Mail]
    listed: bool = True  # in the training list (else only held out, by --lowo)


def read_set(nlp: spacy.Language, path: Path, listed: bool = True) -> LabeledSet:
    """Run a labeled file through the pipeline (the rules choosing) and gather candidates."""
    finder: OrgFinder = nlp.get_pipe("sneaker_org")
    records, labeled = read_labeled(path)
    mails = []
    for start in range(0, len(records), BATCH):
        batch = records[start : start + BATCH]
        with collector_paused():
            docs = [record_doc(nlp, r) for r in batch]
            resolutions = []
            for _, component in nlp.pipeline:
                if component is finder:
                    # resolved once, with the spans the scorer reads (the rules' pick is
                    # the same without them), and settled as the pipeline settles it
                    resolutions = [finder.resolve(doc) for doc in docs]
                    docs = [finder.settle(d, r) for d, r in zip(docs, resolutions, strict=True)]
                elif hasattr(component, "pipe"):
                    docs = list(component.pipe(docs, batch_size=len(docs)))
                else:
                    docs = [component(doc) for doc in docs]
            for doc, record, resolved in zip(docs, batch, resolutions, strict=True):
                item = labeled[record["message_key"]]
                mails.append(mail_of(finder, doc, record, item, resolved, start // BATCH))
    return LabeledSet(path, writer_of(path), mails, listed)


def mail_of(
    finder: OrgFinder,
    doc: Doc,
    record: dict[str, Any],
    item: dict[str, Any],
    resolved: Resolution,
    batch: int,
) -> Mail:
    """A doc settled by the rules (the scorer off) as a Mail, with the candidates of its
    resolution (also what extractors.training_pass gathers)."""
    mail = Mail(
        item.get("label_company"),
        doc_row(doc, record["message_key"]),
        record.get("thread_id"),
        batch,
        branch=named_by(doc),
    )
    if not resolved.has_choice():
        names = unnamed_candidates(resolved.pool, resolved.scores, resolved.kind, resolved.titles)
        if names:
            # held out only: the scorer's guess where the rules name none
            mail.unnamed = True
            mail.rows = candidate_features(
                resolved.pool, resolved.scores, names, None, resolved.kind
            )
            mail.finished = [finder.finish(doc, resolved, n) for n in names]
        return mail
    company = resolved.company
    names = candidates(resolved.pool, resolved.scores, company)
    if company not in names:
        # a pick of under two letters ("X") is no candidate of its own: the scorer keeps it
        # (OrgScorer.choose), nothing to learn
        return mail
    mail.rows = candidate_features(resolved.pool, resolved.scores, names, company, resolved.kind)
    mail.finished = [finder.finish(doc, resolved, n) for n in names]
    mail.rules = names.index(company)
    return mail


def training_pipeline(config_path: Path = CONFIG_PATH) -> spacy.Language:
    """The config's pipeline up to sneaker_org, with the rules' choice (the scorer off: its
    weights may be missing or stale when it is retrained)."""
    config = spacy.util.load_config(config_path)
    config["components"]["sneaker_org"]["scorer"] = ""
    # (the components after it read the employer, never change it)
    names = config["nlp"]["pipeline"]
    config["nlp"]["pipeline"] = names[: names.index("sneaker_org") + 1]
    for name in names[names.index("sneaker_org") + 1 :]:
        del config["components"][name]
    weights = config["sneaker"]["textcat_weights"]
    config["sneaker"]["textcat_weights"] = str((config_path.parent / weights).resolve())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.cfg"
        config.to_disk(path)
        return load_nlp(path, fresh=True)


def fit(mails: Sequence[Mail], *, l2: float, steps: int, rate: float) -> np.ndarray:
    """Weights of a softmax over each mail's candidates maximizing the probability of the
    right ones (Adam from zero, full batch)."""
    usable = [(m, m.gold()) for m in mails if m.teaches()]
    x = np.array([r for m, _ in usable for r in m.rows], dtype=np.float64)
    right = np.array([v for _, g in usable for v in g], dtype=np.float64)
    sizes = [len(m.rows) for m, _ in usable]
    starts = np.cumsum([0, *sizes[:-1]])
    owner = np.repeat(np.arange(len(sizes)), sizes)
    w = np.zeros(x.shape[1])
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        z = x @ w
        z = z - np.maximum.reduceat(z, starts)[owner]
        e = np.exp(z)
        total = np.add.reduceat(e, starts)[owner]
        good = np.add.reduceat(e * right, starts)[owner]
        # d(-log P(right)) / dz = p - p * right / P(right)
        grad_z = e / total - e * right / good
        grad = x.T @ grad_z / len(sizes) + l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    return w


def choices(mails: Sequence[Mail], w: np.ndarray, margin: float) -> list[int]:
    """The candidate each mail's scorer picks (its rules' pick unless outscored by margin;
    the highest where the rules named none)."""
    picked = []
    for mail in mails:
        if mail.unnamed:
            values = list(np.array(mail.rows) @ w)
            picked.append(max(range(len(values)), key=values.__getitem__))
            continue
        if mail.rules < 0 or len(mail.rows) < 2:
            picked.append(mail.rules)
            continue
        picked.append(outscoring(list(np.array(mail.rows) @ w), mail.rules, margin))
    return picked


def accuracy(mails: Sequence[Mail], picked: Sequence[int] | None) -> tuple[int, int]:
    """(right, labeled) employers of the mails with these picks (None: the rules'), after
    the batch pass the pipeline runs over each batch's rows."""
    rows, branches = [], []
    batches: dict[int, list[int]] = {}  # batch -> its mails' indices, in order
    for i, mail in enumerate(mails):
        row, branch = dict(mail.row), mail.branch
        if picked is not None and picked[i] >= 0 and picked[i] != mail.rules:
            row["company"] = mail.finished[picked[i]]
            if mail.unnamed and row["company"]:
                branch = "scored"  # as OrgFinder.settle marks it
        rows.append(row)
        branches.append(branch)
        batches.setdefault(mail.batch, []).append(i)
    for batch in sorted(batches):
        members = batches[batch]
        complete_from_batch(
            [rows[i] for i in members],
            [mails[i].thread_id for i in members],
            [branches[i] for i in members],
        )
    scored = [(m.label, r["company"]) for m, r in zip(mails, rows, strict=True) if m.label]
    return sum(employer_key(t) == employer_key(p) for t, p in scored), len(scored)


def settings_of(config_path: Path) -> dict[str, Any]:
    """[sneaker.org_scorer_training], its data the textcat's training files."""
    options = spacy.util.load_config(config_path)["sneaker"]
    return {**options["org_scorer_training"], "data": options["textcat_training"]["data"]}


def load_sets(config_path: Path, paths: Sequence[Path], *, listed: bool = True) -> list[LabeledSet]:
    """The labeled files run through the config's pipeline (the rules choosing)."""
    nlp = training_pipeline(config_path)
    return [read_set(nlp, path, listed) for path in paths]


def train(sets: Sequence[LabeledSet], settings: dict[str, Any]) -> np.ndarray:
    mails = [m for s in sets for m in s.mails]
    return fit(
        mails,
        l2=float(settings["l2"]),
        steps=int(settings["steps"]),
        rate=float(settings["rate"]),
    )


def leave_one_writer_out(
    sets: Sequence[LabeledSet], settings: dict[str, Any], margins: Sequence[float]
) -> dict[str, dict[float | None, tuple[int, int]]]:
    """Per writer: (right, labeled) with the rules (key None) and the scorer at each margin,
    trained on every listed set but the writer's (sets not listed are only held out)."""
    results = {}
    for held in sets:
        if held.writer is None:
            continue
        w = train([s for s in sets if s.listed and s is not held], settings)
        found: dict[float | None, tuple[int, int]] = {None: accuracy(held.mails, None)}
        for margin in margins:
            found[margin] = accuracy(held.mails, choices(held.mails, w, margin))
        results[held.writer] = found
    return results


def report(results: dict[str, dict], margin: float, unlisted: Iterable[str] = ()) -> list[str]:
    """Per writer employer accuracy, rules and scorer on the same mail, then pooled and the
    means of the study writers, the check writers and the writers not in the training list."""
    lines = [f"{'writer':<8}{'labeled':>8}{'rules':>8}{'scorer':>8}{'diff':>6}"]
    order = sorted(results, key=lambda w: (len(w), w))
    for writer in order:
        (right, n), (mine, _) = results[writer][None], results[writer][margin]
        lines.append(f"{writer:<8}{n:>8}{right / n:>8.4f}{mine / n:>8.4f}{mine - right:>+6d}")
    aside = set(unlisted)
    listed = [w for w in order if w not in aside]
    for group, members in (
        ("pooled", listed),
        ("study", [w for w in listed if w not in CHECK_WRITERS]),
        ("check", [w for w in listed if w in CHECK_WRITERS]),
        ("unlisted", [w for w in order if w in aside]),
    ):
        if not members:
            continue
        n = sum(results[w][None][1] for w in members)
        right = sum(results[w][None][0] for w in members)
        mine = sum(results[w][margin][0] for w in members)
        means = [
            sum(results[w][key][0] / results[w][None][1] for w in members) / len(members)
            for key in (None, margin)
        ]
        lines.append(
            f"{group:<8}{n:>8}{right / n:>8.4f}{mine / n:>8.4f}{mine - right:>+6d}"
            f"  mean {means[0]:.4f} -> {means[1]:.4f} ({len(members)} writers)"
        )
    return lines


def build(config_path: Path = CONFIG_PATH) -> tuple[list[LabeledSet], np.ndarray]:
    """The training files of the config, read, and the weights trained on them."""
    settings = settings_of(config_path)
    sets = load_sets(config_path, [config_path.parent / p for p in settings["data"]])
    return sets, train(sets, settings)


def inputs_fingerprint(sets: Sequence[LabeledSet], settings: dict[str, Any]) -> str:
    """A digest of what `train` fits the weights on and writes beside them: each teaching
    mail's candidate rows and which are right, in order; the fit's settings and margin, the
    feature names and the code of the fit."""
    digest = fingerprint.Digest().add(
        "org_scorer/1",
        list(FEATURES),
        {k: float(settings[k]) for k in ("l2", "steps", "rate", "margin")},
        fingerprint.code(fit, train, weights_json),
    )
    for mail in (m for s in sets for m in s.mails):
        if mail.teaches():
            digest.add(np.array(mail.rows, dtype=np.float64), np.array(mail.gold()))
    return digest.hexdigest()


def weights_json(w: np.ndarray, margin: float) -> str:
    data = {
        "about": "extractors/org_scorer.py weights; rebuild: python -m extractors.train_orgs",
        "margin": margin,
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
    }
    return json.dumps(data, indent=1) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--out", type=Path, help="weights file (default: the config's)")
    parser.add_argument("--lowo", action="store_true", help="leave-one-writer-out figures")
    parser.add_argument("--margins", type=float, nargs="+", help="with --lowo: margins to compare")
    args = parser.parse_args(argv)
    config_path = args.config.resolve()
    settings = settings_of(config_path)
    paths = [config_path.parent / p for p in settings["data"]]
    if args.lowo:
        # writer sets not (yet) in the training list are held out too, never trained on
        listed = {p.resolve() for p in paths}
        extract = config_path.parent.parent / "tests" / "data" / "extract"
        unlisted = [
            p for p in sorted(extract.glob("realstyle_*.jsonl")) if p.resolve() not in listed
        ]
        sets = load_sets(config_path, paths) + load_sets(config_path, unlisted, listed=False)
        margins = args.margins or [float(settings["margin"])]
        results = leave_one_writer_out(sets, settings, margins)
        for margin in margins:
            print(f"margin {margin}")
            print("\n".join(report(results, margin, [s.writer for s in sets if not s.listed])))
        return
    sets, w = build(config_path)
    component = spacy.util.load_config(config_path)["components"]["sneaker_org"]
    out = args.out or config_path.parent / component["scorer"]
    out.write_text(weights_json(w, float(settings["margin"])), encoding="utf-8")
    fingerprint.write(out, inputs_fingerprint(sets, settings), COMMAND)
    used = sum(m.teaches() for s in sets for m in s.mails)
    print(f"trained on {used} mails with a right candidate among several; wrote {out}")


if __name__ == "__main__":
    main()

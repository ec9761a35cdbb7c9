"""Train the role chooser (extractors.role_scorer) on the labeled sets.

    python -m extractors.train_roles           # writes extractors/role_scorer.json
    python -m extractors.train_roles --lowo    # leave-one-writer-out beside the rules

Reads the labeled JSON Lines the textcat trains on (extractors/config.cfg
[sneaker.textcat_training] data; settings in [sneaker.role_training]), runs
the pipeline up to its role finder on each message, and takes the titles the finder found
(RoleFinder.choices). A title is right when it equals label_role as `sneaker eval` compares
them (lexicon.normalize_role). Mails with two titles or more, at least one of them right and
one wrong, train a softmax over their titles (conditional logistic regression, L2 penalty,
Newton's method from zero: the same data give the same weights).

--lowo: for each writer's set (realstyle_<writer>.jsonl), trains on every other file and
scores that writer's labeled mail, beside the rules' own choice; prints pooled, study and
check means (extractors.heldout.CHECK_WRITERS names the check writers).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import spacy
from rich.console import Console
from spacy.language import Language
from spacy.tokens import Doc

from extractors import fingerprint, heldout
from extractors.cli_io import read_labeled
from extractors.docmeta import facts, meta, text_of
from extractors.lexicon import normalize_role
from extractors.messages import collector_paused
from extractors.pipeline import CONFIG_PATH, load_textcat_weights, record_doc
from extractors.role_scorer import FEATURES, features, rules_pick
from extractors.roles import RoleFinder

COMMAND = "python -m extractors.train_roles"


@dataclass
class Mail:
    """One labeled mail's titles: their feature rows, which are right, which the rules take."""

    writer: str
    rows: list[list[float]]
    right: list[bool]
    rules: int  # index of the rules' pick; -1 when no title was found


def role_nlp(config_path: Path = CONFIG_PATH, overrides: dict | None = None) -> Language:
    """The config's pipeline with its textcat weights, the role finder without a chooser
    (its weights are what is being trained) and without the title-span finder (it only
    names a title where the rules found none to choose among), or with the given overrides
    instead."""
    if overrides is None:
        overrides = {
            "components.sneaker_role.chooser_weights": "",
            "components.sneaker_role.span_weights": "",
        }
    config = spacy.util.load_config(config_path, overrides=overrides)
    options = dict(config.pop("sneaker", {}))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    load_textcat_weights(nlp, config_path.parent / str(options["textcat_weights"]))
    nlp.meta["sneaker"] = {
        "max_chars": int(options.get("max_chars", 2500)),
        "quoted_chars": int(options.get("quoted_chars", 1200)),
    }
    return nlp


def writer_of(path: Path) -> str:
    """realstyle_k.jsonl -> 'k' (as extractors.heldout reads it); the team's own sets -> 'dev'."""
    return heldout.writer_of(path) or "dev"


def labeled_mails(nlp: Language, paths: Iterable[Path]) -> list[Mail]:
    """The titles found in every mail with a label_role."""
    names = [name for name, _ in nlp.pipeline]
    before = [pipe for _, pipe in nlp.pipeline[: names.index("sneaker_role")]]
    finder = nlp.get_pipe("sneaker_role")
    mails = []
    for path in paths:
        records, labeled = read_labeled(path)
        with collector_paused():
            docs = [record_doc(nlp, record) for record in records]
            for pipe in before:  # as messages.batch_rows runs them
                if hasattr(pipe, "pipe"):
                    docs = list(pipe.pipe(docs, batch_size=len(docs)))
                else:
                    docs = [pipe(doc) for doc in docs]
        for record, doc in zip(records, docs, strict=True):
            label = labeled[record["message_key"]].get("label_role")
            if label:
                mails.append(mail_of(finder, doc, label, writer_of(Path(path))))
    return mails


def mail_of(finder: RoleFinder, doc: Doc, label: str, writer: str) -> Mail:
    """The titles the finder finds in a doc run up to sneaker_role, beside its label_role
    (also what extractors.training_pass gathers, in its one pass for every learned part)."""
    entries = []
    if facts(doc).get("kind") not in finder.skip_kinds:
        entries = list(finder.choices(doc).values())
    gold = normalize_role(label)
    right = [normalize_role(finder.reported(e[1])) == gold for e in entries]
    rows = features(entries, text_of(doc), meta(doc).get("subject_end", 0))
    best = rules_pick(entries)
    rules = next((i for i, e in enumerate(entries) if e is best), -1)
    return Mail(writer, rows, right, rules)


def teaches(mail: Mail) -> bool:
    """Two titles or more, at least one right and one wrong (else the fit skips the mail)."""
    return len(mail.right) > 1 and any(mail.right) and not all(mail.right)


def fit(mails: list[Mail], l2: float, steps: int = 50) -> np.ndarray:
    """Weights of the conditional logit over the mails that teach something."""
    taught = [m for m in mails if teaches(m)]
    x = np.array([row for m in taught for row in m.rows], dtype=float)
    gold = np.array([r for m in taught for r in m.right], dtype=float)
    mail = np.repeat(np.arange(len(taught)), [len(m.rows) for m in taught])
    n, width = len(taught), len(FEATURES)
    w = np.zeros(width)
    for _ in range(steps):
        s = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, mail, s)
        e = np.exp(s - top[mail])
        p = e / np.bincount(mail, e, n)[mail]  # the model's probability of each title
        eg = e * gold
        q = eg / np.bincount(mail, eg, n)[mail]  # the same among the right titles only
        grad = x.T @ (p - q) + 2 * l2 * w
        mean_p = np.zeros((n, width))
        np.add.at(mean_p, mail, p[:, None] * x)
        mean_q = np.zeros((n, width))
        np.add.at(mean_q, mail, q[:, None] * x)
        hessian = (
            (x * p[:, None]).T @ x
            - mean_p.T @ mean_p
            - ((x * q[:, None]).T @ x - mean_q.T @ mean_q)
            + 2 * l2 * np.eye(width)
        )
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def inputs_fingerprint(mails: list[Mail], l2: float) -> str:
    """A digest of what `fit` fits the weights on: each teaching mail's title rows and which
    are right, in order; the penalty, the feature names and the code of the fit."""
    return (
        fingerprint.Digest()
        .add("role_scorer/1", list(FEATURES), float(l2), fingerprint.code(teaches, fit))
        .add([(np.array(m.rows, dtype=float), np.array(m.right)) for m in mails if teaches(m)])
        .hexdigest()
    )


def choice(mail: Mail, w: np.ndarray | None) -> int:
    """The index the chooser takes (the rules' with one title or none, or without weights)."""
    if w is None or len(mail.rows) < 2:
        return mail.rules
    values = np.array(mail.rows) @ w
    return int(np.argmax(values))


def accuracy(mails: list[Mail], w: np.ndarray | None) -> tuple[int, int]:
    """(right, mails) of a set of labeled mails."""
    right = 0
    for mail in mails:
        i = choice(mail, w)
        right += i >= 0 and mail.right[i]
    return right, len(mails)


def leave_one_writer_out(
    mails: list[Mail], l2: float, check: Collection[str], out: Console
) -> None:
    writers = sorted({m.writer for m in mails} - {"dev"}, key=lambda w: (len(w), w))
    rows = {}
    for writer in writers:
        held = [m for m in mails if m.writer == writer]
        w = fit([m for m in mails if m.writer != writer], l2)
        (rules, n), (chosen, _) = accuracy(held, None), accuracy(held, w)
        rows[writer] = (n, rules, chosen)
        mark = "check" if writer in check else "study"
        out.print(f"{writer:>3} {mark}  n={n:4}  rules {rules / n:.3f}  chooser {chosen / n:.3f}")
    n = sum(r[0] for r in rows.values())
    out.print(
        f"pooled n={n}  rules {sum(r[1] for r in rows.values()) / n:.4f}"
        f"  chooser {sum(r[2] for r in rows.values()) / n:.4f}"
    )
    for name, group in (
        ("study", [w for w in writers if w not in check]),
        ("check", [w for w in writers if w in check]),
    ):
        rules = np.mean([rows[w][1] / rows[w][0] for w in group])
        chosen = np.mean([rows[w][2] / rows[w][0] for w in group])
        out.print(f"{name} mean ({len(group)} writers)  rules {rules:.4f}  chooser {chosen:.4f}")


def training_files(config_path: Path = CONFIG_PATH) -> list[Path]:
    """The labeled sets the chooser trains on: the textcat's."""
    config = spacy.util.load_config(config_path)
    return [config_path.parent / p for p in config["sneaker"]["textcat_training"]["data"]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--out", type=Path, help="weights file (default: the config's)")
    parser.add_argument("--lowo", action="store_true", help="leave-one-writer-out figures")
    args = parser.parse_args(argv)
    config_path = args.config.resolve()
    config = spacy.util.load_config(config_path)
    settings = config["sneaker"]["role_training"]
    l2 = float(settings["l2"])
    mails = labeled_mails(role_nlp(config_path), training_files(config_path))
    if args.lowo:
        leave_one_writer_out(mails, l2, heldout.CHECK_WRITERS, Console())
        return
    w = fit(mails, l2)
    out = args.out or config_path.parent / config["components"]["sneaker_role"]["chooser_weights"]
    weights = {name: round(float(v), 6) for name, v in zip(FEATURES, w, strict=True)}
    out.write_text(json.dumps({"weights": weights}, indent=1) + "\n", encoding="utf-8")
    fingerprint.write(out, inputs_fingerprint(mails, l2), COMMAND)
    right, n = accuracy(mails, w)
    print(f"trained on {len(mails)} labeled mails ({right / n:.4f} right); wrote {out}")


if __name__ == "__main__":
    main()

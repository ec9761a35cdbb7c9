"""Leave-one-writer-out figures for the message kind.

    python -m extractors.heldout                     # every writer set of the training list
    python -m extractors.heldout --writers s w --jobs 2
    python -m extractors.heldout --writers b d e k --folds 2 --cats /tmp/kind_cats.json

For each writer's set (tests/data/extract/realstyle_<writer>.jsonl) named in
extractors/config.cfg [sneaker.textcat_training] data, trains the textcat on every other file
of that list (the dev sets included; same settings, order and seed as extractors.train) and
runs the pipeline on the held-out writer's mail up to `sneaker_kind`, the last component
that sets the kind (the ones after it read the kind, never change it). Prints per writer
kind accuracy and rejection F1, the figures pooled over all held-out mail, and the means
of the study and the check writers (CHECK_WRITERS: mail only ever measured, never read to
write rules).

Each file is read and run through the components before the textcat once (the docs the
textcat trains on and reads), and those docs serve every training, so that a run over N
writers costs N trainings (~55 s of CPU each over the 42 writer sets of session 8) and little
else. --folds K holds the chosen writers out K folds at a time instead of one by one (fold i
holds every K-th writer of the list from the i-th on: deterministic, and each fold mixes early
and late sets), so that a run costs K trainings; each is trained without the fold's writers
alone, so fold figures run a little below one-writer-out ones (less training mail) and only
compare with runs of the same folds. --jobs 2 trains in two forked processes. --cats FILE keeps
each held-out writer's textcat probabilities, the fold it was held out with, and a fingerprint
of what the textcat read and how it was trained, written again as each fold finishes (a killed
run keeps the folds it finished); a later run with the same fingerprint reuses the writers held
out with the same fold, so that a change to sneaker_kind alone is measured in a minute (a
change to what the textcat reads, its features or its training changes the fingerprint: all
retrain).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from extractors.cli_io import read_labeled
from extractors.docmeta import facts
from extractors.evaluate import score
from extractors.kind_threads import OPEN_KEY, ThreadKinds, complete_kinds
from extractors.kinds import KINDS
from extractors.pipeline import CONFIG_PATH
from extractors.train import (
    fit_settings,
    labeled_docs,
    textcat_feature_batches,
    textcat_nlp,
    train_textcat,
)

# The writers whose mail is only measured (common brief, session 8): their aggregates must not
# drop; every other writer's mail may be read. The dev sets are always trained on.
CHECK_WRITERS = frozenset("abcdefjkln")
_WRITER_FILE = re.compile(r"realstyle_([a-z]+)\.jsonl$")


@dataclass
class LabeledFile:
    """One labeled file of the training list, run up to the textcat once."""

    path: Path
    writer: str | None  # None for the team's own sets (never held out)
    docs: list[Doc]
    labels: list[str]
    # each doc's thread_id, sent_at and is_from_me: the thread pass of extract_messages
    threads: list[dict[str, Any]] = field(default_factory=list)


def kind_nlp(config_path: Path = CONFIG_PATH) -> Language:
    """The config's components up to sneaker_kind (the textcat untrained)."""
    config = spacy.util.load_config(config_path)
    names = config["nlp"]["pipeline"]
    nlp = textcat_nlp(config_path)
    block = dict(config["components"]["sneaker_kind"])
    nlp.add_pipe(block.pop("factory"), name="sneaker_kind", config=block)
    assert names.index("sneaker_kind") == names.index("textcat") + 1, names
    return nlp


def writer_of(path: Path) -> str | None:
    match = _WRITER_FILE.search(path.name)
    return match.group(1) if match else None


def featurize(nlp: Language, path: Path) -> LabeledFile:
    """A file's labeled mail as the docs the textcat reads (as extractors.train makes them)."""
    pairs = list(labeled_docs(nlp, path))
    records, labeled = read_labeled(path)  # as labeled_docs reads them, in the same order
    threads = [
        {key: r.get(key) for key in ("thread_id", "sent_at", "is_from_me")}
        for r in records
        if labeled[r["message_key"]].get("label_kind") in KINDS
    ]
    docs, labels = [d for d, _ in pairs], [k for _, k in pairs]
    return LabeledFile(path, writer_of(path), docs, labels, threads)


def training_weights(
    files: Sequence[LabeledFile],
    held_out: Iterable[str],
    settings: dict,
    config_path: Path = CONFIG_PATH,
) -> bytes:
    """The textcat's weights trained on every file but the held-out writers'."""
    nlp = textcat_nlp(config_path)
    held_out = frozenset(held_out)
    examples = [
        Example.from_dict(doc, {"cats": {k: float(k == label) for k in KINDS}})
        for file in files
        if file.writer not in held_out
        for doc, label in zip(file.docs, file.labels, strict=True)
    ]
    return train_textcat(nlp, examples, **fit_settings(settings))


def held_out_cats(nlp: Language, weights: bytes, file: LabeledFile) -> list[dict[str, float]]:
    """The textcat's probabilities for each of the file's mails with these weights."""
    textcat = nlp.get_pipe("textcat")
    textcat.from_bytes(weights, exclude=["vocab"])
    # copies: the cached docs stay as the components before the textcat left them
    docs = textcat.pipe([doc.copy() for doc in file.docs], batch_size=256)
    return [dict(doc.cats) for doc in docs]


def held_out_kinds(nlp: Language, file: LabeledFile, cats: list[dict[str, float]]) -> list[str]:
    """The kind sneaker_kind gives each of the file's mails with these textcat probabilities."""
    kind = nlp.get_pipe("sneaker_kind")
    rows = []
    for doc, doc_cats in zip(file.docs, cats, strict=True):
        doc = doc.copy()
        doc.cats = doc_cats
        found = facts(kind(doc))
        rows.append({"kind": found.get("kind") or "other", OPEN_KEY: found.get(OPEN_KEY)})
    if file.threads:  # the candidate's own replies, as extract_messages' batches of 256 see them
        threads = ThreadKinds()
        for start in range(0, len(rows), 256):
            end = start + 256
            complete_kinds(rows[start:end], file.threads[start:end], threads)
    return [row["kind"] for row in rows]


def fingerprint(nlp: Language, files: Sequence[LabeledFile], config_path: Path) -> str:
    """A digest of everything the held-out textcats depend on: the training settings, the
    textcat's model block, and the features its model reads from each doc (a change to the
    cue files, relays, text cleaning or kind_features changes it; one to sneaker_kind does
    not)."""
    config = spacy.util.load_config(config_path)
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr(config["sneaker"]["textcat_training"]).encode())
    digest.update(repr(config["components"]["textcat"]).encode())
    for file in files:
        digest.update(f"{file.path.name}:{file.writer}:{file.labels}".encode())
        for keys, lengths in textcat_feature_batches(nlp, file.docs):
            digest.update(keys.tobytes())
            digest.update(lengths.tobytes())
    return digest.hexdigest()


# What forked workers inherit: the featurized files and the settings (set before forking).
_STATE: dict[str, Any] = {}


def _run_fold(fold: tuple[str, ...]) -> dict[str, list[dict[str, float]]]:
    """Each of the fold's writers' held-out probabilities, from one training without them."""
    files: list[LabeledFile] = _STATE["files"]
    weights = training_weights(files, fold, _STATE["settings"], _STATE["config"])
    return {f.writer: held_out_cats(_STATE["nlp"], weights, f) for f in files if f.writer in fold}


def split_folds(writers: Sequence[str], folds: int | None) -> list[tuple[str, ...]]:
    """The writers in held-out groups: one each (folds None or 0), else `folds` groups, the
    i-th holding every folds-th writer from the i-th on (deterministic for a given list)."""
    if not folds:
        return [(writer,) for writer in writers]
    return [tuple(writers[i::folds]) for i in range(min(folds, len(writers)))]


def _save_cats(cats_path: Path, stamp: str, kept: dict, held_with: dict) -> None:
    """Written whole to a temporary file, then renamed: a run killed while writing leaves
    the previous file."""
    temporary = cats_path.with_name(cats_path.name + ".tmp")
    text = json.dumps({"fingerprint": stamp, "cats": kept, "held_with": held_with})
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(cats_path)


def leave_one_writer_out(
    config_path: Path = CONFIG_PATH,
    writers: Iterable[str] | None = None,
    jobs: int = 1,
    cats_path: Path | None = None,
    folds: int | None = None,
) -> dict[str, list[tuple[str, str]]]:
    """(label, predicted) pairs of each held-out writer's mail, by writer.

    folds: hold the chosen writers out in this many groups (split_folds), one training each,
    instead of one writer at a time.
    cats_path: a JSON file keeping the held-out textcat probabilities, rewritten as each fold
    finishes; a writer found there with the same fingerprint, held out with the same fold, is
    not trained again (trying a change to sneaker_kind alone)."""
    config_path = Path(config_path).resolve()
    settings = spacy.util.load_config(config_path)["sneaker"]["textcat_training"]
    nlp = kind_nlp(config_path)
    files = [featurize(nlp, config_path.parent / p) for p in settings["data"]]
    known = [f.writer for f in files if f.writer]
    chosen = known if writers is None else [w for w in known if w in set(writers)]
    stamp = fingerprint(nlp, files, config_path)
    kept: dict[str, list[dict[str, float]]] = {}
    held_with: dict[str, list[str]] = {}
    if cats_path and cats_path.is_file():
        saved = json.loads(cats_path.read_text(encoding="utf-8"))
        if saved.get("fingerprint") == stamp:
            kept = saved["cats"]
            # files of before folds: each writer was held out alone
            held_with = saved.get("held_with") or {w: [w] for w in kept}
    missing = [
        fold
        for fold in split_folds(chosen, folds)
        if any(w not in kept or held_with.get(w) != list(fold) for w in fold)
    ]
    _STATE.update(config=config_path, settings=settings, files=files, nlp=nlp)

    def finished(fold: tuple[str, ...], cats: dict[str, list[dict[str, float]]]) -> None:
        kept.update(cats)
        held_with.update({w: list(fold) for w in fold})
        if cats_path:
            _save_cats(cats_path, stamp, kept, held_with)

    if jobs <= 1 or len(missing) <= 1:
        for fold in missing:
            finished(fold, _run_fold(fold))
    else:
        # fork: the workers inherit the featurized files instead of receiving them pickled
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context) as pool:
            futures = {pool.submit(_run_fold, fold): fold for fold in missing}
            for future in as_completed(futures):
                finished(futures[future], future.result())
    by_writer = {}
    for file in files:
        if file.writer in chosen:
            predicted = held_out_kinds(nlp, file, kept[file.writer])
            by_writer[file.writer] = list(zip(file.labels, predicted, strict=True))
    return by_writer


def figures(pairs: list[tuple[str, str]]) -> tuple[float, float, int]:
    """Kind accuracy, rejection F1 and the number of mails."""
    scored = score(pairs)
    return scored["kind_accuracy"], scored["per_kind"]["rejection"]["f1"], scored["n"]


def report(by_writer: dict[str, list[tuple[str, str]]]) -> list[str]:
    """The printed lines: one per writer, then pooled and the study/check means."""
    lines = [f"{'writer':<8}{'mails':>6}{'kind':>8}{'rej F1':>8}"]
    for writer in sorted(by_writer, key=lambda w: (len(w), w)):
        kind, rejection, n = figures(by_writer[writer])
        lines.append(f"{writer:<8}{n:>6}{kind:>8.4f}{rejection:>8.4f}")
    pooled = [pair for pairs in by_writer.values() for pair in pairs]
    kind, rejection, n = figures(pooled)
    lines.append(f"{'pooled':<8}{n:>6}{kind:>8.4f}{rejection:>8.4f}  ({len(by_writer)} writers)")
    for group, members in (
        ("study", [w for w in by_writer if w not in CHECK_WRITERS]),
        ("check", [w for w in by_writer if w in CHECK_WRITERS]),
    ):
        if not members:
            continue
        rows = [figures(by_writer[w]) for w in members]
        mean_kind = sum(r[0] for r in rows) / len(rows)
        mean_rejection = sum(r[1] for r in rows) / len(rows)
        group_pooled = figures([pair for w in members for pair in by_writer[w]])
        lines.append(
            f"{group + ' mean':<14}{mean_kind:>8.4f}{mean_rejection:>8.4f}  "
            f"(pooled {group_pooled[0]:.4f} / {group_pooled[1]:.4f}, {len(members)} writers)"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--writers", nargs="+", help="held out in turn (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="trainings at once (forked)")
    parser.add_argument(
        "--folds",
        type=int,
        help="hold the writers out in this many deterministic groups, one training each "
        "(default: one writer at a time)",
    )
    parser.add_argument(
        "--cats",
        type=Path,
        help="JSON file keeping the held-out textcat probabilities: writers found there "
        "(same data, settings and cues) are not trained again",
    )
    args = parser.parse_args(argv)
    jobs = max(1, min(args.jobs, os.cpu_count() or 1))
    by_writer = leave_one_writer_out(args.config, args.writers, jobs, args.cats, args.folds)
    print("\n".join(report(by_writer)))


if __name__ == "__main__":
    main()

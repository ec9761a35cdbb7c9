"""Retrain the pipeline's `textcat` (the kind classifier that votes with the rules).

    python -m extractors.train            # writes extractors/kind_textcat.bin
    make train                            # this, then the employer scorer and role chooser

Reads the labeled JSON Lines named in extractors/config.cfg [sneaker.textcat_training]
(the team's dev sets and probes and the independently written sets of tests/data/extract/;
never the demo's truth, which is held out), turns each message into exactly the doc the
pipeline's textcat reads (subject + cleaned body and the headers, via `record_doc`, with the
cues of the components that run before it), trains the [components.textcat] block of the
same config for a fixed number of epochs with a fixed seed, and writes the component's
weights to the file [sneaker] textcat_weights names. `load_nlp` loads that file.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from extractors import fingerprint
from extractors.cli_io import read_labeled
from extractors.kind_features import build_kind_bow, kind_features
from extractors.kinds import KINDS
from extractors.pipeline import CONFIG_PATH, record_doc

COMMAND = "python -m extractors.train"


def textcat_nlp(config_path: Path = CONFIG_PATH) -> Language:
    """A blank pipeline holding the config's components up to its untrained `textcat`
    (the textcat's features read the cues that sneaker_cues marks before it)."""
    config = spacy.util.load_config(config_path)
    names = config["nlp"]["pipeline"]
    # the config's tokenizer (extractors.tokenizer), as load_nlp builds it
    tokenizer = config["nlp"].get("tokenizer")
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}} if tokenizer else {})
    for name in names[: names.index("textcat") + 1]:
        block = dict(config["components"][name])
        nlp.add_pipe(block.pop("factory"), name=name, config=block)
    max_chars = int(config.get("sneaker", {}).get("max_chars", 2500))
    nlp.meta["sneaker"] = {"max_chars": max_chars}
    return nlp


def labeled_docs(nlp: Language, path: Path) -> Iterator[tuple[Doc, str]]:
    """Each labeled message of a file as the doc the pipeline's textcat reads (run through the
    components before it), with its label_kind; unlabeled lines are skipped."""
    names = nlp.pipe_names
    before = [pipe for _, pipe in nlp.pipeline[: names.index("textcat")]]
    records, labeled = read_labeled(path)
    for record in records:
        kind = label_kind(labeled[record["message_key"]])
        if kind is None:
            continue
        doc = record_doc(nlp, record)
        for pipe in before:
            doc = pipe(doc)
        yield doc, kind


def labeled_examples(nlp: Language, paths: Iterable[Path]) -> list[Example]:
    """One Example per labeled message: the doc the pipeline's textcat reads, one-hot `cats`
    of label_kind."""
    return [example_of(doc, kind) for path in paths for doc, kind in labeled_docs(nlp, path)]


def label_kind(item: dict[str, Any]) -> str | None:
    """A labeled item's label_kind, or None when it has none the textcat learns."""
    kind = item.get("label_kind")
    return kind if kind in KINDS else None


def example_of(doc: Doc, kind: str) -> Example:
    """The textcat's Example of a doc run through the components before it: one-hot `cats`
    (also what extractors.training_pass gathers)."""
    return Example.from_dict(doc, {"cats": {k: float(k == kind) for k in KINDS}})


def train_textcat(
    nlp: Language,
    examples: list[Example],
    *,
    epochs: int,
    batch_size: int,
    dropout: float,
    seed: int,
) -> bytes:
    """Train nlp's textcat on the examples; its serialized weights."""
    textcat = nlp.get_pipe("textcat")
    for kind in KINDS:
        textcat.add_label(kind)
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    order = list(examples)
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for batch in spacy.util.minibatch(order, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=dropout)
    return textcat.to_bytes(exclude=["vocab"])


def fit_settings(settings: dict) -> dict[str, Any]:
    """train_textcat's keyword arguments from the config's [sneaker.textcat_training]."""
    return {
        "epochs": int(settings["epochs"]),
        "batch_size": int(settings["batch_size"]),
        "dropout": float(settings["dropout"]),
        "seed": int(settings["seed"]),
    }


def inputs_fingerprint(nlp: Language, examples: list[Example], config_path: Path) -> str:
    """A digest of what train_textcat fits the weights on: each example's features as the
    textcat's model reads them (hashed words, subject words, header flags, cues) and its
    kind, in order; the model block and training settings of the config; the code of the
    fit and of the model (the docs' text itself is read only through those features)."""
    config = spacy.util.load_config(config_path)
    digest = fingerprint.Digest().add(
        "kind_textcat/1",
        list(KINDS),
        dict(config["components"]["textcat"]),
        fit_settings(config["sneaker"]["textcat_training"]),
        fingerprint.code(train_textcat, build_kind_bow, kind_features),
    )
    labels = [max(e.reference.cats, key=e.reference.cats.get) for e in examples]
    batches = textcat_feature_batches(nlp, [e.predicted for e in examples])
    for start, (keys, lengths) in zip(range(0, len(examples), 256), batches, strict=True):
        digest.add(keys, lengths, labels[start : start + 256])
    return digest.hexdigest()


def textcat_feature_batches(
    nlp: Language, docs: list[Doc], batch_size: int = 256
) -> Iterator[tuple[Any, Any]]:
    """What the textcat's model reads of docs (hashed feature keys and their counts per doc),
    batch_size docs at a time: the part of a doc a textcat digest must cover."""
    model = nlp.get_pipe("textcat").model
    features = next(node for node in model.walk() if node.name == "sneaker_kind_features")
    for start in range(0, len(docs), batch_size):
        keys, _, lengths = features.predict(docs[start : start + batch_size])
        yield keys, lengths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--out", type=Path, help="weights file (default: the config's)")
    args = parser.parse_args(argv)
    config_path = args.config.resolve()
    options = spacy.util.load_config(config_path)["sneaker"]
    settings = options["textcat_training"]
    nlp = textcat_nlp(config_path)
    examples = labeled_examples(nlp, [config_path.parent / p for p in settings["data"]])
    inputs = inputs_fingerprint(nlp, examples, config_path)
    weights = train_textcat(nlp, examples, **fit_settings(settings))
    out = args.out or config_path.parent / options["textcat_weights"]
    out.write_bytes(weights)
    fingerprint.write(out, inputs, COMMAND)
    print(f"trained on {len(examples)} messages; wrote {out} ({len(weights) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

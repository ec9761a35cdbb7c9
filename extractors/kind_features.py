"""`sneaker.KindBOW.v1`: the kind textcat's model, a bag of words that also sees the headers.

spaCy's TextCatBOW reads case-sensitive words of the whole text only. Which kind a mail is
depends as much on who sent it and how (a no-reply relay with an unsubscribe footer, a
person at a personal address, the candidate's own mail) and on the subject line as on the
words, so this model's features are:

- lower-case unigrams and n-grams of subject + body (as TextCatBOW, but case-folded);
- the subject's words again, marked as subject words ("Interview" in a subject says more
  than in a footer);
- header flags from `doc._.meta` (automated sender, relay or personal domain, a person's
  name in From, a reply, an empty body, a calendar invite, the candidate's own mail);
- the cue labels the `sneaker_cues` component found (label x strong/weak x subject/body),
  so that the model learns how far each rule's word is to be trusted. The pipeline runs
  `sneaker_cues` before `textcat`; training does too (extractors.train).

Each feature is a 64-bit key into one hashed SparseLinear layer, as in TextCatBOW.
"""

from __future__ import annotations

import hashlib
from functools import partial

import numpy
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    Logistic,
    Model,
    SparseLinear_v2,
    chain,
    resizable,
    softmax_activation,
    with_cpu,
)
from thinc.layers.resizable import resize_linear_weighted, resize_model
from thinc.types import Floats2d

from extractors.docmeta import meta, sender, subject_text
from extractors.relays import is_personal_domain, is_relay_domain
from extractors.senders import is_generic_local, split_addr

# where sneaker_cues (spans_key "cues") leaves its (label, weight, start, end) tuples
CUES_KEY = ("sneaker", "cues")
_REPLY = ("re:", "re :", "fw:", "fwd:", "aw:", "sv:")


def feature_key(name: str) -> int:
    """A stable 64-bit key for a named feature (the same in every process and run)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "little")


# Subject words get their own keys: the word's LOWER hash, mixed with this constant.
_SUBJECT_SALT = numpy.uint64(feature_key("subject"))
_KEYS: dict[str, int] = {}
_NEG_VALUE = -5000  # the output bias of labels added later (spaCy's TextCatBOW uses the same)


def _key(name: str) -> int:
    key = _KEYS.get(name)
    if key is None:
        key = _KEYS[name] = feature_key(name)
    return key


def header_features(doc: Doc) -> list[str]:
    """Names of the header flags a doc's metadata sets."""
    info = meta(doc)
    addr = info.get("from_addr") or ""
    _, domain = split_addr(addr)
    names = []
    if info.get("is_from_me"):
        names.append("h:from_me")
    if info.get("list_unsubscribe"):
        names.append("h:unsubscribe")
    if (info.get("auto_submitted") or "").lower() not in ("", "no"):
        names.append("h:auto_submitted")
    if not addr:
        names.append("h:no_sender")
    elif is_generic_local(addr):
        names.append("h:generic_local")
    if domain and is_relay_domain(domain):
        names.append("h:relay")
    if domain and is_personal_domain(domain):
        names.append("h:personal")
    if addr and sender(doc)[0] is not None:
        names.append("h:person_named")
    if info.get("empty_body"):
        names.append("h:empty_body")
    if info.get("has_invite"):
        names.append("h:invite")
    subject = subject_text(doc).lower().lstrip()
    if subject.startswith(_REPLY):
        names.append("h:reply")
    if not subject:
        names.append("h:no_subject")
    return names


# Cue labels that say nothing of a job search (an automated sender, unrelated mail).
_NO_JOB_LABELS = frozenset({"OTHER", "AUTO"})


def cue_features(doc: Doc, strong: float = 3.0) -> set[str]:
    """label x strength x place of each cue sneaker_cues found, and "c:none" when it found
    none of a job search. A bag of words cannot see that every cue is missing: a club's or
    a church's newsletter giving times of day was read as an interview invitation (0.61) on
    its words alone; with this feature the model learns how rarely cue-less mail is a step
    of an application."""
    found = doc.user_data.get(CUES_KEY)
    if found is None:  # no sneaker_cues before the textcat
        return set()
    subject_end = meta(doc).get("subject_end", 0)
    names = {
        f"c:{label}:{'s' if weight >= strong else 'w'}:{'subj' if start < subject_end else 'body'}"
        for label, weight, start, _ in found
    }
    if all(label in _NO_JOB_LABELS for label, _, _, _ in found):
        names.add("c:none")
    return names


def kind_features(model: Model, docs: list[Doc], is_train: bool):
    """(keys, values, lengths) of a batch of docs, the input of a SparseLinear layer.

    A key that occurs twice in a doc is listed twice with value 1: the layer sums, so that
    equals one key with the count (what TextCatBOW computes with a per-doc numpy.unique,
    which cost more than the rest of the component)."""
    attrs = model.attrs
    ngram_size = attrs["ngram_size"]
    parts = []
    lengths = []
    for doc in docs:
        arr = doc.to_array([LOWER, IDX])
        words = numpy.ascontiguousarray(arr[:, 0], dtype="uint64")
        grams = [words]
        for n in range(2, ngram_size + 1):
            grams.append(model.ops.ngrams(n, words))
        if attrs["subject_words"]:
            n_subject = int(numpy.searchsorted(arr[:, 1], meta(doc).get("subject_end", 0)))
            grams.append(words[:n_subject] ^ _SUBJECT_SALT)
        extra = header_features(doc) if attrs["headers"] else []
        if attrs["cues"]:
            extra += sorted(cue_features(doc))
        if extra:
            grams.append(numpy.array([_key(name) for name in extra], dtype="uint64"))
        parts.extend(grams)
        lengths.append(sum(len(g) for g in grams))
    keys = numpy.concatenate(parts) if parts else numpy.zeros((0,), dtype="uint64")
    vals = model.ops.asarray(numpy.ones((len(keys),), dtype="float32"), dtype="f")

    def backprop(d_out):
        return []

    return (keys, vals, model.ops.asarray(lengths, dtype="int32")), backprop


@registry.architectures("sneaker.KindBOW.v1")
def build_kind_bow(
    exclusive_classes: bool,
    ngram_size: int,
    no_output_layer: bool,
    length: int = 262144,
    subject_words: bool = True,
    headers: bool = True,
    cues: bool = True,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """TextCatBOW.v3 with the features above in place of its case-sensitive n-grams."""
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": 0, "W": 0}
    output_layer = None
    if not no_output_layer:
        fill_defaults["b"] = _NEG_VALUE
        output_layer = softmax_activation() if exclusive_classes else Logistic()
    resizable_layer = resizable(
        sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill_defaults)
    )
    extract = Model(
        "sneaker_kind_features",
        kind_features,
        attrs={
            "ngram_size": ngram_size,
            "subject_words": subject_words,
            "headers": headers,
            "cues": cues,
        },
    )
    model = with_cpu(chain(extract, resizable_layer), extract.ops)
    if output_layer is not None:
        model = chain(model, with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(_resize, resizable_layer=resizable_layer)
    return model


def _resize(model: Model, new_nO: int, resizable_layer: Model) -> Model:
    """Add output labels (spaCy's resize_and_set_ref for TextCatBOW)."""
    resizable_layer = resize_model(resizable_layer, new_nO)
    model.set_ref("output_layer", resizable_layer.layers[0])
    model.set_dim("nO", new_nO, force=True)
    return model

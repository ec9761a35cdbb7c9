"""Build the extraction pipeline from extractors/config.cfg and turn records into Docs."""

from __future__ import annotations

import functools
import gc
from datetime import datetime
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractors.cues  # noqa: F401  (registers the factories)
import extractors.details  # noqa: F401
import extractors.kinds  # noqa: F401
import extractors.orgs  # noqa: F401
import extractors.people  # noqa: F401
import extractors.roles  # noqa: F401
import extractors.tokenizer  # noqa: F401
from extractors.docmeta import TEXT_KEY, meta
from extractors.text import clean_line, clean_parts

CONFIG_PATH = Path(__file__).parent / "config.cfg"
EXTRACTOR_VERSION = "sneaker-rules-textcat-29"


def load_textcat_weights(nlp: Language, path: Path) -> None:
    """Load the trained weights of the pipeline's `textcat` (written by extractors.train)."""
    if not path.is_file():
        raise FileNotFoundError(
            f"textcat weights not found at {path}; rebuild them with `python -m extractors.train`"
        )
    nlp.get_pipe("textcat").from_bytes(path.read_bytes(), exclude=["vocab"])


@functools.cache
def _load(config_path: Path) -> Language:
    config = spacy.util.load_config(config_path)
    options = dict(config.pop("sneaker", {}))
    pretrained = options.get("pretrained") or ""
    if pretrained and spacy.util.is_package(pretrained):
        base = spacy.load(pretrained, exclude=["parser", "lemmatizer", "attribute_ruler"])
        tokenizer = config["nlp"].get("tokenizer")
        if tokenizer:  # the config's tokenizer (extractors.tokenizer), over the package's defaults
            base.tokenizer = spacy.util.registry.resolve({"make": tokenizer})["make"](base)
        for name in config["nlp"]["pipeline"]:
            block = dict(config["components"][name])
            factory = block.pop("factory")
            base.add_pipe(factory, name=name, config=block)
        nlp = base
    else:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if "textcat" in nlp.pipe_names:
        load_textcat_weights(nlp, config_path.parent / str(options.get("textcat_weights", "")))
    nlp.meta["sneaker"] = {
        "max_chars": int(options.get("max_chars", 2500)),
        "version": str(options.get("version", EXTRACTOR_VERSION)),
        "quoted_chars": int(options.get("quoted_chars", 1200)),
    }
    return nlp


def load_nlp(config_path: Path | None = None, *, fresh: bool = False) -> Language:
    """The pipeline described by config_path (default extractors/config.cfg), cached.

    fresh: load it anew (and cache that one). spaCy keeps every string it has seen, so a
    long extraction drops its pipeline now and then to bound memory (flows.steps)."""
    if fresh:
        _load.cache_clear()
        # the cache held the last reference to the old pipeline, which sits in reference
        # cycles: collect it now, so that it and the new one are never in memory together
        gc.collect()
    return _load(Path(config_path or CONFIG_PATH).resolve())


def unload_nlp() -> None:
    """Drop the cached pipeline (the next `load_nlp` loads it again) and collect it: it
    sits in reference cycles."""
    _load.cache_clear()
    gc.collect()


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value) if value else None


def record_doc(nlp: Language, record: dict[str, Any], default_tz: str | None = None) -> Doc:
    """A Doc of `subject + blank line + cleaned body`, with the headers in `doc._.meta`.

    default_tz (an IANA name, e.g. the user's settings.timezone) is the zone of times the
    mail writes without one."""
    max_chars = getattr(nlp, "_sneaker_max_chars", None)
    if max_chars is None:  # nlp.meta builds a new dict on every access: read it once
        options = nlp.meta.get("sneaker", {})
        max_chars = nlp._sneaker_max_chars = options.get("max_chars", 2500)
        nlp._sneaker_quoted_chars = options.get("quoted_chars", 1200)
    subject = clean_line(record.get("subject"))
    body, quoted = clean_parts(
        record.get("body_text"), max_chars=max_chars, quoted_chars=nlp._sneaker_quoted_chars
    )
    text = f"{subject}\n\n{body}"
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    # meta(doc) is doc._.meta without spaCy's Underscore object (~6 µs a set or get)
    meta(doc).update(
        {
            "subject_end": len(subject),
            "from_name": clean_line(record.get("from_name")),
            "from_addr": (record.get("from_addr") or "").strip().lower(),
            "to_addrs": [a.lower() for a in (record.get("to_addrs") or []) if a],
            "is_from_me": bool(record.get("is_from_me")),
            "list_unsubscribe": bool(record.get("list_unsubscribe")),
            "auto_submitted": record.get("auto_submitted") or "",
            "has_invite": bool(record.get("ical_uids")),
            "sent_at": _iso(record.get("sent_at")),
            "default_tz": default_tz,
            "empty_body": not body,
            # The quoted earlier message: read for the employer and role only, never the kind.
            "quoted": quoted,
        }
    )
    return doc

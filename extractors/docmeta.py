"""Doc extensions the Job Sneaker components share.

`doc._.meta` holds the message's headers (from, subject length, flags) set before the
pipeline runs; `doc._.facts` collects what the components find. Both hold only JSON-like
values so that docs survive `nlp.pipe(n_process=2)`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)
if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


def meta(doc: Doc) -> dict[str, Any]:
    """The header metadata of a doc ({} for a bare text)."""
    if doc._.meta is None:
        doc._.meta = {}
    return doc._.meta


def facts(doc: Doc) -> dict[str, Any]:
    """The facts dict the components fill in (created on first use)."""
    if doc._.facts is None:
        doc._.facts = {"evidence": []}
    return doc._.facts


def add_evidence(doc: Doc, label: str, start: int, end: int) -> None:
    """Record a short span of the analysed text (subject + blank line + body) as evidence."""
    text = doc.text[start:end]
    if len(text) > 120:
        text, end = text[:120], start + 120
    facts(doc)["evidence"].append({"label": label, "text": text, "start": start, "end": end})

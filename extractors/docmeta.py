"""Doc extensions the Job Sneaker components share.

`doc._.meta` holds the message's headers (from, subject length, flags) set before the
pipeline runs; `doc._.facts` collects what the components find. Both hold only JSON-like
values so that docs survive `nlp.pipe(n_process=2)`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractors.senders import sender_parts

if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)
if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


_META = ("._.", "meta", None, None)  # where spaCy keeps doc._.meta in doc.user_data
_FACTS = ("._.", "facts", None, None)
# where text_of keeps doc.text (record_doc stores the text it built the doc from)
TEXT_KEY = ("sneaker", "text")


def meta(doc: Doc) -> dict[str, Any]:
    """The header metadata of a doc ({} for a bare text)."""
    # Read user_data directly: going through doc._ costs more than the rule it serves.
    value = doc.user_data.get(_META)
    if value is None:
        value = doc.user_data[_META] = {}
    return value


def facts(doc: Doc) -> dict[str, Any]:
    """The facts dict the components fill in (created on first use)."""
    value = doc.user_data.get(_FACTS)
    if value is None:
        value = doc.user_data[_FACTS] = {"evidence": []}
    return value


def text_of(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached


def subject_text(doc: Doc) -> str:
    """The subject as it heads the doc's text ("" when the doc has none): record_doc writes
    the subject first and keeps where it ends in meta's subject_end."""
    return text_of(doc)[: meta(doc).get("subject_end", 0)]


def sender(doc: Doc) -> tuple[str | None, str | None]:
    """(person, organization) of the From header by `sender_parts`, computed once per doc:
    the kind, org and person components all ask."""
    info = meta(doc)
    if "_sender" not in info:
        info["_sender"] = sender_parts(info.get("from_name"), info.get("from_addr"), text_of(doc))
    return info["_sender"]


def add_evidence(doc: Doc, label: str, start: int, end: int) -> None:
    """Record a short span of the analysed text (subject + blank line + body) as evidence."""
    text = text_of(doc)[start:end]
    if len(text) > 120:
        text, end = text[:120], start + 120
    facts(doc)["evidence"].append({"label": label, "text": text, "start": start, "end": end})

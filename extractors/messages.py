"""`extract_messages`: RawMessage dicts in, `message_facts` rows out."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors.orgs import complete_from_batch
from extractors.pipeline import EXTRACTOR_VERSION, record_doc

FACT_COLUMNS = (
    "message_key",
    "kind",
    "is_automated",
    "company",
    "role",
    "req_id",
    "person_name",
    "person_title",
    "agency",
    "interview_at",
    "interview_type",
    "offer_terms",
    "confidence",
    "evidence",
    "extractor_version",
)


def doc_row(doc: Doc, message_key: str) -> dict[str, Any]:
    """The message_facts row for one processed doc."""
    found = doc._.facts or {}
    when = found.get("interview_at")
    return {
        "message_key": message_key,
        "kind": found.get("kind") or "other",
        "is_automated": bool(found.get("is_automated")),
        "company": found.get("company"),
        "role": found.get("role"),
        "req_id": found.get("req_id"),
        "person_name": found.get("person_name"),
        "person_title": found.get("person_title"),
        "agency": found.get("agency"),
        "interview_at": datetime.fromisoformat(when) if when else None,
        "interview_type": found.get("interview_type"),
        "offer_terms": found.get("offer_terms"),
        "confidence": float(found.get("confidence") or 0.0),
        "evidence": list(found.get("evidence") or []),
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_messages(
    nlp: Language,
    records: Iterable[dict[str, Any]],
    *,
    batch_size: int = 256,
    n_process: int = 1,
    default_tz: str | None = None,
) -> Iterator[dict[str, Any]]:
    """One message_facts row per record, in input order, via `nlp.pipe` batches.

    default_tz: the user's IANA zone, for interview times written without one (else UTC)."""
    keyed = (((r.get("message_key") or "", r.get("thread_id")), r) for r in records)
    docs_in = ((record_doc(nlp, record, default_tz), key) for key, record in keyed)
    done = nlp.pipe(docs_in, as_tuples=True, batch_size=batch_size, n_process=n_process)
    rows_out = ((doc_row(doc, key), thread) for doc, (key, thread) in done)
    while batch := list(itertools.islice(rows_out, batch_size)):
        rows = [row for row, _ in batch]
        # the employer of a batch's mail, completed from the others (orgs)
        complete_from_batch(rows, [thread for _, thread in batch])
        yield from rows

"""`extract_messages`: RawMessage dicts in, `message_facts` rows out."""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors.docmeta import facts
from extractors.kind_threads import OPEN_KEY, ThreadKinds, complete_kinds
from extractors.orgs import complete_from_batch, named_by
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
    found = facts(doc)  # doc._.facts, without spaCy's Underscore object (~10 µs a read)
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
        # popped by complete_kinds: own mail its words left open (kind_threads)
        OPEN_KEY: found.get(OPEN_KEY),
    }


def extract_messages(
    nlp: Language,
    records: Iterable[dict[str, Any]],
    *,
    batch_size: int = 256,
    n_process: int = 1,
    default_tz: str | None = None,
    threads: ThreadKinds | None = None,
    leave_open: bool = False,
) -> Iterator[dict[str, Any]]:
    """One message_facts row per record, in input order, in batches of batch_size.

    default_tz: the user's IANA zone, for interview times written without one (else UTC).
    n_process > 1: batches of records go to that many worker processes (`_in_processes`),
    with the same rows as on one.
    threads: the recent threads' kinds, for the candidate's own replies (kind_threads); a
    caller that extracts one mailbox over several calls passes the same one to each (else
    each call starts its own, which spans its batches).
    leave_open: the rows of own mail its words left open keep their mark (OPEN_KEY) for a
    caller that completes the rows itself (complete_kinds), in the mailbox's batch order,
    where batches are classified apart and come back in any order (flows.parallel_extract)."""
    threads = ThreadKinds() if threads is None else threads
    if n_process > 1:
        batches = _in_processes(nlp, records, batch_size, n_process, default_tz)
    else:
        remaining = iter(records)
        batches = (
            (batch, batch_rows(nlp, batch, default_tz))
            for batch in iter(lambda: list(itertools.islice(remaining, batch_size)), [])
        )
    for batch, rows in batches:
        # in this process, whichever process made the rows: a thread's mail may come in
        # batches that went to different workers
        if not leave_open:
            complete_kinds(rows, batch, threads)
        yield from rows


def batch_rows(
    nlp: Language, records: list[dict[str, Any]], default_tz: str | None = None
) -> list[dict[str, Any]]:
    """The rows of one batch: the batches of `nlp.pipe(batch_size=len(records))`, each
    component run over the whole batch in turn (nlp.pipe passes each doc down a chain of
    seven generators: the same docs and calls, 9-15% slower on one process, session 6),
    then the cross-mail pass over the batch's rows."""
    with collector_paused():
        docs = [record_doc(nlp, record, default_tz) for record in records]
        for _, component in nlp.pipeline:
            if hasattr(component, "pipe"):  # the textcat predicts a batch at once
                docs = list(component.pipe(docs, batch_size=len(docs)))
            else:
                docs = [component(doc) for doc in docs]
        rows = [
            doc_row(doc, r.get("message_key") or "") for doc, r in zip(docs, records, strict=True)
        ]
        branches = [named_by(doc) for doc in docs]
        del docs
        # the employer of a batch's mail, completed from the others (orgs)
        complete_from_batch(rows, [r.get("thread_id") for r in records], branches)
    return rows


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a batch runs (left as it was found after).

    A batch's docs, spans and match objects live until the batch ends and are then freed
    by reference counting (they hold no reference cycles); with the collector on, each of
    its passes walks them, and those that outlive two passes are moved to the oldest
    generation, whose growth triggers full passes over every object of the process (the
    loaded pipeline's ~90,000 included): ~2-3% of extraction's time, for nothing.
    Process-wide: another thread's batch may turn it on again before this one ends,
    which is only the usual behaviour."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Why not `nlp.pipe(n_process=2)`: spaCy sends every Doc to a worker and back as bytes
# (Doc.to_bytes / from_bytes), and each of those packs or unpacks with srsly's msgpack,
# whose codec registry scans every installed package's entry points on every call: several
# milliseconds a mail, more than the whole pipeline costs (192 msgs/s on two processes
# against ~900 on one, session 6). Records and rows are plain dicts, cheap to pickle: the
# workers take a batch of records and give back its finished rows.
_WORKER: dict[str, Any] = {}


def _start_worker(nlp: Language, default_tz: str | None) -> None:
    _WORKER["nlp"], _WORKER["tz"] = nlp, default_tz


def _worker_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return batch_rows(_WORKER["nlp"], records, _WORKER["tz"])


def _in_processes(
    nlp: Language,
    records: Iterable[dict[str, Any]],
    batch_size: int,
    n_process: int,
    default_tz: str | None,
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """batch_rows over n_process workers: (records, rows) batch by batch, in input order.

    The workers get the loaded pipeline at start (inherited where processes fork, pickled
    once where they spawn); at most two batches per worker are out at once, so memory stays
    bounded on a mailbox of any size."""
    remaining = iter(records)
    batches = iter(lambda: list(itertools.islice(remaining, batch_size)), [])
    start = {"initializer": _start_worker, "initargs": (nlp, default_tz)}
    with ProcessPoolExecutor(n_process, **start) as pool:
        pending: deque[tuple[list[dict[str, Any]], Future]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(_worker_rows, batch)))
            if len(pending) >= 2 * n_process:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()

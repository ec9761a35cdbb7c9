"""Extraction fanned out over a Prefect task runner (e.g. Dask) for big mailboxes.

Classifying is pure CPU work on plain records, so the batches can run anywhere: on
local threads by default, or on a Dask cluster with `prefect-dask` (the `dask` extra).
Only the flow's own process touches the account's DuckDB file: it reads each batch,
hands the records to a task, and writes the facts back as results arrive. DuckDB allows
one writer per file, so workers never open it.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from typing import Any

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NONE  # noqa: E402

from flows import steps  # noqa: E402
from flows.config import load_settings, resolve_home  # noqa: E402
from warehouse.db import open_db, raising_cap  # noqa: E402
from warehouse.save import save_message_facts  # noqa: E402


def _nlp() -> Any:
    """One pipeline per worker process, loaded on its first batch (and again when its
    vocabulary has grown too much: `steps._nlp`)."""
    return steps._nlp()


@task(name="classify-messages", cache_policy=NONE, retries=1)
def classify_messages(
    records: list[dict[str, Any]], default_tz: str | None = None
) -> list[dict[str, Any]]:
    """Records in, message_facts rows out; no database, so it runs on any worker.

    default_tz: the user's zone, for interview times written without one (as in
    flows.steps, so both paths store the same facts). The candidate's own mail whose
    words leave its kind open stays open (extractors.kind_threads): the flow completes it
    from the threads of every batch before."""
    from extractors.messages import extract_messages

    return list(extract_messages(_nlp(), records, default_tz=default_tz, leave_open=True))


# What complete_kinds reads of a record: the flow keeps only these of a batch out at a
# worker, not its bodies.
_THREAD_FIELDS = ("thread_id", "sent_at", "is_from_me")


def _thread_fields(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{field: record.get(field) for field in _THREAD_FIELDS} for record in records]


def _records(con: Any, keys: list[str]) -> list[dict[str, Any]]:
    """The batch's stored messages, only the columns extraction reads (`select *` also
    fetched references, labels and copies of addresses), in storage order as in
    `flows.steps`, so both paths hand the cross-mail passes the same groups."""
    return steps._fetch_rows(con, "raw_messages", "message_key", keys, steps.MESSAGE_COLUMNS)


@flow(name="extract-parallel", log_prints=False)
def parallel_extract_flow(
    account: str = "default",
    home: str | None = None,
    batch_size: int | None = None,
    in_flight: int = 8,
) -> dict[str, int]:
    """Classify every message without current facts, batches in parallel.

    At most `in_flight` batches are out at once, so memory stays bounded on a mailbox of
    any size. Their rows are completed and stored in the order the batches went out, as
    `flows.steps` does on one process: the candidate's own reply takes the kind of the
    exchange it answers, which an earlier batch may hold (one ThreadKinds for the run).
    """
    from extractors.kind_threads import ThreadKinds, complete_kinds
    from extractors.pipeline import EXTRACTOR_VERSION

    settings = load_settings(resolve_home(home, os.environ), account)
    size = batch_size or settings.batch_size
    saved = batches = 0
    threads = ThreadKinds()
    with open_db(settings.db_path) as con, steps.extraction_memory(con):
        count = steps.pending_count(con, "messages", EXTRACTOR_VERSION)
        chunks = steps.pending_batches(con, "messages", EXTRACTOR_VERSION, size)
        pending: deque[tuple[list[dict[str, Any]], Any]] = deque()
        while True:
            for chunk in chunks:
                records = raising_cap(
                    con, functools.partial(_records, con, list(chunk)), keep=False
                )
                future = classify_messages.submit(records, settings.timezone)
                pending.append((_thread_fields(records), future))
                if len(pending) >= in_flight:
                    break
            if not pending:
                break
            # the oldest batch first, though a later one may be done before it: the threads
            # must have seen every earlier batch when its own mail is completed
            fields, future = pending.popleft()
            facts = future.result()
            complete_kinds(facts, fields, threads)
            saved += _save(con, facts)
            batches += 1
    return {"messages": count, "facts": saved, "batches": batches}


def _save(con: Any, facts: list[dict[str, Any]]) -> int:
    return raising_cap(con, lambda: steps.store_facts(con, save_message_facts, facts), keep=False)

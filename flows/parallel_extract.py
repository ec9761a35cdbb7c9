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
from typing import Any

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NONE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402

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
    flows.steps, so both paths store the same facts)."""
    from extractors.messages import extract_messages

    return list(extract_messages(_nlp(), records, default_tz=default_tz))


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
    any size.
    """
    from extractors.pipeline import EXTRACTOR_VERSION

    settings = load_settings(resolve_home(home, os.environ), account)
    size = batch_size or settings.batch_size
    saved = batches = 0
    with open_db(settings.db_path) as con, steps.extraction_memory(con):
        count = steps.pending_count(con, "messages", EXTRACTOR_VERSION)
        chunks = steps.pending_batches(con, "messages", EXTRACTOR_VERSION, size)
        pending: list[Any] = []
        while True:
            for chunk in chunks:
                records = raising_cap(
                    con, functools.partial(_records, con, list(chunk)), keep=False
                )
                pending.append(classify_messages.submit(records, settings.timezone))
                if len(pending) >= in_flight:
                    break
            if not pending:
                break
            done = next(as_completed(pending))
            pending.remove(done)
            saved += _save(con, done.result())
            batches += 1
    return {"messages": count, "facts": saved, "batches": batches}


def _save(con: Any, facts: list[dict[str, Any]]) -> int:
    return raising_cap(con, lambda: steps.store_facts(con, save_message_facts, facts), keep=False)

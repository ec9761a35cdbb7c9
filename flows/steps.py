"""The pipeline's steps as plain functions over an open DuckDB connection.

Prefect tasks in `flows.pipeline` wrap these one to one; `sneaker build` and the tests
call them directly, so nothing here imports Prefect. Every step works on one batch and
commits it in one transaction, so a run killed at any point resumes cleanly. A phase
(`import_paths`, `process`) opens the database once and hands the connection to each
step: reopening per batch would checkpoint the whole file every time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from flows import progress
from flows.config import Settings
from flows.sources.takeout.load import (
    Batch,
    default_workers,
    iter_batches,
    limit_import_memory,
    store_batch,
)
from warehouse.db import open_db
from warehouse.save import save_event_facts, save_message_facts


def load_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> dict[str, int]:
    """Store one batch of raw rows and quarantined inputs in one transaction."""
    stats = store_batch(con, batch)
    progress.advance("import", len(batch))
    return {"messages": stats.messages, "events": stats.events, "quarantined": stats.quarantined}


def _pending_keys(
    con: duckdb.DuckDBPyConnection, raw: str, facts: str, key: str, version: str
) -> list[str]:
    rows = con.execute(
        f"""
        select r.{key}
        from {raw} r
        left join {facts} f using ({key})
        where not coalesce(r.is_deleted, false)
          and (f.{key} is null or f.extractor_version <> ?)
        order by r.{key}
        """,
        [version],
    ).fetchall()
    return [r[0] for r in rows]


def pending_message_keys(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    """Messages with no facts yet, or facts from another extractor version."""
    return _pending_keys(con, "raw_messages", "message_facts", "message_key", version)


def pending_event_keys(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    """Calendar events with no facts yet, or facts from another extractor version."""
    return _pending_keys(con, "raw_events", "event_facts", "event_key", version)


@functools.cache
def _nlp() -> Any:
    from extractors.pipeline import load_nlp

    return load_nlp()


def _fetch_rows(con: Any, table: str, key: str, keys: Sequence[str]) -> list[dict[str, Any]]:
    result = con.execute(f"select * from {table} where {key} in (select unnest(?))", [list(keys)])
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def extract_message_batch(
    con: duckdb.DuckDBPyConnection, keys: Sequence[str], default_tz: str | None = None
) -> int:
    """Classify one batch of stored messages and store their facts (zoneless times in
    default_tz, the user's zone)."""
    from extractors.messages import extract_messages

    records = _fetch_rows(con, "raw_messages", "message_key", keys)
    facts = list(extract_messages(_nlp(), records, default_tz=default_tz))
    con.execute("begin transaction")
    try:
        save_message_facts(con, facts)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    progress.advance("extract", len(keys))
    return len(facts)


def extract_event_batch(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> int:
    """Classify one batch of stored calendar events and store their facts."""
    from extractors.events import extract_events

    records = _fetch_rows(con, "raw_events", "event_key", keys)
    facts = list(extract_events(records, nlp=_nlp()))
    save_event_facts(con, facts)
    progress.advance("extract", len(keys))
    return len(facts)


def build(con: duckdb.DuckDBPyConnection, settings: Settings) -> dict[str, int]:
    """Rebuild the core tables and marts from raw rows and facts."""
    from warehouse.build import build_warehouse

    counts = build_warehouse(con, settings)
    progress.advance("build", 1, 1)
    return counts


def write_report(con: duckdb.DuckDBPyConnection, settings: Settings) -> Path:
    """Render this week's HTML summary into the account's reports folder."""
    from warehouse.report import render_report

    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    html = render_report(con, settings, fmt="html")
    path = settings.reports_dir / "weekly-summary.html"
    path.write_text(html, encoding="utf-8")
    progress.advance("report", 1, 1)
    return path


def chunked(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


PLAIN_STEPS: dict[str, Callable[..., Any]] = {
    "load_batch": load_batch,
    "extract_message_batch": extract_message_batch,
    "extract_event_batch": extract_event_batch,
    "build": build,
    "write_report": write_report,
}


def import_paths(
    settings: Settings, paths: Sequence[Path], run: dict[str, Callable[..., Any]] = PLAIN_STEPS
) -> dict[str, int]:
    """Read and store Takeout files batch by batch; `run` may wrap each step (Prefect)."""
    totals = {"messages": 0, "events": 0, "quarantined": 0}
    batches = iter_batches(paths, settings=settings, workers=default_workers())
    with open_db(settings.db_path) as con:
        limit_import_memory(con)
        for batch in batches:
            for key, value in run["load_batch"](con, batch).items():
                totals[key] += value
    return totals


def process(settings: Settings, run: dict[str, Callable[..., Any]] = PLAIN_STEPS) -> dict[str, Any]:
    """Extract what is new, rebuild the warehouse, write the report."""
    from extractors.pipeline import EXTRACTOR_VERSION

    with open_db(settings.db_path) as con:
        messages = pending_message_keys(con, EXTRACTOR_VERSION)
        events = pending_event_keys(con, EXTRACTOR_VERSION)
        progress.advance("extract", 0, len(messages) + len(events))
        for keys in chunked(messages, settings.batch_size):
            run["extract_message_batch"](con, keys, settings.timezone)
        for keys in chunked(events, settings.batch_size):
            run["extract_event_batch"](con, keys)
        counts = run["build"](con, settings)
        report_path = run["write_report"](con, settings)
    return {"extracted": len(messages) + len(events), "tables": counts, "report": str(report_path)}

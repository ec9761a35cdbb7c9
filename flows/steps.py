"""The pipeline's steps as plain functions over an open DuckDB connection.

Prefect tasks in `flows.pipeline` wrap these one to one; `sneaker build` and the tests
call them directly, so nothing here imports Prefect. Every step works on one batch and
commits it in one transaction, so a run killed at any point resumes cleanly. A phase
(`import_paths`, `process`) opens the database once and hands the connection to each
step: reopening per batch would checkpoint the whole file every time.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from extractors.kind_threads import ThreadKinds
from flows import progress
from flows.config import Settings
from flows.sources.takeout.load import (
    Batch,
    default_workers,
    iter_batches,
    limit_import_memory,
    store_batch,
)
from warehouse.allocator import trim_heap
from warehouse.caches import bounded_cache_entries, clear_bounded_caches
from warehouse.db import capped_memory, open_db, raising_cap, steady_checkpoints_during
from warehouse.save import save_event_facts, save_message_facts


def load_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> dict[str, int]:
    """Store one batch of raw rows and quarantined inputs in one transaction."""
    stats = store_batch(con, batch)
    progress.advance("import", len(batch))
    return {"messages": stats.messages, "events": stats.events, "quarantined": stats.quarantined}


# A key is pending unless a fact row of this extractor version is stored for it. With one
# fact row per key (every writer upserts) and versions never null, the keys are those of
# `raw left join facts where f.key is null or f.extractor_version <> version`.
#
# They are handed out in order of date (a message's sent_at, an event's start; undated
# last; then by key), not of key: the keys of imported mail are its Message-IDs, in no
# useful order, so a thread's mail was spread over the whole run, and the one ThreadKinds
# of the run (extractors.kind_threads, the last 4,096 threads) had forgotten the exchange
# an own reply answers by the batch that held the reply; the batches' employer pass
# (orgs.complete_from_batch) also sees more of a thread together. Gmail's ids, the keys of
# synced mail, were already about in this order.
#
# A read takes a window of the next raw rows in that order (DuckDB's top-N: it holds the
# window, not the table) and keeps those without facts: DuckDB builds the anti-join's
# hash table on the smaller side (the window: RIGHT_ANTI), so it holds the window's keys
# however many facts are stored (a hash table of every fact row would hold ~100,000 keys
# near the end of a 100,000-message run, the facts of the rows before the window).
# The window's last row (the second select) is where the next read starts.
_PENDING = """
    with window_rows as (
        select r.{key} as k, coalesce(epoch_us(r.{when}), {undated}) as at_us
        from {raw} r
        where not coalesce(r.is_deleted, false)
          {after}
        order by at_us, k
        {limit}
    )
    (
        select w.k, w.at_us, true from window_rows w
        where not exists (
            select 1 from {facts} f where f.{key} = w.k and f.extractor_version = ?
        )
    )
    union all
    (select k, at_us, false from window_rows order by at_us desc, k desc limit 1)
    order by at_us, k
"""
_TABLES = {
    "messages": ("raw_messages", "message_facts", "message_key", "sent_at"),
    "events": ("raw_events", "event_facts", "event_key", "start_at"),
}
UNDATED = (1 << 63) - 1  # the position of a row with no date: after every dated one

# Where a read of pending keys starts: the last row before it, as (epoch microseconds of
# its date or UNDATED, key).
Position = tuple[int, str]

# Pending keys are read this many batches of rows at a time: each read is a scan of the
# date and key columns (~30 ms at 100,000 messages), and a window's keys are held as
# Python strings (~1 MB per 10,000) with DuckDB's top-N, so a long window made the
# extraction's peak grow with the mailbox. A window with few pending rows (a sync's new
# mail in a big mailbox) doubles the next, up to MAX_WINDOW_GROWTH times: the same
# mailbox is read in a handful of windows instead of one per 2,000 rows.
PAGES_PER_QUERY = 1
MAX_WINDOW_GROWTH = 16


def pending_window(
    con: duckdb.DuckDBPyConnection,
    what: str,
    version: str,
    after: Position | None = None,
    rows: int | None = None,
) -> tuple[list[str], Position | None]:
    """Of the next `rows` rows of `what` ("messages" or "events") after `after` in order
    of date (all when None), the keys with no facts of `version` yet, in that order, and
    the position of the window's last row (None when no row is left)."""
    raw, facts, key, when = _TABLES[what]
    position = f"(coalesce(epoch_us(r.{when}), {UNDATED}), r.{key})"
    query = _PENDING.format(
        key=key,
        raw=raw,
        facts=facts,
        when=when,
        undated=UNDATED,
        after="" if after is None else f"and {position} > (?, ?)",
        limit="" if rows is None else f"limit {int(rows)}",
    )
    params = [version] if after is None else [after[0], after[1], version]
    found = raising_cap(con, lambda: con.execute(query, params).fetchall(), keep=False)
    if not found:
        return [], None
    return [k for k, _, pending in found if pending], (found[-1][1], found[-1][0])


def pending_keys(con: duckdb.DuckDBPyConnection, what: str, version: str) -> list[str]:
    """Every key `pending_batches` hands out, in the same order, in one read (it holds
    them all: for tests and small tables)."""
    return pending_window(con, what, version)[0]


def pending_count(con: duckdb.DuckDBPyConnection, what: str, version: str) -> int:
    """How many `what` ("messages" or "events") `pending_batches` will hand out."""
    raw, facts, key, _ = _TABLES[what]
    query = f"""
        select count(*) from {raw} r
        where not coalesce(r.is_deleted, false)
          and not exists (
            select 1 from {facts} f where f.{key} = r.{key} and f.extractor_version = ?
          )
    """
    count = raising_cap(con, lambda: con.execute(query, [version]).fetchone(), keep=False)
    return int(count[0])  # type: ignore[index]


def pending_batches(
    con: duckdb.DuckDBPyConnection, what: str, version: str, size: int
) -> Iterator[list[str]]:
    """The keys `pending_keys` lists, in the same order, cut into batches of `size`, read
    a window of rows at a time (`pending_window`).

    The whole list would hold one Python string per message (~100 bytes each, 10 MB
    at 100,000 messages); each read starts after the last row of the window before, so
    facts stored in between (the caller's batches) change nothing."""
    base = size * PAGES_PER_QUERY
    rows = base
    after: Position | None = None
    waiting: list[str] = []
    while True:
        keys, after = pending_window(con, what, version, after, rows)
        waiting.extend(keys)
        while len(waiting) >= size or (after is None and waiting):
            batch, waiting = waiting[:size], waiting[size:]
            yield batch
        if after is None:
            return
        rows = min(rows * 2, base * MAX_WINDOW_GROWTH) if 2 * len(keys) < rows else base


# spaCy keeps every string it has seen (~350 bytes each with its lexeme and tokenizer
# cache entry), so over a big mailbox its vocabulary grows with the mail; past this many
# new strings the pipeline is loaded afresh (~0.16 s CPU, same facts). nlp.memory_zone()
# bounds it too but turns the tokenizer cache off: 15-30% slower extraction. 10,000, not
# 30,000: the demo's mail adds ~4,000 strings per 10,000 messages after the first batch,
# so a 10k mailbox grows about as far as a 100k one may before a reload (~3.5 MB; at
# 30,000 a 100k mailbox held ~10 MB more than a 10k one); ~4 reloads at 100k, <1 s.
VOCAB_GROWTH = 10_000
_loaded: list[tuple[Any, int]] = []  # (pipeline, its string count when loaded)
_loads = [0]  # how many times `_nlp` loaded the pipeline in this process


# The extractors memoize their small pure helpers (functools.lru_cache: names, domains,
# addresses, title spans; 1,024-65,536 entries each). When they held 4,096-16,384 each,
# by 30,000 messages every cache was full (~170,000 entries in all, about twice what
# 10,000 messages fill), so the extraction's peak rose with the mailbox until they were.
# They are emptied once they hold this many entries in all, counted before each batch
# of messages or events: a calendar's events fill them four to eight times faster than
# mail (6,000 events of the 100k demo, 80,000 entries), so a count of messages left the
# event batches of a big mailbox, which come after its mail, on caches ~60,000 entries
# fuller than a 10,000-message mailbox's (+10-15 MB of Python objects, its extraction's
# peak). Refilling costs little next to the mail's processing; the bound is below what
# 10,000 messages fill, so a 10,000-message mailbox reaches it as a bigger one does.
CACHE_ENTRIES = 40_000


def _bound_extractor_caches() -> None:
    """Empty the extractors' bounded lru caches once they hold `CACHE_ENTRIES` entries
    (their functions are pure: same facts)."""
    if bounded_cache_entries("extractors") >= CACHE_ENTRIES:
        clear_bounded_caches("extractors")


def _nlp() -> Any:
    """The extraction pipeline, reloaded once its vocabulary grew by `VOCAB_GROWTH`."""
    from extractors.pipeline import load_nlp

    if _loaded and len(_loaded[0][0].vocab.strings) <= _loaded[0][1] + VOCAB_GROWTH:
        return _loaded[0][0]
    fresh = bool(_loaded)
    # Let go of the old pipeline before the new one loads, not after: both at once were
    # the extraction's peak on a mailbox big enough to need a reload (load_nlp drops its
    # own cached reference and collects it).
    _loaded.clear()
    nlp = load_nlp(fresh=fresh)
    _loaded[:] = [(nlp, len(nlp.vocab.strings))]
    _loads[0] += 1
    return nlp


def pipeline_loads() -> int:
    """How many times extraction loaded its pipeline in this process (the first load and
    each reload past `VOCAB_GROWTH`): benchmarks tell a batch that reloaded it by this."""
    return _loads[0]


# What extraction reads of a stored message (extractors.pipeline.record_doc and
# extract_messages): the other columns (references, labels, addresses in copy ...) are
# not fetched, which halves the time a batch's rows take to read at 100,000 messages.
# tests/hardening/test_extraction_memory.py checks the facts are those of whole rows.
MESSAGE_COLUMNS = (
    "message_key",
    "thread_id",
    "subject",
    "body_text",
    "from_name",
    "from_addr",
    "to_addrs",
    "is_from_me",
    "list_unsubscribe",
    "auto_submitted",
    "ical_uids",
    "sent_at",
)


def _fetch_rows(
    con: Any, table: str, key: str, keys: Sequence[str], columns: Sequence[str] = ("*",)
) -> list[dict[str, Any]]:
    """The rows of `keys`, in storage order (the order the import stored them)."""
    listed = ", ".join(c if c == "*" else f'"{c}"' for c in columns)
    try:
        result = con.execute(
            f"select {listed} from {table} where {key} in (select unnest(?)) order by rowid",
            [list(keys)],
        )
    except duckdb.OutOfMemoryException:
        # DuckDB pushes the keys into the scan as a filter on the key column's dictionary
        # segments, which for some sets of keys pins more than extraction's cap (2 of the
        # 50 batches of the 100k demo; under the cap raised for them they peaked 20-25 MB
        # over the others). Testing each row against the list needs what the other
        # batches need, at ~85 ms a batch instead of ~65: kept for the batches that fail.
        result = con.execute(
            f"select {listed} from {table} where list_contains(?, {key}) order by rowid",
            [list(keys)],
        )
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _extract_batch(
    con: duckdb.DuckDBPyConnection,
    table: str,
    key: str,
    columns: Sequence[str],
    keys: Sequence[str],
    extract: Callable[[Any, list[dict[str, Any]]], list[dict[str, Any]]],
    save: Callable[[duckdb.DuckDBPyConnection, list[dict[str, Any]]], int],
) -> int:
    """The rows of `keys` in `table` (only `columns`), `extract(nlp, rows)` their facts,
    stored by `save`; the number of facts."""
    # The pipeline first: a reload (`_nlp`) takes ~10 MB for a moment, which on top of the
    # batch's rows was the extraction's peak on a mailbox big enough to need reloads.
    nlp = _nlp()
    _bound_extractor_caches()
    records = raising_cap(con, lambda: _fetch_rows(con, table, key, keys, columns), keep=False)
    facts = extract(nlp, records)
    del records  # not held while the facts are written
    raising_cap(con, lambda: store_facts(con, save, facts), keep=False)
    _release_cache(con)
    progress.advance("extract", len(keys))
    return len(facts)


def extract_message_batch(
    con: duckdb.DuckDBPyConnection,
    keys: Sequence[str],
    default_tz: str | None = None,
    threads: ThreadKinds | None = None,
) -> int:
    """Classify one batch of stored messages and store their facts (zoneless times in
    default_tz, the user's zone).

    threads: the kinds of the threads earlier batches read (extractors.kind_threads), so
    that the candidate's own reply finds the mail it answers in an earlier batch; the
    caller passes the same one to each batch of a run (None: this batch's threads only)."""
    from extractors.messages import extract_messages

    def extract(nlp: Any, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return list(extract_messages(nlp, records, default_tz=default_tz, threads=threads))

    return _extract_batch(
        con, "raw_messages", "message_key", MESSAGE_COLUMNS, keys, extract, save_message_facts
    )


def _release_cache(con: duckdb.DuckDBPyConnection) -> None:
    """Make DuckDB give back the table blocks it cached for this batch, by lowering its
    cap for a moment (the cap in force is put back)."""
    with capped_memory(con, 1 << 20):
        pass


def store_facts(
    con: duckdb.DuckDBPyConnection,
    save: Callable[[duckdb.DuckDBPyConnection, list[dict[str, Any]]], int],
    facts: list[dict[str, Any]],
) -> int:
    """`save(con, facts)` in one transaction, rolled back if it fails."""
    con.execute("begin transaction")
    try:
        count = save(con, facts)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return count


EVENT_PIPE_BATCH = 256  # extract_events builds all its docs first: handed this many at a time


# What extraction reads of a stored event (extractors.events.extract_events and
# event_row), as MESSAGE_COLUMNS for messages: the others (calendar, series and event ids,
# status, location, end, times of update ...) were fetched with every row of a batch and
# held until its facts were stored. The same test checks the facts are those of whole rows.
EVENT_COLUMNS = (
    "event_key",
    "ical_uid",
    "summary",
    "description",
    "start_at",
    "organizer_email",
    "attendees",
)


def extract_event_batch(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> int:
    """Classify one batch of stored calendar events and store their facts."""
    from extractors.events import extract_events

    def extract(nlp: Any, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            fact
            for start in range(0, len(records), EVENT_PIPE_BATCH)
            for fact in extract_events(records[start : start + EVENT_PIPE_BATCH], nlp=nlp)
        ]

    return _extract_batch(
        con, "raw_events", "event_key", EVENT_COLUMNS, keys, extract, save_event_facts
    )


# DuckDB's cap while extracting: each batch reads its rows and writes its facts, a few MB;
# under its default cap the cache keeps every page of raw_messages it has scanned (~30 MB
# at 100,000 messages, growing with the mailbox). Raised when a statement needs more.
# 16 rather than 24 MB, and the cache emptied after each batch (`_release_cache`): a
# batch's keys are spread over the whole table, so its read touches nearly every block
# of the columns it reads, and the cache kept as many of them as its cap allowed (~10 MB
# at 10,000 messages, the whole 24 at 30,000) for a next batch that mostly reads others.
# Under 8 MB each batch's read and write ran out of memory and ran again under 16.
EXTRACT_MEMORY_LIMIT = 16 << 20


@contextlib.contextmanager
def extraction_memory(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB's memory cap for the extraction phase, and small checkpoints that merge no
    row groups (`warehouse.db.steady_checkpoints`); DuckDB's settings before are restored
    after."""
    with capped_memory(con, EXTRACT_MEMORY_LIMIT), steady_checkpoints_during(con):
        yield


def release_pipeline() -> None:
    """Let go of what extraction keeps for its next batch: the loaded pipeline (spaCy's
    model and every string its vocabulary met) and the extractors' name caches, and hand
    the freed heap back to the system. The next batch loads the pipeline again (~1 s)."""
    pipeline = sys.modules.get("extractors.pipeline")
    if pipeline is None:  # nothing was extracted in this process: spaCy is not imported
        return
    _loaded.clear()
    clear_bounded_caches("extractors")
    # unload_nlp collects (the pipeline sits in cycles); the caches' entries hold no
    # cycles (a second collection after emptying them found none), so one collection
    # after both is enough.
    pipeline.unload_nlp()
    trim_heap()


def build(
    con: duckdb.DuckDBPyConnection, settings: Settings, timings: dict[str, float] | None = None
) -> dict[str, int]:
    """Rebuild the core tables and marts from raw rows and facts. Extraction's pipeline is
    let go first (`release_pipeline`): the build never uses it, and every build step's
    peak sat on it (after extracting the 10k / 100k demo, letting it go lowered the RSS
    the build starts from by 11 / 13 MB)."""
    from warehouse.build import build_warehouse

    release_pipeline()
    counts = build_warehouse(con, settings, timings=timings)
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


def extract_pending(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    version: str,
    run: dict[str, Callable[..., Any]] = PLAIN_STEPS,
) -> int:
    """Classify every message and event without `version`'s facts, batch by batch, under
    extraction's memory cap; how many there were."""
    size = settings.batch_size
    pending = pending_count(con, "messages", version) + pending_count(con, "events", version)
    progress.advance("extract", 0, pending)
    # one for the run: a thread's mail is spread over batches (in order of date), and an
    # own reply in a later batch answers mail of an earlier one
    threads = ThreadKinds()
    with extraction_memory(con):
        for keys in pending_batches(con, "messages", version, size):
            run["extract_message_batch"](con, keys, settings.timezone, threads)
        for keys in pending_batches(con, "events", version, size):
            run["extract_event_batch"](con, keys)
    return pending


def process(settings: Settings, run: dict[str, Callable[..., Any]] = PLAIN_STEPS) -> dict[str, Any]:
    """Extract what is new, rebuild the warehouse, write the report."""
    from extractors.pipeline import EXTRACTOR_VERSION

    with open_db(settings.db_path) as con:
        pending = extract_pending(con, settings, EXTRACTOR_VERSION, run)
        counts = run["build"](con, settings)
        report_path = run["write_report"](con, settings)
    return {"extracted": pending, "tables": counts, "report": str(report_path)}

"""Takeout files into DuckDB, one transaction per batch.

`iter_batches` is pure (files in, batches of records out; no database) so that a
Prefect task can wrap `store_batch` for each batch; `import_paths` is the plain loop.

Crash safety: each batch (its rows and its quarantined inputs) is committed in one
transaction and every write is an upsert on a stable key, so a run killed at any point
and started again over the same files ends with the same rows as an uninterrupted run
(tests/hardening/test_sigkill_import.py).

Parallel parsing: with `workers > 1` the mbox is still split in this process (one
pass, in order) but the raw messages are parsed by a process pool, a bounded number of
chunks in flight, results taken in order; so batches and rows are the same as with
`workers=1`, only faster.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from flows.config import Settings
from flows.sources.records import Quarantined
from flows.sources.takeout.mbox import SOURCE as MBOX_SOURCE
from flows.sources.takeout.mbox import MboxEntry, parse_entries, split_mbox
from flows.sources.takeout.paths import expand, iter_paths, kind_of
from flows.sources.takeout.prefetch import prefetched
from warehouse.db import cap_memory, raising_cap, steady_checkpoints
from warehouse.save import save_events, save_messages, save_quarantine

log = logging.getLogger(__name__)
Item = dict[str, Any] | Quarantined
CHUNK_MESSAGES = 200
CHUNK_BYTES = 4 << 20
IN_FLIGHT_PER_WORKER = 4
MAX_IN_FLIGHT = 96 << 20
PARALLEL_MIN_BYTES = 4 << 20  # below this, starting a pool costs more than it saves
BATCH_TEXT_BYTES = 16 << 20  # a batch is also cut here, so big mails make smaller batches
# DuckDB's buffer cache during an import. Its default (80% of RAM) lets the cache grow with
# the mailbox; the key index an upsert needs is ~100 bytes a stored message, so a batch
# that hits the cap doubles it (`store_batch`) rather than fail. 32 rather than 64 MB:
# peak 211 vs 243 MB at 100,000 demo messages (182 vs 199 at 10,000), ~3% more CPU.
# 16 rather than 32 MB (session 5): what the cache holds past ~10 MB is blocks of the
# tables stored so far, so it grew with the mailbox up to the cap (DuckDB's own count at
# the end of an import: ~6 MB at 10,000 messages, ~15 MB at 30,000); at 30,000 demo
# messages the peak fell 183 -> 177 MB (179 at 10,000), same wall time.
IMPORT_MEMORY_LIMIT = 16 << 20
POOL_CALENDAR_MAX_BYTES = 64 << 20  # its records come back pickled; bigger ones stay here


@dataclass
class Batch:
    """One batch of reader output, split by kind."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    text_bytes: int = 0  # about: the bodies and descriptions held

    def __len__(self) -> int:
        return len(self.messages) + len(self.events) + len(self.quarantined)

    def add(self, item: Item) -> None:
        if isinstance(item, Quarantined):
            self.quarantined.append(item)
        elif "message_key" in item:
            self.messages.append(item)
            self.text_bytes += len(item.get("body_text") or "")
        else:
            self.events.append(item)
            self.text_bytes += len(item.get("description") or "")


@dataclass
class ImportStats:
    messages: int = 0
    events: int = 0
    quarantined: int = 0
    batches: int = 0

    def add(self, other: ImportStats) -> None:
        self.messages += other.messages
        self.events += other.events
        self.quarantined += other.quarantined
        self.batches += other.batches


def _mbox_parallel(
    path: Path, pool: ProcessPoolExecutor, workers: int, account: str, mine: tuple[str, ...]
) -> Iterator[Item]:
    # Each pending chunk is kept beside its future: if the pool breaks (a worker
    # killed, a start method this interpreter cannot use) the chunks are parsed here.
    pending: deque[tuple[Future[list[Item]] | None, list[MboxEntry], int]] = deque()
    in_flight = 0
    broken = False
    chunk: list[MboxEntry] = []
    chunk_bytes = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Quarantined(MBOX_SOURCE, str(path), "read", f"cannot open file: {exc.strerror}")
        return

    def submit() -> None:
        nonlocal chunk, chunk_bytes, in_flight, broken
        future = None
        if not broken:
            try:
                future = pool.submit(parse_entries, chunk, str(path), account, mine)
            except (BrokenProcessPool, RuntimeError):
                broken = True
                log.warning("parse pool unusable; parsing in this process")
        pending.append((future, chunk, chunk_bytes))
        in_flight += chunk_bytes
        chunk, chunk_bytes = [], 0

    def take() -> list[Item]:
        nonlocal in_flight, broken
        future, entries, size = pending.popleft()
        in_flight -= size
        if future is not None and not broken:
            try:
                return future.result()
            except BrokenProcessPool:
                broken = True
                log.warning("parse pool failed; parsing in this process")
        return parse_entries(entries, str(path), account, mine)

    with fh:
        for entry in split_mbox(fh):
            chunk.append(entry)
            chunk_bytes += len(entry.data)
            if len(chunk) >= CHUNK_MESSAGES or chunk_bytes >= CHUNK_BYTES:
                submit()
                # Bounded in count and bytes, so memory stays flat; deep enough that
                # the workers keep parsing while this process stores a batch.
                while pending and (
                    len(pending) >= workers * IN_FLIGHT_PER_WORKER or in_flight > MAX_IN_FLIGHT
                ):
                    yield from take()
        if chunk:
            submit()
        while pending:
            yield from take()


def iter_items(
    paths: Iterable[Path | str],
    *,
    settings: Settings,
    workers: int = 1,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[Item]:
    """Every record and quarantined input of `paths`, in a stable order.

    With `workers > 1`, mailboxes over `PARALLEL_MIN_BYTES` are parsed by a process
    pool (`pool`, else one started on the first such file); the output is the same.
    """
    account, mine = settings.account, settings.my_addresses
    files = list(expand(paths))
    own_pool = None
    if workers > 1 and pool is None and any(map(_parallel_worthy, files)):
        pool = own_pool = _pool(workers)
    # Calendars are parsed whole (icalendar is slow: ~0.6 ms an event) and come after
    # the mailbox in the order; handed to the pool first, they are parsed while the
    # mailbox is, instead of after it with one core idle.
    spool = None  # calendars read on the pool wait here for their turn (`_spool_calendar`)
    calendars: dict[Path, Future[tuple[str | None, list[bytes]]]] = {}
    if workers > 1 and pool is not None and any(kind_of(f) == "ics" for f in files):
        remove_stale_spools()
        spool = tempfile.TemporaryDirectory(
            prefix=f"{SPOOL_PREFIX}{os.getpid()}-", ignore_cleanup_errors=True
        )
        calendars = _submit_calendars(files, pool, account, spool.name)
    try:
        for path in files:
            if workers > 1 and pool is not None and _parallel_worthy(path):
                yield from _mbox_parallel(path, pool, workers, account, mine)
            elif path in calendars:
                yield from _calendar_result(calendars.pop(path), path, account)
            else:
                yield from iter_paths([path], account=account, my_addresses=mine)
    finally:
        for future in calendars.values():
            future.cancel()
        if own_pool is not None:
            own_pool.shutdown(cancel_futures=True)
        if spool is not None:
            spool.cleanup()


def _submit_calendars(
    files: list[Path], pool: ProcessPoolExecutor, account: str, spool: str
) -> dict[Path, Future[tuple[str | None, list[bytes]]]]:
    futures: dict[Path, Future[tuple[str | None, list[bytes]]]] = {}
    for path in files:
        if kind_of(path) == "ics" and 0 < _size(path) <= POOL_CALENDAR_MAX_BYTES:
            try:
                futures[path] = pool.submit(_spool_calendar, path, account, spool)
            except (BrokenProcessPool, RuntimeError):
                break
    return futures


SPOOL_PREFIX = "sneaker-import-"  # then the importing process's id and a random part


def remove_stale_spools(folder: Path | None = None) -> list[Path]:
    """Remove the spool folders of imports whose process is gone (an import killed with
    SIGKILL cannot remove its own); those removed. A folder whose name carries no process
    id (imports before the id was added) is removed once a day old."""
    removed = []
    for spool in Path(folder or tempfile.gettempdir()).glob(f"{SPOOL_PREFIX}*"):
        pid = spool.name[len(SPOOL_PREFIX) :].split("-", 1)[0]
        try:
            if pid.isdigit() and "-" in spool.name[len(SPOOL_PREFIX) :]:
                if _process_alive(int(pid)):
                    continue
            elif time.time() - spool.stat().st_mtime < 86_400:
                continue
            shutil.rmtree(spool)
        except OSError:  # another import removed it first, or it is not ours to remove
            continue
        removed.append(spool)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


CALENDAR_CHUNK = 500  # records pickled together by the worker, unpickled as they are stored


def _pickled_chunks(path: Path, account: str) -> Iterator[bytes]:
    """The calendar's records, pickled `CALENDAR_CHUNK` at a time as the reader yields them."""
    records: list[Item] = []
    for record in iter_paths([path], account=account):
        records.append(record)
        if len(records) >= CALENDAR_CHUNK:
            yield pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
            records = []
    if records:
        yield pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)


def _spool_calendar(path: Path, account: str, spool: str) -> tuple[str | None, list[bytes]]:
    """A worker's reading of a calendar: its pickled chunks written one after another to a
    file in `spool` (its name returned), and those the file could not take (the disk
    filled while it was written; all of them if the file cannot be made) returned.

    A calendar parsed on the pool waits until the mailbox before it in the order is
    stored. Held as pickled chunks in memory (by the worker, then here) it took ~2.7 MB
    at 6,000 events (a 100,000-message demo), ~0.3 MB at 700: a part of the import's peak
    that grew with the mailbox. Read back a chunk at a time (`_calendar_result`), only one
    chunk's records are ever in memory, here or in the worker."""
    chunks = _pickled_chunks(path, account)
    try:
        fd, name = tempfile.mkstemp(prefix="calendar-", suffix=".pickles", dir=spool)
    except OSError:
        return None, list(chunks)
    written = 0
    rest: list[bytes] = []
    try:
        with os.fdopen(fd, "wb", buffering=0) as out:
            for chunk in chunks:
                try:
                    _write_all(out, chunk)  # pickles end themselves: read back one at a time
                except OSError:
                    out.truncate(written)  # the part of this chunk that was written
                    rest = [chunk, *chunks]  # the file keeps the chunks before it
                    break
                written += len(chunk)
    except OSError:  # the file could not be cut back or closed: it cannot be trusted
        with contextlib.suppress(OSError):
            os.unlink(name)
        return None, list(_pickled_chunks(path, account))
    if not written:
        with contextlib.suppress(OSError):
            os.unlink(name)
        return None, rest
    return name, rest


def _write_all(out: Any, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[out.write(view) :]


def _calendar_result(
    future: Future[tuple[str | None, list[bytes]]], path: Path, account: str
) -> Iterator[Item]:
    try:
        spooled_to, rest = future.result()
    except BrokenProcessPool:
        log.warning("parse pool failed; reading the calendar in this process")
        yield from iter_paths([path], account=account)
        return
    if spooled_to is not None:
        try:
            with open(spooled_to, "rb") as spooled:
                while True:
                    try:
                        records: list[Item] = pickle.load(spooled)
                    except EOFError:
                        break
                    yield from records
        finally:
            with contextlib.suppress(OSError):
                os.unlink(spooled_to)
    while rest:
        records = pickle.loads(rest.pop(0))
        yield from records


def _parallel_worthy(path: Path) -> bool:
    return kind_of(path) == "mbox" and _size(path) >= PARALLEL_MIN_BYTES


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork is cheapest, but forking a process that runs other threads (a Prefect flow)
    # can copy a lock mid-use; then forkserver, whose workers import only the parser.
    methods = multiprocessing.get_all_start_methods()
    others = [t for t in threading.enumerate() if not t.name.startswith("takeout-")]
    if len(others) == 1 and "fork" in methods:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        pool.submit(int).result()  # fork every worker now, while no other thread runs
        return pool
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        # (paths imports every reader; the workers never need DuckDB or Arrow.)
        context.set_forkserver_preload(["flows.sources.takeout.paths"])
    return ProcessPoolExecutor(workers, mp_context=context)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def iter_batches(
    paths: Iterable[Path | str],
    *,
    settings: Settings,
    batch_size: int | None = None,
    workers: int = 1,
) -> Iterator[Batch]:
    """Reader output cut into batches of `batch_size` (default `settings.batch_size`).

    Batches are read a couple ahead in a background thread, so reading and parsing go
    on while the caller stores the previous batch.
    """
    size = batch_size or settings.batch_size
    files = list(expand(paths))  # folders walked once, here
    # The pool is started here, before the reading thread exists, so it can fork.
    pool = _pool(workers) if workers > 1 and any(map(_parallel_worthy, files)) else None

    def batches() -> Iterator[Batch]:
        batch = Batch()
        for item in iter_items(files, settings=settings, workers=workers, pool=pool):
            batch.add(item)
            if len(batch) >= size or batch.text_bytes >= BATCH_TEXT_BYTES:
                yield batch
                batch = Batch()
        if len(batch):
            yield batch

    try:
        yield from prefetched(batches)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def limit_import_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Cap DuckDB's buffer cache for an import (raised by `store_batch` when needed), and
    make its checkpoints small ones that rewrite no stored rows
    (`warehouse.db.steady_checkpoints`): both for the rest of this connection, which an
    import opens for itself."""
    cap_memory(con, IMPORT_MEMORY_LIMIT)
    steady_checkpoints(con)


def store_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> ImportStats:
    """Rows and quarantined inputs of one batch, in one transaction.

    A batch DuckDB has no memory for under the current cap is rolled back and stored
    again under twice the cap (up to `warehouse.db.MAX_MEMORY_LIMIT`).
    """
    return raising_cap(con, lambda: _store_once(con, batch))


def _store_once(con: duckdb.DuckDBPyConnection, batch: Batch) -> ImportStats:
    con.execute("begin transaction")
    try:
        stats = ImportStats(
            messages=save_messages(con, batch.messages),
            events=save_events(con, batch.events),
            quarantined=save_quarantine(con, batch.quarantined),
            batches=1,
        )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return stats


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def import_paths(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[Path | str],
    *,
    settings: Settings,
    progress: Callable[[ImportStats], None] | None = None,
    workers: int = 1,
) -> ImportStats:
    """Import Takeout files batch by batch; `progress` is told after each commit."""
    limit_import_memory(con)
    total = ImportStats()
    for batch in iter_batches(paths, settings=settings, workers=workers):
        total.add(store_batch(con, batch))
        if progress is not None:
            progress(total)
    return total

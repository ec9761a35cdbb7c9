"""Opening the DuckDB file: one writer at a time, with a clear message when busy."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse.allocator import arrow_on_malloc, unmap_freed_blocks
from warehouse.schema import ensure_schema

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_MEMORY_LIMIT = 16 << 30
_UNITS = {"bytes": 1, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40}
_UNITS |= {"kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4}


class DatabaseBusy(RuntimeError):
    """Another process holds the database for writing."""


class DatabaseUnreadable(RuntimeError):
    """The file exists but DuckDB cannot open it (for example a WAL that won't replay)."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another" in text


def connect(
    path: Path | str, *, read_only: bool = False, wait_seconds: float = 10.0
) -> duckdb.DuckDBPyConnection:
    """Open `path`, waiting up to `wait_seconds` for another writer to finish."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(
            f"No database at {path}: run `sneaker demo`, `sneaker import` or `sneaker sync` first."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    unmap_freed_blocks()  # before DuckDB allocates: its freed blocks not left in the heap
    if not read_only:
        # The writers hand DuckDB their rows as Arrow tables; a reader may never import
        # pyarrow (~0.1 s).
        arrow_on_malloc()
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise DatabaseUnreadable(
                    f"Cannot open {path}: {exc}. If the file or its .wal is damaged, move it "
                    "aside and rebuild from your sources (`sneaker import` / `sneaker sync`); "
                    "see README, 'Recovering a damaged database'."
                ) from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"Another sneaker run holds {path} (a scheduled sync or import?). "
                    "Wait for it to finish and try again."
                ) from exc
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise DatabaseUnreadable(
                f"Cannot open {path}: {exc}. Move it aside and rebuild from your sources; "
                "see README, 'Recovering a damaged database'."
            ) from exc
    if not read_only:
        ensure_schema(con)
        stop_row_group_merges(con)
    return con


@contextmanager
def open_db(path: Path | str, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def memory_limit(con: duckdb.DuckDBPyConnection) -> int | None:
    """DuckDB's memory cap in bytes (it shows it as '64.0 MiB'), None if it cannot be read."""
    number, _, unit = _shown_limit(con).strip().partition(" ")
    try:
        return int(float(number) * _UNITS[unit.lower() or "bytes"])
    except (ValueError, KeyError):
        return None


def cap_memory(con: duckdb.DuckDBPyConnection, limit: int) -> None:
    """Lower DuckDB's memory cap to `limit` bytes (a lower cap already set is kept).

    DuckDB's default cap (80% of RAM) lets its cache of table pages grow with the
    database; a phase that reads a little of it at a time runs as fast under a small
    cap, and `raising_cap` lifts it for a statement that needs more."""
    current = memory_limit(con)
    if current is not None and current > limit:
        # DuckDB refuses a cap below what it holds and cannot evict (an in-memory
        # database's tables): it then stays where it was.
        with contextlib.suppress(duckdb.OutOfMemoryException):
            con.execute(f"set memory_limit = '{limit}B'")


# What `drop_table_cache` leaves DuckDB above what it holds in memory only, so that
# lowering the cap evicts cached table pages and nothing it would have to write out.
CACHE_MARGIN = 2 << 20


def drop_table_cache(con: duckdb.DuckDBPyConnection) -> None:
    """Make DuckDB let go of the pages of stored tables it has cached (read again from the
    file when a later query needs them), keeping what lives in memory only (temp tables,
    results): its cap is lowered for a moment to what those hold plus `CACHE_MARGIN`.

    A cap of 1 MB (what `warehouse.build._release_memory` set before it called this)
    would also write temp tables out to the temporary directory (linking's `_link_ids`,
    ~6 MB at 100,000 messages), to be read back by its next query, or could sit under
    what DuckDB cannot evict."""
    held = con.execute(
        "select coalesce(sum(memory_usage_bytes), 0) from duckdb_memory() where tag <> 'BASE_TABLE'"
    ).fetchall()[0][0]
    with capped_memory(con, int(held) + CACHE_MARGIN):
        pass


@contextmanager
def capped_memory(con: duckdb.DuckDBPyConnection, limit: int) -> Iterator[None]:
    """`cap_memory` for a phase; the cap in force before (if readable) is restored after."""
    before = _shown_limit(con)
    cap_memory(con, limit)
    try:
        yield
    finally:
        # DuckDB shows the cap cut to one decimal ('18.8 GiB'), so setting back what it
        # showed would not restore the default: reset it; another cap is set a hair above
        # what it showed ('286.1 MiB' set back shows '286.0 MiB': it would drift down).
        con.execute("reset memory_limit")
        if _shown_limit(con) != before:
            con.execute("set memory_limit = ?", [_a_hair_above(before)])


# The WAL size at which DuckDB checkpoints while importing or extracting (its default is
# 16 MB). Until a checkpoint the rows committed since the last one stay in memory (~13 MB
# of a 16 MB WAL), and the checkpoint compresses them all at once while the import's
# readers run; a 10,000-message import never reached one before its end, a 100,000 one
# did five times. At 4 MB: import peak 178 / 195 MB at 10k / 100k demo messages
# (16 MB: 179 / 201-205; 8 MB: 177 / 200).
WRITE_CHECKPOINT_BYTES = 4 << 20


def stop_row_group_merges(con: duckdb.DuckDBPyConnection) -> None:
    """Keep DuckDB's checkpoints from merging row groups ("vacuum"); `connect` does this
    for every connection that writes.

    By default a checkpoint merges a table's small row groups, and the rows appended since
    the last checkpoint, into full ones (up to 122,880 rows), rewriting them in memory. An
    import of 100,000 messages rewrote tens of thousands of stored rows at each checkpoint
    (a 54,000-row group at the fourth: 2.4 s and ~25 MB more peak, against 0.2 s with no
    merge), and since raw_messages and message_facts have no index (schema 3) the first
    checkpoint of any later run would rewrite each whole table (1.3 s at 30,000 messages).
    Without merges a checkpoint writes only new rows, as row groups of their own. What is
    given up: rows deleted from a table are not compacted away (the raw tables flag
    deletions instead; the build replaces its tables whole)."""
    con.execute("set max_vacuum_tasks = 0")


@contextmanager
def row_group_merges_stopped(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """`stop_row_group_merges` for a phase, on a connection that may not have been opened
    by `connect` (a benchmark's, a test's, a user's own); its setting is put back after.

    A build appends each range of a model and writes it out before the next: with merges,
    each checkpoint read the table's rows so far back into memory to merge them with the
    new range, so the last ranges of a big mailbox held the whole table (100k demo,
    `opportunity_timeline` built alone: 24 MB of table rows at its eighth checkpoint
    against 5 at every one without merges)."""
    before = con.execute("select current_setting('max_vacuum_tasks')").fetchall()[0][0]
    stop_row_group_merges(con)
    try:
        yield
    finally:
        con.execute("set max_vacuum_tasks = ?", [int(before)])


def steady_checkpoints(con: duckdb.DuckDBPyConnection) -> None:
    """Small checkpoints (`WRITE_CHECKPOINT_BYTES`) that merge no row groups, for a phase
    that appends batch after batch (import, extraction). A setting of the database
    instance: it ends with the connection, or with `default_checkpoints`."""
    stop_row_group_merges(con)
    con.execute(f"set checkpoint_threshold = '{WRITE_CHECKPOINT_BYTES}B'")


def default_checkpoints(con: duckdb.DuckDBPyConnection) -> None:
    """Undo `steady_checkpoints`'s checkpoint size (row groups stay unmerged)."""
    con.execute("reset checkpoint_threshold")


@contextmanager
def steady_checkpoints_during(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """`steady_checkpoints` for a phase; DuckDB's checkpoint size again after it."""
    steady_checkpoints(con)
    try:
        yield
    finally:
        default_checkpoints(con)


def _a_hair_above(shown: str) -> str:
    number, _, unit = shown.strip().partition(" ")
    try:
        return f"{float(number) + 0.05} {unit}"
    except ValueError:
        return shown


def _shown_limit(con: duckdb.DuckDBPyConnection) -> str:
    return str(con.execute("select current_setting('memory_limit')").fetchone()[0])  # type: ignore[index]


def raising_cap(con: duckdb.DuckDBPyConnection, write: Callable[[], T], *, keep: bool = True) -> T:
    """`write()`, run again under twice the memory cap (up to `MAX_MEMORY_LIMIT`) each
    time DuckDB runs out of memory. `write` must leave nothing behind when it fails (one
    transaction it rolls back, or a read).

    keep=False puts the cap back once `write` has run: a cap left raised fills up with
    cached table pages, and a phase that scans its tables again and again (extraction)
    would then hold as many of them as the raised cap allows."""
    first = None
    while True:
        try:
            result = write()
            break
        except duckdb.OutOfMemoryException:
            limit = memory_limit(con)
            if limit is None or limit >= MAX_MEMORY_LIMIT:
                raise
            first = first or limit
            log.info("DuckDB memory limit raised to %d MB", 2 * limit >> 20)
            con.execute(f"set memory_limit = '{2 * limit}B'")
    if first is not None and not keep:
        with contextlib.suppress(duckdb.Error):  # it cannot evict enough yet: stays raised
            con.execute(f"set memory_limit = '{first}B'")
    return result


def write_out(con: duckdb.DuckDBPyConnection) -> None:
    """Write the rows committed so far to the file, compressed: DuckDB keeps a committed
    table's new rows uncompressed in memory until a checkpoint (whole tables smaller than
    a row group, 122,880 rows, are never written before it), so a model made in ranges
    would otherwise hold all its ranges' rows by its last one."""
    with contextlib.suppress(duckdb.TransactionException):  # another open transaction:
        con.execute("checkpoint")  # the rows stay in memory, as without this call

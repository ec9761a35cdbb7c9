"""Linking's memory phase by phase: each function `link_opportunities` calls, with the RSS
it started from, its own peak and the RSS it left, over linking's start, and what DuckDB
held after it (temp tables and results apart from cached table pages).

    python -m benchmarks.linking_phases DB   # a database the pipeline kept (--keep-db)
    python -m benchmarks.linking_phases [--messages 100000]  # benchmarks.warehouse_build's mail

A copy of DB is built first (`build_warehouse`, in a child process: what a build leaves
in a process's heap would be reused by linking and hide its growth), then linking is run
again on it as the build runs it: in the schema the warehouse is in, under linking's
share of the build's memory cap, with row-group merges stopped. Issue 7 asks for a peak
flat in the mailbox's size: run it on a 10,000- and a 100,000-message database and
compare the columns (sessions 19-21 each wrote a probe of their own for this and did
not keep it).
"""

from __future__ import annotations

import argparse
import functools
import gc
import multiprocessing
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import duckdb

import warehouse.linking as linking
from benchmarks.pipeline import _peak_rss_mb, _reset_peak, _rss_mb
from benchmarks.warehouse_build import generate
from flows.config import Settings
from warehouse.build import (
    BUILD_MEMORY_LIMIT,
    MODELS,
    PythonStep,
    _release_memory,
    _search_path,
    build_warehouse,
    create_macros,
    schema_in_use,
)
from warehouse.db import capped_memory, row_group_merges_stopped, stop_row_group_merges

# The functions `link_opportunities` calls, in their order; a name linking no longer has
# fails `phase_readings` (tests/warehouse/test_linking_phases.py), so a renamed phase is
# not left out of the table without a word.
PHASES = (
    "number_messages",
    "create_links",
    "write_alone",
    "load_messages",
    "fill_from_domains",
    "load_events",
    "create_ids",
    "Linker",
    "link_by_keys",
    "link_contact_role",
    "link_contacts",
    "link_by_company",
    "link_events",
    "assemble",
    "write_links",
    "key_rows",
    "write_rows",
    "finish",
    "drop_staging",
)


@dataclass(frozen=True)
class Reading:
    """One call of a phase; MB over the RSS linking started from."""

    phase: str  # the function, with the table it wrote when it takes one
    start_mb: float
    peak_mb: float
    after_mb: float
    seconds: float
    duckdb_mb: float  # what DuckDB held after it, cached table pages left out


def _duckdb_held_mb(con: duckdb.DuckDBPyConnection) -> float:
    held = con.execute(
        "select coalesce(sum(memory_usage_bytes), 0) from duckdb_memory() where tag <> 'BASE_TABLE'"
    ).fetchall()[0][0]
    return int(held) / 2**20


def _label(name: str, args: tuple[Any, ...]) -> str:
    # write_links, write_rows and finish are called once per table: (con, table, ...).
    if len(args) > 1 and isinstance(args[1], str):
        return f"{name}({args[1]})"
    return name


@contextmanager
def _measured(
    con: duckdb.DuckDBPyConnection, readings: list[Reading], base: list[float]
) -> Iterator[None]:
    """Every phase of `PHASES` in `warehouse.linking` wrapped to append its `Reading`."""

    def wrap(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(run)
        def measured(*args: Any, **kwargs: Any) -> Any:
            start = _rss_mb()
            _reset_peak()
            started = time.perf_counter()
            result = run(*args, **kwargs)
            seconds = time.perf_counter() - started
            peak = max(_peak_rss_mb(), start)
            readings.append(
                Reading(
                    _label(name, args),
                    start - base[0],
                    peak - base[0],
                    _rss_mb() - base[0],
                    seconds,
                    _duckdb_held_mb(con),
                )
            )
            return result

        return measured

    with ExitStack() as stack:
        for name in PHASES:
            run = getattr(linking, name)  # AttributeError: linking changed, PHASES must too
            stack.enter_context(mock.patch.object(linking, name, wrap(name, run)))
        yield


def phase_readings(con: duckdb.DuckDBPyConnection) -> tuple[float, list[Reading]]:
    """Linking run again on `con`'s built warehouse as the build runs it; the RSS it
    started from (MB) and a `Reading` per phase call, in order."""
    schema = schema_in_use(con)
    if schema is None:
        raise SystemExit("no warehouse built in this database: build it first")
    share = next(s.cap_share for s in MODELS if isinstance(s, PythonStep) and s.name == "linking")
    readings: list[Reading] = []
    base = [0.0]
    with (
        capped_memory(con, BUILD_MEMORY_LIMIT),
        row_group_merges_stopped(con),
        _search_path(con, f"{schema},main"),
    ):
        create_macros(con)
        with capped_memory(con, int(BUILD_MEMORY_LIMIT * share)), _measured(con, readings, base):
            _release_memory(con)
            gc.collect()
            base[0] = _rss_mb()
            linking.link_opportunities(con)
    return base[0], readings


def _build(path: Path) -> None:
    con = duckdb.connect(str(path))
    # Kept stopped through the close: its checkpoint would otherwise merge each table's
    # row groups (one per range, as the build leaves them) into one, a layout linking never
    # reads in a build (int_messages at 100k demo messages: 1 row group against 10).
    stop_row_group_merges(con)
    me = tuple(
        row[0]
        for row in con.execute(
            "select distinct lower(from_addr) from raw_messages where is_from_me"
        ).fetchall()
    )
    build_warehouse(con, Settings(home=path.parent, timezone="America/Chicago", my_addresses=me))
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "db", type=Path, nargs="?", help="a database with raw messages and their facts"
    )
    parser.add_argument(
        "--messages", type=int, default=100_000, help="without DB: generate this many"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copy.duckdb"
        if args.db:
            shutil.copy(args.db, path)
        else:
            with duckdb.connect(str(path)) as con:
                generate(con, args.messages, args.seed)
        child = multiprocessing.get_context("spawn").Process(target=_build, args=(path,))
        child.start()
        child.join()
        if child.exitcode:
            raise SystemExit(f"the build of the copy failed (exit code {child.exitcode})")
        con = duckdb.connect(str(path))
        try:
            messages = con.execute("select count(*) from int_messages").fetchall()[0][0]
            started = time.perf_counter()
            base, readings = phase_readings(con)
            seconds = time.perf_counter() - started
        finally:
            con.close()
    source = args.db or "generated"
    print(f"{source}: {messages:,} messages, linking from {base:.1f} MB RSS in {seconds:.1f} s")
    print(f"  {'phase':<36} {'from':>7} {'peak':>7} {'after':>7} {'s':>6} {'duckdb':>7}")
    for r in readings:
        print(
            f"  {r.phase:<36} {r.start_mb:+7.1f} {r.peak_mb:+7.1f} {r.after_mb:+7.1f} "
            f"{r.seconds:6.2f} {r.duckdb_mb:7.1f}"
        )
    top = max(readings, key=lambda r: r.peak_mb)
    print(f"  linking's peak: +{top.peak_mb:.1f} MB over its start, in {top.phase}")


if __name__ == "__main__":
    main()

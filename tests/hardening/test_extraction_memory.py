"""Extraction holds a bounded amount whatever the mailbox size, and stores the same facts.

Pending keys are read a few batches at a time (not one list of the whole mailbox), the
pipeline is loaded afresh when its vocabulary has grown by `steps.VOCAB_GROWTH` strings,
DuckDB runs under a small memory cap (raised for a statement that needs more), and
events are handed to the pipeline a few hundred at a time.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import duckdb
import pytest

from extractors import pipeline
from extractors.pipeline import EXTRACTOR_VERSION
from flows import steps
from flows.config import Settings, load_settings, write_account_config
from flows.sources.demo import generate_demo
from warehouse.caches import bounded_cache_entries, clear_bounded_caches
from warehouse.db import connect, memory_limit

_FACT_TABLES = ("message_facts", "event_facts")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A small demo mailbox and calendar, imported and not yet extracted."""
    root = tmp_path_factory.mktemp("extract-memory")
    files = generate_demo(root / "demo", scale=0.1, seed=5)
    settings = load_settings(root / "home", "mem")
    write_account_config(settings, timezone=files.timezone, my_addresses=[files.me_address])
    settings = load_settings(root / "home", "mem").ensure_dirs()
    steps.import_paths(settings, [files.mbox_path, files.ics_path])
    return settings


def _copy(settings: Settings, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(settings.db_path, db)
    return connect(db)


def _facts(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t: con.execute(f"select * from {t} order by all").fetchall() for t in _FACT_TABLES}


def test_pending_batches_are_the_key_list_cut_into_batches(
    imported: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steps, "PAGES_PER_QUERY", 2)  # several reads, facts stored between
    con = _copy(imported, tmp_path)
    keys = steps.pending_keys(con, "messages", EXTRACTOR_VERSION)
    assert len(keys) > 4 * 2 * 25, "the demo mailbox is too small to need several reads"
    assert steps.pending_count(con, "messages", EXTRACTOR_VERSION) == len(keys)
    handed = []
    for batch in steps.pending_batches(con, "messages", EXTRACTOR_VERSION, 25):
        handed.append(batch)
        steps.extract_message_batch(con, batch)
    assert handed == [list(b) for b in steps.chunked(keys, 25)]
    assert steps.pending_count(con, "messages", EXTRACTOR_VERSION) == 0
    assert list(steps.pending_batches(con, "messages", EXTRACTOR_VERSION, 25)) == []


def test_reloads_a_tiny_cap_and_small_event_batches_store_the_same_facts(
    imported: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = dataclasses.replace(imported, batch_size=40)
    plain = _copy(imported, tmp_path / "plain")
    steps.extract_pending(plain, settings, EXTRACTOR_VERSION)
    expected = _facts(plain)

    loads = []
    real_load = pipeline.load_nlp

    def counting_load(*args: object, **kwargs: bool) -> object:
        loads.append(kwargs.get("fresh", False))
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "load_nlp", counting_load)
    monkeypatch.setattr(steps, "VOCAB_GROWTH", 0)  # any new string: a fresh pipeline
    monkeypatch.setattr(steps, "EXTRACT_MEMORY_LIMIT", 1 << 20)
    monkeypatch.setattr(steps, "EVENT_PIPE_BATCH", 3)
    monkeypatch.setattr(steps, "CACHE_ENTRIES", 0)  # the extractors' caches emptied each batch
    bounded = _copy(imported, tmp_path / "bounded")
    before = memory_limit(bounded)
    loaded_before = steps.pipeline_loads()
    steps.extract_pending(bounded, settings, EXTRACTOR_VERSION)

    assert loads.count(True) >= 3, "the pipeline was never reloaded"
    assert steps.pipeline_loads() - loaded_before == len(loads)  # what benchmarks print
    assert memory_limit(bounded) == before, "the extraction cap outlived the extraction"
    assert all(expected.values()), "the demo gave no facts to compare"
    assert _facts(bounded) == expected


def test_the_columns_fetched_for_extraction_give_the_facts_of_whole_rows(
    imported: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = _copy(imported, tmp_path / "narrow")
    steps.extract_pending(narrow, imported, EXTRACTOR_VERSION)
    monkeypatch.setattr(steps, "MESSAGE_COLUMNS", ("*",))
    monkeypatch.setattr(steps, "EVENT_COLUMNS", ("*",))
    whole = _copy(imported, tmp_path / "whole")
    steps.extract_pending(whole, imported, EXTRACTOR_VERSION)
    assert _facts(narrow) == _facts(whole)
    assert len(_facts(narrow)["message_facts"]) > 100
    assert len(_facts(narrow)["event_facts"]) > 10


# What "pending" means, in one plain query: a left join on every fact row, in order of
# date (undated last), then of key.
_LEFT_JOIN_PENDING = """
    select r.message_key from raw_messages r left join message_facts f using (message_key)
    where not coalesce(r.is_deleted, false)
      and (f.message_key is null or f.extractor_version <> ?)
    order by r.sent_at nulls last, r.message_key
"""


@pytest.mark.parametrize("version", ["current", "other"], ids=["same-version", "new-version"])
def test_pending_keys_are_those_without_facts_of_the_version_in_order_of_date(
    imported: Settings, tmp_path: Path, version: str
) -> None:
    con = _copy(imported, tmp_path)
    steps.extract_pending(con, imported, EXTRACTOR_VERSION)
    # Facts missing, of another version, a deleted message and undated mail, spread over
    # the order; two mails sent at the same moment (ordered by key).
    con.execute("delete from message_facts where hash(message_key) % 3 = 0")
    con.execute(
        "update message_facts set extractor_version = 'older' where hash(message_key) % 5 = 0"
    )
    con.execute("update raw_messages set is_deleted = true where hash(message_key) % 7 = 0")
    con.execute("update raw_messages set sent_at = null where hash(message_key) % 11 = 0")
    con.execute(
        "update raw_messages set sent_at = (select min(sent_at) from raw_messages) "
        "where hash(message_key) % 13 = 0"
    )
    wanted = EXTRACTOR_VERSION if version == "current" else "newer"
    expected = [r[0] for r in con.execute(_LEFT_JOIN_PENDING, [wanted]).fetchall()]
    total = con.execute("select count(*) from raw_messages").fetchone()[0]  # type: ignore[index]
    assert 0 < len(expected) < total
    assert steps.pending_keys(con, "messages", wanted) == expected
    assert steps.pending_count(con, "messages", wanted) == len(expected)

    # read a window of 7 rows at a time, each from the last row of the one before
    windows, after = [], None
    while True:
        keys, after = steps.pending_window(con, "messages", wanted, after, 7)
        if after is None:
            break
        windows.append(keys)
    assert len(windows) >= total // 2 // 7  # several reads (deleted rows are in none)
    assert [k for keys in windows for k in keys] == expected
    assert list(steps.pending_batches(con, "messages", wanted, 5)) == [
        list(b) for b in steps.chunked(expected, 5)
    ]


def test_windows_with_few_pending_rows_grow_and_hand_out_the_same_batches(
    imported: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A sync's new mail in a big mailbox: a few pending rows among many done.
    con = _copy(imported, tmp_path)
    steps.extract_pending(con, imported, EXTRACTOR_VERSION)
    con.execute("delete from message_facts where hash(message_key) % 40 = 0")
    expected = steps.pending_keys(con, "messages", EXTRACTOR_VERSION)
    total = con.execute("select count(*) from raw_messages").fetchone()[0]  # type: ignore[index]
    assert 3 < len(expected) < total // 20
    monkeypatch.setattr(steps, "MAX_WINDOW_GROWTH", 16)
    sizes = []
    real_window = steps.pending_window

    def counting(*args: object) -> tuple[list[str], steps.Position | None]:
        sizes.append(args[-1])
        return real_window(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(steps, "pending_window", counting)
    assert list(steps.pending_batches(con, "messages", EXTRACTOR_VERSION, 2)) == [
        list(b) for b in steps.chunked(expected, 2)
    ]
    assert max(sizes) == 2 * 16  # doubled up to MAX_WINDOW_GROWTH times
    assert len(sizes) < total // 2 // 4  # far fewer reads than windows of one batch


def test_the_extractors_bounded_caches_are_emptied_once_they_hold_so_many_entries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractors import senders

    nlp = pipeline.load_nlp()
    clear_bounded_caches("extractors")
    senders.split_addr("someone@example.com")
    monkeypatch.setattr(steps, "CACHE_ENTRIES", bounded_cache_entries("extractors") + 1)
    steps._bound_extractor_caches()
    assert senders.split_addr.cache_info().currsize == 1
    senders.split_addr("someone.else@example.com")
    steps._bound_extractor_caches()
    assert senders.split_addr.cache_info().currsize == 0
    assert pipeline.load_nlp() is nlp, "the pipeline's own cache was emptied too"


def test_event_batches_bound_the_caches_as_message_batches_do(
    imported: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A calendar's events fill the caches faster than mail, and come after it.
    emptied = []
    monkeypatch.setattr(steps, "CACHE_ENTRIES", 0)
    monkeypatch.setattr(steps, "clear_bounded_caches", emptied.append)
    settings = dataclasses.replace(imported, batch_size=100_000)  # one batch of each
    steps.extract_pending(_copy(imported, tmp_path), settings, EXTRACTOR_VERSION)
    assert emptied == ["extractors", "extractors"]


def test_a_batch_ends_by_emptying_duckdb_s_cache_under_the_same_cap(tmp_path: Path) -> None:
    con = connect(tmp_path / "cache.duckdb")
    # ~30 MB of poorly compressible text on disk, more than the extraction's cap.
    con.execute(
        "create table filler as select i, repeat(md5(i::varchar), 20) as s from range(50000) t(i)"
    )
    con.execute("checkpoint")

    def cached() -> int:
        return con.execute("select sum(memory_usage_bytes) from duckdb_memory()").fetchone()[0]  # type: ignore[index]

    with steps.extraction_memory(con):
        cap = memory_limit(con)
        con.execute("select sum(length(s)) from filler").fetchall()
        assert cached() > 8 << 20
        steps._release_cache(con)
        assert cached() <= 1 << 20
        assert memory_limit(con) == cap
    assert cap is not None and abs(cap - steps.EXTRACT_MEMORY_LIMIT) < 1 << 20


class _PushdownRunsOut:
    """A connection whose key-list semi join runs out of memory, as DuckDB's filter
    pushed into the key column's dictionary segments did for some batches."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.ran_out = 0

    def execute(self, sql: str, params: object = None) -> duckdb.DuckDBPyConnection:
        if "in (select unnest(?))" in sql:
            self.ran_out += 1
            raise duckdb.OutOfMemoryException("failed to pin block of size 256.0 KiB")
        return self.con.execute(sql, params)


def test_a_fetch_out_of_memory_is_read_again_row_by_row_in_storage_order() -> None:
    con = duckdb.connect()
    con.execute(
        "create table raw_messages as select * from (values ('k3', 'third'), "
        "('k1', 'first'), ('k2', 'second'), ('k4', 'fourth')) t(message_key, subject)"
    )
    keys = ["k2", "k3", "k9"]
    whole = steps._fetch_rows(con, "raw_messages", "message_key", keys)
    failing = _PushdownRunsOut(con)
    fallback = steps._fetch_rows(failing, "raw_messages", "message_key", keys)
    assert failing.ran_out == 1  # the fallback ran, not the first query (if its text moved)
    assert whole == [
        {"message_key": "k3", "subject": "third"},
        {"message_key": "k2", "subject": "second"},
    ]
    assert fallback == whole


def test_the_build_lets_go_of_extraction_s_pipeline_and_caches(
    imported: Settings, tmp_path: Path
) -> None:
    # The build never uses the pipeline: it was held, with every string its vocabulary
    # met and the name caches, under every build step's peak.
    from extractors import senders

    con = _copy(imported, tmp_path)
    steps.extract_pending(con, imported, EXTRACTOR_VERSION)
    held = pipeline.load_nlp()
    senders.split_addr("someone@example.com")
    loads = steps.pipeline_loads()
    steps.build(con, imported)
    assert not steps._loaded
    assert bounded_cache_entries("extractors") == 0
    assert pipeline.load_nlp() is not held, "the pipeline's cache still holds the old one"
    steps._nlp()
    assert steps.pipeline_loads() == loads + 1

"""raw_messages and message_facts keep one row per key with no primary-key index (schema 3).

DuckDB holds a primary key's index in memory and counts it in the memory cap, so it grew
the import's and extraction's memory with the mailbox; the writers merge on the key
instead (`warehouse.save.upsert`). Also: the checkpoint settings of the write phases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from warehouse.db import (
    WRITE_CHECKPOINT_BYTES,
    connect,
    steady_checkpoints,
    steady_checkpoints_during,
)
from warehouse.save import save_message_facts, save_messages, upsert
from warehouse.schema import CURRENT_VERSION, MIGRATIONS, ensure_schema, schema_version

_UNINDEXED = ("raw_messages", "message_facts")


def _message(key: str, subject: str, **more: object) -> dict[str, object]:
    return {"message_key": key, "account": "a", "source": "demo", "subject": subject, **more}


def _fact(key: str, kind: str) -> dict[str, object]:
    return {
        "message_key": key,
        "kind": kind,
        "is_automated": False,
        "confidence": 0.9,
        "evidence": ["cue"],
        "extractor_version": "v1",
    }


def _primary_keys(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    return {name for (name,) in rows}


def test_a_new_database_has_no_index_on_the_two_big_tables() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    assert _primary_keys(con).isdisjoint(_UNINDEXED)
    assert {"quarantine", "raw_events", "event_facts", "sync_state"} <= _primary_keys(con)
    with pytest.raises(duckdb.ConstraintException):
        con.execute(
            "insert into raw_messages (message_key, account, source) values (null, 'a', 'b')"
        )


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        pytest.param(
            [[_message("k1", "one")], [_message("k1", "two"), _message("k2", "new")]],
            [("k1", "two"), ("k2", "new")],
            id="second-batch-updates-and-adds",
        ),
        pytest.param(
            [[_message("k1", "old"), _message("k1", "new")], [_message("k1", "new")]],
            [("k1", "new")],
            id="repeats-in-and-across-batches",
        ),
    ],
)
def test_batches_leave_one_row_per_key(
    batches: list[list[dict[str, object]]], expected: list[tuple[str, str]]
) -> None:
    con = duckdb.connect()
    ensure_schema(con)
    for batch in batches:
        save_messages(con, batch)
    assert con.execute("select message_key, subject from raw_messages order by 1").fetchall() == (
        expected
    )


def test_columns_a_batch_lacks_keep_their_stored_values() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    save_messages(con, [_message("k1", "first", from_addr="a@x.org", is_deleted=False)])
    upsert(
        con,
        "raw_messages",
        [{"message_key": "k1", "account": "a", "source": "demo", "is_deleted": True}],
    )
    assert con.execute(
        "select message_key, subject, from_addr, is_deleted from raw_messages"
    ).fetchall() == [("k1", "first", "a@x.org", True)]


def test_facts_of_a_new_extractor_version_replace_the_old_ones() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    save_message_facts(con, [_fact("k1", "rejection"), _fact("k2", "other")])
    save_message_facts(con, [{**_fact("k1", "interview"), "extractor_version": "v2"}])
    assert con.execute(
        "select message_key, kind, extractor_version, evidence from message_facts order by 1"
    ).fetchall() == [("k1", "interview", "v2", '["cue"]'), ("k2", "other", "v1", '["cue"]')]


def test_a_schema_2_database_keeps_its_rows_and_load_times(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "create table schema_version (version integer primary key, "
        "applied_at timestamptz default current_timestamp)"
    )
    for number, statements in enumerate(MIGRATIONS[:2], start=1):
        for statement in statements:
            con.execute(statement)
        con.execute("insert into schema_version (version) values (?)", [number])
    seen = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    later = datetime(2025, 6, 7, tzinfo=UTC)
    save_messages(
        con,
        [_message("k1", "one", first_seen_at=seen), _message("k2", "two", first_seen_at=later)],
    )
    save_message_facts(con, [_fact("k1", "rejection")])
    assert {"raw_messages", "message_facts"} <= _primary_keys(con)
    con.close()

    con = duckdb.connect(str(path))
    assert schema_version(con) == 2
    assert ensure_schema(con) == CURRENT_VERSION == 3
    assert _primary_keys(con).isdisjoint(_UNINDEXED)
    got = con.execute(
        "select message_key, subject, is_deleted, first_seen_at from raw_messages order by 1"
    ).fetchall()
    assert got == [("k1", "one", False, seen), ("k2", "two", False, later)]
    assert con.execute("select message_key, kind from message_facts").fetchall() == [
        ("k1", "rejection")
    ]
    save_messages(con, [_message("k1", "again"), _message("k3", "three")])  # still merges
    assert con.execute(
        "select message_key, subject, first_seen_at in (?, ?) from raw_messages order by 1",
        [seen, later],
    ).fetchall() == [("k1", "again", True), ("k2", "two", True), ("k3", "three", False)]
    assert ensure_schema(con) == CURRENT_VERSION  # idempotent
    con.close()


def _settings(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    row = con.execute(
        "select current_setting('max_vacuum_tasks')::varchar, "
        "current_setting('checkpoint_threshold')::varchar"
    ).fetchone()
    assert row is not None
    return row


def test_write_phases_checkpoint_small_and_merge_no_row_groups(tmp_path: Path) -> None:
    con = connect(tmp_path / "db.duckdb")
    assert _settings(con) == ("0", "16.0 MiB")  # connect: no merges; DuckDB's checkpoint size
    with steady_checkpoints_during(con):
        assert _settings(con) == ("0", f"{WRITE_CHECKPOINT_BYTES / (1 << 20):.1f} MiB")
        for start in (0, 3000):
            save_messages(con, [_message(f"k{i:05d}", "s") for i in range(start, start + 3000)])
            con.execute("checkpoint")
    assert _settings(con) == ("0", "16.0 MiB")
    save_message_facts(con, [_fact("k00001", "other")])
    con.execute("checkpoint")  # a later run's checkpoint rewrites nothing either
    # each checkpoint wrote its rows as a row group of their own
    groups = con.execute(
        "select row_group_id, max(count) from pragma_storage_info('raw_messages') "
        "where column_name = 'message_key' group by all order by all"
    ).fetchall()
    assert groups == [(0, 3000), (1, 3000)]
    con.close()


def test_steady_checkpoints_on_a_plain_connection_stop_merges_too() -> None:
    con = duckdb.connect()
    steady_checkpoints(con)
    assert _settings(con) == ("0", f"{WRITE_CHECKPOINT_BYTES / (1 << 20):.1f} MiB")


def test_new_rows_are_stored_in_the_order_of_the_batch() -> None:
    # Extraction cuts its batches in storage order: it must be the reader's (mbox) order.
    con = duckdb.connect()
    ensure_schema(con)
    keys = [f"<{(i * 7919) % 3001:05d}@x.org>" for i in range(3000)]  # no sorted run
    save_messages(con, [_message(k, "s") for k in keys[:2500]])
    save_messages(con, [_message(k, "t") for k in keys[2000:]])  # 500 updated, 500 new
    stored = [
        k for (k,) in con.execute("select message_key from raw_messages order by rowid").fetchall()
    ]
    assert stored == keys

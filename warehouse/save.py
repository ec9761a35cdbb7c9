"""Writers: `save_*(con, rows)` load whole batches through Arrow, never row by row.

Every writer is an upsert on the table's key, so loading the same records twice leaves
the same rows (and `first_seen_at` keeps the first load's time).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from flows.sources.records import Quarantined

_KEYS = {
    "raw_messages": ("message_key",),
    "raw_events": ("event_key",),
    "message_facts": ("message_key",),
    "event_facts": ("event_key",),
    "quarantine": ("source", "key", "stage"),
}
_NOT_UPDATED = {"first_seen_at"}
_JSON_COLUMNS = {"offer_terms", "evidence"}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(name, dtype) for name, dtype, *_ in con.execute(f"describe {table}").fetchall()]


def _arrow_batch(rows: Sequence[dict[str, Any]], columns: list[str]) -> pa.Table:
    data: dict[str, list[Any]] = {c: [] for c in columns}
    for row in rows:
        for c in columns:
            value = row.get(c)
            if c in _JSON_COLUMNS and value is not None and not isinstance(value, str):
                value = json.dumps(value, default=str)
            data[c].append(value)
    return pa.table(data)


def upsert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> int:
    """Insert or update `rows` (dicts keyed by column name); columns absent from every row
    keep their stored values.

    New keys are inserted in the rows' order (the extraction's batches follow the order
    the import stored mail in), then stored keys are updated. No `on conflict`:
    raw_messages and message_facts have no primary key index since schema 3 (it grew the
    memory with the mailbox). Two statements, so atomic inside the caller's transaction,
    which every writer of the pipeline opens; replayed, they give the same rows."""
    if not rows:
        return 0
    keys = _KEYS[table]
    table_columns = _columns(con, table)
    present = set().union(*(r.keys() for r in rows))
    columns = [c for c, _ in table_columns if c in present]
    missing = [k for k in keys if k not in columns]
    if missing:
        raise ValueError(f"{table}: rows lack key column(s) {missing}")
    types = dict(table_columns)
    distinct = len({tuple(r.get(k) for k in keys) for r in rows})
    batch = _arrow_batch(rows, columns)
    view = f"_batch_{table}"
    con.register(view, batch)
    try:
        source = _source_sql(keys, columns, types, view, repeats=distinct != len(rows))
        quoted = ", ".join(f'"{c}"' for c in columns)
        on = " and ".join(f'old."{k}" = new."{k}"' for k in keys)
        inserted = con.execute(
            f"insert into {table} ({quoted}) select {quoted} from ({source}) as new "
            f"where not exists (select 1 from {table} as old where {on}) order by row_"
        ).fetchone()
        updates = [c for c in columns if c not in keys and c not in _NOT_UPDATED]
        if updates and (inserted is None or inserted[0] < distinct):
            assignments = ", ".join(f'"{c}" = new."{c}"' for c in updates)
            con.execute(
                f"update {table} as old set {assignments} from ({source}) as new where {on}"
            )
    except BaseException:
        # In an aborted transaction unregistering fails too; the first error is the one
        # to raise (an out-of-memory error is retried by the import with a higher cap).
        with contextlib.suppress(duckdb.Error):
            con.unregister(view)
        raise
    con.unregister(view)
    return len(rows)


def _source_sql(
    keys: tuple[str, ...], columns: list[str], types: dict[str, str], view: str, repeats: bool
) -> str:
    """The batch cast to the table's types, with its row number `row_`; a key repeated
    within the batch keeps its last row, like a replay of the source. (The window only
    then: it costs about a tenth of the statement.)"""
    select = ", ".join(f'cast("{c}" as {types[c]}) as "{c}"' for c in columns)
    numbered = f"select {select}, row_number() over () as row_ from {view}"
    if not repeats:
        return numbered
    partition = ", ".join(f'"{k}"' for k in keys)
    return (
        f"select * from ({numbered}) "
        f"qualify row_number() over (partition by {partition} order by row_ desc) = 1"
    )


def save_messages(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> int:
    return upsert(con, "raw_messages", rows)


def save_events(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> int:
    return upsert(con, "raw_events", rows)


def save_message_facts(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> int:
    return upsert(con, "message_facts", rows)


def save_event_facts(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> int:
    return upsert(con, "event_facts", rows)


def save_quarantine(con: duckdb.DuckDBPyConnection, items: Iterable[Quarantined]) -> int:
    """Record bad input; seeing the same input again only moves `last_seen_at`."""
    now = datetime.now(UTC)
    rows = [
        {
            "source": q.source,
            "key": q.key,
            "stage": q.stage,
            "reason": q.reason,
            "last_seen_at": now,
        }
        for q in items
    ]
    return upsert(con, "quarantine", rows)

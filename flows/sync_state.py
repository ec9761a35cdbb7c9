"""The `sync_state` table: one cursor per stream, written in the batch's transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb


@dataclass
class StreamState:
    stream: str  # gmail | calendar:<calendar id>
    cursor: str | None = None  # historyId or nextSyncToken
    phase: str | None = None  # full | incremental
    page: dict[str, Any] = field(default_factory=dict)  # resume point of unfinished work


def load_state(con: duckdb.DuckDBPyConnection, account: str, stream: str) -> StreamState | None:
    row = con.execute(
        "select cursor, phase, page_token from sync_state where account = ? and stream = ?",
        [account, stream],
    ).fetchone()
    if row is None:
        return None
    cursor, phase, page = row
    return StreamState(stream, cursor, phase, json.loads(page) if page else {})


def save_state(con: duckdb.DuckDBPyConnection, account: str, state: StreamState) -> None:
    """Upsert; call inside the transaction that writes the rows this cursor covers."""
    con.execute(
        """
        insert into sync_state (account, stream, cursor, page_token, phase, updated_at)
        values (?, ?, ?, ?, ?, current_timestamp)
        on conflict (account, stream) do update set
            cursor = excluded.cursor, page_token = excluded.page_token,
            phase = excluded.phase, updated_at = excluded.updated_at
        """,
        [
            account,
            state.stream,
            state.cursor,
            json.dumps(state.page) if state.page else None,
            state.phase,
        ],
    )


def last_updated(con: duckdb.DuckDBPyConnection, account: str, stream: str) -> Any:
    row = con.execute(
        "select updated_at from sync_state where account = ? and stream = ?", [account, stream]
    ).fetchone()
    return row[0] if row else None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def mark_deleted(con: duckdb.DuckDBPyConnection, table: str, key: str, keys: Sequence[str]) -> int:
    """Flag rows as deleted at the source (rows stay: facts and reports may cite them)."""
    if not keys:
        return 0
    row = con.execute(
        f"update {table} set is_deleted = true where {key} in (select unnest(?::varchar[]))"
        " and not coalesce(is_deleted, false)",
        [list(keys)],
    ).fetchone()
    return int(row[0]) if row else 0


def remember_listed(
    con: duckdb.DuckDBPyConnection, account: str, stream: str, keys: Sequence[str]
) -> None:
    """Note keys a full listing of `stream` has returned (in the page's transaction)."""
    if keys:
        con.execute(
            "insert or ignore into sync_listed (account, stream, item_key)"
            " select ?, ?, unnest(?::varchar[])",
            [account, stream, list(keys)],
        )


def forget_listed(con: duckdb.DuckDBPyConnection, account: str, stream: str) -> None:
    con.execute("delete from sync_listed where account = ? and stream = ?", [account, stream])

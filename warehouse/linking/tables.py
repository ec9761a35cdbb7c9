"""Writing the linker's output tables (int_*), read by the core SQL models.

Rows go to DuckDB a few thousand at a time (as Arrow batches) and name items by number;
item numbers are joined back to ids through `_link_ids` in SQL. The link tables of
messages and events are made chunk by chunk as the rows come (`write_links`); the small
ones (opportunity keys, issues) are staged in a temp table and made from it once linking's
Python state is let go (`finish`). Nothing here holds a whole table in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import write_out
from warehouse.linking.items import EVENT_ORDER
from warehouse.linking.opportunities import OPPORTUNITY_ID_SQL

S, B, INT, LIST = pa.string(), pa.bool_(), pa.int32(), pa.list_(pa.string())
CHUNK_ROWS = 8192

# Staging tables: what Python computes, by item number (`n`, anchor item `opp`).
STAGING: dict[str, pa.Schema] = {
    "_link_message_rows": pa.schema(
        [
            ("n", INT),
            ("opp", INT),
            ("employer_key", S),
            ("agency_key", S),
            ("role_key", S),
            ("org_source", S),
            ("sender_domain", S),
            ("is_relay_sender", B),
            ("is_personal_sender", B),
            ("is_job_board_sender", B),
            ("is_personal_recipient", B),
            ("is_relevant", B),
            ("link_reason", S),
            ("is_uncertain_link", B),
        ]
    ),
    "_link_event_rows": pa.schema(
        [
            ("n", INT),
            ("opp", INT),
            ("employer_key", S),
            ("org_source", S),
            ("link_reason", S),
            ("is_uncertain_link", B),
        ]
    ),
    "_link_key_rows": pa.schema(
        [
            ("opp", INT),
            ("employer_key", S),
            ("employer_name", S),
            ("agency_key", S),
            ("agency_name", S),
            ("role_key", S),
            ("role_name", S),
            ("link_reasons", LIST),
            ("is_uncertain_link", B),
            ("merged_ids", LIST),
            ("is_split", B),
        ]
    ),
    "_link_issue_rows": pa.schema(
        [("seq", INT), ("n", INT), ("item_type", S), ("item_id", S), ("issue", S), ("detail", S)]
    ),
    "int_org_domains": pa.schema([("org_key", S), ("org_kind", S), ("domain", S)]),
    "int_org_names": pa.schema([("org_key", S), ("org_name", S)]),
}

_OPPORTUNITY = f"(select n, {OPPORTUNITY_ID_SQL} as opportunity_id from _link_ids)"


def _links_sql(id_column: str) -> str:
    """A chunk of a link table: each row of `_link_chunk` (items by number, in order) with
    its id and its opportunity's id."""
    return f"""
        select ids.item_id as {id_column}, opp.opportunity_id, r.* exclude (n, opp)
        from _link_chunk r
        join _link_ids ids on ids.n = r.n
        left join {_OPPORTUNITY} opp on opp.n = r.opp
        order by r.n
    """


# The link tables of messages and events are written a chunk of rows at a time, straight
# from Python (`write_links`), and written out to the file every `RANGE_ROWS` rows: staged
# whole in a temp table first, then joined to ids a range at a time, their rows sat in
# DuckDB beside linking's Python state (100k demo messages: the staging tables ~16 MB of
# the 24 MB linking runs under, its peak).
RANGE_ROWS = 16384
LINKS: dict[str, tuple[str, str]] = {
    "int_message_links": ("message_id", "_link_message_rows"),
    "int_event_links": ("event_id", "_link_event_rows"),
}


# The final tables from the staging ones, in the order the items are numbered.
FINAL_SQL: dict[str, str] = {
    "int_opportunity_keys": f"""
        select opp.opportunity_id, r.* exclude (opp)
        from _link_key_rows r
        join {_OPPORTUNITY} opp on opp.n = r.opp
        order by r.opp
    """,
    "int_link_issues": """
        select r.item_type, coalesce(r.item_id, ids.item_id) as item_id, r.issue, r.detail
        from _link_issue_rows r
        left join _link_ids ids on ids.n = r.n
        order by r.seq
    """,
}


def create_ids(con: duckdb.DuckDBPyConnection, first_event: int) -> None:
    """`_link_ids`: every item's number (messages, then events) and id. The messages'
    are there already (`items.number_messages`, made to read them); the events follow."""
    con.execute(
        f"""
        insert into _link_ids
        select ({first_event} + row_number() over ({EVENT_ORDER}) - 1)::integer, event_id
        from int_events
        """
    )


def write_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple[Any, ...]], *, temp: bool
) -> int:
    """Create `table` with its staging schema and insert `rows` in Arrow batches."""
    kind = "temp table" if temp else "table"
    return _fill(con, table, STAGING[table], "select * from _link_chunk", rows, kind=kind)


def write_links(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple[Any, ...]]) -> int:
    """Create the link `table` (`LINKS`) from `rows` (its staging schema's, in item
    order), a chunk at a time joined to ids; its row count."""
    id_column, staging = LINKS[table]
    return _fill(
        con, table, STAGING[staging], _links_sql(id_column), rows, write_out_every=RANGE_ROWS
    )


def _fill(
    con: duckdb.DuckDBPyConnection,
    table: str,
    schema: pa.Schema,
    select: str,
    rows: Iterable[tuple[Any, ...]],
    *,
    kind: str = "table",
    write_out_every: int | None = None,
) -> int:
    """Create `table` as `select` over an empty `_link_chunk`, then insert `select` over
    each chunk of `rows` (written to the file every `write_out_every` rows); its row count."""
    _over_chunk(
        con,
        pa.Table.from_batches([], schema=schema),
        f"create or replace {kind} {table} as {select}",
    )
    count = unwritten = 0
    for chunk in _chunks(rows):
        _over_chunk(con, _arrow_chunk(schema, chunk), f"insert into {table} {select}")
        count += len(chunk)
        unwritten += len(chunk)
        if write_out_every is not None and unwritten >= write_out_every:
            write_out(con)
            unwritten = 0
    if write_out_every is not None:
        write_out(con)
    return count


def _over_chunk(con: duckdb.DuckDBPyConnection, chunk: pa.Table, sql: str) -> None:
    """Run `sql` with `chunk` registered as `_link_chunk`."""
    con.register("_link_chunk", chunk)
    try:
        con.execute(sql)
    finally:
        con.unregister("_link_chunk")


def _chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _arrow_chunk(schema: pa.Schema, chunk: list[tuple[Any, ...]]) -> pa.Table:
    columns = [
        pa.array(column, type=f.type)
        for column, f in zip(zip(*chunk, strict=True), schema, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def finish(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Make the final `table` from its staging table."""
    con.execute(f"create or replace table {table} as {FINAL_SQL[table]}")
    # fetchall: a result left unfinished would block the next `register`.
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def drop_staging(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("_link_ids", *(t for t in STAGING if t.startswith("_"))):
        con.execute(f"drop table if exists {table}")

"""Writing the linker's output tables (int_*), read by the core SQL models.

Rows go to DuckDB a few thousand at a time (as Arrow batches, into a staging table) and
name items by number; the final tables are made in SQL, joining item numbers back to ids
through `_link_ids`. Nothing here holds a whole table in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb
import pyarrow as pa

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


def _links_sql(id_column: str, staging: str) -> str:
    """A link table: each staged item row with its id and its opportunity's id, for the
    items numbered `{start}` to `{end}` (exclusive; filled in by `finish`)."""
    return f"""
        select ids.item_id as {id_column}, opp.opportunity_id, r.* exclude (n, opp)
        from {staging} r
        join _link_ids ids on ids.n = r.n
        left join {_OPPORTUNITY} opp on opp.n = r.opp
        where r.n >= {{start}} and r.n < {{end}}
        order by r.n
    """


# The link tables are made a range of item numbers at a time, appended in order: one
# statement sorting every message's row held them all (~30 MB more at 100,000 messages).
RANGE_ROWS = 16384
RANGED = {"int_message_links": "_link_message_rows", "int_event_links": "_link_event_rows"}


# The final tables from the staging ones, in the order the items are numbered.
FINAL_SQL: dict[str, str] = {
    "int_message_links": _links_sql("message_id", "_link_message_rows"),
    "int_event_links": _links_sql("event_id", "_link_event_rows"),
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
    schema = STAGING[table]
    empty = pa.Table.from_batches([], schema=schema)
    con.register("_link_chunk", empty)
    try:
        kind = "temp table" if temp else "table"
        con.execute(f"create or replace {kind} {table} as select * from _link_chunk")
    finally:
        con.unregister("_link_chunk")
    count = 0
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK_ROWS:
            count += _insert(con, table, schema, chunk)
            chunk = []
    if chunk:
        count += _insert(con, table, schema, chunk)
    return count


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema, chunk: list[tuple[Any, ...]]
) -> int:
    columns = [
        pa.array(column, type=f.type)
        for column, f in zip(zip(*chunk, strict=True), schema, strict=True)
    ]
    con.register("_link_chunk", pa.Table.from_arrays(columns, schema=schema))
    try:
        con.execute(f"insert into {table} select * from _link_chunk")
    finally:
        con.unregister("_link_chunk")
    return len(chunk)


def finish(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Make the final `table` from its staging table."""
    staging = RANGED.get(table)
    if staging is None:
        con.execute(f"create or replace table {table} as {FINAL_SQL[table]}")
    else:
        low, high = con.execute(f"select min(n), max(n) from {staging}").fetchall()[0]
        if low is None:  # no rows: the empty table only
            low, high = 0, -1
        sql = FINAL_SQL[table]
        con.execute(f"create or replace table {table} as {sql.format(start=low, end=low)}")
        for start in range(low, high + 1, RANGE_ROWS):
            end = min(start + RANGE_ROWS, high + 1)
            con.execute(f"insert into {table} {sql.format(start=start, end=end)}")
    # fetchall: a result left unfinished would block the next `register`.
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def drop_staging(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("_link_ids", *(t for t in STAGING if t.startswith("_"))):
        con.execute(f"drop table if exists {table}")

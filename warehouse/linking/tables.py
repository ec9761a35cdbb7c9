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
from warehouse.linking.items import EVENT_ORDER, domain_flags
from warehouse.linking.opportunities import OPPORTUNITY_ID_SQL
from warehouse.normalize import email_domain

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
        [
            ("seq", INT),
            ("n", INT),
            ("item_type", S),
            ("item_id", S),
            ("issue", S),
            ("detail", S),
            ("opp", INT),  # the anchor of the opportunity the item may belong to
        ]
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
    "int_link_issues": f"""
        select r.item_type, coalesce(r.item_id, ids.item_id) as item_id, r.issue, r.detail,
               opp.opportunity_id as candidate_opportunity_id
        from _link_issue_rows r
        left join _link_ids ids on ids.n = r.n
        left join {_OPPORTUNITY} opp on opp.n = r.opp
        order by r.seq
    """,
}

# `int_opportunity_keys` is made a range of anchor numbers at a time, each range written
# out before the next: one statement held the join to every item's opportunity id and all
# of its rows (one per opportunity: 21,583 at 100,000 demo messages, ten times the 10,000
# one's) in memory at once, linking's peak there (+11 MB over the step's start at 100k,
# +2.5 at 10k). Both sides of the join are cut to the range, so each holds a range's rows.
RANGED_SQL: dict[str, str] = {
    "int_opportunity_keys": f"""
        select opp.opportunity_id, r.* exclude (opp)
        from _link_key_rows r
        join (select n, {OPPORTUNITY_ID_SQL} as opportunity_id from _link_ids
              where n >= {{start}} and n < {{end}}) opp on opp.n = r.opp
        where r.opp >= {{start}} and r.opp < {{end}}
        order by r.opp
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


def write_links(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Iterable[tuple[Any, ...]],
    *,
    create: bool = True,
) -> int:
    """Create the link `table` (`LINKS`) from `rows` (its staging schema's, in item
    order), a chunk at a time joined to ids; its row count. create=False: append to the
    table `create_links` made."""
    id_column, staging = LINKS[table]
    return _fill(
        con,
        table,
        STAGING[staging],
        _links_sql(id_column),
        rows,
        write_out_every=RANGE_ROWS,
        create=create,
    )


def create_links(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """The link `table` (`LINKS`), empty."""
    id_column, staging = LINKS[table]
    _fill(con, table, STAGING[staging], _links_sql(id_column), [])


# The mail linking never numbers (`items.LINKABLE_SQL`), a range at a time, and its link
# row as linking gave such mail: no opportunity, keys or reason; its sender's domain and
# what that domain is, and whether every recipient is a personal address.
ALONE_SQL = """
    select a.item_id, m.from_email, m.to_emails
    from _link_alone a
    join int_messages m on m.message_id = a.item_id
    where a.k >= {start} and a.k < {end}
    order by a.k
"""
ALONE_SCHEMA = pa.schema(
    [
        ("item_id", S),
        ("sender_domain", S),
        ("is_relay_sender", B),
        ("is_personal_sender", B),
        ("is_job_board_sender", B),
        ("is_personal_recipient", B),
    ]
)
ALONE_INSERT = """
    insert into int_message_links by name
    select item_id as message_id, sender_domain, is_relay_sender, is_personal_sender,
           is_job_board_sender, is_personal_recipient,
           false as is_relevant, false as is_uncertain_link
    from _link_chunk
"""
# Addresses are nearly one per message: uncached, as linking reads them.
_address_domain = email_domain.__wrapped__


def write_alone(con: duckdb.DuckDBPyConnection) -> int:
    """The link rows of every message in `_link_alone`, appended to `int_message_links`
    (made by `create_links`), written out to the file every `RANGE_ROWS` rows; how many.

    Run before linking reads the other messages: what it holds then is a range's rows,
    not a slot per message."""
    total = int(con.execute("select count(*) from _link_alone").fetchall()[0][0])
    unwritten = 0
    for start in range(0, total, CHUNK_ROWS):
        rows = con.execute(ALONE_SQL.format(start=start, end=start + CHUNK_ROWS)).fetchall()
        chunk = []
        for item_id, from_email, to_emails in rows:
            sender = _address_domain(from_email)
            to_domains = [_address_domain(a) for a in (to_emails or [])]
            personal_recipient = bool(to_domains) and all(domain_flags(d)[1] for d in to_domains)
            chunk.append((item_id, sender, *domain_flags(sender), personal_recipient))
        del rows
        _over_chunk(con, _arrow_chunk(ALONE_SCHEMA, chunk), ALONE_INSERT)
        unwritten += len(chunk)
        if unwritten >= RANGE_ROWS:
            write_out(con)
            unwritten = 0
    write_out(con)
    return total


def _fill(
    con: duckdb.DuckDBPyConnection,
    table: str,
    schema: pa.Schema,
    select: str,
    rows: Iterable[tuple[Any, ...]],
    *,
    kind: str = "table",
    write_out_every: int | None = None,
    create: bool = True,
) -> int:
    """Create `table` as `select` over an empty `_link_chunk` (create=False: it is there),
    then insert `select` over each chunk of `rows` (written to the file every
    `write_out_every` rows); how many rows were inserted."""
    if create:
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
    """Make the final `table` from its staging table (`RANGED_SQL`'s a range at a time)."""
    ranged = RANGED_SQL.get(table)
    if ranged is None:
        con.execute(f"create or replace table {table} as {FINAL_SQL[table]}")
    else:
        (items,) = con.execute("select count(*) from _link_ids").fetchall()[0]
        con.execute(f"create or replace table {table} as {ranged.format(start=0, end=0)}")
        for start in range(0, int(items), RANGE_ROWS):
            con.execute(f"insert into {table} {ranged.format(start=start, end=start + RANGE_ROWS)}")
            write_out(con)
    # fetchall: a result left unfinished would block the next `register`.
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def drop_staging(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("_link_ids", "_link_alone", *(t for t in STAGING if t.startswith("_"))):
        con.execute(f"drop table if exists {table}")

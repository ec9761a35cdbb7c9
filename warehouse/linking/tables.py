"""Writing the linker's output tables (int_*), read by the core SQL models."""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

S, B, LIST = pa.string(), pa.bool_(), pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "int_message_links": pa.schema(
        [
            ("message_id", S),
            ("opportunity_id", S),
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
    "int_event_links": pa.schema(
        [
            ("event_id", S),
            ("opportunity_id", S),
            ("employer_key", S),
            ("org_source", S),
            ("link_reason", S),
            ("is_uncertain_link", B),
        ]
    ),
    "int_opportunity_keys": pa.schema(
        [
            ("opportunity_id", S),
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
    "int_org_domains": pa.schema([("org_key", S), ("org_kind", S), ("domain", S)]),
    "int_org_names": pa.schema([("org_key", S), ("org_name", S)]),
    "int_link_issues": pa.schema([("item_type", S), ("item_id", S), ("issue", S), ("detail", S)]),
}


def write_table(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> int:
    data = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    con.register("_link_rows", data)
    try:
        con.execute(f"create or replace table {table} as select * from _link_rows")
    finally:
        con.unregister("_link_rows")
    return len(rows)

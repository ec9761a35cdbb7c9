"""The DuckDB schema: raw tables, extraction facts, state, and versioned migrations.

`ensure_schema` is idempotent and runs at the start of every command that opens the
database. A database made by an older version is migrated in place: append a new
step to `MIGRATIONS`, never edit an old one.
"""

from __future__ import annotations

import duckdb

RAW_MESSAGES = """
create table if not exists raw_messages (
    message_key varchar primary key,
    account varchar not null,
    source varchar not null,
    gmail_id varchar,
    thread_id varchar,
    rfc822_message_id varchar,
    history_id bigint,
    labels varchar[],
    sent_at timestamptz,
    date_header varchar,
    from_name varchar,
    from_addr varchar,
    to_addrs varchar[],
    cc_addrs varchar[],
    reply_to varchar,
    subject varchar,
    body_text varchar,
    has_html boolean,
    in_reply_to varchar,
    "references" varchar[],
    ical_uids varchar[],
    list_unsubscribe boolean,
    auto_submitted varchar,
    size_bytes bigint,
    is_from_me boolean,
    is_deleted boolean default false,
    first_seen_at timestamptz default current_timestamp
)"""

RAW_EVENTS = """
create table if not exists raw_events (
    event_key varchar primary key,
    account varchar not null,
    source varchar not null,
    calendar_id varchar,
    event_id varchar,
    ical_uid varchar,
    recurring_event_id varchar,
    status varchar,
    summary varchar,
    description varchar,
    location varchar,
    start_at timestamptz,
    end_at timestamptz,
    is_all_day boolean,
    organizer_email varchar,
    attendees varchar[],
    updated_at timestamptz,
    is_deleted boolean default false,
    first_seen_at timestamptz default current_timestamp
)"""

SYNC_STATE = """
create table if not exists sync_state (
    account varchar not null,
    stream varchar not null,          -- gmail | calendar:<calendar id>
    cursor varchar,                   -- historyId or nextSyncToken
    page_token varchar,               -- resume point of an unfinished full sync
    phase varchar,                    -- full | incremental
    updated_at timestamptz default current_timestamp,
    primary key (account, stream)
)"""

QUARANTINE = """
create table if not exists quarantine (
    source varchar not null,
    key varchar not null,
    stage varchar not null,
    reason varchar not null,
    first_seen_at timestamptz default current_timestamp,
    last_seen_at timestamptz default current_timestamp,
    primary key (source, key, stage)
)"""

MESSAGE_FACTS = """
create table if not exists message_facts (
    message_key varchar primary key,
    kind varchar not null,
    is_automated boolean not null,
    company varchar,
    role varchar,
    req_id varchar,
    person_name varchar,
    person_title varchar,
    agency varchar,
    interview_at timestamptz,
    interview_type varchar,
    offer_terms json,
    confidence double not null,
    evidence json,
    extractor_version varchar not null
)"""

EVENT_FACTS = """
create table if not exists event_facts (
    event_key varchar primary key,
    is_interview boolean not null,
    interview_type varchar,
    company varchar,
    ical_uid varchar,
    confidence double not null,
    evidence json,
    extractor_version varchar not null
)"""

OVERRIDES = """
create table if not exists overrides (
    override_id bigint primary key,
    action varchar not null,          -- set_channel | merge | split | attach | set_kind
    opportunity_key varchar,          -- the opportunity it applies to (set_kind: null)
    other_key varchar,                -- merge: the one merged into it; split, attach,
                                      -- set_kind: message_key (attach: or event_key)
    value varchar,                    -- set_channel: the channel; set_kind: the kind
    note varchar,
    created_at timestamptz default current_timestamp
)"""

# Keys listed so far by an unfinished full listing of a stream (a calendar): the vanished-
# event check at its end needs all of them, and a run killed mid-listing must keep them.
SYNC_LISTED = """
create table if not exists sync_listed (
    account varchar not null,
    stream varchar not null,
    item_key varchar not null,
    primary key (account, stream, item_key)
)"""

SCHEMA_VERSION = """
create table if not exists schema_version (
    version integer primary key,
    applied_at timestamptz default current_timestamp
)"""


def _without_primary_key(table: str, create: str) -> list[str]:
    """Statements that rebuild `table` (made by `create`) with its key column NOT NULL
    instead of PRIMARY KEY, rows and defaults kept.

    DuckDB keeps a primary key's index (an ART) in memory once used and counts it in the
    memory cap: ~110 bytes a message for raw_messages and as much for message_facts, so
    importing and extracting grew with the mailbox. Uniqueness is kept by the writers
    (`warehouse.save.upsert` merges each batch on the key in one transaction; one writer
    at a time holds the file). DuckDB cannot drop a constraint, hence the copy."""
    rebuilt = f"{table}_rebuilt"
    ddl = create.replace(f"create table if not exists {table} (", f"create table {rebuilt} (")
    return [
        f"drop table if exists {rebuilt}",
        ddl.replace(" primary key,", " not null,", 1),
        f"insert into {rebuilt} by name select * from {table}",
        f"drop table {table}",
        f"alter table {rebuilt} rename to {table}",
    ]


# Each step moves the schema from version i to i+1. Steps must be safe to run on a
# database that already has the data of every earlier version.
MIGRATIONS: list[list[str]] = [
    [RAW_MESSAGES, RAW_EVENTS, SYNC_STATE, QUARANTINE, MESSAGE_FACTS, EVENT_FACTS, OVERRIDES],
    [SYNC_LISTED],
    _without_primary_key("raw_messages", RAW_MESSAGES)
    + _without_primary_key("message_facts", MESSAGE_FACTS),
]

CURRENT_VERSION = len(MIGRATIONS)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(SCHEMA_VERSION)
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchone()
    return int(row[0]) if row else 0


def ensure_schema(con: duckdb.DuckDBPyConnection) -> int:
    """Create or migrate every table; returns the schema version now in force."""
    version = schema_version(con)
    if version > CURRENT_VERSION:
        raise RuntimeError(
            f"This database was written by a newer Job Sneaker (schema {version}, "
            f"this one knows {CURRENT_VERSION}); upgrade job-sneaker to open it."
        )
    for number in range(version, CURRENT_VERSION):
        con.execute("begin transaction")
        try:
            for statement in MIGRATIONS[number]:
                con.execute(statement)
            con.execute("insert into schema_version (version) values (?)", [number + 1])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
    return CURRENT_VERSION

"""Rebuild the warehouse: staging views, core tables and marts, in dependency order.

The models are `.sql` files under `warehouse/models/` (one model per file, each ending in
`select * from final`); `MODELS` below is their order. Two steps are Python: linking
messages into opportunities (`warehouse.linking`) and the Kaplan–Meier estimates
(`warehouse.metrics`).

Every model is built into a schema of its own (one of `WAREHOUSE_SCHEMAS`, the one the
warehouse in use is not in; the models read each other there and the raw tables in
`main`, through the search path), each statement committed on its own: DuckDB can then
write finished tables out and free their memory, where one transaction holding the whole
rebuild needed memory growing with the mailbox. At the end one short transaction
(`swap_in`) points `main`'s views of the warehouse at the new schema and drops the old
one, so a failed or killed build leaves the previous warehouse in place; its leftovers
are dropped when the next build starts. The tables are not copied into `main`: copying
them in one transaction took 10-20 s and ~60 MB over the steps' peak at 100,000 messages.

Every model can read `warehouse_params`: the time zone, ghost and follow-up days, the
candidate's addresses and `now_at`, the instant waiting opportunities are censored at
(by default the time of the newest message in the database, so a rebuild of the same
mail gives the same numbers on any day).

DuckDB's memory is capped during the build at `BUILD_MEMORY_LIMIT`, whatever the
mailbox's size (DuckDB spills to its temp files beyond it); a step that needs more is run
again on one thread, then under twice the cap; both are put back for the next step.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import duckdb

from flows.config import Settings
from warehouse.db import (
    capped_memory,
    drop_table_cache,
    memory_limit,
    raising_cap,
    row_group_merges_stopped,
    write_out,
)
from warehouse.linking import link_opportunities
from warehouse.metrics import build_km_response
from warehouse.schema import ensure_schema

log = logging.getLogger(__name__)
T = TypeVar("T")
MODELS_DIR = Path(__file__).parent / "models"

# The warehouse's tables live in one of these schemas, `main` has a view of each; a build
# fills the other one. `_build`: where builds before these schemas made their tables.
WAREHOUSE_SCHEMAS = ("_warehouse_a", "_warehouse_b")
LEGACY_BUILD_SCHEMA = "_build"

# DuckDB's memory during a build: the same for every mailbox (issue 7: peak memory flat in
# the mailbox's size). Each step fits under it at 100,000 messages once it is its own
# transaction; a step that does not is run again under twice the cap.
BUILD_MEMORY_LIMIT = 48 << 20


@dataclass(frozen=True)
class Split:
    """How a model is made a range of keys at a time."""

    key: str  # the column the ranges cut, in every table the model reads by it
    keys_from: str  # the table (or view) of the build whose keys are cut
    size: int  # keys per range


@dataclass(frozen=True)
class SqlModel:
    path: str  # relative to MODELS_DIR, e.g. "core/opportunities.sql"
    materialized: str = "table"  # table | view
    # Tables the model reads by opportunity, when each of its rows depends only on its own
    # opportunity's rows of them: a big mailbox's model is then made a range of
    # opportunities at a time (`run_sql_step`), each range reading only its rows.
    by_opportunity: tuple[str, ...] = ()
    # The same by message id (`message_id`), for a model whose rows each depend only on
    # their own message's rows of these.
    by_message: tuple[str, ...] = ()
    # The same by Gmail thread (`gmail_thread_id`). One of the three at most.
    by_thread: tuple[str, ...] = ()
    # Or made a part at a time: CTEs of the model whose `union all` is its `final`, each
    # appended to the table (in this order) by a statement of its own, so that DuckDB
    # holds one part's joins at a time (`run_in_parts`).
    parts: tuple[str, ...] = ()
    # Parts of `parts` made a range of message ids at a time (as `by_message` makes a
    # model), each range reading only its rows of the tables named, every other table
    # whole: ((part, (table, ...)), ...).
    part_ranges: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The model runs under this share of the build's cap (of the cap in force), made whole
    # or in ranges: where each range holds what a small mailbox holds, whatever the
    # mailbox's size, and fits in less than the steps made whole.
    cap_share: float = 1.0
    # DuckDB's threads while the model is made (0: the setting in force). Each thread of a
    # join or aggregate holds its own hash table: a model whose tables the build's cap
    # cannot hold twice is made on one (DuckDB's advice for out-of-memory errors).
    threads: int = 0

    def __post_init__(self) -> None:
        # `split` reads the first one set: a second would be ignored without a word.
        if sum(map(bool, (self.by_opportunity, self.by_message, self.by_thread))) > 1:
            raise ValueError(f"{self.path}: made in ranges of one key only")
        if self.parts and self.split_sources:
            raise ValueError(f"{self.path}: made in ranges or in parts, not both")
        unknown = [part for part, _ in self.part_ranges if part not in self.parts]
        if unknown:
            raise ValueError(f"{self.path}: parts made in ranges are not parts: {unknown}")

    @property
    def split(self) -> Split | None:
        """How the model is cut into ranges, None when it is made whole."""
        if self.by_opportunity:
            return Split("opportunity_id", "int_opportunity_keys", SPLIT_OPPORTUNITIES)
        if self.by_message:
            return message_split()
        if self.by_thread:
            return Split("gmail_thread_id", "touchpoints", SPLIT_THREAD_TOUCHPOINTS)
        return None

    @property
    def split_sources(self) -> tuple[str, ...]:
        return self.by_opportunity or self.by_message or self.by_thread

    @property
    def name(self) -> str:
        return Path(self.path).stem


@dataclass(frozen=True)
class PythonStep:
    name: str
    run: Callable[[duckdb.DuckDBPyConnection], dict[str, int] | int]
    # As `SqlModel.cap_share`: DuckDB's share of the cap while the step runs, for a step
    # whose queries each need little but which holds its own state in Python beside them.
    cap_share: float = 1.0


Step = SqlModel | PythonStep

MODELS: list[Step] = [
    SqlModel("staging/stg_messages.sql", "view"),
    SqlModel("staging/stg_message_facts.sql", "view"),
    SqlModel("staging/stg_events.sql", "view"),
    SqlModel("staging/stg_event_facts.sql", "view"),
    SqlModel("staging/stg_overrides.sql", "view"),
    SqlModel(
        "core/int_messages.sql", by_message=("stg_messages", "stg_message_facts"), cap_share=0.5
    ),
    SqlModel("core/int_events.sql"),
    # Its queries read and write a range of items at a time, but DuckDB kept as much of
    # the cap as it could in pages beside linking's own state: 100k demo, linking alone
    # +81 MB over its start under 48 MB, +74 under 32-36; under 24 (which its iCalUID
    # pairs ran out of until `passes._create_uid_items`) 8 MB less than under 34.
    PythonStep("linking", link_opportunities, cap_share=0.5),
    SqlModel("core/channels.sql"),
    # Its ranges fit in half the cap (100k demo: +34 -> +15 MB over the step's start);
    # opportunities' run out of it, opportunity_timeline's whole at 10k too.
    SqlModel(
        "core/touchpoints.sql",
        by_opportunity=("int_message_links", "int_event_links"),
        cap_share=0.5,
    ),
    SqlModel("core/stage_changes.sql", by_opportunity=("touchpoints",)),
    # Its row numbers over all touchpoints and evidence only order each opportunity's own
    # rows (arg_min by them): numbered within a range they order them the same.
    SqlModel(
        "core/opportunity_channels.sql", by_opportunity=("touchpoints", "int_opportunity_keys")
    ),
    # opportunities' clock and activity are made first, each in a statement of its own:
    # in one statement each range held seven left joins and eight aggregates, ran out of
    # the cap on two threads and on one, and was made under twice the cap (100k demo: the
    # step's peak 272-274 MB, then the build's; in three statements 260-262, same rows).
    SqlModel("core/int_opportunity_clock.sql", by_opportunity=("touchpoints",)),
    SqlModel("core/int_opportunity_activity.sql", by_opportunity=("touchpoints", "stage_changes")),
    SqlModel(
        "core/opportunities.sql",
        by_opportunity=(
            "int_opportunity_keys",
            "opportunity_channels",
            "int_opportunity_clock",
            "int_opportunity_activity",
        ),
    ),
    SqlModel("core/organizations.sql"),
    # Its three parts each join messages to their links: in one statement at 100k demo
    # messages they ran out of half the cap; one at a time they fit in it.
    SqlModel(
        "core/int_contact_mentions.sql",
        parts=("senders", "recipients", "attendees"),
        cap_share=0.5,
    ),
    # On one thread: its votes and people, each a hash aggregate per thread over every
    # mention, ran out of the cap on two at 100k demo messages and were made again on one
    # (built alone from a kept 100k database: +21-22 -> +18 MB over the step's start).
    SqlModel("core/contacts.sql", threads=1),
    # Its window (each message's previous one in the thread), its join (each one's reply)
    # and the rest, each a statement of its own, a range of threads at a time, under half
    # the cap: in one statement under the whole cap +28-32 MB over the step's start at
    # 100k demo messages (+11-19 at 10k); in three +15-18 each (+6-7); the same rows.
    SqlModel("core/int_exchange_sent.sql", by_thread=("touchpoints",), cap_share=0.5),
    SqlModel(
        "core/int_exchange_replies.sql",
        by_thread=("touchpoints", "int_exchange_sent"),
        cap_share=0.5,
    ),
    SqlModel(
        "core/exchanges.sql",
        by_thread=("int_exchange_sent", "int_exchange_replies"),
        cap_share=0.5,
    ),
    PythonStep("km_response_by_channel", build_km_response),
    SqlModel("marts/response_latency_by_channel.sql"),
    SqlModel("marts/reply_latency_by_channel.sql"),
    SqlModel("marts/funnel_by_channel.sql"),
    # Its counts by week and opportunity first, a range of opportunities at a time: in one
    # statement, three `count(distinct)`s and seven filtered counts over every touchpoint
    # held +30 MB over the step's start at 100k demo messages (+17-22 at 10k); in ranges
    # +7 (+6), then its sums by week +12 (+6); the same rows.
    SqlModel("core/int_weekly_touches.sql", by_opportunity=("touchpoints",)),
    SqlModel("marts/weekly_activity.sql"),
    # Its waiting threads first, a range of opportunities at a time: their aggregates over
    # every touchpoint, in one statement with the joins to opportunities, messages and
    # contacts, held +28 MB over the step's start at 100k demo messages (+11 at 10k); in
    # ranges +12 (+6-9), then the joins +19 (+6); the same rows.
    SqlModel("core/int_waiting_threads.sql", by_opportunity=("touchpoints",)),
    SqlModel("marts/follow_ups_due.sql"),
    SqlModel("marts/upcoming_interviews.sql"),
    # Its ranges fit in half the cap (100k demo, built alone: +20-22 -> +13-15 MB).
    SqlModel(
        "marts/opportunity_timeline.sql",
        by_opportunity=("touchpoints", "stage_changes", "opportunities"),
        cap_share=0.5,
    ),
    # Its rows a part at a time, then ordered: in one statement with the order, the parts'
    # joins and window ran out of the cap on two threads and on one at 100k demo messages
    # and it was made again under twice the cap (built alone: +38-40 MB over the step's
    # start; in parts +25, the order +6). The low-confidence part reads the links a range
    # of message ids at a time: whole, its join held the link of every relevant or linked
    # message and DuckDB every page of the columns it reads (+36 MB over its start at 100k
    # demo messages, the tables laid out as the build leaves them; +13 at 10k, one range);
    # in ranges +26, the same rows. Its messages and its `exists` read every message (an
    # earlier one of the thread may sit in another range).
    SqlModel(
        "core/int_review_items.sql",
        part_ranges=(("low_confidence", ("int_message_links",)),),
        parts=(
            "low_confidence",
            "uncertain_opportunities",
            "message_issues",
            "event_issues",
            "other_issues",
            "unknown_channel",
            "milestone_before_first_touch",
        ),
    ),
    SqlModel("marts/review_queue.sql"),
]


# The key of each core table and mart: unique and never null (checked by `check_keys`).
MODEL_KEYS: dict[str, tuple[str, ...]] = {
    "channels": ("channel",),
    "touchpoints": ("touchpoint_id",),
    "stage_changes": ("opportunity_id", "stage"),
    "opportunity_channels": ("opportunity_id",),
    "opportunities": ("opportunity_id",),
    "organizations": ("organization_id",),
    "contacts": ("contact_id",),
    "exchanges": ("exchange_id",),
    "km_response_by_channel": ("channel", "horizon_days"),
    "response_latency_by_channel": ("channel",),
    "reply_latency_by_channel": ("channel", "exchange_type"),
    "funnel_by_channel": ("channel",),
    "weekly_activity": ("week_start",),
    "follow_ups_due": ("opportunity_id", "gmail_thread_id"),
    "opportunity_timeline": ("opportunity_id", "touchpoint_id"),
}


def check_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Keys that are null or repeated, as readable problems (empty when all is well)."""
    problems = []
    for table, key in MODEL_KEYS.items():
        cols = ", ".join(key)
        nulls = " or ".join(f"{c} is null" for c in key)
        row = con.execute(
            f"select count(*) - count(distinct ({cols})), count(*) filter (where {nulls}) "
            f"from {table}"
        ).fetchone()
        if row and row[0]:
            problems.append(f"{table}: {row[0]} repeated ({cols})")
        if row and row[1]:
            problems.append(f"{table}: {row[1]} null ({cols})")
    return problems


def model_sql(model: SqlModel) -> str:
    return (MODELS_DIR / model.path).read_text(encoding="utf-8")


def write_params(
    con: duckdb.DuckDBPyConnection, settings: Settings, now: datetime | None = None
) -> datetime | None:
    """(Re)write the one-row `warehouse_params` table; returns the `now_at` in force."""
    ZoneInfo(settings.timezone)  # fail early, with Python's message, on a bad zone name
    con.execute(
        """
        create or replace table warehouse_params as
        select
            ?::varchar as timezone,
            ?::integer as ghost_days,
            ?::integer as follow_up_days,
            ?::double as review_confidence,
            ?::integer as event_link_days,
            ?::varchar[] as my_addresses,
            coalesce(
                ?::timestamptz,
                (select max(sent_at) from raw_messages where not coalesce(is_deleted, false))
            ) as now_at,
            current_timestamp as built_at
        """,
        [
            settings.timezone,
            settings.ghost_days,
            settings.follow_up_days,
            settings.review_confidence,
            settings.event_link_days,
            [a.lower() for a in settings.my_addresses],
            now,
        ],
    )
    row = con.execute("select now_at from warehouse_params").fetchone()
    return row[0] if row else None


def create_macros(con: duckdb.DuckDBPyConnection) -> None:
    """SQL macros the models use (and users may call): see docs/sql.md."""
    con.execute((MODELS_DIR / "macros.sql").read_text(encoding="utf-8"))


def build_schema(con: duckdb.DuckDBPyConnection) -> str:
    """The schema a build makes its tables in: the first of the search path it sets."""
    return str(con.execute("select current_schema()").fetchall()[0][0])


def run_model(con: duckdb.DuckDBPyConnection, model: SqlModel) -> int:
    """Create `model` in the build schema; its row count."""
    sql = model_sql(model).strip().rstrip(";")
    kind = "view" if model.materialized == "view" else "table"
    schema = build_schema(con)
    con.execute(f"create or replace {kind} {schema}.{model.name} as\n{sql}")
    # fetchall: a result left unfinished would block the next `register` (linking).
    return int(con.execute(f"select count(*) from {schema}.{model.name}").fetchall()[0][0])


# Opportunities per range of a model split by opportunity (`SqlModel.by_opportunity`).
# At 100,000 demo messages (21,560 opportunities) `opportunities` made whole held ~80 MB
# of DuckDB memory over what it started from, in four ranges ~50 MB (and ~35 MB at
# 10,000 messages, one range); ranges of 3,000 with each range written out before the
# next (`write_out`) hold what one range of a 10,000-message mailbox holds.
SPLIT_OPPORTUNITIES = 3000
# Messages per range of `int_messages` (`SqlModel.by_message`), under half the build's
# cap (its `cap_share`). Made whole at 100,000 demo messages it filled the 48 MB cap (its
# join's hash table of every message's facts, its rows uncompressed until written, the
# bodies' pages) and ran out of 32 or 24 MB; ten ranges of 10,000 fit in 24 MB (+33 MB
# RSS over the step's start, +58 whole under 48 MB), ~0.5 s longer (each range scans the
# keys again).
SPLIT_MESSAGES = 10_000


def message_split() -> Split:
    """Ranges of message ids (`SqlModel.by_message`, `SqlModel.part_ranges`)."""
    return Split("message_id", "stg_messages", SPLIT_MESSAGES)


# Touchpoints per range of a model split by thread (`SqlModel.by_thread`): `exchanges`
# made whole at 100,000 demo messages (60,534 touchpoints) held +52 MB under the 48 MB
# cap, in four ranges +43 (its hash tables take ~25 MB at any size). Under half the cap
# four ranges ran out of memory on two threads; thirteen (5,000) fit, +37 -> +26 MB over
# the step's start, but 0.7-1.4 s longer at 100k. Its window and its join now each have
# a statement of their own, and four ranges of each fit in half the cap.
SPLIT_THREAD_TOUCHPOINTS = 15_000
SPLIT_SCHEMA = "_split"


def run_sql_step(con: duckdb.DuckDBPyConnection, model: SqlModel) -> int:
    """The build step of every SQL model (as `run_python_step` of the others): `model`
    created in the build schema under its share of the cap, a range of keys at a time
    (`model.split`; whole when it has none or its keys fit one range); its row count.
    Each range reads views of its inputs that keep only its keys (in `SPLIT_SCHEMA`,
    first in the search path), is appended to the table in key order and written out
    before the next."""
    schema = build_schema(con)
    with _share_of_cap(con, model.cap_share), _threads(con, model.threads):
        if model.parts:
            return run_in_parts(con, model, schema)
        split = model.split
        if split is None:
            return run_model(con, model)
        ranges = _key_ranges(con, split, schema)
        if len(ranges) <= 1:
            return run_model(con, model)
        sql = model_sql(model).strip().rstrip(";")
        table = f"{schema}.{model.name}"
        _add_in_ranges(con, schema, table, sql, model.split_sources, ranges, first=True)
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def _add_in_ranges(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    table: str,
    select: str,
    sources: tuple[str, ...],
    ranges: list[str],
    *,
    first: bool,
) -> None:
    """`select` added to `table` a range at a time (`_add_piece`), each range reading
    views of `sources` that keep only its rows (in `SPLIT_SCHEMA`, first in the search
    path); `first`: the first range makes the table."""
    con.execute(f"create schema if not exists {SPLIT_SCHEMA}")
    try:
        with _search_path(con, f"{SPLIT_SCHEMA},{schema},main"):
            for number, condition in enumerate(ranges):
                for source in sources:
                    con.execute(
                        f"create or replace view {SPLIT_SCHEMA}.{source} as "
                        f"select * from {schema}.{source} where {condition}"
                    )
                _add_piece(con, table, select, first=first and number == 0)
    finally:
        con.execute(f"drop schema if exists {SPLIT_SCHEMA} cascade")


def _add_piece(con: duckdb.DuckDBPyConnection, table: str, select: str, *, first: bool) -> None:
    """One range's or part's rows: the table made from the first, the next appended; each
    written out and DuckDB's cache released before the next is made."""
    if first:
        con.execute(f"create or replace table {table} as\n{select}")
    else:
        con.execute(f"insert into {table} select * from (\n{select}\n)")
    write_out(con)
    _release_memory(con)


# How every model's query ends (its last CTE, `final`, selected).
FINAL_SELECT = "select * from final"


def run_in_parts(con: duckdb.DuckDBPyConnection, model: SqlModel, schema: str) -> int:
    """`model` made in `schema` a part at a time (`SqlModel.parts`): its query with each
    part's CTE selected in place of `final`, appended in turn and written out before the
    next; its row count. `final` must be the parts' plain `union all` (`_final_of_parts`)."""
    sql = model_sql(model).strip().rstrip(";")
    if not sql.endswith(FINAL_SELECT):
        raise ValueError(f"{model.path}: made in parts, its query must end with {FINAL_SELECT!r}")
    ctes = sql.removesuffix(FINAL_SELECT)
    _final_of_parts(model, ctes)
    table = f"{schema}.{model.name}"
    cut = dict(model.part_ranges)
    for number, part in enumerate(model.parts):
        select = f"{ctes}select * from {part}"
        ranges = _key_ranges(con, message_split(), schema) if part in cut else ["true"]
        if len(ranges) > 1:
            _add_in_ranges(con, schema, table, select, cut[part], ranges, first=number == 0)
        else:
            _add_piece(con, table, select, first=number == 0)
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def _final_of_parts(model: SqlModel, ctes: str) -> None:
    """Refuse a model made in parts whose `final` is not `select * from <part>` for each
    part, in order, joined by `union all`: the parts are selected in its place, so a
    filter, a column or a `distinct` in `final` would be skipped without a word."""
    text = _SQL_COMMENT_OR_QUOTED.sub(_without_comment, ctes)
    found = re.search(r"\bfinal\s+as\s*\((.*)\)\s*$", text, re.DOTALL | re.IGNORECASE)
    union = " union all ".join(f"select * from {part}" for part in model.parts)
    if found is None or " ".join(found.group(1).lower().split()) != union.lower():
        raise ValueError(f"{model.path}: made in parts, its final must be exactly {union!r}")


# Quoted strings and names first, so that a `--` or `/*` inside one is kept as it is and a
# quote inside a comment does not open a string: the comments alone are taken out.
_SQL_COMMENT_OR_QUOTED = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.DOTALL
)


def _without_comment(found: re.Match[str]) -> str:
    text = found.group(0)
    return " " if text.startswith(("--", "/*")) else text


def run_python_step(con: duckdb.DuckDBPyConnection, step: PythonStep) -> dict[str, int] | int:
    """`step.run(con)` under its share of the cap in force."""
    with _share_of_cap(con, step.cap_share):
        return step.run(con)


@contextmanager
def _share_of_cap(con: duckdb.DuckDBPyConnection, share: float) -> Iterator[None]:
    """DuckDB's cap cut to `share` of the cap in force for a while (a raised one when a
    step is run again out of memory), then put back."""
    limit = memory_limit(con)
    if share >= 1 or limit is None:
        yield
        return
    with capped_memory(con, int(limit * share)):
        yield


@contextmanager
def _threads(con: duckdb.DuckDBPyConnection, threads: int) -> Iterator[None]:
    """DuckDB's threads set to `threads` for a while (0: left as they are), then put back;
    a lower setting in force (a step run again on one thread) is kept."""
    before = int(con.execute("select current_setting('threads')").fetchall()[0][0])
    if threads <= 0 or threads >= before:
        yield
        return
    con.execute(f"set threads = {int(threads)}")
    try:
        yield
    finally:
        con.execute(f"set threads = {before}")


def _key_ranges(con: duckdb.DuckDBPyConnection, split: Split, schema: str) -> list[str]:
    """Conditions on `split.key` cutting the keys of `split.keys_from` (built in `schema`)
    into ranges of about `split.size` keys, in key order (null keys, if any, in the
    first)."""
    key, source = split.key, f"{schema}.{split.keys_from}"
    total = con.execute(f"select count(*) from {source}").fetchall()[0][0]
    parts = -(-int(total) // split.size)
    if parts <= 1:
        return ["true"]
    cuts = con.execute(
        f"select quantile_disc({key}, ?::double[]) from {source}",
        [[i / parts for i in range(1, parts)]],
    ).fetchall()[0][0]
    bounds = [_sql_string(cut) for cut in sorted(set(cuts))]
    conditions = [f"({key} <= {bounds[0]} or {key} is null)"]
    conditions += [
        f"{key} > {low} and {key} <= {high}" for low, high in zip(bounds, bounds[1:], strict=False)
    ]
    conditions.append(f"{key} > {bounds[-1]}")
    return conditions


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def build_warehouse(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    now: datetime | None = None,
    timings: dict[str, float] | None = None,
) -> dict[str, int]:
    """Rebuild every model; returns the row count of each (and of the link tables).

    `now` is the censoring instant for waiting opportunities and "upcoming" interviews;
    by default the newest message's time.
    """
    ensure_schema(con)
    in_use = schema_in_use(con)
    schema = next(s for s in WAREHOUSE_SCHEMAS if s != in_use)
    with capped_memory(con, BUILD_MEMORY_LIMIT), row_group_merges_stopped(con):
        # A build killed before its swap left its tables here; they are not finished.
        con.execute(f"drop schema if exists {LEGACY_BUILD_SCHEMA} cascade")
        con.execute(f"drop schema if exists {schema} cascade")
        con.execute(f"create schema {schema}")
        swapped = False
        try:
            with _search_path(con, f"{schema},main"):
                counts = _build_steps(con, settings, now, timings)
            started = time.perf_counter()
            raising_cap(con, lambda: swap_in(con, schema, in_use), keep=False)
            swapped = True
            _release_memory(con)
            if timings is not None:
                timings["swap_in"] = time.perf_counter() - started
        finally:
            if not swapped:
                with contextlib.suppress(duckdb.Error):  # the error that got us here matters more
                    con.execute(f"drop schema if exists {schema} cascade")
    return counts


def schema_in_use(con: duckdb.DuckDBPyConnection) -> str | None:
    """The schema of `WAREHOUSE_SCHEMAS` that `main`'s views of the warehouse read (None
    before the first build, or when `main` holds the tables themselves, as builds before
    these schemas left them)."""
    found = con.execute(
        "select sql from duckdb_views() where database_name = current_database() "
        "and schema_name = 'main' and view_name = 'warehouse_params'"
    ).fetchall()
    if not found:
        return None
    return next((s for s in WAREHOUSE_SCHEMAS if s in str(found[0][0])), None)


@contextmanager
def _search_path(con: duckdb.DuckDBPyConnection, path: str) -> Iterator[None]:
    """Unqualified names created and read in `path`'s first schema, then the others."""
    before = str(con.execute("select current_setting('search_path')").fetchall()[0][0])
    con.execute("set search_path = ?", [path])
    try:
        yield
    finally:
        if before:
            con.execute("set search_path = ?", [before])
        else:
            con.execute("reset search_path")


def _build_steps(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    now: datetime | None,
    timings: dict[str, float] | None,
) -> dict[str, int]:
    """Every model into the build schema, each step committed on its own (and run again
    under a raised memory cap if it needs more: a step leaves nothing when it fails, or
    replaces what it left)."""
    counts: dict[str, int] = {}
    _run_step(con, lambda: write_params(con, settings, now))
    create_macros(con)
    for step in MODELS:
        started = time.perf_counter()
        if isinstance(step, SqlModel):
            counts[step.name] = _run_step(con, partial(run_sql_step, con, step))
        else:
            result = _run_step(con, partial(run_python_step, con, step))
            if isinstance(result, dict):
                counts.update(result)
            else:
                counts[step.name] = result
        _release_memory(con)
        if timings is not None:
            timings[step.name] = time.perf_counter() - started
    return counts


def _release_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Make DuckDB give back the blocks it keeps for reuse (~40 MB after a big step at
    100,000 messages, held into the next step's peak), by lowering its cap for a moment.

    The cap is what DuckDB holds in memory only plus a margin (`drop_table_cache`), not a
    fixed 1 MB, which could sit under what DuckDB holds and cannot evict: `reset
    memory_limit`, run under it, then ran out of memory now and then (an
    OutOfMemoryException seen in tests/warehouse/test_linking.py). It gives back as much
    (a 37 MB cache of table pages: RSS 152 -> 75 MB under either cap), and temp tables are
    no longer written out to disk between steps."""
    drop_table_cache(con)


def _run_step(con: duckdb.DuckDBPyConnection, run: Callable[[], T]) -> T:
    """`run()` under the build's cap; out of memory, again on one thread (most steps that
    run out hold a hash table or sort per thread: at 100,000 messages contacts and
    follow_ups_due then fit the cap, and opportunities fits twice the cap, where two
    threads needed four times), then under raised caps. The cap and threads are put
    back after."""
    try:
        return run()
    except duckdb.OutOfMemoryException:
        log.info("DuckDB out of memory in a build step: run again on one thread")
    with _threads(con, 1):
        return raising_cap(con, run, keep=False)


def swap_in(con: duckdb.DuckDBPyConnection, schema: str, old: str | None) -> None:
    """Point `main`'s warehouse views at the tables built in `schema` and drop the schema
    `old` the views read before, in one transaction: readers see the old warehouse or the
    new one, never a mix, and a failure here keeps the old."""
    tables = [
        row[0]
        for row in con.execute(
            "select table_name from duckdb_tables() "
            "where database_name = current_database() and schema_name = ? order by table_name",
            [schema],
        ).fetchall()
    ]
    views = [m for m in MODELS if isinstance(m, SqlModel) and m.materialized == "view"]
    con.execute("begin transaction")
    try:
        for name in tables:
            _drop_from_main(con, name)
            con.execute(f"create view main.{name} as select * from {schema}.{name}")
        for model in views:
            _drop_from_main(con, model.name)
            sql = model_sql(model).strip().rstrip(";")
            con.execute(f"create view main.{model.name} as\n{sql}")
        create_macros(con)
        if old is not None:
            # A view of a table the old schema had and this build did not make would fail.
            for (name,) in con.execute(
                "select view_name from duckdb_views() where database_name = current_database() "
                "and schema_name = 'main' and contains(sql, ?)",
                [f"{old}."],
            ).fetchall():
                con.execute(f"drop view main.{name}")
            con.execute(f"drop schema {old} cascade")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _drop_from_main(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop `main.name`, a table or a view (a model may have been the other in an older
    version)."""
    found = con.execute(
        "select table_type from information_schema.tables "
        "where table_catalog = current_database() and table_schema = 'main' "
        "and table_name = ?",
        [name],
    ).fetchall()
    if found:
        kind = "view" if found[0][0] == "VIEW" else "table"
        con.execute(f"drop {kind} main.{name}")

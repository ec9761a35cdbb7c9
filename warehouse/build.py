"""Rebuild the warehouse: staging views, core tables and marts, in dependency order.

The models are `.sql` files under `warehouse/models/` (one model per file, each ending in
`select * from final`); `MODELS` below is their order. Two steps are Python: linking
messages into opportunities (`warehouse.linking`) and the Kaplan–Meier estimates
(`warehouse.metrics`). The whole rebuild runs in one transaction, so a failed build
leaves the previous tables in place.

Every model can read `warehouse_params`: the time zone, ghost and follow-up days, the
candidate's addresses and `now_at`, the instant waiting opportunities are censored at
(by default the time of the newest message in the database, so a rebuild of the same
mail gives the same numbers on any day).

DuckDB's memory is capped during the build (`BUILD_MEMORY_LIMIT` for every 200,000
messages begun; DuckDB spills to its temp files beyond it); a build that needs more is
rolled back and run again under twice the cap.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb

from flows.config import Settings
from warehouse.db import capped_memory, raising_cap
from warehouse.linking import link_opportunities
from warehouse.metrics import build_km_response
from warehouse.schema import ensure_schema

MODELS_DIR = Path(__file__).parent / "models"

# DuckDB's memory during a build, per started `MESSAGES_PER_LIMIT` messages: some models
# (opportunities) need more with more mail: 100,000 messages build under 112 MB (not
# 96), 300,000 need more than 128 MB. Starting higher for a big mailbox saves building
# twice.
BUILD_MEMORY_LIMIT = 128 << 20
MESSAGES_PER_LIMIT = 200_000


@dataclass(frozen=True)
class SqlModel:
    path: str  # relative to MODELS_DIR, e.g. "core/opportunities.sql"
    materialized: str = "table"  # table | view

    @property
    def name(self) -> str:
        return Path(self.path).stem


@dataclass(frozen=True)
class PythonStep:
    name: str
    run: Callable[[duckdb.DuckDBPyConnection], dict[str, int] | int]


Step = SqlModel | PythonStep

MODELS: list[Step] = [
    SqlModel("staging/stg_messages.sql", "view"),
    SqlModel("staging/stg_message_facts.sql", "view"),
    SqlModel("staging/stg_events.sql", "view"),
    SqlModel("staging/stg_event_facts.sql", "view"),
    SqlModel("staging/stg_overrides.sql", "view"),
    SqlModel("core/int_messages.sql"),
    SqlModel("core/int_events.sql"),
    PythonStep("linking", link_opportunities),
    SqlModel("core/channels.sql"),
    SqlModel("core/touchpoints.sql"),
    SqlModel("core/stage_changes.sql"),
    SqlModel("core/opportunity_channels.sql"),
    SqlModel("core/opportunities.sql"),
    SqlModel("core/organizations.sql"),
    SqlModel("core/contacts.sql"),
    SqlModel("core/exchanges.sql"),
    PythonStep("km_response_by_channel", build_km_response),
    SqlModel("marts/response_latency_by_channel.sql"),
    SqlModel("marts/reply_latency_by_channel.sql"),
    SqlModel("marts/funnel_by_channel.sql"),
    SqlModel("marts/weekly_activity.sql"),
    SqlModel("marts/follow_ups_due.sql"),
    SqlModel("marts/upcoming_interviews.sql"),
    SqlModel("marts/opportunity_timeline.sql"),
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
            [a.lower() for a in settings.my_addresses],
            now,
        ],
    )
    row = con.execute("select now_at from warehouse_params").fetchone()
    return row[0] if row else None


def create_macros(con: duckdb.DuckDBPyConnection) -> None:
    """SQL macros the models use (and users may call): see docs/sql.md."""
    con.execute((MODELS_DIR / "macros.sql").read_text(encoding="utf-8"))


def run_model(con: duckdb.DuckDBPyConnection, model: SqlModel) -> int:
    sql = model_sql(model).strip().rstrip(";")
    kind = "view" if model.materialized == "view" else "table"
    # A model may have been a view in an older version (or the reverse).
    other = "table" if kind == "view" else "view"
    existing = con.execute(
        "select table_type from information_schema.tables "
        "where table_schema = current_schema() and table_name = ?",
        [model.name],
    ).fetchone()
    if existing and (existing[0] == "VIEW") == (other == "view"):
        con.execute(f"drop {other} {model.name}")
    con.execute(f"create or replace {kind} {model.name} as\n{sql}")
    row = con.execute(f"select count(*) from {model.name}").fetchone()
    return int(row[0]) if row else 0


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
    messages = con.execute("select count(*) from raw_messages").fetchall()[0][0]
    limit = BUILD_MEMORY_LIMIT * max(1, -(-messages // MESSAGES_PER_LIMIT))
    with capped_memory(con, limit):
        return raising_cap(con, lambda: _build_once(con, settings, now, timings))


def _build_once(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    now: datetime | None,
    timings: dict[str, float] | None,
) -> dict[str, int]:
    """One rebuild in one transaction: a failed build leaves the previous tables."""
    counts: dict[str, int] = {}
    con.execute("begin transaction")
    try:
        write_params(con, settings, now)
        create_macros(con)
        for step in MODELS:
            started = time.perf_counter()
            if isinstance(step, SqlModel):
                counts[step.name] = run_model(con, step)
            else:
                result = step.run(con)
                if isinstance(result, dict):
                    counts.update(result)
                else:
                    counts[step.name] = result
            if timings is not None:
                timings[step.name] = time.perf_counter() - started
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return counts

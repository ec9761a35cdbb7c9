"""What the weekly summary shows, read from the warehouse marts in one place.

Column names are the marts' own (docs/sql.md); the report never recomputes a figure the
marts already hold, so the numbers on the page are the numbers in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb

from flows.config import Settings
from warehouse.report.km import kaplan_meier
from warehouse.report.weeks import Week, parse_week, week_of

Row = dict[str, Any]

# weekly_activity measures shown as "this week" counts, in display order.
WEEK_MEASURES: list[tuple[str, str]] = [
    ("applications", "applications"),
    ("outreach", "outreach sent"),
    ("networking", "networking touchpoints"),
    ("replies", "replies"),
    ("interviews", "interviews"),
    ("offers", "offers"),
    ("rejections", "rejections"),
]
GMAIL_THREAD_URL = "https://mail.google.com/mail/u/0/#all/{}"


class WarehouseNotBuilt(RuntimeError):
    """The marts the report reads do not exist yet."""


@dataclass
class ReportData:
    week: Week
    generated_for: str
    now: datetime | None
    follow_ups: list[Row] = field(default_factory=list)
    upcoming: list[Row] = field(default_factory=list)
    decisions: list[Row] = field(default_factory=list)
    this_week: dict[str, int] = field(default_factory=dict)
    last_week: dict[str, int] = field(default_factory=dict)
    latency: list[Row] = field(default_factory=list)
    km_curves: dict[str, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    funnel: list[Row] = field(default_factory=list)
    activity: list[Row] = field(default_factory=list)
    review: list[Row] = field(default_factory=list)
    days_since_reply: int | None = None

    @property
    def is_silent(self) -> bool:
        return not any(self.this_week.values())


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[Row]:
    result = con.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [dict(zip(names, r, strict=True)) for r in result.fetchall()]


def gmail_link(thread_id: str | int | None) -> str | None:
    """Gmail's web link for a thread: its id in hex (Takeout gives it in decimal)."""
    if thread_id is None or thread_id == "":
        return None
    text = str(thread_id)
    hex_id = format(int(text), "x") if text.isdigit() else text.lower()
    return GMAIL_THREAD_URL.format(hex_id)


def data_now(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """The database's "now": its latest message or event (stable for the demo)."""
    row = con.execute(
        """
        select max(t) from (
            select max(sent_at) as t from raw_messages where not coalesce(is_deleted, false)
            union all
            select max(start_at) from raw_events
            where not coalesce(is_deleted, false) and start_at <= (
                select coalesce(max(sent_at), now()) from raw_messages)
        )
        """
    ).fetchone()
    return row[0] if row and row[0] is not None else None


def choose_week(con: duckdb.DuckDBPyConnection, settings: Settings, week: str | None) -> Week:
    """The asked week, else the week holding the database's latest activity."""
    if week:
        return parse_week(week, settings.timezone)
    now = data_now(con)
    return week_of(now or datetime.now().astimezone(), settings.timezone)


def _week_counts(activity: list[Row], monday: date) -> dict[str, int]:
    for row in activity:
        if _as_date(row["week_start"]) == monday:
            return {key: int(row.get(key) or 0) for key, _ in WEEK_MEASURES if key in row}
    keys = [key for key, _ in WEEK_MEASURES if not activity or key in activity[0]]
    return dict.fromkeys(keys, 0)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def load_report_data(
    con: duckdb.DuckDBPyConnection, settings: Settings, week: str | None = None
) -> ReportData:
    """Everything the renderers need for one week, straight from the marts."""
    try:
        return _load(con, settings, week)
    except duckdb.CatalogException as exc:
        raise WarehouseNotBuilt(
            f"The warehouse has not been built in this database ({exc}). "
            "Run `sneaker build` (or `sneaker demo` to try it on generated data)."
        ) from exc


def _load(con: duckdb.DuckDBPyConnection, settings: Settings, week: str | None) -> ReportData:
    chosen = choose_week(con, settings, week)
    start, end = chosen.start, chosen.end
    data = ReportData(week=chosen, generated_for=settings.account, now=data_now(con))
    data.follow_ups = _rows(
        con, "select * from follow_ups_due order by waiting_since_at, opportunity_id"
    )
    for row in data.follow_ups:
        row["thread_url"] = gmail_link(row.get("gmail_thread_id"))
    data.upcoming = _rows(
        con,
        "select * from upcoming_interviews where starts_at >= ? order by starts_at",
        [start],
    )
    data.decisions = _rows(
        con,
        """
        select * from opportunity_timeline
        where stage in ('offer', 'rejected', 'accepted', 'declined')
          and stage_at >= ? and stage_at < ?
        order by stage_at, opportunity_id
        """,
        [start, end],
    )
    data.activity = _rows(con, "select * from weekly_activity order by week_start")
    data.this_week = _week_counts(data.activity, chosen.monday)
    data.last_week = _week_counts(data.activity, chosen.previous().monday)
    data.latency = _rows(con, "select * from response_latency_by_channel order by channel")
    data.funnel = _rows(con, "select * from funnel_by_channel order by channel")
    data.review = _rows(con, "select * from review_queue order by confidence nulls first")
    data.km_curves = _km_curves(con)
    data.days_since_reply = _days_since_reply(con, end)
    return data


def _km_curves(
    con: duckdb.DuckDBPyConnection,
) -> dict[str, list[tuple[float, float, float, float]]]:
    rows = _rows(
        con,
        """
        select channel, days_to_response, is_responded
        from opportunity_latency
        where days_to_response is not null
        order by channel
        """,
    )
    by_channel: dict[str, tuple[list[float], list[bool]]] = {}
    for row in rows:
        days, answered = by_channel.setdefault(row["channel"], ([], []))
        days.append(float(row["days_to_response"]))
        answered.append(bool(row["is_responded"]))
    return {ch: kaplan_meier(d, a) for ch, (d, a) in by_channel.items()}


def _days_since_reply(con: duckdb.DuckDBPyConnection, end: datetime) -> int | None:
    """Whole days from the last human reply before `end` to `end` (a named silence)."""
    row = con.execute(
        """
        select max(week_start) from weekly_activity
        where replies > 0 and week_start < ?
        """,
        [end.date()],
    ).fetchone()
    if not row or row[0] is None:
        return None
    return (end.date() - _as_date(row[0])).days

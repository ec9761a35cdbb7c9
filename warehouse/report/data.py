"""What the weekly summary shows, read from the warehouse marts in one place.

Column names are the marts' own (docs/sql.md); the report never recomputes a figure the
marts already hold, so the numbers on the page are the numbers in the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb

from flows.config import Settings
from warehouse.report.weeks import Week, parse_week, week_of

Row = dict[str, Any]

# weekly_activity measures shown as "this week" counts, in display order.
WEEK_MEASURES: list[tuple[str, str]] = [
    ("applications", "applications"),
    ("messages_sent", "messages you sent"),
    ("networking_touchpoints", "networking touchpoints"),
    ("replies", "replies from people"),
    ("interview_invitations", "interview invitations"),
    ("interviews", "interviews on the calendar"),
    ("offers", "offers"),
    ("rejections", "rejections"),
]
# Per channel, this week against the one before: opportunities started (from the
# `opportunities` core table) and replies from people (from `opportunity_timeline`).
CHANNEL_WEEKS_SQL = """
with started as (
    select
        channel,
        count(*) filter (where first_touch_at >= $start and first_touch_at < $end) as started,
        count(*) filter (where first_touch_at >= $prev and first_touch_at < $start)
            as started_before
    from opportunities
    where is_pursued
    group by channel
),
replies as (
    select
        channel,
        count(*) filter (where touched_at >= $start and touched_at < $end) as replies,
        count(*) filter (where touched_at >= $prev and touched_at < $start) as replies_before
    from opportunity_timeline
    where is_human_response
    group by channel
)
select
    channel,
    coalesce(started, 0) as started,
    coalesce(started_before, 0) as started_before,
    coalesce(replies, 0) as replies,
    coalesce(replies_before, 0) as replies_before
from response_latency_by_channel
left join started using (channel)
left join replies using (channel)
order by channel_precedence
"""
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
    channel_weeks: list[Row] = field(default_factory=list)
    days_since_reply: int | None = None

    @property
    def is_silent(self) -> bool:
        return not any(self.this_week.values())


def _rows(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any] | None = None
) -> list[Row]:
    result = con.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [dict(zip(names, r, strict=True)) for r in result.fetchall()]


def gmail_link(thread_id: str | int | None) -> str | None:
    """Gmail's web link for a thread, or None when the id is not a Gmail thread id.

    The API gives thread ids in hex (16 digits); Takeout's X-GM-THRID gives the same
    64-bit number in decimal (17 digits or more), which the link needs in hex.
    """
    if thread_id is None:
        return None
    text = str(thread_id).strip().lower()
    if text.isdigit() and len(text) > 16:
        return GMAIL_THREAD_URL.format(format(int(text), "x"))
    if re.fullmatch(r"[0-9a-f]{1,16}", text):
        return GMAIL_THREAD_URL.format(text)
    return None


def data_now(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """The warehouse's "now" (`warehouse_params.now_at`: the latest message by default)."""
    row = con.execute("select max(now_at) from warehouse_params").fetchone()
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
        # DuckDB's first line names the missing table; the rest quotes the query
        missing = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise WarehouseNotBuilt(
            f"The warehouse has not been built in this database ({missing}). "
            "Run `sneaker build` (or `sneaker demo` to try it on generated data)."
        ) from exc


def _load(con: duckdb.DuckDBPyConnection, settings: Settings, week: str | None) -> ReportData:
    chosen = choose_week(con, settings, week)
    start, end = chosen.start, chosen.end
    data = ReportData(week=chosen, generated_for=settings.account, now=data_now(con))
    data.follow_ups = _rows(
        con, "select * from follow_ups_due order by days_waiting desc, opportunity_id"
    )
    data.upcoming = _rows(con, "select * from upcoming_interviews order by starts_at")
    data.decisions = _rows(
        con,
        """
        select * from opportunity_timeline
        where kind in ('offer', 'rejection') and touched_at >= ? and touched_at < ?
        qualify row_number() over (
            partition by opportunity_id, kind order by touched_at, touchpoint_id
        ) = 1
        order by touched_at, opportunity_id
        """,
        [start, end],
    )
    data.review = _rows(con, "select * from review_queue")
    for row in [*data.follow_ups, *data.upcoming, *data.review]:
        row["thread_url"] = gmail_link(row.get("gmail_thread_id"))
    data.activity = _rows(con, "select * from weekly_activity order by week_start")
    data.this_week = _week_counts(data.activity, chosen.monday)
    data.last_week = _week_counts(data.activity, chosen.previous().monday)
    data.latency = _rows(
        con, "select * from response_latency_by_channel order by channel_precedence"
    )
    data.funnel = _rows(con, "select * from funnel_by_channel order by channel_precedence")
    data.channel_weeks = _rows(
        con, CHANNEL_WEEKS_SQL, {"prev": chosen.previous().start, "start": start, "end": end}
    )
    data.km_curves = _km_curves(con)
    data.days_since_reply = _days_since_reply(con, end)
    return data


def _km_curves(
    con: duckdb.DuckDBPyConnection,
) -> dict[str, list[tuple[float, float, float, float]]]:
    """The whole KM step curve per channel, by the same estimator as the mart's figures."""
    from warehouse.metrics import kaplan_meier, km_at

    rows = con.execute(
        """
        select channel, observed_days, is_responded
        from opportunities
        where is_pursued and observed_days is not null
        order by channel
        """
    ).fetchall()
    by_channel: dict[str, tuple[list[float], list[bool]]] = {}
    for channel, days, answered in rows:
        durations, flags = by_channel.setdefault(channel, ([], []))
        durations.append(float(days))
        flags.append(bool(answered))
    curves = {}
    for channel, (durations, flags) in by_channel.items():
        points = [(0.0, 0.0, 0.0, 0.0)]
        for step in kaplan_meier(durations, flags):
            point = km_at([step], step.t, durations)
            p = point.p_answer if point.p_answer is not None else 1 - step.survival
            low = point.ci_low if point.ci_low is not None else p
            high = point.ci_high if point.ci_high is not None else p
            points.append((step.t, p, low, high))
        last = max(durations)
        if last > points[-1][0]:
            points.append((last, *points[-1][1:]))
        curves[channel] = points
    return curves


def _days_since_reply(con: duckdb.DuckDBPyConnection, end: datetime) -> int | None:
    """Whole days from the last reply by a person before `end` to `end` (a named silence)."""
    row = con.execute(
        """
        select max(touched_at) from opportunity_timeline
        where is_human_response and touched_at < ?
        """,
        [end],
    ).fetchone()
    if not row or row[0] is None:
        return None
    return (end - row[0]).days

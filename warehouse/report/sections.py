"""The report as an ordered list of sections, independent of the output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from warehouse.report import charts, tables
from warehouse.report.data import WEEK_MEASURES, ReportData, Row
from warehouse.report.encourage import encouragement


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    title: str = ""
    empty: str = "Nothing here."
    more: str = ""  # what was left out, and where to see it
    # headers of columns never wrapped on a narrow terminal: a command broken across
    # lines no longer runs when copied
    whole: frozenset[str] = frozenset()


@dataclass
class Section:
    id: str
    title: str
    notes: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chart: str | None = None  # inline SVG, HTML only


def _table(rows: list[Row], columns: list[tables.Column], title: str, empty: str) -> Table:
    headers, body = tables.cells(rows, columns)
    return Table(headers=headers, rows=body, title=title, empty=empty)


def _change(now: int, before: int) -> str:
    if now == before:
        return "="
    return f"+{now - before}" if now > before else f"−{before - now}"


FOLLOW_UPS_SHOWN = 15
UPCOMING_DAYS = 14
UPCOMING_SHOWN = 15
REVIEW_SHOWN = 20


def _follow_ups(data: ReportData, tz: str) -> Table:
    # Overdue but not yet ghosted first: those are the nudges most likely to be answered.
    rows = sorted(
        data.follow_ups, key=lambda r: (bool(r.get("is_ghosted")), -(r.get("days_waiting") or 0))
    )
    shown = rows[:FOLLOW_UPS_SHOWN]
    table = _with_links(
        _table(
            shown,
            tables.follow_ups(tz),
            "Follow-ups due",
            "No thread is waiting on the other side past your follow-up window.",
        ),
        shown,
    )
    left = rows[FOLLOW_UPS_SHOWN:]
    if left:
        ghosted = sum(1 for r in left if r.get("is_ghosted"))
        table.more = (
            f"…and {len(left)} more ({ghosted} silent past your ghosting window): "
            'sneaker sql "select * from follow_ups_due"'
        )
    return table


def _upcoming(data: ReportData, tz: str) -> Table:
    horizon = data.now + timedelta(days=UPCOMING_DAYS) if data.now else None
    soon = [r for r in data.upcoming if horizon is None or r["starts_at"] <= horizon]
    shown = soon[:UPCOMING_SHOWN]
    table = _with_links(
        _table(
            shown,
            tables.upcoming(tz),
            f"Upcoming interviews (next {UPCOMING_DAYS} days)",
            f"No interview on the calendar in the next {UPCOMING_DAYS} days.",
        ),
        shown,
    )
    later = len(data.upcoming) - len(shown)
    if later:
        table.more = f'…and {later} more later: sneaker sql "select * from upcoming_interviews"'
    return table


def _review(data: ReportData, tz: str) -> Table:
    shown = data.review[:REVIEW_SHOWN]
    table = _with_links(_table(shown, tables.review(tz), "", "Nothing to review."), shown)
    table.whole = frozenset({"To act"})
    if len(data.review) > REVIEW_SHOWN:
        table.more = (
            f'…and {len(data.review) - REVIEW_SHOWN} more: sneaker sql "select * from review_queue"'
        )
    return table


def _with_links(table: Table, rows: list[Row]) -> Table:
    """A last column linking each row to its Gmail thread."""
    if rows:
        table.headers.append("Thread")
        for cells, row in zip(table.rows, rows, strict=True):
            cells.append(row.get("thread_url") or "—")
    return table


def build_sections(data: ReportData, tz: str, *, with_charts: bool) -> list[Section]:
    actions = Section(
        "actions",
        "Do this week",
        tables=[
            _follow_ups(data, tz),
            _upcoming(data, tz),
            _table(
                data.decisions,
                tables.decisions(tz),
                "Offers and decisions this week",
                "No offer or decision this week.",
            ),
        ],
    )
    counts = Section(
        "this-week",
        f"This week ({data.week.label}, {data.week.span_text()})",
        tables=[
            Table(
                headers=["", "This week", "Last week", "Change"],
                rows=[
                    [
                        title,
                        str(data.this_week.get(key, 0)),
                        str(data.last_week.get(key, 0)),
                        _change(data.this_week.get(key, 0), data.last_week.get(key, 0)),
                    ]
                    for key, title in WEEK_MEASURES
                    if key in data.this_week
                ],
            )
        ],
    )
    if data.is_silent:
        counts.notes.append(f"No activity was recorded in week {data.week.label}.")
    note = Section("encouragement", "How the week went", notes=encouragement(data))
    latency = Section(
        "latency",
        "Response latency by channel",
        notes=[
            "Time from your first touch to the first answer from a person (automated "
            "acknowledgements do not count; a rejection does). P(answer ≤ d) is the "
            "Kaplan–Meier estimate with its 95% interval; opportunities still waiting count "
            "as censored, not dropped."
        ],
        tables=[
            _table(data.latency, tables.LATENCY, "", "No opportunities yet."),
            _channel_weeks(data),
        ],
    )
    funnel = Section(
        "funnel",
        "Funnel by channel",
        tables=[_table(data.funnel, tables.FUNNEL, "", "No opportunities yet.")],
    )
    activity = Section("activity", "Activity over the whole search", notes=_activity_notes(data))
    review = Section(
        "review",
        "Needs your eye",
        notes=[
            "Extractions the model was unsure of, and links it could not confirm. If one is "
            "wrong, the command under To act corrects it (a split takes a mail or event out "
            "of the opportunity it was put in, an attach joins an unlinked event to one); it "
            "is kept across rebuilds."
        ],
        tables=[_review(data, tz)],
    )
    if with_charts:
        latency.chart = charts.km_chart(data.km_curves)
        funnel.chart = charts.funnel_chart(data.funnel, tables.FUNNEL_STAGES)
        activity.chart = _activity_chart(data)
    return [actions, counts, note, latency, funnel, activity, review]


def _channel_weeks(data: ReportData) -> Table:
    rows = [
        [
            str(r["channel"]).replace("_", " "),
            str(r["started"]),
            str(r["started_before"]),
            str(r["replies"]),
            str(r["replies_before"]),
            _change(r["replies"], r["replies_before"]),
        ]
        for r in data.channel_weeks
        if r["started"] or r["started_before"] or r["replies"] or r["replies_before"]
    ]
    return Table(
        headers=["Channel", "New", "New last week", "Replies", "Replies last week", "Change"],
        rows=rows,
        title=f"By channel, week {data.week.label} against the week before",
        empty="No new opportunities and no replies in either week.",
    )


def _activity_notes(data: ReportData) -> list[str]:
    if not data.activity:
        return ["No activity recorded yet."]
    totals = {
        title: sum(int(r.get(key) or 0) for r in data.activity)
        for key, title in WEEK_MEASURES
        if key in data.activity[0]
    }
    first = data.activity[0]["week_start"]
    weeks = len(data.activity)
    listed = ", ".join(f"{n:,} {title}" for title, n in totals.items())
    return [f"{weeks} weeks since the week of {first:%b} {first.day}, {first.year}: {listed}."]


def _activity_chart(data: ReportData) -> str:
    shown = ["applications", "messages_sent", "networking_touchpoints", "replies", "interviews"]
    weeks: list[date] = [r["week_start"] for r in data.activity]
    series = {
        title: [float(r.get(key) or 0) for r in data.activity]
        for key, title in WEEK_MEASURES
        if key in shown and data.activity and key in data.activity[0]
    }
    return charts.activity_chart(weeks, series, data.week.monday)

"""Calendar sync: events.list per calendar with singleEvents, cursors = nextSyncToken.

The token is stored per calendar (`calendar:<id>` in `sync_state`) and only ever comes
on the last page, so it is saved in the transaction of that page. HTTP 410 clears the
token and runs a full listing, after which stored events that Google no longer lists are
marked deleted. A run killed mid-listing keeps the rows already committed (upserts) and
lists again from the stored token, or from the start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import duckdb

from flows.config import Settings
from flows.sources.calendar_api import CalendarApi, CalendarGone, SyncTokenExpired, event_record
from flows.sync_state import StreamState, load_state, save_state, transaction
from warehouse.save import save_events

log = logging.getLogger("sneaker.sync")


@dataclass(frozen=True)
class CalendarOptions:
    since: date | None = None


@dataclass
class CalendarReport:
    calendar_id: str
    full: bool = False
    reset: bool = False  # the sync token had expired (410)
    pages: int = 0
    events: int = 0
    deleted: int = 0


def stream_name(calendar_id: str) -> str:
    return f"calendar:{calendar_id}"


def sync_calendar_events(
    con: duckdb.DuckDBPyConnection,
    api: CalendarApi,
    settings: Settings,
    calendar_id: str,
    options: CalendarOptions,
) -> CalendarReport:
    """Bring one calendar up to date: incremental with its token, else a full listing."""
    state = load_state(con, settings.account, stream_name(calendar_id))
    token = state.cursor if state and state.phase == "incremental" else None
    try:
        return _follow(con, api, settings, calendar_id, token, options)
    except CalendarGone:
        log.warning("Calendar %s disappeared while syncing; skipped this time", calendar_id)
        return CalendarReport(calendar_id)
    except SyncTokenExpired:
        log.warning(
            "Calendar %s: sync token expired (HTTP 410); clearing it and resyncing in full",
            calendar_id,
        )
        with transaction(con):
            save_state(con, settings.account, StreamState(stream_name(calendar_id), None, "full"))
        report = _follow(con, api, settings, calendar_id, None, options)
        report.reset = True
        return report


def _follow(
    con: duckdb.DuckDBPyConnection,
    api: CalendarApi,
    settings: Settings,
    calendar_id: str,
    sync_token: str | None,
    options: CalendarOptions,
) -> CalendarReport:
    full = sync_token is None
    time_min = (
        datetime.combine(options.since, time(0), tzinfo=UTC) if full and options.since else None
    )
    report = CalendarReport(calendar_id, full=full)
    seen: set[str] = set()
    page_token = None
    while True:
        page = api.events_page(
            calendar_id, sync_token=sync_token, page_token=page_token, time_min=time_min
        )
        report.pages += 1
        items = page.get("items", [])
        keys = [f"{calendar_id}/{item['id']}" for item in items]
        seen.update(keys)
        live = [
            event_record(
                item, account=settings.account, calendar_id=calendar_id, timezone=settings.timezone
            )
            for item in items
            if item.get("status") != "cancelled"
        ]
        cancelled = [
            k for k, item in zip(keys, items, strict=True) if item.get("status") == "cancelled"
        ]
        page_token = page.get("nextPageToken")
        with transaction(con):
            save_events(con, live)
            report.deleted += _mark_cancelled(con, cancelled)
            if not page_token:
                if full:
                    report.deleted += _mark_vanished(con, settings, calendar_id, seen, time_min)
                cursor = page.get("nextSyncToken")
                save_state(
                    con,
                    settings.account,
                    StreamState(
                        stream_name(calendar_id), cursor, "incremental" if cursor else "full"
                    ),
                )
        report.events += len(live)
        if not page_token:
            return report


def _mark_cancelled(con: duckdb.DuckDBPyConnection, keys: list[str]) -> int:
    # Cancelled items carry little more than an id: flag the stored row, keep its content.
    if not keys:
        return 0
    row = con.execute(
        "update raw_events set is_deleted = true, status = 'cancelled'"
        " where event_key in (select unnest(?::varchar[])) and not coalesce(is_deleted, false)",
        [keys],
    ).fetchone()
    return int(row[0]) if row else 0


def _mark_vanished(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    calendar_id: str,
    seen: set[str],
    time_min: datetime | None,
) -> int:
    """After a full listing: stored events of this calendar that Google no longer has."""
    rows = con.execute(
        "select event_key from raw_events where account = ? and calendar_id = ?"
        " and source = 'calendar_api' and not coalesce(is_deleted, false)"
        " and (?::timestamptz is null or end_at >= ?::timestamptz)",
        [settings.account, calendar_id, time_min, time_min],
    ).fetchall()
    gone = [key for (key,) in rows if key not in seen]
    if gone:
        log.info("Calendar %s: %d events vanished since the last sync", calendar_id, len(gone))
    return _mark_cancelled(con, gone)


def calendar_ids(api: CalendarApi) -> list[str]:
    return [item["id"] for item in api.calendars() if item.get("id")]


def run_calendar_sync(
    con: duckdb.DuckDBPyConnection,
    api: CalendarApi,
    settings: Settings,
    options: CalendarOptions,
) -> list[CalendarReport]:
    return [
        sync_calendar_events(con, api, settings, cal_id, options) for cal_id in calendar_ids(api)
    ]

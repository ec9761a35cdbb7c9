"""Calendar sync: events.list per calendar with singleEvents, cursors = nextSyncToken.

The token is stored per calendar (`calendar:<id>` in `sync_state`) and only ever comes
on the last page, so it is saved in the transaction of that page. HTTP 410 clears the
token and runs a full listing, after which stored events that Google no longer lists are
marked deleted.

Every other page is committed with the listing's resume point in the state's `page`:
the next page token, the sync token and timeMin the listing was started with (a page
token only holds with the same parameters). A full listing also notes every key it has
listed in `sync_listed`, page by page in the same transaction (the vanished-event check at
its end needs the whole listing, and a page's state stays small however big the calendar).
A run killed mid-listing goes on from the next page; a saved page token Google refuses
restarts that listing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import duckdb

from flows.config import Settings
from flows.sources.calendar_api import CalendarApi, CalendarGone, SyncTokenExpired, event_record
from flows.sources.google_errors import classify
from flows.sync_state import (
    StreamState,
    forget_listed,
    load_state,
    remember_listed,
    save_state,
    transaction,
)
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
    resumed: bool = False  # went on from a page saved by an interrupted run
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
    """Bring one calendar up to date: incremental with its token, else a full listing;
    an interrupted listing goes on from its saved page."""
    state = load_state(con, settings.account, stream_name(calendar_id))
    if state and state.page.get("page_token"):
        listing = Listing.resume(state.page)
        # A listing saved by a version that kept the listed ids in the page itself.
        old_seen = [f"{calendar_id}/{event_id}" for event_id in state.page.get("seen") or []]
        with transaction(con):
            remember_listed(con, settings.account, stream_name(calendar_id), old_seen)
    else:
        token = state.cursor if state and state.phase == "incremental" else None
        listing = Listing.start(token, options)
    try:
        return _follow(con, api, settings, calendar_id, listing)
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
        report = _follow(con, api, settings, calendar_id, Listing.start(None, options))
        report.reset = True
        return report


@dataclass
class Listing:
    """Where an events.list listing stands: what it was started with and how far it got."""

    sync_token: str | None
    time_min: datetime | None
    page_token: str | None = None

    @classmethod
    def start(cls, sync_token: str | None, options: CalendarOptions) -> Listing:
        since = options.since if sync_token is None else None
        return cls(sync_token, datetime.combine(since, time(0), tzinfo=UTC) if since else None)

    @classmethod
    def resume(cls, page: dict[str, Any]) -> Listing:
        time_min = page.get("time_min")
        return cls(
            page.get("sync_token"),
            datetime.fromisoformat(time_min) if time_min else None,
            page.get("page_token"),
        )

    @property
    def full(self) -> bool:
        return self.sync_token is None

    def restarted(self) -> Listing:
        return Listing(self.sync_token, self.time_min)

    def saved(self) -> dict[str, Any]:
        """The resume point stored in `sync_state.page_token` (JSON)."""
        return {
            "page_token": self.page_token,
            "sync_token": self.sync_token,
            "time_min": self.time_min.isoformat() if self.time_min else None,
        }


def _first_page(
    con: duckdb.DuckDBPyConnection,
    api: CalendarApi,
    settings: Settings,
    calendar_id: str,
    listing: Listing,
    report: CalendarReport,
) -> tuple[Listing, dict[str, Any]]:
    """The listing's next page; a saved page token Google refuses restarts the listing."""
    try:
        return listing, _events_page(api, calendar_id, listing)
    except (SyncTokenExpired, CalendarGone):
        raise
    except Exception as exc:
        if not (report.resumed and classify(exc).action == "bad_request"):
            raise
    log.info("Calendar %s: the saved page token was refused; listing again", calendar_id)
    listing = listing.restarted()
    with transaction(con):
        forget_listed(con, settings.account, stream_name(calendar_id))
        save_state(con, settings.account, _state(calendar_id, listing))
    report.resumed = False
    return listing, _events_page(api, calendar_id, listing)


def _events_page(api: CalendarApi, calendar_id: str, listing: Listing) -> dict[str, Any]:
    return api.events_page(
        calendar_id,
        sync_token=listing.sync_token,
        page_token=listing.page_token,
        time_min=listing.time_min,
    )


def _state(calendar_id: str, listing: Listing) -> StreamState:
    """The stream's state in the middle of `listing` (its cursor: the token it started from)."""
    page = listing.saved() if listing.page_token else {}
    phase = "full" if listing.full else "incremental"
    return StreamState(stream_name(calendar_id), listing.sync_token, phase, page)


def _follow(
    con: duckdb.DuckDBPyConnection,
    api: CalendarApi,
    settings: Settings,
    calendar_id: str,
    listing: Listing,
) -> CalendarReport:
    report = CalendarReport(calendar_id, full=listing.full, resumed=listing.page_token is not None)
    if report.resumed:
        log.info("Calendar %s: going on with the listing an earlier run left", calendar_id)
    stream = stream_name(calendar_id)
    if listing.full and not report.resumed:
        with transaction(con):
            forget_listed(con, settings.account, stream)  # left by a listing never finished
    listing, page = _first_page(con, api, settings, calendar_id, listing, report)
    while True:
        report.pages += 1
        items = page.get("items", [])
        keys = [f"{calendar_id}/{item['id']}" for item in items]
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
        listing.page_token = page.get("nextPageToken")
        with transaction(con):
            save_events(con, live)
            report.deleted += _mark_cancelled(con, cancelled)
            if listing.full:
                remember_listed(con, settings.account, stream, keys)
            if listing.page_token:
                save_state(con, settings.account, _state(calendar_id, listing))
            else:
                if listing.full:
                    report.deleted += _mark_vanished(con, settings, calendar_id, listing.time_min)
                    forget_listed(con, settings.account, stream)
                cursor = page.get("nextSyncToken")
                save_state(
                    con,
                    settings.account,
                    StreamState(
                        stream_name(calendar_id), cursor, "incremental" if cursor else "full"
                    ),
                )
        report.events += len(live)
        if not listing.page_token:
            return report
        page = _events_page(api, calendar_id, listing)


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
    time_min: datetime | None,
) -> int:
    """After a full listing: stored events of this calendar that Google no longer has."""
    rows = con.execute(
        "select event_key from raw_events e where account = ? and calendar_id = ?"
        " and source = 'calendar_api' and not coalesce(is_deleted, false)"
        " and (?::timestamptz is null or end_at >= ?::timestamptz)"
        " and not exists (select 1 from sync_listed l where l.account = e.account"
        " and l.stream = ? and l.item_key = e.event_key)",
        [settings.account, calendar_id, time_min, time_min, stream_name(calendar_id)],
    ).fetchall()
    gone = [key for (key,) in rows]
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

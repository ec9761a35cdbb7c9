"""Gmail sync as resumable steps: full (paged), then incremental (history.list).

Each step does one list page or one history page and commits its rows together with
the cursor that covers them, so a run killed at any point resumes from the last
committed batch: no gap, no duplicate (rows are upserts on the Gmail id).

State of the `gmail` stream in `sync_state`:
- phase `full`: cursor = the historyId read before listing began; page = the list page
  token, the last id fetched on that page, the query, and for a resync its window;
- phase `incremental`: cursor = the last historyId applied; page = a history page token
  while a multi-page history is being followed.

User labels are stored by name, as Takeout spells them ("Job Search", not "Label_7"):
the names come from one labels.list call per sync, made only when some message needs
them (an idle sync makes none).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb

from flows import progress
from flows.config import Settings
from flows.sources.gmail import (
    BATCH_LIMIT,
    GmailApi,
    HistoryChanges,
    HistoryExpired,
    chunks,
    gmail_labels,
    message_record,
)
from flows.sources.google_errors import SyncFatal, classify
from flows.sources.records import Quarantined, RawMessage
from flows.sync_state import (
    StreamState,
    last_updated,
    load_state,
    mark_deleted,
    save_state,
    transaction,
)
from warehouse.save import save_messages, save_quarantine

log = logging.getLogger("sneaker.sync")

STREAM = "gmail"
RESYNC_OVERLAP_DAYS = 30
MAX_RESYNCS_PER_RUN = 2


@dataclass(frozen=True)
class GmailOptions:
    query: str | None = None
    since: date | None = None
    page_size: int = 500
    resync_overlap_days: int = RESYNC_OVERLAP_DAYS


@dataclass
class StepReport:
    more: bool
    phase: str
    fetched: int = 0
    deleted: int = 0
    relabeled: int = 0
    quarantined: int = 0
    resync_since: str | None = None


@dataclass
class GmailSummary:
    steps: int = 0
    fetched: int = 0
    deleted: int = 0
    relabeled: int = 0
    quarantined: int = 0
    resyncs: list[str] = field(default_factory=list)

    def add(self, step: StepReport) -> None:
        self.steps += 1
        self.fetched += step.fetched
        self.deleted += step.deleted
        self.relabeled += step.relabeled
        self.quarantined += step.quarantined
        if step.resync_since:
            self.resyncs.append(step.resync_since)


def list_query(query: str | None, since: date | None) -> str | None:
    """The Gmail search for a full sync: the user's query within the window."""
    terms = [query.strip()] if query and query.strip() else []
    if since:
        terms.append(f"after:{since:%Y/%m/%d}")
    return " ".join(terms) or None


def gmail_step(
    con: duckdb.DuckDBPyConnection, api: GmailApi, settings: Settings, options: GmailOptions
) -> StepReport:
    """Do the next unit of work for the `gmail` stream and commit it."""
    state = load_state(con, settings.account, STREAM)
    if state is None or state.phase is None:
        return _start_full(con, api, settings, list_query(options.query, options.since))
    if state.phase == "full":
        return _full_page(con, api, settings, state, options)
    return _history_page(con, api, settings, state, options)


def _start_full(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    query: str | None,
    resync_since: date | None = None,
) -> StepReport:
    # Read the historyId first: whatever changes while we list is replayed from it.
    history_id = api.current_history_id()
    page: dict[str, Any] = {"token": None, "done_through": None, "q": query}
    if resync_since:
        page["resync_since"] = resync_since.isoformat()
    state = StreamState(STREAM, str(history_id), "full", page)
    with transaction(con):
        save_state(con, settings.account, state)
    return StepReport(
        more=True,
        phase="full",
        resync_since=resync_since.isoformat() if resync_since else None,
    )


def _fetch_and_save(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    ids: list[str],
    state: StreamState,
    report: StepReport,
    update: dict[str, Any],
) -> None:
    found, gone = api.get_raw(ids)
    rows, bad = _records(ids, found, settings, api.label_names_for(_label_ids(found.values())))
    with transaction(con):
        save_messages(con, rows)
        save_quarantine(con, bad)
        mark_deleted(con, "raw_messages", "message_key", sorted(gone))
        state.page.update(update)
        save_state(con, settings.account, state)
    report.fetched += len(rows)
    report.quarantined += len(bad)
    report.deleted += len(gone)


def _full_page(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    state: StreamState,
    options: GmailOptions,
) -> StepReport:
    page = state.page
    try:
        ids, next_token = api.list_ids(
            query=page.get("q"), page_token=page.get("token"), page_size=options.page_size
        )
    except Exception as exc:
        if not (page.get("token") and classify(exc).action == "bad_request"):
            raise
        # A resume point days old may be refused: list again from the top (upserts make
        # the repeat harmless; changes since the start are replayed from the cursor).
        log.info("Gmail refused the saved list page token; listing again from the first page")
        with transaction(con):
            state.page = {**page, "token": None, "done_through": None}
            save_state(con, settings.account, state)
        return StepReport(more=True, phase="full")
    done = page.get("done_through")
    # Resume after the last committed id; if it vanished meanwhile, redo the page.
    todo = ids[ids.index(done) + 1 :] if done in ids else ids
    report = StepReport(more=True, phase="full")
    for chunk in chunks(todo, BATCH_LIMIT):
        _fetch_and_save(con, api, settings, list(chunk), state, report, {"done_through": chunk[-1]})
    if next_token:
        with transaction(con):
            state.page = {**page, "token": next_token, "done_through": None}
            save_state(con, settings.account, state)
        return report
    resync_since = page.get("resync_since")
    vanished = _vanished(con, api, settings, page.get("q"), resync_since) if resync_since else []
    with transaction(con):
        report.deleted += mark_deleted(con, "raw_messages", "message_key", vanished)
        save_state(con, settings.account, StreamState(STREAM, state.cursor, "incremental", {}))
    log.info("Gmail full sync complete; incremental from historyId %s", state.cursor)
    return report


def _vanished(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    query: str | None,
    since: str,
) -> list[str]:
    """Stored messages inside the resync window that Gmail no longer lists."""
    listed: set[str] = set()
    token = None
    while True:
        ids, token = api.list_ids(query=query, page_token=token)
        listed.update(ids)
        if not token:
            break
    # A day of margin: Gmail's after: uses the internal date, we only know the Date header.
    floor = datetime.fromisoformat(since).replace(tzinfo=UTC) + timedelta(days=1)
    stored = con.execute(
        "select message_key from raw_messages where account = ? and source = 'gmail_api'"
        " and not coalesce(is_deleted, false) and sent_at >= ?",
        [settings.account, floor],
    ).fetchall()
    return sorted(key for (key,) in stored if key not in listed)


def _history_page(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    state: StreamState,
    options: GmailOptions,
) -> StepReport:
    start = int(state.cursor or 0)
    token = state.page.get("history_token")
    try:
        response = api.history_page(start, token)
    except HistoryExpired:
        return _resync(con, api, settings, options)
    except Exception as exc:
        if token and classify(exc).action == "bad_request":
            log.info("Gmail history page token refused; continuing from historyId %s", start)
            with transaction(con):
                save_state(con, settings.account, StreamState(STREAM, state.cursor, state.phase))
            return StepReport(more=True, phase="incremental")
        raise
    changes = HistoryChanges.from_records(response.get("history", []))
    next_token = response.get("nextPageToken")
    report = StepReport(more=bool(next_token), phase="incremental")
    fetch = changes.to_fetch
    found, gone = api.get_raw(fetch) if fetch else ({}, set())
    names = api.label_names_for([*_label_ids(found.values()), *changes.label_ids()])
    rows, bad = _records(fetch, found, settings, names)
    fetched = set(found)
    if next_token:
        cursor = str(changes.last_record_id or start)
        page = {"history_token": next_token}
    else:
        cursor, page = str(response.get("historyId") or changes.last_record_id or start), {}
    with transaction(con):
        save_messages(con, rows)
        save_quarantine(con, bad)
        report.deleted = mark_deleted(
            con, "raw_messages", "message_key", sorted(changes.deleted | gone)
        )
        report.relabeled = _apply_labels(con, changes, skip=fetched | changes.deleted, names=names)
        save_state(con, settings.account, StreamState(STREAM, cursor, "incremental", page))
    report.fetched, report.quarantined = len(rows), len(bad)
    return report


def _records(
    ids: list[str],
    found: Mapping[str, dict[str, Any]],
    settings: Settings,
    names: Mapping[str, str],
) -> tuple[list[RawMessage], list[Quarantined]]:
    """Records of the fetched messages in `ids` order: the readable ones and the quarantined."""
    rows: list[RawMessage] = []
    bad: list[Quarantined] = []
    for mid in ids:
        if mid in found:
            record = message_record(
                found[mid],
                account=settings.account,
                my_addresses=settings.my_addresses,
                label_names=names,
            )
            (bad if isinstance(record, Quarantined) else rows).append(record)
    return rows, bad


def _label_ids(messages: Iterable[dict[str, Any]]) -> list[str]:
    return [label for message in messages for label in message.get("labelIds") or []]


def _apply_labels(
    con: duckdb.DuckDBPyConnection,
    changes: HistoryChanges,
    skip: set[str],
    names: Mapping[str, str] | None = None,
) -> int:
    """Label changes of messages not re-fetched in this page (a fetch is already current);
    `names` names user labels (labels.list)."""
    updates: dict[str, list[str]] = {
        mid: gmail_labels(ids, names) for mid, ids in changes.labels.items() if mid not in skip
    }
    pending = [mid for mid in changes.label_deltas if mid not in skip and mid not in updates]
    if pending:
        stored = con.execute(
            "select message_key, labels from raw_messages"
            " where message_key in (select unnest(?::varchar[]))",
            [pending],
        ).fetchall()
        for mid, labels in stored:
            current = list(labels or [])
            for op, ids in changes.label_deltas[mid]:
                named = gmail_labels(ids, names)
                if op == "add":
                    current += [n for n in named if n not in current]
                else:
                    current = [n for n in current if n not in named]
            updates[mid] = current
    for mid, labels in updates.items():
        con.execute("update raw_messages set labels = ? where message_key = ?", [labels, mid])
    return len(updates)


def _resync(
    con: duckdb.DuckDBPyConnection, api: GmailApi, settings: Settings, options: GmailOptions
) -> StepReport:
    """History expired (404): a full sync bounded to the time since the last good sync."""
    updated = last_updated(con, settings.account, STREAM)
    newest = con.execute(
        "select max(sent_at) from raw_messages where account = ? and source = 'gmail_api'",
        [settings.account],
    ).fetchone()
    anchors = [v for v in (updated, newest[0] if newest else None) if v is not None]
    anchor = min(anchors) if anchors else datetime.now(UTC)
    since = anchor.date() - timedelta(days=options.resync_overlap_days)
    if options.since and options.since > since:
        since = options.since
    log.warning(
        "Gmail history expired (HTTP 404 on the stored historyId): bounded full resync of "
        "messages since %s",
        since.isoformat(),
    )
    return _start_full(con, api, settings, list_query(options.query, since), resync_since=since)


def name_stored_label_ids(con: duckdb.DuckDBPyConnection, api: GmailApi, settings: Settings) -> int:
    """Rows stored while user labels were kept as ids (Label_7) get their names; the names
    cost one labels.list call, made only when such rows exist. Returns rows renamed."""
    (waiting,) = con.execute(
        "select count(*) from raw_messages where account = ? and source = 'gmail_api'"
        " and len(list_filter(labels, lambda l: regexp_full_match(l, 'Label_[0-9]+'))) > 0",
        [settings.account],
    ).fetchone() or (0,)
    if not waiting:
        return 0
    names = api.label_names()
    if not names:
        return 0
    with transaction(con):
        row = con.execute(
            "update raw_messages set labels = list_transform("
            "    labels,"
            "    lambda l: coalesce(map_extract_value(map(?::varchar[], ?::varchar[]), l), l)"
            ") where account = ? and source = 'gmail_api' and list_has_any(labels, ?::varchar[])",
            [list(names), list(names.values()), settings.account, list(names)],
        ).fetchone()
    renamed = int(row[0]) if row else 0
    if renamed:
        log.info("Gmail: %d stored messages had label ids instead of names; named them", renamed)
    return renamed


def run_gmail_sync(
    con: duckdb.DuckDBPyConnection,
    api: GmailApi,
    settings: Settings,
    options: GmailOptions,
    *,
    step: Any = gmail_step,
    max_steps: int = 1_000_000,
) -> GmailSummary:
    """Steps until caught up. `step` is swappable so a Prefect task can wrap it."""
    summary = GmailSummary()
    state = load_state(con, settings.account, STREAM)
    if state and state.phase == "incremental" and (options.query or options.since):
        log.info(
            "--since/--query shape the first (full) sync only; account '%s' already syncs "
            "incrementally, so every new message is fetched",
            settings.account,
        )
    name_stored_label_ids(con, api, settings)
    for _ in range(max_steps):
        report = step(con, api, settings, options)
        summary.add(report)
        progress.advance("sync", report.fetched)  # a first sync runs for hours: show it
        if len(summary.resyncs) > MAX_RESYNCS_PER_RUN:
            raise SyncFatal(
                "Gmail history keeps expiring right after a resync; try again later, and "
                "report it if it persists."
            )
        if not report.more:
            break
    return summary

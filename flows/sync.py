"""Prefect flows `sync_gmail`, `sync_calendar` and `sync` (both, then the build), and
`sneaker sync`.

The flows only order steps: each Gmail task is one list page (or one history page) of
up to `batch_size` messages, fetched in HTTP batches of 50 and committed with its cursor;
each Calendar task is one calendar. Task retries come on top of the per-call retries of
`flows.sources.google_errors`, and never retry a `SyncFatal` (a revoked sign-in stays
revoked). The `sync` flow (what `sneaker sync` and an hourly deployment run) follows the
two with extraction and the warehouse build.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NONE  # noqa: E402

from flows.calendar_sync import CalendarOptions, calendar_ids, sync_calendar_events  # noqa: E402
from flows.config import Settings, load_settings, resolve_home  # noqa: E402
from flows.gmail_sync import GmailOptions, gmail_step, run_gmail_sync  # noqa: E402
from flows.progress_display import print_path, progress_display  # noqa: E402
from flows.sources.gmail import LIST_PAGE_SIZE  # noqa: E402
from flows.sources.google_errors import SyncFatal  # noqa: E402
from flows.sync_apis import open_apis, parse_since  # noqa: E402
from warehouse.db import open_db  # noqa: E402


def _retry_unless_fatal(task: Any, task_run: Any, state: Any) -> bool:
    try:
        state.result()
    except SyncFatal:
        return False
    except Exception:  # noqa: BLE001 - anything else may pass on a second try
        return True
    return True


gmail_batch = task(
    gmail_step,
    name="gmail-sync-batch",
    cache_policy=NONE,
    retries=2,
    retry_delay_seconds=[5, 30],
    retry_condition_fn=_retry_unless_fatal,
)
calendar_batch = task(
    sync_calendar_events,
    name="calendar-sync",
    cache_policy=NONE,
    retries=2,
    retry_delay_seconds=[5, 30],
    retry_condition_fn=_retry_unless_fatal,
)


def _settings(home: str, account: str) -> Settings:
    return load_settings(Path(home), account).ensure_dirs()


@flow(name="sync_gmail", log_prints=False)
def sync_gmail(
    home: str,
    account: str = "default",
    since: str | None = None,
    query: str | None = None,
    api_endpoint: str | None = None,
) -> dict[str, Any]:
    """Bring raw_messages up to date with Gmail (full sync first, then history)."""
    settings = _settings(home, account)
    apis = open_apis(settings, api_endpoint=api_endpoint)
    # Gmail lists at most 500 ids a page, whatever our own batch size.
    page_size = min(settings.batch_size, LIST_PAGE_SIZE)
    options = GmailOptions(query=query, since=parse_since(since), page_size=page_size)
    with open_db(settings.db_path) as con:
        summary = run_gmail_sync(con, apis.gmail, settings, options, step=gmail_batch)
    return {
        **summary.__dict__,
        "calls": dict(apis.gmail.pacer.calls),
        "units": apis.gmail.pacer.total_units,
    }


@flow(name="sync_calendar", log_prints=False)
def sync_calendar(
    home: str,
    account: str = "default",
    since: str | None = None,
    api_endpoint: str | None = None,
) -> dict[str, Any]:
    """Bring raw_events up to date with every calendar in the user's list."""
    settings = _settings(home, account)
    apis = open_apis(settings, api_endpoint=api_endpoint)
    options = CalendarOptions(since=parse_since(since))
    with open_db(settings.db_path) as con:
        reports = [
            calendar_batch(con, apis.calendar, settings, cal_id, options)
            for cal_id in calendar_ids(apis.calendar)
        ]
    return {"calendars": [r.__dict__ for r in reports], "calls": dict(apis.calendar.pacer.calls)}


@flow(name="sync", log_prints=False)
def sync_flow(
    home: str | None = None,
    account: str = "default",
    since: str | None = None,
    query: str | None = None,
    api_endpoint: str | None = None,
    rebuild: bool = True,
) -> dict[str, Any]:
    """Gmail, then Calendar, then (by default) extraction and the warehouse build.

    What `sneaker sync` and the hourly deployment run. A deployment may leave `home`
    unset: it is then resolved like the CLI does (`SNEAKER_HOME`, else the platform's).
    """
    from flows.pipeline import extract_and_build

    home = str(resolve_home(home, os.environ))
    gmail = sync_gmail(home, account, since, query, api_endpoint)
    calendar = sync_calendar(home, account, since, api_endpoint)
    built = extract_and_build(_settings(home, account)) if rebuild else None
    return {"gmail": gmail, "calendar": calendar, "build": built}


class _QuietFatal(logging.Filter):
    """Drop Prefect's traceback of a SyncFatal: the user gets our one line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], SyncFatal):
            return False
        message = record.getMessage()
        return not any(name in message for name in _fatal_names())


def _fatal_names() -> set[str]:
    names, todo = set(), [SyncFatal]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


PREFECT_RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


class _ConsoleLog(logging.Handler):
    """Sync warnings (history expired, retries) on the user's console, one line each."""

    def __init__(self, console: Any) -> None:
        super().__init__(logging.INFO)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        style = "yellow" if record.levelno >= logging.WARNING else "dim"
        self.console.print(
            f"[{style}]{record.getMessage()}[/{style}]", highlight=False, soft_wrap=True
        )


def sync_command(
    settings: Settings,
    *,
    since: str | None,
    query: str | None,
    console: Any,
    api_endpoint: str | None = None,
) -> dict[str, Any]:
    """`sneaker sync`: Gmail, Calendar, then extraction and the warehouse build."""
    logger = logging.getLogger("sneaker.sync")
    handler = _ConsoleLog(console)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    quiet = _QuietFatal()
    for name in PREFECT_RUN_LOGGERS:
        logging.getLogger(name).addFilter(quiet)
    try:
        parse_since(since)
        where = f" from {api_endpoint}" if api_endpoint else ""
        console.print(f"Syncing Gmail and Calendar for account '{settings.account}'{where}…")
        with progress_display(console):
            result = sync_flow(str(settings.home), settings.account, since, query, api_endpoint)
    except SyncFatal as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise SystemExit(1) from None
    finally:
        logger.removeHandler(handler)
        for name in PREFECT_RUN_LOGGERS:
            logging.getLogger(name).removeFilter(quiet)
    gmail, calendar, built = result["gmail"], result["calendar"], result["build"]
    events = sum(c["events"] for c in calendar["calendars"])
    console.print(
        f"Gmail: {gmail['fetched']} messages fetched, {gmail['deleted']} deleted, "
        f"{gmail['relabeled']} relabeled, {gmail['quarantined']} quarantined "
        f"({gmail['units']} quota units). Calendar: {events} events from "
        f"{len(calendar['calendars'])} calendar{'' if len(calendar['calendars']) == 1 else 's'}.",
        soft_wrap=True,
    )
    if isinstance(built, dict) and built.get("report"):
        print_path(console, "Database:", settings.db_path)
        print_path(console, "Report:", built["report"])
    return result

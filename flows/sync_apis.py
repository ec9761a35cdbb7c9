"""Wiring for a sync run without Prefect: credentials, paced clients, and the plain loop.

`flows.sync` wraps the same steps in Prefect tasks; tests, the benchmark and the
kill-and-resume check use `run_sync` directly.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from flows.calendar_sync import CalendarOptions, run_calendar_sync
from flows.config import Settings
from flows.gmail_sync import GmailOptions, run_gmail_sync
from flows.sources.calendar_api import CalendarApi
from flows.sources.gmail import GmailApi
from flows.sources.google_client import build_service, is_loopback
from flows.sources.google_errors import RetryPolicy, SyncFatal
from flows.sources.google_quota import CALENDAR_QUOTA, GMAIL_QUOTA_TABLES, QuotaPacer
from warehouse.db import open_db


@dataclass
class Apis:
    gmail: GmailApi
    calendar: CalendarApi

    def usage(self) -> dict[str, Any]:
        return {
            "gmail_calls": dict(self.gmail.pacer.calls),
            "gmail_units": self.gmail.pacer.total_units,
            "calendar_calls": dict(self.calendar.pacer.calls),
            "paced_seconds": round(self.gmail.pacer.slept + self.calendar.pacer.slept, 1),
        }


def parse_since(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise SyncFatal(f"--since must be a date like 2026-03-01, not {value!r}.") from exc


def open_apis(
    settings: Settings,
    *,
    api_endpoint: str | None = None,
    policy: RetryPolicy | None = None,
    credentials: Any = None,
) -> Apis:
    """Gmail and Calendar clients with the account's credentials and quota pacing.

    A custom `api_endpoint` must be a loopback address (the fake server): the user's
    Google token is never sent anywhere but Google.
    """
    if api_endpoint:
        parts = urllib.parse.urlsplit(api_endpoint)
        if parts.scheme not in ("http", "https") or not is_loopback(api_endpoint):
            raise SyncFatal(
                f"--api-endpoint {api_endpoint!r} is not a loopback URL such as "
                "http://127.0.0.1:8765/; it exists only for the local fake Google server."
            )
    if credentials is None:
        if api_endpoint:
            from google.oauth2.credentials import Credentials

            credentials = Credentials(token="loopback-test-token")
        else:
            from flows.sources.google_auth import load_credentials

            credentials = load_credentials(settings)
    table = GMAIL_QUOTA_TABLES.get(settings.gmail_quota_table)
    if table is None:
        raise SyncFatal(
            f"gmail_quota_table must be one of {sorted(GMAIL_QUOTA_TABLES)}, "
            f"not {settings.gmail_quota_table!r}."
        )
    policy = policy or RetryPolicy()
    per_minute = settings.gmail_units_per_minute or None
    return Apis(
        gmail=GmailApi(
            build_service("gmail", "v1", credentials, api_endpoint=api_endpoint),
            QuotaPacer(table, per_minute),
            policy,
        ),
        calendar=CalendarApi(
            build_service("calendar", "v3", credentials, api_endpoint=api_endpoint),
            QuotaPacer(CALENDAR_QUOTA),
            policy,
        ),
    )


def run_sync(
    settings: Settings,
    apis: Apis,
    *,
    since: date | None = None,
    query: str | None = None,
) -> dict[str, Any]:
    """Gmail then Calendar, to completion, without Prefect."""
    settings.ensure_dirs()
    with open_db(settings.db_path) as con:
        options = GmailOptions(query=query, since=since, page_size=settings.batch_size)
        gmail = run_gmail_sync(con, apis.gmail, settings, options)
        calendars = run_calendar_sync(con, apis.calendar, settings, CalendarOptions(since=since))
    return {
        "gmail": asdict(gmail),
        "calendar": [asdict(r) for r in calendars],
        **apis.usage(),
    }

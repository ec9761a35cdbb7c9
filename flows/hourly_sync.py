"""The hourly sync as one deployable flow: Gmail, Calendar, then extract, build, report.

It only orders the sync engineer's `sync_gmail` and `sync_calendar` flows and the
pipeline's `process` flow as subflows, so a scheduled run shows all three in the Prefect
UI under one parent, and each keeps its own retries.
"""

from __future__ import annotations

import os
from typing import Any

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow  # noqa: E402

from flows.config import load_settings, resolve_home  # noqa: E402


@flow(name="sync", log_prints=False)
def hourly_sync_flow(
    account: str = "default",
    home: str | None = None,
    since: str | None = None,
    query: str | None = None,
    api_endpoint: str | None = None,
    rebuild: bool = True,
) -> dict[str, Any]:
    """Sync one account's mail and calendar; then (by default) extract and rebuild."""
    from flows.pipeline import process_flow
    from flows.sync import sync_calendar, sync_gmail

    settings = load_settings(resolve_home(home, os.environ), account).ensure_dirs()
    where = str(settings.home)
    gmail = sync_gmail(where, account, since, query, api_endpoint)
    calendar = sync_calendar(where, account, since, api_endpoint)
    built = process_flow(where, account) if rebuild else None
    return {"gmail": gmail, "calendar": calendar, "build": built}

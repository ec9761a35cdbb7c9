"""The Monday report as a Prefect flow: render last week's summary and (optionally) send it.

Deployed by `prefect.yaml` / `sneaker schedule` on a cron in the user's time zone; a
worker runs it with plain parameters (account, home), like every other flow.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NONE  # noqa: E402

from flows.config import Settings, load_settings, resolve_home  # noqa: E402
from warehouse.db import open_db  # noqa: E402
from warehouse.report import render_report  # noqa: E402
from warehouse.report.weeks import last_complete_week  # noqa: E402

REPORT_FORMATS = ("html", "md")


# A sync may hold the database's write lock for a few minutes; the report waits it out.
@task(name="render-report", cache_policy=NONE, retries=4, retry_delay_seconds=120)
def write_weekly_report(settings: Settings, week: str) -> list[Path]:
    """Render `week` as HTML and Markdown into the account's reports folder."""
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    written = []
    # Read-only: a sync holding the write lock does not block the report.
    with open_db(settings.db_path, read_only=True) as con:
        for fmt in REPORT_FORMATS:
            path = settings.reports_dir / f"weekly-summary-{week}.{fmt}"
            path.write_text(render_report(con, settings, week=week, fmt=fmt), encoding="utf-8")
            written.append(path)
    return written


@task(name="deliver-report", cache_policy=NONE, retries=2, retry_delay_seconds=60)
def deliver_weekly_report(settings: Settings, week: str, paths: list[Path]) -> list[str]:
    from flows.delivery import deliver, load_delivery

    config = load_delivery(settings, os.environ)
    return deliver(config, week=week, paths=paths) if config.enabled else []


@flow(name="weekly-report", log_prints=False)
def weekly_report_flow(
    account: str = "default", home: str | None = None, week: str | None = None
) -> dict[str, object]:
    """Write last week's summary for one account (default: the ISO week just ended)."""
    settings = load_settings(resolve_home(home, os.environ), account)
    chosen = week or last_complete_week(datetime.now().astimezone(), settings.timezone).label
    paths = write_weekly_report(settings, chosen)
    delivered = deliver_weekly_report(settings, chosen, paths)
    get_run_logger().info("Weekly report %s for account %s: %s", chosen, account, paths[0])
    return {"week": chosen, "paths": [str(p) for p in paths], "delivered": delivered}

"""The Prefect pipeline: import → extract → build → report, in batch-sized tasks.

Flows only order the steps of `flows.steps`; each task handles one batch (hundreds of
messages), never one message. Flows take plain parameters (home, account, paths) so that
a deployment can run them as well as the CLI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flows.prefect_env import apply_prefect_defaults

apply_prefect_defaults(os.environ)

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NONE  # noqa: E402
from rich.console import Console  # noqa: E402

from flows import steps  # noqa: E402
from flows.config import Settings, load_settings  # noqa: E402

# Batches are big and already idempotent: hashing them for Prefect's cache would cost
# more than the work, so caching is off everywhere.
load_batch = task(steps.load_batch, name="load-batch", cache_policy=NONE, retries=2)
extract_message_batch = task(
    steps.extract_message_batch, name="extract-messages", cache_policy=NONE, retries=1
)
extract_event_batch = task(
    steps.extract_event_batch, name="extract-events", cache_policy=NONE, retries=1
)
build_warehouse = task(steps.build, name="build-warehouse", cache_policy=NONE)
write_report = task(steps.write_report, name="write-report", cache_policy=NONE)


TASKS = {
    "load_batch": load_batch,
    "extract_message_batch": extract_message_batch,
    "extract_event_batch": extract_event_batch,
    "build": build_warehouse,
    "write_report": write_report,
}


def _settings(home: str, account: str) -> Settings:
    return load_settings(Path(home), account).ensure_dirs()


@flow(name="process", log_prints=False)
def process_flow(home: str, account: str = "default") -> dict[str, Any]:
    """Extract facts from new mail and events, rebuild the warehouse and the report."""
    return steps.process(_settings(home, account), TASKS)


@flow(name="pipeline", log_prints=False)
def pipeline_flow(
    home: str, account: str = "default", paths: list[str] | None = None
) -> dict[str, Any]:
    """Import Takeout files (if any), then extract, build and report."""
    settings = _settings(home, account)
    imported = steps.import_paths(settings, [Path(p) for p in paths or []], TASKS)
    return {"imported": imported, **steps.process(settings, TASKS)}


def run_pipeline_cli(settings: Settings, *, paths: list[Path], console: Console) -> dict[str, Any]:
    """`sneaker import`: the pipeline flow with a progress display."""
    from flows.progress_display import print_path, progress_display

    console.print("Starting Prefect (a temporary local server unless PREFECT_API_URL is set)…")
    with progress_display(console):
        result = pipeline_flow(
            str(settings.home), settings.account, [str(p.resolve()) for p in paths]
        )
    imported = result["imported"]
    console.print(
        f"Imported {imported['messages']} messages and {imported['events']} calendar events"
        " (each occurrence of a recurring one counts),"
        f" {imported['quarantined']} quarantined (see the `quarantine` table)."
    )
    print_path(console, "Database:", settings.db_path)
    print_path(console, "Report:", result["report"])
    return result


def extract_and_build(settings: Settings) -> dict[str, Any]:
    """After a sync: extraction, warehouse and report as the `process` flow."""
    return process_flow(str(settings.home), settings.account)

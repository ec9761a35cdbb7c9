"""`sneaker schedule`: the hourly sync and the Monday report on a local Prefect server.

The same two deployments as `prefect.yaml` (names, schedules, work pool), created from
Python for a user who does not want to learn Prefect. Entrypoints are module paths, so a
worker runs them from the installed package, from any folder.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from flows.config import DEFAULT_ACCOUNT, Settings
from flows.prefect_env import apply_prefect_defaults

WORK_POOL = "sneaker"
START_SERVER_HELP = (
    "Start one in another terminal with `prefect server start`, then point this shell at it:\n"
    "  prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api\n"
    "and run a worker: `prefect worker start --pool sneaker`. See docs/scheduling.md."
)


@dataclass(frozen=True)
class Plan:
    """One scheduled deployment, as written in prefect.yaml."""

    name: str
    entrypoint: str  # file path, as prefect.yaml has it
    module: str  # the same flow as an importable module path
    cron: str
    description: str

    def deployment_name(self, account: str) -> str:
        return self.name if account == DEFAULT_ACCOUNT else f"{self.name}-{account}"


PLANS = [
    Plan(
        "hourly-sync",
        "flows/sync.py:sync_flow",
        "flows.sync:sync_flow",
        "30 * * * *",  # half past: never in the way of the Monday 08:00 report
        "Fetch new Gmail messages and Calendar events, extract, rebuild.",
    ),
    Plan(
        "monday-report",
        "flows/report_flow.py:weekly_report_flow",
        "flows.report_flow:weekly_report_flow",
        "0 8 * * 1",
        "Write last week's summary every Monday at 08:00.",
    ),
]


class NoPrefectServer(RuntimeError):
    """No reachable Prefect API to schedule on."""


def _load_flow(module_path: str) -> Any | None:
    """The flow object, or None when this installation lacks the module."""
    module_name, _, attribute = module_path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return None
    return getattr(module, attribute)


def _api_url() -> str:
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise NoPrefectServer(
            "No Prefect server is configured (PREFECT_API_URL is not set), and schedules "
            "need a server that keeps running.\n" + START_SERVER_HELP
        )
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise NoPrefectServer(f"The Prefect server at {url} does not answer.\n{START_SERVER_HELP}")
    return url


def ensure_work_pool(name: str = WORK_POOL) -> bool:
    """Create the process work pool if it is missing; True when it was created."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name=name, type="process"))
        except ObjectAlreadyExists:
            return False
    return True


def deploy(settings: Settings, plans: list[Plan] = PLANS) -> tuple[list[str], list[str]]:
    """Create or update each deployment for this account.

    Returns the full names deployed and the entrypoints this installation lacks.
    """
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    names, missing = [], []
    for plan in plans:
        flow = _load_flow(plan.module)
        if flow is None:
            missing.append(plan.module)
            continue
        deployment = flow.to_deployment(
            name=plan.deployment_name(settings.account),
            description=plan.description,
            schedules=[Cron(plan.cron, timezone=settings.timezone)],
            parameters={"account": settings.account, "home": str(settings.home)},
            entrypoint_type=EntrypointType.MODULE_PATH,
            work_pool_name=WORK_POOL,
            tags=["job-sneaker", f"account:{settings.account}"],
            concurrency_limit=1,  # one DuckDB writer per account
        )
        deployment.apply(work_pool_name=WORK_POOL)
        names.append(f"{flow.name}/{deployment.name}")
    return names, missing


def schedule_command(settings: Settings, *, status: bool, console: Console) -> None:
    """Deploy the two schedules (or, with --status, show them and their next runs)."""
    apply_prefect_defaults(os.environ)
    try:
        url = _api_url()
    except NoPrefectServer as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise SystemExit(1) from exc
    if status:
        console.print(status_table(settings))
        return
    created = ensure_work_pool()
    console.print(
        f"Work pool [bold]{WORK_POOL}[/bold] (process) {'created' if created else 'ready'}."
    )
    names, missing = deploy(settings)
    for name in names:
        console.print(f"Deployed [bold]{name}[/bold] on {url}")
    for module in missing:
        console.print(f"[yellow]warning:[/yellow] {module} is not installed; not scheduled.")
    console.print(
        f"Times are in {settings.timezone}. Runs start when a worker is up:\n"
        f"  prefect worker start --pool {WORK_POOL}\n"
        "Check with `sneaker schedule --status`."
    )


def status_table(settings: Settings) -> Table:
    """Deployments of the sneaker pool with their schedules and next scheduled runs."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
        WorkPoolFilter,
        WorkPoolFilterName,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    table = Table(title=f"Scheduled runs (work pool {WORK_POOL})")
    for column in ("deployment", "account", "schedule", "next runs", "last run"):
        table.add_column(column)
    with get_client(sync_client=True) as client:
        deployments = client.read_deployments(
            work_pool_filter=WorkPoolFilter(name=WorkPoolFilterName(any_=[WORK_POOL]))
        )
        workers = client.read_workers_for_work_pool(WORK_POOL) if deployments else []
        for deployment in sorted(deployments, key=lambda d: d.name):
            by_deployment = DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
            upcoming = client.read_flow_runs(
                deployment_filter=by_deployment,
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(
                        type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])
                    )
                ),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC,
                limit=2,
            )
            finished = client.read_flow_runs(
                deployment_filter=by_deployment,
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(
                        type=FlowRunFilterStateType(
                            any_=[StateType.COMPLETED, StateType.FAILED, StateType.CRASHED]
                        )
                    )
                ),
                sort=FlowRunSort.START_TIME_DESC,
                limit=1,
            )
            schedules = ", ".join(
                f"{s.schedule.cron} {s.schedule.timezone}"
                for s in deployment.schedules
                if getattr(s.schedule, "cron", None)
            )
            table.add_row(
                deployment.name,
                str((deployment.parameters or {}).get("account", "default")),
                schedules or "—",
                "\n".join(_local(r.expected_start_time, settings.timezone) for r in upcoming)
                or "—",
                _last(finished),
            )
    online = [w for w in workers if str(getattr(w, "status", "")).upper().endswith("ONLINE")]
    table.caption = (
        f"{len(online)} worker(s) online"
        if online
        else f"No worker online: start one with `prefect worker start --pool {WORK_POOL}`"
    )
    return table


def _local(moment: Any, timezone: str) -> str:
    from zoneinfo import ZoneInfo

    return f"{moment.astimezone(ZoneInfo(timezone)):%a %Y-%m-%d %H:%M %Z}"


def _last(runs: list[Any]) -> str:
    if not runs:
        return "—"
    run = runs[0]
    when = run.start_time or run.expected_start_time
    return f"{run.state_name} {when:%Y-%m-%d %H:%M}" if when else str(run.state_name)

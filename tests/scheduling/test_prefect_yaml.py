"""prefect.yaml and `sneaker schedule` describe the same deployments."""

from __future__ import annotations

from pathlib import Path

import yaml

from flows.schedule import PLANS, WORK_POOL, Plan

PREFECT_YAML = Path(__file__).resolve().parents[2] / "prefect.yaml"


def test_prefect_yaml_matches_sneaker_schedule() -> None:
    config = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    from_yaml = [
        (
            d["name"],
            d["entrypoint"],
            [s["cron"] for s in d["schedules"]],
            [s["timezone"] for s in d["schedules"]],
            d["work_pool"]["name"],
            d["concurrency_limit"],
        )
        for d in config["deployments"]
    ]
    assert from_yaml == [
        (p.name, p.entrypoint, [p.cron], ["{{ $SNEAKER_TIMEZONE }}"], WORK_POOL, 1) for p in PLANS
    ]


def test_module_entrypoints_name_the_same_flows_as_the_file_entrypoints() -> None:
    for plan in PLANS:
        path, _, func = plan.entrypoint.partition(":")
        assert plan.module == f"{path.removesuffix('.py').replace('/', '.')}:{func}"


def test_other_accounts_get_their_own_deployment_names() -> None:
    plan = Plan("monday-report", "x.py:f", "x:f", "0 8 * * 1", "")
    assert [plan.deployment_name(a) for a in ("default", "client-017")] == [
        "monday-report",
        "monday-report-client-017",
    ]

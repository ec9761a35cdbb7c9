"""A real Prefect server and worker in subprocesses, each test run with its own home."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prefect_env(prefect_home: Path, port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_WORKER_QUERY_SECONDS="1",
        PREFECT_WORKER_PREFETCH_SECONDS="5",
        PREFECT_LOGGING_LEVEL="WARNING",
        PREFECT_SERVER_LOGGING_LEVEL="WARNING",
        PREFECT_SERVER_UI_ENABLED="false",
    )
    env.update(extra)
    return env


def start(args: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    handle = log.open("wb")
    return subprocess.Popen(
        [str(BIN / "prefect"), *args],
        env=env,
        cwd=cwd,
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # stop it and the flow runs it spawned together
    )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_healthy(api: str, process: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prefect server exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"prefect server not healthy after {timeout} s:\n{log.read_text()[-3000:]}")


def run_deployment(api: str, flow: str, deployment: str, parameters: dict[str, Any]) -> str:
    found = httpx.get(f"{api}/deployments/name/{flow}/{deployment}", timeout=10)
    found.raise_for_status()
    created = httpx.post(
        f"{api}/deployments/{found.json()['id']}/create_flow_run",
        json={"parameters": parameters},
        timeout=10,
    )
    created.raise_for_status()
    return created.json()["id"]


def wait_final(api: str, run_ids: list[str], timeout: float) -> dict[str, str]:
    """Each run's final state type (COMPLETED, FAILED, CRASHED...)."""
    final: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(final) < len(run_ids):
        for run_id in run_ids:
            if run_id in final:
                continue
            state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=10).json()["state"]
            if state and state["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}:
                final[run_id] = state["type"]
        time.sleep(1)
    return final

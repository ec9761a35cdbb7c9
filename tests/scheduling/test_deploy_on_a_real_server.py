"""prefect.yaml on a real local Prefect server with a process worker: both runs complete.

Starts `prefect server start` on a free port with its own PREFECT_HOME, deploys this
repository's prefect.yaml, starts `prefect worker start --pool sneaker`, triggers the
sync and report deployments and waits for both to complete. Then `sneaker schedule`
deploys the same schedules from a user's config and `--status` lists their next runs.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox, build_small_mailbox
from tests.report.story import WEEK, build_story
from tests.scheduling import prefect_server as ps

REPO = Path(__file__).resolve().parents[2]
TZ = "America/Chicago"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("prefect")
    port = ps.free_port()
    env = ps.prefect_env(root / "prefect-home", port, SNEAKER_TIMEZONE=TZ)
    log = root / "server.log"
    process = ps.start(
        ["server", "start", "--host", "127.0.0.1", "--port", str(port)], env, log, root
    )
    try:
        api = env["PREFECT_API_URL"]
        ps.wait_healthy(api, process, log)
        yield {"api": api, "env": env, "root": root}
    finally:
        ps.stop(process)


@pytest.fixture(scope="module")
def sneaker_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's data folder holding a built warehouse."""
    home = tmp_path_factory.mktemp("sneaker-home")
    (home / "config.toml").write_text(f'timezone = "{TZ}"\n')
    db = home / "accounts" / "default" / "sneaker.duckdb"
    db.parent.mkdir(parents=True)
    with duckdb.connect(str(db)) as con:
        build_story(con, home)
    return home


def _prefect(server: dict, *args: str) -> str:
    result = subprocess.run(
        [str(ps.BIN / "prefect"), "--no-prompt", *args],
        env=server["env"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def test_prefect_yaml_deploys_and_a_process_worker_runs_both(
    server: dict, sneaker_home: Path
) -> None:
    api = server["api"]
    _prefect(server, "work-pool", "create", "sneaker", "--type", "process")
    _prefect(server, "deploy", "--all")

    deployments = httpx.post(f"{api}/deployments/filter", json={}, timeout=10).json()
    schedules = {
        d["name"]: (
            [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in d["schedules"]],
            # Prefect 3 keeps a deployment's limit as a global concurrency limit.
            (d.get("global_concurrency_limit") or {}).get("limit"),
        )
        for d in deployments
    }
    assert schedules == {
        "hourly-sync": ([("30 * * * *", TZ)], 1),
        "monday-report": ([("0 8 * * 1", TZ)], 1),
    }

    worker = ps.start(
        ["worker", "start", "--pool", "sneaker", "--type", "process"],
        server["env"],
        server["root"] / "worker.log",
        server["root"],
    )
    # The sync deployment syncs from the loopback fake Google server into its own home;
    # `rebuild=False` leaves extraction and the build to their own tests.
    sync_home = server["root"] / "sync-home"
    google = FakeGoogleServer(build_small_mailbox(FakeMailbox())).start()
    try:
        report_run = ps.run_deployment(
            api, "weekly-report", "monday-report", {"home": str(sneaker_home), "week": WEEK}
        )
        sync_run = ps.run_deployment(
            api,
            "sync",
            "hourly-sync",
            {"home": str(sync_home), "api_endpoint": google.url, "rebuild": False},
        )
        final = ps.wait_final(api, [report_run, sync_run], timeout=150)
        mailbox_size = len(google.box.messages)
    finally:
        google.stop()
        ps.stop(worker)
    log = (server["root"] / "worker.log").read_text(errors="replace")[-3000:]
    assert final == {report_run: "COMPLETED", sync_run: "COMPLETED"}, log
    report = sneaker_home / "accounts" / "default" / "reports" / f"weekly-summary-{WEEK}.html"
    assert "Response latency by channel" in report.read_text(encoding="utf-8")
    synced = sync_home / "accounts" / "default" / "sneaker.duckdb"
    with duckdb.connect(str(synced), read_only=True) as con:
        stored = con.execute("select count(*) from raw_messages").fetchone()[0]
    assert stored == mailbox_size > 0


def test_sneaker_schedule_deploys_from_config_and_shows_next_runs(
    server: dict, sneaker_home: Path
) -> None:
    sneaker = [str(ps.BIN / "sneaker"), "--home", str(sneaker_home), "--account", "work"]
    (sneaker_home / "accounts" / "work").mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*sneaker, "schedule"], env=server["env"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Deployed weekly-report/monday-report-work" in done.stderr
    status = subprocess.run(
        [*sneaker, "schedule", "--status"],
        env={**server["env"], "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert status.returncode == 0, status.stdout + status.stderr
    assert "monday-report-work" in status.stderr
    assert f"0 8 * * 1 {TZ}" in status.stderr
    assert "Mon 20" in status.stderr  # a next run, on a Monday


@pytest.mark.parametrize("configured", [False, True], ids=["no-api-url", "server-down"])
def test_sneaker_schedule_without_a_server_says_how_to_start_one(
    tmp_path: Path, configured: bool
) -> None:
    env = ps.prefect_env(tmp_path / "prefect-home", ps.free_port())
    if not configured:
        del env["PREFECT_API_URL"]
    done = subprocess.run(
        [str(ps.BIN / "sneaker"), "--home", str(tmp_path), "schedule"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "prefect server start" in done.stderr
    assert "Traceback" not in done.stderr

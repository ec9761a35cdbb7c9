"""A sync process killed with SIGKILL mid-run, then run again, ends equal: no gap, no dup."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from tests.conftest import REPO_ROOT
from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox, build_small_mailbox
from tests.sync.conftest import assert_mailbox_equal, expected_events, live_events, sync

TOTAL = 200
BATCH = 40


@pytest.fixture(scope="module")
def big_box() -> FakeMailbox:
    return build_small_mailbox(FakeMailbox(), messages=TOTAL, seed=11)


@pytest.mark.parametrize("kill_after_gets", [45, 130], ids=["early", "late"])
def test_sigkill_mid_sync_then_rerun_is_equal(
    tmp_path: Path, big_box: FakeMailbox, kill_after_gets: int
) -> None:
    box = big_box.copy()
    settings = Settings(
        home=tmp_path / "home", batch_size=BATCH, gmail_units_per_minute=10_000_000
    ).ensure_dirs()
    with FakeGoogleServer(box) as server:
        server.google.latency = 0.15  # slow enough to land the kill mid-run
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.sync_child",
                str(settings.home),
                server.url,
                str(BATCH),
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while server.calls["gmail.messages.get"] < kill_after_gets:
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never got that far"
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL

        with duckdb.connect(str(settings.db_path), read_only=True) as con:
            (committed,) = con.execute("select count(*) from raw_messages").fetchone() or (0,)
        assert 0 < committed < TOTAL

        server.google.latency = 0.0
        server.calls.clear()
        sync(settings, server)
        # Resumed from the last committed batch, not from scratch.
        assert server.calls["gmail.messages.get"] <= TOTAL - committed + BATCH
        assert_mailbox_equal(settings, box)
        assert live_events(settings) == expected_events(box)
        with duckdb.connect(str(settings.db_path), read_only=True) as con:
            dup = con.execute(
                "select count(*) - count(distinct rfc822_message_id) from raw_messages"
            ).fetchone()
        assert dup == (0,)

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
from flows.sync_state import load_state
from tests.conftest import REPO_ROOT
from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox, build_small_mailbox
from tests.sync.conftest import (
    assert_mailbox_equal,
    count_rows,
    expected_events,
    live_events,
    sync,
)

TOTAL = 200
BATCH = 40


@pytest.fixture(scope="module")
def big_box() -> FakeMailbox:
    return build_small_mailbox(FakeMailbox(), messages=TOTAL, seed=11)


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        home=tmp_path / "home", batch_size=BATCH, gmail_units_per_minute=10_000_000
    ).ensure_dirs()


def _kill_child_when(
    server: FakeGoogleServer, settings: Settings, method: str, calls: int, *extra: str
) -> None:
    """Run a sync in a child process and SIGKILL it once the server has seen `calls`
    calls of `method`."""
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
            *extra,
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while server.calls[method] < calls:
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline, "the child never got that far"
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    server.google.latency = 0.0


@pytest.mark.parametrize("kill_after_gets", [45, 130], ids=["early", "late"])
def test_sigkill_mid_sync_then_rerun_is_equal(
    tmp_path: Path, big_box: FakeMailbox, kill_after_gets: int
) -> None:
    box = big_box.copy()
    settings = _settings(tmp_path)
    with FakeGoogleServer(box) as server:
        _kill_child_when(server, settings, "gmail.messages.get", kill_after_gets)

        with duckdb.connect(str(settings.db_path), read_only=True) as con:
            (committed,) = con.execute("select count(*) from raw_messages").fetchone() or (0,)
        assert 0 < committed < TOTAL

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


def test_sigkill_mid_calendar_listing_then_rerun_goes_on_from_the_saved_page(
    tmp_path: Path, big_box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One event a page: the primary calendar lists in 5 pages, the second in 8.
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 1)
    box = big_box.copy()
    settings = _settings(tmp_path)
    with FakeGoogleServer(box) as server:
        # The 4th primary page was asked for, so the 3rd was committed with its resume point.
        _kill_child_when(server, settings, "calendar.events.list", 4, "1")
        with duckdb.connect(str(settings.db_path), read_only=True) as con:
            (listed,) = con.execute("select count(*) from raw_events").fetchone() or (0,)
            saved = load_state(con, settings.account, "calendar:primary")
            (noted,) = con.execute("select count(*) from sync_listed").fetchone() or (0,)
        assert saved is not None and saved.page.get("page_token")
        assert 3 <= listed < 5
        assert noted == listed

        server.calls.clear()
        sync(settings, server)
        # The primary calendar's pages not yet committed, then the second calendar's 8.
        assert server.calls["calendar.events.list"] == (5 - listed) + 8
        assert live_events(settings) == expected_events(box)
        assert count_rows(settings, "raw_events") == (13, 13)
